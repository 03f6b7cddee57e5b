"""Recommendations (anbefalinger, indstillinger), their history and their follow-up.

A :class:`Recommendation` answers a task of the mandate, is proposed by a body, is addressed
to one or more bodies, says what to do or what *not* to do (:class:`Polarity`), and moves
through a :class:`~kommissorium.model.workflow.Workflow`. Every move is recorded as a
:class:`StateChange` (from, to, date, acting body, note); :func:`move` is a pure function
that returns a new recommendation with the change appended. There is no clock: the date and
the acting body are parameters.

Follow-up after a decision (Decidim's accountability component is the model: a status with a
progress percentage and dated milestones) is a :class:`FollowUp`.

Examples:
    >>> from datetime import date
    >>> from kommissorium.model.workflow import danish_default_workflow
    >>> wf = danish_default_workflow()
    >>> r = Recommendation(id="2.6", text="at der ikke laves en politik for udsatte",
    ...                    polarity=Polarity.DO_NOT, addressees=("byraadet",))
    >>> r = move(r, wf, "proposed", on=date(2021, 4, 30), body="arbejdsgruppe")
    >>> r.state, [(c.source, c.target) for c in r.history]
    ('proposed', [('draft', 'proposed')])
    >>> replay(r.history, wf) == r.state
    True
    >>> try:
    ...     move(r, wf, "evaluated", on=date(2021, 5, 1))
    ... except TransitionError as exc:
    ...     print(exc)
    2.6: cannot move from 'proposed' to 'evaluated'; allowed: in-hearing, considered, draft, ...
"""

from __future__ import annotations

from datetime import date

import attrs

from kommissorium.errors import ModelError, TransitionError
from kommissorium.model._limits import ordinal, shown
from kommissorium.model.committee import CommitteeKind
from kommissorium.model.labels import LabelledEnum, labelled
from kommissorium.model.period import Period
from kommissorium.model.workflow import DEFAULT_WORKFLOW_ID, Workflow

__all__ = [
    "FollowUp",
    "FollowUpMilestone",
    "PointAddressees",
    "Polarity",
    "Recommendation",
    "StateChange",
    "move",
    "replay",
    "state_on",
]


_POLARITY_LABELS = {"do": ("gør", "do"), "do-not": ("gør ikke", "do not")}


@labelled(_POLARITY_LABELS)
class Polarity(LabelledEnum):
    """Whether a recommendation asks for something to be done or not done."""

    DO = "do"
    """``at der …`` — do something."""
    DO_NOT = "do-not"
    """``at der ikke …`` — do not do something (``"at der ikke laves et råd for udsatte"``)."""


@attrs.frozen(kw_only=True)
class StateChange:
    """One move in a recommendation's history.

    Attributes:
        source: The state before; ``None`` only for the first entry of a history that starts
            after the workflow's initial state because the earlier moves are not recorded.
        target: The state after.
        date: When the move was made; ``None`` when the source gives no date.
        body: Id of the body that made the move, if known.
        note: Free text (where the move is recorded, what was said).
    """

    source: str | None = None
    target: str
    date: date | None = None
    body: str | None = None
    note: str | None = None


@attrs.frozen(kw_only=True)
class FollowUpMilestone:
    """A dated step in carrying out a recommendation.

    Attributes:
        id: Stable id, unique within the follow-up.
        title: What is to happen.
        due: When it is due (inclusive period; the end is the deadline).
        done: When it was done, or ``None``.
        note: Free text.
    """

    id: str
    title: str
    due: Period | None = None
    done: date | None = None
    note: str | None = None

    def overdue_on(self, day: date) -> bool:
        """Whether the milestone is not done and its deadline lies before ``day``.

        Examples:
            >>> m = FollowUpMilestone(id="m", title="Status",
            ...                       due=Period(date(2024, 1, 1), date(2024, 6, 30)))
            >>> m.overdue_on(date(2024, 6, 30)), m.overdue_on(date(2024, 7, 1))
            (False, True)
        """
        if self.done is not None and self.done <= day:
            return False
        return self.due is not None and self.due.end is not None and self.due.end < day


def _percent(instance: FollowUp, attribute: attrs.Attribute[object], value: int | None) -> None:
    if value is not None and not 0 <= value <= 100:
        raise ModelError(
            f"progress must be between 0 and 100 %, got {value}",
            field="progress",
            expected="a progress in percent from 0 to 100",
            got=shown(value),
        )


