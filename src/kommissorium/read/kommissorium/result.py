"""What the kommissorium reader returns: a draft of the committee, every fact with its source.

The draft stays close to the text: bodies are names as printed ("Udvalget for Social Omsorg",
"Byrådet"), people are :class:`~kommissorium.read.names.PersonName` with the party as printed,
periods keep their words. Turning names into the ids of a committee file is
:func:`kommissorium.read.kommissorium.draft_dossier`'s job.

Examples:
    >>> from kommissorium.read.source import Document
    >>> doc = Document.from_text("Udvalget fastsætter selv sin mødeplan.", name="k.txt")
    >>> draft = KommissoriumDraft(
    ...     document=doc,
    ...     meetings=Sourced(ReadMeetings(plan_set_by="committee"), doc.source(0, 38)))
    >>> draft.recognised, draft.fields()
    (True, ['meetings'])
"""

from __future__ import annotations

from datetime import date
from typing import Any

import attrs

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
from kommissorium.read.names import PersonName
from kommissorium.read.source import Document, ReadWarning, Source, Sourced

__all__ = [
    "DRAFT_FIELDS",
    "GROUPS",
    "KommissoriumDraft",
    "ReadAim",
    "ReadChair",
    "ReadDecision",
    "ReadDeliverable",
    "ReadMeetings",
    "ReadPay",
    "ReadPerson",
    "ReadPhase",
    "ReadReporting",
    "ReadSeat",
    "ReadTask",
    "ReadTerm",
    "ReadTheme",
    "Todo",
]

#: The fields of a draft that hold read facts, in the order of a committee file.
DRAFT_FIELDS = (
    "name", "legal_basis", "established_by", "functions", "serves", "predecessor",
    "chair", "vice_chair", "secretariat", "secretary", "composition", "term", "meetings",
    "phases", "themes", "aims", "tasks", "deliverables", "reporting", "powers", "pay",
    "people",
)  # fmt: skip

#: The groups an ``other`` seat can be for.
GROUPS = ("citizens", "experts", "organisations", "employees", "youth", "other")


@attrs.frozen(kw_only=True)
class ReadDecision:
    """The decision that set the committee up, as the text states it.

    Attributes:
        body: The deciding body as named ("Byrådet", "Gladsaxe Byråd"), if named.
        date: The day of the decision, if the text prints it with its year.
    """

    body: str | None = None
    date: date | None = None


@attrs.frozen(kw_only=True)
class ReadChair:
    """How the chair (or vice-chair) is found.

    Attributes:
        kind: The shape of the rule.
        person: The named chair (``named``).
        committee: The committee whose chair chairs (``chair-of``), as named.
        position: The office whose holder chairs (``position``).
        body: The body that appoints the chair (``appointed-by-council``), as named.
    """

    kind: ChairRuleKind
    person: PersonName | None = None
    committee: str | None = None
    position: str | None = None
    body: str | None = None


@attrs.frozen(kw_only=True)
class ReadSeat:
    """One composition clause.

    Attributes:
        kind: The shape of the rule.
        group: For ``other`` seats, whom they are for (one of :data:`GROUPS`).
        committees: The committees named, as printed (nominative).
        count: The number printed ("to" = 2), if any.
        position: The office (``position`` seats).
        optional: Whether the seats may stay empty ("mulighed for").
        role: The role the seat carries.
        basis: On what basis the seat is held, where the clause says.
        holder: The person the clause names as holding the seat, if any.
    """

    kind: SeatRuleKind
    group: str | None = None
    committees: tuple[str, ...] = ()
    count: int | None = None
    position: str | None = None
    optional: bool = False
    role: Role = Role.MEMBER
    basis: SeatBasis | None = None
    holder: PersonName | None = None


@attrs.frozen(kw_only=True)
class ReadTerm:
    """The committee's term, as far as the text fixes it.

    Attributes:
        start: The first day, where the text fixes it.
        end: The last day, where the text fixes it.
        text: The words the term was read from ("til udgangen af 2018").
        condition: The term is bound to something other than dates ("valgperioden ud").
    """

    start: date | None = None
    end: date | None = None
    text: str = ""
    condition: bool = False


@attrs.frozen(kw_only=True)
class ReadMeetings:
    """Meeting rules.

    Attributes:
        per_year: Meetings a year, if printed.
        plan_set_by: ``"committee"`` when the committee sets its own plan.
    """

    per_year: int | None = None
    plan_set_by: str | None = None


@attrs.frozen(kw_only=True)
class ReadPhase:
    """A phase of the plan.

    Attributes:
        title: What the phase is about.
        period: When it runs, if the text says (``text`` holds the words).
    """

    title: str
    period: Period | None = None


@attrs.frozen(kw_only=True)
class ReadTheme:
    """A theme of the work.

    Attributes:
        title: The theme as printed.
    """

    title: str


@attrs.frozen(kw_only=True)
class ReadAim:
    """A strategic aim, or a group of aims under one title.

    Attributes:
        title: The title ("Pejlemærkerne for velfærdsperspektivet", "Formål") or the aim.
        perspective: The perspective, when the title names one ("Velfærdsperspektivet").
        points: The points listed under the title.
        source: Whose aims they are, when they are another body's ("Kommunalbestyrelsen").
    """

    title: str
    perspective: str | None = None
    points: tuple[AimPoint, ...] = ()
    source: str | None = None

    @property
    def texts(self) -> tuple[str, ...]:
        """The aims as texts: the points, or the title when there are none."""
        return tuple(p.text for p in self.points) if self.points else (self.title,)


