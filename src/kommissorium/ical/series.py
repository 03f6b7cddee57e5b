"""Meeting series: from the words users write to an RRULE, and expansion with a holiday policy.

Committees state their meeting plans in words. :func:`parse_recurrence` turns the common forms
into an RFC 5545 recurrence rule; :func:`series_from_text` builds a
:class:`~kommissorium.model.MeetingSeries` that keeps the user's words in ``text``.

The forms and exactly what they mean (``anchor`` is the day the series may start at the
earliest, normally the first meeting):

=====================================================  ============================================
Form (Danish / English)                                Rule
=====================================================  ============================================
"hver tirsdag" / "every Tuesday"                       ``FREQ=WEEKLY;BYDAY=TU``
"hver anden tirsdag" / "every second (other) Tuesday"  ``FREQ=WEEKLY;INTERVAL=2;BYDAY=TU``; the
                                                       fortnight counts from the first Tuesday on
                                                       or after the anchor
"hver tredje/fjerde …" / "every third/fourth …"        ``INTERVAL=3`` / ``INTERVAL=4``
"den første mandag i hver måned" / "… i måneden" /     ``FREQ=MONTHLY;BYDAY=1MO`` (``anden`` 2,
"the first Monday of each month" / "… of the month"    ``tredje`` 3, ``fjerde`` 4, ``sidste`` -1);
                                                       "… i hver anden måned" / "… of every
                                                       second month" adds ``INTERVAL=2``
"fire møder om året" / "four meetings a year" /        every third month, counted from the anchor's
"kvartalsvis" / "quarterly"                            month, on the same weekday in the same week
                                                       of the month as the anchor:
                                                       ``FREQ=MONTHLY;INTERVAL=3;BYDAY=<n><day>``
"to gange årligt" / "halvårligt" / "twice a year" /    the same with ``INTERVAL=6``
"twice yearly"
"årligt" / "yearly" / "annually"                       the same with ``INTERVAL=12``
"N gange om året" for N in 1, 2, 3, 4, 6, 12           ``INTERVAL=12/N`` (other N do not divide the
                                                       year into equal months and are refused)
=====================================================  ============================================

For the per-year forms the week of the month is ``(day - 1) // 7 + 1`` of the anchor; an anchor in
the fifth week (day 29–31) becomes ``-1`` (the last such weekday), since not every month has a
fifth one. So a series anchored on Monday 5 February 2024 (the first Monday) with "fire møder om
året" meets on the first Monday of February, May, August and November.

A time range may follow or precede the form: ``14:00–16:00``, ``14.00-16.00``, ``kl. 14-16``,
``fra kl. 14 til 16``, ``from 14:00 to 16:00``.

Expansion (:func:`expand_series`) uses :mod:`dateutil.rrule` on Danish wall-clock time, so a
14:00 meeting stays at 14:00 across summer-time changes, as RFC 5545 prescribes for a
``DTSTART`` with ``TZID``. Danish public holidays and the caller's closed periods are then
skipped, moved to the next working day, or kept (:class:`HolidayPolicy`). A moved occurrence
goes to the first working day after its own day on which the series has no other meeting: days
of the rule's kept occurrences, of the user's (not cancelled) overrides and of occurrences moved
earlier are taken, so two meetings of one series never share a day. A series that meets every
Monday with July closed thus meets on 1, 2, 6, 7 and 8 August (5 August is its own Monday).
Occurrences the user has overridden (a :class:`~kommissorium.model.Meeting` with ``series``
and ``recurrence_id``) take the override's time and status and are never touched by the
holiday policy.

**The expansion window.** Every expansion of a series — :func:`expand_series`, the calendar
export, the Popolo export, the calendar import, a ``COUNT`` turned into a last day — covers at
most :data:`MAX_OCCURRENCES` (10,000) meetings and at most :data:`WINDOW_YEARS` (100) years
from the series' first meeting. A series that runs past either bound (a daily series until
9999-12-31, ``COUNT=1000000``) is refused with :class:`SeriesRuleError` naming the series and
the bound, instead of filling the memory; give it an earlier ``until``. Searches for the next
meeting of a rule (does the rule select the start? is this ``RECURRENCE-ID`` an occurrence?)
find nothing past the same 100 years (:func:`window_rule`). Ten thousand meetings are a daily
series for 27 years or a weekly one for 190; no committee plan comes near either bound.

Examples:
    >>> from datetime import date
    >>> parse_recurrence("hver anden tirsdag 14:00–16:00", anchor=date(2024, 1, 1)).rule
    'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU'
    >>> parse_recurrence("the first Monday of each month", anchor=date(2024, 1, 1)).rule
    'FREQ=MONTHLY;BYDAY=1MO'
    >>> parse_recurrence("fire møder om året", anchor=date(2024, 2, 5)).rule
    'FREQ=MONTHLY;INTERVAL=3;BYDAY=1MO'
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime, time, timedelta
from itertools import islice

import attrs
from dateutil.rrule import rrule, rrulestr
from icalendar import vRecur

from kommissorium.errors import KommissoriumError
from kommissorium.ical.timezone import CPH, require_aware
from kommissorium.model import Meeting, MeetingSeries, MeetingStatus, Period
from kommissorium.time import danish_holidays, next_working_day

__all__ = [
    "MAX_OCCURRENCES",
    "WINDOW_YEARS",
    "HolidayPolicy",
    "Occurrence",
    "OccurrenceKind",
    "ParsedRecurrence",
    "RecurrenceParseError",
    "SeriesRuleError",
    "expand_series",
    "parse_recurrence",
    "recur_text",
    "rule_parts",
    "series_from_text",
    "series_last_day",
    "window_end",
    "window_rule",
    "window_starts",
]

MAX_OCCURRENCES = 10_000
"""The most meetings one expansion of a series yields (see the module docs)."""

WINDOW_YEARS = 100
"""How many years after its first meeting a series may be expanded (see the module docs)."""


class RecurrenceParseError(KommissoriumError, ValueError):
    """A meeting plan in words that :func:`parse_recurrence` cannot read."""


class SeriesRuleError(KommissoriumError, ValueError):
    """A series whose rule is unusable, or that runs past the expansion window (module docs).

    Attributes:
        series: The id of the series, when the error arose while one series was expanded.
    """

    series: str | None = None


@contextmanager
def _about(series: MeetingSeries) -> Iterator[None]:
    """Mark a :class:`SeriesRuleError` raised inside with the series it is about."""
    try:
        yield
    except SeriesRuleError as exc:
        if exc.series is None:
            exc.series = series.id
        raise


def window_end(first: datetime) -> datetime:
    """The last moment of the expansion window of a series whose first meeting is ``first``.

    That is ``first`` plus :data:`WINDOW_YEARS` years (29 February becomes 28 February), or
    the last moment :mod:`datetime` can hold.

    Examples:
        >>> window_end(datetime(2000, 2, 29, 14))
        datetime.datetime(2100, 2, 28, 14, 0)
    """
    year = first.year + WINDOW_YEARS
    if year > datetime.max.year:
        return datetime.max.replace(tzinfo=first.tzinfo)
    try:
        return first.replace(year=year)
    except ValueError:  # 29 February in a year that has none
        return first.replace(year=year, day=28)


def window_rule(rule: str, first: datetime, *, until: datetime | None = None) -> rrule:
    """A dateutil rule from ``first`` that stops at ``until`` and at the window's end.

    ``rule`` holds no ``UNTIL`` or ``COUNT`` (as :func:`rule_parts` gives it); ``first`` is
    naive Danish wall-clock time. Iterating the result, or asking it for the next meeting
    after a moment, yields nothing past :func:`window_end` of ``first``. (dateutil checks
    that end only against the days a rule selects: a rule that selects no day at all, such as
    ``BYMONTH=2;BYMONTHDAY=30``, is still searched to the year 9999, in a few seconds.)

    Examples:
        >>> r = window_rule("FREQ=YEARLY", datetime(2024, 1, 1, 9))
        >>> r.after(datetime(2200, 1, 1)) is None
        True
        >>> len(list(window_rule("FREQ=YEARLY", datetime(2024, 1, 1, 9))))
        101
    """
    stop = window_end(first)
    if until is not None and until < stop:
        stop = until
    parsed = rrulestr(rule, dtstart=first)
    if not isinstance(parsed, rrule):  # pragma: no cover - rule_parts gives one RRULE
        raise SeriesRuleError(f"cannot expand {rule!r}: not a single recurrence rule")
    bounded: rrule = parsed.replace(until=stop)
    return bounded


def _outside_window(what: str, first: datetime, last: str) -> SeriesRuleError:
    return SeriesRuleError(
        f"{what} runs {last}, more than {WINDOW_YEARS} years after its first meeting "
        f"({first.date().isoformat()}); a series is expanded at most {WINDOW_YEARS} years and "
        f"{MAX_OCCURRENCES:,} meetings: give it an earlier 'until'"
    )


def _too_many(what: str, first: datetime) -> SeriesRuleError:
    return SeriesRuleError(
        f"{what} has more than {MAX_OCCURRENCES:,} meetings from {first.date().isoformat()}; "
        f"a series is expanded at most {MAX_OCCURRENCES:,} meetings and {WINDOW_YEARS} years: "
        "give it an earlier 'until' or a smaller COUNT"
    )


def window_starts(
    rule: str, first: datetime, last_day: date | None, what: str, *, count: int | None = None
) -> list[datetime]:
    """The naive start times of a rule from ``first`` through ``last_day``, or ``count`` of them.

    Args:
        rule: The rule without ``UNTIL`` and ``COUNT``.
        first: The first meeting, naive Danish wall-clock time.
        last_day: The last day a meeting may fall on (inclusive); ``None`` with ``count``.
        what: The series, for messages (``"meeting series s"``).
        count: Take this many meetings instead of running to ``last_day``.

    Raises:
        SeriesRuleError: The meetings run past the expansion window (see the module docs).

    Examples:
        >>> len(window_starts("FREQ=DAILY", datetime(2024, 1, 1, 9), date(2024, 1, 31), "s"))
        31
        >>> window_starts("FREQ=DAILY", datetime(2024, 1, 1, 9), date(9999, 12, 31), "s")
        Traceback (most recent call last):
        ...
        kommissorium.ical.series.SeriesRuleError: s runs to 9999-12-31, more than 100 years ...
    """
    stop = window_end(first)
    if last_day is not None and last_day > stop.date():
        raise _outside_window(what, first, f"to {last_day.isoformat()}")
    if count is not None and count > MAX_OCCURRENCES:
        raise _too_many(what, first)
    until = None if last_day is None else datetime.combine(last_day, first.time())
    limit = MAX_OCCURRENCES + 1 if count is None else count
    found = list(islice(window_rule(rule, first, until=until), limit))
    if len(found) > MAX_OCCURRENCES:
        raise _too_many(what, first)
    if count is not None and len(found) < count:
        raise _outside_window(what, first, f"COUNT={count} meetings")
    return found


class HolidayPolicy(enum.StrEnum):
    """What happens to an occurrence that falls on a holiday or in a closed period."""

    SKIP = "skip"
    """Leave it out (an ``EXDATE`` line in the export)."""
    MOVE = "move"
    """Move it, at the same time, to the next working day on which the series has no other
    meeting (a ``RECURRENCE-ID`` override)."""
    KEEP = "keep"
    """Keep it where the rule puts it."""


class OccurrenceKind(enum.StrEnum):
    """Why an occurrence is where it is."""

    RULE = "rule"
    """Where the rule puts it."""
    SKIPPED = "skipped"
    """Left out by the holiday policy."""
    MOVED = "moved"
    """Moved by the holiday policy."""
    OVERRIDE = "override"
    """Replaced by a meeting the user gave."""


@attrs.frozen(kw_only=True)
class Occurrence:
    """One occurrence of a series after the holiday policy and the overrides.

    Attributes:
        recurrence_id: Where the rule put it (its ``RECURRENCE-ID``), Danish local time.
        start: Where it actually starts.
        end: Where it actually ends.
        kind: Why it is there.
        status: The meeting status (an override's status, else planned).
        reason: For skipped and moved occurrences: the holiday's name or ``"lukket"``.
        meeting: The override, for kind ``override``.
    """

    recurrence_id: datetime
    start: datetime
    end: datetime
    kind: OccurrenceKind = OccurrenceKind.RULE
    status: MeetingStatus = MeetingStatus.PLANNED
    reason: str | None = None
    meeting: Meeting | None = None


@attrs.frozen(kw_only=True)
class ParsedRecurrence:
    """A meeting plan in words, read.

    Attributes:
        rule: The RFC 5545 recurrence rule (no ``DTSTART``, ``UNTIL`` or ``COUNT``).
        start_time: The start time the text gave, if any.
        end_time: The end time the text gave, if any.
        form: Which form was recognised: ``weekly``, ``monthly`` or ``per-year``.
    """

    rule: str
    start_time: time | None = None
    end_time: time | None = None
    form: str = "weekly"


_WEEKDAYS = {
    "mandag": "MO",
    "tirsdag": "TU",
    "onsdag": "WE",
    "torsdag": "TH",
    "fredag": "FR",
    "lørdag": "SA",
    "søndag": "SU",
    "monday": "MO",
    "tuesday": "TU",
    "wednesday": "WE",
    "thursday": "TH",
    "friday": "FR",
    "saturday": "SA",
    "sunday": "SU",
}
_DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_ORDINALS = {
    "første": 1,
    "1.": 1,
    "first": 1,
    "1st": 1,
    "anden": 2,
    "andet": 2,
    "2.": 2,
    "second": 2,
    "other": 2,
    "2nd": 2,
    "tredje": 3,
    "3.": 3,
    "third": 3,
    "3rd": 3,
    "fjerde": 4,
    "4.": 4,
    "fourth": 4,
    "4th": 4,
    "sidste": -1,
    "last": -1,
}
_COUNTS = {
    "en": 1,
    "én": 1,
    "et": 1,
    "one": 1,
    "once": 1,
    "to": 2,
    "two": 2,
    "twice": 2,
    "tre": 3,
    "three": 3,
    "fire": 4,
    "four": 4,
    "fem": 5,
    "five": 5,
    "seks": 6,
    "six": 6,
    "syv": 7,
    "seven": 7,
    "otte": 8,
    "eight": 8,
    "ni": 9,
    "nine": 9,
    "ti": 10,
    "ten": 10,
    "tolv": 12,
    "twelve": 12,
}
_TIME_RANGE = re.compile(
    r"(?:kl\.?\s*)?(?P<h1>\d{1,2})(?:[:.](?P<m1>\d{2}))?"
    r"(?:\s*[-–—]\s*|\s+(?:til|to|until)\s+(?:kl\.?\s*)?)"
    r"(?P<h2>\d{1,2})(?:[:.](?P<m2>\d{2}))?\b"
)
_TIME_SINGLE = re.compile(r"(?:\bkl\.?\s*|\bat\s+)(?P<h1>\d{1,2})(?:[:.](?P<m1>\d{2}))?")
_ORD = "|".join(re.escape(k) for k in sorted(_ORDINALS, key=len, reverse=True))
_DAY = "|".join(_WEEKDAYS)
_WEEKLY = re.compile(rf"^(?:hver|every)\s+(?:(?P<ord>{_ORD})\s+)?(?P<day>{_DAY})s?$")
_MONTHLY = re.compile(
    rf"^(?:den\s+|the\s+)?(?P<ord>{_ORD})\s+(?P<day>{_DAY})\s+"
    rf"(?:(?:i|of|in)\s+(?:hver|every|each)\s+(?:(?P<mord>{_ORD})\s+)?(?:måned|month)"
    rf"|(?:i|om)\s+måneden|(?:of|in)\s+the\s+month|every\s+month|hver\s+måned|monthly"
    rf"|månedligt?)$"
)
_PER_YEAR_WORDS = {
    "kvartalsvis": 4,
    "kvartalsvist": 4,
    "hvert kvartal": 4,
    "quarterly": 4,
    "every quarter": 4,
    "halvårligt": 2,
    "halvårlig": 2,
    "hvert halve år": 2,
    "twice yearly": 2,
    "half-yearly": 2,
    "semi-annually": 2,
    "semiannually": 2,
    "årligt": 1,
    "en gang årligt": 1,
    "yearly": 1,
    "annually": 1,
    "once yearly": 1,
}
_PER_YEAR = re.compile(
    r"^(?P<n>\d+|\w+)\s*(?:(?:møder|gange|statusser|status|meetings|times|reports)\s*)?"
    r"(?:om\s+året|årligt|pr\.?\s+år|om\s+år|a\s+year|per\s+year|each\s+year|every\s+year)$"
)
KNOWN_FORMS = (
    "hver anden tirsdag 14:00–16:00",
    "every second Tuesday from 14:00 to 16:00",
    "den første mandag i hver måned",
    "the first Monday of the month",
    "fire møder om året",
    "four meetings a year",
    "kvartalsvis",
    "quarterly",
    "to gange årligt",
    "halvårligt",
    "twice a year",
)


def _time(hour: str, minute: str | None, text: str) -> time:
    h, m = int(hour), int(minute or 0)
    if not (0 <= h <= 23 and 0 <= m <= 59):
        raise RecurrenceParseError(f"cannot read {text!r}: {hour}:{minute or '00'} is no time")
    return time(h, m)


def _week_of_month(day: date) -> int:
    n = (day.day - 1) // 7 + 1
    return -1 if n == 5 else n


def parse_recurrence(text: str, *, anchor: date) -> ParsedRecurrence:
    """Read a meeting plan in words (see the module docs for the forms and their meaning).

    Args:
        text: The plan, Danish or English, for example ``"hver anden tirsdag 14:00–16:00"``.
        anchor: The day the series starts at the earliest; the per-year forms take their months
            and their weekday from it.

    Returns:
        The rule, and the times if the text gave them.

    Raises:
        RecurrenceParseError: The text is not one of the known forms.

    Examples:
        >>> p = parse_recurrence("every second Tuesday 14:00-16:00", anchor=date(2024, 1, 1))
        >>> p.rule, p.start_time, p.end_time
        ('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU', datetime.time(14, 0), datetime.time(16, 0))
        >>> parse_recurrence("to gange årligt", anchor=date(2023, 3, 30)).rule
        'FREQ=MONTHLY;INTERVAL=6;BYDAY=-1TH'
        >>> parse_recurrence("fem gange om året", anchor=date(2024, 1, 1))
        Traceback (most recent call last):
        ...
        kommissorium.ical.series.RecurrenceParseError: cannot read 'fem gange om året': ...
    """
    body = " ".join(text.strip().lower().replace(",", " ").split())
    start_time = end_time = None
    match = _TIME_RANGE.search(body)
    if match:
        start_time = _time(match["h1"], match["m1"], text)
        end_time = _time(match["h2"], match["m2"], text)
        if end_time <= start_time:
            raise RecurrenceParseError(f"cannot read {text!r}: the meeting ends before it starts")
    else:
        match = _TIME_SINGLE.search(body)
        if match:
            start_time = _time(match["h1"], match["m1"], text)
    if match:
        body = (body[: match.start()] + body[match.end() :]).strip()
    body = re.sub(r"\s+(?:fra|from|kl\.?|at)$", "", body).strip()

    if m := _WEEKLY.match(body):
        interval = _ORDINALS[m["ord"]] if m["ord"] else 1
        if interval < 1:
            raise RecurrenceParseError(f"cannot read {text!r}: 'last' is not an interval")
        parts: dict[str, object] = {"FREQ": "WEEKLY"}
        if interval > 1:
            parts["INTERVAL"] = interval
        parts["BYDAY"] = _WEEKDAYS[m["day"]]
        return ParsedRecurrence(
            rule=_rule_text(parts), start_time=start_time, end_time=end_time, form="weekly"
        )
    if m := _MONTHLY.match(body):
        parts = {"FREQ": "MONTHLY"}
        if m["mord"]:
            months = _ORDINALS[m["mord"]]
            if months < 1:
                raise RecurrenceParseError(f"cannot read {text!r}: 'last' is not an interval")
            if months > 1:
                parts["INTERVAL"] = months
        parts["BYDAY"] = f"{_ORDINALS[m['ord']]}{_WEEKDAYS[m['day']]}"
        return ParsedRecurrence(
            rule=_rule_text(parts), start_time=start_time, end_time=end_time, form="monthly"
        )
    per_year = _PER_YEAR_WORDS.get(body)
    if per_year is None and (m := _PER_YEAR.match(body)):
        word = m["n"]
        per_year = int(word) if word.isdigit() else _COUNTS.get(word)
        if per_year is None:
            raise RecurrenceParseError(
                f"cannot read {text!r}: {word!r} is not a number of meetings; write it as a "
                "number or a word (to, fire, …), or use 'kvartalsvis'/'halvårligt'"
            )
    if per_year is not None:
        count = per_year
        if count not in (1, 2, 3, 4, 6, 12):
            raise RecurrenceParseError(
                f"cannot read {text!r}: meetings per year must be 1, 2, 3, 4, 6 or 12 so that "
                "they fall at equal month intervals"
            )
        parts = {"FREQ": "MONTHLY"}
        if count < 12:
            parts["INTERVAL"] = 12 // count
        parts["BYDAY"] = f"{_week_of_month(anchor)}{_DAY_CODES[anchor.weekday()]}"
        return ParsedRecurrence(
            rule=_rule_text(parts), start_time=start_time, end_time=end_time, form="per-year"
        )
    raise RecurrenceParseError(
        f"cannot read {text!r}: not a known meeting plan; known forms: " + "; ".join(KNOWN_FORMS)
    )


def _rule_text(parts: dict[str, object]) -> str:
    return "".join(
        f"{';' if i else ''}{key}={value}" for i, (key, value) in enumerate(parts.items())
    )


def recur_text(recur: vRecur) -> str:
    """The text of a ``vRecur`` (``FREQ=…;…``), typed.

    Examples:
        >>> recur_text(rule_parts("FREQ=WEEKLY;BYDAY=TU"))
        'FREQ=WEEKLY;BYDAY=TU'
    """
    data: bytes = recur.to_ical()  # type: ignore[no-untyped-call]
    return data.decode()


def rule_parts(rule: str, what: str = "series") -> vRecur:
    """Parse and check a recurrence rule; return it without ``UNTIL`` and ``COUNT``.

    Args:
        rule: An RFC 5545 ``RRULE`` value (an ``RRULE:`` prefix is allowed).
        what: What the rule belongs to, for error messages.

    Returns:
        The rule as an icalendar ``vRecur`` in canonical order.

    Raises:
        SeriesRuleError: The rule cannot be read or has no ``FREQ``.

    Examples:
        >>> rule_parts("RRULE:freq=weekly;byday=TU;interval=2").to_ical()
        b'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU'
    """
    value = rule.strip()
    if value.upper().startswith("RRULE:"):
        value = value[6:]
    try:
        recur = vRecur.from_ical(value)
        recur.pop("UNTIL", None)
        recur.pop("COUNT", None)
        if "FREQ" not in recur:
            raise ValueError("there is no FREQ")
        if any(int(n) < 1 for n in recur.get("INTERVAL", ())):
            raise ValueError("INTERVAL must be 1 or more")
        rrulestr(recur_text(recur), dtstart=datetime(2000, 1, 1))
    except (ValueError, TypeError, KeyError) as exc:
        raise SeriesRuleError(f"{what}: cannot read the rule {rule!r}: {exc}") from None
    result: vRecur = recur
    return result


def _raw_rule(series: MeetingSeries) -> vRecur:
    value = series.rule.strip()
    if value.upper().startswith("RRULE:"):
        value = value[6:]
    try:
        result: vRecur = vRecur.from_ical(value)
        return result
    except (ValueError, TypeError) as exc:
        raise SeriesRuleError(
            f"meeting series {series.id}: cannot read the rule {series.rule!r}: {exc}"
        ) from None


def series_last_day(series: MeetingSeries, *, horizon: date | None = None) -> date:
    """The last day an occurrence of ``series`` may fall on.

    It is ``series.until``; else the ``UNTIL`` or ``COUNT`` inside the rule; else ``horizon``.

    Args:
        series: The series.
        horizon: The last day for an open-ended series.

    Returns:
        The inclusive last day.

    Raises:
        SeriesRuleError: The series is open-ended and no horizon was given, or its ``COUNT``
            runs past the expansion window (see the module docs).

    Examples:
        >>> from datetime import datetime
        >>> s = MeetingSeries(id="s", committee="u", rule="FREQ=MONTHLY;BYDAY=1MO;COUNT=3",
        ...     start=datetime(2024, 1, 1, 14, tzinfo=CPH),
        ...     end=datetime(2024, 1, 1, 16, tzinfo=CPH))
        >>> series_last_day(s)
        datetime.date(2024, 3, 4)
    """
    if series.until is not None:
        return series.until
    raw = _raw_rule(series)
    if "UNTIL" in raw:
        until = raw["UNTIL"][0]
        if isinstance(until, datetime):
            return (until.astimezone(CPH) if until.tzinfo else until).date()
        day: date = until
        return day
    if "COUNT" in raw:
        what = f"meeting series {series.id}"
        local = require_aware(series.start, f"{what}: start")
        text = recur_text(rule_parts(series.rule, what))
        count = int(raw["COUNT"][0])
        with _about(series):
            starts = window_starts(text, local.replace(tzinfo=None), None, what, count=count)
        return starts[-1].date()
    if horizon is None:
        raise SeriesRuleError(
            f"meeting series {series.id} has no end: give it 'until' or pass a horizon "
            "(the export uses the end of the export window or of the election period)"
        )
    return horizon


def _rule_starts(series: MeetingSeries, last_day: date) -> list[datetime]:
    what = f"meeting series {series.id}"
    local = require_aware(series.start, f"{what}: start")
    text = recur_text(rule_parts(series.rule, what))
    starts = window_starts(text, local.replace(tzinfo=None), last_day, what)
    return [d.replace(tzinfo=CPH) for d in starts]


def _closed_reason(day: date, holidays: dict[date, str], closed: Sequence[Period]) -> str | None:
    if day in holidays:
        return holidays[day]
    for period in closed:
        if day in period:
            return period.text or "lukket"
    return None


def expand_series(
    series: MeetingSeries,
    *,
    holidays: HolidayPolicy | str = HolidayPolicy.KEEP,
    closed: Iterable[Period] = (),
    include_optional: bool = False,
    overrides: Iterable[Meeting] = (),
    horizon: date | None = None,
) -> tuple[Occurrence, ...]:
    """Every occurrence of a series, after overrides and the holiday policy.

    Args:
        series: The series.
        holidays: What to do with occurrences on Danish public holidays and in ``closed``.
        closed: Extra periods when the committee does not meet (summer holiday, …).
        include_optional: Treat grundlovsdag, 1. maj, juleaftensdag and nytårsaftensdag as
            holidays too.
        overrides: Meetings that override single occurrences (those with ``series`` equal to
            this series' id and a ``recurrence_id``; others are ignored).
        horizon: The last day for a series without an end.

    Returns:
        The occurrences in ``recurrence_id`` order, skipped ones included (kind ``skipped``).

    Raises:
        SeriesRuleError: The rule is unusable, the series is open-ended without a horizon, or
            it runs past the expansion window (:data:`MAX_OCCURRENCES` meetings,
            :data:`WINDOW_YEARS` years; see the module docs).

    Examples:
        >>> from datetime import datetime
        >>> s = MeetingSeries(id="s", committee="u", rule="FREQ=WEEKLY;BYDAY=MO",
        ...     start=datetime(2024, 3, 25, 9, tzinfo=CPH),
        ...     end=datetime(2024, 3, 25, 10, tzinfo=CPH), until=date(2024, 4, 8))
        >>> for o in expand_series(s, holidays="move"):
        ...     print(o.start.date(), o.kind.value, o.reason)
        2024-03-25 rule None
        2024-04-02 moved Anden påskedag
        2024-04-08 rule None
    """
    policy = HolidayPolicy(holidays)
    periods = tuple(closed)
    with _about(series):
        last_day = series_last_day(series, horizon=horizon)
        starts = _rule_starts(series, last_day)
    local_start = series.start.astimezone(CPH)
    duration = series.end.astimezone(CPH) - local_start
    by_rid: dict[datetime, Meeting] = {}
    for meeting in overrides:
        if meeting.series == series.id and meeting.recurrence_id is not None:
            by_rid[meeting.recurrence_id.astimezone(CPH)] = meeting
    years = {s.year for s in starts} | {s.year + 1 for s in starts}
    table = (
        danish_holidays(years, include_optional=include_optional)
        if policy is not HolidayPolicy.KEEP
        else {}
    )
    planned: list[tuple[datetime, Meeting | None, str | None]] = []
    occupied: set[date] = set()
    for start in starts:
        override = by_rid.pop(start, None)
        reason = (
            _closed_reason(start.date(), table, periods)
            if override is None and policy is not HolidayPolicy.KEEP
            else None
        )
        planned.append((start, override, reason))
        if override is not None:
            if override.status is not MeetingStatus.CANCELLED:
                occupied.add(override.start.astimezone(CPH).date())
        elif reason is None:
            occupied.add(start.date())
    result: list[Occurrence] = []
    for start, override, reason in planned:
        end = start + duration
        if override is not None:
            result.append(
                Occurrence(
                    recurrence_id=start,
                    start=override.start.astimezone(CPH),
                    end=override.end.astimezone(CPH),
                    kind=OccurrenceKind.OVERRIDE,
                    status=override.status,
                    meeting=override,
                )
            )
        elif reason is None:
            result.append(Occurrence(recurrence_id=start, start=start, end=end))
        elif policy is HolidayPolicy.SKIP:
            result.append(
                Occurrence(
                    recurrence_id=start,
                    start=start,
                    end=end,
                    kind=OccurrenceKind.SKIPPED,
                    reason=reason,
                )
            )
        else:
            day = start.date()
            while True:
                day = next_working_day(
                    day + timedelta(days=1), closed=periods, include_optional=include_optional
                )
                if day not in occupied:
                    break
            occupied.add(day)
            moved = datetime.combine(day, start.timetz().replace(tzinfo=None), tzinfo=CPH)
            result.append(
                Occurrence(
                    recurrence_id=start,
                    start=moved,
                    end=moved + duration,
                    kind=OccurrenceKind.MOVED,
                    reason=reason,
                )
            )
    if by_rid:
        stray = min(by_rid)
        raise SeriesRuleError(
            f"meeting {by_rid[stray].id}: recurrence_id {stray.isoformat()} is not an occurrence "
            f"of meeting series {series.id}"
        )
    return tuple(result)


def series_from_text(
    text: str,
    *,
    id: str,
    committee: str,
    first: date,
    until: date | None = None,
    start_time: time | None = None,
    duration: timedelta | None = None,
    title: str | None = None,
    location: str | None = None,
    description: str | None = None,
) -> MeetingSeries:
    """Build a meeting series from a plan in words, keeping the words in ``text``.

    The first meeting is the first day on or after ``first`` that the rule selects.

    Args:
        text: The plan (see :func:`parse_recurrence`).
        id: The series id.
        committee: The id of the body that meets.
        first: The day the series starts at the earliest (also the per-year forms' anchor).
        until: The last day a meeting may fall on (inclusive).
        start_time: The start time when the text gives none.
        duration: The length when the text gives no end time (default two hours).
        title: Title of each meeting.
        location: Where.
        description: Free text.

    Returns:
        The series, its ``start``/``end`` in Danish local time.

    Raises:
        RecurrenceParseError: The text cannot be read, or gives no time and ``start_time``
            is missing.

    Examples:
        >>> s = series_from_text("den første mandag i hver måned 16:00-18:00", id="mm",
        ...     committee="u", first=date(2024, 1, 1), until=date(2025, 12, 31))
        >>> s.rule, s.start.isoformat(), s.end.time()
        ('FREQ=MONTHLY;BYDAY=1MO', '2024-01-01T16:00:00+01:00', datetime.time(18, 0))
    """
    parsed = parse_recurrence(text, anchor=first)
    begin = parsed.start_time or start_time
    if begin is None:
        raise RecurrenceParseError(
            f"cannot read {text!r}: no time of day; write one ('14:00-16:00') or pass start_time"
        )
    if parsed.end_time is not None:
        length = datetime.combine(first, parsed.end_time) - datetime.combine(first, begin)
    else:
        length = duration or timedelta(hours=2)
    anchor = datetime.combine(first, begin)
    rule = rrulestr(parsed.rule, dtstart=anchor)
    found = rule.after(anchor, inc=True)
    if found is None or (until is not None and found.date() > until):
        raise RecurrenceParseError(f"{text!r} selects no day between {first} and {until}")
    start = found.replace(tzinfo=CPH)
    return MeetingSeries(
        id=id,
        committee=committee,
        start=start,
        end=start + length,
        rule=parsed.rule,
        until=until,
        title=title,
        location=location,
        text=text,
        description=description,
    )
