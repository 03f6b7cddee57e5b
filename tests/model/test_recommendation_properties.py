"""Property tests: generated dossiers with recommendation data round-trip and replay."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from recommendation_strategies import dossiers_with_recommendations

from kommissorium.io import dumps, loads, to_data
from kommissorium.model import Dossier, replay, state_on, status_report
from kommissorium.report.minutes import minutes_text
from kommissorium.report.recommendations import recommendations_json

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(dossiers_with_recommendations())
def test_generated_dossiers_round_trip(dossier: Dossier) -> None:
    text = dumps(dossier)
    again = loads(text, format="json")
    assert again == dossier
    assert dumps(again) == text
    assert to_data(again) == to_data(dossier)


@SETTINGS
@given(dossiers_with_recommendations())
def test_histories_replay_to_the_recorded_state(dossier: Dossier) -> None:
    for rec in dossier.recommendations:
        workflow = dossier.workflow(rec.workflow_id)
        assert replay(rec.history, workflow, subject=rec.id) == rec.state
        assert state_on(rec, workflow, date(2200, 1, 1)) == rec.state
        # every state on the way is a state of the workflow
        for change in rec.history:
            assert workflow.has_state(change.target)
            if change.date is not None:
                assert workflow.has_state(state_on(rec, workflow, change.date))


@SETTINGS
@given(dossiers_with_recommendations())
def test_reports_are_deterministic(dossier: Dossier) -> None:
    day = date(2024, 1, 1)
    assert recommendations_json(dossier, on=day) == recommendations_json(dossier, on=day)
    assert len(status_report(dossier, on=day).rows) == len(dossier.recommendations)
    assert minutes_text(dossier) == minutes_text(dossier)
