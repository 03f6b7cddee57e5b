"""State on a day, body limits on recorded history, and the wording of refusals."""

from __future__ import annotations

from datetime import date

import pytest

import kommissorium as k
from kommissorium.errors import BodyNotAllowedError, IntegrityError, LoadError, TransitionError
from kommissorium.model import (
    Committee,
    CommitteeKind,
    Council,
    Dossier,
    Hearing,
    HearingAnswer,
    Municipality,
    Recommendation,
    StateChange,
    status_report,
)
from kommissorium.model.recommendation import replay, state_on
from kommissorium.time import election_period

WF = k.danish_default_workflow()
VPU = Committee(id="vpu", name="VPU", kind=CommitteeKind.STANDING)
OMU = Committee(id="omu", name="OMU", kind=CommitteeKind.MED_COMMITTEE)
KB = Council(
    id="kb",
    name="Kommunalbestyrelsen",
    municipality=Municipality(name="Norddjurs", code="707"),
    election_period=election_period(date(2023, 1, 1)),
)


def _rec(*history: StateChange, state: str) -> Recommendation:
    return Recommendation(id="strategi", text="at …", state=state, history=history)


IMPLEMENTATION = _rec(
    StateChange(target="approved", date=date(2022, 11, 15), body="kb"),
    StateChange(source="approved", target="in-implementation", date=date(2022, 11, 15)),
    StateChange(source="in-implementation", target="implemented", date=date(2024, 6, 1)),
    state="implemented",
)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2020, 1, 1), "draft"),
        (date(2022, 11, 14), "draft"),
        (date(2022, 11, 15), "in-implementation"),
        (date(2024, 5, 31), "in-implementation"),
        (date(2024, 6, 1), "implemented"),
        (date(2030, 1, 1), "implemented"),
    ],
)
def test_state_on_replays_up_to_the_day(day: date, expected: str) -> None:
    assert state_on(IMPLEMENTATION, WF, day) == expected


def test_state_on_with_a_source_before_the_first_dated_move() -> None:
    rec = _rec(
        StateChange(source="draft", target="proposed", date=date(2023, 1, 1)),
        state="proposed",
    )
    assert state_on(rec, WF, date(2022, 12, 31)) == "draft"
    assert state_on(rec, WF, date(2023, 1, 1)) == "proposed"


def test_undated_moves_count_before_a_later_dated_move_and_at_the_end() -> None:
    rec = _rec(
        StateChange(source="draft", target="proposed"),
        StateChange(source="proposed", target="in-hearing", date=date(2023, 10, 1)),
        StateChange(source="in-hearing", target="considered"),
        state="considered",
    )
    assert state_on(rec, WF, date(2023, 9, 30)) == "draft"
    assert state_on(rec, WF, date(2023, 10, 1)) == "considered"
    later = _rec(
        *rec.history,
        StateChange(source="considered", target="approved", date=date(2023, 12, 1)),
        state="approved",
    )
    assert state_on(later, WF, date(2023, 11, 30)) == "in-hearing"
    assert state_on(later, WF, date(2023, 12, 1)) == "approved"


def test_without_history_the_recorded_state_is_the_answer() -> None:
    assert state_on(_rec(state="approved"), WF, date(1990, 1, 1)) == "approved"


def test_status_report_uses_the_state_on_the_day() -> None:
    d = Dossier(committee=VPU, council=KB, recommendations=(IMPLEMENTATION,))
    before = status_report(d, on=date(2022, 11, 14)).rows[0]
    after = status_report(d, on=date(2022, 11, 15)).rows[0]
    assert (before.state, before.last_move, before.recorded_state) == (
        "draft",
        None,
        "implemented",
    )
    assert (after.state, after.state_da, after.last_move) == (
        "in-implementation",
        "under implementering",
        date(2022, 11, 15),
    )


def test_norddjurs_status_on_a_day_before_the_decision() -> None:
    d = k.load("examples/norddjurs-status-2025-decision.toml")
    # before the first recorded move the file says nothing, so the workflow's initial state
    initial = d.workflow().initial.id
    assert status_report(d, on=date(2020, 1, 1)).rows[0].state == initial
    assert status_report(d, on=date(2022, 11, 14)).rows[0].state == initial
    assert status_report(d, on=date(2022, 11, 15)).rows[0].state == "in-implementation"


def test_hearing_answer_after_the_day_is_still_missing_on_the_day() -> None:
    rec = Recommendation(id="s", text="at …", state="in-hearing")
    hearing = Hearing(
        id="h",
        title="Høring",
        bodies=("omu",),
        deadline=date(2023, 11, 1),
        recommendations=("s",),
        answers=(HearingAnswer(body="omu", date=date(2023, 11, 10)),),
    )
    d = Dossier(committee=VPU, bodies=(OMU,), recommendations=(rec,), hearings=(hearing,))
    assert [o.kind for o in status_report(d, on=date(2023, 11, 5)).rows[0].overdue] == [
        "hearing-answer"
    ]
    assert status_report(d, on=date(2023, 11, 10)).rows[0].overdue == ()


