"""Read minutes (referater, beslutningsprotokoller) from text and HTML.

The reader finds the meeting header and the agenda items by the headings every Danish
template uses (:mod:`~kommissorium.read.minutes.layout`), then reads each decision statement by
statement with the phrasings of :mod:`~kommissorium.read.minutes.phrases`. Every fact keeps its
source; statements no phrasing knows are kept as unread text and counted in the warnings.

Examples:
    >>> minutes = read_minutes_text('''Voksen- og Plejeudvalget - Referat
    ... Dato: 26. oktober 2023
    ...
    ... 7. Strategi på Socialområdet
    ... 23/2079 Åben Sag
    ... Indstilling
    ... Socialchefen indstiller, at:
    ... 1. status tages til efterretning
    ... 2. strategien sendes i høring
    ... Beslutning
    ... Ad. 1 Godkendt.
    ... Ad. 2 Godkendt.
    ... Fraværende:
    ... Jens Kannegaard Lundager (O)
    ... ''', name="vpu.txt")
    >>> item = minutes.items[0]
    >>> item.number.value, item.case_number.value, item.outcome_label
    ('7', '23/2079', 'approved')
    >>> [(c.value.point, c.value.outcome.value) for c in item.clauses]
    [(1, 'approved'), (2, 'approved')]
    >>> [(a.value.person.name, a.value.person.party) for a in item.absentees]
    [('Jens Kannegaard Lundager', 'O')]
    >>> minutes.document.quote(item.absentees[0].source)
    'Jens Kannegaard Lundager (O)'
    >>> minutes.meeting.date.value
    datetime.date(2023, 10, 26)
"""

from __future__ import annotations

import re
from datetime import date, time

import attrs

from kommissorium.errors import KommissoriumError
from kommissorium.model import AbsenceReason, Outcome
from kommissorium.read.dates import find_day, find_time
from kommissorium.read.markup import html_to_text
from kommissorium.read.minutes.layout import (
    BULLET,
    CASE_LABEL,
    CASE_LINE,
    ItemBlock,
    Layout,
    Line,
    Section,
    layout,
    lines_of,
)
from kommissorium.read.minutes.phrases import (
    Found,
    attendance_in,
    clause_segments,
    majority_outcome,
    not_in_items,
    outcome_of,
    positions_in,
    remark_head,
    statements,
    votes_in,
)
from kommissorium.read.minutes.result import (
    ClauseOutcome,
    MinutesItem,
    ReadAbsence,
    ReadAttachment,
    ReadEarlier,
    ReadMeeting,
    ReadMinutes,
    ReadPosition,
    ReadProposal,
    ReadRemark,
    ReadSubstitute,
    ReadVote,
)
from kommissorium.read.names import NAME, PARTY, PersonName, people_in, person, split_people
from kommissorium.read.source import Certainty, Document, ReadWarning, Source, Sourced

__all__ = ["NotMinutesError", "read_document", "read_minutes_html", "read_minutes_text"]


class NotMinutesError(KommissoriumError, ValueError):
    """A document in which the reader finds neither agenda items nor decisions."""


_REASONS = {
    "afbud": AbsenceReason.LEAVE,
    "fraværende med afbud": AbsenceReason.LEAVE,
    "fraværende uden afbud": AbsenceReason.ABSENT,
    "inhabilitet": AbsenceReason.DISQUALIFIED,
}
_TRIVIAL = re.compile(
    r"^(?:til toppen|tilbage til toppen|[-–.•]+|side \d+(?: af \d+)?|\(\s*\)|[\wæøå-]+:|"
    r"(?:•\s*)?(?:udskriv|print|til top)|"
    r"mødet\s+(?:sluttede|hævet|blev\s+hævet|afsluttet|startede|begyndte)\b.*)\.?$",
    re.IGNORECASE,
)
_SUBSTITUTES_APPROVED = re.compile(
    rf"^(?P<who>{NAME}(?:\s*{PARTY.replace('?P<party>', '')})?(?:\s*(?:,|og)\s*{NAME}"
    rf"(?:\s*{PARTY.replace('?P<party>', '')})?)*)\s+(?:blev\s+|er\s+)?godkendt",
)
_PROPOSER = re.compile(
    r"^(?P<who>.{2,120}?)\s+indstiller(?:\s+til\s+\S+(?:\s+\S+){0,6}?)?(?:,|\s|$)",
    re.IGNORECASE,
)
_AT_CLAUSE = re.compile(r"(?:^|,\s*(?:og\s+)?|\bog\s+)at\s+", re.IGNORECASE)
_NUMBERED = re.compile(r"^(?:(?P<n>\d{1,2})\s*[.)]|[-•·*–])\s+(?P<text>\S.*)$")
_ATTACHMENT = re.compile(
    r"^(?:(?P<num>\d{1,3})\s*[-.)]?\s+)?(?:(?P<state>Åben|Åbent|Lukket)\s+)?(?P<title>.+?)"
    r"(?:\s+\((?P<doc>\d+/\d+)\))?(?:\s+\((?P<mark>[A-Z])\))?$"
)
_NOTHING = frozenset({"ingen", "ingen fraværende", "intet", "-", "ingen afbud", "alle mødt"})
#: Header labels printed on a line of their own, with the value on the next line (Holbæk).
_LABEL = {
    "udvalg": "body", "organ": "body", "sted": "place", "mødested": "place", "lokale": "place",
    "starttidspunkt": "start", "tidspunkt": "start", "dato": "date", "mødedato": "date",
    "sluttidspunkt": "end",
}  # fmt: skip
_CASE_KIND = re.compile(
    r"^(?:beslutningssag|orienteringssag|drøftelsessag|indstillingssag|temasag)$", re.IGNORECASE
)
_STATE = re.compile(r"\b(Åben|Åbent|Lukket)\s+(?:sag|punkt|dagsordenspunkt)\b", re.IGNORECASE)
_REMARK_BY = re.compile(rf"^(?P<who>{NAME}(?:\s*{PARTY})?)\s*:\s*(?P<rest>.*)$")
_AT_PLACE = re.compile(
    r"\bkl\.?\s*\d{1,2}(?:[.:]\d{2})?\s+(?:i|på)\s+(?P<place>[A-ZÆØÅ][^\n]{2,100}?)\s*\.?$"
)
_RECORD = re.compile(r"^(?P<record>\d{5,9})(?:\s+(?P<rest>\S.*))?$")
_HEADER_FIELDS = {
    "body": re.compile(r"^(?:udvalg|organ|forum)\s*:\s*", re.IGNORECASE),
    "date": re.compile(r"^(?:dato|mødedato|mødedag|afholdt)\s*:\s*", re.IGNORECASE),
    "time": re.compile(r"^(?:tidspunkt|mødetidspunkt|tid|klokkeslæt|start)\s*:\s*", re.I),
    "place": re.compile(
        r"^(?:sted|lokale|mødested|mødelokale|adresse|mødelokation|placering)\s*:\s*", re.I
    ),
}
_PROPOSES = re.compile(
    r"^(?:det\s+(?:foreslås|indstilles)|.{2,80}?\s+(?:indstiller|foreslår))\b", re.IGNORECASE
)
_KIND_LINE = re.compile(r"^(?:referat|beslutningsprotokol|dagsorden|protokol)$", re.IGNORECASE)
_BODY_NAME = re.compile(
    r"^[A-ZÆØÅ][\wæøåÆØÅ-]*"
    r"(?:[ -](?:og|for|i|[A-ZÆØÅ][\wæøåÆØÅ-]*|[\wæøå-]+udvalget|[\wæøå-]+rådet))*$"
)
_KIND = re.compile(r"\b(?P<kind>referat|beslutningsprotokol|protokol|dagsorden)\b", re.IGNORECASE)
_BODY_LINE = re.compile(
    r"^(?P<body>[A-ZÆØÅ][^:]{2,90}?)\s*[-–:|]\s*(?:referat|beslutningsprotokol|dagsorden)\b|"
    r"^(?:referat|beslutningsprotokol|dagsorden)\s*(?:af\s+møde[t]?\s+i|for\s+møde[t]?\s+i|fra\s+"
    r"møde[t]?\s+i|fra|for|:|-|–)\s*(?P<body2>[A-ZÆØÅ][^,]{2,90}?)(?:\s+(?:den|d\.)\s+.*|\s*,.*)?$",
    re.IGNORECASE,
)
_MEETING_END = re.compile(
    r"\bmødet\s+(?:sluttede|hævet|blev\s+hævet|afsluttet|slut)\b[^.\n]*", re.IGNORECASE
)
_MEETING_START = re.compile(r"\bmødet\s+(?:startede|begyndte|blev\s+sat)\b[^.\n]*", re.I)
_TIME_RANGE = re.compile(
    r"\bkl\.?\s*(?P<a>\d{1,2}(?:[.:]\d{2})?)\s*(?:-|–|til)\s*(?:kl\.?\s*)?(?P<b>\d{1,2}(?:[.:]\d{2})?)",
    re.IGNORECASE,
)


