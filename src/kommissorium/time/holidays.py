"""Danish public holidays (helligdage) and working days.

The holiday data comes from the ``holidays`` package, always asked for Danish names
(``language="da"``) so the result does not depend on the process's ``LANG``.

*Public holidays* are the helligdage: nytårsdag, skærtorsdag, langfredag, påskedag, anden
påskedag, store bededag (until 2023), Kristi himmelfartsdag, pinsedag, anden pinsedag, juledag
and anden juledag. Store bededag was abolished as a public holiday from 2024 (lov nr. 214 af
6. marts 2023). The *optional* days — grundlovsdag (5 June), 1. maj (arbejdernes kampdag),
juleaftensdag and nytårsaftensdag — are not helligdage but are days off in most municipal
administrations; ask for them with ``include_optional=True``.

Examples:
    >>> from datetime import date
    >>> is_public_holiday(date(2023, 5, 5)), is_public_holiday(date(2024, 4, 26))
    (True, False)
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from datetime import date, timedelta
from types import MappingProxyType

import holidays as _holidays

from kommissorium.errors import KommissoriumError
from kommissorium.model.period import Period

__all__ = [
    "NoWorkingDayError",
    "danish_holidays",
    "is_public_holiday",
    "is_working_day",
    "next_working_day",
]


class NoWorkingDayError(KommissoriumError, ValueError):
    """No working day can be found (an open-ended closed period covers every later day)."""


@functools.lru_cache(maxsize=512)
def _year_holidays(year: int, include_optional: bool) -> MappingProxyType[date, str]:
    categories = ("public", "optional") if include_optional else ("public",)
    table = _holidays.country_holidays("DK", years=year, language="da", categories=categories)
    return MappingProxyType(dict(sorted((day, str(name)) for day, name in table.items())))


def danish_holidays(years: Iterable[int], *, include_optional: bool = False) -> dict[date, str]:
    """Danish holidays in the given years, with their Danish names.

    Args:
        years: Calendar years.
        include_optional: Also include grundlovsdag, 1. maj, juleaftensdag and nytårsaftensdag.

    Returns:
        A new dict from day to Danish name, in date order. It is the caller's to change; the
        per-year cache behind it is immutable.

    Examples:
        >>> days = danish_holidays([2024])
        >>> days[date(2024, 3, 29)]
        'Langfredag'
        >>> date(2024, 6, 5) in days, date(2024, 6, 5) in danish_holidays([2024],
        ...     include_optional=True)
        (False, True)
    """
    result: dict[date, str] = {}
    for year in sorted(set(years)):
        result.update(_year_holidays(year, include_optional))
    return result


def is_public_holiday(day: date, *, include_optional: bool = False) -> bool:
    """Whether ``day`` is a Danish public holiday.

    Args:
        day: The day.
        include_optional: Count grundlovsdag, 1. maj, juleaftensdag and nytårsaftensdag too.

    Returns:
        ``True`` if ``day`` is a holiday.

    Examples:
        >>> is_public_holiday(date(2024, 12, 25)), is_public_holiday(date(2024, 12, 24))
        (True, False)
        >>> is_public_holiday(date(2024, 12, 24), include_optional=True)
        True
    """
    return day in _year_holidays(day.year, include_optional)


def is_working_day(
    day: date, *, closed: Iterable[Period] = (), include_optional: bool = False
) -> bool:
    """Whether ``day`` is a working day: a weekday that is no holiday and not in ``closed``.

    Args:
        day: The day.
        closed: Extra periods when the office is closed (for example summer closure).
        include_optional: Treat the optional days (grundlovsdag, …) as closed too.

    Returns:
        ``True`` for a working day.

    Examples:
        >>> is_working_day(date(2024, 4, 1)), is_working_day(date(2024, 4, 2))
        (False, True)
    """
    if day.weekday() >= 5 or is_public_holiday(day, include_optional=include_optional):
        return False
    return not any(day in period for period in closed)


def next_working_day(
    day: date, *, closed: Iterable[Period] = (), include_optional: bool = False
) -> date:
    """The first working day on or after ``day``.

    This is the rule for deadlines: a deadline that falls on a weekend, a holiday or a closed
    day moves to the next working day; a deadline on a working day stays. For the working day
    strictly after ``day``, pass ``day + timedelta(days=1)``.

    Args:
        day: The day to start from (included).
        closed: Extra periods when the office is closed.
        include_optional: Treat the optional days (grundlovsdag, …) as closed too.

    Returns:
        The first working day on or after ``day``.

    Raises:
        NoWorkingDayError: If an open-ended closed period covers the search.

    Examples:
        >>> next_working_day(date(2024, 3, 28))  # skærtorsdag -> Tuesday after Easter
        datetime.date(2024, 4, 2)
        >>> next_working_day(date(2024, 4, 2))
        datetime.date(2024, 4, 2)
        >>> summer = Period(date(2024, 7, 8), date(2024, 7, 26))
        >>> next_working_day(date(2024, 7, 8), closed=[summer])
        datetime.date(2024, 7, 29)
    """
    periods = tuple(closed)
    current = day
    while True:
        blocking = next((p for p in periods if current in p), None)
        if blocking is not None:
            if blocking.end is None:
                raise NoWorkingDayError(
                    f"no working day on or after {day.isoformat()}: the closed period from "
                    f"{blocking.start.isoformat()} has no end"
                )
            current = blocking.end + timedelta(days=1)
            continue
        if is_working_day(current, include_optional=include_optional):
            return current
        current += timedelta(days=1)
