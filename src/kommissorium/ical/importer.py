r"""Read an .ics file — ours or another tool's — into phases, milestones, meetings and series.

Events written by :mod:`kommissorium.ical.export` carry an ``X-KOMMISSORIUM-DATA`` property and
come back as the objects they were made from: times, rules, locations and statuses are read from
the standard properties (so a time changed in a calendar client is honoured), ids and the fields
without a standard property from the data property. Events that the export derives (deliverable
deadlines, hearing deadlines and status-report dates, holiday moves, election context) are left
out, because exporting again recreates
them; ``EXDATE`` lines on our own series are holiday skips and are left out for the same reason.

Events from other tools are mapped like this:

* an event with ``RRULE`` → :class:`~kommissorium.model.MeetingSeries` with ``id`` = UID, the
  rule without ``UNTIL``/``COUNT`` and ``until`` = the local day of ``UNTIL`` (or of the last
  occurrence under ``COUNT``); each ``EXDATE`` → a cancelled override meeting;
* each ``RDATE`` of such an event → a single :class:`~kommissorium.model.Meeting` with
  ``id`` = ``"<UID>@<date and time>"`` (a model series holds rule dates only), lasting as long
  as the series' meetings (or its ``PERIOD``); so does a ``DTSTART`` that the rule does not
  select (RFC 5545 makes it an occurrence all the same), and the series then starts at the
  rule's first date;
* an event with ``RECURRENCE-ID`` → an override :class:`~kommissorium.model.Meeting` with
  ``id`` = ``"<UID>@<recurrence id>"``; when the recurrence id is one of those single
  meetings, the override replaces it;
* a timed event → a :class:`~kommissorium.model.Meeting` (an event without an end lasts one hour,
  since a meeting must end after it starts);
* an all-day event of one day → a :class:`~kommissorium.model.Milestone`; of several days → a
  :class:`~kommissorium.model.Phase`.

Events of other tools that cannot become model objects — an all-day recurring event, an
event with two ``RRULE`` lines, an override of such an event, an override of no occurrence,
a date-only ``RDATE`` on a timed series, times that cannot be read — are left out and listed
in :attr:`CalendarContents.skipped` with the reason (one :class:`SkippedEvent` each); the rest
of the file is read. An event of our own export that cannot be read is an error
(:class:`~kommissorium.ical.identity.CalendarReadError`): it was changed beyond recognition.

Floating times (no time zone) are read as ``X-WR-TIMEZONE`` if the calendar names one, else as
Danish time; every datetime comes back in ``Europe/Copenhagen``.

Examples:
    >>> ics = (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\n"
    ...        b"BEGIN:VEVENT\r\nUID:a1\r\nDTSTAMP:20240101T000000Z\r\n"
    ...        b"SUMMARY:Styregruppe\r\n"
    ...        b"DTSTART:20240305T130000Z\r\nDTEND:20240305T150000Z\r\nEND:VEVENT\r\n"
    ...        b"END:VCALENDAR\r\n")
    >>> m = read_calendar(ics, committee="sg").meetings[0]
    >>> m.id, m.title, m.start.isoformat()
    ('a1', 'Styregruppe', '2024-03-05T14:00:00+01:00')
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import attrs
from icalendar import Calendar, Component, vRecur

from kommissorium.errors import KommissoriumError
from kommissorium.ical.export import DATA_PROPERTY
from kommissorium.ical.identity import CalendarReadError
from kommissorium.ical.series import recur_text, rule_parts, window_rule, window_starts
from kommissorium.ical.timezone import CPH
from kommissorium.model import (
    Meeting,
    MeetingSeries,
    MeetingStatus,
    Milestone,
    MilestoneKind,
    Period,
    Phase,
)

__all__ = ["CalendarContents", "SkippedEvent", "read_calendar"]

_STATUS = {
    "TENTATIVE": MeetingStatus.PLANNED,
    "CONFIRMED": MeetingStatus.CONFIRMED,
    "CANCELLED": MeetingStatus.CANCELLED,
}
_DERIVED = {"deadline", "followup", "moved", "context"}
_ESCAPE = re.compile(r"\\([\\;,nN])")


@attrs.frozen(kw_only=True)
class SkippedEvent:
    """An event of another tool that :func:`read_calendar` left out.

    Attributes:
        uid: Its ``UID`` (empty if it has none).
        summary: Its ``SUMMARY``, if any.
        recurrence_id: Its ``RECURRENCE-ID`` (Danish local time) for an override.
        reason: Why it was left out.
    """

    uid: str
    summary: str | None
    reason: str
    recurrence_id: datetime | None = None


@attrs.frozen(kw_only=True)
class CalendarContents:
    """What an .ics file holds, as model objects (in file order).

    Attributes:
        name: The calendar name (``NAME`` or ``X-WR-CALNAME``), if any.
        description: The calendar description, if any.
        phases: Phases.
        milestones: Milestones.
        meetings: Single meetings and overrides of series occurrences.
        series: Meeting series.
        skipped: Events of other tools that could not be read, with the reasons.
    """

    name: str | None = None
    description: str | None = None
    phases: tuple[Phase, ...] = ()
    milestones: tuple[Milestone, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    series: tuple[MeetingSeries, ...] = ()
    skipped: tuple[SkippedEvent, ...] = ()


def _unescape(raw: str) -> str:
    return _ESCAPE.sub(lambda m: "\n" if m[1] in "nN" else m[1], raw)


def _calendar_text(calendar: Calendar, *names: str) -> str | None:
    for name in names:
        value = calendar.get(name)
        if value is not None:
            # icalendar 7.3 keeps NAME/X-WR-* verbatim (vUnknown): undo the TEXT escaping here.
            raw = value.to_ical() if hasattr(value, "to_ical") else str(value)
            text = raw.decode() if isinstance(raw, bytes) else str(raw)
            return _unescape(text)
    return None


class _Reader:
    def __init__(self, calendar: Calendar, committee: str) -> None:
        self.committee = committee
        zone = calendar.get("X-WR-TIMEZONE")
        self.floating: tzinfo = CPH
        if zone is not None:
            try:
                self.floating = ZoneInfo(str(zone))
            except (ZoneInfoNotFoundError, ValueError):
                self.floating = CPH

    def when(self, value: date | datetime) -> datetime:
        if not isinstance(value, datetime):
            raise ValueError(f"{value.isoformat()} is a date where a date and time was expected")
        if value.tzinfo is None:
            value = value.replace(tzinfo=self.floating)
        return value.astimezone(CPH)

    def times(self, event: Component) -> tuple[date | datetime, date | datetime]:
        start = event.decoded("DTSTART")
        if "DTEND" in event:
            end = event.decoded("DTEND")
        elif "DURATION" in event:
            end = start + event.decoded("DURATION")
        elif isinstance(start, datetime):
            end = start + timedelta(hours=1)
        else:
            end = start + timedelta(days=1)
        return start, end


def _text(event: Component, name: str) -> str | None:
    value = event.get(name)
    return None if value is None else str(value)


def _status(event: Component) -> MeetingStatus:
    value = event.get("STATUS")
    if not value:
        return MeetingStatus.PLANNED
    return _STATUS.get(str(value).upper(), MeetingStatus.PLANNED)


def _rid_text(value: datetime) -> str:
    return value.astimezone(CPH).strftime("%Y%m%dT%H%M%S")


def read_calendar(data: bytes | str, *, committee: str = "imported") -> CalendarContents:
    """Read an .ics file into model objects.

    Args:
        data: The iCalendar text.
        committee: The body id to give meetings and series from other tools.

    Returns:
        The phases, milestones, meetings and series, in file order, and the events of other
        tools that were left out.

    Raises:
        CalendarReadError: The text is not iCalendar, or an event of our own export cannot
            become a model object.
    """
    try:
        calendar = Calendar.from_ical(data)
    except ValueError as exc:
        raise CalendarReadError(f"not an iCalendar file: {exc}") from None
    reader = _Reader(calendar, committee)
    phases: list[Phase] = []
    milestones: list[Milestone] = []
    meetings: list[Meeting] = []
    series: list[MeetingSeries] = []
    skipped: list[SkippedEvent] = []
    singles: dict[tuple[str, datetime], int] = {}  # (uid, instant) → index in meetings
    overrides: list[tuple[Component, str, datetime]] = []
    for event in calendar.walk("VEVENT"):
        uid = str(event.get("UID", ""))
        payload = None
        try:
            payload = _payload(event)
            kind = payload.get("type") if payload is not None else None
            if kind in _DERIVED:
                continue
            start, end = reader.times(event)
            if kind == "phase" or kind == "milestone":
                assert payload is not None
                if kind == "phase":
                    phases.append(_own_phase(payload, start, end))
                else:
                    milestones.append(_own_milestone(event, payload, start))
            elif kind == "meeting":
                assert payload is not None
                meetings.append(_own_meeting(reader, event, payload, start, end))
            elif kind == "series":
                assert payload is not None
                series.append(_own_series(reader, event, payload, start, end))
            elif "RECURRENCE-ID" in event:
                overrides.append((event, uid, reader.when(event.decoded("RECURRENCE-ID"))))
            elif "RRULE" in event:
                found, extra = _foreign_series(reader, event, uid, start, end)
                series.append(found)
                for meeting in extra:
                    assert meeting.start is not None
                    singles[(uid, meeting.start)] = len(meetings)
                    meetings.append(meeting)
                for exdate in _exdates(reader, event):
                    meetings.append(
                        Meeting(
                            id=f"{uid}@{_rid_text(exdate)}",
                            committee=committee,
                            start=exdate,
                            end=exdate + (found.end - found.start),
                            title=found.title,
                            status=MeetingStatus.CANCELLED,
                            series=uid,
                            recurrence_id=exdate,
                        )
                    )
            elif isinstance(start, datetime):
                meetings.append(_foreign_meeting(reader, event, uid, start, end, None, None))
            elif (_date(end) - start).days <= 1:
                milestones.append(
                    Milestone(
                        id=uid,
                        title=_text(event, "SUMMARY") or uid,
                        date=start,
                        description=_text(event, "DESCRIPTION"),
                    )
                )
            else:
                phases.append(
                    Phase(
                        id=uid,
                        title=_text(event, "SUMMARY") or uid,
                        period=Period(start, end - timedelta(days=1)),
                        description=_text(event, "DESCRIPTION"),
                    )
                )
        except (KommissoriumError, ValueError, TypeError, KeyError, AssertionError) as exc:
            summary = _text(event, "SUMMARY")
            if payload is not None:
                raise CalendarReadError(f"event {uid or summary!r} cannot be read: {exc}") from None
            skipped.append(SkippedEvent(uid=uid, summary=summary, reason=str(exc)))
    by_id = {s.id: s for s in series}
    for event, uid, rid in overrides:
        summary = _text(event, "SUMMARY")
        try:
            start, end = reader.times(event)
            single = singles.get((uid, rid))
            if single is not None:
                replaced = _foreign_meeting(reader, event, uid, start, end, None, None)
                meetings[single] = attrs.evolve(replaced, id=meetings[single].id)
                continue
            owner = by_id.get(uid)
            if owner is None:
                raise ValueError(f"there is no readable recurring event with UID {uid!r}")
            if not _is_occurrence(owner, rid):
                raise ValueError(
                    f"RECURRENCE-ID {rid.isoformat()} is not an occurrence of the recurring event"
                )
            meetings.append(
                _foreign_meeting(reader, event, f"{uid}@{_rid_text(rid)}", start, end, uid, rid)
            )
        except (KommissoriumError, ValueError, TypeError, KeyError) as exc:
            skipped.append(
                SkippedEvent(uid=uid, summary=summary, reason=str(exc), recurrence_id=rid)
            )
    return CalendarContents(
        name=_calendar_text(calendar, "NAME", "X-WR-CALNAME"),
        description=_calendar_text(calendar, "DESCRIPTION", "X-WR-CALDESC"),
        phases=tuple(phases),
        milestones=tuple(milestones),
        meetings=tuple(meetings),
        series=tuple(series),
        skipped=tuple(skipped),
    )


def _payload(event: Component) -> dict[str, Any] | None:
    value = event.get(DATA_PROPERTY)
    if value is None:
        return None
    text = str(value)
    if type(value).__name__ == "vUnknown":
        text = _unescape(text)
    loaded = json.loads(text)
    if not isinstance(loaded, dict):
        raise ValueError(f"{DATA_PROPERTY} is not a JSON object")
    return loaded


def _date(value: date | datetime) -> date:
    if isinstance(value, datetime):
        raise ValueError("an all-day event (DTSTART;VALUE=DATE) was expected")
    return value


def _own_phase(payload: dict[str, Any], start: date | datetime, end: date | datetime) -> Phase:
    first = _date(start)
    last = None if payload.get("open_end") else _date(end) - timedelta(days=1)
    return Phase(
        id=payload["id"],
        title=payload["title"],
        period=Period(first, last, payload.get("period_text")),
        theme=payload.get("theme"),
        aims=tuple(payload.get("aims", ())),
        participants=tuple(payload.get("participants", ())),
        deliverables=tuple(payload.get("deliverables", ())),
        description=payload.get("description"),
    )


def _own_milestone(event: Component, payload: dict[str, Any], start: date | datetime) -> Milestone:
    raw = payload.get("period")
    period = None
    if raw is not None:
        last = None if raw[1] is None else date.fromisoformat(raw[1])
        period = Period(date.fromisoformat(raw[0]), last, raw[2])
    return Milestone(
        id=payload["id"],
        title=_text(event, "SUMMARY") or payload["id"],
        date=_date(start),
        period=period,
        kind=MilestoneKind(payload.get("kind", "milestone")),
        bodies=tuple(payload.get("bodies", ())),
        description=payload.get("description"),
    )


def _own_meeting(
    reader: _Reader,
    event: Component,
    payload: dict[str, Any],
    start: date | datetime,
    end: date | datetime,
) -> Meeting:
    status = MeetingStatus(payload.get("status", "planned"))
    written = _status(event)
    if (
        "STATUS" in event
        and written is not status
        and not (written is MeetingStatus.CONFIRMED and status is MeetingStatus.HELD)
    ):
        status = written  # changed in a calendar client
    rid = event.decoded("RECURRENCE-ID") if "RECURRENCE-ID" in event else None
    return Meeting(
        id=payload["id"],
        committee=payload["committee"],
        start=reader.when(start),
        end=reader.when(end),
        title=payload.get("title"),
        location=_text(event, "LOCATION"),
        status=status,
        series=payload.get("series"),
        recurrence_id=reader.when(rid) if rid is not None else None,
        description=payload.get("description"),
    )


def _rrule(event: Component) -> tuple[str, Any]:
    recur = event["RRULE"]
    if not isinstance(recur, vRecur):
        raise ValueError("more than one RRULE (not supported)")
    return recur_text(recur), recur


def _until_day(reader: _Reader, recur: Any) -> date | None:
    until = recur.get("UNTIL")
    if not until:
        return None
    value = until[0]
    if isinstance(value, datetime):
        return reader.when(value).date()
    return value  # type: ignore[no-any-return]


def _own_series(
    reader: _Reader,
    event: Component,
    payload: dict[str, Any],
    start: date | datetime,
    end: date | datetime,
) -> MeetingSeries:
    text, recur = _rrule(event)
    rule = recur_text(rule_parts(text))
    original = payload.get("rule")
    if original is not None and recur_text(rule_parts(original)) == rule:
        rule = original
    until = _until_day(reader, recur) if payload.get("until") is not None else None
    return MeetingSeries(
        id=payload["id"],
        committee=payload["committee"],
        start=reader.when(start),
        end=reader.when(end),
        rule=rule,
        until=until,
        title=payload.get("title"),
        location=_text(event, "LOCATION"),
        text=payload.get("text"),
        description=payload.get("description"),
    )


def _foreign_series(
    reader: _Reader, event: Component, uid: str, start: date | datetime, end: date | datetime
) -> tuple[MeetingSeries, list[Meeting]]:
    if not isinstance(start, datetime) or not isinstance(end, datetime):
        raise ValueError("an all-day recurring event is not a meeting series (not supported)")
    text, recur = _rrule(event)
    rule = recur_text(rule_parts(text))
    first, last = reader.when(start), reader.when(end)
    length = last - first
    until = _until_day(reader, recur)
    naive_first = first.replace(tzinfo=None)
    on_rule = window_rule(rule, naive_first).after(naive_first, inc=True)
    if until is None and "COUNT" in recur:
        count = int(recur["COUNT"][0])
        counted = window_starts(rule, naive_first, None, f"event {uid}", count=count)
        if on_rule != naive_first:
            counted = counted[:-1]  # RFC 5545: DTSTART is the first of the COUNT occurrences
        if not counted:
            raise ValueError("COUNT leaves no occurrence besides DTSTART (not a series)")
        until = counted[-1].date()
    extra: list[Meeting] = []
    # RFC 5545 makes DTSTART an occurrence even when the rule does not select it; a model
    # series starts on its rule, so such a start becomes a single meeting.
    if on_rule != naive_first:
        extra.append(_foreign_meeting(reader, event, f"{uid}@{_rid_text(first)}", first, last))
        if on_rule is None or (until is not None and on_rule.date() > until):
            raise ValueError("the rule selects no date after DTSTART (not a series)")
        first = on_rule.replace(tzinfo=CPH)
    found = MeetingSeries(
        id=uid,
        committee=reader.committee,
        start=first,
        end=first + length,
        rule=rule,
        until=until,
        title=_text(event, "SUMMARY"),
        location=_text(event, "LOCATION"),
        description=_text(event, "DESCRIPTION"),
    )
    for value, value_end in _rdates(reader, event):
        stop = value_end if value_end is not None else value + length
        extra.append(_foreign_meeting(reader, event, f"{uid}@{_rid_text(value)}", value, stop))
    extra.sort(key=lambda m: m.start)
    return found, extra


def _rdates(reader: _Reader, event: Component) -> list[tuple[datetime, datetime | None]]:
    result: list[tuple[datetime, datetime | None]] = []
    values = event.get("RDATE")
    if values is None:
        return result
    for item in values if isinstance(values, list) else [values]:
        for value in item.dts:
            dt = value.dt
            if isinstance(dt, tuple):  # VALUE=PERIOD: (start, end or duration)
                begin, stop = dt
                begin = reader.when(begin)
                stop = begin + stop if isinstance(stop, timedelta) else reader.when(stop)
                result.append((begin, stop))
            elif isinstance(dt, datetime):
                result.append((reader.when(dt), None))
            else:
                raise ValueError(
                    f"RDATE {dt.isoformat()} is a date without a time on a timed series "
                    "(not supported)"
                )
    return sorted(result, key=lambda x: x[0])


def _is_occurrence(series: MeetingSeries, rid: datetime) -> bool:
    naive = rid.astimezone(CPH).replace(tzinfo=None)
    text = recur_text(rule_parts(series.rule, f"meeting series {series.id}"))
    rule = window_rule(text, series.start.astimezone(CPH).replace(tzinfo=None))
    found: datetime | None = rule.after(naive, inc=True)  # no later than the window's end
    return found == naive and (series.until is None or naive.date() <= series.until)


def _exdates(reader: _Reader, event: Component) -> list[datetime]:
    result: list[datetime] = []
    values = event.get("EXDATE")
    if values is None:
        return result
    for item in values if isinstance(values, list) else [values]:
        for value in item.dts:
            result.append(reader.when(value.dt))
    return sorted(result)


def _foreign_meeting(
    reader: _Reader,
    event: Component,
    id: str,
    start: date | datetime,
    end: date | datetime,
    series: str | None = None,
    rid: datetime | None = None,
) -> Meeting:
    if not isinstance(start, datetime) or not isinstance(end, datetime):
        raise ValueError("an all-day override of a recurring event is not a meeting")
    return Meeting(
        id=id,
        committee=reader.committee,
        start=reader.when(start),
        end=reader.when(end),
        title=_text(event, "SUMMARY"),
        location=_text(event, "LOCATION"),
        status=_status(event),
        series=series,
        recurrence_id=rid,
        description=_text(event, "DESCRIPTION"),
    )
