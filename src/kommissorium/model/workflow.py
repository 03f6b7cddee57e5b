"""Workflows: the states a recommendation passes through and the moves between them.

A :class:`Workflow` is a directed graph of :class:`WorkflowState` objects. Each state carries
flags (initial, final, approved, rejected, withdrawn) and Danish and English labels; each
:class:`Transition` is an allowed move, optionally limited to named bodies or kinds of body.
The design follows OpenSlides' motion workflows (states with flags and a next-state graph,
portable definitions keyed by state name) in our own code.

:func:`danish_default_workflow` gives the route a Danish municipal recommendation normally
takes (udkast → indstillet → i høring → behandlet i fagudvalget → anbefalet af ØU → godkendt /
forkastet / udsat / taget til efterretning → under implementering → implementeret → evalueret).
Other workflows are written in committee files (``[[workflows]]``) or in separate workflow
files (:func:`kommissorium.io.load_workflow`).

Examples:
    >>> wf = danish_default_workflow()
    >>> wf.initial.id, wf.state("noted").label_da
    ('draft', 'taget til efterretning')
    >>> wf.targets("considered")
    ('recommended-by-ou', 'approved', 'rejected', 'postponed', 'noted', 'in-hearing', 'withdrawn')
    >>> try:
    ...     wf.check_move("R1", "draft", "approved")
    ... except TransitionError as exc:
    ...     print(exc)
    R1: cannot move from 'draft' to 'approved'; allowed: proposed, withdrawn
"""

from __future__ import annotations

import functools

import attrs

from kommissorium.errors import BodyNotAllowedError, ModelError, TransitionError
from kommissorium.model.committee import CommitteeKind

__all__ = [
    "DEFAULT_WORKFLOW_ID",
    "Transition",
    "Workflow",
    "WorkflowState",
    "danish_default_workflow",
]

#: Id of the built-in Danish default workflow; recommendations without a workflow use it.
DEFAULT_WORKFLOW_ID = "dk-default"


@attrs.frozen(kw_only=True)
class WorkflowState:
    """One state of a workflow.

    Attributes:
        id: Name of the state, unique in the workflow (``"in-hearing"``).
        label_da: Danish label (``"i høring"``).
        label_en: English label (``"in hearing"``).
        initial: Whether new recommendations start here (exactly one state per workflow).
        final: Whether no move leads out of the state.
        approved: Whether the state means the recommendation was adopted.
        rejected: Whether the state means it was turned down.
        withdrawn: Whether the state means it was withdrawn by its proposer.
        description: What the state means.
    """

    id: str
    label_da: str
    label_en: str
    initial: bool = False
    final: bool = False
    approved: bool = False
    rejected: bool = False
    withdrawn: bool = False
    description: str | None = None

    def label(self, lang: str = "da") -> str:
        """The label in ``"da"`` or ``"en"``."""
        return self.label_en if lang == "en" else self.label_da


@attrs.frozen(kw_only=True)
class Transition:
    """An allowed move between two states.

    Attributes:
        source: The state the move starts from.
        target: The state the move leads to.
        bodies: Ids of the bodies that may make the move; with ``body_kinds`` empty too,
            anyone may.
        body_kinds: Kinds of body that may make the move.
        label_da: What the move is called in Danish (``"send i høring"``), if it has a name.
        label_en: What the move is called in English.
    """

    source: str
    target: str
    bodies: tuple[str, ...] = ()
    body_kinds: tuple[CommitteeKind, ...] = ()
    label_da: str | None = None
    label_en: str | None = None

    @property
    def restricted(self) -> bool:
        """Whether only some bodies may make the move."""
        return bool(self.bodies or self.body_kinds)

    @property
    def permitted(self) -> tuple[str, ...]:
        """Ids and kinds of the bodies that may make the move (empty: anyone may).

        Examples:
            >>> Transition(source="a", target="b", bodies=("kb",),
            ...            body_kinds=(CommitteeKind.STANDING,)).permitted
            ('kb', 'standing')
        """
        return (*self.bodies, *(k.value for k in self.body_kinds))

    def permits(self, body: str | None, body_kind: CommitteeKind | None) -> bool:
        """Whether a body (with its kind, if known) may make the move.

        Examples:
            >>> t = Transition(source="a", target="b", body_kinds=(CommitteeKind.COUNCIL,))
            >>> t.permits("kb", CommitteeKind.COUNCIL), t.permits("vpu", CommitteeKind.STANDING)
            (True, False)
            >>> t.permits(None, None)
            False
        """
        if not self.restricted:
            return True
        if body is not None and body in self.bodies:
            return True
        return body_kind is not None and body_kind in self.body_kinds


