"""Cases, their route through the bodies (sagsgang) and hearings (høringer).

A :class:`Case` is a matter with a case number (``"23/2079"``) that passes an ordered series
of bodies — the *sagsgang*, for example VPU → ØU → KB. Each :class:`RouteStep` names the body,
its role (OParl's consultation roles: hearing, preliminary treatment, decision, information),
when it is planned or took place, the recommendation (indstilling) put to it and the decision
record it produced. A :class:`Hearing` lists the bodies asked, the deadline and their answers.

Examples:
    >>> case = Case(id="strategi", number="23/2079", title="Strategi", route=(
    ...     RouteStep(body="vpu", role=ConsultationRole.PRELIMINARY),
    ...     RouteStep(body="ou", role=ConsultationRole.PRELIMINARY),
    ...     RouteStep(body="kb", role=ConsultationRole.DECISION),
    ... ))
    >>> [s.body for s in case.route], case.deciding_body
    (['vpu', 'ou', 'kb'], 'kb')
    >>> ConsultationRole.DECISION.label_da
    'beslutning'
"""

from __future__ import annotations

from datetime import date

import attrs

from kommissorium.model.labels import LabelledEnum, labelled
from kommissorium.model.outcome import Outcome
from kommissorium.model.period import Period

__all__ = [
    "Case",
    "ConsultationRole",
    "Hearing",
    "HearingAnswer",
    "HearingPosition",
    "Proposal",
    "RouteStep",
]

_ROLE_LABELS = {
    "hearing": ("høring", "hearing"),
    "preliminary": ("forberedende behandling", "preliminary treatment"),
    "decision": ("beslutning", "decision"),
    "information": ("orientering", "for information"),
}


@labelled(_ROLE_LABELS)
class ConsultationRole(LabelledEnum):
    """What a body does with a case on its route (after OParl's ``Consultation.role``)."""

    HEARING = "hearing"
    """Høring: the body is asked for its view."""
    PRELIMINARY = "preliminary"
    """Forberedende behandling: the body treats the case and recommends (indstiller)."""
    DECISION = "decision"
    """Beslutning: the body decides."""
    INFORMATION = "information"
    """Orientering: the body is informed."""


@attrs.frozen(kw_only=True)
class Proposal:
    """A recommendation put to a body (indstilling), point by point.

    Attributes:
        proposer: Who proposes, as the minutes name the position (``"Socialchefen"``);
            ``None`` when the indstilling names nobody ("Det indstilles, at …").
        person: Id of the person holding that position, if known.
        points: The numbered points, as worded (point 1 first).
        text: The lead-in as worded, if it differs from the usual
            ``"<proposer> indstiller, at:"``.
    """

    proposer: str | None = None
    person: str | None = None
    points: tuple[str, ...] = ()
    text: str | None = None


@attrs.frozen(kw_only=True)
class RouteStep:
    """One body on a case's route.

    Attributes:
        body: Id of the body.
        role: What the body does with the case.
        planned: When the treatment is planned (``"sidst på efteråret 2023"``).
        date: When the body treated the case, if it has.
        proposal: The indstilling put to the body.
        decision: Id of the decision record the body made, if any.
        recommends: The outcome the body recommends to the next body on the route
            ("anbefalet af Økonomiudvalget": ``approved``), when it recommends one. It is kept
            apart from the decision, the way OpenSlides keeps a motion's recommendation apart
            from its state: ØU may recommend approval and the council still reject.
        note: Free text.
    """

    body: str
    role: ConsultationRole = ConsultationRole.PRELIMINARY
    planned: Period | None = None
    date: date | None = None
    proposal: Proposal | None = None
    decision: str | None = None
    recommends: Outcome | None = None
    note: str | None = None


@attrs.frozen(kw_only=True)
class Case:
    """A case (sag) with its number and route.

    Attributes:
        id: Stable id.
        title: The case title as on the agenda.
        number: The case number (``"23/2079"``); its format is the municipality's.
        public: Whether the case is open (``"Åben sag"``) or closed (``"Lukket sag"``).
        route: The bodies the case passes, in order (sagsgang).
        recommendations: Ids of the recommendations the case carries.
        description: Free text.
    """

    id: str
    title: str
    number: str | None = None
    public: bool = True
    route: tuple[RouteStep, ...] = ()
    recommendations: tuple[str, ...] = ()
    description: str | None = None

    @property
    def deciding_body(self) -> str | None:
        """The last body on the route with the decision role, or ``None``."""
        for step in reversed(self.route):
            if step.role is ConsultationRole.DECISION:
                return step.body
        return None


_HEARING_POSITION_LABELS = {
    "supports": ("støtter", "supports"),
    "supports-with-remarks": ("støtter med bemærkninger", "supports with remarks"),
    "objects": ("er imod", "objects"),
    "no-remarks": ("ingen bemærkninger", "no remarks"),
    "other": ("andet", "other"),
}


@labelled(_HEARING_POSITION_LABELS)
class HearingPosition(LabelledEnum):
    """The gist of a hearing answer."""

    SUPPORTS = "supports"
    """Støtter forslaget."""
    SUPPORTS_WITH_REMARKS = "supports-with-remarks"
    """Støtter med bemærkninger."""
    OBJECTS = "objects"
    """Er imod."""
    NO_REMARKS = "no-remarks"
    """Ingen bemærkninger."""
    OTHER = "other"


@attrs.frozen(kw_only=True)
class HearingAnswer:
    """A body's answer in a hearing (høringssvar).

    Attributes:
        body: Id of the body that answered.
        date: When it answered.
        position: The gist, if stated.
        text: The answer or a summary.
    """

    body: str
    date: date | None = None
    position: HearingPosition | None = None
    text: str | None = None


@attrs.frozen(kw_only=True)
class Hearing:
    """A hearing (høring) of several bodies.

    Attributes:
        id: Stable id.
        title: What is sent in hearing.
        kind: The kind of hearing as named (``"administrativ høring"``).
        case: Id of the case, if any.
        bodies: Ids of the bodies asked.
        deadline: The answer deadline (høringsfrist), if set.
        period: When the hearing runs, when the source gives a period rather than a deadline.
        recommendations: Ids of the recommendations in hearing.
        answers: The answers received.
        note: Free text.
    """

    id: str
    title: str
    kind: str | None = None
    case: str | None = None
    bodies: tuple[str, ...] = ()
    deadline: date | None = None
    period: Period | None = None
    recommendations: tuple[str, ...] = ()
    answers: tuple[HearingAnswer, ...] = ()
    note: str | None = None

    def missing_answers(self, *, on: date | None = None) -> tuple[str, ...]:
        """Ids of the bodies asked that have not answered, in the order asked.

        Args:
            on: Count only answers that had come by this day: an answer dated after it is
                missing (an undated answer counts). ``None`` counts every answer.

        Examples:
            >>> h = Hearing(id="h", title="Strategi", bodies=("hr", "omu"),
            ...             answers=(HearingAnswer(body="omu", date=date(2023, 11, 10)),))
            >>> h.missing_answers()
            ('hr',)
            >>> h.missing_answers(on=date(2023, 11, 9))
            ('hr', 'omu')
        """
        answered = {a.body for a in self.answers if on is None or a.date is None or a.date <= on}
        return tuple(b for b in self.bodies if b not in answered)
