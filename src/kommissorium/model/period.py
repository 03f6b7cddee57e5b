"""Date ranges that remember how a document wrote them.

A :class:`Period` is an *inclusive* range of calendar days: ``end`` is the last day that
belongs to the period. (The iCalendar export converts to the exclusive all-day ``DTEND``.)
An open-ended period has ``end=None``. ``text`` keeps the Danish expression the range was read
from, such as ``"første kvartal 2024"``, so it survives a round trip through a file.

Examples:
    >>> from datetime import date
    >>> q1 = Period(date(2024, 1, 1), date(2024, 3, 31), text="Første kvartal 2024")
    >>> date(2024, 2, 29) in q1, q1.days
    (True, 91)
    >>> q1.exclusive_end
    datetime.date(2024, 4, 1)
    >>> Period(date(2024, 2, 1), date(2024, 1, 1))
    Traceback (most recent call last):
    ...
    kommissorium.errors.ModelError: period ends (2024-01-01) before it starts (2024-02-01)
"""

from __future__ import annotations

from datetime import date, timedelta

import attrs

from kommissorium.errors import ModelError

__all__ = ["Period"]


def _end_not_before_start(
    instance: Period, attribute: attrs.Attribute[date | None], value: date | None
) -> None:
    if value is not None and value < instance.start:
        raise ModelError(f"period ends ({value}) before it starts ({instance.start})", field="end")


@attrs.frozen
class Period:
    """An inclusive range of days, optionally open-ended, with the text it was read from.

    Attributes:
        start: First day of the period.
        end: Last day of the period (inclusive), or ``None`` when open-ended.
        text: The original expression (``"resten af 2024"``), or ``None`` for plain dates.
    """

    start: date
    end: date | None = attrs.field(default=None, validator=_end_not_before_start)
    text: str | None = None

    def __contains__(self, day: object) -> bool:
        if not isinstance(day, date):
            return False
        return self.start <= day and (self.end is None or day <= self.end)

    @property
    def days(self) -> int | None:
        """Number of days in the period, counting both ends; ``None`` if open-ended."""
        if self.end is None:
            return None
        return (self.end - self.start).days + 1

    @property
    def exclusive_end(self) -> date | None:
        """The day after :attr:`end`, as iCalendar's all-day ``DTEND`` wants it."""
        return None if self.end is None else self.end + timedelta(days=1)

    def overlaps(self, other: Period) -> bool:
        """Whether the two periods share at least one day.

        Examples:
            >>> from datetime import date
            >>> a = Period(date(2024, 1, 1), date(2024, 3, 31))
            >>> a.overlaps(Period(date(2024, 3, 31), date(2024, 6, 30)))
            True
            >>> a.overlaps(Period(date(2024, 4, 1)))
            False
        """
        a_end = self.end or date.max
        b_end = other.end or date.max
        return self.start <= b_end and other.start <= a_end

    def contains_period(self, other: Period) -> bool:
        """Whether ``other`` lies entirely inside this period.

        Examples:
            >>> from datetime import date
            >>> year = Period(date(2024, 1, 1), date(2024, 12, 31))
            >>> year.contains_period(Period(date(2024, 4, 1), date(2024, 6, 30)))
            True
            >>> year.contains_period(Period(date(2024, 4, 1)))
            False
        """
        if other.start < self.start:
            return False
        if self.end is None:
            return True
        return other.end is not None and other.end <= self.end
