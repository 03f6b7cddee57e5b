"""Reading .ics back: our own export gives the original objects; other tools' files map."""

from __future__ import annotations

from datetime import UTC, date, datetime

import icalendar
import pytest
import recurring_ical_events
from ical_data import STAMP, TRICKY, at, make_dossier

import kommissorium as k
from kommissorium.ical import (
    CalendarContents,
    CalendarReadError,
    expand_series,
    read_calendar,
    to_ics,
)
from kommissorium.ical.series import OccurrenceKind
from kommissorium.model import MeetingStatus


@pytest.mark.parametrize("policy", ["skip", "move", "keep"])
def test_round_trip_of_our_export(policy: str) -> None:
    d = make_dossier()
    back = read_calendar(to_ics(d, stamp=STAMP, holidays=policy))
    assert back.phases == d.plan.phases
    assert back.milestones == d.plan.milestones
    assert back.series == d.series
    assert sorted(back.meetings, key=lambda m: m.id) == sorted(d.meetings, key=lambda m: m.id)
    assert back.description == TRICKY
    assert back.name == d.committee.name


def test_round_trip_of_the_example(examples_dir) -> None:  # type: ignore[no-untyped-def]
    d = k.load(examples_dir / "hedensted-social-2024.toml")
    back = read_calendar(to_ics(d, stamp=STAMP))
    assert (back.phases, back.milestones, back.series) == (
        d.plan.phases,
        d.plan.milestones,
        d.series,
    )


FOREIGN = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n"
    "X-WR-CALNAME:Styregruppe\\, social\r\nX-WR-TIMEZONE:Europe/Copenhagen\r\n"
    "BEGIN:VEVENT\r\nUID:serie@google\r\nDTSTAMP:20240101T000000Z\r\n"
    "DTSTART;TZID=Europe/Copenhagen:20240110T100000\r\n"
    "DTEND;TZID=Europe/Copenhagen:20240110T113000\r\n"
    "RRULE:FREQ=WEEKLY;BYDAY=WE;UNTIL=20240228T090000Z\r\n"
    "EXDATE;TZID=Europe/Copenhagen:20240124T100000\r\n"
    "SUMMARY:Styregruppemøde\r\nLOCATION:Lokale 3\\, stuen\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:serie@google\r\nDTSTAMP:20240101T000000Z\r\n"
    "RECURRENCE-ID;TZID=Europe/Copenhagen:20240207T100000\r\n"
    "DTSTART;TZID=Europe/Copenhagen:20240208T120000\r\n"
    "DTEND;TZID=Europe/Copenhagen:20240208T133000\r\n"
    "SUMMARY:Styregruppemøde (flyttet)\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:fase@google\r\nDTSTAMP:20240101T000000Z\r\n"
    "DTSTART;VALUE=DATE:20240301\r\nDTEND;VALUE=DATE:20240601\r\nSUMMARY:Høringsfase\r\n"
    "END:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:frist@google\r\nDTSTAMP:20240101T000000Z\r\n"
    "DTSTART;VALUE=DATE:20240615\r\nSUMMARY:Frist for svar\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:flydende@google\r\nDTSTAMP:20240101T000000Z\r\n"
    "DTSTART:20240701T090000\r\nDTEND:20240701T100000\r\nSUMMARY:Flydende tid\r\n"
    "STATUS:CANCELLED\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)


def test_foreign_calendar() -> None:
    back = read_calendar(FOREIGN, committee="sg")
    assert back.name == "Styregruppe, social"
    (series,) = back.series
    assert series.rule == "FREQ=WEEKLY;BYDAY=WE"
    assert series.until == date(2024, 2, 28)
    assert series.start == at(2024, 1, 10, 10)
    assert series.location == "Lokale 3, stuen"
    meetings = {m.id: m for m in back.meetings}
    cancelled = meetings["serie@google@20240124T100000"]
    assert cancelled.status is MeetingStatus.CANCELLED
    assert cancelled.series == "serie@google"
    moved = meetings["serie@google@20240207T100000"]
    assert moved.start == at(2024, 2, 8, 12)
    assert moved.recurrence_id == at(2024, 2, 7, 10)
    floating = meetings["flydende@google"]
    assert floating.start == at(2024, 7, 1, 9)
    assert floating.status is MeetingStatus.CANCELLED
    (phase,) = back.phases
    assert (phase.period.start, phase.period.end) == (date(2024, 3, 1), date(2024, 5, 31))
    (milestone,) = back.milestones
    assert milestone.date == date(2024, 6, 15)
    assert milestone.title == "Frist for svar"


def test_unreadable_input() -> None:
    with pytest.raises(CalendarReadError):
        read_calendar(b"this is not a calendar")


def _cal(*events: str) -> bytes:
    body = "".join(
        "BEGIN:VEVENT\r\nDTSTAMP:20240101T000000Z\r\n" + e.strip().replace("\n", "\r\n") + "\r\n"
        "END:VEVENT\r\n"
        for e in events
    )
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\nX-WR-TIMEZONE:Europe/Copenhagen\r\n"
        + body
        + "END:VCALENDAR\r\n"
    ).encode()


def _instants(contents: CalendarContents) -> list[datetime]:
    """Every meeting start the model objects stand for (skipping cancelled ones)."""
    out = [m.start for m in contents.meetings if m.status is not MeetingStatus.CANCELLED]
    for series in contents.series:
        mine = [m for m in contents.meetings if m.series == series.id]
        out += [
            o.start
            for o in expand_series(series, overrides=mine)
            if o.kind is not OccurrenceKind.OVERRIDE
        ]
    return sorted(x.astimezone(UTC) for x in out)


