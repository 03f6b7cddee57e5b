"""Municipal election days and election periods (valgperioder).

The rules:

* Regular municipal elections are held on the third Tuesday of November every fourth year
  (lov om kommunale og regionale valg, LBK nr. 1135 af 22/09/2025, § 6, stk. 2).
* The council's term runs from 1 January after the election to 31 December of the next
  election year (same law, § 6, stk. 3, and § 97).
* The new council holds its constituent meeting between 1 and 15 December of the election year
  (lov om kommunernes styrelse, KSTL § 6, stk. 1).

Support starts with the term elected on 17 November 1981 (1 January 1982 – 31 December 1985).
The elections of 1970, 1974 and 1978 were held in March with terms from 1 April; they follow a
different rule and are refused rather than guessed.

The 2005 structural reform (kommunalreformen) is the one exception; see :func:`election_period`.

Examples:
    >>> from datetime import date
    >>> election_day(2025)
    datetime.date(2025, 11, 18)
    >>> election_period(date(2024, 5, 1)).label
    '2022–2025'
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import attrs

from kommissorium.errors import KommissoriumError
from kommissorium.model.council import ElectionPeriod
from kommissorium.model.period import Period

__all__ = [
    "FIRST_SUPPORTED_ELECTION_YEAR",
    "ElectionYearError",
    "constituent_meeting_window",
    "election_day",
    "election_period",
    "election_periods",
    "is_election_year",
]

FIRST_SUPPORTED_ELECTION_YEAR = 1981
"""The first regular November election this module models (term 1982–1985)."""

_FIRST_SUPPORTED_DAY = date(FIRST_SUPPORTED_ELECTION_YEAR + 1, 1, 1)
_LAST_ELECTION_YEAR = 9997  # the next one would fall outside datetime.date

_REFORM_NOTE_OLD = (
    "Kommunalreformen: in municipalities merged on 1 January 2007 the council elected on "
    "20 November 2001 sat until 31 December 2006, one year beyond the regular term, while the "
    "council elected on 15 November 2005 met as sammenlægningsudvalg during 2006 "
    "(lov nr. 540 af 24. juni 2005)."
)
_REFORM_NOTE_NEW = (
    "Kommunalreformen: in municipalities merged on 1 January 2007 the council elected on "
    "15 November 2005 sat as sammenlægningsudvalg during 2006 and took office as the new "
    "municipality's council on 1 January 2007, a three-year term (lov nr. 540 af 24. juni 2005)."
)
_REFORM_NOTE_UNCHANGED = (
    "Kommunalreformen: this is the term of a municipality that was not merged in 2007. Its "
    "council elected on 15 November 2005 took office on 1 January 2006 under the general rule "
    "(KRVL § 6, stk. 3); the start date is inferred from that rule, not from a special provision."
)


class ElectionYearError(KommissoriumError, ValueError):
    """A year or date for which no regular municipal election or term can be given."""


def is_election_year(year: int) -> bool:
    """Whether a regular municipal election was (or will be) held in November of ``year``.

    Regular elections fall in every fourth year from 1981: 1981, 1985, …, 2021, 2025, 2029.

    Args:
        year: A calendar year.

    Returns:
        ``True`` for supported election years.

    Examples:
        >>> is_election_year(2025), is_election_year(2024), is_election_year(1978)
        (True, False, False)
    """
    return FIRST_SUPPORTED_ELECTION_YEAR <= year <= _LAST_ELECTION_YEAR and year % 4 == 1


def election_day(year: int) -> date:
    """The day of the regular municipal election in ``year``: the third Tuesday of November.

    Source: KRVL (LBK nr. 1135 af 22/09/2025) § 6, stk. 2.

    Args:
        year: An election year (1981, 1985, …; ``year % 4 == 1``).

    Returns:
        The election day.

    Raises:
        ElectionYearError: If ``year`` is not a supported election year.

    Examples:
        >>> for year in (2009, 2013, 2017, 2021, 2025, 2029):
        ...     print(election_day(year))
        2009-11-17
        2013-11-19
        2017-11-21
        2021-11-16
        2025-11-18
        2029-11-20
        >>> election_day(2024)
        Traceback (most recent call last):
        ...
        kommissorium.time.elections.ElectionYearError: 2024 is not a municipal election year; \
