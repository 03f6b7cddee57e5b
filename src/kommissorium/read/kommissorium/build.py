r"""A drafted kommissorium as a committee file: the dossier, and a comment for every value.

:func:`draft_dossier` turns a :class:`~.result.KommissoriumDraft` into a
:class:`~kommissorium.model.Dossier` that loads and checks, and keeps, for every value it
writes, the sentence it came from (a comment attached to the value's path in the file, such as
``mandate.chair`` or ``mandate.composition[2]``) and a header with what could not be read (TODO
lines). Ids are slugs of names; the bodies the text refers to (the council, the committees named
in composition rules, the predecessor) become ``bodies`` of the file. Nothing is added that the
text does not state: a committee without a name in the text is called ``"TODO: udvalgets
navn"`` and the header says so.

Examples:
    >>> from kommissorium.read.kommissorium.reader import read_kommissorium
    >>> draft = read_kommissorium(
    ...     "Musikbyudvalget (§ 17 stk. 4)\n\nMedlemmer af Musikbyudvalget:\n\n- Borgmester\n",
    ...     name="musik.txt")
    >>> drafted = draft_dossier(draft)
    >>> drafted.dossier.committee.id, drafted.dossier.committee.kind.value
    ('musikbyudvalget', 'special-17-4')
    >>> [(r.id, r.position) for r in drafted.dossier.mandate.composition]
    [('borgmester', 'Borgmester')]
    >>> drafted.comment("mandate.composition[0]")
    '# »Borgmester« (musik.txt, line 5)'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date

import attrs

from kommissorium.model import (
    ChairRule,
    ChairRuleKind,
    Committee,
    CommitteeKind,
    DecisionPowers,
    Deliverable,
    Dossier,
    EstablishingDecision,
    LegalBasis,
    Mandate,
    MeetingRules,
    Membership,
    PayDecision,
    Period,
    Person,
    PersonKind,
    Phase,
    PhasePlan,
    Reporting,
    Role,
    SeatBasis,
    SeatRule,
    SeatRuleKind,
    StrategicAim,
    Task,
    Theme,
)
from kommissorium.read.kommissorium.result import KommissoriumDraft, ReadPerson, ReadSeat
from kommissorium.read.names import name_key, slug
from kommissorium.read.source import Certainty, Source

__all__ = ["NO_NAME", "DraftFile", "draft_dossier", "short_quote"]

#: The committee's name in a draft when the text prints none.
NO_NAME = "TODO: udvalgets navn"

_ID_CHARS = 40
_LEGAL_REF = re.compile(r"^(?:§|[Pp]aragraf)[ ]*17\W*(?:[Ss]tk\.?[ ]*\d+)?[ -]*")
_COUNCIL_WORD = re.compile(
    r"\b(?:byråd(?:et)?|kommunalbestyrelsen?|borgerrepræsentationen)\b", re.IGNORECASE
)
_FOR_PREFIX = re.compile(r"^udvalget[ ]+(?:for|om)[ ]+", re.IGNORECASE)
_GROUP_IDS = {
    "citizens": "borgere",
    "experts": "eksperter",
    "organisations": "organisationer",
    "employees": "medarbejdere",
    "youth": "unge",
    "other": "andre",
}
_SHORT = 110


def short_quote(text: str, limit: int = _SHORT) -> str:
    r"""A quote of a sentence, whitespace collapsed and cut at a word with "…" when long.

    Examples:
        >>> short_quote("Udvalget   fastsætter selv\nsin mødeplan.")
        'Udvalget fastsætter selv sin mødeplan.'
        >>> short_quote("ord " * 40, limit=20)
        'ord ord ord ord ord …'
    """
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:–-") + " …"


def _short_id(text: str) -> str:
    value = slug(_LEGAL_REF.sub("", text)) if _LEGAL_REF.match(text) else slug(text)
    if len(value) <= _ID_CHARS:
        return value
    cut = value[:_ID_CHARS].rsplit("-", 1)[0]
    return cut or value[:_ID_CHARS]


@attrs.frozen(kw_only=True)
class DraftFile:
    """A drafted committee file before it is written.

    Attributes:
        dossier: The committee, as a dossier that loads.
        header: Comment lines for the top of the file (each starting with ``#``, or ``""``
            for a blank line): what the file is, and the TODO list.
        comments: The comment after each drafted value, by path in the file
            (``"mandate.chair"``, ``"mandate.composition[2]"``).
    """

    dossier: Dossier
    header: tuple[str, ...]
    comments: tuple[tuple[str, str], ...]

    def comment(self, path: str) -> str | None:
        """The comment attached to ``path``, if any."""
        for key, text in self.comments:
            if key == path:
                return text
        return None


class _Ids:
    """Unique ids (private)."""

    def __init__(self, taken: Iterable[str] = ()) -> None:
        self.taken = set(taken)

    def new(self, base: str) -> str:
        base = base or "x"
        candidate = base
        number = 2
        while candidate in self.taken:
            candidate = f"{base}-{number}"
            number += 1
        self.taken.add(candidate)
        return candidate


class _Bodies:
    """The bodies a draft refers to, by name (private)."""

    def __init__(self, committee_id: str, committee_name: str | None) -> None:
        self.ids = _Ids([committee_id])
        self.committee_id = committee_id
        self.own = _key(committee_name) if committee_name else None
        self.by_key: dict[str, str] = {}
        self.bodies: list[Committee] = []
        self.first: dict[str, Source] = {}

    def ref(self, name: str, source: Source, *, kind: CommitteeKind | None = None) -> str | None:
        """The id of the body called ``name``, creating it on first mention.

        ``None`` for a name that is not a body ("de relevante stående udvalg").
        """
        name = " ".join(name.split())
        if not name or name.casefold().startswith("de relevante"):
            return None
        is_council = _COUNCIL_WORD.search(name) is not None and "udvalg" not in name.casefold()
        key = "council" if is_council else _key(name)
        if key == self.own:
            return self.committee_id
        known = self.by_key.get(key)
        if known is not None:
            return known
        if kind is None:
            if is_council:
                kind = CommitteeKind.COUNCIL
            elif name.casefold().startswith("økonomiudvalg"):
                kind = CommitteeKind.FINANCE_COMMITTEE
            else:
                kind = CommitteeKind.STANDING
        body_id = self.ids.new(_short_id(_FOR_PREFIX.sub("", name)))
        display = name[:1].upper() + name[1:]
        self.bodies.append(Committee(id=body_id, name=display, kind=kind))
        self.by_key[key] = body_id
        self.first[body_id] = source
        return body_id


def _key(name: str) -> str:
    text = _FOR_PREFIX.sub("", " ".join(name.split()))
    return name_key(re.sub(r"[\s,–-]+", " ", text))


class _Notes:
    """Comments by path (private)."""

    def __init__(self, draft: KommissoriumDraft) -> None:
        self.draft = draft
        self.items: list[tuple[str, str]] = []

    def quote(self, source: Source, *, note: str | None = None) -> str:
        line = self.draft.document.line_column(source.start)[0]
        quoted = short_quote(self.draft.document.quote(source))
        where = f"{self.draft.document.name}, line {line}"
        check = "check: " if source.certainty is Certainty.UNCERTAIN else ""
        extra = f"; {note}" if note else ""
        return f"# {check}»{quoted}« ({where}){extra}"

    def add(self, path: str, source: Source, *, note: str | None = None) -> None:
        text = self.quote(source, note=note)
        for index, (key, old) in enumerate(self.items):
            if key == path:
                if text not in old:
                    self.items[index] = (key, f"{old}; {text.removeprefix('# ')}")
                return
        self.items.append((path, text))


def _seat_id(seat: ReadSeat, bodies: Sequence[str]) -> str:
    if seat.role is Role.SECRETARY:
        return "sekretaer"
    if seat.kind is SeatRuleKind.POSITION and seat.position:
        return _short_id(seat.position)
    if seat.kind is SeatRuleKind.MEMBERS_OF:
        return "medlemmer-" + (bodies[0] if bodies else "udvalg")
    if seat.kind is SeatRuleKind.ONE_FROM_EACH:
        return "fra-" + bodies[0] if len(bodies) == 1 else "fra-udvalgene"
    if seat.kind is SeatRuleKind.PARTIES_NOT_REPRESENTED:
        return "partier-uden-plads"
    if seat.kind is SeatRuleKind.COUNCILLORS:
        return "politikere-valgfri" if seat.optional else "politikere"
    return _GROUP_IDS.get(seat.group or "other", "andre")


def _basis(person: ReadPerson, seat: SeatRule | None) -> SeatBasis:
    if seat is not None and seat.basis is not None:
        return seat.basis
    if person.kind is PersonKind.COUNCILLOR:
        return SeatBasis.ELECTED
    return SeatBasis.APPOINTED


def draft_dossier(draft: KommissoriumDraft) -> DraftFile:
    """The draft as a committee file: a dossier, a header with the TODO list, and comments.

    Args:
        draft: What :func:`~kommissorium.read.kommissorium.read_kommissorium` read.

    Returns:
        The file to write (see :func:`~kommissorium.read.kommissorium.draft_toml`).
    """
    notes = _Notes(draft)
    name = draft.name.value if draft.name is not None else NO_NAME
    committee_id = _short_id(name) if draft.name is not None else "udvalg"
    bodies = _Bodies(committee_id, draft.name.value if draft.name is not None else None)
    extra_todo: list[str] = []

    # -- committee ---------------------------------------------------------------------------
    kind = CommitteeKind.OTHER
    legal_basis = LegalBasis()
    if draft.legal_basis is not None:
        digits = re.findall(r"\d+", draft.legal_basis.value)
        paragraph = digits[1] if len(digits) > 1 else "4"
        legal_basis = LegalBasis(paragraph=f"§ 17, stk. {paragraph}")
        if paragraph == "4":
            kind = CommitteeKind.SPECIAL_17_4
        elif paragraph == "5":
            kind = CommitteeKind.SPECIAL_17_5
        notes.add("committee.kind", draft.legal_basis.source)
        notes.add("mandate.legal_basis", draft.legal_basis.source)
    elif draft.working_group:
        kind = CommitteeKind.WORKING_GROUP
    if draft.name is not None:
        notes.add("committee.name", draft.name.source)

    serves: list[str] = []
    for served in draft.serves:
        ref = bodies.ref(served.value, served.source)
        if ref is not None and ref not in serves and ref != committee_id:
            serves.append(ref)
            notes.add("committee.serves", served.source)
            notes.add("mandate.serves", served.source)
    predecessor: str | None = None
    if draft.predecessor is not None:
        description = draft.predecessor.value
        pred_kind = CommitteeKind.SPECIAL_17_4 if "17" in description else CommitteeKind.OTHER
        predecessor = bodies.ref(description, draft.predecessor.source, kind=pred_kind)
        notes.add("committee.predecessor", draft.predecessor.source)

    # -- establishing decision -----------------------------------------------------------------
    established: EstablishingDecision | None = None
    decision_date: date | None = None
    if draft.established_by is not None:
        decision = draft.established_by.value
        decision_date = decision.date
        body = (
            bodies.ref(decision.body, draft.established_by.source)
            if decision.body is not None
            else None
        )
        if body is not None:
            established = EstablishingDecision(
                body=body,
                date=decision.date,
                text=short_quote(draft.quote(draft.established_by), 300),
            )
            notes.add("mandate.established_by", draft.established_by.source)
        else:
            extra_todo.append(
                "mandate.established_by: the text says when the committee was set up but not "
                f"by whom: »{short_quote(draft.quote(draft.established_by))}«"
            )

    # -- people (before the rules that name them) -----------------------------------------------
    person_ids = _Ids()
    people: list[Person] = []
    person_by_key: dict[str, str] = {}
    for index, person_fact in enumerate(draft.people):
        read = person_fact.value
        pid = person_ids.new(_short_id(read.name.name))
        person_by_key[name_key(read.name.name)] = pid
        people.append(
            Person(
                id=pid,
                name=read.name.name,
                kind=read.kind,
                party=read.party_label,
                title=read.title,
                positions=(read.position,) if read.position else (),
            )
        )
        notes.add(f"people[{index}]", person_fact.source)

    # -- composition -----------------------------------------------------------------------------
    seat_ids = _Ids()
    rules: list[SeatRule] = []
    holders: dict[str, str] = {}
    for seat_fact in draft.composition:
        seat = seat_fact.value
        refs = [r for r in (bodies.ref(c, seat_fact.source) for c in seat.committees) if r]
        rule_id = seat_ids.new(_seat_id(seat, refs))
        rules.append(
            SeatRule(
                id=rule_id,
                kind=seat.kind,
                committees=tuple(refs),
                count=seat.count,
                position=seat.position,
                role=seat.role,
                basis=seat.basis,
                optional=seat.optional,
                text=short_quote(draft.quote(seat_fact), 300),
            )
        )
        notes.add(f"mandate.composition[{len(rules) - 1}]", seat_fact.source)
        if seat.holder is not None:
            holders[name_key(seat.holder.name)] = rule_id

    # -- chair -----------------------------------------------------------------------------------
    chair: ChairRule | None = None
    if draft.chair is not None:
        rule = draft.chair.value
        person_ref = person_by_key.get(name_key(rule.person.name)) if rule.person else None
        committee_ref = bodies.ref(rule.committee, draft.chair.source) if rule.committee else None
        if rule.kind is ChairRuleKind.NAMED and person_ref is None:
            extra_todo.append("mandate.chair: the named chair is not among the people")
        else:
            chair = ChairRule(
                kind=rule.kind,
                person=person_ref,
                committee=committee_ref,
                position=rule.position,
                text=short_quote(draft.quote(draft.chair), 300),
            )
            notes.add("mandate.chair", draft.chair.source)
            if rule.body is not None:
                bodies.ref(rule.body, draft.chair.source)
    if draft.vice_chair is not None:
        extra_todo.append(
            "mandate: the file has no vice-chair rule; the text says: "
            f"»{short_quote(draft.quote(draft.vice_chair))}«"
        )

    # -- term ------------------------------------------------------------------------------------
    term: Period | None = None
    end_condition: str | None = None
    if draft.term is not None:
        read_term = draft.term.value
        if read_term.condition:
            end_condition = read_term.text
            notes.add("mandate.end_condition", draft.term.source)
        elif read_term.start is not None:
            term = Period(read_term.start, read_term.end, read_term.text or None)
            notes.add("mandate.term", draft.term.source)
        elif (
            read_term.end is not None
            and decision_date is not None
            and decision_date <= read_term.end
        ):
            term = Period(decision_date, read_term.end, read_term.text or None)
            notes.add(
                "mandate.term",
                draft.term.source,
                note="start: the day of the setting-up decision",
            )
        else:
            end_condition = read_term.text
            notes.add("mandate.end_condition", draft.term.source)

    # -- tasks, deliverables, themes, aims -------------------------------------------------------
    tasks: list[Task] = []
    numbers: set[int] = set()
    for task_fact in draft.tasks:
        number = task_fact.value.number
        if number is None or number in numbers:
            number = max(numbers, default=0) + 1
        numbers.add(number)
        tasks.append(Task(number=number, text=task_fact.value.text))
        notes.add(f"mandate.tasks[{len(tasks) - 1}]", task_fact.source)
    deliverable_ids = _Ids()
    deliverables: list[Deliverable] = []
    for deliverable_fact in draft.deliverables:
        read_d = deliverable_fact.value
        to = tuple(r for r in (bodies.ref(b, deliverable_fact.source) for b in read_d.to) if r)
        deliverables.append(
            Deliverable(
                id=deliverable_ids.new(_short_id(read_d.title)),
                title=read_d.title,
                due=read_d.due,
                to=to,
            )
        )
        notes.add(f"mandate.deliverables[{len(deliverables) - 1}]", deliverable_fact.source)
    theme_ids = _Ids()
    themes: list[Theme] = []
    theme_by_title: dict[str, str] = {}
    for theme_fact in draft.themes:
        title = theme_fact.value.title[:1].upper() + theme_fact.value.title[1:]
        theme_id = theme_ids.new(_short_id(title))
        theme_by_title[name_key(title)] = theme_id
        themes.append(Theme(id=theme_id, title=title))
        notes.add(f"mandate.themes[{len(themes) - 1}]", theme_fact.source)
    aim_ids = _Ids()
    aims: list[StrategicAim] = []
    for aim_fact in draft.aims:
        aim = aim_fact.value
        aims.append(
            StrategicAim(
                id=aim_ids.new(_short_id(aim.perspective or aim.title)),
                title=aim.title,
                perspective=aim.perspective,
                points=aim.points,
                source=aim.source,
            )
        )
        notes.add(f"mandate.aims[{len(aims) - 1}]", aim_fact.source)

    # -- reporting, meetings, powers, pay, secretariat -------------------------------------------
    reporting: Reporting | None = None
    if draft.reporting is not None:
        to = tuple(
            dict.fromkeys(
                r
                for r in (bodies.ref(b, draft.reporting.source) for b in draft.reporting.value.to)
                if r
            )
        )
        reporting = Reporting(
            to=to,
            times_per_year=draft.reporting.value.per_year,
            text=short_quote(draft.quote(draft.reporting), 300),
        )
        notes.add("mandate.reporting", draft.reporting.source)
    meetings: MeetingRules | None = None
    if draft.meetings is not None:
        meetings = MeetingRules(
            plan_set_by=draft.meetings.value.plan_set_by,
            meetings_per_year=draft.meetings.value.per_year,
            text=short_quote(draft.quote(draft.meetings), 300),
        )
        notes.add("mandate.meetings", draft.meetings.source)
    powers = DecisionPowers()
    if draft.powers is not None:
        powers = DecisionPowers(
            granted=draft.powers.value, text=short_quote(draft.quote(draft.powers), 300)
        )
        notes.add("mandate.powers", draft.powers.source)
    pay: list[PayDecision] = []
    for pay_fact in draft.pay:
        for pay_kind in pay_fact.value.kinds:
            pay.append(PayDecision(kind=pay_kind, text=short_quote(draft.quote(pay_fact), 300)))
            notes.add(f"mandate.pay[{len(pay) - 1}]", pay_fact.source)
    secretariat = draft.secretariat.value if draft.secretariat is not None else None
    if draft.secretariat is not None:
        notes.add("mandate.secretariat", draft.secretariat.source)
    secretary = draft.secretary.value if draft.secretary is not None else None
    if draft.secretary is not None:
        notes.add("mandate.secretary_position", draft.secretary.source)

    # -- plan ------------------------------------------------------------------------------------
    phases: list[Phase] = []
    for phase_fact in draft.phases:
        phase = phase_fact.value
        if phase.period is None:
            continue
        phases.append(
            Phase(
                id=f"fase-{len(phases) + 1}",
                title=phase.title,
                period=phase.period,
                theme=theme_by_title.get(name_key(phase.title)),
            )
        )
        notes.add(f"plan.phases[{len(phases) - 1}]", phase_fact.source)

    # -- memberships -----------------------------------------------------------------------------
    memberships: list[Membership] = []
    rule_by_id = {r.id: r for r in rules}
    for member_fact, person_obj in zip(draft.people, people, strict=True):
        read = member_fact.value
        if read.role is None:
            continue
        seat_id = holders.get(name_key(read.name.name))
        seat_rule = rule_by_id.get(seat_id) if seat_id is not None else None
        memberships.append(
            Membership(
                person=person_obj.id,
                committee=committee_id,
                role=read.role,
                basis=_basis(read, seat_rule),
                seat=seat_id,
            )
        )
        notes.add(f"memberships[{len(memberships) - 1}]", member_fact.source)

    for index, other in enumerate(bodies.bodies):
        notes.add(f"bodies[{index}]", bodies.first[other.id])

    committee = Committee(
        id=committee_id,
        name=name,
        kind=kind,
        serves=tuple(serves),
        predecessor=predecessor,
    )
    mandate = Mandate(
        legal_basis=legal_basis,
        established_by=established,
        function=draft.functions[0].value if draft.functions else None,
        serves=tuple(serves),
        tasks=tuple(tasks),
        deliverables=tuple(deliverables),
        composition=tuple(rules),
        chair=chair,
        secretariat=secretariat,
        secretary_position=secretary,
        term=term,
        end_condition=end_condition,
        powers=powers,
        reporting=reporting,
        meetings=meetings,
        pay=tuple(pay),
        aims=tuple(aims),
        themes=tuple(themes),
    )
    if draft.functions:
        notes.add("mandate.function", draft.functions[0].source)
    dossier = Dossier(
        committee=committee,
        mandate=mandate,
        bodies=tuple(bodies.bodies),
        people=tuple(people),
        memberships=tuple(memberships),
        plan=PhasePlan(phases=tuple(phases)),
    )
    return DraftFile(
        dossier=dossier,
        header=tuple(_header(draft, extra_todo)),
        comments=tuple(notes.items),
    )


def _header(draft: KommissoriumDraft, extra: Sequence[str]) -> list[str]:
    doc = draft.document
    lines = [
        f"# DRAFT of a committee file, read from {doc.name} by `kommissorium draft`.",
        "# Every value is followed by the sentence it was read from (»…«, with its line);",
        '# "check:" marks a reading to check. Nothing is filled in that the text does not say.',
    ]
    todo: list[str] = []
    for item in draft.todo:
        where = ""
        if item.source is not None:
            where = f" (line {doc.line_column(item.source.start)[0]})"
        todo.append(f"# TODO {item.field}: {item.message}{where}")
    todo += [f"# TODO {line}" for line in extra]
    if todo:
        lines += ["#", "# What could not be read (fill in or check):", *todo]
    lines += [f"# NOTE {warning.message}" for warning in draft.warnings]
    return lines