FILE = """
[council]
id = "kb"
name = "Kommunalbestyrelsen"
election_period = "2022-2025"
municipality = { name = "Norddjurs", code = "707" }

[committee]
id = "vpu"
name = "Voksen- og Plejeudvalget"
kind = "standing"

[[bodies]]
id = "omu"
name = "Områdemedudvalget"
kind = "med-committee"

[[recommendations]]
id = "strategi"
text = "at strategien godkendes"
state = "considered"

[[recommendations.history]]
source = "draft"
target = "proposed"
date = 2023-10-01

[[recommendations.history]]
source = "proposed"
target = "considered"
date = 2023-11-27
body = "BODY"
"""


@pytest.mark.parametrize("body", ["vpu", "kb"])
def test_recorded_move_by_an_allowed_body_loads(body: str) -> None:
    d = k.loads(FILE.replace("BODY", body))
    assert d.recommendation("strategi").state == "considered"


def test_recorded_move_by_a_body_not_allowed_is_a_load_error() -> None:
    with pytest.raises(LoadError) as info:
        k.loads(FILE.replace("BODY", "omu"), source="s.toml")
    message = str(info.value)
    assert info.value.path == "recommendations[0] ('strategi').history[1].body"
    for part in ("s.toml", "'proposed'", "'considered'", "council, finance-committee, standing"):
        assert part in message, message
    assert "'omu' (kind 'med-committee')" in message


def test_recorded_move_without_a_body_is_not_checked_for_body_limits() -> None:
    text = FILE.replace('body = "BODY"\n', "")
    assert k.loads(text).recommendation("strategi").state == "considered"


def _norddjurs() -> Dossier:
    return Dossier(
        committee=VPU,
        council=KB,
        bodies=(OMU,),
        recommendations=(Recommendation(id="s", text="at …", state="proposed"),),
    )


def test_move_recommendation_looks_up_the_body_kind() -> None:
    d = _norddjurs()
    moved = d.move_recommendation("s", "considered", by="vpu", on=date(2023, 11, 27))
    rec = moved.recommendation("s")
    assert rec.state == "considered"
    assert [(c.source, c.target, c.body) for c in rec.history] == [
        (None, "proposed", None),
        ("proposed", "considered", "vpu"),
    ]
    by_council = d.move_recommendation("s", "considered", by="kb", on=date(2023, 11, 27))
    assert by_council.recommendation("s").state == "considered"
    assert d.recommendation("s").state == "proposed"  # unchanged


def test_move_recommendation_refuses_a_body_not_allowed() -> None:
    with pytest.raises(BodyNotAllowedError, match="'omu' may not move from 'proposed'"):
        _norddjurs().move_recommendation("s", "considered", by="omu", on=date(2023, 11, 27))
    with pytest.raises(BodyNotAllowedError, match="needs an acting body"):
        _norddjurs().move_recommendation("s", "considered", by=None, on=date(2023, 11, 27))
    with pytest.raises(KeyError):
        _norddjurs().move_recommendation("x", "considered", by="vpu", on=date(2023, 11, 27))


def test_replay_errors_name_the_recommendation() -> None:
    history = (StateChange(source="draft", target="approved"),)
    with pytest.raises(TransitionError, match=r"^2\.6 history\[0\]: cannot move"):
        replay(history, WF, subject="2.6")
    with pytest.raises(TransitionError, match=r"^history\[0\]: cannot move"):
        replay(history, WF)


def test_unknown_current_state_is_called_unknown() -> None:
    with pytest.raises(TransitionError) as info:
        WF.check_move("R1", "vedtaget", "approved")
    message = str(info.value)
    assert "unknown current state 'vedtaget'" in message
    assert "known states: draft, proposed" in message
    assert "final state" not in message
    with pytest.raises(TransitionError) as target:
        WF.check_move("R1", "draft", "vedtaget")
    assert "to unknown state 'vedtaget'; allowed: proposed, withdrawn" in str(target.value)
    # a known final state is still described as final
    with pytest.raises(TransitionError, match=r"allowed: none \(final state\)"):
        WF.check_move("R1", "rejected", "approved")


def test_integrity_error_for_history_names_the_id() -> None:
    with pytest.raises(IntegrityError) as info:
        Dossier(
            committee=VPU,
            recommendations=(
                Recommendation(
                    id="strategi",
                    text="t",
                    state="approved",
                    history=(StateChange(source="draft", target="approved"),),
                ),
            ),
        )
    assert str(info.value).startswith("recommendations[0] ('strategi').history[0].target")


def test_proposer_may_be_a_stakeholder_but_must_exist() -> None:
    from kommissorium.model import Stakeholder

    komponent = Stakeholder(id="komponent", name="Komponent")
    rec = Recommendation(id="k1", text="at …", proposed_by="komponent")
    d = Dossier(committee=VPU, stakeholders=(komponent,), recommendations=(rec,))
    assert d.recommendation("k1").proposed_by == "komponent"
    with pytest.raises(IntegrityError) as info:
        Dossier(committee=VPU, recommendations=(rec,))
    assert info.value.path == "recommendations[0] ('k1').proposed_by"
    assert "or a stakeholder" in info.value.expected
