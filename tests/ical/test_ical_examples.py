"""The calendar examples run and their data say what the seeds say."""

from __future__ import annotations

import runpy
from datetime import date
from pathlib import Path

import pytest

import kommissorium as k
from kommissorium.ical import expand_series, read_calendar

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_norddjurs_status_twice_a_year() -> None:
    d = k.load(EXAMPLES / "norddjurs-status-2025.toml")
    assert k.loads(k.dumps(d)) == d
    per_year: dict[tuple[str, int], int] = {}
    for series in d.series:
        for o in expand_series(series, holidays="skip"):
            per_year[(series.committee, o.start.year)] = (
                per_year.get((series.committee, o.start.year), 0) + 1
            )
    # seed 004: twice a year in 2023 and 2024 to VPU, BUU and the steering group; the steering
    # group meets twice in 2025
    assert per_year == {
        ("vpu", 2023): 2, ("vpu", 2024): 2, ("buu", 2023): 2, ("buu", 2024): 2,
        ("styregruppe", 2023): 2, ("styregruppe", 2024): 2, ("styregruppe", 2025): 2,
    }  # fmt: skip
    assert {m.start.date() for m in d.meetings} == {date(2024, 10, 23), date(2025, 4, 28)}


@pytest.mark.parametrize(
    ("script", "out"),
    [
        ("hedensted-social-2024-ics.py", "hedensted-social-2024.ics"),
        ("norddjurs-status-2025-ics.py", "norddjurs-status-2025.ics"),
    ],
)
def test_example_scripts_write_calendars(script: str, out: str) -> None:
    runpy.run_path(str(EXAMPLES / script), run_name="example").get("main", lambda: 0)()
    data = (EXAMPLES.parent / "build" / "examples" / out).read_bytes()
    back = read_calendar(data)
    assert back.series