@attrs.define
class _MeetingFields:
    body: Sourced[str] | None = None
    date: Sourced[date] | None = None
    start: Sourced[time] | None = None
    end: Sourced[time] | None = None
    place: Sourced[str] | None = None


@attrs.define
class _Facts:
    """What the decision sections and attendance sections of one item say."""

    decision_body: Sourced[str] | None = None
    decision_date: Sourced[date] | None = None
    decision_text: Sourced[str] | None = None
    outcome: Sourced[Outcome] | None = None
    other_outcomes: int = 0
    clauses: list[Sourced[ClauseOutcome]] = attrs.Factory(list)
    votes: list[Sourced[ReadVote]] = attrs.Factory(list)
    positions: list[Sourced[ReadPosition]] = attrs.Factory(list)
    absentees: list[Sourced[ReadAbsence]] = attrs.Factory(list)
    substitutes: list[Sourced[ReadSubstitute]] = attrs.Factory(list)
    remarks: list[Sourced[ReadRemark]] = attrs.Factory(list)
    unread: list[Sourced[str]] = attrs.Factory(list)


@attrs.define
class _Reader:
    doc: Document
    warnings: list[ReadWarning] = attrs.Factory(list)

    def at(
        self,
        start: int,
        end: int,
        item: str | None = None,
        pattern: str | None = None,
        *,
        certain: bool = True,
    ) -> Source:
        return self.doc.source(
            start,
            end,
            item=item,
            pattern=pattern,
            certainty=Certainty.PATTERN if certain else Certainty.UNCERTAIN,
        )

    def warn(self, code: str, message: str, source: Source | None = None) -> None:
        self.warnings.append(ReadWarning(code=code, message=message, source=source))

    # -- the meeting ------------------------------------------------------------------------

    def meeting(self, page: Layout, items: list[MinutesItem]) -> ReadMeeting:
        text = self.doc.text
        start, end = page.header
        fields = _MeetingFields()
        kind = None
        section_starts = {
            s.heading[0] for s in page.header_sections if s.kind in ("absence", "present")
        }
        previous = None
        header_lines = lines_of(text, start, end)
        for index, line in enumerate(header_lines):
            if line.start in section_starts:
                continue
            label = _LABEL.get(line.text.casefold().rstrip(":| ").rstrip(":"))
            following = header_lines[index + 1] if index + 1 < len(header_lines) else None
            if label is not None and following is not None:
                self.labelled_field(fields, label, following)
                previous = None
                continue
            if (
                previous is not None
                and previous.text.casefold().rstrip(":| ").rstrip(":") in _LABEL
            ):
                previous = line
                continue
            if (
                _KIND_LINE.match(line.text)
                and fields.body is None
                and previous is not None
                and _BODY_NAME.match(previous.text)
            ):
                fields.body = Sourced(
                    previous.text, self.at(previous.start, previous.end, pattern="meeting.body")
                )
            previous = line
            if kind is None and (found := _KIND.search(line.text)) is not None:
                kind = "agenda" if found["kind"].lower() == "dagsorden" else "minutes"
            if fields.body is None and (found := _BODY_LINE.match(line.text)) is not None:
                group = "body" if found["body"] else "body2"
                name = found[group].strip()
                at = line.start + found.start(group)
                fields.body = Sourced(name, self.at(at, at + len(name), pattern="meeting.body"))
            for key, pattern in _HEADER_FIELDS.items():
                found = pattern.match(line.text)
                if found is None:
                    continue
                value_start = line.start + found.end()
                value = text[value_start : line.end]
                value = value.strip(" |")
                if key == "body" and fields.body is None and value:
                    name = re.sub(r"\s*\(?\d{4}\s*[-–]\s*\d{4}\)?$", "", value)
                    fields.body = Sourced(
                        name, self.at(value_start, value_start + len(name), pattern="meeting.body")
                    )
                if key == "place" and fields.place is None and value.strip():
                    fields.place = Sourced(
                        value.strip(), self.at(value_start, line.end, pattern="meeting.place")
                    )
                elif key == "date" and fields.date is None:
                    day = find_day(value)
                    if day is not None:
                        fields.date = Sourced(
                            day[0],
                            self.at(
                                value_start + day[1], value_start + day[2], pattern="meeting.date"
                            ),
                        )
                if key in ("date", "time"):
                    self.clock(fields, value, value_start)
            if fields.place is None and (at_place := _AT_PLACE.search(line.text)) is not None:
                where = line.start + at_place.start("place")
                fields.place = Sourced(
                    at_place["place"],
                    self.at(
                        where,
                        where + len(at_place["place"]),
                        pattern="meeting.place",
                        certain=False,
                    ),
                )
            if fields.date is None and (day := find_day(line.text)) is not None:
                fields.date = Sourced(
                    day[0],
                    self.at(
                        line.start + day[1],
                        line.start + day[2],
                        pattern="meeting.date",
                        certain=False,
                    ),
                )
                self.clock(fields, line.text, line.start, certain=False)
        for pattern, key in ((_MEETING_START, "start"), (_MEETING_END, "end")):
            found = pattern.search(text)
            if found is not None:
                moment = find_time(found.group())
                if moment is not None and getattr(fields, key) is None:
                    source = self.at(found.start(), found.end(), pattern=f"meeting.{key}")
                    setattr(fields, key, Sourced(moment[0], source))
        absentees: list[Sourced[ReadAbsence]] = []
        substitutes: list[Sourced[ReadSubstitute]] = []
        present: list[Sourced[PersonName]] = []
        for section in page.header_sections:
            if section.kind == "absence":
                self.attendance_section(section, None, absentees, substitutes)
            elif section.kind == "present":
                present.extend(self.present_section(section, substitutes, absentees))
        decided = any(i.decision_text is not None for i in items)
        if kind is None or (kind == "agenda" and decided):
            kind = "minutes" if decided else "agenda"
        return ReadMeeting(
            body=fields.body,
            date=fields.date,
            start=fields.start,
            end=fields.end,
            place=fields.place,
            present=tuple(present),
            absentees=tuple(absentees),
            substitutes=tuple(substitutes),
            kind=kind,
        )

    def labelled_field(self, fields: _MeetingFields, label: str, line: Line) -> None:
        """A header value printed on the line under its label ("STED" / "Kanalstræde 2")."""
        value = line.text.strip(" |")
        if not value:
            return
        line = Line(line.start, line.start + len(line.text.rstrip(" |")), value)
        if label == "body" and fields.body is None:
            fields.body = Sourced(line.text, self.at(line.start, line.end, pattern="meeting.body"))
        elif label == "place" and fields.place is None:
            fields.place = Sourced(
                line.text, self.at(line.start, line.end, pattern="meeting.place")
            )
        elif label in ("start", "date"):
            day = find_day(line.text)
            if day is not None and fields.date is None:
                fields.date = Sourced(
                    day[0],
                    self.at(line.start + day[1], line.start + day[2], pattern="meeting.date"),
                )
            moment = _time_outside_dates(line.text)
            if moment is not None and label == "start" and fields.start is None:
                fields.start = Sourced(
                    moment[0],
                    self.at(line.start + moment[1], line.start + moment[2], pattern="meeting.time"),
                )
        elif label == "end":
            moment = _time_outside_dates(line.text)
            if moment is not None and fields.end is None:
                fields.end = Sourced(
                    moment[0],
                    self.at(line.start + moment[1], line.start + moment[2], pattern="meeting.time"),
                )

    def clock(
        self, fields: _MeetingFields, value: str, offset: int, *, certain: bool = True
    ) -> None:
        """The meeting's start (and end, for "kl. 18.00 - 20.30") in a header value."""
        span = _TIME_RANGE.search(value)
        if span is not None:
            source = self.at(
                offset + span.start(), offset + span.end(), pattern="meeting.time", certain=certain
            )
            first = find_time("kl. " + span["a"])
            last = find_time("kl. " + span["b"])
            if first is not None and fields.start is None:
                fields.start = Sourced(first[0], source)
            if last is not None and fields.end is None:
                fields.end = Sourced(last[0], source)
            return
        found = _time_outside_dates(value)
        if found is not None and fields.start is None:
            fields.start = Sourced(
                found[0],
                self.at(
                    offset + found[1], offset + found[2], pattern="meeting.time", certain=certain
                ),
            )

    # -- items ------------------------------------------------------------------------------

    def item(
        self, block: ItemBlock, meeting_day: date | None, *, protocol: bool = False
    ) -> MinutesItem:
        """One item.

        ``protocol``: the document is minutes, so an item with no headings at all is read as its
        decision (only what a phrasing knows is taken; nothing is unread).
        """
        text = self.doc.text
        number = None if block.number is None else text[slice(*block.number)]
        title = None if block.title is None else text[slice(*block.title)]
        key = number or title or "?"
        case_number, public = self.item_header(block, key)
        route: list[Sourced[str]] = []
        earlier: list[Sourced[ReadEarlier]] = []
        attachments: list[Sourced[ReadAttachment]] = []
        proposal: Sourced[ReadProposal] | None = None
        facts = _Facts()
        decisions = [s for s in block.sections if s.kind in ("decision", "earlier")]
        current = self.current_decision(decisions, meeting_day)
        decision = None if current is None else _Decision(self, key, title or "", facts)
        for section in block.sections:
            if section.kind == "route":
                route.extend(self.route(section, key))
            elif section.kind == "proposal" and proposal is None:
                proposal = self.proposal(section, key)
            elif section is current and decision is not None:
                decision.read(section)
            elif section.kind in ("decision", "earlier"):
                found = self.earlier(section, key)
                if found is not None:
                    earlier.append(found)
            elif section.kind == "absence":
                other = self.attendance_section(section, key, facts.absentees, facts.substitutes)
                if decision is not None and decision.started:
                    # the decision goes on after its attendance block (Copenhagen's minutes)
                    for start, end in other:
                        decision.resume(start, end)
                else:
                    self.unread_attendance(other, key)
            elif section.kind == "present":
                # who took part is kept for the meeting only; an item's list still records
                # substitutes and members marked absent
                self.present_section(section, facts.substitutes, facts.absentees, key)
            elif section.kind == "attachments":
                attachments.extend(self.attachments(section, key))
            elif section.kind == "remark":
                remark = self.remark_section(section, key)
                if remark is not None:
                    facts.remarks.append(remark)
        if protocol and not block.sections and block.header[1] > block.header[0]:
            decision = _Decision(self, key, title or "", facts, soft=True)
            proposal = decision.undivided(*block.header) or proposal
        if decision is not None:
            decision.finish()
        return MinutesItem(
            number=self.span_text(block.number, key),
            title=self.span_text(block.title, key),
            case_number=case_number,
            public=public,
            route=tuple(route),
            earlier=tuple(earlier),
            proposal=proposal,
            decision_body=facts.decision_body,
            decision_date=facts.decision_date,
            decision_text=facts.decision_text,
            outcome=facts.outcome,
            clauses=tuple(facts.clauses),
            votes=tuple(facts.votes),
            positions=tuple(facts.positions),
            absentees=tuple(facts.absentees),
            substitutes=tuple(facts.substitutes),
            remarks=tuple(facts.remarks),
            attachments=tuple(attachments),
            unread=tuple(facts.unread),
        )

    def span_text(self, span: tuple[int, int] | None, key: str) -> Sourced[str] | None:
        if span is None:
            return None
        return Sourced(self.doc.text[slice(*span)], self.at(*span, item=key))

    def item_header(
        self, block: ItemBlock, key: str
    ) -> tuple[Sourced[str] | None, Sourced[bool] | None]:
        """The case number and open/closed state printed around the item's title."""
        text = self.doc.text
        case_number = None
        public = None
        if block.case_number is not None:
            case_number = Sourced(
                text[slice(*block.case_number)],
                self.at(*block.case_number, item=key, pattern="item.case-number"),
            )
        header_lines = lines_of(text, block.start, block.header[1])
        for index, line in enumerate(header_lines):
            if (
                CASE_LABEL.match(line.text)
                and case_number is None
                and index + 1 < len(header_lines)
                and re.fullmatch(r"[\w][\w./:-]{2,40}", header_lines[index + 1].text)
            ):
                value = header_lines[index + 1]
                case_number = Sourced(
                    value.text,
                    self.at(value.start, value.end, item=key, pattern="item.case-number"),
                )
            found = CASE_LINE.match(line.text)
            if found is not None and case_number is None:
                group = "num" if found["num"] else "bare" if found["bare"] else "paren"
                case_number = Sourced(
                    found[group],
                    self.at(
                        line.start + found.start(group),
                        line.start + found.end(group),
                        item=key,
                        pattern="item.case-number",
                    ),
                )
            state = _STATE.search(line.text)
            if state is not None and public is None:
                public = Sourced(
                    state[1].lower() != "lukket",
                    self.at(
                        line.start + state.start(),
                        line.start + state.end(),
                        item=key,
                        pattern="item.open-closed",
                    ),
                )
        return case_number, public

    def current_decision(self, sections: list[Section], meeting_day: date | None) -> Section | None:
        """The decision of this meeting among an item's decision headings.

        With the meeting's day known, it is the heading of that day (or an undated
        "Beslutning"); headings of other days are earlier treatments. Without it, the last
        undated "Beslutning", else a single dated heading.
        """
        if not sections:
            return None
        text = self.doc.text
        dated = []
        for section in sections:
            found = None if section.date is None else find_day(text[slice(*section.date)])
            dated.append((section, None if found is None else found[0]))
        if meeting_day is not None:
            same = [s for s, day in dated if day == meeting_day]
            if same:
                return same[-1]
            undated = [s for s, day in dated if day is None and s.kind == "decision"]
            return undated[-1] if undated else None
        plain = [s for s in sections if s.kind == "decision"]
        if plain:
            return plain[-1]
        return sections[0] if len(sections) == 1 else None

    def route(self, section: Section, key: str) -> list[Sourced[str]]:
        """The bodies of a Sagsgang: "TMU, ØU, KB", "VPU → ØU → KB"."""
        text = self.doc.text
        out = []
        start, end = section.body
        if text[section.heading[1] - 1 : section.heading[1]] == ":":
            newline = text.find("\n", start, end)
            end = end if newline == -1 else newline  # "Sagsforløb: BY" is one line
        for found in re.finditer(r"[^,;\n→>]+|(?<=\s)[-–](?=\s)", text[start:end]):
            part = found.group().strip(" -–.")
            if not part or len(part) > 80 or _CASE_KIND.match(part):
                continue
            pieces = [part]
            if re.fullmatch(r"[A-ZÆØÅ]{1,6}(?:\s+(?:og|-|–)\s+[A-ZÆØÅ]{1,6})+", part):
                pieces = re.split(r"\s+(?:og|-|–)\s+", part)  # "ØU og KB"
            for piece in pieces:
                at = start + found.start() + found.group().find(piece)
                out.append(
                    Sourced(piece, self.at(at, at + len(piece), item=key, pattern="item.route"))
                )
        return out

    def proposal(self, section: Section, key: str) -> Sourced[ReadProposal] | None:
        """The indstilling: its lead-in, proposer and clauses (numbered, bulleted or "at")."""
        lines = lines_of(self.doc.text, *section.body)
        if not lines:
            return None
        lead = None
        clauses: list[str] = []
        proposer = None
        for line in lines:
            numbered = _NUMBERED.match(line.text)
            if numbered is not None:
                clauses.append(re.sub(r"^at\s+", "", numbered["text"].strip()))
            elif lead is None:
                lead = line.text
                who = _PROPOSER.match(line.text)
                if who is not None and not who["who"].lower().startswith("det"):
                    proposer = who["who"]
                if re.search(r"\bat\b", line.text):
                    clauses.extend(_at_clauses(line.text))
            elif clauses:
                clauses[-1] += " " + line.text
        value = ReadProposal(proposer=proposer, clauses=tuple(clauses), lead=lead)
        return Sourced(
            value, self.at(lines[0].start, lines[-1].end, item=key, pattern="item.proposal")
        )

    def earlier(self, section: Section, key: str) -> Sourced[ReadEarlier] | None:
        """An earlier treatment: a decision heading of another body or day."""
        text = self.doc.text
        body_name = "" if section.body_name is None else text[slice(*section.body_name)].strip()
        found = None if section.date is None else find_day(text[slice(*section.date)])
        day = None if found is None else found[0]
        number = None if section.item is None else text[slice(*section.item)]
        said = text[slice(*section.body)].strip()
        quoted = _Decision(_Reader(self.doc), key, "", _Facts())
        quoted.main(*section.body)
        clause_outcomes = {c.value.outcome for c in quoted.facts.clauses}
        outcome = quoted.facts.outcome.value if quoted.facts.outcome is not None else None
        if outcome is None and len(clause_outcomes) == 1:
            outcome = clause_outcomes.pop()
        if not body_name and day is None:
            return None
        value = ReadEarlier(
            body=body_name or "?",
            date=day,
            item=number,
            outcome=outcome,
            text=" ".join(said.split()) or None,
        )
        return Sourced(
            value, self.at(section.heading[0], section.body[1], item=key, pattern="item.earlier")
        )

    def attendance_section(
        self,
        section: Section,
        key: str | None,
        absentees: list[Sourced[ReadAbsence]],
        substitutes: list[Sourced[ReadSubstitute]],
    ) -> list[tuple[int, int]]:
        """A "Fraværende:", "Afbud:" or "Fremmøde og inhabilitet" section, line by line.

        Returns:
            The lines that are not attendance (offsets): minutes often go on with the decision
            after the attendance, and the caller reads them as such.
        """
        text = self.doc.text
        heading = text[slice(*section.heading)].rstrip(":").strip().lower()
        reason = _REASONS.get(heading, AbsenceReason.UNKNOWN)
        listed_substitutes = heading.startswith("stedfortræder")
        other = []
        for line in lines_of(text, *section.body):
            sub_heading = line.text.rstrip(":").strip().lower()
            if sub_heading in _REASONS or sub_heading in ("fraværende", "fravær"):
                reason = _REASONS.get(sub_heading, AbsenceReason.UNKNOWN)
                continue
            if sub_heading in _NOTHING:
                continue
            if listed_substitutes and self.substitute_list(line, key, substitutes):
                continue
            if not self.attendance_line(line.text, line.start, key, reason, absentees, substitutes):
                other.append((line.start, line.end))
        return other

    def substitute_list(
        self, line: Line, key: str | None, substitutes: list[Sourced[ReadSubstitute]]
    ) -> bool:
        """A plain list of names under "Stedfortrædere:": the substitutes."""
        named = people_in(line.text)
        if named is None:
            return False
        for one in named:
            span = _name_span(self.doc.text, line.start, line.end, one.name)
            substitutes.append(
                Sourced(
                    ReadSubstitute(person=one), self.at(*span, item=key, pattern="substitute.list")
                )
            )
        return True

    def unread_attendance(self, lines: list[tuple[int, int]], key: str | None) -> None:
        for start, end in lines:
            self.warn(
                "unread-attendance",
                f"could not read the attendance line {self.doc.text[start:end][:80]!r}",
                self.at(start, end, item=key),
            )

    def attendance_line(
        self,
        line: str,
        offset: int,
        key: str | None,
        reason: AbsenceReason,
        absentees: list[Sourced[ReadAbsence]],
        substitutes: list[Sourced[ReadSubstitute]],
    ) -> bool:
        """One line of an attendance section; ``False`` when nothing on it could be read.

        A line may hold several statements ("X havde lovligt forfald. Y var indkaldt som
        stedfortræder.") or entries separated by semicolons; a bullet before it is skipped.
        """
        bullet = BULLET.match(line)
        if bullet is not None:
            offset += bullet.end()
            line = line[bullet.end() :]
        entries = []
        for part_start, part_end in statements(line):
            position = part_start
            for part in line[part_start:part_end].split(";"):
                entries.append((part, offset + position))
                position += len(part) + 1
        read_any = False
        for entry, at in entries:
            found = attendance_in(entry, reason=reason)
            if not found:
                named = people_in(entry)
                if named is None:
                    continue
                found = [
                    Found(
                        value=ReadAbsence(person=p, reason=reason),
                        start=0,
                        end=len(entry.strip()),
                        phrasing="absence.list",
                    )
                    for p in named
                ]
            lead = len(entry) - len(entry.lstrip())
            for fact in found:
                self.keep_attendance(fact, at + lead, key, absentees, substitutes)
            read_any = True
        return read_any

    def keep_attendance(
        self,
        fact: Found,
        offset: int,
        key: str | None,
        absentees: list[Sourced[ReadAbsence]],
        substitutes: list[Sourced[ReadSubstitute]],
    ) -> None:
        start, end = offset + fact.start, offset + fact.end
        value = fact.value
        if isinstance(value, ReadAbsence):
            span = _name_span(self.doc.text, start, end, value.person.name)
            absentees.append(
                Sourced(
                    value, self.at(*span, item=key, pattern=fact.phrasing, certain=fact.covered)
                )
            )
        elif isinstance(value, ReadSubstitute):
            substitutes.append(
                Sourced(
                    value,
                    self.at(start, end, item=key, pattern=fact.phrasing, certain=fact.covered),
                )
            )

    def present_section(
        self,
        section: Section,
        substitutes: list[Sourced[ReadSubstitute]] | None = None,
        absentees: list[Sourced[ReadAbsence]] | None = None,
        key: str | None = None,
    ) -> list[Sourced[PersonName]]:
        """A "Deltagere:" / "Til stede:" list: one name per line or a comma list.

        A substitute listed among the members ("Birgitte Glifberg (A), Suppleant for Brian
        Møller (A)") is read as a substitute too. In a list that gives each member's status
        ("Birgitte Dahl (O) - Deltog"), a member marked "Afbud" is absent, and a note under a
        member ("Deltog ikke under punkterne 20-21") makes that member absent from those items.
        """
        out: list[Sourced[PersonName]] = []
        for line in lines_of(self.doc.text, *section.body):
            bullet = BULLET.match(line.text)
            if bullet is not None:
                line = Line(line.start + bullet.end(), line.end, line.text[bullet.end() :])
            if absentees is not None:
                items = not_in_items(line.text)
                if items is not None:
                    if out:
                        absentees.append(
                            Sourced(
                                ReadAbsence(person=out[-1].value, items=items),
                                self.at(
                                    line.start,
                                    line.end,
                                    item=key,
                                    pattern="absence.not-in-items",
                                    certain=False,  # the note belongs to the line above
                                ),
                            )
                        )
                    continue
                status = attendance_in(line.text)
                if [f.phrasing for f in status] == ["absence.participant-status"]:
                    self.keep_attendance(status[0], line.start, key, absentees, [])
                    continue
                took_part = _TOOK_PART.search(line.text)
                if took_part is not None:
                    line = Line(
                        line.start, line.start + took_part.start(), line.text[: took_part.start()]
                    )
            if substitutes is not None:
                for fact in attendance_in(line.text):
                    if isinstance(fact.value, ReadSubstitute):
                        substitutes.append(
                            Sourced(
                                fact.value,
                                self.at(
                                    line.start + fact.start,
                                    line.start + fact.end,
                                    item=key,
                                    pattern=fact.phrasing,
                                ),
                            )
                        )
            named = people_in(line.text)
            if named is None:
                first = person(line.text.split(",")[0])
                named = [] if first is None else [first]
            for one in named:
                span = _name_span(self.doc.text, line.start, line.end, one.name)
                out.append(Sourced(one, self.at(*span, pattern="meeting.present")))
        return out

    def attachments(self, section: Section, key: str) -> list[Sourced[ReadAttachment]]:
        out: list[Sourced[ReadAttachment]] = []
        for line in lines_of(self.doc.text, *section.body):
            record = _RECORD.match(line.text)
            if record is not None and out:
                # "3763436  2025": the record number, and the end of a title that wrapped
                last = out[-1]
                value = attrs.evolve(last.value, record_number=record["record"])
                if record["rest"]:
                    value = attrs.evolve(value, title=f"{value.title} {record['rest']}")
                out[-1] = Sourced(value, attrs.evolve(last.source, end=line.end))
                continue
            found = _ATTACHMENT.match(line.text)
            if found is None or line.text.isdigit():
                continue
            value = ReadAttachment(
                title=found["title"].strip(),
                number=int(found["num"]) if found["num"] else None,
                public=None if found["state"] is None else found["state"] != "Lukket",
                document_id=found["doc"],
                mark=f"({found['mark']})" if found["mark"] else None,
            )
            out.append(
                Sourced(
                    value,
                    self.doc.source(line.start, line.end, item=key, pattern="item.attachment"),
                )
            )
        return out

    def remark_section(self, section: Section, key: str) -> Sourced[ReadRemark] | None:
        """A section headed "Protokolbemærkning" / "Mindretalsudtalelse"."""
        text = self.doc.text
        lines = lines_of(text, *section.body)
        if not lines:
            return None
        head = _REMARK_BY.match(lines[0].text)
        by = "?"
        party = None
        paragraphs = [line.text for line in lines]
        who = None if head is None else person(head["who"])
        if head is not None and who is not None:
            by, party = who.name, who.party
            paragraphs[0] = head["rest"]
        kind = "minority" if "mindretal" in text[slice(*section.heading)].lower() else "protocol"
        value = ReadRemark(
            by=by, party=party, paragraphs=tuple(p for p in paragraphs if p), kind=kind
        )
        source = self.at(
            section.heading[0],
            lines[-1].end,
            item=key,
            pattern="remark.section",
            certain=who is not None,
        )
        return Sourced(value, source)


