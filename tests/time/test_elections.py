from __future__ import annotations

import itertools
from datetime import date

import pytest

from kommissorium.errors import KommissoriumError
from kommissorium.time.elections import (
    ElectionYearError,
    constituent_meeting_window,
    election_day,
    election_period,
    election_periods,
    is_election_year,
)


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (1981, date(1981, 11, 17)),
        (1985, date(1985, 11, 19)),
        (1989, date(1989, 11, 21)),
        (1993, date(1993, 11, 16)),
        (1997, date(1997, 11, 18)),
        (2001, date(2001, 11, 20)),
        (2005, date(2005, 11, 15)),
        (2009, date(2009, 11, 17)),
        (2013, date(2013, 11, 19)),
        (2017, date(2017, 11, 21)),
        (2021, date(2021, 11, 16)),
        (2025, date(2025, 11, 18)),
        (2029, date(2029, 11, 20)),
    ],
)
def test_election_day_is_third_tuesday_of_november(year: int, expected: date) -> None:
    day = election_day(year)
    assert day == expected
    assert day.weekday() == 1
    assert 15 <= day.day <= 21


@pytest.mark.parametrize("year", [1978, 1980, 2022, 2024, 2026, 1977])
def test_election_day_refuses_other_years(year: int) -> None:
    with pytest.raises(ElectionYearError, match=str(year)) as info:
        election_day(year)
    assert isinstance(info.value, KommissoriumError)
    assert isinstance(info.value, ValueError)


def test_is_election_year() -> None:
    assert [y for y in range(1975, 2000) if is_election_year(y)] == [1981, 1985, 1989, 1993, 1997]
    assert not is_election_year(1977)


def test_seed_2016() -> None:
    term = election_period(date(2016, 6, 29))
    assert term.first_day == date(2014, 1, 1)
    assert term.last_day == date(2017, 12, 31)
    assert term.election_day == date(2013, 11, 19)
    assert term.next_election_day == date(2017, 11, 21)
    assert term.note is None


@pytest.mark.parametrize("first_year", [1982, 1986, 1990, 1994, 1998, 2010, 2014, 2018, 2022, 2026])
def test_boundaries_regular(first_year: int) -> None:
    after = election_period(date(first_year, 1, 1))
    assert after.first_day == date(first_year, 1, 1)
    assert after.last_day == date(first_year + 3, 12, 31)
    if first_year > 1982:
        before = election_period(date(first_year - 1, 12, 31))
        assert before.last_day == date(first_year - 1, 12, 31)
        assert before.next_election_day == after.election_day
    assert after.election_day == election_day(first_year - 1)
    assert after.constituent_window.start == date(first_year - 1, 12, 1)


def test_before_1982_is_refused() -> None:
    assert election_period(date(1982, 1, 1)).election_day == date(1981, 11, 17)
    with pytest.raises(ElectionYearError, match="not supported"):
        election_period(date(1981, 12, 31))
    with pytest.raises(ElectionYearError):
        election_period(date(1975, 6, 1))


def test_reform_unchanged_municipalities() -> None:
    old = election_period(date(2005, 12, 31))
    assert (old.first_day, old.last_day) == (date(2002, 1, 1), date(2005, 12, 31))
    assert old.note is None
    new = election_period(date(2006, 1, 1))
    assert (new.first_day, new.last_day) == (date(2006, 1, 1), date(2009, 12, 31))
    assert new.election_day == date(2005, 11, 15)
    assert new.note is not None
    assert "inferred" in new.note


def test_reform_merged_municipalities() -> None:
    old = election_period(date(2006, 12, 31), merged=True)
    assert (old.first_day, old.last_day) == (date(2002, 1, 1), date(2006, 12, 31))
    assert old.election_day == date(2001, 11, 20)
    assert old.next_election_day == date(2005, 11, 15)
    assert old.note is not None
    assert "sammenlægningsudvalg" in old.note
    assert election_period(date(2006, 1, 1), merged=True) == old
    assert election_period(date(2002, 1, 1), merged=True) == old
    new = election_period(date(2007, 1, 1), merged=True)
    assert (new.first_day, new.last_day) == (date(2007, 1, 1), date(2009, 12, 31))
    assert new.election_day == date(2005, 11, 15)
    assert new.next_election_day == date(2009, 11, 17)
    assert election_period(date(2009, 12, 31), merged=True) == new
    after = election_period(date(2010, 1, 1), merged=True)
    assert after == election_period(date(2010, 1, 1))
    assert after.note is None
    assert election_period(date(2001, 12, 31), merged=True) == election_period(date(2001, 12, 31))


def test_election_periods_are_contiguous() -> None:
    for merged in (False, True):
        periods = list(election_periods(1982, 2030, merged=merged))
        assert periods[0].first_day == date(1982, 1, 1)
        assert periods[-1].last_day.year >= 2030
        for a, b in itertools.pairwise(periods):
            assert (b.first_day - a.last_day).days == 1
            assert a.next_election_day == b.election_day
    assert list(election_periods(2020, 2019)) == []
    assert [p.label for p in election_periods(2023, 2023)] == ["2022–2025"]


def test_constituent_meeting_window() -> None:
    window = constituent_meeting_window(2021)
    assert (window.start, window.end) == (date(2021, 12, 1), date(2021, 12, 15))
    with pytest.raises(ElectionYearError):
        constituent_meeting_window(2022)
