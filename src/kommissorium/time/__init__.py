"""Time: election periods, Danish holidays and Danish period expressions.

Examples:
    >>> from datetime import date
    >>> from kommissorium.time import election_day, parse_period
    >>> election_day(2025)
    datetime.date(2025, 11, 18)
    >>> parse_period("1. halvår 2019").end
    datetime.date(2019, 6, 30)
"""

from __future__ import annotations

from kommissorium.time.elections import (
    FIRST_SUPPORTED_ELECTION_YEAR,
    ElectionYearError,
    constituent_meeting_window,
    election_day,
    election_period,
    election_periods,
    is_election_year,
)
from kommissorium.time.holidays import (
    NoWorkingDayError,
    danish_holidays,
    is_public_holiday,
    is_working_day,
    next_working_day,
)
from kommissorium.time.periods import KNOWN_FORMS, PeriodContext, format_period, parse_period

__all__ = [
    "FIRST_SUPPORTED_ELECTION_YEAR",
    "KNOWN_FORMS",
    "ElectionYearError",
    "NoWorkingDayError",
    "PeriodContext",
    "constituent_meeting_window",
    "danish_holidays",
    "election_day",
    "election_period",
    "election_periods",
    "format_period",
    "is_election_year",
    "is_public_holiday",
    "is_working_day",
    "next_working_day",
    "parse_period",
]
