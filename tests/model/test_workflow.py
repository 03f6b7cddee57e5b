"""The workflow graph and moves: property tests with hypothesis, plus the default workflow."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kommissorium.errors import BodyNotAllowedError, ModelError, TransitionError
from kommissorium.model import (
    CommitteeKind,
    Recommendation,
    StateChange,
    Transition,
    Workflow,
    WorkflowState,
    danish_default_workflow,
    move,
    replay,
)

DEFAULT = danish_default_workflow()
STATE_IDS = [s.id for s in DEFAULT.states]
KINDS = [None, *CommitteeKind]


@st.composite
def workflows(draw: st.DrawFn) -> Workflow:
    """Small random workflows: state s0 initial, some final states, random edges."""
    n = draw(st.integers(min_value=2, max_value=6))
    final = draw(st.sets(st.integers(min_value=1, max_value=n - 1)))
    states = tuple(
        WorkflowState(
            id=f"s{i}", label_da=f"s{i}", label_en=f"s{i}", initial=i == 0, final=i in final
        )
        for i in range(n)
    )
    pairs = [(a, b) for a in range(n) for b in range(n) if a != b and a not in final]
    chosen = draw(st.lists(st.sampled_from(pairs), unique=True)) if pairs else []
    transitions = tuple(Transition(source=f"s{a}", target=f"s{b}") for a, b in chosen)
    return Workflow(id="w", name="random", states=states, transitions=transitions)


def _run(workflow: Workflow, targets: list[str], kinds: list[CommitteeKind | None]) -> None:
    rec = Recommendation(id="R-7", text="at …", state=workflow.initial.id)
    day = date(2024, 1, 1)
    state_ids = {s.id for s in workflow.states}
    for index, target in enumerate(targets):
        kind = kinds[index % len(kinds)] if kinds else None
        before = rec
        refused: TransitionError | None = None
        try:
            rec = move(rec, workflow, target, on=day, body="b", body_kind=kind)
        except TransitionError as exc:
            refused = exc
        if refused is not None:
            # refused with its names: recommendation, from, to and the allowed moves
            message = str(refused)
            allowed = workflow.targets(before.state)
            assert "R-7" in message
            assert repr(before.state) in message
            assert repr(target) in message
            assert refused.subject == "R-7"
            assert refused.from_state == before.state
            assert refused.to_state == target
            assert refused.allowed == allowed
            if isinstance(refused, BodyNotAllowedError):
                assert workflow.transition(before.state, target) is not None
            else:
                assert workflow.transition(before.state, target) is None
                assert all(a in message for a in allowed)
                if not allowed:
                    assert "none (final state)" in message
            rec = before
        else:
            assert workflow.transition(before.state, target) is not None
            assert rec.history[-1] == StateChange(
                source=before.state, target=target, date=day, body="b"
            )
            assert before.history == rec.history[:-1]  # moves return new objects
        assert rec.state in state_ids  # never leaves the graph
        day += timedelta(days=1)
    # every recorded move is an edge and the history replays to the state
    for change in rec.history:
        assert change.source is not None
        assert workflow.transition(change.source, change.target) is not None
    assert replay(rec.history, workflow) == rec.state


@settings(max_examples=60, deadline=None)
@given(
    targets=st.lists(st.sampled_from([*STATE_IDS, "nowhere"]), max_size=25),
    kinds=st.lists(st.sampled_from(KINDS), max_size=4),
)
def test_default_workflow_random_moves(
    targets: list[str], kinds: list[CommitteeKind | None]
) -> None:
    _run(DEFAULT, targets, kinds)


@settings(max_examples=40, deadline=None)
@given(workflow=workflows(), data=st.data())
def test_random_workflow_random_moves(workflow: Workflow, data: st.DataObject) -> None:
    ids = [s.id for s in workflow.states]
    targets = data.draw(st.lists(st.sampled_from(ids), max_size=20))
    _run(workflow, targets, [None])


def test_main_line_of_the_default_workflow() -> None:
    rec = Recommendation(id="r", text="at …")
    steps = [
        ("proposed", "arbejdsgruppe", CommitteeKind.WORKING_GROUP),
        ("in-hearing", "vpu", CommitteeKind.STANDING),
        ("considered", "vpu", CommitteeKind.STANDING),
        ("recommended-by-ou", "ou", CommitteeKind.FINANCE_COMMITTEE),
        ("approved", "kb", CommitteeKind.COUNCIL),
        ("in-implementation", None, None),
        ("implemented", None, None),
        ("evaluated", None, None),
    ]
    for i, (target, body, kind) in enumerate(steps):
        rec = move(rec, DEFAULT, target, on=date(2024, 1, 1 + i), body=body, body_kind=kind)
    assert rec.state == "evaluated"
    assert DEFAULT.state(rec.state).final
    assert [c.target for c in rec.history] == [s[0] for s in steps]


def test_body_restrictions_are_refused_with_names() -> None:
    rec = Recommendation(id="r9", text="at …", state="considered")
    with pytest.raises(BodyNotAllowedError) as info:
        move(
            rec,
            DEFAULT,
            "approved",
            on=date(2024, 1, 1),
            body="ag",
            body_kind=CommitteeKind.WORKING_GROUP,
        )
    assert str(info.value) == (
        "r9: body 'ag' may not move from 'considered' to 'approved'; "
        "permitted: council, finance-committee, standing"
    )
    with pytest.raises(BodyNotAllowedError, match="needs an acting body"):
        move(rec, DEFAULT, "recommended-by-ou", on=date(2024, 1, 1))
    named = Workflow(
        id="w",
        name="w",
        states=(
            WorkflowState(id="a", label_da="a", label_en="a", initial=True),
            WorkflowState(id="b", label_da="b", label_en="b"),
        ),
        transitions=(Transition(source="a", target="b", bodies=("kb",)),),
    )
    assert (
        move(
            Recommendation(id="x", text="t", state="a"), named, "b", on=date(2024, 1, 1), body="kb"
        ).state
        == "b"
    )


def test_final_state_message() -> None:
    rec = Recommendation(id="2.6", text="at der ikke …", state="rejected")
    with pytest.raises(TransitionError) as info:
        move(rec, DEFAULT, "approved", on=date(2024, 1, 1))
    assert str(info.value) == (
        "2.6: cannot move from 'rejected' to 'approved'; allowed: none (final state)"
    )


def test_flags_and_labels_of_the_default_workflow() -> None:
    assert DEFAULT.initial.id == "draft"
    assert {s.id for s in DEFAULT.states if s.withdrawn} == {"withdrawn"}
    assert {s.id for s in DEFAULT.states if s.rejected} == {"rejected"}
    assert DEFAULT.state("noted").label("da") == "taget til efterretning"
    assert DEFAULT.state("in-hearing").label("en") == "in hearing"
    # no move leads out of a final state
    finals = {s.id for s in DEFAULT.states if s.final}
    assert not any(t.source in finals for t in DEFAULT.transitions)
    # every state is reachable from the initial state
    seen, todo = {"draft"}, ["draft"]
    while todo:
        for nxt in DEFAULT.targets(todo.pop()):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    assert seen == set(STATE_IDS)


@pytest.mark.parametrize(
    ("states", "transitions", "message"),
    [
        ((("a", True), ("a", False)), (), "duplicate state 'a'"),
        ((("a", False), ("b", False)), (), "exactly one initial state, has 0"),
        ((("a", True), ("b", True)), (), "exactly one initial state, has 2"),
        ((("a", True),), (("a", "z"),), "unknown state 'z'"),
        ((("a", True), ("b", False)), (("a", "b"), ("a", "b")), "listed twice"),
    ],
)
def test_broken_workflows_are_refused(
    states: tuple[tuple[str, bool], ...], transitions: tuple[tuple[str, str], ...], message: str
) -> None:
    with pytest.raises(ModelError, match=message):
        Workflow(
            id="w",
            name="w",
            states=tuple(WorkflowState(id=i, label_da=i, label_en=i, initial=f) for i, f in states),
            transitions=tuple(Transition(source=a, target=b) for a, b in transitions),
        )


def test_move_out_of_final_state_is_refused_at_construction() -> None:
    with pytest.raises(ModelError, match="leaves a final state"):
        Workflow(
            id="w",
            name="w",
            states=(
                WorkflowState(id="a", label_da="a", label_en="a", initial=True),
                WorkflowState(id="b", label_da="b", label_en="b", final=True),
            ),
            transitions=(Transition(source="b", target="a"),),
        )


def test_replay_refuses_a_history_off_the_graph() -> None:
    with pytest.raises(TransitionError, match="history\\[1\\]"):
        replay(
            (
                StateChange(source="draft", target="proposed"),
                StateChange(source="proposed", target="evaluated"),
            ),
            DEFAULT,
        )
