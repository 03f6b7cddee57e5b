"""iCalendar export, import and CalDAV publishing of phase plans and meetings.

Examples:
    >>> from datetime import datetime, timezone
    >>> import kommissorium as k
    >>> from kommissorium.ical import read_calendar, to_ics
    >>> d = k.load("examples/hedensted-social-2024.toml")
    >>> back = read_calendar(to_ics(d, stamp=datetime(2024, 1, 2, tzinfo=timezone.utc)))
    >>> back.phases == d.plan.phases
    True
"""

from kommissorium.ical.export import (
    ADDRESS_FORM,
    DATA_PROPERTY,
    PRODID,
    AddressError,
    DuplicateUidError,
    FeedInfo,
    Organizer,
    check_address,
    export_calendar,
    to_ics,
)
from kommissorium.ical.identity import NAMESPACE, CalendarReadError, stable_uid
from kommissorium.ical.importer import CalendarContents, SkippedEvent, read_calendar
from kommissorium.ical.series import (
    HolidayPolicy,
    Occurrence,
    OccurrenceKind,
    ParsedRecurrence,
    RecurrenceParseError,
    SeriesRuleError,
    expand_series,
    parse_recurrence,
    series_from_text,
)
from kommissorium.ical.timezone import CPH, TZID, NaiveDatetimeError, copenhagen_vtimezone

__all__ = [
    "ADDRESS_FORM",
    "CPH",
    "DATA_PROPERTY",
    "NAMESPACE",
    "PRODID",
    "TZID",
    "AddressError",
    "CalendarContents",
    "CalendarReadError",
    "DuplicateUidError",
    "FeedInfo",
    "HolidayPolicy",
    "NaiveDatetimeError",
    "Occurrence",
    "OccurrenceKind",
    "Organizer",
    "ParsedRecurrence",
    "RecurrenceParseError",
    "SeriesRuleError",
    "SkippedEvent",
    "check_address",
    "copenhagen_vtimezone",
    "expand_series",
    "export_calendar",
    "parse_recurrence",
    "read_calendar",
    "series_from_text",
    "stable_uid",
    "to_ics",
]
