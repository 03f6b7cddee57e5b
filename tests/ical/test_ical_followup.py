"""Hearing deadlines and status-report dates in the calendar (issue 6 in the feed of issue 4)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import icalendar
import pytest

import kommissorium as k
from kommissorium.cli import main
from kommissorium.ical import DATA_PROPERTY, read_calendar, to_ics
from kommissorium.model import Period
from kommissorium.model.followup import status_report_dates

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
STAMP = datetime(2024, 1, 2, tzinfo=UTC)


def _followup(data: bytes) -> dict[str, icalendar.Event]:
    out = {}
    for event in icalendar.Calendar.from_ical(data).walk("VEVENT"):
        payload = json.loads(str(event[DATA_PROPERTY]))
        if payload["type"] == "followup":
            out[payload["id"]] = event
    return out


def test_hearing_of_the_strategy_with_its_bodies() -> None:
    d = k.load(EXAMPLES / "norddjurs-strategi-2023.toml")
    data = to_ics(d, stamp=STAMP)
    events = _followup(data)
    # the hearing, and the strategy's status twice a year over 2024-2028: ten half-year windows
    assert list(events) == [
        "hearing:strategi-hoering",
        *(f"status:strategi-status:{year}-{half}" for year in range(2024, 2029) for half in (1, 2)),
    ]
    hearing = events["hearing:strategi-hoering"]
    assert hearing.decoded("DTSTART") == date(2023, 10, 1)
    assert hearing.decoded("DTEND") == date(2023, 12, 1)  # exclusive
    assert str(hearing["SUMMARY"]).startswith("Høring: Forslag til fælles")
    text = str(hearing["DESCRIPTION"])
    for name in ("Handicaprådet", "OMU på Socialområdet", "LMU på Socialområdet"):
        assert name in text
    assert "Høringsfristen er ikke angivet" in text
    # without the switch, and back: the follow-up events are derived, never imported
    assert _followup(to_ics(d, stamp=STAMP, followup=False)) == {}
    back = read_calendar(data)
    assert back.phases == d.plan.phases
    assert back.milestones == d.plan.milestones


def test_status_reports_of_the_decision_and_stable_uids() -> None:
    d = k.load(EXAMPLES / "norddjurs-status-2025-decision.toml")
    data = to_ics(d, stamp=STAMP)
    events = _followup(data)
    days = {
        key: (e.decoded("DTSTART"), e.decoded("DTEND"))
        for key, e in events.items()
        if key.startswith("status:")
    }
    assert set(days) == {i.id for i in status_report_dates(d)}
    expected = {
        "status:status-2023-2024:2023-1": (date(2023, 1, 1), date(2023, 7, 1)),
        "status:status-2023-2024:2023-2": (date(2023, 7, 1), date(2024, 1, 1)),
        "status:status-2023-2024:2024-1": (date(2024, 1, 1), date(2024, 7, 1)),
        # "seneste status i september" (2024): the month stands for the second half of 2024
        "status:status-2023-2024:~2024-09-01": (date(2024, 9, 1), date(2024, 10, 1)),
        "status:status-2025:2025-04-28": (date(2025, 4, 28), date(2025, 4, 29)),
        "status:status-2025:2025-2": (date(2025, 7, 1), date(2026, 1, 1)),
    }
    for key, value in expected.items():
        assert days[key] == value
    known = str(events["status:status-2025:2025-04-28"]["DESCRIPTION"])
    assert "Til: " in known
    assert "styregruppe" in known
    assert "Aftalt: Styregruppen fortsætter med to møder i 2025" in known
    uids = [str(e["UID"]) for e in events.values()]
    assert len(set(uids)) == len(uids)
    again = _followup(to_ics(d, stamp=datetime(2025, 6, 1, tzinfo=UTC)))
    assert [str(e["UID"]) for e in again.values()] == uids
    # a window only keeps what overlaps it
    in_2025 = _followup(to_ics(d, stamp=STAMP, window=Period(date(2025, 4, 1), date(2025, 4, 30))))
    assert "status:status-2025:2025-04-28" in in_2025
    assert "status:status-2025:2025-2" not in in_2025
    assert "status:status-2023-2024:~2024-09-01" not in in_2025
    # the committee file without follow-up data adds nothing
    assert _followup(to_ics(k.load(EXAMPLES / "norddjurs-status-2025.toml"), stamp=STAMP)) == {}


@pytest.mark.parametrize("switch", [[], ["--no-followup"]])
def test_cli_switch(tmp_path: Path, switch: list[str]) -> None:
    out = tmp_path / "out.ics"
    code = main(
        [
            "ics",
            str(EXAMPLES / "norddjurs-status-2025-decision.toml"),
            "-o",
            str(out),
            "--stamp",
            "2024-01-02T00:00:00Z",
            *switch,
        ]
    )
    assert code == 0
    d = k.load(EXAMPLES / "norddjurs-status-2025-decision.toml")
    assert len(_followup(out.read_bytes())) == (0 if switch else len(status_report_dates(d)))
    assert not switch or b"Opf\xc3\xb8lgning" not in out.read_bytes()
