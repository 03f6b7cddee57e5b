"""Popolo export: schema validity for every example, the vote mapping, determinism."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import attrs
import pytest
from interop_data import make_dossier
from interop_schemas import POPOLO_FILES, popolo_errors

from kommissorium.ical import CPH
from kommissorium.interop import dumps_popolo, to_popolo
from kommissorium.io import load
from kommissorium.model import Meeting

EXAMPLES = sorted((Path(__file__).resolve().parents[2] / "examples").glob("*.toml"))


def _all_errors(doc: dict[str, list[dict[str, object]]]) -> list[str]:
    assert list(doc) == list(POPOLO_FILES)
    return [e for key, objs in doc.items() for obj in objs for e in popolo_errors(key, obj)]


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_every_example_validates_against_the_popolo_schemas(path: Path) -> None:
    doc = to_popolo(load(path))
    assert _all_errors(doc) == []
    ids = {o["id"] for o in doc["organizations"]} | {p["id"] for p in doc["persons"]}
    for m in doc["memberships"]:
        assert m["person_id"] in ids
        assert m["organization_id"] in ids
        assert m.get("on_behalf_of_id", m["organization_id"]) in ids
    posts = {p["id"] for p in doc["posts"]}
    assert {m["post_id"] for m in doc["memberships"] if "post_id" in m} <= posts


def test_the_hand_made_dossier_validates_and_the_validator_bites() -> None:
    doc = to_popolo(make_dossier())
    assert _all_errors(doc) == []
    bad_event = dict(doc["events"][1], start_date="6. februar 2024")
    assert popolo_errors("events", bad_event)
    bad_count = dict(doc["vote_events"][0])
    bad_count["counts"] = [{"option": "yes"}]  # Count.value is required
    assert popolo_errors("vote_events", bad_count)


def test_organizations_posts_and_memberships() -> None:
    doc = to_popolo(make_dossier())
    orgs = {o["id"]: o for o in doc["organizations"]}
    assert orgs["sub"]["parent_id"] == "s174"
    assert orgs["s174"]["classification"] == "særligt udvalg efter § 17, stk. 4"
    assert (orgs["s174"]["founding_date"], orgs["s174"]["dissolution_date"]) == (
        "2024-01-01",
        "2025-06-30",
    )
    assert orgs["party:V"]["classification"] == "parti"
    (post,) = doc["posts"]
    assert post == {
        "id": "s174/seat/fra-su",
        "label": "et medlem fra Socialudvalget",
        "role": "medlem",
        "organization_id": "s174",
        "kommissorium:rule": post["kommissorium:rule"],
    }
    members = {m["id"]: m for m in doc["memberships"]}
    chair = members["anne@s174/chair"]
    assert (chair["role"], chair["post_id"], chair["on_behalf_of_id"]) == (
        "formand",
        "s174/seat/fra-su",
        "su",
    )
    assert members["bo@s174/member"]["on_behalf_of_id"] == "party:V"
    assert members["dea@s174/member"]["on_behalf_of_id"] == "stakeholder:dh"
    assert members["anne@party:A"]["organization_id"] == "party:A"


def test_events_use_rfc_5545_status_codes() -> None:
    doc = to_popolo(make_dossier())
    term, m1, m2, *occurrences = doc["events"]
    assert (term["classification"], term["start_date"]) == ("legislative period", "2022-01-01")
    assert (m1["status"], m2["status"]) == ("confirmed", "cancelled")
    assert m1["start_date"] == "2024-02-06T14:00:00+01:00"
    assert all(o["status"] == "tentative" for o in occurrences)


def test_series_occurrences_become_events() -> None:
    """First Monday of each month from April 2024 to the end of the term (2025), holidays out."""
    d = make_dossier()
    events = [e for e in to_popolo(d)["events"] if e.get("kommissorium:series") == "hver-maaned"]
    assert len(events) == 20  # 21 months, and 1 April 2024 is Easter Monday
    assert events[0]["id"] == "hver-maaned/2024-05-06T1400"
    assert events[0]["start_date"] == "2024-05-06T14:00:00+02:00"
    assert events[0]["end_date"] == "2024-05-06T16:00:00+02:00"
    assert events[-1]["id"] == "hver-maaned/2025-12-01T1400"
    assert len({e["id"] for e in events}) == len(events)
    assert all(e["organization_id"] == "s174" and e["classification"] == "meeting" for e in events)
    orgs = {o["id"]: o for o in to_popolo(d)["organizations"]}
    assert orgs["s174"]["kommissorium:meetingSeries"][0]["rule"] == "FREQ=MONTHLY;BYDAY=1MO"
    # a meeting that overrides an occurrence replaces it (no event twice)
    moved = Meeting(
        id="flyttet",
        committee="s174",
        start=datetime(2024, 5, 7, 14, tzinfo=CPH),
        end=datetime(2024, 5, 7, 16, tzinfo=CPH),
        series="hver-maaned",
        recurrence_id=datetime(2024, 5, 6, 14, tzinfo=CPH),
    )
    again = [e["id"] for e in to_popolo(attrs.evolve(d, meetings=(*d.meetings, moved)))["events"]]
    assert "flyttet" in again
    assert "hver-maaned/2024-05-06T1400" not in again
    assert "hver-maaned/2024-06-03T1400" in again


def test_recommendations_become_motions_with_a_result_from_the_workflow() -> None:
    doc = to_popolo(make_dossier())
    motions = {m["id"]: m for m in doc["motions"]}
    assert motions["recommendation:R1"]["result"] == "pass"  # "approved" is an approved state
    assert "result" not in motions["recommendation:R2"]  # a draft has no result yet


def test_votes_and_counts() -> None:
    doc = to_popolo(make_dossier())
    named, counted = doc["vote_events"]
    assert named["motion_id"] == "decision:d1/1"
    assert named["start_date"] == "2024-02-06T14:00:00+01:00"  # the meeting's start
    assert named["result"] == "pass"
    # counts derived from the named votes: anne and dea for, bo against
    assert named["counts"] == [{"option": "yes", "value": 2}, {"option": "no", "value": 1}]
    assert named["votes"] == [
        {"voter_id": "anne", "option": "yes"},
        {"voter_id": "bo", "option": "no"},
        {"voter_id": "dea", "option": "yes"},
    ]
    assert counted["result"] == "fail"
    assert counted["counts"] == [
        {"option": "yes", "value": 1},
        {"option": "no", "value": 2},
        {"option": "absent", "value": 1},
    ]
    motions = {m["id"]: m for m in doc["motions"]}
    assert motions["decision:d1/2"]["text"] == "sagen sendes videre"


def test_output_is_deterministic() -> None:
    assert dumps_popolo(make_dossier()) == dumps_popolo(make_dossier())
