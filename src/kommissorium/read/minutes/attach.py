"""From read minutes to the model: decision records in a committee's dossier.

:func:`to_dossier` turns what :func:`~kommissorium.read.minutes.read_minutes_text` read into
:class:`~kommissorium.model.DecisionRecord` objects and adds them to a dossier (a new one, or
the committee file the minutes belong to). Names become ids: a body named in the minutes is
matched to the dossier's bodies by name, short name or the name earlier minutes printed; a
person by name (case and spacing aside). What does not match is added, and every match and
addition is listed in the result, so nothing is joined silently.

A decision is attached to the dossier's case with the same case number (or, failing that, the
same title): the record takes the case's recommendations, and the case's route step for the
deciding body gets the record's id and day.

Examples:
    >>> from kommissorium.read.minutes import read_minutes_text
    >>> minutes = read_minutes_text('''Beslutning i Økonomiudvalget den 16-03-2026
    ... Godkendt.
    ... Fraværende: Jens Hansen (O)''', name="ou.txt")
    >>> result = to_dossier(minutes)
    >>> record = result.dossier.decisions[0]
    >>> record.id, record.body, record.outcomes[0].outcome.value
    ('oekonomiudvalget-2026-03-16', 'oekonomiudvalget', 'approved')
    >>> [(p.id, p.party) for p in result.dossier.people]
    [('jens-hansen', 'O')]
    >>> [m.how for m in result.matches]
    ['body', 'body', 'added person', 'decision']
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime
from zoneinfo import ZoneInfo

import attrs

from kommissorium.model import (
    Absence,
    AgendaItem,
    Attachment,
    Case,
    Committee,
    CommitteeKind,
    DecisionRecord,
    Dossier,
    EarlierTreatment,
    Meeting,
    MeetingStatus,
    Person,
    PointOutcome,
    Position,
    Proposal,
    ProtocolRemark,
    RouteStep,
    Substitution,
    VoteCount,
)
from kommissorium.read.minutes.result import (
    MinutesItem,
    ReadMinutes,
    ReadProposal,
    ReadRemark,
    ReadVote,
)
from kommissorium.read.names import PersonName, name_key, slug
from kommissorium.read.names import person as as_person
from kommissorium.read.source import Certainty, ReadWarning, Source

__all__ = ["Attached", "Match", "to_dossier"]

CPH = ZoneInfo("Europe/Copenhagen")
_ON_BEHALF = re.compile(r"\bpå vegne af (?P<who>[A-ZÆØÅ][\wæøåÆØÅ-]+(?: [A-ZÆØÅ][\wæøåÆØÅ-]+)*)")


@attrs.frozen(kw_only=True)
class Match:
    """One name or item of the minutes and what it became in the dossier.

    Attributes:
        what: The name or item as the minutes print it.
        ref: The id in the dossier.
        how: ``"body"``, ``"person"``, ``"case number"`` or ``"title"`` for a match with
            something the dossier had; ``"added body"``, ``"added person"`` or ``"added
            meeting"`` for something added; ``"decision"`` for a decision record made.
        source: Where the minutes print it.
    """

    what: str
    ref: str
    how: str
    source: Source | None = None


@attrs.frozen(kw_only=True)
class Attached:
    """The dossier with the minutes' decisions, and how names were matched.

    Attributes:
        dossier: The new dossier (the one given is unchanged).
        matches: Every match and addition, in the order they were made.
        warnings: What could not be carried over (a decision without a day, a vote on a clause
            the decision does not have), besides the reader's own warnings.
    """

    dossier: Dossier
    matches: tuple[Match, ...] = ()
    warnings: tuple[ReadWarning, ...] = ()


def _key(text: str) -> str:
    return name_key(text).replace("-", " ").replace("  ", " ")


@attrs.define
class _Builder:
    dossier: Dossier
    people: list[Person] = attrs.Factory(list)
    bodies: list[Committee] = attrs.Factory(list)
    matches: list[Match] = attrs.Factory(list)
    warnings: list[ReadWarning] = attrs.Factory(list)
    ids: set[str] = attrs.Factory(set)
    person_ids: dict[str, str] = attrs.Factory(dict)
    body_ids: dict[str, str] = attrs.Factory(dict)

    def __attrs_post_init__(self) -> None:
        d = self.dossier
        self.ids.update(p.id for p in d.people)
        self.ids.update(b.id for b in d.bodies)
        self.ids.add(d.committee.id)
        if d.council is not None:
            self.ids.add(d.council.id)
        self.ids.update(r.id for r in d.decisions)
        self.ids.update(m.id for m in d.meetings)
        for person in d.people:
            self.person_ids.setdefault(_key(person.name), person.id)
        for body in (d.committee, *d.bodies):
            for name in (body.name, body.short_name):
                if name:
                    self.body_ids.setdefault(_key(name), body.id)
        if d.council is not None:
            self.body_ids.setdefault(_key(d.council.name), d.council.id)
        for record in d.decisions:
            if record.minutes_name:
                self.body_ids.setdefault(_key(record.minutes_name), record.body)

    def unique(self, base: str) -> str:
        candidate = base
        number = 2
        while candidate in self.ids:
            candidate = f"{base}-{number}"
            number += 1
        self.ids.add(candidate)
        return candidate

    def body(self, name: str, source: Source | None) -> str:
        key = _key(name)
        if key in self.body_ids:
            ref = self.body_ids[key]
            self.matches.append(Match(what=name, ref=ref, how="body", source=source))
            return ref
        ref = self.unique(slug(name))
        kind = CommitteeKind.COUNCIL if key in ("byrådet", "kommunalbestyrelsen") else None
        self.bodies.append(Committee(id=ref, name=name, kind=kind or CommitteeKind.OTHER))
        self.body_ids[key] = ref
        self.matches.append(Match(what=name, ref=ref, how="added body", source=source))
        return ref

    def person(self, who: PersonName, source: Source | None) -> str:
        key = _key(who.name)
        if key in self.person_ids:
            ref = self.person_ids[key]
            self.matches.append(Match(what=who.name, ref=ref, how="person", source=source))
            return ref
        ref = self.unique(slug(who.name))
        self.people.append(Person(id=ref, name=who.name, party=who.party))
        self.person_ids[key] = ref
        self.matches.append(Match(what=who.name, ref=ref, how="added person", source=source))
        return ref


def to_dossier(
    minutes: ReadMinutes,
    dossier: Dossier | None = None,
    *,
    body: str | None = None,
) -> Attached:
    """Add the decisions of read minutes to a dossier.

    Args:
        minutes: What the minutes reader read.
        dossier: The committee file the minutes belong to; by default a new dossier whose
            committee is the body the minutes name.
        body: Id of the deciding body, when the minutes do not name it or name it differently.

    Returns:
        The new dossier with the matches made.

    Raises:
        KommissoriumError: The minutes name no body and none was given, for a new dossier.
    """
    from kommissorium.errors import KommissoriumError

    meeting = minutes.meeting
    named = meeting.body.value if meeting.body is not None else None
    if named is None:
        named = next((i.decision_body.value for i in minutes.items if i.decision_body), None)
    if dossier is None:
        if named is None and body is None:
            raise KommissoriumError(
                f"{minutes.document.name}: the minutes name no body; give the body's id"
            )
        name = named or body or "?"
        dossier = Dossier(committee=Committee(id=body or slug(name), name=name))
    build = _Builder(dossier)
    meeting_body = body
    if meeting_body is None and meeting.body is not None:
        meeting_body = build.body(meeting.body.value, meeting.body.source)
    meeting_ids = _meeting(build, minutes, meeting_body)
    records: list[DecisionRecord] = []
    replaced: dict[str, DecisionRecord] = {}
    cases = {c.id: c for c in dossier.cases}
    for item in minutes.items:
        if item.decision_text is None:
            continue
        record = _record(build, minutes, item, meeting_body, meeting_ids)
        if record is None:
            continue
        earlier = _same_decision(dossier, record)
        if earlier is not None:
            # the file already holds this decision (the same minutes read before): the new
            # reading takes its place and its id, so reading twice changes nothing
            record = attrs.evolve(record, id=earlier.id)
        case = _case(build, item, dossier)
        if case is not None:
            record = attrs.evolve(
                record, case=case.id, recommendations=case.recommendations or record.recommendations
            )
            cases[case.id] = attrs.evolve(case, route=_route(case.route, record))
        if earlier is not None:
            replaced[earlier.id] = record
        else:
            records.append(record)
        build.matches.append(
            Match(
                what=item.key,
                ref=record.id,
                how="decision" if earlier is None else "replaced decision",
                source=item.decision_text.source,
            )
        )
    new_meetings = tuple(m for m in meeting_ids.values() if m not in dossier.meetings)
    result = attrs.evolve(
        dossier,
        bodies=(*dossier.bodies, *build.bodies),
        people=(*dossier.people, *build.people),
        meetings=(*dossier.meetings, *new_meetings),
        cases=tuple(cases[c.id] for c in dossier.cases),
        decisions=(*(replaced.get(r.id, r) for r in dossier.decisions), *records),
    )
    return Attached(dossier=result, matches=tuple(build.matches), warnings=tuple(build.warnings))


def _meeting(build: _Builder, minutes: ReadMinutes, body: str | None) -> dict[date, Meeting]:
    """The meeting, when the minutes give its body, day, start and end; else none."""
    read = minutes.meeting
    if body is None or read.date is None or read.start is None or read.end is None:
        return {}
    day = read.date.value
    for existing in build.dossier.meetings:
        if existing.committee == body and existing.start.date() == day:
            return {day: existing}
    start = datetime.combine(day, read.start.value, CPH)
    end = datetime.combine(day, read.end.value, CPH)
    if end <= start:
        return {}
    meeting = Meeting(
        id=build.unique(f"{body}-{day.isoformat()}-moede"),
        committee=body,
        start=start,
        end=end,
        location=None if read.place is None else read.place.value,
        status=MeetingStatus.HELD if read.kind == "minutes" else MeetingStatus.CONFIRMED,
    )
    build.matches.append(
        Match(what=str(day), ref=meeting.id, how="added meeting", source=read.date.source)
    )
    return {day: meeting}


def _votes(build: _Builder, votes: Iterable[ReadVote], source: Source) -> tuple[VoteCount, ...]:
    return tuple(
        VoteCount(
            option=vote.option,
            count=vote.count,
            parties=vote.parties,
            people=tuple(build.person(p, source) for p in vote.people),
        )
        for vote in votes
    )


def _record(
    build: _Builder,
    minutes: ReadMinutes,
    item: MinutesItem,
    meeting_body: str | None,
    meetings: dict[date, Meeting],
) -> DecisionRecord | None:
    assert item.decision_text is not None
    where = item.decision_text.source
    day = item.decision_date.value if item.decision_date else None
    if day is None and minutes.meeting.date is not None:
        day = minutes.meeting.date.value
    body = meeting_body
    printed = None
    if item.decision_body is not None:
        printed = item.decision_body.value
        body = build.body(printed, item.decision_body.source)
    if day is None or body is None:
        build.warnings.append(
            ReadWarning(
                code="no-day" if day is None else "no-body",
                message=f"item {item.key}: the decision has no "
                + ("day" if day is None else "body")
                + "; it is not recorded",
                source=where,
            )
        )
        return None
    base = f"{body}-{day.isoformat()}" + (f"-{slug(item.number.value)}" if item.number else "")
    outcomes = _outcomes(build, item)
    absentees = [
        Absence(
            person=build.person(a.value.person, a.source),
            reason=a.value.reason,
            since=a.value.since,
            until=a.value.until,
        )
        for a in (*minutes.meeting.absentees, *item.absentees)
        if not a.value.items or (item.number is not None and item.number.value in a.value.items)
    ]
    substitutes = [
        Substitution(
            person=build.person(s.value.person, s.source),
            replaces=None if s.value.replaces is None else build.person(s.value.replaces, s.source),
            approved=s.value.approved,
        )
        for s in (*minutes.meeting.substitutes, *item.substitutes)
    ]
    remarks = [_remark(build, remark.value, remark.source) for remark in item.remarks]
    positions = [
        Position(
            stance=p.value.stance,
            people=tuple(build.person(who, p.source) for who in p.value.people),
            parties=p.value.parties,
            group=p.value.group,
            point=p.value.point,
            text=minutes.document.quote(p.source),
        )
        for p in item.positions
    ]
    earlier = [
        EarlierTreatment(
            body_name=e.value.body,
            body=build.body_ids.get(_key(e.value.body)),
            date=e.value.date,
            item=e.value.item,
            outcome=e.value.outcome,
            text=e.value.text,
        )
        for e in item.earlier
    ]
    proposal = None if item.proposal is None else _proposal(item.proposal.value)
    attachments = _attachments(item)
    body_name = next((b.name for b in build.bodies if b.id == body), build.dossier.body_name(body))
    meeting = meetings.get(day)
    return DecisionRecord(
        id=build.unique(base),
        body=body,
        date=day,
        item=AgendaItem(
            title=item.title.value if item.title else "",
            number=item.number.value if item.number else None,
            case_number=item.case_number.value if item.case_number else None,
            public=item.public.value if item.public else True,
        ),
        meeting=None if meeting is None or meeting.committee != body else meeting.id,
        proposal=proposal,
        outcomes=outcomes,
        absentees=tuple(absentees),
        substitutes=tuple(substitutes),
        remarks=tuple(remarks),
        positions=tuple(positions),
        earlier=tuple(earlier),
        attachments=tuple(attachments),
        minutes_name=printed if printed is not None and printed != body_name else None,
        text=item.decision_text.value,
    )


def _remark(build: _Builder, remark: ReadRemark, source: Source) -> ProtocolRemark:
    """A remark by a named person, or by a party or group ("fra Enhedslisten (Ø)")."""
    person_ref = None
    if as_person(remark.by) is not None:
        person_ref = build.person(PersonName(remark.by, remark.party), source)
    behalf = next(
        (found["who"] for p in remark.paragraphs if (found := _ON_BEHALF.search(p))), None
    )
    if person_ref is None:
        behalf = behalf or remark.by
    return ProtocolRemark(
        person=person_ref, party=remark.party, paragraphs=remark.paragraphs, on_behalf_of=behalf
    )


def _proposal(read: ReadProposal) -> Proposal | None:
    """The indstilling; its lead-in is kept when it is not "<proposer> indstiller, at"."""
    if not read.clauses:
        return None
    usual = read.proposer is not None and (
        len(read.clauses) == 1
        or re.fullmatch(rf"{re.escape(read.proposer)}\s+indstiller,?\s+at:?", read.lead or "")
        is not None
    )
    return Proposal(proposer=read.proposer, points=read.clauses, text=None if usual else read.lead)


def _attachments(item: MinutesItem) -> list[Attachment]:
    """The attachments; unnumbered ones are numbered by their place in the list."""
    out = [
        Attachment(
            number=att.value.number if att.value.number is not None else index,
            title=att.value.title,
            document_id=att.value.document_id,
            record_number=att.value.record_number,
            public=att.value.public is not False,
            mark=att.value.mark,
        )
        for index, att in enumerate(item.attachments, start=1)
    ]
    if len({a.number for a in out}) < len(out):
        out = [attrs.evolve(a, number=i) for i, a in enumerate(out, start=1)]
    return out


def _outcomes(build: _Builder, item: MinutesItem) -> tuple[PointOutcome, ...]:
    """Outcomes per point, each with the votes cast on it."""
    votes_by_point: dict[int | None, list[ReadVote]] = {}
    for vote in item.votes:
        votes_by_point.setdefault(vote.value.point, []).append(vote.value)
    source = item.decision_text.source if item.decision_text else None
    out = []
    if item.clauses:
        for clause in item.clauses:
            said = clause.value
            uncertain = clause.source.certainty is Certainty.UNCERTAIN
            out.append(
                PointOutcome(
                    point=said.point,
                    outcome=said.outcome,
                    text=said.text if uncertain else None,
                    counts=_votes(build, votes_by_point.pop(said.point, []), clause.source),
                )
            )
    elif item.outcome is not None:
        uncertain = item.outcome.source.certainty is Certainty.UNCERTAIN
        text = " ".join(item.decision_text.value.split()) if item.decision_text else None
        out.append(
            PointOutcome(
                outcome=item.outcome.value,
                text=text if uncertain else None,
                counts=_votes(build, votes_by_point.pop(None, []), item.outcome.source),
            )
        )
    left = [v for votes in votes_by_point.values() for v in votes]
    if left and source is not None:
        build.warnings.append(
            ReadWarning(
                code="vote-without-outcome",
                message=f"item {item.key}: {len(left)} vote count(s) on a point with no outcome "
                "read are not recorded as counts",
                source=source,
            )
        )
    return tuple(out)


def _case(build: _Builder, item: MinutesItem, dossier: Dossier) -> Case | None:
    """The dossier's case the item is about: same case number, else same title."""
    if item.case_number is not None:
        wanted = re.sub(r"\s+", "", item.case_number.value)
        for case in dossier.cases:
            if case.number is not None and re.sub(r"\s+", "", case.number) == wanted:
                build.matches.append(
                    Match(
                        what=item.case_number.value,
                        ref=case.id,
                        how="case number",
                        source=item.case_number.source,
                    )
                )
                return case
    if item.title is not None:
        wanted = _key(item.title.value)
        for case in dossier.cases:
            if _key(case.title) == wanted:
                build.matches.append(
                    Match(what=item.title.value, ref=case.id, how="title", source=item.title.source)
                )
                return case
    return None


def _same_decision(dossier: Dossier, record: DecisionRecord) -> DecisionRecord | None:
    """The record of the dossier for the same body, day and agenda item, if there is one.

    The item is the same when both give the same case number, else the same item number, else
    the same title (case and spacing aside).
    """
    for other in dossier.decisions:
        if other.body != record.body or other.date != record.date:
            continue
        a, b = other.item, record.item
        if a.case_number and b.case_number:
            same = a.case_number == b.case_number
        elif a.number and b.number:
            same = a.number == b.number
        else:
            same = _key(a.title) == _key(b.title) and bool(a.title.strip())
        if same:
            return other
    return None


def _route(route: tuple[RouteStep, ...], record: DecisionRecord) -> tuple[RouteStep, ...]:
    """The route with the deciding body's step pointing at the record."""
    steps = list(route)
    for index, step in enumerate(steps):
        if step.body != record.body or step.decision is not None:
            continue
        if step.date is not None and step.date != record.date:
            continue
        steps[index] = attrs.evolve(step, decision=record.id, date=record.date)
        break
    return tuple(steps)