def _theirs(data: bytes) -> list[datetime]:
    calendar = icalendar.Calendar.from_ical(data)
    return sorted(
        e.decoded("DTSTART").astimezone(UTC)
        for e in recurring_ical_events.of(calendar).between(date(2023, 1, 1), date(2026, 1, 1))
        if isinstance(e.decoded("DTSTART"), datetime) and str(e.get("STATUS", "")) != "CANCELLED"
    )


def test_rdate_and_off_rule_dtstart_become_meetings() -> None:
    data = _cal(
        """UID:r1
SUMMARY:Møde
DTSTART;TZID=Europe/Copenhagen:20240103T140000
DTEND;TZID=Europe/Copenhagen:20240103T160000
RRULE:FREQ=MONTHLY;BYDAY=1MO;UNTIL=20240401T120000Z
RDATE;TZID=Europe/Copenhagen:20240320T090000,20240410T090000
RDATE;VALUE=PERIOD:20240515T080000Z/20240515T100000Z""",
        """UID:r1
RECURRENCE-ID;TZID=Europe/Copenhagen:20240410T090000
SUMMARY:Flyttet ekstra
DTSTART;TZID=Europe/Copenhagen:20240411T100000
DTEND;TZID=Europe/Copenhagen:20240411T110000""",
    )
    back = read_calendar(data, committee="u")
    assert back.skipped == ()
    (series,) = back.series
    # DTSTART 3 January (a Wednesday) is an occurrence by RFC 5545, not by the rule
    assert series.start == at(2024, 2, 5, 14)
    assert series.until == date(2024, 4, 1)
    singles = {m.id: m for m in back.meetings}
    assert singles["r1@20240103T140000"].start == at(2024, 1, 3, 14)
    assert singles["r1@20240320T090000"].end == at(2024, 3, 20, 11)  # the series' length
    assert singles["r1@20240410T090000"].start == at(2024, 4, 11, 10)  # the override
    assert singles["r1@20240410T090000"].title == "Flyttet ekstra"
    assert singles["r1@20240515T100000"].end == at(2024, 5, 15, 12)  # the period's end
    assert _instants(back) == _theirs(data)
    # RFC 5545 § 3.3.10: "The DTSTART property value always counts as the first occurrence",
    # so COUNT=3 is 3 January, 5 February and 4 March (dateutil alone would count to 1 April)
    counted = read_calendar(data.replace(b"UNTIL=20240401T120000Z", b"COUNT=3"))
    assert counted.series[0].until == date(2024, 3, 4)
    on_rule = read_calendar(
        data.replace(b"UNTIL=20240401T120000Z", b"COUNT=3").replace(b"20240103T", b"20240101T")
    )
    assert on_rule.series[0].until == date(2024, 3, 4)
    assert on_rule.series[0].start == at(2024, 1, 1, 14)


def test_unsupported_events_are_skipped_with_reasons() -> None:
    data = _cal(
        """UID:allday
SUMMARY:Hver fredag
DTSTART;VALUE=DATE:20240105
RRULE:FREQ=WEEKLY""",
        """UID:allday
RECURRENCE-ID;VALUE=DATE:20240112
SUMMARY:Hver fredag, flyttet
DTSTART;VALUE=DATE:20240113""",
        """UID:two
SUMMARY:To regler
DTSTART:20240105T090000Z
DTEND:20240105T100000Z
RRULE:FREQ=WEEKLY;COUNT=3
RRULE:FREQ=MONTHLY;COUNT=3""",
        """UID:stray
RECURRENCE-ID:20240105T093000Z
SUMMARY:Ingen serie
DTSTART:20240105T090000Z
DTEND:20240105T100000Z""",
        """UID:ok
SUMMARY:Enkelt møde
DTSTART:20240105T090000Z
DTEND:20240105T100000Z""",
    )
    back = read_calendar(data)
    assert [m.id for m in back.meetings] == ["ok"]
    reasons = {(s.uid, s.recurrence_id is not None): s.reason for s in back.skipped}
    assert set(reasons) == {("allday", False), ("two", False), ("stray", True)}
    assert [s.uid for s in back.skipped] == ["allday", "allday", "two", "stray"]
    assert "all-day recurring event" in back.skipped[0].reason
    assert "is a date where a date and time was expected" in back.skipped[1].reason
    assert "more than one RRULE" in reasons[("two", False)]
    assert "no readable recurring event" in reasons[("stray", True)]
    # an override of a time the rule does not give is skipped too, the series is kept
    off = _cal(
        """UID:w
SUMMARY:Ugentlig
DTSTART:20240105T090000Z
DTEND:20240105T100000Z
RRULE:FREQ=WEEKLY;COUNT=3""",
        """UID:w
RECURRENCE-ID:20240106T090000Z
DTSTART:20240106T120000Z
DTEND:20240106T130000Z""",
    )
    back = read_calendar(off)
    assert len(back.series) == 1
    (skip,) = back.skipped
    assert "not an occurrence" in skip.reason
    # our own events still fail loudly when they cannot be read
    own = to_ics(make_dossier(), stamp=STAMP).replace(
        b"DTSTART;VALUE=DATE:20240101", b"DTSTART;VALUE=DATE:2024XX01"
    )
    with pytest.raises(CalendarReadError):
        read_calendar(own)