@attrs.frozen(kw_only=True)
class FollowUp:
    """Implementation follow-up of a recommendation (opfølgning).

    Attributes:
        status: The implementation status in words (``"i gang"``), if the source gives one.
        progress: Progress in percent (0–100), if known.
        due: When implementation should be complete.
        responsible: Id of the body responsible for carrying it out.
        milestones: Dated steps.
        note: Free text.
    """

    status: str | None = None
    progress: int | None = attrs.field(default=None, validator=_percent)  # type: ignore[misc]
    due: Period | None = None
    responsible: str | None = None
    milestones: tuple[FollowUpMilestone, ...] = ()
    note: str | None = None


@attrs.frozen(kw_only=True)
class PointAddressees:
    """The bodies one sub-point of a recommendation is addressed to, where they differ.

    Seed 003's recommendation 5.4 is addressed to three committees, but its points 1 and 2 to
    the culture, health and employment committee alone.

    Attributes:
        point: The sub-point's number, counted from 1 in :attr:`Recommendation.points`.
        addressees: Ids of the bodies that sub-point is addressed to.

    Examples:
        >>> PointAddressees(point=1, addressees=("ksb",)).addressees
        ('ksb',)
    """

    point: int = attrs.field(validator=ordinal("a point number"))
    addressees: tuple[str, ...]


@attrs.frozen(kw_only=True)
class Recommendation:
    """A recommendation (anbefaling) and where it stands.

    Attributes:
        id: Stable id (``"2.6"``: task 2, sixth recommendation).
        text: The recommendation as worded.
        task: Number of the mandate task it answers, if any.
        proposed_by: Id of the body that proposes it, or of a stakeholder (an outside
            consultancy such as Komponent in seed 002).
        addressees: Ids of the bodies it is addressed to.
        polarity: Do or do not.
        points: Sub-points, as worded.
        point_addressees: Addressees of single sub-points where they differ from
            :attr:`addressees` (the others are addressed as the whole recommendation).
        target_groups: The target groups it names (``"16-29-årige"``).
        stakeholders: Ids of stakeholders it mentions.
        workflow: Id of the workflow it follows; ``None`` means the Danish default.
        state: Current state (a state id of the workflow).
        history: Every recorded move, oldest first.
        follow_up: Implementation follow-up.
        note: Free text.
    """

    id: str
    text: str
    task: int | None = attrs.field(default=None, validator=ordinal("a task number"))
    proposed_by: str | None = None
    addressees: tuple[str, ...] = ()
    polarity: Polarity = Polarity.DO
    points: tuple[str, ...] = ()
    point_addressees: tuple[PointAddressees, ...] = ()
    target_groups: tuple[str, ...] = ()
    stakeholders: tuple[str, ...] = ()
    workflow: str | None = None
    state: str = "draft"
    history: tuple[StateChange, ...] = ()
    follow_up: FollowUp | None = None
    note: str | None = None

    def addressees_of_point(self, number: int) -> tuple[str, ...]:
        """The bodies sub-point ``number`` (from 1) is addressed to.

        Examples:
            >>> r = Recommendation(id="5.4", text="…", addressees=("su", "ksb"),
            ...     points=("a", "b"), point_addressees=(PointAddressees(point=1,
            ...     addressees=("ksb",)),))
            >>> r.addressees_of_point(1), r.addressees_of_point(2)
            (('ksb',), ('su', 'ksb'))
        """
        for entry in self.point_addressees:
            if entry.point == number:
                return entry.addressees
        return self.addressees

    @property
    def workflow_id(self) -> str:
        """The workflow id, with the default filled in."""
        return self.workflow or DEFAULT_WORKFLOW_ID

    @property
    def decided_on(self) -> date | None:
        """Date of the last recorded move, if it has one."""
        for change in reversed(self.history):
            if change.date is not None:
                return change.date
        return None


def move(
    recommendation: Recommendation,
    workflow: Workflow,
    to: str,
    *,
    on: date,
    body: str | None = None,
    body_kind: CommitteeKind | None = None,
    note: str | None = None,
) -> Recommendation:
    """Move a recommendation to another state, returning a new recommendation.

    Args:
        recommendation: The recommendation to move.
        workflow: The workflow it follows.
        to: The target state.
        on: The day of the move.
        body: Id of the body that makes the move.
        body_kind: That body's kind (needed for moves limited to kinds of body).
        note: Free text for the history.

    Returns:
        A copy in state ``to`` with the move appended to its history. A recommendation with
        no history that is not in the initial state first gets an undated entry without a
        source (its earlier moves are not recorded), so that the history still replays.

    Raises:
        TransitionError: The workflow does not allow the move (the message names the
            recommendation, both states and the allowed moves).
        BodyNotAllowedError: The move exists but the body may not make it.
    """
    workflow.check_move(recommendation.id, recommendation.state, to, body=body, body_kind=body_kind)
    change = StateChange(source=recommendation.state, target=to, date=on, body=body, note=note)
    history = recommendation.history
    if not history and recommendation.state != workflow.initial.id:
        # the earlier moves are not recorded: start the history at the current state
        history = (StateChange(source=None, target=recommendation.state),)
    return attrs.evolve(recommendation, state=to, history=(*history, change))