@attrs.define
class _Decision:
    """Reads one decision section, statement by statement, into an item's facts."""

    reader: _Reader
    key: str
    title: str
    facts: _Facts
    started: bool = False
    soft: bool = False
    last_absent: PersonName | None = None

    def undivided(self, start: int, end: int) -> Sourced[ReadProposal] | None:
        """An item without headings in minutes.

        Reads its proposal ("Det foreslås, 1. at …") and the statements a phrasing knows; the
        decision text runs over the statements read.
        """
        reader = self.reader
        text = reader.doc.text
        lines = lines_of(text, start, end)
        proposal = None
        rest = start
        lead = next((i for i, line in enumerate(lines) if _PROPOSES.match(line.text)), None)
        if lead is not None:
            clauses = []
            last = lines[lead]
            for line in lines[lead + 1 :]:
                numbered = _NUMBERED.match(line.text)
                if numbered is None:
                    break
                clauses.append(re.sub(r"^at\s+", "", numbered["text"].strip()))
                last = line
            if clauses:
                value = ReadProposal(proposer=None, clauses=tuple(clauses), lead=lines[lead].text)
                proposal = Sourced(
                    value,
                    reader.at(lines[lead].start, last.end, item=self.key, pattern="item.proposal"),
                )
                rest = last.end
        before = (len(self.facts.votes), self.facts.outcome, len(self.facts.remarks))
        self.main(rest, end)
        heads = [
            (line.start, head)
            for line in lines_of(text, rest, end)
            if (head := remark_head(line.text))
        ]
        for index, (at, head) in enumerate(heads):
            stop = heads[index + 1][0] if index + 1 < len(heads) else end
            self.remark(at, stop, head)
        facts = self.facts
        if (len(facts.votes), facts.outcome, len(facts.remarks)) != before or facts.clauses:
            body = lines_of(text, rest, end)
            if body:
                facts.decision_text = Sourced(
                    text[body[0].start : body[-1].end],
                    reader.at(body[0].start, body[-1].end, item=self.key, certain=False),
                )
        return proposal

    def resume(self, start: int, end: int) -> None:
        """Read more of the decision, found after an attendance block."""
        text = self.reader.doc.text
        if _TRIVIAL.match(text[start:end].strip()):
            return
        facts = self.facts
        first = start if facts.decision_text is None else facts.decision_text.source.start
        facts.decision_text = Sourced(text[first:end], self.reader.at(first, end, item=self.key))
        self.statements(start, end, ())

    def read(self, section: Section) -> None:
        self.started = True
        reader = self.reader
        text = reader.doc.text
        facts = self.facts
        if section.body_name is not None:
            name = text[slice(*section.body_name)].strip()
            start = section.body_name[0]
            facts.decision_body = Sourced(name, reader.at(start, start + len(name), item=self.key))
        found = None if section.date is None else find_day(text[slice(*section.date)])
        if found is not None and section.date is not None:
            start = section.date[0]
            facts.decision_date = Sourced(
                found[0], reader.at(start + found[1], start + found[2], item=self.key)
            )
        lines = lines_of(text, *section.body)
        if not lines:
            return
        first, last = lines[0].start, lines[-1].end
        facts.decision_text = Sourced(text[first:last], reader.at(first, last, item=self.key))
        # A remark runs from its opening line to the next remark or the end of the decision.
        heads = [(line.start, head) for line in lines if (head := remark_head(line.text))]
        main_end = heads[0][0] if heads else last
        if main_end > first:
            self.main(first, main_end)
        for index, (start, head) in enumerate(heads):
            end = heads[index + 1][0] if index + 1 < len(heads) else last
            self.remark(start, end, head)

    def main(self, start: int, end: int) -> None:
        text = self.reader.doc.text
        segments = clause_segments(text[start:end])
        if segments:
            for points, a, b in segments:
                self.statements(start + a, start + b, points)
        else:
            self.statements(start, end, ())

    def statements(self, start: int, end: int, points: tuple[int, ...]) -> None:
        text = self.reader.doc.text
        for a, b in statements(text, start, end):
            self.statement(text[a:b], a, b, points)

    def statement(self, sentence: str, a: int, b: int, points: tuple[int, ...]) -> None:
        reader = self.reader
        facts = self.facts
        key = self.key
        if _TRIVIAL.match(sentence):
            return
        attendance = attendance_in(sentence)
        for fact in attendance:
            value = fact.value
            if isinstance(value, ReadAbsence):
                self.last_absent = value.person
            elif (
                isinstance(value, ReadSubstitute)
                and value.replaces is None
                and fact.phrasing in ("substitute.as-substitute", "substitute.was-called")
                and self.last_absent is not None
            ):
                # "X (A) var fraværende. Som stedfortræder deltog Y (A)", "Der er afbud fra X.
                # Y er indkaldt som suppleant."
                fact = attrs.evolve(fact, value=attrs.evolve(value, replaces=self.last_absent))
                self.last_absent = None  # one substitute for one absence
            reader.keep_attendance(fact, a, key, facts.absentees, facts.substitutes)
        if attendance:
            return
        if "stedfortræder" in self.title.lower() and self.approved_substitutes(sentence, a, points):
            return
        read = False
        outcome = outcome_of(sentence)
        if outcome is not None:
            value, name, covered, _ = outcome
            self.set_outcome(
                value, reader.at(a, b, item=key, pattern=name, certain=covered), points
            )
            read = True
        for fact in votes_in(sentence):
            assert isinstance(fact.value, ReadVote)
            vote = fact.value if len(points) != 1 else attrs.evolve(fact.value, point=points[0])
            if fact.phrasing == "vote.who-voted" and any(
                v.value.option is vote.option and v.value.point == vote.point for v in facts.votes
            ):
                read = True  # "Liste B stemte imod, idet …" explains a vote already counted
                continue
            facts.votes.append(
                Sourced(
                    vote,
                    reader.at(
                        a + fact.start,
                        a + fact.end,
                        item=key,
                        pattern=fact.phrasing,
                        certain=fact.covered,
                    ),
                )
            )
            read = True
        if not read:
            for fact in positions_in(sentence):
                assert isinstance(fact.value, ReadPosition)
                position = fact.value
                if len(points) == 1:
                    position = attrs.evolve(position, point=points[0])
                facts.positions.append(
                    Sourced(
                        position,
                        reader.at(a + fact.start, a + fact.end, item=key, pattern=fact.phrasing),
                    )
                )
                read = True
            carried = majority_outcome(sentence)
            if carried is not None:
                self.set_outcome(
                    carried,
                    reader.at(a, b, item=key, pattern="outcome.majority", certain=False),
                    points,
                )
        if not read and not self.soft:
            facts.unread.append(Sourced(sentence, reader.at(a, b, item=key)))

    def approved_substitutes(self, sentence: str, a: int, points: tuple[int, ...]) -> bool:
        """Read approved substitutes ("Kim Østergaard og Ole Andersen godkendt")."""
        found = _SUBSTITUTES_APPROVED.match(sentence)
        named = None if found is None else people_in(found["who"])
        if found is None or not named:
            return False
        reader = self.reader
        for one in named:
            span = _name_span(reader.doc.text, a, a + found.end(), one.name)
            self.facts.substitutes.append(
                Sourced(
                    ReadSubstitute(person=one, approved=True),
                    reader.at(*span, item=self.key, pattern="substitute.approved"),
                )
            )
        source = reader.at(a, a + found.end(), item=self.key, pattern="substitute.approved")
        self.set_outcome(Outcome.APPROVED, source, points)
        return True

    def set_outcome(self, value: Outcome, source: Source, points: tuple[int, ...]) -> None:
        facts = self.facts
        if points:
            words = " ".join(self.reader.doc.text[source.start : source.end].split())
            facts.clauses.extend(
                Sourced(ClauseOutcome(point=point, outcome=value, text=words), source)
                for point in points
            )
        elif facts.outcome is None:
            facts.outcome = Sourced(value, source)
        elif facts.outcome.source.pattern == "outcome.subject" and source.pattern not in (
            "outcome.subject",
            "outcome.majority",
        ):
            # a phrasing that names what was decided ("Dagsordenen godkendt") outweighs one
            # that only says something was decided ("Dialogen blev taget til efterretning")
            facts.outcome = Sourced(value, source)
        elif facts.outcome.value is not value:
            facts.other_outcomes += 1

    def remark(self, start: int, end: int, head: tuple[str, str | None, str, str, int]) -> None:
        """A remark.

        A joint remark ("Dansk Folkeparti, Ben Haddou (løsgænger) og …") is one remark per
        author, each with the same words.
        """
        reader = self.reader
        by, party, kind, name, text_start = head
        lines = lines_of(reader.doc.text, start, end)
        paragraphs = [lines[0].text[text_start:].strip()]
        paragraphs.extend(line.text for line in lines[1:])
        words = tuple(p for p in paragraphs if p)
        source = reader.at(lines[0].start, lines[-1].end, item=self.key, pattern=name)
        authors = [(by, party)]
        if party is None and ("," in by or " og " in by):
            authors = []
            for part in split_people(by):
                bare = re.sub(r"\s*\((?:løsgænger|uden for partierne|UP)\)$", "", part)
                one = person(bare)
                authors.append((one.name, one.party) if one is not None else (bare, None))
        for author, letter in authors:
            value = ReadRemark(by=author, party=letter, paragraphs=words, kind=kind)
            self.facts.remarks.append(Sourced(value, source))

    def merge_votes(self) -> None:
        """One vote per option and clause.

        "med 43 stemmer imod 5" and "For stemte: A, B" are two statements about the same sides
        of one vote.
        """
        merged: list[Sourced[ReadVote]] = []
        for vote in self.facts.votes:
            value = vote.value
            twin = next(
                (
                    i
                    for i, seen in enumerate(merged)
                    if seen.value.option is value.option
                    and seen.value.point == value.point
                    and (seen.value.count is None) != (value.count is None)
                    and bool(seen.value.parties or seen.value.people)
                    != bool(value.parties or value.people)
                ),
                None,
            )
            if twin is None:
                merged.append(vote)
                continue
            seen = merged[twin]
            combined = attrs.evolve(
                seen.value,
                count=seen.value.count if seen.value.count is not None else value.count,
                parties=seen.value.parties or value.parties,
                people=seen.value.people or value.people,
            )
            span = self.reader.at(
                min(seen.source.start, vote.source.start),
                max(seen.source.end, vote.source.end),
                item=self.key,
                pattern=seen.source.pattern,
                certain=seen.source.certainty is Certainty.PATTERN,
            )
            merged[twin] = Sourced(combined, span)
        self.facts.votes = merged

    def finish(self) -> None:
        reader = self.reader
        facts = self.facts
        self.merge_votes()
        if facts.clauses and facts.outcome is None:
            kinds = {c.value.outcome for c in facts.clauses}
            if len(kinds) == 1:
                facts.outcome = Sourced(facts.clauses[0].value.outcome, facts.clauses[0].source)
        elif facts.outcome is not None and facts.other_outcomes:
            doubtful = attrs.evolve(facts.outcome.source, certainty=Certainty.UNCERTAIN)
            facts.outcome = Sourced(facts.outcome.value, doubtful)
            reader.warn(
                "several-outcomes",
                f"item {self.key}: the decision states more than one outcome",
                doubtful,
            )
        if facts.decision_text is not None and facts.unread:
            reader.warn(
                "unread-statement",
                f"item {self.key}: {len(facts.unread)} statement(s) of the decision not read",
                facts.unread[0].source,
            )


