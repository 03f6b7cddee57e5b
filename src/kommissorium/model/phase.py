"""Phases, milestones and the phase plan.

Examples:
    >>> from datetime import date
    >>> p1 = Phase(id="p1", title="Konstituering",
    ...            period=Period(date(2024, 1, 1), date(2024, 3, 31)))
    >>> plan = PhasePlan(phases=(p1,))
    >>> plan.phase("p1").title
    'Konstituering'
    >>> plan.span == Period(date(2024, 1, 1), date(2024, 3, 31))
    True
"""

from __future__ import annotations

from datetime import date

import attrs

from kommissorium.model.labels import LabelledEnum, labelled
from kommissorium.model.period import Period

__all__ = ["Milestone", "MilestoneKind", "Phase", "PhasePlan"]


@attrs.frozen(kw_only=True)
class Phase:
    """One phase of the committee's work.

    Attributes:
        id: Stable id.
        title: What the phase is about.
        period: When it runs (inclusive).
        theme: Id of the mandate theme the phase works on, if any.
        aims: Ids of strategic aims the phase supports.
        participants: Ids of stakeholders or people invited to this phase.
        deliverables: Ids of mandate deliverables produced in the phase.
        description: Free text.
    """

    id: str
    title: str
    period: Period
    theme: str | None = None
    aims: tuple[str, ...] = ()
    participants: tuple[str, ...] = ()
    deliverables: tuple[str, ...] = ()
    description: str | None = None


_MILESTONE_KIND_LABELS = {
    "milestone": ("milepæl", "milestone"),
    "deadline": ("frist", "deadline"),
    "report": ("afrapportering", "report"),
    "decision": ("beslutning", "decision"),
    "meeting": ("møde", "meeting"),
}


@labelled(_MILESTONE_KIND_LABELS)
class MilestoneKind(LabelledEnum):
    """What a milestone marks."""

    MILESTONE = "milestone"
    DEADLINE = "deadline"
    REPORT = "report"
    """A report (afrapportering, status) to a body."""
    DECISION = "decision"
    """A decision in a body."""
    MEETING = "meeting"
    """A one-off meeting such as a dialogue meeting or theme day."""


@attrs.frozen(kw_only=True)
class Milestone:
    """A dated point in the plan.

    Attributes:
        id: Stable id.
        title: What happens.
        date: The day (or first day) it happens.
        period: The range when the document gives one ("ultimo november"), else ``None``.
        kind: What it marks.
        bodies: Ids of the bodies involved.
        description: Free text.
    """

    id: str
    title: str
    date: date
    period: Period | None = None
    kind: MilestoneKind = MilestoneKind.MILESTONE
    bodies: tuple[str, ...] = ()
    description: str | None = None


@attrs.frozen(kw_only=True)
class PhasePlan:
    """The ordered phases and milestones of a committee's work.

    Attributes:
        phases: Phases in plan order.
        milestones: Milestones in date order.
    """

    phases: tuple[Phase, ...] = ()
    milestones: tuple[Milestone, ...] = ()

    def phase(self, phase_id: str) -> Phase:
        """The phase with this id.

        Raises:
            KeyError: There is no such phase.
        """
        for phase in self.phases:
            if phase.id == phase_id:
                return phase
        raise KeyError(phase_id)

    @property
    def span(self) -> Period | None:
        """From the first phase's start to the last phase's end, or ``None`` without phases."""
        if not self.phases:
            return None
        start = min(p.period.start for p in self.phases)
        ends = [p.period.end for p in self.phases]
        end = None if any(e is None for e in ends) else max(e for e in ends if e is not None)
        return Period(start, end)
