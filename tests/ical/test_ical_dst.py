"""The autumn repeat of 02:00-03:00 through the calendar: each pass keeps its instant.

RFC 5545 (3.3.5) reads a local time with ``TZID`` that happens twice as the first pass, so the
export writes the second pass in UTC; the import reads it back as the same instant. Everything
else stays local time (the golden files, which have no such time, do not change).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from kommissorium.ical import read_calendar, to_ics
from kommissorium.io import dumps, loads

STAMP = datetime(2025, 1, 6, 9, tzinfo=UTC)

FILE = """
[committee]
id = "u"
name = "Udvalget"
kind = "special-17-4"

[[meetings]]
id = "m"
committee = "u"
start = {start}
end = {end}
"""


@pytest.mark.parametrize(
    ("start", "end", "dtstart", "dtend", "utc"),
    [
        # the second pass: written in UTC
        ("2024-10-27T02:15:00+01:00", "2024-10-27T02:45:00+01:00",
         "DTSTART:20241027T011500Z", "DTEND:20241027T014500Z", "2024-10-27T01:15:00+00:00"),
        # the first pass: local time, which RFC 5545 reads as the first pass
        ("2024-10-27T02:15:00+02:00", "2024-10-27T02:45:00+02:00",
         "DTSTART;TZID=Europe/Copenhagen:20241027T021500",
         "DTEND;TZID=Europe/Copenhagen:20241027T024500", "2024-10-27T00:15:00+00:00"),
        # from the first pass to the second
        ("2024-10-27T02:15:00+02:00", "2024-10-27T02:15:00+01:00",
         "DTSTART;TZID=Europe/Copenhagen:20241027T021500", "DTEND:20241027T011500Z",
         "2024-10-27T00:15:00+00:00"),
    ],
)  # fmt: skip
def test_each_pass_of_the_repeated_hour_survives_export_and_import(
    start: str, end: str, dtstart: str, dtend: str, utc: str
) -> None:
    dossier = loads(FILE.format(start=start, end=end))
    meeting = dossier.meetings[0]
    assert meeting.start.astimezone(UTC).isoformat() == utc
    lines = to_ics(dossier, stamp=STAMP).decode().splitlines()
    assert dtstart in lines
    assert dtend in lines
    back = read_calendar(to_ics(dossier, stamp=STAMP)).meetings[0]
    assert back.start.astimezone(UTC) == meeting.start.astimezone(UTC)
    assert back.end.astimezone(UTC) == meeting.end.astimezone(UTC)
    assert back.start.utcoffset() == meeting.start.utcoffset()
    # and through a committee file as well
    again = loads(dumps(dossier)).meetings[0]
    assert again.start.astimezone(UTC) == meeting.start.astimezone(UTC)


def test_other_times_are_written_as_local_time() -> None:
    dossier = loads(FILE.format(start="2024-10-27T04:15:00", end="2024-10-27T05:00:00"))
    lines = to_ics(dossier, stamp=STAMP).decode().splitlines()
    assert "DTSTART;TZID=Europe/Copenhagen:20241027T041500" in lines
    assert "DTEND;TZID=Europe/Copenhagen:20241027T050000" in lines
    assert not any(line.startswith(("DTSTART:2024", "DTEND:2024")) for line in lines)