#: The status after a member in a participant list ("Birgitte Dahl (O) (formand) - Deltog").
_TOOK_PART = re.compile(r"(?:[ ]*\([^()]{4,40}\))?\s*[-–]\s*deltog\.?$", re.IGNORECASE)


def _at_clauses(sentence: str) -> list[str]:
    """The "at …" clauses of one sentence ("indstiller, at X, og at Y")."""
    parts = _AT_CLAUSE.split(sentence)
    return [p.strip(" ,.:") for p in parts[1:] if p.strip(" ,.:")]


def _name_span(text: str, start: int, end: int, name: str) -> tuple[int, int]:
    """The span of ``name`` (with a party letter after it) inside ``text[start:end]``."""
    at = text.find(name, start, end)
    if at == -1:
        return start, end
    stop = at + len(name)
    party = re.match(r"\s*\([A-ZÆØÅ]{1,3}\)", text[stop:end])
    return at, stop + (party.end() if party else 0)


def _time_outside_dates(value: str) -> tuple[time, int, int] | None:
    """A clock time in a header value, ignoring the digits of a date ("26.10.2023 kl. 15")."""
    day = find_day(value)
    if day is None:
        return find_time(value)
    masked = value[: day[1]] + " " * (day[2] - day[1]) + value[day[2] :]
    return find_time(masked)