@attrs.frozen(kw_only=True)
class ReadTask:
    """A task of the mandate.

    Attributes:
        text: The task as printed.
        number: Its number, when the text numbers the tasks.
    """

    text: str
    number: int | None = None


@attrs.frozen(kw_only=True)
class ReadDeliverable:
    """Something the committee must deliver.

    Attributes:
        title: What, as printed.
        due_text: When, as printed ("senest ved udgangen af 2016").
        due: The period the words read as, when they read as one.
        to: The bodies it goes to, as named.
    """

    title: str
    due_text: str | None = None
    due: Period | None = None
    to: tuple[str, ...] = ()


@attrs.frozen(kw_only=True)
class ReadReporting:
    """Whom the committee reports to.

    Attributes:
        to: The bodies, as named.
        per_year: Reports a year, if printed.
    """

    to: tuple[str, ...] = ()
    per_year: int | None = None


@attrs.frozen(kw_only=True)
class ReadPay:
    """A pay decision.

    Attributes:
        kinds: The kinds of pay the sentence names.
    """

    kinds: tuple[PayKind, ...]


@attrs.frozen(kw_only=True)
class ReadPerson:
    """A person the text names.

    Attributes:
        name: The name and the party letter as printed.
        party: The party as printed when it is a name ("Venstre", "Miljølisten").
        role: The role in the committee, when the text says.
        kind: What the person is, as far as the text says.
        title: The title or description printed with the name ("Centerchef for
            Arbejdsmarked", "fagperson").
        position: The office the person holds a seat by ("direktør for Social Omsorg").
    """

    name: PersonName
    party: str | None = None
    role: Role | None = None
    kind: PersonKind = PersonKind.OTHER
    title: str | None = None
    position: str | None = None

    @property
    def party_label(self) -> str | None:
        """The party letter, else the party name, as printed."""
        return self.name.party or self.party


@attrs.frozen(kw_only=True)
class Todo:
    """Something a person must fill in or check in the drafted file.

    Attributes:
        field: The field it concerns (``"mandate.term"``).
        message: What to do, in English.
        source: The place in the text it concerns, if any.
    """

    field: str
    message: str
    source: Source | None = None


@attrs.frozen(kw_only=True)
class KommissoriumDraft:
    """A committee drafted from a kommissorium text.

    Every fact is :class:`~kommissorium.read.source.Sourced`: the value and the span of the
    sentence (or list item, or heading) it was read from.

    Attributes:
        document: The text that was read.
        name: The committee's name.
        name_composed: Whether the name was put together from two places in the text (the
            committee noun and what the kommissorium is for) rather than printed whole.
        legal_basis: The paragraph as printed ("§ 17, stk. 4").
        working_group: Whether the text calls the committee an "arbejdsgruppe".
        established_by: The setting-up decision.
        functions: Specific task, preparatory, advisory; more than one where the text says.
        serves: The bodies it serves, as named.
        predecessor: The committee whose work it continues, as described.
        chair: The chair rule.
        vice_chair: The vice-chair rule.
        secretariat: The department serving the committee.
        secretary: The position or person acting as secretary.
        composition: Composition clauses.
        term: The term.
        meetings: Meeting rules.
        phases: The phase plan.
        themes: Themes.
        aims: Strategic aims (pejlemærker, formål).
        tasks: Tasks.
        deliverables: Deliverables.
        reporting: Reporting.
        powers: Whether decision power is given.
        pay: Pay decisions.
        people: People named in the text.
        warnings: What could not be read, or was read with doubt.
        todo: What a person must fill in or check.
    """

    document: Document
    name: Sourced[str] | None = None
    name_composed: bool = False
    legal_basis: Sourced[str] | None = None
    working_group: bool = False
    established_by: Sourced[ReadDecision] | None = None
    functions: tuple[Sourced[Function], ...] = ()
    serves: tuple[Sourced[str], ...] = ()
    predecessor: Sourced[str] | None = None
    chair: Sourced[ReadChair] | None = None
    vice_chair: Sourced[ReadChair] | None = None
    secretariat: Sourced[str] | None = None
    secretary: Sourced[str] | None = None
    composition: tuple[Sourced[ReadSeat], ...] = ()
    term: Sourced[ReadTerm] | None = None
    meetings: Sourced[ReadMeetings] | None = None
    phases: tuple[Sourced[ReadPhase], ...] = ()
    themes: tuple[Sourced[ReadTheme], ...] = ()
    aims: tuple[Sourced[ReadAim], ...] = ()
    tasks: tuple[Sourced[ReadTask], ...] = ()
    deliverables: tuple[Sourced[ReadDeliverable], ...] = ()
    reporting: Sourced[ReadReporting] | None = None
    powers: Sourced[bool] | None = None
    pay: tuple[Sourced[ReadPay], ...] = ()
    people: tuple[Sourced[ReadPerson], ...] = ()
    warnings: tuple[ReadWarning, ...] = ()
    todo: tuple[Todo, ...] = ()

    def fields(self) -> list[str]:
        """The names of the fields the reader found something for, in a fixed order."""
        return [f for f in DRAFT_FIELDS if getattr(self, f) not in (None, ())]

    @property
    def recognised(self) -> bool:
        """Whether anything at all was read: ``False`` means the text is not a kommissorium."""
        return bool(self.fields())

    def quote(self, fact: Sourced[Any]) -> str:
        """The text a fact was read from."""
        return self.document.quote(fact.source)
