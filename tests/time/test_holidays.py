from __future__ import annotations

from datetime import date

import pytest

from kommissorium.model.period import Period
from kommissorium.time.holidays import (
    NoWorkingDayError,
    danish_holidays,
    is_public_holiday,
    is_working_day,
    next_working_day,
)


def test_store_bededag_until_2023_only() -> None:
    assert danish_holidays([2023])[date(2023, 5, 5)] == "Store bededag"
    assert is_public_holiday(date(2023, 5, 5))
    assert "Store bededag" not in danish_holidays([2024]).values()
    assert not is_public_holiday(date(2024, 4, 26))  # would have been store bededag


def test_names_are_danish_regardless_of_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    assert danish_holidays([2031])[date(2031, 12, 25)] == "Juledag"


def test_optional_days() -> None:
    optional = {date(2024, 5, 1), date(2024, 6, 5), date(2024, 12, 24), date(2024, 12, 31)}
    plain = danish_holidays([2024])
    full = danish_holidays([2024], include_optional=True)
    assert not optional & plain.keys()
    assert optional <= full.keys()
    assert plain.keys() <= full.keys()


def test_result_is_fresh_copy() -> None:
    first = danish_holidays([2024])
    first.clear()
    assert danish_holidays([2024])


def test_several_years_sorted() -> None:
    days = list(danish_holidays([2025, 2024, 2024]))
    assert days == sorted(days)
    assert {d.year for d in days} == {2024, 2025}


def test_working_days() -> None:
    assert not is_working_day(date(2024, 6, 1))  # Saturday
    assert is_working_day(date(2024, 6, 5))
    assert not is_working_day(date(2024, 6, 5), include_optional=True)


def test_next_working_day() -> None:
    assert next_working_day(date(2024, 12, 24)) == date(2024, 12, 24)
    assert next_working_day(date(2024, 12, 24), include_optional=True) == date(2024, 12, 27)
    assert next_working_day(date(2024, 12, 21)) == date(2024, 12, 23)  # Saturday
    closed = [
        Period(date(2024, 7, 1), date(2024, 7, 5)),
        Period(date(2024, 7, 8), date(2024, 7, 9)),
    ]
    assert next_working_day(date(2024, 7, 1), closed=closed) == date(2024, 7, 10)
    assert next_working_day(date(2024, 3, 28)) == date(2024, 4, 2)


def test_next_working_day_open_closure() -> None:
    with pytest.raises(NoWorkingDayError):
        next_working_day(date(2024, 1, 2), closed=[Period(date(2024, 1, 1))])