def read_document(document: Document) -> ReadMinutes:
    """Read minutes from a :class:`~kommissorium.read.source.Document`.

    Raises:
        NotMinutesError: The document has neither agenda items nor decisions.
    """
    reader = _Reader(document)
    page = layout(document.text)
    if not page.items:
        raise NotMinutesError(
            f"{document.name}: expected minutes or an agenda (items with headings such as "
            "Indstilling, Beslutning, Fraværende), found none"
        )
    provisional = _Reader(document).meeting(page, [])
    day = None if provisional.date is None else provisional.date.value
    # a document that calls itself minutes records decisions even under items without headings
    protocol = provisional.kind == "minutes" and _says_minutes(document.text, page)
    items = [reader.item(block, day, protocol=protocol) for block in page.items]
    meeting = _from_decisions(reader.meeting(page, items), items)
    if not any(i.decision_text for i in items) and meeting.kind == "minutes":
        reader.warn("no-decisions", "the document calls itself minutes but has no decision")
    return ReadMinutes(
        document=document, meeting=meeting, items=tuple(items), warnings=tuple(reader.warnings)
    )


def _says_minutes(text: str, page: Layout) -> bool:
    head = text[slice(*page.header)]
    return re.search(r"\b(?:referat|beslutningsprotokol)\b", head, re.IGNORECASE) is not None