def replay(
    history: tuple[StateChange, ...], workflow: Workflow, *, subject: str | None = None
) -> str:
    """The state a history leads to, checking every move against the workflow's graph.

    A history starts at the workflow's initial state, or — when its first entry has no
    ``source`` — at that entry's target. Body permissions are not checked here (the record
    says who acted); :meth:`kommissorium.model.Dossier` checks them on construction, where the
    kinds of the bodies are known.

    Args:
        history: The moves, oldest first.
        workflow: The workflow they follow.
        subject: The recommendation id, for error messages (``"2.6 history[1]: …"``).

    Raises:
        TransitionError: A move in the history is not an edge of the workflow, or an entry's
            source is not the state the previous entry led to. The subject names the
            recommendation (when given) and the history entry.

    Examples:
        >>> from kommissorium.model.workflow import danish_default_workflow
        >>> wf = danish_default_workflow()
        >>> replay((StateChange(source=None, target="approved"),
        ...         StateChange(source="approved", target="in-implementation")), wf)
        'in-implementation'
        >>> replay((), wf)
        'draft'
        >>> try:
        ...     replay((StateChange(source="draft", target="approved"),), wf, subject="2.6")
        ... except TransitionError as exc:
        ...     print(exc)
        2.6 history[0]: cannot move from 'draft' to 'approved'; allowed: proposed, withdrawn
    """
    prefix = f"{subject} " if subject is not None else ""
    state = workflow.initial.id
    for index, change in enumerate(history):
        if change.source is None and index == 0:
            if not workflow.has_state(change.target):
                raise workflow.unknown_state_error(f"{prefix}history[0]", state, change.target)
            state = change.target
            continue
        source = change.source if change.source is not None else "?"
        if source != state or workflow.transition(state, change.target) is None:
            if source == state and not workflow.has_state(change.target):
                raise workflow.unknown_state_error(
                    f"{prefix}history[{index}]", state, change.target
                )
            raise TransitionError(
                f"{prefix}history[{index}]", source, change.target, workflow.targets(state)
            )
        state = change.target
    return state


def state_on(recommendation: Recommendation, workflow: Workflow, day: date) -> str:
    """The state a recommendation was in on ``day``, replaying its history up to that day.

    Moves dated after ``day`` do not count; a move dated ``day`` does. History is kept oldest
    first, so an undated move counts when a later move is dated on or before ``day``, and
    undated moves at the end of the history count as well (the file records them as made, and
    nothing says they came later). Before the first counted move the recommendation is in the
    source state of the first entry; when that entry has no source (the earlier moves are not
    recorded) it is taken to be the workflow's initial state. Without any history the recorded
    state is the answer.

    Args:
        recommendation: The recommendation.
        workflow: The workflow it follows.
        day: The day asked about.

    Returns:
        A state id of the workflow.

    Examples:
        >>> from kommissorium.model.workflow import danish_default_workflow
        >>> wf = danish_default_workflow()
        >>> r = Recommendation(id="r", text="at …", state="in-implementation", history=(
        ...     StateChange(target="approved", date=date(2022, 11, 15)),
        ...     StateChange(source="approved", target="in-implementation",
        ...                 date=date(2022, 11, 15))))
        >>> state_on(r, wf, date(2022, 11, 14)), state_on(r, wf, date(2022, 11, 15))
        ('draft', 'in-implementation')
    """
    history = recommendation.history
    if not history:
        return recommendation.state
    # the first move dated after ``day``: it and everything after it do not count
    cut = next((i for i, c in enumerate(history) if c.date is not None and c.date > day), None)
    if cut is None:
        return history[-1].target
    # before the cut, undated moves count only when a dated move follows them
    dated = [change for change in history[:cut] if change.date is not None]
    if dated:
        return dated[-1].target
    first = history[0]
    return first.source if first.source is not None else workflow.initial.id
