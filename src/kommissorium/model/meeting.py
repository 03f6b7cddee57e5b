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

from datetime import date, datetime
from itertools import islice
from zoneinfo import ZoneInfo

import attrs

from kommissorium.errors import ModelError
from kommissorium.model.labels import LabelledEnum, labelled

__all__ = ["Meeting", "MeetingSeries", "MeetingStatus"]


def _require_aware(owner: str, name: str, value: datetime | None) -> None:
    if value is not None and (value.tzinfo is None or value.utcoffset() is None):
        raise ModelError(f"{owner}: {name} must be timezone-aware (got {value})", field=name)


_CPH = ZoneInfo("Europe/Copenhagen")


def _require_first_pass(owner: str, name: str, value: datetime) -> None:
    """Refuse a series time in the second pass of the repeated autumn hour (02:00–03:00).

    A series recurs in Danish local time, and iCalendar writes its start as local time, which
    RFC 5545 reads as the first pass of a repeated hour: the second cannot be expressed.
    """
    local = value.astimezone(_CPH)
    if local.fold and local.replace(fold=0).utcoffset() != local.utcoffset():
        first = local.replace(fold=0).isoformat(timespec="minutes")
        raise ModelError(
            f"{owner}: {name} {local.isoformat(timespec='minutes')} is in the repeated hour "
            "when clocks go back; a series recurs in local time, and calendars read that time "
            f"as its first pass ({first})",
            field=name,
            expected="a series time that is not in the second pass of the repeated autumn hour "
            f"(write {first}, or a single meeting)",
            got=local.isoformat(timespec="minutes"),
        )


def _require_order(owner: str, start: datetime, end: datetime) -> None:
    # Compare instants: within one time zone Python compares wall-clock times, which gets a
    # meeting across the October clock change wrong.
    if end.timestamp() <= start.timestamp():
        raise ModelError(f"{owner}: ends ({end}) before it starts ({start})", field="end")


_MEETING_STATUS_LABELS = {
    "planned": ("planlagt", "planned"),
    "confirmed": ("bekræftet", "confirmed"),
    "held": ("afholdt", "held"),
    "cancelled": ("aflyst", "cancelled"),
}


@labelled(_MEETING_STATUS_LABELS)
class MeetingStatus(LabelledEnum):
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
        rule: The recurrence rule without ``DTSTART``, e.g. ``"FREQ=MONTHLY;BYDAY=1MO"``. It
            may be left out when ``text`` is one of the forms
            :func:`kommissorium.ical.series.parse_recurrence` reads; it is then built from the
            text (with ``start`` as the anchor).
        until: Last day an occurrence may fall on (inclusive).
        title: Title of each meeting.
        location: Where.
        text: The series as the user stated it ("første mandag i hver måned"). When it is a
            form that :func:`~kommissorium.ical.series.parse_recurrence` reads, it must agree
            with ``rule`` and with the times of ``start`` and ``end``; other wording is kept as
            a note.
        description: Free text.

    ``start`` must be an occurrence of the rule: RFC 5545 makes ``DTSTART`` the first meeting
    whatever the rule says, so a start the rule does not select would show up in calendar
    clients as an extra meeting.

    Examples:
        >>> from datetime import datetime
        >>> from zoneinfo import ZoneInfo
        >>> cph = ZoneInfo("Europe/Copenhagen")
        >>> s = MeetingSeries(id="s", committee="u", text="hver anden tirsdag 14:00-16:00",
        ...     start=datetime(2024, 1, 2, 14, tzinfo=cph),
        ...     end=datetime(2024, 1, 2, 16, tzinfo=cph))
        >>> s.rule
        'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU'
        >>> MeetingSeries(id="s", committee="u", rule="FREQ=MONTHLY;BYDAY=1MO",
        ...     start=datetime(2024, 1, 3, 14, tzinfo=cph),
        ...     end=datetime(2024, 1, 3, 16, tzinfo=cph))
        Traceback (most recent call last):
        ...
        kommissorium.errors.ModelError: meeting series s: start 2024-01-03 14:00 is not an ...
    """

    id: str
    committee: str
    start: datetime
    end: datetime
    rule: str = ""
    until: date | None = None
    title: str | None = None
    location: str | None = None
    text: str | None = None
    description: str | None = None

    def __attrs_post_init__(self) -> None:
        _require_aware(f"meeting series {self.id}", "start", self.start)
        _require_aware(f"meeting series {self.id}", "end", self.end)
        _require_order(f"meeting series {self.id}", self.start, self.end)
        _require_first_pass(f"meeting series {self.id}", "start", self.start)
        _require_first_pass(f"meeting series {self.id}", "end", self.end)
        if self.until is not None and self.until < self.start.date():
            raise ModelError(
                f"meeting series {self.id}: until ({self.until}) is before the first meeting",
                field="until",
            )
        _check_rule(self)


def _check_rule(series: MeetingSeries) -> None:
    # Imported here: kommissorium.ical imports the model.
    from kommissorium.ical.series import (
        RecurrenceParseError,
        SeriesRuleError,
        parse_recurrence,
        recur_text,
        rule_parts,
        window_rule,
    )

    owner = f"meeting series {series.id}"
    parsed = None
    if series.text is not None:
        try:
            parsed = parse_recurrence(series.text, anchor=series.start.date())
        except RecurrenceParseError as exc:
            if not series.rule.strip():
                raise ModelError(
                    f"{owner}: there is no rule, and the text cannot give one: {exc}", field="text"
                ) from None
    if not series.rule.strip():
        if parsed is None:
            raise ModelError(
                f"{owner}: give a rule (such as 'FREQ=WEEKLY;BYDAY=TU') or a text that states "
                "the series in words (such as 'hver anden tirsdag 14:00-16:00')",
                field="rule",
            )
        object.__setattr__(series, "rule", parsed.rule)
    try:
        rule = recur_text(rule_parts(series.rule, owner))
    except SeriesRuleError as exc:
        raise ModelError(str(exc), field="rule") from None
    first = series.start.replace(tzinfo=None)
    starts = window_rule(rule, first)  # searches no further than the expansion window
    found = starts.after(first, inc=True)
    if found != first:
        later = (
            f"the rule's first meeting after it is {found:%Y-%m-%d %H:%M}"
            if found
            else "the rule selects no later day"
        )
        raise ModelError(
            f"{owner}: start {first:%Y-%m-%d %H:%M} is not an occurrence of the rule {rule!r} "
            f"(a calendar would show it as an extra meeting); {later}",
            field="start",
        )
    if parsed is None:
        return
    text = series.text
    # the first 24 meetings of each rule must be the same
    theirs = window_rule(parsed.rule, first)
    if list(islice(starts, 24)) != list(islice(theirs, 24)):
        raise ModelError(
            f"{owner}: the text {text!r} means the rule {parsed.rule!r}, which disagrees with "
            f"the rule {series.rule!r}; correct one of them, or leave the rule out",
            field="rule",
        )
    for name, said, given in (
        ("start", parsed.start_time, series.start.time()),
        ("end", parsed.end_time, series.end.time()),
    ):
        if said is not None and said != given:
            raise ModelError(
                f"{owner}: the text {text!r} says {said:%H:%M}, but {name} is {given:%H:%M}",
                field=name,
            )
