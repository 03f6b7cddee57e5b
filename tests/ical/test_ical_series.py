"""Meeting plans in words → RRULE, and expansion with the holiday policy."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from ical_data import at

from kommissorium.ical import (
    HolidayPolicy,
    OccurrenceKind,
    RecurrenceParseError,
    SeriesRuleError,
    expand_series,
    parse_recurrence,
    series_from_text,
)
from kommissorium.model import Meeting, MeetingSeries, MeetingStatus, Period


@pytest.mark.parametrize(
    ("text", "anchor", "rule", "times"),
    [
        (
            "hver anden tirsdag 14:00–16:00",
            date(2024, 1, 1),
            "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU",
            (time(14), time(16)),
        ),
        (
            "every second Tuesday 14:00-16:00",
            date(2024, 1, 1),
            "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU",
            (time(14), time(16)),
        ),
        ("every other Thursday", date(2024, 1, 1), "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH", (None, None)),
        ("hver onsdag kl. 9-10", date(2024, 1, 1), "FREQ=WEEKLY;BYDAY=WE", (time(9), time(10))),
        (
            "den første mandag i hver måned",
            date(2024, 1, 1),
            "FREQ=MONTHLY;BYDAY=1MO",
            (None, None),
        ),
        (
            "the first Monday of each month",
            date(2024, 1, 1),
            "FREQ=MONTHLY;BYDAY=1MO",
            (None, None),
        ),
        (
            "den sidste fredag i hver anden måned 13.30-15.00",
            date(2024, 1, 1),
            "FREQ=MONTHLY;INTERVAL=2;BYDAY=-1FR",
            (time(13, 30), time(15)),
        ),
        # Monday 5 Feb 2024 is the first Monday of February
        ("fire møder om året", date(2024, 2, 5), "FREQ=MONTHLY;INTERVAL=3;BYDAY=1MO", (None, None)),
        (
            "four meetings a year",
            date(2024, 2, 5),
            "FREQ=MONTHLY;INTERVAL=3;BYDAY=1MO",
            (None, None),
        ),
        # Wednesday 20 March 2024 is the third Wednesday (days 15-21)
        ("to gange årligt", date(2024, 3, 20), "FREQ=MONTHLY;INTERVAL=6;BYDAY=3WE", (None, None)),
        ("twice a year", date(2024, 3, 20), "FREQ=MONTHLY;INTERVAL=6;BYDAY=3WE", (None, None)),
        # Friday 29 March 2024 is in the fifth week -> the last Friday
        ("4 gange om året", date(2024, 3, 29), "FREQ=MONTHLY;INTERVAL=3;BYDAY=-1FR", (None, None)),
        ("12 møder om året", date(2024, 1, 9), "FREQ=MONTHLY;BYDAY=2TU", (None, None)),
    ],
)
def test_parse_forms(text: str, anchor: date, rule: str, times: tuple[time | None, ...]) -> None:
    parsed = parse_recurrence(text, anchor=anchor)
    assert parsed.rule == rule
    assert (parsed.start_time, parsed.end_time) == times


@pytest.mark.parametrize(
    "text",
    ["fem møder om året", "hver sidste tirsdag", "når det passer", "hver tirsdag 16-14", "kl. 25"],
)
def test_unreadable_forms_are_refused(text: str) -> None:
    with pytest.raises(RecurrenceParseError) as info:
        parse_recurrence(text, anchor=date(2024, 1, 1))
    assert isinstance(info.value, ValueError)


def test_four_a_year_months_follow_the_anchor() -> None:
    series = series_from_text(
        "fire møder om året 13:00-15:00",
        id="s",
        committee="u",
        first=date(2024, 2, 5),
        until=date(2024, 12, 31),
    )
    days = [o.start.date() for o in expand_series(series)]
    # first Mondays of Feb, May, Aug, Nov 2024 (from a printed calendar)
    assert days == [date(2024, 2, 5), date(2024, 5, 6), date(2024, 8, 5), date(2024, 11, 4)]
    assert series.text == "fire møder om året 13:00-15:00"
    assert series.end - series.start == timedelta(hours=2)


def test_series_from_text_moves_start_to_first_match() -> None:
    series = series_from_text(
        "hver anden tirsdag 14:00–16:00",
        id="s",
        committee="u",
        first=date(2024, 1, 1),
        until=date(2024, 2, 1),
    )
    assert series.start == at(2024, 1, 2, 14)
    assert [o.start.date() for o in expand_series(series)] == [
        date(2024, 1, 2),
        date(2024, 1, 16),
        date(2024, 1, 30),
    ]
    with pytest.raises(RecurrenceParseError):
        series_from_text("hver tirsdag", id="s", committee="u", first=date(2024, 1, 1))


def _weekly_monday() -> MeetingSeries:
    return MeetingSeries(
        id="w",
        committee="u",
        start=at(2024, 3, 18, 9),
        end=at(2024, 3, 18, 10),
        rule="FREQ=WEEKLY;BYDAY=MO",
        until=date(2024, 5, 27),
    )


def test_holiday_policies() -> None:
    series = _weekly_monday()
    keep = expand_series(series, holidays=HolidayPolicy.KEEP)
    assert len(keep) == 11
    assert all(o.kind is OccurrenceKind.RULE for o in keep)
    skip = expand_series(series, holidays="skip")
    skipped = [(o.start.date(), o.reason) for o in skip if o.kind is OccurrenceKind.SKIPPED]
    # Anden påskedag 1 April 2024 and anden pinsedag 20 May 2024
    assert skipped == [(date(2024, 4, 1), "Anden påskedag"), (date(2024, 5, 20), "Anden pinsedag")]
    move = expand_series(series, holidays="move")
    moved = [(o.recurrence_id.date(), o.start) for o in move if o.kind is OccurrenceKind.MOVED]
    assert moved == [(date(2024, 4, 1), at(2024, 4, 2, 9)), (date(2024, 5, 20), at(2024, 5, 21, 9))]


def test_closed_period_and_optional_days() -> None:
    series = MeetingSeries(
        id="w",
        committee="u",
        start=at(2024, 6, 5, 9),
        end=at(2024, 6, 5, 10),
        rule="FREQ=WEEKLY;BYDAY=WE",
        until=date(2024, 8, 14),
    )
    summer = Period(date(2024, 7, 1), date(2024, 7, 31), "sommerferie")
    out = expand_series(series, holidays="skip", closed=[summer])
    assert [o.start.date() for o in out if o.kind is OccurrenceKind.SKIPPED] == [
        date(2024, 7, 3),
        date(2024, 7, 10),
        date(2024, 7, 17),
        date(2024, 7, 24),
        date(2024, 7, 31),
    ]
    assert {o.reason for o in out if o.reason} == {"sommerferie"}
    moved = expand_series(series, holidays="move", closed=[summer])
    assert {o.start.date() for o in moved if o.kind is OccurrenceKind.MOVED} == {date(2024, 8, 1)}
    # grundlovsdag (5 June 2024, a Wednesday) only with include_optional
    assert expand_series(series, holidays="skip")[0].kind is OccurrenceKind.RULE
    assert expand_series(series, holidays="skip", include_optional=True)[0].reason == "Grundlovsdag"


def test_override_wins_over_holiday_policy_and_stray_override_fails() -> None:
    series = _weekly_monday()
    override = Meeting(
        id="o",
        committee="u",
        start=at(2024, 4, 1, 12),
        end=at(2024, 4, 1, 13),
        series="w",
        recurrence_id=at(2024, 4, 1, 9),
        status=MeetingStatus.CONFIRMED,
    )
    out = expand_series(series, holidays="skip", overrides=[override])
    (hit,) = [o for o in out if o.recurrence_id == at(2024, 4, 1, 9)]
    assert hit.kind is OccurrenceKind.OVERRIDE
    assert hit.start == at(2024, 4, 1, 12)
    stray = Meeting(
        id="x",
        committee="u",
        start=at(2024, 4, 2, 9),
        end=at(2024, 4, 2, 10),
        series="w",
        recurrence_id=at(2024, 4, 2, 9),
    )
    with pytest.raises(SeriesRuleError, match="not an occurrence"):
        expand_series(series, overrides=[stray])


def test_wall_clock_time_kept_across_dst() -> None:
    series = MeetingSeries(
        id="w",
        committee="u",
        start=at(2024, 3, 25, 14),
        end=at(2024, 3, 25, 16),
        rule="FREQ=WEEKLY;BYDAY=MO",
        until=date(2024, 4, 15),
    )
    out = expand_series(series)
    assert {o.start.hour for o in out} == {14}
    assert {o.start.utcoffset() for o in out} == {timedelta(hours=1), timedelta(hours=2)}


def test_bad_rules_and_open_series() -> None:
    bad = MeetingSeries(
        id="b",
        committee="u",
        start=at(2024, 1, 1, 9),
        end=at(2024, 1, 1, 10),
        rule="FREQ=SOMETIMES",
    )
    with pytest.raises(SeriesRuleError):
        expand_series(bad, horizon=date(2024, 2, 1))
    open_ended = MeetingSeries(
        id="o", committee="u", start=at(2024, 1, 1, 9), end=at(2024, 1, 1, 10), rule="FREQ=WEEKLY"
    )
    with pytest.raises(SeriesRuleError, match="no end"):
        expand_series(open_ended)
    assert len(expand_series(open_ended, horizon=date(2024, 1, 31))) == 5
    counted = MeetingSeries(
        id="c",
        committee="u",
        start=at(2024, 1, 1, 9),
        end=at(2024, 1, 1, 10),
        rule="FREQ=WEEKLY;COUNT=3",
    )
    assert [o.start.day for o in expand_series(counted)] == [1, 8, 15]