regular elections are held every fourth year from 1981 (2021, 2025, 2029, ...)
    """
    if not is_election_year(year):
        raise ElectionYearError(
            f"{year} is not a municipal election year; regular elections are held every fourth "
            f"year from {FIRST_SUPPORTED_ELECTION_YEAR} (2021, 2025, 2029, ...)"
        )
    first = date(year, 11, 1)
    first_tuesday = first + timedelta(days=(1 - first.weekday()) % 7)
    return first_tuesday + timedelta(weeks=2)


def _regular_period(first_year: int) -> ElectionPeriod:
    return ElectionPeriod(
        election_day=election_day(first_year - 1),
        first_day=date(first_year, 1, 1),
        last_day=date(first_year + 3, 12, 31),
        next_election_day=election_day(first_year + 3),
    )


def election_period(on: date, *, merged: bool = False) -> ElectionPeriod:
    """The municipal election period that ``on`` falls in.

    The general rule: the council elected in November of an election year sits from 1 January
    of the following year to 31 December of the next election year (KRVL § 6, stk. 3, § 97).

    The 2005 structural reform is the exception. In the municipalities that were merged on
    1 January 2007 (``merged=True``) the council elected in 2001 sat until 31 December 2006, and
    the council elected on 15 November 2005 met as *sammenlægningsudvalg* during 2006 and took
    office on 1 January 2007 for a three-year term ending 31 December 2009
    (lov nr. 540 af 24. juni 2005). In unchanged municipalities (``merged=False``) the 2005
    council took office on 1 January 2006 as usual; that date follows from the general rule
    and is stated as an inference in the period's ``note``. The ``merged`` flag changes nothing
    outside 2002–2009.

    Args:
        on: Any day from 1 January 1982.
        merged: Whether the municipality was formed by merger in the 2007 reform.

    Returns:
        The election period, with ``note`` set when it departs from the general rule.

    Raises:
        ElectionYearError: If ``on`` is before 1 January 1982 (the March elections of the 1970s
            are not modelled) or so late that the next election falls after year 9999.

    Examples:
        >>> from datetime import date
        >>> term = election_period(date(2016, 6, 29))
        >>> term.first_day, term.last_day
        (datetime.date(2014, 1, 1), datetime.date(2017, 12, 31))
        >>> term.election_day, term.next_election_day
        (datetime.date(2013, 11, 19), datetime.date(2017, 11, 21))
        >>> election_period(date(2006, 6, 1)).label
        '2006–2009'
        >>> election_period(date(2006, 6, 1), merged=True).label
        '2002–2006'
        >>> election_period(date(2007, 1, 1), merged=True).election_day
        datetime.date(2005, 11, 15)
    """
    if on < _FIRST_SUPPORTED_DAY:
        raise ElectionYearError(
            f"{on.isoformat()} is before 1 January 1982; election periods are modelled from the "
            "term elected in November 1981 (the March elections of 1970, 1974 and 1978 followed "
            "other rules and are not supported)"
        )
    if merged and date(2002, 1, 1) <= on <= date(2006, 12, 31):
        return ElectionPeriod(
            election_day=election_day(2001),
            first_day=date(2002, 1, 1),
            last_day=date(2006, 12, 31),
            next_election_day=election_day(2005),
            note=_REFORM_NOTE_OLD,
        )
    if merged and date(2007, 1, 1) <= on <= date(2009, 12, 31):
        return ElectionPeriod(
            election_day=election_day(2005),
            first_day=date(2007, 1, 1),
            last_day=date(2009, 12, 31),
            next_election_day=election_day(2009),
            note=_REFORM_NOTE_NEW,
        )
    first_year = on.year - (on.year - 2) % 4
    if first_year + 3 > _LAST_ELECTION_YEAR:
        raise ElectionYearError(
            f"{on.isoformat()} is too late: the next election would fall after year 9999"
        )
    period = _regular_period(first_year)
    if first_year == 2006:
        period = attrs.evolve(period, note=_REFORM_NOTE_UNCHANGED)
    return period


def election_periods(
    start_year: int, end_year: int, *, merged: bool = False
) -> Iterator[ElectionPeriod]:
    """The election periods that overlap the calendar years ``start_year`` to ``end_year``.

    Both years are inclusive. Periods are yielded in order, each starting the day after the
    previous one ends.

    Args:
        start_year: First calendar year (1982 or later).
        end_year: Last calendar year; if before ``start_year`` nothing is yielded.
        merged: As for :func:`election_period`.

    Yields:
        Election periods in chronological order.

    Raises:
        ElectionYearError: If ``start_year`` is before 1982.

    Examples:
        >>> [p.label for p in election_periods(2014, 2026)]
        ['2014–2017', '2018–2021', '2022–2025', '2026–2029']
        >>> [p.label for p in election_periods(2002, 2010, merged=True)]
        ['2002–2006', '2007–2009', '2010–2013']
    """
    if end_year < start_year:
        return
    period = election_period(date(start_year, 1, 1), merged=merged)
    while True:
        yield period
        if period.last_day.year >= end_year:
            return
        period = election_period(period.last_day + timedelta(days=1), merged=merged)


def constituent_meeting_window(election_year: int) -> Period:
    """The window for the new council's constituent meeting: 1–15 December (KSTL § 6, stk. 1).

    Args:
        election_year: A regular election year.

    Returns:
        An inclusive period from 1 to 15 December of ``election_year``.

    Raises:
        ElectionYearError: If ``election_year`` is not a supported election year.

    Examples:
        >>> window = constituent_meeting_window(2025)
        >>> window.start, window.end
        (datetime.date(2025, 12, 1), datetime.date(2025, 12, 15))
    """
    election_day(election_year)  # validates the year
    return Period(
        date(election_year, 12, 1),
        date(election_year, 12, 15),
        text=f"1.-15. december {election_year}",
    )