def _from_decisions(meeting: ReadMeeting, items: list[MinutesItem]) -> ReadMeeting:
    """The meeting's body and day from its decision headings, when the header lacks them.

    "Beslutning i Byrådet den 19-12-2016" under every item names the body and the day of the
    meeting; they are taken (with certainty ``uncertain``) only when all headings agree.
    """
    if meeting.body is None:
        bodies = [i.decision_body for i in items if i.decision_body is not None]
        if bodies and len({_key(b.value) for b in bodies}) == 1:
            first = bodies[0]
            doubtful = attrs.evolve(
                first.source, pattern="meeting.body-from-decision", certainty=Certainty.UNCERTAIN
            )
            meeting = attrs.evolve(meeting, body=Sourced(first.value, doubtful))
    if meeting.date is None:
        days = [i.decision_date for i in items if i.decision_date is not None]
        if days and len({d.value for d in days}) == 1:
            first_day = days[0]
            doubtful = attrs.evolve(
                first_day.source,
                pattern="meeting.date-from-decision",
                certainty=Certainty.UNCERTAIN,
            )
            meeting = attrs.evolve(meeting, date=Sourced(first_day.value, doubtful))
    return meeting


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def read_minutes_text(text: str, *, name: str = "<text>") -> ReadMinutes:
    """Read minutes from plain text (as copied from a page or a PDF).

    Args:
        text: The text.
        name: The document's name, for sources and messages.

    Raises:
        NotMinutesError: The text has neither agenda items nor decisions.
    """
    return read_document(Document.from_text(text, name=name))


def read_minutes_html(html: str, *, name: str = "<html>") -> ReadMinutes:
    """Read minutes from an HTML page (FirstAgenda, eDoc, municipal CMS pages).

    The page is turned into text (:func:`~kommissorium.read.markup.html_to_text`; scripts and
    styles are dropped) and read like text; sources index that text, which the result keeps.

    Raises:
        NotMinutesError: The page has neither agenda items nor decisions.
        HtmlTooLargeError: The page is larger than the limit.
    """
    page = html_to_text(html)
    return read_document(Document(name=name, text=page.text, kind="html"))
