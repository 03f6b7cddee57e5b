"""Meetings and meeting series.

Datetimes must be timezone-aware (normally ``Europe/Copenhagen``); a naive datetime is refused
because it cannot be placed on a calendar without guessing.

Examples:
    >>> from datetime import datetime
    >>> from zoneinfo import ZoneInfo
    >>> cph = ZoneInfo("Europe/Copenhagen")
    >>> m = Meeting(id="m1", committee="s174", start=datetime(2024, 2, 6, 14, tzinfo=cph),
    ...             end=datetime(2024, 2, 6, 16, tzinfo=cph))
    >>> m.status
    <MeetingStatus.PLANNED: 'planned'>
    >>> Meeting(id="m2", committee="s174", start=datetime(2024, 2, 6, 14),
    ...         end=datetime(2024, 2, 6, 16))
    Traceback (most recent call last):
    ...
    kommissorium.errors.ModelError: meeting m2: start must be timezone-aware ...
"""

from __future__ import annotations

import enum
from datetime import date, datetime

import attrs

from kommissorium.errors import ModelError

__all__ = ["Meeting", "MeetingSeries", "MeetingStatus"]


def _require_aware(owner: str, name: str, value: datetime | None) -> None:
    if value is not None and (value.tzinfo is None or value.utcoffset() is None):
        raise ModelError(f"{owner}: {name} must be timezone-aware (got {value})", field=name)


def _require_order(owner: str, start: datetime, end: datetime) -> None:
    # Compare instants: within one time zone Python compares wall-clock times, which gets a
    # meeting across the October clock change wrong.
    if end.timestamp() <= start.timestamp():
        raise ModelError(f"{owner}: ends ({end}) before it starts ({start})", field="end")


class MeetingStatus(enum.StrEnum):
    """Status of a meeting (the RFC 5545 event statuses plus ``held``)."""

    PLANNED = "planned"
    """Planned, not yet confirmed (TENTATIVE)."""
    CONFIRMED = "confirmed"
    """Confirmed (CONFIRMED)."""
    HELD = "held"
    """Held (CONFIRMED, in the past)."""
    CANCELLED = "cancelled"
    """Cancelled (CANCELLED)."""


@attrs.frozen(kw_only=True)
class Meeting:
    """A single meeting.

    Attributes:
        id: Stable id.
        committee: Id of the body that meets.
        start: Aware start.
        end: Aware end, after ``start``.
        title: Title; defaults to the body's name in exports.
        location: Where.
        status: Status.
        series: Id of the series this meeting overrides an occurrence of, if any.
        recurrence_id: The original start of the overridden occurrence.
        description: Free text.
    """

    id: str
    committee: str
    start: datetime
    end: datetime
    title: str | None = None
    location: str | None = None
    status: MeetingStatus = MeetingStatus.PLANNED
    series: str | None = None
    recurrence_id: datetime | None = None
    description: str | None = None

    def __attrs_post_init__(self) -> None:
        _require_aware(f"meeting {self.id}", "start", self.start)
        _require_aware(f"meeting {self.id}", "end", self.end)
        _require_aware(f"meeting {self.id}", "recurrence_id", self.recurrence_id)
        _require_order(f"meeting {self.id}", self.start, self.end)


@attrs.frozen(kw_only=True)
class MeetingSeries:
    """A recurring meeting, as an RFC 5545 recurrence rule.

    Attributes:
        id: Stable id.
        committee: Id of the body that meets.
        start: Aware start of the first occurrence.
        end: Aware end of the first occurrence.
        rule: The recurrence rule without ``DTSTART``, e.g. ``"FREQ=MONTHLY;BYDAY=1MO"``.
        until: Last day an occurrence may fall on (inclusive).
        title: Title of each meeting.
        location: Where.
        text: The series as the user stated it ("første mandag i hver måned").
        description: Free text.
    """

    id: str
    committee: str
    start: datetime
    end: datetime
    rule: str
    until: date | None = None
    title: str | None = None
    location: str | None = None
    text: str | None = None
    description: str | None = None

    def __attrs_post_init__(self) -> None:
        _require_aware(f"meeting series {self.id}", "start", self.start)
        _require_aware(f"meeting series {self.id}", "end", self.end)
        _require_order(f"meeting series {self.id}", self.start, self.end)
        if self.until is not None and self.until < self.start.date():
            raise ModelError(
                f"meeting series {self.id}: until ({self.until}) is before the first meeting",
                field="until",
            )
