r"""Read a kommissorium text into a :class:`~.result.KommissoriumDraft`.

The reader lays the text out (:mod:`.layout`), then reads every sentence against the phrasing
table (:mod:`.phrases`) and every list by what introduces it: a composition list ("Udvalget
sammensættes af:"), a member list, a phase plan, themes, aims, tasks. Sentences about
committees in general are skipped (:func:`.phrases.is_generic`). Nothing is guessed: a name,
a date or a count the text does not print is not in the draft, and what could not be read is
in the draft's ``todo`` list.

Examples:
    >>> draft = read_kommissorium(
    ...     "Byrådet besluttede den 29. juni 2016 at nedsætte et udvalg jf. "
    ...     "Styrelseslovens § 17, stk. 4.\n\n"
    ...     "Udvalget sammensættes af:\n\n- borgmester\n- kommunaldirektør\n\n"
    ...     "Formanden for Udvalget for Social Omsorg er formand for udvalget.\n",
    ...     name="kommissorium.txt")
    >>> decision = draft.established_by.value
    >>> decision.body, decision.date
    ('Byrådet', datetime.date(2016, 6, 29))
    >>> [s.value.position for s in draft.composition]
    ['borgmester', 'kommunaldirektør']
    >>> chair = draft.chair.value
    >>> chair.kind.value, chair.committee
    ('chair-of', 'Udvalget for Social Omsorg')
    >>> draft.quote(draft.chair)
    'Formanden for Udvalget for Social Omsorg er formand for udvalget.'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date, timedelta

import attrs

from kommissorium.errors import KommissoriumError
from kommissorium.model import (
    AimPoint,
    ChairRuleKind,
    Function,
    PayKind,
    Period,
    PersonKind,
    Role,
    SeatBasis,
    SeatRuleKind,
)
from kommissorium.read.dates import find_day
from kommissorium.read.kommissorium.clauses import ROLE_WORDS, is_name, person_line, seat_of
from kommissorium.read.kommissorium.layout import (
    Block,
    BlockKind,
    Layout,
    ListItem,
    Sentence,
    TextList,
    is_table_header,
)
from kommissorium.read.kommissorium.phrases import (
    COMMITTEE,
    COUNCIL,
    COUNCIL_GEN,
    OWN_NAME,
    committee_name,
    committees_in,
    count_of,
    find_periods,
    is_generic,
    phrasing,
    split_clauses,
    split_titles,
)
from kommissorium.read.kommissorium.result import (
    KommissoriumDraft,
    ReadAim,
    ReadChair,
    ReadDecision,
    ReadDeliverable,
    ReadMeetings,
    ReadPay,
    ReadPerson,
    ReadPhase,
    ReadReporting,
    ReadSeat,
    ReadTask,
    ReadTerm,
    ReadTheme,
    Todo,
)
from kommissorium.read.names import PersonName, name_key
from kommissorium.read.source import Certainty, Document, ReadWarning, Source, Sourced
from kommissorium.time.periods import PeriodContext

__all__ = ["MAX_TEXT_CHARS", "TextTooLargeError", "read_kommissorium"]

#: Texts longer than this are refused (a kommissorium is a few pages; a whole agenda with
#: attachments is not one).
MAX_TEXT_CHARS = 500_000


#: Phrasings that make a whole sentence one seat rule, and the rule they make.
_WHOLE_SENTENCE_SEATS: tuple[tuple[str, ReadSeat], ...] = (
    ("composition.represented", ReadSeat(kind=SeatRuleKind.OTHER, group="organisations")),
    ("composition.nominated", ReadSeat(kind=SeatRuleKind.OTHER, group="organisations")),
    (
        "composition.optional-councillors",
        ReadSeat(kind=SeatRuleKind.COUNCILLORS, optional=True, basis=SeatBasis.ELECTED),
    ),
)


class TextTooLargeError(KommissoriumError, ValueError):
    """A text longer than :data:`MAX_TEXT_CHARS`."""


_UP = "A-ZÆØÅÉÜÖÄ"
_COUNCIL_RE = re.compile(rf"^(?:{COUNCIL})$")
_COUNCIL_WORD = re.compile(
    r"\b(?:byråd(?:et|ets)?|kommunalbestyrelse(?:n|ns)?|borgerrepræsentation(?:en|ens)?)\b",
    re.IGNORECASE,
)
_COMMITTEE_RE = re.compile(COMMITTEE)
_OWN_NAME_FULL = re.compile(rf"^(?:{OWN_NAME})$")
_GENERIC_NAMES = re.compile(
    r"^(?:[Uu]dvalg(?:et)?|[Oo]pgaveudvalg(?:et)?|[Aa]rbejdsgruppen?|[Øø]konomiudvalg(?:et)?|"
    r"[Ss]tående[ ]+udvalg)$"
)
_LEGAL_PREFIX = re.compile(r"^(?:§|[Pp]aragraf)[ ]*17[^A-ZÆØÅa-zæøå]*(?:stk\.?[ ]*\d+[ ]*)?")
_GENERIC_SPECIFIER = re.compile(
    r"\b(?:for|om)[ ]+(?:opgaveudvalg|udvalg|særlige[ ]+udvalg)\w*$", re.IGNORECASE
)
#: Facts that speak of one committee; a text with none of them is not a kommissorium (a
#: page about § 17, stk. 4 committees in general cites the paragraph and their functions).
_SPECIFIC = (
    "name", "established_by", "predecessor", "chair", "vice_chair", "secretariat",
    "secretary", "composition", "term", "meetings", "phases", "themes", "aims", "tasks",
    "deliverables", "reporting", "powers", "pay", "people",
)  # fmt: skip
_TEXT_NOUN = re.compile(
    r"(?P<noun>(?:§|[Pp]aragraf)[ ]*17(?:[ ]*[,.][ ]*|[ ]+)(?:[Ss]tk\.?[ ]*4|4)[ -]*udvalget|"
    r"arbejdsgruppe(?:n)?)\b"
)
_REJECT_DECISION = re.compile(r"\b(?:justeret|justerede|ændret|ændrede|revideret|reviderede)\b")
_DECISION_TOPIC = re.compile(
    r"\b(?:nedsæt\w*|sammensæt\w*|etabler\w*|kommissori\w*|udvalg\w*|opgaveudvalg\w*|"
    r"arbejdsgruppe\w*)",
    re.IGNORECASE,
)
_PERSON_PARTY = re.compile(
    rf"(?P<name>[{_UP}][\w'’-]+(?:[ ]+(?:(?:af|von|van|de|la)[ ]+)?[{_UP}][\w'’.-]*){{1,4}})"
    rf"[ ]*\([ ]*(?P<party>[{_UP}]{{1,3}})[ ]*\)"
)
_MEMBER_CONTEXT = re.compile(
    r"(?:\bmedlemmer\b|\bsammensætning\b|\bdeltagere\b|\brepræsentanter\b|\bborgermedlemmer\b|"
    r"\bbestår[ ]+af\b|"
    r"\bsammensættes[ ]+af\b|\bbestående[ ]+af\b|\bvalgt[ ]+(?:blandt|af)\b)",
    re.IGNORECASE,
)
_RELATIVE = re.compile(r"^(?:der|som|hvor|hvis|med[ ]+inddragelse)\b", re.IGNORECASE)
_PHASE_ACTIVITY = re.compile(
    r"^(?:arbejdes[ ]+der[ ]+med|arbejder[ ]+udvalget[ ]+med|er[ ]+der[ ]+fokus[ ]+på|"
    r"skal[ ]+udvalget)[ ]+(?:temaet[ ]+)?|^[:–-][ ]*",
    re.IGNORECASE,
)
_MARKUP = re.compile(r"[*_]{1,3}")
_PERSPECTIVE = re.compile(r"\bfor[ ]+(?P<p>\w+perspektivet)\b", re.IGNORECASE)
_FUNCTIONS = {"forberedende": Function.PREPARATORY, "rådgivende": Function.ADVISORY}
_PAY_WORDS = (
    ("diæter", PayKind.DAILY_ALLOWANCE),
    ("tabt arbejdsfortjeneste", PayKind.LOST_EARNINGS),
    ("vederlag", PayKind.COMMITTEE_PAY),
    ("honorar", PayKind.SPECIAL_FEE),
)


def _clean(text: str) -> str:
    return " ".join(_MARKUP.sub("", text).split()).strip(" ,;")


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


@attrs.define
class _Facts:
    """Facts gathered while reading, before the draft is assembled (private)."""

    names: list[tuple[int, Sourced[str]]] = attrs.Factory(list)
    subject: Sourced[str] | None = None
    noun: str | None = None
    legal_basis: Sourced[str] | None = None
    decisions: list[Sourced[ReadDecision]] = attrs.Factory(list)
    functions: list[Sourced[Function]] = attrs.Factory(list)
    serves: list[Sourced[str]] = attrs.Factory(list)
    predecessor: Sourced[str] | None = None
    chairs: list[tuple[int, Sourced[ReadChair]]] = attrs.Factory(list)
    vice_chairs: list[tuple[int, Sourced[ReadChair]]] = attrs.Factory(list)
    secretariat: Sourced[str] | None = None
    secretary: Sourced[str] | None = None
    composition: list[Sourced[ReadSeat]] = attrs.Factory(list)
    term_starts: list[tuple[Sourced[ReadTerm], bool]] = attrs.Factory(list)
    meetings: list[Sourced[ReadMeetings]] = attrs.Factory(list)
    phases: list[Sourced[ReadPhase]] = attrs.Factory(list)
    themes: list[Sourced[ReadTheme]] = attrs.Factory(list)
    aims: list[Sourced[ReadAim]] = attrs.Factory(list)
    tasks: list[Sourced[ReadTask]] = attrs.Factory(list)
    deliverables: list[Sourced[ReadDeliverable]] = attrs.Factory(list)
    reporting: list[Sourced[ReadReporting]] = attrs.Factory(list)
    powers: Sourced[bool] | None = None
    pay: list[Sourced[ReadPay]] = attrs.Factory(list)
    people: list[Sourced[ReadPerson]] = attrs.Factory(list)
    warnings: list[ReadWarning] = attrs.Factory(list)
    used_blocks: set[int] = attrs.Factory(set)


class _Reader:
    """One reading of one document (private)."""

    def __init__(self, document: Document, *, excerpt: bool) -> None:
        self.doc = document
        self.layout = Layout.of(document.text, skip_last_line=excerpt)
        self.facts = _Facts()
        if excerpt:
            self.facts.warnings.append(
                ReadWarning(
                    code="excerpt",
                    message="the text is an excerpt: its last line was not read, since it "
                    "may be cut off",
                )
            )

    # -- sources ---------------------------------------------------------------------------

    def source(
        self, start: int, end: int, name: str, *, sure: bool = True, item: str | None = None
    ) -> Source:
        return self.doc.source(
            start,
            end,
            item=item,
            pattern=name,
            certainty=Certainty.PATTERN if sure else Certainty.UNCERTAIN,
        )

    def of_sentence(self, sentence: Sentence, name: str, *, sure: bool = True) -> Source:
        return self.source(sentence.start, sentence.end, name, sure=sure)

    def of_block(self, block: Block, name: str, *, sure: bool = True) -> Source:
        return self.source(block.start, block.end, name, sure=sure)

    # -- the reading -----------------------------------------------------------------------

    def read(self) -> KommissoriumDraft:
        blocks = self.layout.blocks
        self._legal_basis()
        for index, block in enumerate(blocks):
            if block.kind is BlockKind.HEADING:
                self._heading(index, block)
            if block.kind in (BlockKind.PARAGRAPH, BlockKind.HEADING):
                sentences = block.sentences
                for position, sentence in enumerate(sentences):
                    following = sentences[position + 1] if position + 1 < len(sentences) else None
                    self._sentence(index, block, sentence, following)
        for text_list in self.layout.lists():
            self._list(text_list)
        self._member_lines()
        self._tables()
        self._people_in_sentences()
        return self._assemble()

    # -- headings and names ----------------------------------------------------------------

    def _heading(self, index: int, block: Block) -> None:
        text = _clean(block.text)
        found = phrasing("name.heading").pattern.match(text)
        if found is None:
            return
        name = found["name"].strip()
        if _GENERIC_NAMES.match(name):
            return
        longer = re.search(rf"\b{re.escape(name)}[ ]+for[ ]+[{_UP}]\w+[ ]+Kommune\b", self.doc.text)
        if longer is not None:
            name = longer.group(0)
        self.facts.names.append((2, Sourced(name, self.of_block(block, "name.heading"))))

    def _legal_basis(self) -> None:
        found = phrasing("legal-basis.paragraph").pattern.search(self.doc.text)
        if found is None:
            return
        start, end = found.start(), found.end()
        for block in self.layout.blocks:
            if block.start <= start < block.end:
                sentence = next((s for s in block.sentences if s.start <= start < s.end), None)
                start, end = (
                    (sentence.start, sentence.end) if sentence else (block.start, block.end)
                )
                clause = self.doc.text.rfind(", ", start, found.start())
                if clause != -1 and found.start() - clause > 20:
                    start = clause + 2  # quote the clause that cites the paragraph
                break
        self.facts.legal_basis = Sourced(
            " ".join(found["ref"].split()), self.source(start, end, "legal-basis.paragraph")
        )

    # -- sentences -------------------------------------------------------------------------

    def _sentence(
        self, index: int, block: Block, sentence: Sentence, following: Sentence | None
    ) -> None:
        text = _clean(sentence.text)
        if not text:
            return
        self._noun(sentence, text)
        if is_generic(text):
            return
        self._names(sentence, text)
        self._decision(block, sentence, text, following)
        self._function(sentence, text)
        self._predecessor(sentence, text)
        self._chair(sentence, text)
        self._secretary(sentence, text)
        self._composition(index, sentence, text)
        self._term(sentence, text)
        self._meetings(sentence, text)
        self._sentence_themes_aims(index, sentence, text)
        self._sentence_tasks(index, sentence, text)
        self._deliverables(sentence, text)
        self._reporting(sentence, text)
        self._powers(sentence, text)
        self._pay(sentence, text)

    def _noun(self, sentence: Sentence, text: str) -> None:
        """What the kommissorium is for, and the noun the text uses for the committee."""
        if self.facts.subject is None:
            found = phrasing("name.subject").pattern.search(text)
            if found is not None:
                subject = found["subject"].strip()
                if not _OWN_NAME_FULL.match(subject) and len(subject.split()) <= 12:
                    self.facts.subject = Sourced(
                        subject, self.of_sentence(sentence, "name.subject", sure=False)
                    )
        if self.facts.noun is None:
            noun = _TEXT_NOUN.search(text)
            if noun is not None:
                word = noun["noun"]
                self.facts.noun = (
                    "Arbejdsgruppen" if word.casefold().startswith("arbejdsgruppe") else word
                )

    def _names(self, sentence: Sentence, text: str) -> None:
        for rank, name in ((1, "name.is"), (3, "name.kommissorium-for")):
            found = phrasing(name).pattern.search(text)
            if found is not None and not _GENERIC_NAMES.match(found["name"].strip()):
                value = found["name"].strip()
                self.facts.names.append((rank, Sourced(value, self.of_sentence(sentence, name))))
        found = phrasing("name.special-committee").pattern.search(text)
        if found is not None and not _GENERIC_SPECIFIER.search(found["name"]):
            self.facts.names.append(
                (
                    4,
                    Sourced(
                        found["name"].strip(),
                        self.of_sentence(sentence, "name.special-committee"),
                    ),
                )
            )

    def _decision(
        self, block: Block, sentence: Sentence, text: str, following: Sentence | None
    ) -> None:
        if _REJECT_DECISION.search(text):
            return
        candidates = (
            "established.council-decided",
            "established.council-inverted",
            "established.set-up-by",
            "established.constitution",
            "established.approved-at-meeting",
            "established.agenda-item",
        )
        for name in candidates:
            found = phrasing(name).pattern.search(text)
            if found is None:
                continue
            if name == "established.council-decided":
                verb = found["verb"]
                if verb.startswith("godkendt") and not re.search(r"kommissori", text, re.I):
                    continue
                context = text + " " + (following.text if following is not None else "")
                if verb.startswith(("beslut", "vedt")) and not _DECISION_TOPIC.search(
                    context[found.end() :]
                ):
                    continue
            day: date | None = None
            hit = find_day(text)
            if hit is not None and hit[1] <= found.end() + 25:
                day = hit[0]
            body = _council_name(found["council"])
            self.facts.decisions.append(
                Sourced(ReadDecision(body=body, date=day), self.of_sentence(sentence, name))
            )
            return
        found = phrasing("established.year").pattern.search(text)
        if found is not None:
            hit = find_day(text[found.start() :])
            day = hit[0] if hit is not None and hit[1] <= 25 else None
            self.facts.decisions.append(
                Sourced(ReadDecision(date=day), self.of_sentence(sentence, "established.year"))
            )

    def _function(self, sentence: Sentence, text: str) -> None:
        for hit in phrasing("function.functions").pattern.finditer(text):
            for word in (hit["first"], hit["second"]):
                if word:
                    self._add_function(_FUNCTIONS[word], sentence, "function.functions")
            served = hit["served"]
            if served and not served.startswith("begge"):
                self._add_serves(served, sentence, "function.functions")
        found = phrasing("function.advisor").pattern.search(text)
        if found is not None:
            self._add_function(Function.ADVISORY, sentence, "function.advisor")
            if found["served"]:
                self._add_serves(found["served"], sentence, "function.advisor")
        found = phrasing("serves.under").pattern.search(text)
        if found is not None:
            self._add_serves(found["served"], sentence, "serves.under")

    def _add_function(self, function: Function, sentence: Sentence, name: str) -> None:
        if all(f.value is not function for f in self.facts.functions):
            self.facts.functions.append(Sourced(function, self.of_sentence(sentence, name)))

    def _add_serves(self, served: str, sentence: Sentence, name: str) -> None:
        served = _body_name(served)
        if all(_same(s.value, served) is False for s in self.facts.serves):
            self.facts.serves.append(Sourced(served, self.of_sentence(sentence, name)))

    def _predecessor(self, sentence: Sentence, text: str) -> None:
        found = phrasing("predecessor.follows").pattern.search(text)
        if found is not None and self.facts.predecessor is None:
            self.facts.predecessor = Sourced(
                found["predecessor"].strip(), self.of_sentence(sentence, "predecessor.follows")
            )

    def _chair(self, sentence: Sentence, text: str) -> None:
        position = sentence.start
        found = phrasing("chair.holder").pattern.search(text)
        if found is not None:
            office = found["office"]
            committee = _COMMITTEE_RE.search(office)
            if committee is not None and office.casefold().startswith("formand"):
                rule = ReadChair(kind=ChairRuleKind.CHAIR_OF, committee=_body_name(committee[0]))
            else:
                rule = ReadChair(kind=ChairRuleKind.POSITION, position=office.casefold())
            self._add_chair(found["role"], rule, sentence, "chair.holder", position)
            if found["born"]:
                self.facts.composition.append(
                    Sourced(
                        ReadSeat(
                            kind=SeatRuleKind.POSITION,
                            position=office,
                            basis=SeatBasis.BORN,
                            role=Role.CHAIR if found["role"] == "formand" else Role.VICE_CHAIR,
                        ),
                        self.of_sentence(sentence, "chair.holder"),
                    )
                )
            return
        for name in ("chair.named", "chair.named-as"):
            found = phrasing(name).pattern.search(text)
            if found is None:
                continue
            who = is_name(found["person"])
            if who is None:
                continue
            who = PersonName(who.name, found["party"])
            rule = ReadChair(kind=ChairRuleKind.NAMED, person=who)
            self._add_chair(found["role"], rule, sentence, name, position)
            return
        found = phrasing("chair.chosen-by").pattern.search(text)
        if found is not None:
            if found["self"]:
                rule = ReadChair(kind=ChairRuleKind.ELECTED_BY_COMMITTEE)
                sure = True
            else:
                council = found["council"]
                rule = ReadChair(
                    kind=ChairRuleKind.APPOINTED_BY_COUNCIL,
                    body=_council_name(council) if council else None,
                )
                sure = council is not None
            self._add_chair(found["role"], rule, sentence, "chair.chosen-by", position, sure=sure)

    def _add_chair(
        self,
        role: str,
        rule: ReadChair,
        sentence: Sentence,
        name: str,
        position: int,
        *,
        sure: bool = True,
    ) -> None:
        target = self.facts.vice_chairs if role == "næstformand" else self.facts.chairs
        target.append((0, Sourced(rule, self.of_sentence(sentence, name, sure=sure))))
        if rule.person is not None:
            self._add_person(
                ReadPerson(
                    name=rule.person,
                    role=Role.VICE_CHAIR if role == "næstformand" else Role.CHAIR,
                    kind=PersonKind.COUNCILLOR if rule.person.party else PersonKind.OTHER,
                ),
                self.of_sentence(sentence, name),
            )

    def _secretary(self, sentence: Sentence, text: str) -> None:
        found = phrasing("secretary.is").pattern.search(text)
        if found is not None and self.facts.secretary is None:
            value = found["secretary"]
            self.facts.secretary = Sourced(
                value[:1].lower() + value[1:], self.of_sentence(sentence, "secretary.is")
            )
        found = phrasing("secretariat.served-by").pattern.search(text)
        if found is not None and self.facts.secretariat is None:
            self.facts.secretariat = Sourced(
                found["secretariat"].strip(), self.of_sentence(sentence, "secretariat.served-by")
            )

    # -- composition -----------------------------------------------------------------------

    def _composition(self, index: int, sentence: Sentence, text: str) -> None:
        seat_source = self.of_sentence
        found = phrasing("composition.one-from-each").pattern.search(text)
        if found is not None:
            committees = committees_in(found["committees"])
            count = count_of(found["count"])
            if committees:
                self.facts.composition.append(
                    Sourced(
                        ReadSeat(
                            kind=SeatRuleKind.ONE_FROM_EACH,
                            committees=tuple(committees),
                            count=count,
                            basis=SeatBasis.ELECTED,
                        ),
                        seat_source(sentence, "composition.one-from-each"),
                    )
                )
            return  # the committees are in the list that follows; see _list
        for name, kind in (
            ("composition.chosen-among", SeatRuleKind.ONE_FROM_EACH),
            ("composition.places-taken", SeatRuleKind.MEMBERS_OF),
        ):
            found = phrasing(name).pattern.search(text)
            if found is not None:
                self.facts.composition.append(
                    Sourced(
                        ReadSeat(
                            kind=kind,
                            committees=(committee_name(found["committee"]),),
                            count=count_of(found["count"]) if found["count"] else None,
                            basis=SeatBasis.ELECTED,
                        ),
                        seat_source(sentence, name),
                    )
                )
                return
        for name, seat in _WHOLE_SENTENCE_SEATS:
            if phrasing(name).pattern.search(text) is not None:
                self._seat(seat, seat_source(sentence, name))
                return
        for name in ("composition.consists-of", "composition.also-chosen"):
            found = phrasing(name).pattern.search(text)
            if found is None:
                continue
            seats = self._clauses(found["clauses"])
            for seat in seats:
                self._seat(seat, seat_source(sentence, name))
            if not seats and re.search(r"\b\d+[ ]+medlemmer\.?$", text):
                self._continue_composition(sentence)
            return

    def _continue_composition(self, sentence: Sentence) -> None:
        """After "… består af 9 medlemmer." a sentence that starts with a count goes on."""
        for block in self.layout.blocks:
            for nxt in block.sentences:
                if nxt.start > sentence.start:
                    text = _clean(nxt.text)
                    if count_of(text) is not None:
                        for seat in self._clauses(text):
                            self._seat(seat, self.of_sentence(nxt, "composition.consists-of"))
                    return

    def _seat(self, seat: ReadSeat, source: Source) -> None:
        self.facts.composition.append(Sourced(seat, source))
        if seat.holder is not None:
            self._add_person(
                ReadPerson(
                    name=seat.holder,
                    role=seat.role,
                    kind=PersonKind.EMPLOYEE
                    if seat.basis is SeatBasis.EX_OFFICIO
                    else PersonKind.OTHER,
                    title=seat.position,
                    position=seat.position,
                ),
                source,
            )

    def _clauses(self, text: str) -> list[ReadSeat]:
        """The seats of an enumeration ("syv borgere - og syv byrådsmedlemmer")."""
        whole = seat_of(text)
        if whole is not None and whole.kind is SeatRuleKind.PARTIES_NOT_REPRESENTED:
            return [whole]  # its relative clause ("der ikke måtte være …") is part of it
        seats: list[ReadSeat] = []
        for raw in split_clauses(text):
            clause = re.sub(r"^(?:heraf|desuden|herudover|samt)[ ]+", "", raw.strip())
            if _RELATIVE.match(clause):
                break
            refine = re.match(r"^herunder[ ]+(?P<rest>.+)$", clause)
            if refine is not None:
                seat = seat_of(refine["rest"])
                if (
                    seat is not None
                    and seats
                    and seats[-1].kind is SeatRuleKind.OTHER
                    and seats[-1].group == "other"
                ):
                    seats[-1] = attrs.evolve(seats[-1], group=seat.group)
                continue
            who = is_name(clause)
            if who is not None and seats and seats[-1].position and seats[-1].holder is None:
                seats[-1] = attrs.evolve(seats[-1], holder=who)
                continue
            seat = seat_of(clause)
            if seat is None:
                continue
            if (
                seats
                and seat.kind is seats[-1].kind
                and seat.kind is SeatRuleKind.OTHER
                and seat.group == seats[-1].group
                and seat.count is None
                and seats[-1].count is None
            ):
                continue  # "relevante ledere og medarbejdere": one group
            seats.append(seat)
        return seats

    # -- term, meetings ----------------------------------------------------------------------

    def _term(self, sentence: Sentence, text: str) -> None:
        found = phrasing("term.election-period").pattern.search(text)
        if found is not None:
            self.facts.term_starts.append(
                (
                    Sourced(
                        ReadTerm(text=found["condition"], condition=True),
                        self.of_sentence(sentence, "term.election-period"),
                    ),
                    False,
                )
            )
            return
        for name in ("term.period", "term.starts", "term.ends"):
            found = phrasing(name).pattern.search(text)
            if found is None:
                continue
            periods = list(find_periods(text[found.start() :]))
            if not periods:
                continue
            start: date | None = None
            end: date | None = None
            words: list[str] = []
            tail = text[found.start() :]
            for index, hit in enumerate(periods):
                before = tail[max(0, hit.start - 14) : hit.start].casefold()
                phrase = hit.text.casefold()
                point = hit.period.start == hit.period.end and (
                    "udgangen" in phrase or "senest" in phrase
                )
                is_end = (
                    point
                    or name == "term.ends"
                    or re.search(r"(?:til|afsluttes|slutter|ophører|senest)[ ]*$", before)
                    is not None
                )
                if is_end:
                    if end is None:
                        end = hit.period.end
                        words.append(hit.text)
                    continue
                if name == "term.starts" and index == 0:
                    if start is None:
                        start = hit.period.start
                        words.append(hit.text)
                    continue
                if start is None:
                    start = hit.period.start
                    end = end or hit.period.end
                    words.append(hit.text)
            if start is None and end is None:
                continue
            self.facts.term_starts.append(
                (
                    Sourced(
                        ReadTerm(start=start, end=end, text=" … ".join(words)),
                        self.of_sentence(sentence, name),
                    ),
                    name == "term.period",
                )
            )
            return

    def _meetings(self, sentence: Sentence, text: str) -> None:
        found = phrasing("meetings.own-plan").pattern.search(text)
        if found is not None:
            self.facts.meetings.append(
                Sourced(
                    ReadMeetings(plan_set_by="committee"),
                    self.of_sentence(sentence, "meetings.own-plan"),
                )
            )
        found = phrasing("meetings.per-year").pattern.search(text)
        if found is not None:
            self.facts.meetings.append(
                Sourced(
                    ReadMeetings(per_year=count_of(found["count"])),
                    self.of_sentence(sentence, "meetings.per-year"),
                )
            )

    # -- themes, aims, tasks ---------------------------------------------------------------

    def _sentence_themes_aims(self, index: int, sentence: Sentence, text: str) -> None:
        found = phrasing("themes.headings").pattern.search(text)
        if found is not None:
            count = count_of(found["count"]) or 0
            taken = 0
            for later in self.layout.blocks[index + 1 :]:
                if taken == count:
                    break
                if later.kind is BlockKind.HEADING:
                    self.facts.themes.append(
                        Sourced(
                            ReadTheme(title=_clean(later.text)),
                            self.of_block(later, "themes.headings"),
                        )
                    )
                    taken += 1
        found = phrasing("themes.included").pattern.search(text)
        if found is not None:
            for part in split_clauses(found["list"]):
                self.facts.themes.append(
                    Sourced(
                        ReadTheme(title=part),
                        self.of_sentence(sentence, "themes.included", sure=False),
                    )
                )
        found = phrasing("aims.council").pattern.search(text)
        if found is not None:
            for title in split_titles(found["list"]):
                self.facts.aims.append(
                    Sourced(
                        ReadAim(title=title, source=found["owner"]),
                        self.of_sentence(sentence, "aims.council"),
                    )
                )

    def _sentence_tasks(self, index: int, sentence: Sentence, text: str) -> None:
        numbered = phrasing("tasks.numbered").pattern.search(text)
        if numbered is not None:
            self._numbered_tasks(index + 1, count_of(numbered["count"]) or 0)
            return
        for name in ("tasks.has-task", "tasks.asked"):
            found = phrasing(name).pattern.search(text)
            if found is not None:
                self._add_task(ReadTask(text=text), self.of_sentence(sentence, name))
                return
        found = phrasing("tasks.task-is").pattern.search(text)
        if found is not None:
            rest = found["rest"].strip()
            if rest.endswith(":"):
                for later in self.layout.blocks[index + 1 :]:
                    if later.kind is BlockKind.PARAGRAPH:
                        self._add_task(
                            ReadTask(text=_clean(later.text)),
                            self.of_block(later, "tasks.task-is"),
                        )
                        self.facts.used_blocks.add(self.layout.blocks.index(later))
                    break
            else:
                self._add_task(ReadTask(text=text), self.of_sentence(sentence, "tasks.task-is"))
            return
        if (
            phrasing("tasks.shall").pattern.search(text) is not None
            and phrasing("deliverables.deliver").pattern.search(text) is None
        ):
            self._add_task(
                ReadTask(text=text), self.of_sentence(sentence, "tasks.shall", sure=False)
            )

    def _add_task(self, task: ReadTask, source: Source) -> None:
        key = name_key(task.text)
        if all(name_key(t.value.text) != key for t in self.facts.tasks):
            self.facts.tasks.append(Sourced(task, source))

    # -- deliverables, reporting, powers, pay ------------------------------------------------

    def _deliverables(self, sentence: Sentence, text: str) -> None:
        for name in ("deliverables.deliver", "deliverables.deadline"):
            for found in phrasing(name).pattern.finditer(text):
                what = found["what"].strip()
                if not what or len(what.split()) > 14:
                    continue
                after = list(find_periods(text[found.end() :]))
                hit = after[0] if after and after[0].start <= 40 else None
                if hit is None:
                    before = list(find_periods(text[: found.start()]))
                    hit = before[-1] if before else None
                to = found.groupdict().get("to")
                bodies = tuple(_split_bodies(to)) if to else ()
                self.facts.deliverables.append(
                    Sourced(
                        ReadDeliverable(
                            title=what,
                            due_text=hit.text if hit is not None else None,
                            due=hit.period if hit is not None else None,
                            to=bodies,
                        ),
                        self.of_sentence(sentence, name),
                    )
                )
                if bodies and name == "deliverables.deliver":
                    self.facts.reporting.append(
                        Sourced(ReadReporting(to=bodies), self.of_sentence(sentence, name))
                    )

    def _reporting(self, sentence: Sentence, text: str) -> None:
        for name in (
            "reporting.recommends",
            "reporting.status-meetings",
            "reporting.reports-to",
        ):
            found = phrasing(name).pattern.search(text)
            if found is None:
                continue
            groups = found.groupdict()
            names: list[str] = []
            if groups.get("to_gen"):
                names.append(_council_name(groups["to_gen"]))
            if groups.get("to"):
                names += _split_bodies(groups["to"])
            if groups.get("then"):
                names.append(_council_name(groups["then"]))
            if names:
                self.facts.reporting.append(
                    Sourced(ReadReporting(to=tuple(names)), self.of_sentence(sentence, name))
                )
            return

    def _powers(self, sentence: Sentence, text: str) -> None:
        if self.facts.powers is not None:
            return
        for name, granted in (("powers.none", False), ("powers.grants", True)):
            if phrasing(name).pattern.search(text):
                self.facts.powers = Sourced(granted, self.of_sentence(sentence, name))
                return

    def _pay(self, sentence: Sentence, text: str) -> None:
        found = phrasing("pay.allowances").pattern.search(text)
        if found is None:
            return
        what = found["what"].casefold()
        kinds = tuple(kind for word, kind in _PAY_WORDS if word in what)
        if kinds:
            self.facts.pay.append(
                Sourced(ReadPay(kinds=kinds), self.of_sentence(sentence, "pay.allowances"))
            )

    # -- lists -----------------------------------------------------------------------------

    def _list(self, text_list: TextList) -> None:
        lead_in = _clean(text_list.lead_in)
        items = list(text_list.items)
        first_extra: tuple[str, Source] | None = None
        if text_list.lead_in_block is not None and ": " in lead_in and not lead_in.endswith(":"):
            head, _, rest = lead_in.rpartition(": ")
            if len(rest.split()) <= 12 and not rest.endswith("."):
                lead_in = head + ":"
                block = self.layout.blocks[text_list.lead_in_block]
                at = self.doc.text.rfind(rest.split()[0], block.start, block.end)
                first_extra = (rest, self.source(max(at, block.start), block.end, "tasks.lead-in"))
        heading = (
            _clean(self.layout.blocks[text_list.heading].text)
            if text_list.heading is not None
            else ""
        )
        lead_generic = is_generic(lead_in) if lead_in else False
        if lead_generic:
            return
        one = phrasing("composition.one-from-each").pattern.search(lead_in)
        if one is not None and not one["committees"].strip():
            committees = [_clean(item.block.text) for item in items]
            if committees and all(len(c.split()) <= 6 for c in committees):
                start, end = items[0].block.start, items[-1].block.end
                if text_list.lead_in_block is not None:
                    start = self.layout.blocks[text_list.lead_in_block].start
                self._seat(
                    ReadSeat(
                        kind=SeatRuleKind.ONE_FROM_EACH,
                        committees=tuple(committees),
                        count=count_of(one["count"]),
                        basis=SeatBasis.ELECTED,
                    ),
                    self.source(start, end, "composition.one-from-each"),
                )
                self._mark(text_list)
                return
        if phrasing("aims.lead-in").pattern.search(lead_in):
            self._aims_list(lead_in, text_list)
            return
        if phrasing("phases.lead-in").pattern.search(lead_in) or self._looks_like_plan(items):
            self._phases_list(items)
            self._mark(text_list)
            return
        if phrasing("themes.lead-in").pattern.search(lead_in):
            for item in items:
                self.facts.themes.append(
                    Sourced(
                        ReadTheme(title=_clean(item.block.text)),
                        self.of_block(item.block, "themes.lead-in"),
                    )
                )
            self._mark(text_list)
            return
        if phrasing("tasks.lead-in").pattern.search(lead_in) or (
            not lead_in and re.search(r"\bopgaver\b", heading, re.I)
        ):
            if first_extra is not None:
                self._add_task(ReadTask(text=first_extra[0]), first_extra[1])
            for item in items:
                self._add_task(
                    ReadTask(text=_clean(item.block.text), number=item.block.number),
                    self.of_block(item.block, "tasks.lead-in"),
                )
            self._mark(text_list)
            return
        if phrasing("composition.lead-in").pattern.search(lead_in) or phrasing(
            "composition.lead-in"
        ).pattern.search(heading if not lead_in else ""):
            self._composition_list(text_list, lead_in)
            return

    def _mark(self, text_list: TextList) -> None:
        for block in text_list.blocks:
            self.facts.used_blocks.add(self.layout.blocks.index(block))

    def _looks_like_plan(self, items: Sequence[ListItem]) -> bool:
        starting = 0
        for item in items:
            hits = list(find_periods(_clean(item.block.text)))
            if hits and hits[0].start == 0:
                starting += 1
        return len(items) >= 2 and starting >= max(2, len(items) - 1)

    def _phases_list(self, items: Sequence[ListItem]) -> None:
        previous: Period | None = None
        for item in items:
            text = _clean(item.block.text)
            context = (
                PeriodContext(year=previous.end.year, after=previous.end + timedelta(days=1))
                if previous is not None and previous.end is not None
                else None
            )
            hits = list(find_periods(text, context))
            period: Period | None = None
            title = text
            if hits and hits[0].start == 0:
                period = hits[0].period
                title = text[hits[0].end :]
            elif hits and hits[-1].end >= len(text.rstrip(").")) - 1:
                period = hits[-1].period
                title = text[: hits[-1].start].rstrip(" (:–-,")
            title = _capital(_PHASE_ACTIVITY.sub("", title.strip()).strip(" .:"))
            if not title:
                continue
            self.facts.phases.append(
                Sourced(
                    ReadPhase(title=title, period=period),
                    self.of_block(item.block, "phases.lead-in"),
                )
            )
            if period is not None:
                previous = period

    def _aims_list(self, lead_in: str, text_list: TextList) -> None:
        found = phrasing("aims.lead-in").pattern.search(lead_in)
        assert found is not None
        title = found["title"].strip()
        perspective = _PERSPECTIVE.search(title)

        def points(items: Sequence[ListItem]) -> tuple[AimPoint, ...]:
            return tuple(AimPoint(_clean(item.block.text), points(item.children)) for item in items)

        blocks = text_list.blocks
        start = blocks[0].start
        if text_list.lead_in_block is not None:
            start = self.layout.blocks[text_list.lead_in_block].start
        self.facts.aims.append(
            Sourced(
                ReadAim(
                    title=title,
                    perspective=_capital(perspective["p"]) if perspective else None,
                    points=points(text_list.items),
                ),
                self.source(start, blocks[-1].end, "aims.lead-in"),
            )
        )
        self._mark(text_list)

    def _numbered_tasks(self, first: int, count: int) -> None:
        expected = 1
        for index in range(first, len(self.layout.blocks)):
            if expected > count:
                return
            block = self.layout.blocks[index]
            if block.number == expected:
                self._add_task(
                    ReadTask(text=_clean(block.text), number=expected),
                    self.of_block(block, "tasks.numbered"),
                )
                self.facts.used_blocks.add(index)
                expected += 1

    def _composition_list(self, text_list: TextList, lead_in: str) -> None:
        citizens = re.search(r"\bborger", lead_in, re.I) is not None
        for item in text_list.items:
            block = item.block
            index = self.layout.blocks.index(block)
            text = _clean(block.text)
            found = person_line(text, member=True)
            if found is not None:
                read, seat = found
                if citizens and read.kind is PersonKind.OTHER:
                    read = attrs.evolve(read, kind=PersonKind.CITIZEN)
                if seat is not None:
                    self._seat(seat, self.of_block(block, "composition.lead-in"))
                self._add_person(read, self.of_block(block, "composition.lead-in"))
                self.facts.used_blocks.add(index)
                continue
            for seat in self._clauses(text.split(" – ")[0]):
                self._seat(seat, self.of_block(block, "composition.lead-in"))
            self.facts.used_blocks.add(index)

    # -- people ------------------------------------------------------------------------------

    def _add_person(self, read: ReadPerson, source: Source) -> None:
        key = name_key(read.name.name)
        for index, known in enumerate(self.facts.people):
            if name_key(known.value.name.name) == key:
                old = known.value
                role = old.role
                if read.role is not None and (role is None or role is Role.MEMBER):
                    role = read.role
                merged = attrs.evolve(
                    old,
                    name=old.name if old.name.party else read.name,
                    party=old.party or read.party,
                    role=role,
                    kind=old.kind if old.kind is not PersonKind.OTHER else read.kind,
                    title=old.title or read.title,
                    position=old.position or read.position,
                )
                self.facts.people[index] = Sourced(merged, known.source)
                return
        self.facts.people.append(Sourced(read, source))

    def _member_lines(self) -> None:
        """People on lines of their own, after a lead-in that introduces members."""
        blocks = self.layout.blocks
        member = False
        citizens = False
        for index, block in enumerate(blocks):
            text = _clean(block.text)
            if block.kind is BlockKind.ROW:
                member = False
                continue
            if index in self.facts.used_blocks:
                continue
            found = person_line(text, member=member)
            if found is not None:
                read, seat = found
                named = read.name.party is not None or read.party is not None
                if member or (named and (block.kind is BlockKind.ITEM or read.role is not None)):
                    if citizens and read.kind is PersonKind.OTHER:
                        read = attrs.evolve(read, kind=PersonKind.CITIZEN)
                    if seat is not None:
                        self._seat(seat, self.of_block(block, "people.member-line"))
                    self._add_person(read, self.of_block(block, "people.member-line"))
                    self.facts.used_blocks.add(index)
                    continue
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            introduces = (
                text.endswith(":")
                or block.kind is BlockKind.HEADING
                or (following is not None and following.kind is BlockKind.ITEM)
            )
            if _MEMBER_CONTEXT.search(text) and introduces and not is_generic(text):
                member = True
                citizens = re.search(r"\bborger", text, re.I) is not None
                continue
            member = member and found is not None

    def _tables(self) -> None:
        for first, rows in self.layout.tables():
            lead_in, _ = self.layout.lead_in(first)
            councillors = re.search(
                r"medlemmer[ ]+af[ ]+(?:kommunalbestyrelsen|byrådet)", lead_in, re.I
            )
            columns: tuple[str, ...] = ()
            for row in rows:
                if row.kind is BlockKind.HEADING:
                    lead_in = row.text
                    councillors = re.search(
                        r"medlemmer[ ]+af[ ]+(?:kommunalbestyrelsen|byrådet)", lead_in, re.I
                    )
                    continue
                cells = tuple(c for c in row.cells if c)
                if is_table_header(cells):
                    columns = cells
                    continue
                for position, cell in enumerate(cells):
                    found = person_line(_clean(cell), member=True)
                    if found is None:
                        continue
                    read, _seat_unused = found
                    if len(cells) == len(columns):
                        column = columns[position].casefold()
                        if column.startswith(("stedfortræder", "suppleant")):
                            read = attrs.evolve(read, role=Role.SUBSTITUTE)
                    elif read.role is Role.MEMBER:
                        read = attrs.evolve(read, role=None)
                    kind = PersonKind.COUNCILLOR if councillors else PersonKind.REPRESENTATIVE
                    if read.kind is PersonKind.OTHER:
                        read = attrs.evolve(read, kind=kind)
                    self._add_person(read, self.of_block(row, "people.table"))

    def _people_in_sentences(self) -> None:
        for index, block in enumerate(self.layout.blocks):
            if index in self.facts.used_blocks or block.kind is BlockKind.ROW:
                continue
            for sentence in block.sentences:
                text = _clean(sentence.text)
                if is_generic(text):
                    continue
                for found in _PERSON_PARTY.finditer(text):
                    who = is_name(found["name"])
                    if who is None:
                        continue
                    after = text[found.end() :]
                    role_found = re.search(
                        r"\bsom[ ]+(næstformand|formand|medlem(?:mer)?)\b", after
                    )
                    role: Role | None = None
                    if role_found is not None:
                        word = role_found[1]
                        role = Role.MEMBER if word.startswith("medlem") else ROLE_WORDS[word]
                    self._add_person(
                        ReadPerson(
                            name=PersonName(who.name, found["party"]),
                            role=role,
                            kind=PersonKind.COUNCILLOR,
                        ),
                        self.of_sentence(sentence, "people.party-letter"),
                    )

    # -- assembling ------------------------------------------------------------------------

    def _assemble(self) -> KommissoriumDraft:
        f = self.facts
        todo: list[Todo] = []
        name = min(f.names, key=lambda pair: pair[0])[1] if f.names else None
        composed = False
        if name is None and f.subject is not None and f.noun is not None:
            noun = f.noun
            if not noun.casefold().endswith("udvalget") and not noun.startswith("Arbejdsgruppen"):
                noun = noun.rstrip() + "et"
            name = Sourced(f"{noun} for {f.subject.value}", f.subject.source)
            composed = True
            todo.append(
                Todo(
                    field="committee.name",
                    message=f"the text prints no name; {name.value!r} is put together from "
                    "what the kommissorium is for: check it",
                    source=name.source,
                )
            )
        decision = _merge_decisions(f.decisions)
        chair = f.chairs[0][1] if f.chairs else None
        vice = f.vice_chairs[0][1] if f.vice_chairs else None
        if chair is None:
            chair = self._chair_from_people(Role.CHAIR)
        if vice is None:
            vice = self._chair_from_people(Role.VICE_CHAIR)
        term = _merge_terms(f.term_starts)
        meetings = _merge_meetings(f.meetings)
        reporting = _merge_reporting(f.reporting)
        working_group = f.noun == "Arbejdsgruppen" or bool(
            name is not None and name.value.casefold().startswith("arbejdsgruppe")
        )
        draft = KommissoriumDraft(
            document=self.doc,
            name=name,
            name_composed=composed,
            legal_basis=f.legal_basis,
            working_group=working_group,
            established_by=decision,
            functions=tuple(f.functions),
            serves=tuple(f.serves),
            predecessor=f.predecessor,
            chair=chair,
            vice_chair=vice,
            secretariat=f.secretariat,
            secretary=f.secretary,
            composition=tuple(f.composition),
            term=term,
            meetings=meetings,
            phases=tuple(f.phases),
            themes=tuple(_unique_themes(f.themes)),
            aims=tuple(f.aims),
            tasks=tuple(f.tasks),
            deliverables=tuple(f.deliverables),
            reporting=reporting,
            powers=f.powers,
            pay=tuple(f.pay),
            people=tuple(f.people),
            warnings=tuple(f.warnings),
        )
        if not any(field in _SPECIFIC for field in draft.fields()):
            general = draft.fields()
            warnings = list(f.warnings)
            if general:
                warnings.append(
                    ReadWarning(
                        code="only-general",
                        message="only general statements about such committees were found ("
                        + ", ".join(general)
                        + "); nothing about one committee",
                    )
                )
            return KommissoriumDraft(document=self.doc, warnings=tuple(warnings))
        return attrs.evolve(draft, todo=tuple(todo + _todo(draft)))

    def _chair_from_people(self, role: Role) -> Sourced[ReadChair] | None:
        for fact in self.facts.people:
            if fact.value.role is role:
                return Sourced(
                    ReadChair(kind=ChairRuleKind.NAMED, person=fact.value.name),
                    fact.source,
                )
        return None


# -- helpers ---------------------------------------------------------------------------------


def _council_name(text: str) -> str:
    """The council as a subject, from any form ("byrådets" → "Byrådet")."""
    text = " ".join(text.split())
    low = text.casefold()
    if low in ("byrådets", "byrådet"):
        return "Byrådet"
    if low in ("kommunalbestyrelsens", "kommunalbestyrelsen", "kommunalbestyrelse"):
        return "Kommunalbestyrelsen"
    if low in ("borgerrepræsentationens", "borgerrepræsentationen"):
        return "Borgerrepræsentationen"
    if low == "byråd":
        return "Byrådet"
    return _capital(text)


def _body_name(text: str) -> str:
    text = " ".join(text.split()).strip(" ,.")
    if (
        _COUNCIL_RE.match(text)
        or _COUNCIL_WORD.fullmatch(text)
        or text.endswith(("rådets", "bestyrelsens", "repræsentationens"))
    ):
        return _council_name(text)
    return committee_name(text)


_BODY_IN_TEXT = re.compile(
    rf"{COMMITTEE}|{COUNCIL}|{COUNCIL_GEN}|de[ ]+relevante[ ]+stående[ ]+udvalg"
)


def _split_bodies(text: str) -> list[str]:
    """The bodies named in a text such as "Miljø-, Teknik- og Klimaudvalget samt byrådet"."""
    return [_body_name(found.group(0)) for found in _BODY_IN_TEXT.finditer(text)]


def _same(a: str, b: str) -> bool:
    return name_key(a) == name_key(b)


def _merge_decisions(
    decisions: Sequence[Sourced[ReadDecision]],
) -> Sourced[ReadDecision] | None:
    if not decisions:
        return None
    dated = [d for d in decisions if d.value.date is not None]
    main = dated[0] if dated else decisions[0]
    if main.value.body is None or main.value.body in ("Byrådet", "Kommunalbestyrelsen"):
        named = [d.value.body for d in decisions if d.value.body is not None]
        specific = [b for b in named if b not in ("Byrådet", "Kommunalbestyrelsen")]
        body = specific[0] if specific else (named[0] if named else None)
        if body is not None and (main.value.body is None or _COUNCIL_WORD.search(body)):
            main = Sourced(attrs.evolve(main.value, body=body), main.source)
    return main


def _merge_terms(
    facts: Sequence[tuple[Sourced[ReadTerm], bool]],
) -> Sourced[ReadTerm] | None:
    if not facts:
        return None
    dated = [f for f, _ in facts if not f.value.condition]
    if not dated:
        return facts[0][0]
    full = [f for f in dated if f.value.start is not None and f.value.end is not None]
    if full:
        return full[0]
    start = next((f for f in dated if f.value.start is not None), None)
    end = next((f for f in dated if f.value.end is not None), None)
    if start is None or end is None or start is end:
        return start or end
    first, last = sorted((start, end), key=lambda f: f.source.start)
    source = attrs.evolve(first.source, end=max(first.source.end, last.source.end))
    end_day = end.value.end
    start_day = start.value.start
    if start_day is not None and end_day is not None and end_day < start_day:
        return start
    return Sourced(
        ReadTerm(
            start=start_day,
            end=end_day,
            text=f"{start.value.text} … {end.value.text}",
        ),
        source,
    )


def _merge_meetings(facts: Sequence[Sourced[ReadMeetings]]) -> Sourced[ReadMeetings] | None:
    if not facts:
        return None
    per_year = next((f.value.per_year for f in facts if f.value.per_year is not None), None)
    plan = next((f.value.plan_set_by for f in facts if f.value.plan_set_by is not None), None)
    return Sourced(ReadMeetings(per_year=per_year, plan_set_by=plan), facts[0].source)


def _merge_reporting(facts: Sequence[Sourced[ReadReporting]]) -> Sourced[ReadReporting] | None:
    if not facts:
        return None
    names: list[str] = []
    for fact in facts:
        for name in fact.value.to:
            if all(not _same(name, known) for known in names):
                names.append(name)
    per_year = next((f.value.per_year for f in facts if f.value.per_year is not None), None)
    return Sourced(ReadReporting(to=tuple(names), per_year=per_year), facts[0].source)


def _unique_themes(facts: Iterable[Sourced[ReadTheme]]) -> list[Sourced[ReadTheme]]:
    seen: set[str] = set()
    out: list[Sourced[ReadTheme]] = []
    for fact in facts:
        k = name_key(fact.value.title)
        if k not in seen:
            seen.add(k)
            out.append(fact)
    return out


def _todo(draft: KommissoriumDraft) -> list[Todo]:
    """What the draft lacks, in the order of a committee file."""
    out: list[Todo] = []

    def need(field: str, message: str, source: Source | None = None) -> None:
        out.append(Todo(field=field, message=message, source=source))

    if draft.name is None:
        need("committee.name", "the text prints no name for the committee: write it")
    if draft.legal_basis is None:
        need(
            "committee.kind",
            "the text cites no legal basis (§ 17, stk. 4): set the kind and mandate.legal_basis",
        )
    decision = draft.established_by
    if decision is None:
        need("mandate.established_by", "no setting-up decision found: add body and date")
    else:
        if decision.value.body is None:
            need(
                "mandate.established_by.body",
                "the text says the committee was set up, not by whom: add the body",
                decision.source,
            )
        if decision.value.date is None:
            need(
                "mandate.established_by.date",
                "the decision's date (with its year) is not in the text: add it",
                decision.source,
            )
    if not draft.functions:
        need(
            "mandate.function",
            "no function stated (bestemte hverv, forberedende or rådgivende funktioner)",
        )
    elif len(draft.functions) > 1:
        also = ", ".join(f.value.value for f in draft.functions[1:])
        need(
            "mandate.function",
            f"the text states more than one function; the file holds the first, "
            f"{draft.functions[0].value.value!r}; also stated: {also}",
            draft.functions[1].source,
        )
    if draft.chair is None:
        need("mandate.chair", "no chair rule found: add who chairs")
    if not draft.composition:
        need("mandate.composition", "no composition clause found: add the composition rules")
    if draft.secretariat is None and draft.secretary is None:
        need("mandate.secretariat", "no secretariat or secretary found")
    term = draft.term
    if term is None:
        need("mandate.term", "no term found: add when the committee starts and ends")
    elif term.value.condition:
        need(
            "mandate.term",
            "the term is bound to a condition, not dates: kept as mandate.end_condition",
            term.source,
        )
    elif term.value.start is None:
        need(
            "mandate.term",
            "the text gives when the term ends but not when it starts",
            term.source,
        )
    if draft.meetings is None:
        need("mandate.meetings", "no meeting rules found")
    if draft.reporting is None:
        need("mandate.reporting", "no reporting line found")
    for phase in draft.phases:
        if phase.value.period is None:
            need(
                "plan.phases",
                f"phase {phase.value.title!r} has no period in the text, so it is not in the "
                "file: add it with its period",
                phase.source,
            )
    for deliverable in draft.deliverables:
        if deliverable.value.due is None:
            need(
                "mandate.deliverables",
                f"deliverable {deliverable.value.title!r} has no due date in the text",
                deliverable.source,
            )
    if draft.predecessor is not None:
        need(
            "bodies",
            "the predecessor is described, not named: give its body a name",
            draft.predecessor.source,
        )
    return out


def read_kommissorium(
    text: str, *, name: str = "<text>", excerpt: bool = False
) -> KommissoriumDraft:
    """Read a kommissorium or a council's setting-up decision (plain Danish text).

    Args:
        text: The text.
        name: The document's name (normally its file name), used in every source.
        excerpt: The text is an excerpt cut off at its end: its last line is not read.

    Returns:
        The draft: every fact with the span it was read from, warnings, and a TODO list.
        ``draft.recognised`` is ``False`` when nothing at all was read.

    Raises:
        TextTooLargeError: The text is longer than :data:`MAX_TEXT_CHARS`.
    """
    if len(text) > MAX_TEXT_CHARS:
        raise TextTooLargeError(
            f"{name}: a kommissorium text of at most {MAX_TEXT_CHARS} characters expected, "
            f"got {len(text)}"
        )
    return _Reader(Document.from_text(text, name=name), excerpt=excerpt).read()
