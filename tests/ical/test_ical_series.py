"""Meeting plans in words → RRULE, and expansion with the holiday policy."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path

import attrs
import pytest
from ical_data import at

from kommissorium.errors import LoadError, ModelError
from kommissorium.ical import (
    HolidayPolicy,
    Occurrence,
    OccurrenceKind,
    RecurrenceParseError,
    SeriesRuleError,
    expand_series,
    parse_recurrence,
    series_from_text,
)
from kommissorium.ical.series import rule_parts
from kommissorium.io import dumps, load
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


def _series(
    day: date,
    rule: str,
    until: date | None = None,
    *,
    hours: tuple[int, int] = (9, 10),
    sid: str = "w",
) -> MeetingSeries:
    """A series of body ``u`` from ``day``, meeting from ``hours[0]`` to ``hours[1]``."""
    y, m, d = day.year, day.month, day.day
    return MeetingSeries(
        id=sid,
        committee="u",
        start=at(y, m, d, hours[0]),
        end=at(y, m, d, hours[1]),
        rule=rule,
        until=until,
    )


def _weekly_monday() -> MeetingSeries:
    return _series(date(2024, 3, 18), "FREQ=WEEKLY;BYDAY=MO", date(2024, 5, 27))


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
    series = _series(date(2024, 6, 5), "FREQ=WEEKLY;BYDAY=WE", date(2024, 8, 14))
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
    # each moved meeting takes the next free working day; 7 August is the series' own Wednesday
    assert [o.start.date() for o in moved if o.kind is OccurrenceKind.MOVED] == [
        date(2024, 8, 1),
        date(2024, 8, 2),
        date(2024, 8, 5),
        date(2024, 8, 6),
        date(2024, 8, 8),
    ]
    assert [o.start for o in moved if o.kind is OccurrenceKind.RULE][-2:] == [
        at(2024, 8, 7, 9),
        at(2024, 8, 14, 9),
    ]
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
    series = _series(date(2024, 3, 25), "FREQ=WEEKLY;BYDAY=MO", date(2024, 4, 15), hours=(14, 16))
    out = expand_series(series)
    assert {o.start.hour for o in out} == {14}
    assert {o.start.utcoffset() for o in out} == {timedelta(hours=1), timedelta(hours=2)}


@pytest.mark.parametrize(
    "rule", ["FREQ=SOMETIMES", "NOT A RULE", "FREQ=WEEKLY;BYDAY=XX", "FREQ=WEEKLY;INTERVAL=0"]
)
def test_bad_rules_are_refused_when_the_series_is_made(rule: str) -> None:
    with pytest.raises(ModelError, match="cannot read the rule") as info:
        _series(date(2024, 1, 1), rule, sid="b")
    assert info.value.field == "rule"
    with pytest.raises(SeriesRuleError):
        rule_parts(rule)


def test_bad_rules_and_open_series() -> None:
    open_ended = _series(date(2024, 1, 1), "FREQ=WEEKLY", sid="o")
    with pytest.raises(SeriesRuleError, match="no end"):
        expand_series(open_ended)
    assert len(expand_series(open_ended, horizon=date(2024, 1, 31))) == 5
    counted = _series(date(2024, 1, 1), "FREQ=WEEKLY;COUNT=3", sid="c")
    assert [o.start.day for o in expand_series(counted)] == [1, 8, 15]


def _no_two_at_once(occurrences: tuple[Occurrence, ...]) -> None:
    live = [
        o.start
        for o in occurrences
        if o.kind is not OccurrenceKind.SKIPPED and o.status is not MeetingStatus.CANCELLED
    ]
    assert len(live) == len(set(live))
    assert len({s.date() for s in live}) == len(live)


@pytest.mark.parametrize("policy", ["skip", "move", "keep"])
def test_no_two_occurrences_of_a_series_share_a_day(policy: str) -> None:
    mondays = _series(date(2024, 6, 3), "FREQ=WEEKLY;BYDAY=MO", date(2024, 12, 31))
    july = Period(date(2024, 7, 1), date(2024, 7, 31), "sommerferie")
    out = expand_series(mondays, holidays=policy, closed=[july])
    _no_two_at_once(out)
    if policy == "move":
        assert [o.start for o in out if o.kind is OccurrenceKind.MOVED] == [
            at(2024, 8, 1, 9),
            at(2024, 8, 2, 9),
            at(2024, 8, 6, 9),  # 5 August is the series' own Monday
            at(2024, 8, 7, 9),
            at(2024, 8, 8, 9),
        ]
    # an override on the day after a holiday is taken too: the move goes one further
    easter = _series(date(2024, 3, 25), "FREQ=WEEKLY;BYDAY=MO", date(2024, 4, 8), sid="e")
    override = Meeting(
        id="o",
        committee="u",
        start=at(2024, 4, 2, 13),
        end=at(2024, 4, 2, 14),
        series="e",
        recurrence_id=at(2024, 3, 25, 9),
    )
    out = expand_series(easter, holidays=policy, overrides=[override])
    _no_two_at_once(out)
    moved = [o.start for o in out if o.kind is OccurrenceKind.MOVED]
    assert moved == ([at(2024, 4, 3, 9)] if policy == "move" else [])
    # a cancelled override frees its day
    cancelled = attrs.evolve(override, status=MeetingStatus.CANCELLED)
    out = expand_series(easter, holidays=policy, overrides=[cancelled])
    moved = [o.start for o in out if o.kind is OccurrenceKind.MOVED]
    assert moved == ([at(2024, 4, 2, 9)] if policy == "move" else [])


def test_start_off_the_rule_is_refused() -> None:
    with pytest.raises(ModelError, match=r"start 2024-01-03 14:00 is not an occurrence") as info:
        _series(date(2024, 1, 3), "FREQ=MONTHLY;BYDAY=1MO", hours=(14, 16), sid="m")
    assert info.value.field == "start"
    assert "2024-02-05 14:00" in str(info.value)
    # the other side: a start on the rule, and a time off the rule's BYHOUR
    ok = _series(date(2024, 1, 1), "FREQ=MONTHLY;BYDAY=1MO", hours=(14, 16), sid="m")
    assert ok.rule == "FREQ=MONTHLY;BYDAY=1MO"
    with pytest.raises(ModelError, match="not an occurrence"):
        _series(date(2024, 1, 1), "FREQ=DAILY;BYHOUR=9", hours=(14, 16), sid="m")


def _write(tmp_path: Path, series: str) -> Path:
    path = tmp_path / "u.toml"
    path.write_text(
        '[committee]\nid = "u"\nname = "U"\n[mandate]\npurpose = "x"\n\n[[series]]\n'
        'id = "s"\ncommittee = "u"\n' + series,
        encoding="utf-8",
    )
    return path


def test_series_files_state_the_rule_in_words_or_get_a_path_error(tmp_path: Path) -> None:
    times = "start = 2024-01-02T14:00:00\nend = 2024-01-02T16:00:00\n"
    words = _write(tmp_path, 'text = "hver anden tirsdag 14:00–16:00"\n' + times)
    d = load(words)
    assert d.series[0].rule == "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU"
    again = tmp_path / "again.json"
    again.write_text(dumps(d), encoding="utf-8")
    assert load(again) == d

    english = _write(tmp_path, 'text = "every second Tuesday"\n' + times)
    assert load(english).series[0].rule == "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU"

    agree = _write(
        tmp_path, 'text = "hver anden tirsdag"\nrule = "FREQ=WEEKLY;BYDAY=TU;INTERVAL=2"\n' + times
    )
    assert load(agree).series[0].rule == "FREQ=WEEKLY;BYDAY=TU;INTERVAL=2"
    # free wording next to a rule is a note, not an error
    note = _write(
        tmp_path, 'text = "cirka hver anden uge"\nrule = "FREQ=WEEKLY;INTERVAL=2"\n' + times
    )
    assert load(note).series[0].text == "cirka hver anden uge"

    cases = {
        'text = "hver tirsdag"\nrule = "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU"\n': (
            r"series\[0\]\.rule.*'hver tirsdag' means the rule 'FREQ=WEEKLY;BYDAY=TU'"
        ),
        'text = "hver anden tirsdag 15:00-16:00"\n': r"series\[0\]\.start.*says 15:00",
        'text = "hver anden tirsdag 14:00-17:00"\n': r"series\[0\]\.end.*says 17:00",
        'text = "af og til"\n': r"series\[0\]\.text.*no rule, and the text cannot give one",
        "": r"series\[0\]\.rule.*give a rule",
        'rule = "NOT A RULE"\n': r"series\[0\]\.rule.*cannot read the rule 'NOT A RULE'",
        'rule = "FREQ=MONTHLY;BYDAY=1MO"\n': (
            r"series\[0\]\.start.*start 2024-01-02 14:00 is not an occurrence of the rule"
        ),
    }
    for body, pattern in cases.items():
        path = _write(tmp_path, body + times)
        with pytest.raises(LoadError, match=pattern) as info:
            load(path)
        assert str(path) in str(info.value)


@pytest.mark.parametrize(
    ("text", "rule", "times"),
    [
        ("den første mandag i måneden", "FREQ=MONTHLY;BYDAY=1MO", None),
        ("the first Monday of the month", "FREQ=MONTHLY;BYDAY=1MO", None),
        ("den anden onsdag om måneden kl. 9-11", "FREQ=MONTHLY;BYDAY=2WE", (9, 11)),
        ("hver anden tirsdag fra kl. 14 til 16", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", (14, 16)),
        ("every second Tuesday from 14:00 to 16:00", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", (14, 16)),
        ("kvartalsvis", "FREQ=MONTHLY;INTERVAL=3;BYDAY=1MO", None),
        ("quarterly 13:00-15:00", "FREQ=MONTHLY;INTERVAL=3;BYDAY=1MO", (13, 15)),
        ("twice yearly", "FREQ=MONTHLY;INTERVAL=6;BYDAY=1MO", None),
        ("halvårligt", "FREQ=MONTHLY;INTERVAL=6;BYDAY=1MO", None),
        ("Halvårligt, kl. 10 til 12", "FREQ=MONTHLY;INTERVAL=6;BYDAY=1MO", (10, 12)),
        ("annually", "FREQ=MONTHLY;INTERVAL=12;BYDAY=1MO", None),
    ],
)
def test_more_phrasings(text: str, rule: str, times: tuple[int, int] | None) -> None:
    parsed = parse_recurrence(text, anchor=date(2024, 2, 5))
    assert parsed.rule == rule
    if times is None:
        assert parsed.start_time is None
        assert parsed.end_time is None
    else:
        assert (parsed.start_time, parsed.end_time) == (time(times[0]), time(times[1]))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("halvt årligt", "'halvt' is not a number of meetings"),
        ("fem gange om året", "must be 1, 2, 3, 4, 6 or 12"),
        ("hver anden tirsdag fra kl. 16 til 14", "ends before it starts"),
        ("den første mandag i ugen", "not a known meeting plan"),
        ("kvartalsvis møde", "not a known meeting plan"),
    ],
)
def test_phrasings_still_refused(text: str, message: str) -> None:
    with pytest.raises(RecurrenceParseError, match=message):
        parse_recurrence(text, anchor=date(2024, 2, 5))
