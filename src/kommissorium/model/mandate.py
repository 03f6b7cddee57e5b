"""The kommissorium: a committee's mandate, as data.

Everything a council fixes when it sets up a committee: legal basis, establishing decision,
purpose and function, tasks and deliverables, composition rules, chair and secretariat, term,
powers, reporting, meeting rules, pay, strategic aims and themes.

Examples:
    >>> rule = SeatRule(id="fra-udvalg", kind=SeatRuleKind.ONE_FROM_EACH,
    ...                 committees=("social-omsorg", "laering"))
    >>> rule.expected_seats
    2
    >>> Mandate().powers.granted
    False
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Literal

import attrs

from kommissorium.model._limits import count, ordinal, per_year, percent
from kommissorium.model.labels import LabelledEnum, labelled
from kommissorium.model.membership import Role, SeatBasis
from kommissorium.model.period import Period

__all__ = [
    "AimPoint",
    "Appointment",
    "AppointmentMethod",
    "ChairRule",
    "ChairRuleKind",
    "DecisionPowers",
    "Deliverable",
    "EstablishingDecision",
    "Function",
    "Involvement",
    "LegalBasis",
    "Mandate",
    "MeetingRules",
    "PayDecision",
    "PayKind",
    "PowerArea",
    "Reporting",
    "SeatRule",
    "SeatRuleKind",
    "StrategicAim",
    "Task",
    "Theme",
]


@attrs.frozen(kw_only=True)
class LegalBasis:
    """The legal provision a body is set up under.

    Attributes:
        law: Short name of the law (``"kommunestyrelsesloven"``).
        paragraph: The paragraph, such as ``"§ 17, stk. 4"``.
        consolidation: The consolidated act cited (``"LBK nr. 13 af 5. januar 2026"``), if any.
    """

    law: str = "kommunestyrelsesloven"
    paragraph: str = "§ 17, stk. 4"
    consolidation: str | None = None


@attrs.frozen(kw_only=True)
class EstablishingDecision:
    """The decision that set the committee up.

    Attributes:
        body: Id of the deciding body (for § 17, stk. 4: the council).
        date: Date of the decision, if known.
        agenda_ref: Agenda item or case number (``"punkt 12"``, ``"27.00.00-P05-1-16"``).
        text: What the decision said, in brief.
    """

    body: str
    date: date | None = None
    agenda_ref: str | None = None
    text: str | None = None


_FUNCTION_LABELS = {
    "specific-task": ("varetagelse af bestemte hverv", "a specific task"),
    "preparatory": ("forberedende funktioner", "preparatory functions"),
    "advisory": ("rådgivende funktioner", "advisory functions"),
}


@labelled(_FUNCTION_LABELS)
class Function(LabelledEnum):
    """The function a special committee is set up for (KSTL § 17, stk. 4, 1. pkt.).

    Examples:
        >>> Function.SPECIFIC_TASK.label_da
        'varetagelse af bestemte hverv'
    """

    SPECIFIC_TASK = "specific-task"
    """Varetagelse af bestemte hverv."""
    PREPARATORY = "preparatory"
    """Forberedende funktioner."""
    ADVISORY = "advisory"
    """Rådgivende funktioner."""


@attrs.frozen(kw_only=True)
class Task:
    """A numbered task of the mandate.

    Attributes:
        number: The task's number in the kommissorium (1, 2, …).
        text: What the task is.
        title: A short title, if the document gives one.
    """

    number: int = attrs.field(validator=ordinal("a task number"))
    text: str
    title: str | None = None


@attrs.frozen(kw_only=True)
class Deliverable:
    """Something the committee must deliver.

    Attributes:
        id: Stable id.
        title: What is delivered.
        due: When it is due.
        tasks: Numbers of the tasks it answers.
        to: Ids of the bodies it goes to.
    """

    id: str
    title: str
    due: Period | None = None
    tasks: tuple[int, ...] = attrs.field(default=(), validator=ordinal("a task number"))
    to: tuple[str, ...] = ()


_SEAT_RULE_LABELS = {
    "one-from-each": ("medlem fra hvert af", "member from each of"),
    "members-of": ("medlemmerne af", "the members of"),
    "parties-not-represented": (
        "én repræsentant for hvert parti, der ikke er repræsenteret i",
        "one representative of each party not represented in",
    ),
    "position": ("indehaveren af stillingen", "the holder of the position"),
    "councillors": ("kommunalbestyrelsesmedlemmer", "councillors"),
    "other": ("andre medlemmer", "other members"),
}


@labelled(_SEAT_RULE_LABELS)
class SeatRuleKind(LabelledEnum):
    """The shapes of composition rule that kommissorier use."""

    ONE_FROM_EACH = "one-from-each"
    """``count`` member(s) from each of ``committees``.

    ("en politiker fra hvert af de fire udvalg")
    """
    MEMBERS_OF = "members-of"
    """All members of the committee in ``committees``.

    ("medlemmer fra Udvalget for Social Omsorg")
    """
    PARTIES_NOT_REPRESENTED = "parties-not-represented"
    """One representative of each council party not represented in ``committees``."""
    POSITION = "position"
    """The holder of a named position (``"borgmester"``, ``"kommunaldirektør"``)."""
    COUNCILLORS = "councillors"
    """``count`` councillors elected by the council (or up to ``count`` if ``optional``)."""
    OTHER = "other"
    """Anything else, described in ``text`` with an optional ``count``."""


@attrs.frozen(kw_only=True)
class SeatRule:
    """One composition rule of the mandate.

    Memberships say which rule they fill through :attr:`Membership.seat`.

    Attributes:
        id: Stable id.
        kind: Shape of the rule.
        committees: Committee ids the rule refers to.
        count: Seats per committee (``one-from-each``) or in all (``councillors``, ``other``).
        position: The named position (``position`` rules).
        role: The role the seat carries.
        basis: On what basis the seat is held.
        optional: Whether the seat may stay empty (``"mulighed for, at enkelte øvrige
            politikere kan få plads"``).
        text: The rule as the document words it.
    """

    id: str
    kind: SeatRuleKind
    committees: tuple[str, ...] = ()
    count: int | None = attrs.field(default=None, validator=count("a number of seats", low=1))
    position: str | None = None
    role: Role = Role.MEMBER
    basis: SeatBasis | None = None
    optional: bool = False
    text: str | None = None

    @property
    def expected_seats(self) -> int | None:
        """Seats the rule creates, where that follows from the rule alone.

        ``members-of`` and ``parties-not-represented`` depend on the council roster, so they
        return ``None``.
        """
        if self.kind is SeatRuleKind.ONE_FROM_EACH:
            return (self.count or 1) * len(self.committees)
        if self.kind is SeatRuleKind.POSITION:
            return self.count or 1
        if self.kind in (SeatRuleKind.COUNCILLORS, SeatRuleKind.OTHER):
            return self.count
        return None

    def describe(
        self,
        *,
        lang: Literal["da", "en"] = "da",
        body_name: Callable[[str], str] | None = None,
    ) -> str:
        """The rule in words, built from its data (not from :attr:`text`).

        Args:
            lang: ``"da"`` or ``"en"``.
            body_name: Turns a committee id into its name; by default the id is shown.

        Returns:
            One line such as ``"indehaveren af stillingen: borgmester (født medlem)"``.

        Examples:
            >>> SeatRule(id="bm", kind=SeatRuleKind.POSITION, position="borgmester",
            ...          basis=SeatBasis.BORN).describe()
            'indehaveren af stillingen: borgmester (født medlem)'
            >>> names = {"so": "Udvalget for Social Omsorg", "l": "Udvalget for Læring"}.get
            >>> SeatRule(id="x", kind=SeatRuleKind.ONE_FROM_EACH, committees=("so", "l"),
            ...          count=2).describe(lang="en", body_name=lambda c: names(c, c))
            '2 × member from each of: Udvalget for Social Omsorg, Udvalget for Læring'
            >>> SeatRule(id="x", kind=SeatRuleKind.COUNCILLORS, count=2, optional=True,
            ...          role=Role.OBSERVER).describe()
            'op til 2 × kommunalbestyrelsesmedlemmer (tilforordnet, valgfri)'
        """
        name = body_name or (lambda ref: ref)
        text = self.kind.label(lang)
        if self.committees:
            text += ": " + ", ".join(name(ref) for ref in self.committees)
        if self.position:
            text += f": {self.position}"
        shown_count = self.count is not None and (
            self.kind is not SeatRuleKind.PARTIES_NOT_REPRESENTED or self.count != 1
        )
        if shown_count and not (self.kind is SeatRuleKind.POSITION and self.count == 1):
            prefix = ("op til " if lang == "da" else "up to ") if self.optional else ""
            text = f"{prefix}{self.count} × {text}"
        notes = []
        if self.role is not Role.MEMBER:
            notes.append(self.role.label(lang))
        if self.basis is not None and not (
            self.basis is SeatBasis.ELECTED and self.kind is not SeatRuleKind.POSITION
        ):
            notes.append(self.basis.label(lang))
        if self.optional:
            notes.append("valgfri" if lang == "da" else "optional")
        return f"{text} ({', '.join(notes)})" if notes else text


_APPOINTMENT_METHOD_LABELS = {
    "proportional": ("forholdstalsvalg", "proportional election"),
    "agreed": (
        "aftalt sammensætning (enstemmig beslutning)",
        "agreed composition (unanimous decision)",
    ),
    "designated-by-bodies": ("udpeget af andre organer", "designated by other bodies"),
}


@labelled(_APPOINTMENT_METHOD_LABELS)
class AppointmentMethod(LabelledEnum):
    """How the council fills the committee's elected seats (KSTL §§ 24–26)."""

    PROPORTIONAL = "proportional"
    """Forholdstalsvalg (d'Hondt) among the council's groups, one election per committee."""
    AGREED = "agreed"
    """A composition the council agreed on instead of a proportional election, such as one seat
    per party or seats designated by other bodies; lawful only by a unanimous decision."""
    DESIGNATED_BY_BODIES = "designated-by-bodies"
    """Other bodies (standing committees, the group leaders) designate the members."""


@attrs.frozen(kw_only=True)
class Appointment:
    """How the members are appointed, and whether the council's decision was unanimous.

    Departing from proportional election needs a unanimous council (IM resumé 01.1.6); ex officio
    and born seats and qualification requirements need only a majority.

    Attributes:
        method: How the elected seats are filled.
        unanimous: Whether the council's decision on the method was unanimous; ``None`` when the
            file does not say.
        decided_on: Date of that decision, if known.
        text: The decision as written.

    Examples:
        >>> Appointment().method.value
        'proportional'
    """

    method: AppointmentMethod = AppointmentMethod.PROPORTIONAL
    unanimous: bool | None = None
    decided_on: date | None = None
    text: str | None = None


_CHAIR_RULE_LABELS = {
    "named": ("navngivet formand", "named chair"),
    "chair-of": ("formanden for", "the chair of"),
    "position": ("indehaveren af stillingen", "the holder of the position"),
    "elected-by-committee": (
        "udvalget vælger selv sin formand",
        "the committee elects its own chair",
    ),
    "appointed-by-council": (
        "kommunalbestyrelsen udpeger formanden",
        "the council appoints the chair",
    ),
}


@labelled(_CHAIR_RULE_LABELS)
class ChairRuleKind(LabelledEnum):
    """How the chair is found.

    Examples:
        >>> ChairRuleKind.CHAIR_OF.label("da")
        'formanden for'
    """

    NAMED = "named"
    """A named person is chair."""
    CHAIR_OF = "chair-of"
    """The chair of another committee is chair."""
    POSITION = "position"
    """The holder of a named position is chair."""
    ELECTED_BY_COMMITTEE = "elected-by-committee"
    """The committee elects its own chair (KSTL § 22, stk. 1 as default)."""
    APPOINTED_BY_COUNCIL = "appointed-by-council"
    """The council appoints the chair."""


@attrs.frozen(kw_only=True)
class ChairRule:
    """Who chairs the committee.

    Attributes:
        kind: How the chair is found.
        person: The named chair (``named``).
        committee: The committee whose chair chairs this one (``chair-of``).
        position: The position whose holder chairs (``position``).
        text: The rule as the document words it.
    """

    kind: ChairRuleKind
    person: str | None = None
    committee: str | None = None
    position: str | None = None
    text: str | None = None


_POWER_AREA_LABELS = {
    "immediate-administration": ("den umiddelbare forvaltning", "immediate administration"),
    "finance-committee-tasks": ("økonomiudvalgets opgaver", "the finance committee's tasks"),
    "appropriations": ("bevillinger", "appropriations"),
    "public-authority": ("myndighedsudøvelse", "exercise of public authority"),
    "general-administration": (
        "almindelige administrerende funktioner",
        "general administrative functions",
    ),
}


@labelled(_POWER_AREA_LABELS)
class PowerArea(LabelledEnum):
    """Areas of decision power the law keeps from special committees."""

    IMMEDIATE_ADMINISTRATION = "immediate-administration"
    """Den umiddelbare forvaltning (KSTL § 17, stk. 1)."""
    FINANCE_COMMITTEE_TASKS = "finance-committee-tasks"
    """ØU's reserved tasks (KSTL § 18, stk. 3)."""
    APPROPRIATIONS = "appropriations"
    """Bevillinger (appropriations)."""
    PUBLIC_AUTHORITY = "public-authority"
    """Myndighedsudøvelse (binding decisions towards citizens)."""
    GENERAL_ADMINISTRATION = "general-administration"
    """Almindelige administrerende funktioner."""


@attrs.frozen(kw_only=True)
class DecisionPowers:
    """What the committee may decide itself. By default nothing.

    Attributes:
        granted: Whether any decision power is given.
        scope: The area the power covers, in words.
        areas: Which legally restricted areas the power touches.
        temporary: Whether the power is of a temporary character.
        text: The clause as the document words it.
    """

    granted: bool = False
    scope: str | None = None
    areas: tuple[PowerArea, ...] = ()
    temporary: bool | None = None
    text: str | None = None


@attrs.frozen(kw_only=True)
class Reporting:
    """To whom and how often the committee reports.

    Attributes:
        to: Ids of the bodies reported to.
        times_per_year: How often, when the mandate fixes a number.
        text: The clause as written ("med passende mellemrum").
    """

    to: tuple[str, ...] = ()
    times_per_year: int | None = attrs.field(
        default=None, validator=per_year("a number of reports a year")
    )
    text: str | None = None


@attrs.frozen(kw_only=True)
class MeetingRules:
    """The committee's working rules for meetings.

    Attributes:
        public: Whether meetings are open; ``None`` when the mandate is silent.
        plan_set_by: Who sets the meeting plan: ``"committee"``, ``"chair"``, ``"council"``.
        meetings_per_year: Planned number of meetings, if fixed.
        rules_of_procedure: Reference to rules of procedure (forretningsorden).
        text: The clause as written.
    """

    public: bool | None = None
    plan_set_by: str | None = None
    meetings_per_year: int | None = attrs.field(
        default=None, validator=per_year("a number of meetings a year")
    )
    rules_of_procedure: str | None = None
    text: str | None = None


_PAY_KIND_LABELS = {
    "committee-pay": ("udvalgsvederlag", "committee pay"),
    "chair-fee": ("formandsvederlag", "chair's fee"),
    "vice-chair-fee": ("næstformandsvederlag", "vice-chair's fee"),
    "daily-allowance": ("diæter", "daily allowance"),
    "lost-earnings": ("erstatning for tabt arbejdsfortjeneste", "compensation for lost earnings"),
    "special-fee": ("særligt honorar", "special fee"),
    "none": ("intet vederlag", "no pay"),
}


@labelled(_PAY_KIND_LABELS)
class PayKind(LabelledEnum):
    """Kinds of pay a council can decide for a special committee."""

    COMMITTEE_PAY = "committee-pay"
    """Udvalgsvederlag to councillor members (vederlagsbekendtgørelsen § 7, stk. 1)."""
    CHAIR_FEE = "chair-fee"
    """Formandsvederlag (§ 7, stk. 3)."""
    VICE_CHAIR_FEE = "vice-chair-fee"
    """Næstformandsvederlag (§ 7, stk. 3)."""
    DAILY_ALLOWANCE = "daily-allowance"
    """Diæter to non-councillors (KSTL § 16 a, stk. 1)."""
    LOST_EARNINGS = "lost-earnings"
    """Erstatning for tabt arbejdsfortjeneste (KSTL § 16 a, stk. 1)."""
    SPECIAL_FEE = "special-fee"
    """Særligt honorar (KSTL § 16 a, stk. 5)."""
    NONE = "none"
    """No pay."""


@attrs.frozen(kw_only=True)
class PayDecision:
    """A pay decision for the committee.

    Attributes:
        kind: Kind of pay.
        recipients: Person ids, or a role name such as ``"chair"``; empty for all members.
        percent_of_mayor: The amount as a percentage of the mayor's pay, when given.
        decided_on: When the council decided it.
        text: The decision as written.
    """

    kind: PayKind
    recipients: tuple[str, ...] = ()
    percent_of_mayor: float | None = attrs.field(
        default=None, validator=percent("a percentage of the mayor's pay")
    )
    decided_on: date | None = None
    text: str | None = None


@attrs.frozen
class AimPoint:
    """One point of a strategic aim, possibly with sub-points.

    Attributes:
        text: The point.
        points: Sub-points.
    """

    text: str
    points: tuple[AimPoint, ...] = ()


@attrs.frozen(kw_only=True)
class StrategicAim:
    """A pejlemærke or strategisk sigtepunkt.

    Attributes:
        id: Stable id.
        title: Name of the aim or perspective (``"Velfærdsperspektivet"``).
        perspective: The perspective it belongs to, if the document groups aims that way.
        points: The aim's points.
        source: Whose aim it is (``"Kommunalbestyrelsen"``), if it is not the committee's own.
    """

    id: str
    title: str
    perspective: str | None = None
    points: tuple[AimPoint, ...] = ()
    source: str | None = None


@attrs.frozen(kw_only=True)
class Theme:
    """A theme (tematik) of the committee's work.

    Attributes:
        id: Stable id.
        title: The theme's title.
        description: What it covers.
    """

    id: str
    title: str
    description: str | None = None


@attrs.frozen(kw_only=True)
class Involvement:
    """Whom the mandate says should be involved in a phase.

    Attributes:
        phase: Id of the phase; ``None`` for the whole work.
        stakeholders: Ids of stakeholders that must take part.
        sectors: Sectors that must be represented.
        text: The passage as written ("NGO'er, lokalråd og eventuelle andre relevante aktører").
    """

    phase: str | None = None
    stakeholders: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    text: str | None = None


@attrs.frozen(kw_only=True)
class Mandate:
    """A committee's kommissorium.

    Attributes:
        legal_basis: The provision the committee is set up under.
        established_by: The establishing decision.
        purpose: Why the committee exists.
        function: Specific task, preparatory or advisory.
        serves: Ids of the bodies served (council, ØU, standing committees).
        tasks: Numbered tasks.
        deliverables: What must be delivered, when.
        composition: Composition rules.
        composition_text: The composition as the document words it.
        appointment: How the elected seats are filled (proportional election unless the
            council unanimously decided otherwise); ``None`` when the file does not say.
        chair: How the chair is found.
        secretariat: The department that serves the committee.
        secretary_position: The position that acts as secretary (``"chefen for Social Omsorg"``).
        term: The term: start and end, with the text it was given in.
        end_condition: What ends the committee when no end date is set (or in addition).
        powers: Decision powers; none by default.
        reporting: Reporting line and frequency.
        meetings: Meeting rules.
        pay: Pay decisions.
        aims: Strategic aims (pejlemærker, sigtepunkter).
        themes: Themes of the work.
        invites: Who the committee is expected to invite (free text), such as
            ``"relevante medarbejdere, ledere og eksterne specialister"``.
        involve: Who the mandate says should be involved, per phase; used by the phase
            coverage analysis.
    """

    legal_basis: LegalBasis = attrs.Factory(LegalBasis)
    established_by: EstablishingDecision | None = None
    purpose: str | None = None
    function: Function | None = None
    serves: tuple[str, ...] = ()
    tasks: tuple[Task, ...] = ()
    deliverables: tuple[Deliverable, ...] = ()
    composition: tuple[SeatRule, ...] = ()
    composition_text: str | None = None
    appointment: Appointment | None = None
    chair: ChairRule | None = None
    secretariat: str | None = None
    secretary_position: str | None = None
    term: Period | None = None
    end_condition: str | None = None
    powers: DecisionPowers = attrs.Factory(DecisionPowers)
    reporting: Reporting | None = None
    meetings: MeetingRules | None = None
    pay: tuple[PayDecision, ...] = ()
    aims: tuple[StrategicAim, ...] = ()
    themes: tuple[Theme, ...] = ()
    invites: str | None = None
    involve: tuple[Involvement, ...] = ()