@attrs.frozen(kw_only=True)
class Workflow:
    """A set of states and the allowed moves between them.

    Construction refuses a workflow that cannot work: duplicate state ids, not exactly one
    initial state, a move that names an unknown state, a move out of a final state, or the
    same move listed twice.

    Attributes:
        id: Stable id that recommendations refer to.
        name: Readable name.
        states: The states, in display order.
        transitions: The allowed moves, in display order.
        description: What the workflow is for.
    """

    id: str
    name: str
    states: tuple[WorkflowState, ...]
    transitions: tuple[Transition, ...] = ()
    description: str | None = None

    def __attrs_post_init__(self) -> None:
        ids = [s.id for s in self.states]
        for field, value in (("id", self.id), *((f"states[{i}].id", v) for i, v in enumerate(ids))):
            if not value.strip() or value != value.strip():
                raise ModelError(
                    f"workflow {self.id!r}: {field} {value!r} is empty, blank or has spaces at "
                    "an end",
                    field=field,
                    expected="an id that is not empty or blank, without spaces at either end",
                    got=repr(value),
                )
        seen: set[str] = set()
        for state_id in ids:
            if state_id in seen:
                raise ModelError(f"workflow {self.id}: duplicate state {state_id!r}")
            seen.add(state_id)
        initial = [s.id for s in self.states if s.initial]
        if len(initial) != 1:
            raise ModelError(
                f"workflow {self.id}: needs exactly one initial state, has {len(initial)}"
                + (f" ({', '.join(initial)})" if initial else "")
            )
        final = {s.id for s in self.states if s.final}
        edges: set[tuple[str, str]] = set()
        for t in self.transitions:
            for end in (t.source, t.target):
                if end not in seen:
                    raise ModelError(
                        f"workflow {self.id}: move {t.source!r} → {t.target!r} names "
                        f"unknown state {end!r}"
                    )
            if t.source in final:
                raise ModelError(
                    f"workflow {self.id}: move {t.source!r} → {t.target!r} leaves a final state"
                )
            if (t.source, t.target) in edges:
                raise ModelError(
                    f"workflow {self.id}: move {t.source!r} → {t.target!r} is listed twice"
                )
            edges.add((t.source, t.target))

    @functools.cached_property
    def _states(self) -> dict[str, WorkflowState]:
        return {s.id: s for s in self.states}

    @property
    def initial(self) -> WorkflowState:
        """The state new recommendations start in."""
        return next(s for s in self.states if s.initial)

    def has_state(self, state_id: str) -> bool:
        """Whether the workflow has a state with this id."""
        return state_id in self._states

    def state(self, state_id: str) -> WorkflowState:
        """The state with this id.

        Raises:
            KeyError: No such state.
        """
        return self._states[state_id]

    def transition(self, source: str, target: str) -> Transition | None:
        """The move from ``source`` to ``target``, or ``None`` if there is none."""
        for t in self.transitions:
            if t.source == source and t.target == target:
                return t
        return None

    def targets(self, source: str) -> tuple[str, ...]:
        """The states reachable in one move from ``source``, in transition order."""
        return tuple(t.target for t in self.transitions if t.source == source)

    def unknown_state_error(self, subject: str, source: str, target: str) -> TransitionError:
        """The error for a move from or to a state the workflow does not have.

        An unknown current state is reported as unknown, with the known states listed,
        rather than as a state with no moves out; an unknown target names the current state,
        the moves allowed from it and the known states.

        Args:
            subject: What moves, for the message.
            source: The current state (``"?"`` when not known).
            target: The requested state.

        Examples:
            >>> wf = danish_default_workflow()
            >>> print(wf.unknown_state_error("R1", "vedtaget", "approved"))
            ... # doctest: +ELLIPSIS
            R1: unknown current state 'vedtaget' in workflow 'dk-default'; known states: draft, ...
            >>> print(wf.unknown_state_error("R1", "draft", "vedtaget"))  # doctest: +ELLIPSIS
            R1: cannot move from 'draft' to unknown state 'vedtaget'; allowed: proposed, \
withdrawn; known states: draft, ...
        """
        known = ", ".join(s.id for s in self.states)
        if not self.has_state(source):
            error = TransitionError(subject, source, target, ())
            message = (
                f"{subject}: unknown current state {source!r} in workflow {self.id!r}; "
                f"known states: {known}"
            )
        else:
            allowed = self.targets(source)
            error = TransitionError(subject, source, target, allowed)
            message = (
                f"{subject}: cannot move from {source!r} to unknown state {target!r}; "
                f"allowed: {', '.join(allowed) or 'none (final state)'}; known states: {known}"
            )
        error.args = (message,)
        return error

    def check_move(
        self,
        subject: str,
        source: str,
        target: str,
        *,
        body: str | None = None,
        body_kind: CommitteeKind | None = None,
    ) -> Transition:
        """The transition for a move, or an error saying why it is refused.

        Args:
            subject: What moves (a recommendation id), for the error message.
            source: The current state.
            target: The requested state.
            body: Id of the body making the move, if any.
            body_kind: Its kind, if known.

        Returns:
            The transition that allows the move.

        Raises:
            TransitionError: The workflow has no such move, or does not know a state (the
                message then says which state is unknown and lists the known ones).
            BodyNotAllowedError: The move exists, but not for this body.
        """
        if not self.has_state(source) or not self.has_state(target):
            raise self.unknown_state_error(subject, source, target)
        found = self.transition(source, target)
        if found is None:
            raise TransitionError(subject, source, target, self.targets(source))
        if not found.permits(body, body_kind):
            raise BodyNotAllowedError(
                subject, source, target, self.targets(source), body=body, permitted=found.permitted
            )
        return found


