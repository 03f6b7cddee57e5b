"""Europe/Copenhagen as a rule-based VTIMEZONE, and the aware-datetime guard.

icalendar can generate a VTIMEZONE from the tz database (``Timezone.from_tzid``), but what it
generates lists every transition as an ``RDATE`` value. Several consumers read only the first
value of such a list — vobject, and therefore the Radicale CalDAV server, and Outlook — and then
place summer meetings an hour wrong. The calendars written here therefore carry a hand-written
VTIMEZONE with one ``DAYLIGHT`` and one ``STANDARD`` observance, each with the EU rule since
1996 (last Sunday of March 02:00 → CEST, last Sunday of October 03:00 → CET). The tests compare
it with ``zoneinfo`` hour by hour.

The rule is wrong for Danish dates before 1996 (summer time then ended in September), so
:func:`require_aware` also refuses datetimes before 1996.

Examples:
    >>> tz = copenhagen_vtimezone()
    >>> str(tz["TZID"]), [c.name for c in tz.subcomponents]
    ('Europe/Copenhagen', ['DAYLIGHT', 'STANDARD'])
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from icalendar import Timezone

from kommissorium.errors import KommissoriumError

__all__ = [
    "CPH",
    "FIRST_SUPPORTED_YEAR",
    "TZID",
    "VTIMEZONE_TEXT",
    "NaiveDatetimeError",
    "copenhagen_vtimezone",
    "ical_time",
    "is_second_pass",
    "require_aware",
]

TZID = "Europe/Copenhagen"
"""The time zone id every exported local time carries."""

CPH = ZoneInfo(TZID)
"""``zoneinfo`` for Danish local time."""

FIRST_SUPPORTED_YEAR = 1996
"""The first year the rule-based VTIMEZONE is right for (EU summer-time rule in Denmark)."""

VTIMEZONE_TEXT = (
    "BEGIN:VTIMEZONE\r\n"
    "TZID:Europe/Copenhagen\r\n"
    "BEGIN:DAYLIGHT\r\n"
    "TZOFFSETFROM:+0100\r\n"
    "TZOFFSETTO:+0200\r\n"
    "TZNAME:CEST\r\n"
    "DTSTART:19700329T020000\r\n"
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
    "END:DAYLIGHT\r\n"
    "BEGIN:STANDARD\r\n"
    "TZOFFSETFROM:+0200\r\n"
    "TZOFFSETTO:+0100\r\n"
    "TZNAME:CET\r\n"
    "DTSTART:19701025T030000\r\n"
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
    "END:STANDARD\r\n"
    "END:VTIMEZONE\r\n"
)
"""The VTIMEZONE as written into every calendar (CRLF line ends)."""


class NaiveDatetimeError(KommissoriumError, ValueError):
    """A datetime without a time zone, or one before the supported years, reached the export."""


def copenhagen_vtimezone() -> Timezone:
    """A fresh VTIMEZONE component for Europe/Copenhagen (rule-based, see the module docs).

    Returns:
        A new component each call, so callers may add it to a calendar.
    """
    component = Timezone.from_ical(VTIMEZONE_TEXT)
    assert isinstance(component, Timezone)
    return component


def require_aware(value: datetime, what: str) -> datetime:
    """Return ``value`` in Danish local time, refusing naive or pre-1996 datetimes.

    Args:
        value: A datetime.
        what: What the value is, for the error message (``"meeting m1: start"``).

    Returns:
        The same instant with ``tzinfo=CPH``.

    Raises:
        NaiveDatetimeError: ``value`` is naive, or before 1996.

    Examples:
        >>> from datetime import timezone
        >>> require_aware(datetime(2024, 7, 1, 12, tzinfo=timezone.utc), "x").hour
        14
        >>> require_aware(datetime(2024, 7, 1, 12), "meeting m1: start")
        Traceback (most recent call last):
        ...
        kommissorium.ical.timezone.NaiveDatetimeError: meeting m1: start (...) has no time zone; ...
    """
    if value.tzinfo is None or value.utcoffset() is None:
        raise NaiveDatetimeError(
            f"{what} ({value.isoformat()}) has no time zone; give an aware datetime "
            f"(for example with tzinfo=ZoneInfo({TZID!r}))"
        )
    local = value.astimezone(CPH)
    if local.year < FIRST_SUPPORTED_YEAR:
        raise NaiveDatetimeError(
            f"{what} ({value.isoformat()}) is before {FIRST_SUPPORTED_YEAR}; the exported "
            "time zone rule is only right from then on"
        )
    return local


def is_second_pass(value: datetime) -> bool:
    """Whether an aware datetime falls in the second pass of the repeated autumn hour.

    On the last Sunday of October Danish clocks go from 03:00 summer time back to 02:00, so
    02:00–03:00 local time happens twice; the second pass has offset +01:00.

    Examples:
        >>> from datetime import timedelta, timezone
        >>> is_second_pass(datetime(2024, 10, 27, 2, 15, tzinfo=timezone(timedelta(hours=1))))
        True
        >>> is_second_pass(datetime(2024, 10, 27, 2, 15, tzinfo=timezone(timedelta(hours=2))))
        False
    """
    local = value.astimezone(CPH)
    return local.replace(fold=0).utcoffset() != local.replace(fold=1).utcoffset() and bool(
        local.fold
    )


def ical_time(value: datetime) -> datetime:
    """An aware datetime as iCalendar can carry it: Danish local time, or UTC if it must.

    RFC 5545 (3.3.5) reads a local time with ``TZID`` that happens twice as the first of the
    two, so the second pass of the repeated autumn hour is written in UTC instead (``…Z``);
    every other time stays local (and is written with ``TZID=Europe/Copenhagen``).

    Examples:
        >>> from datetime import timedelta, timezone
        >>> ical_time(datetime(2024, 10, 27, 2, 15, tzinfo=timezone(timedelta(hours=1))))
        datetime.datetime(2024, 10, 27, 1, 15, tzinfo=datetime.timezone.utc)
        >>> ical_time(datetime(2024, 10, 27, 2, 15, tzinfo=CPH)).tzinfo
        zoneinfo.ZoneInfo(key='Europe/Copenhagen')
    """
    local = value.astimezone(CPH)
    return local.astimezone(UTC) if is_second_pass(local) else local
