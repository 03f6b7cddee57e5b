"""Reading .ics back: our own export gives the original objects; other tools' files map."""

from __future__ import annotations

from datetime import date

import pytest
from ical_data import STAMP, TRICKY, at, make_dossier

import kommissorium as k
from kommissorium.ical import CalendarReadError, read_calendar, to_ics
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