def _s(state_id: str, da: str, en: str, description: str, **flags: bool) -> WorkflowState:
    return WorkflowState(id=state_id, label_da=da, label_en=en, description=description, **flags)


_DECIDING = (CommitteeKind.COUNCIL, CommitteeKind.FINANCE_COMMITTEE, CommitteeKind.STANDING)


def _t(
    source: str,
    target: str,
    da: str | None = None,
    en: str | None = None,
    kinds: tuple[CommitteeKind, ...] = (),
) -> Transition:
    return Transition(source=source, target=target, body_kinds=kinds, label_da=da, label_en=en)


@functools.cache
def danish_default_workflow() -> Workflow:
    """The Danish default workflow for recommendations.

    The main line is udkast → indstillet → i høring → behandlet i fagudvalget → anbefalet af
    Økonomiudvalget → godkendt / forkastet / udsat / taget til efterretning, and after approval
    under implementering → implementeret → evalueret. Extra edges (documented in
    ``docs/recommendations.md``):

    - a draft, a proposal and a recommendation in hearing or postponed may be withdrawn;
    - a proposal may be sent back to draft;
    - the hearing may be skipped (indstillet → behandlet);
    - a committee may send a proposal into hearing itself (behandlet → i høring);
    - a standing committee may decide within its own area (behandlet → godkendt and the other
      outcomes) without ØU and the council;
    - a postponed recommendation comes back to the committee or to ØU.

    Decisions (godkendt, forkastet, udsat, taget til efterretning) and the committee stage are
    limited to bodies of kind council, finance-committee or standing; ØU's recommendation to
    finance-committee; the rest is open to any body, the administration included.

    Examples:
        >>> wf = danish_default_workflow()
        >>> [s.id for s in wf.states if s.final]
        ['rejected', 'noted', 'evaluated', 'withdrawn']
        >>> wf.targets("approved")
        ('in-implementation',)
    """
    states = (
        _s("draft", "udkast", "draft", "Being written.", initial=True),
        _s("proposed", "indstillet", "proposed", "Put forward to the addressed body."),
        _s("in-hearing", "i høring", "in hearing", "Sent to the bodies that must be heard."),
        _s(
            "considered",
            "behandlet i fagudvalget",
            "considered by the committee",
            "Treated by the standing committee that prepares the decision.",
        ),
        _s(
            "recommended-by-ou",
            "anbefalet af Økonomiudvalget",
            "recommended by the finance committee",
            "Recommended to the council by Økonomiudvalget.",
        ),
        _s("approved", "godkendt", "approved", "Adopted.", approved=True),
        _s("rejected", "forkastet", "rejected", "Turned down.", final=True, rejected=True),
        _s("postponed", "udsat", "postponed", "Decision put off to a later meeting."),
        _s(
            "noted",
            "taget til efterretning",
            "noted",
            "Taken note of: the body has been informed and decides nothing further.",
            final=True,
        ),
        _s(
            "in-implementation",
            "under implementering",
            "in implementation",
            "Being carried out.",
            approved=True,
        ),
        _s("implemented", "implementeret", "implemented", "Carried out.", approved=True),
        _s(
            "evaluated",
            "evalueret",
            "evaluated",
            "Carried out and evaluated.",
            final=True,
            approved=True,
        ),
        _s(
            "withdrawn",
            "trukket tilbage",
            "withdrawn",
            "Withdrawn by the proposer.",
            final=True,
            withdrawn=True,
        ),
    )
    deciding = _DECIDING
    transitions = (
        _t("draft", "proposed", "indstil", "propose"),
        _t("draft", "withdrawn", "træk tilbage", "withdraw"),
        _t("proposed", "in-hearing", "send i høring", "send to hearing"),
        _t("proposed", "considered", "behandl", "consider", deciding),
        _t("proposed", "draft", "send tilbage", "send back"),
        _t("proposed", "withdrawn", "træk tilbage", "withdraw"),
        _t("in-hearing", "considered", "behandl", "consider", deciding),
        _t("in-hearing", "withdrawn", "træk tilbage", "withdraw"),
        _t(
            "considered",
            "recommended-by-ou",
            "anbefal",
            "recommend",
            (CommitteeKind.FINANCE_COMMITTEE,),
        ),
        _t("considered", "approved", "godkend", "approve", deciding),
        _t("considered", "rejected", "forkast", "reject", deciding),
        _t("considered", "postponed", "udsæt", "postpone", deciding),
        _t("considered", "noted", "tag til efterretning", "take note", deciding),
        _t("considered", "in-hearing", "send i høring", "send to hearing", deciding),
        _t("considered", "withdrawn", "træk tilbage", "withdraw"),
        _t("recommended-by-ou", "approved", "godkend", "approve", deciding),
        _t("recommended-by-ou", "rejected", "forkast", "reject", deciding),
        _t("recommended-by-ou", "postponed", "udsæt", "postpone", deciding),
        _t("recommended-by-ou", "noted", "tag til efterretning", "take note", deciding),
        _t("postponed", "considered", "genoptag", "take up again", deciding),
        _t("postponed", "recommended-by-ou", "genoptag", "take up again", deciding),
        _t("postponed", "withdrawn", "træk tilbage", "withdraw"),
        _t("approved", "in-implementation", "igangsæt", "start implementation"),
        _t("in-implementation", "implemented", "afslut", "complete"),
        _t("implemented", "evaluated", "evaluer", "evaluate"),
    )
    return Workflow(
        id=DEFAULT_WORKFLOW_ID,
        name="Dansk standardforløb for anbefalinger",
        states=states,
        transitions=transitions,
        description=(
            "Udkast, indstilling, høring, fagudvalg, Økonomiudvalget, beslutning, "
            "implementering og evaluering."
        ),
    )
