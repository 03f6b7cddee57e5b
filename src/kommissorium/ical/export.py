r"""Export dossiers as an iCalendar feed (RFC 5545, RFC 7986, ``METHOD:PUBLISH``).

What goes into the feed, per dossier:

* each phase of the plan as an all-day event from its first day to the day after its last
  (``DTEND`` is exclusive), with the committee, the period as the document wrote it, the theme,
  the strategic aims, the invited participants and the deliverables in ``DESCRIPTION``;
* each milestone (report, decision, deadline, …) as an all-day event on its day;
* each deliverable with a due period as an all-day deadline event on the period's last day;
* single meetings as timed events; meeting series as one event with an ``RRULE``, holidays
  handled by the chosen :class:`~kommissorium.ical.series.HolidayPolicy`, and overrides of
  single occurrences (moved or cancelled) as events with the same ``UID`` and a
  ``RECURRENCE-ID``;
* unless ``followup=False``, the follow-up dates: each hearing's answer deadline (or, without
  one, the hearing period) with the bodies asked, and each status report of the status
  schedules (known dates as one-day events, a ``per_year`` schedule's due windows as
  several-day events) with the bodies that receive it and the schedule's wording
  (:func:`~kommissorium.model.followup.hearing_deadlines`,
  :func:`~kommissorium.model.followup.status_report_dates`);
* optionally (``context_events``) the municipal election that ends the council's term and the
  window for the new council's constituent meeting (1–15 December).

Every local time is written with ``TZID=Europe/Copenhagen`` and the rule-based VTIMEZONE of
:mod:`kommissorium.ical.timezone`, except a meeting time in the second pass of the repeated autumn
hour, which is written in UTC (:func:`~kommissorium.ical.timezone.ical_time`); ``UNTIL`` is in
UTC; ``DTSTAMP`` and ``LAST-MODIFIED`` come from the ``stamp`` parameter; UIDs and ``SEQUENCE``
follow :mod:`kommissorium.ical.identity`.
Members of the meeting body are listed in ``DESCRIPTION``; there are no ``ATTENDEE`` lines
(RFC 5546 § 3.2.1 forbids them under ``METHOD:PUBLISH``). Each event carries an
``X-KOMMISSORIUM-DATA`` property (JSON, ``VALUE=TEXT``) with the ids and the fields that no
standard property holds, so :func:`~kommissorium.ical.importer.read_calendar` can rebuild the
model objects exactly. Calendar clients ignore it.

Examples:
    >>> from datetime import datetime, timezone
    >>> import kommissorium as k
    >>> d = k.load("examples/hedensted-social-2024.toml")
    >>> ics = to_ics(d, stamp=datetime(2024, 1, 2, tzinfo=timezone.utc))
    >>> ics.startswith(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//kommissorium//")
    True
    >>> ics == to_ics(d, stamp=datetime(2024, 1, 2, tzinfo=timezone.utc))
    True
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

import attrs
from icalendar import (
    Calendar,
    Component,
    Event,
    vCalAddress,
    vCategory,
    vDuration,
    vRecur,
    vText,
)

from kommissorium.errors import KommissoriumError
from kommissorium.ical.colors import CSS3_COLOR_NAMES, check_color
from kommissorium.ical.identity import Revisions, stable_uid
from kommissorium.ical.series import (
    HolidayPolicy,
    OccurrenceKind,
    expand_series,
    rule_parts,
    series_last_day,
)
from kommissorium.ical.timezone import (
    CPH,
    TZID,
    NaiveDatetimeError,
    copenhagen_vtimezone,
    ical_time,
    require_aware,
)
from kommissorium.model import (
    DatedItem,
    Dossier,
    Meeting,
    MeetingSeries,
    MeetingStatus,
    Milestone,
    MilestoneKind,
    Period,
    Phase,
    Role,
)
from kommissorium.model.followup import hearing_deadlines, status_report_dates
from kommissorium.model.text import UNSAFE_CHARACTERS, export_text
from kommissorium.time import election_period

__all__ = [
    "ADDRESS_FORM",
    "DATA_PROPERTY",
    "PRODID",
    "AddressError",
    "DuplicateUidError",
    "FeedInfo",
    "Organizer",
    "check_address",
    "export_calendar",
    "to_ics",
]

PRODID = "-//kommissorium//kommissorium iCalendar export//DA"
"""The ``PRODID`` of every exported calendar (ASCII, without a version number, so that
byte-identical output does not depend on the release)."""

DATA_PROPERTY = "X-KOMMISSORIUM-DATA"
"""The property with the model data the importer reads back."""

_STATUS = {
    MeetingStatus.PLANNED: "TENTATIVE",
    MeetingStatus.CONFIRMED: "CONFIRMED",
    MeetingStatus.HELD: "CONFIRMED",
    MeetingStatus.CANCELLED: "CANCELLED",
}
_MILESTONE_CATEGORY = {
    MilestoneKind.MILESTONE: "Milepæl",
    MilestoneKind.DEADLINE: "Frist",
    MilestoneKind.REPORT: "Afrapportering",
    MilestoneKind.DECISION: "Beslutning",
    MilestoneKind.MEETING: "Møde",
}
_ROLE_DA = {
    Role.CHAIR: "formand",
    Role.VICE_CHAIR: "næstformand",
    Role.SECRETARY: "sekretær",
}


class DuplicateUidError(KommissoriumError, ValueError):
    """Two different items of the merged dossiers would get the same UID."""


class AddressError(KommissoriumError, ValueError):
    """A mail address that cannot be written as the calendar's ``ORGANIZER``."""


#: What :func:`check_address` accepts, for messages and docs.
ADDRESS_FORM = (
    "a mail address name@domain such as sekretariat@kommune.dk: the name of ASCII letters, "
    "digits and !#$%&'*+/=?^_`{|}~- with single dots between them, the domain of two or more "
    "dot-separated labels of ASCII letters, digits and inner hyphens (xn-- form for æ, ø, å); "
    "no spaces, quotes or control characters, at most 254 characters"
)

_LOCAL_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~\-]+"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_ADDRESS = re.compile(rf"(?:{_LOCAL_ATOM})(?:\.{_LOCAL_ATOM})*@{_LABEL}(?:\.{_LABEL})+")


def check_address(value: str, what: str = "organizer") -> str:
    """``value`` if it is a mail address the calendar can carry (see :data:`ADDRESS_FORM`).

    The name is RFC 5322's dot-atom (no quoted names), the domain a host name of RFC 1123,
    both ASCII as a ``mailto:`` address must be: ``byråd.dk`` is written ``xn--byrd-roa.dk``.

    Args:
        value: The address.
        what: What the address is, for the message (such as ``"--organizer"``).

    Raises:
        AddressError: Not such an address.

    Examples:
        >>> check_address("sekretariat@hedensted.dk")
        'sekretariat@hedensted.dk'
        >>> check_address("not an email", "--organizer")
        Traceback (most recent call last):
        ...
        kommissorium.ical.export.AddressError: --organizer: expected a mail address name@domain ...
    """
    if not isinstance(value, str) or len(value) > 254 or not _ADDRESS.fullmatch(value):
        raise AddressError(f"{what}: expected {ADDRESS_FORM}; got {value!r}")
    if len(value.partition("@")[0]) > 64:
        raise AddressError(f"{what}: the name before @ is longer than 64 characters: {value!r}")
    return value


def _organizer_email(value: str) -> str:
    return check_address(value, "Organizer.email")


@attrs.frozen(kw_only=True)
class Organizer:
    """Who publishes the calendar (``ORGANIZER``; RFC 5546 requires it under ``PUBLISH``).

    Attributes:
        name: Shown name (``CN``), for example the secretariat.
        email: A mail address (:func:`check_address`; anything else raises
            :class:`AddressError`). The default ends in ``.invalid`` (RFC 2606): a placeholder
            that says plainly that replies go nowhere; give the secretariat's address.
    """

    name: str
    email: str = attrs.field(default="noreply@kommissorium.invalid", converter=_organizer_email)


@attrs.frozen(kw_only=True)
class FeedInfo:
    """Feed metadata (RFC 7986 and the older ``X-WR-*``/``X-PUBLISHED-TTL`` properties).

    Attributes:
        name: Calendar name; default: the committee names joined by ``" · "``.
        description: Calendar description; default: the mandate's purpose (one dossier).
        color: A CSS3 colour name (``"steelblue"``, written as RFC 7986 ``COLOR``) or a hex
            colour (``"#1f6feb"``, written as ``X-APPLE-CALENDAR-COLOR`` only, since
            ``COLOR`` allows names only), or ``None``. Anything else raises
            :class:`~kommissorium.ical.colors.ColorError`.
        refresh: How often subscribers should reload the feed.
        organizer: The organizer; default: the secretariat (or committee) with the
            placeholder address.
    """

    name: str | None = None
    description: str | None = None
    color: str | None = attrs.field(default=None, converter=attrs.converters.optional(check_color))
    refresh: timedelta = timedelta(hours=12)
    organizer: Organizer | None = None


def _text(value: str) -> vText:
    return vText(value)


def _data(component: Event, payload: dict[str, object]) -> None:
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    # json escapes U+0000-U+001F itself; DEL, the C1 controls, lone surrogates and the two
    # noncharacters it leaves raw, so escape them too (they occur only inside JSON strings):
    # the payload then reads back exactly, and the line holds no control character
    text = UNSAFE_CHARACTERS.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    value = vText(text)
    value.params["VALUE"] = "TEXT"
    component.add(DATA_PROPERTY, value)


def _period_text(period: Period) -> str:
    end = period.end.isoformat() if period.end is not None else "…"
    dates = f"{period.start.isoformat()} – {end}"
    return f"{period.text} ({dates})" if period.text else dates


@attrs.frozen
class _Context:
    dossier: Dossier
    prefix: tuple[str, ...]
    organizer: vCalAddress
    stamp: datetime
    revisions: Revisions
    policy: HolidayPolicy
    closed: tuple[Period, ...]
    include_optional: bool
    window: Period | None
    horizon: date | None

    def uid(self, kind: str, item: str) -> str:
        return stable_uid(*self.prefix, kind, item)

    def in_window(self, start: date, end: date | None) -> bool:
        return self.window is None or self.window.overlaps(Period(start, end))


def _event(ctx: _Context, uid: str, summary: str, categories: Sequence[str]) -> Event:
    event = Event()
    event.add("UID", uid)
    event.add("DTSTAMP", ctx.stamp)
    event.add("SUMMARY", summary)
    if categories:
        event.add("CATEGORIES", list(categories))
    event["ORGANIZER"] = ctx.organizer
    return event


def _finish(ctx: _Context, event: Event, description: str | None) -> Event:
    if description:
        event.add("DESCRIPTION", description)
    _clean_text(event)  # before the signature is compared with the previous export
    ctx.revisions.stamp(event, stamp=ctx.stamp)
    return event


def _names(d: Dossier, refs: Iterable[str]) -> list[str]:
    result = []
    stakeholders = {s.id: s.name for s in d.stakeholders}
    people = {p.id: p.name for p in d.people}
    for ref in refs:
        result.append(stakeholders.get(ref) or people.get(ref) or d.body_name(ref))
    return result


def _members_line(d: Dossier, body: str) -> str | None:
    members = []
    for membership in d.memberships_of(body):
        name = d.person(membership.person).name
        role = _ROLE_DA.get(membership.role)
        members.append(f"{name} ({role})" if role else name)
    return "Medlemmer: " + ", ".join(members) if members else None


def _phase_event(ctx: _Context, index: int, phase: Phase) -> Event | None:
    period = phase.period
    if not ctx.in_window(period.start, period.end):
        return None
    d = ctx.dossier
    event = _event(
        ctx, ctx.uid("phase", phase.id), f"Fase {index}: {phase.title}", ("Fase", "Procesplan")
    )
    event.add("DTSTART", period.start)
    event.add("DTEND", period.exclusive_end or period.start + timedelta(days=1))
    event.add("TRANSP", "TRANSPARENT")
    lines = [f"Udvalg: {d.committee.name}", f"Periode: {_period_text(period)}"]
    themes = {t.id: t.title for t in d.mandate.themes}
    aims = {a.id: a.title for a in d.mandate.aims}
    deliverables = {x.id: x.title for x in d.mandate.deliverables}
    if phase.theme is not None:
        lines.append(f"Tema: {themes.get(phase.theme, phase.theme)}")
    if phase.aims:
        lines.append("Pejlemærker: " + ", ".join(aims.get(a, a) for a in phase.aims))
    if phase.participants:
        lines.append("Inviterede deltagere: " + ", ".join(_names(d, phase.participants)))
    if phase.deliverables:
        lines.append("Leverancer: " + ", ".join(deliverables.get(x, x) for x in phase.deliverables))
    if phase.description:
        lines.extend(("", phase.description))
    _data(
        event,
        {
            "type": "phase",
            "committee": d.committee.id,
            "id": phase.id,
            "title": phase.title,
            "period_text": period.text,
            "open_end": period.end is None,
            "theme": phase.theme,
            "aims": list(phase.aims),
            "participants": list(phase.participants),
            "deliverables": list(phase.deliverables),
            "description": phase.description,
        },
    )
    return _finish(ctx, event, "\n".join(lines))


def _milestone_event(ctx: _Context, milestone: Milestone) -> Event | None:
    if not ctx.in_window(milestone.date, milestone.date):
        return None
    d = ctx.dossier
    event = _event(
        ctx,
        ctx.uid("milestone", milestone.id),
        milestone.title,
        (_MILESTONE_CATEGORY[milestone.kind],),
    )
    event.add("DTSTART", milestone.date)
    event.add("DTEND", milestone.date + timedelta(days=1))
    event.add("TRANSP", "TRANSPARENT")
    lines = [f"Udvalg: {d.committee.name}"]
    if milestone.period is not None:
        lines.append(f"Periode: {_period_text(milestone.period)}")
    if milestone.bodies:
        lines.append("Organer: " + ", ".join(d.body_name(b) for b in milestone.bodies))
    if milestone.description:
        lines.extend(("", milestone.description))
    period = milestone.period
    _data(
        event,
        {
            "type": "milestone",
            "committee": d.committee.id,
            "id": milestone.id,
            "kind": milestone.kind.value,
            "bodies": list(milestone.bodies),
            "description": milestone.description,
            "period": None
            if period is None
            else [
                period.start.isoformat(),
                None if period.end is None else period.end.isoformat(),
                period.text,
            ],
        },
    )
    return _finish(ctx, event, "\n".join(lines))


def _deadline_events(ctx: _Context) -> Iterator[Event]:
    d = ctx.dossier
    for deliverable in d.mandate.deliverables:
        due = deliverable.due
        if due is None:
            continue
        day = due.end if due.end is not None else due.start
        if not ctx.in_window(day, day):
            continue
        event = _event(
            ctx, ctx.uid("deadline", deliverable.id), f"Frist: {deliverable.title}", ("Frist",)
        )
        event.add("DTSTART", day)
        event.add("DTEND", day + timedelta(days=1))
        event.add("TRANSP", "TRANSPARENT")
        lines = [f"Udvalg: {d.committee.name}", f"Senest: {_period_text(due)}"]
        if deliverable.to:
            lines.append("Til: " + ", ".join(d.body_name(b) for b in deliverable.to))
        _data(event, {"type": "deadline", "committee": d.committee.id, "id": deliverable.id})
        yield _finish(ctx, event, "\n".join(lines))


_FOLLOWUP_CATEGORY = {
    "hearing-deadline": "Høringsfrist",
    "hearing-period": "Høring",
    "status-report": "Status",
}
_SOURCE_INDEX = re.compile(r"^(hearings|status_schedules)\[(\d+)\]")


def _followup_event(ctx: _Context, item: DatedItem) -> Event | None:
    period = item.period
    last = period.end if period.end is not None else period.start
    if not ctx.in_window(period.start, last):
        return None
    d = ctx.dossier
    event = _event(
        ctx,
        ctx.uid("followup", item.id),
        item.title,
        (_FOLLOWUP_CATEGORY.get(item.kind, "Opfølgning"), "Opfølgning"),
    )
    event.add("DTSTART", period.start)
    event.add("DTEND", last + timedelta(days=1))
    event.add("TRANSP", "TRANSPARENT")
    lines = [f"Udvalg: {d.committee.name}"]
    if period.end != period.start:
        lines.append(f"Periode: {_period_text(period)}")
    found = _SOURCE_INDEX.match(item.source)
    if item.kind.startswith("hearing"):
        if item.bodies:
            lines.append("Høringsparter: " + ", ".join(_names(d, item.bodies)))
        if found is not None:
            hearing = d.hearings[int(found[2])]
            if hearing.kind:
                lines.append(f"Art: {hearing.kind}")
            if hearing.note:
                lines.extend(("", hearing.note))
    else:
        if item.bodies:
            lines.append("Til: " + ", ".join(_names(d, item.bodies)))
        if found is not None:
            schedule = d.status_schedules[int(found[2])]
            if schedule.per_year is not None:
                lines.append(f"Status {schedule.per_year} gange om året")
            if schedule.text:
                lines.extend(("", f"Aftalt: {schedule.text}"))
    _data(
        event,
        {"type": "followup", "committee": d.committee.id, "id": item.id, "kind": item.kind},
    )
    return _finish(ctx, event, "\n".join(lines))


def _followup_events(ctx: _Context) -> Iterator[Event]:
    d = ctx.dossier
    for item in hearing_deadlines(d) + status_report_dates(d):
        event = _followup_event(ctx, item)
        if event is not None:
            yield event


def _meeting_summary(d: Dossier, title: str | None, body: str) -> str:
    return title if title else f"Møde i {d.body_name(body)}"


def _meeting_description(d: Dossier, body: str, extra: str | None, note: str | None) -> str:
    lines = [f"Organ: {d.body_name(body)}"]
    members = _members_line(d, body)
    if members:
        lines.append(members)
    if note:
        lines.append(note)
    if extra:
        lines.extend(("", extra))
    return "\n".join(lines)


def _meeting_event(ctx: _Context, meeting: Meeting, uid: str) -> Event:
    d = ctx.dossier
    start = require_aware(meeting.start, f"meeting {meeting.id}: start")
    end = require_aware(meeting.end, f"meeting {meeting.id}: end")
    event = _event(ctx, uid, _meeting_summary(d, meeting.title, meeting.committee), ("Møde",))
    event.add("DTSTART", ical_time(start))
    event.add("DTEND", ical_time(end))
    if meeting.recurrence_id is not None:
        event.add(
            "RECURRENCE-ID",
            ical_time(require_aware(meeting.recurrence_id, f"meeting {meeting.id}: recurrence_id")),
        )
    event.add("STATUS", _STATUS[meeting.status])
    if meeting.location:
        event.add("LOCATION", meeting.location)
    _data(
        event,
        {
            "type": "meeting",
            "committee": meeting.committee,
            "dossier": d.committee.id,
            "id": meeting.id,
            "title": meeting.title,
            "description": meeting.description,
            "status": meeting.status.value,
            "series": meeting.series,
        },
    )
    return _finish(
        ctx, event, _meeting_description(d, meeting.committee, meeting.description, None)
    )


def _series_events(ctx: _Context, series: MeetingSeries) -> Iterator[Event]:
    d = ctx.dossier
    start = require_aware(series.start, f"meeting series {series.id}: start")
    end = require_aware(series.end, f"meeting series {series.id}: end")
    last_day = series_last_day(series, horizon=ctx.horizon or _term_end(d, start.date()))
    if not ctx.in_window(start.date(), last_day):
        return
    overrides = [m for m in d.meetings if m.series == series.id]
    occurrences = expand_series(
        attrs.evolve(series, until=last_day),
        holidays=ctx.policy,
        closed=ctx.closed,
        include_optional=ctx.include_optional,
        overrides=overrides,
    )
    uid = ctx.uid("series", series.id)
    summary = _meeting_summary(d, series.title, series.committee)
    event = _event(ctx, uid, summary, ("Møde", "Mødeserie"))
    event.add("DTSTART", start)
    event.add("DTEND", end)
    recur = rule_parts(series.rule, f"meeting series {series.id}")
    until = datetime.combine(last_day, start.time(), tzinfo=CPH).astimezone(UTC)
    rrule = vRecur({"FREQ": recur["FREQ"], "UNTIL": [until]})
    for key, value in recur.items():
        if key != "FREQ":
            rrule[key] = value
    event.add("RRULE", rrule)
    for occurrence in occurrences:
        if occurrence.kind is OccurrenceKind.SKIPPED:
            event.add("EXDATE", occurrence.recurrence_id)
    if series.location:
        event.add("LOCATION", series.location)
    _data(
        event,
        {
            "type": "series",
            "committee": series.committee,
            "dossier": d.committee.id,
            "id": series.id,
            "title": series.title,
            "description": series.description,
            "text": series.text,
            "rule": series.rule,
            "until": None if series.until is None else series.until.isoformat(),
        },
    )
    note = f"Mødeplan: {series.text}" if series.text else None
    yield _finish(ctx, event, _meeting_description(d, series.committee, series.description, note))
    for occurrence in occurrences:
        if occurrence.kind is OccurrenceKind.MOVED:
            moved = _event(ctx, uid, summary, ("Møde", "Mødeserie"))
            moved.add("DTSTART", ical_time(occurrence.start))
            moved.add("DTEND", ical_time(occurrence.end))
            moved.add("RECURRENCE-ID", occurrence.recurrence_id)
            if series.location:
                moved.add("LOCATION", series.location)
            _data(moved, {"type": "moved", "dossier": d.committee.id, "series": series.id})
            reason = (
                f"Flyttet fra {occurrence.recurrence_id.date().isoformat()} ({occurrence.reason})"
            )
            yield _finish(
                ctx, moved, _meeting_description(d, series.committee, series.description, reason)
            )
        elif occurrence.kind is OccurrenceKind.OVERRIDE and occurrence.meeting is not None:
            yield _meeting_event(ctx, occurrence.meeting, uid)


def _term_end(d: Dossier, day: date) -> date:
    if d.council is not None and day in d.council.election_period:
        return d.council.election_period.last_day
    return election_period(day).last_day


def _context_events(ctx: _Context) -> Iterator[Event]:
    d = ctx.dossier
    if d.council is not None:
        term = d.council.election_period
    else:
        days = [p.period.start for p in d.plan.phases] + [m.start.date() for m in d.meetings]
        days += [s.start.date() for s in d.series]
        if not days:
            return
        term = election_period(min(days))
    election = term.next_election_day
    window = Period(date(election.year, 12, 1), date(election.year, 12, 15))
    items = (
        ("election", election, election, f"Kommunalvalg {election.year}"),
        (
            "constituent",
            window.start,
            window.end,
            f"Konstituerende møde i den nye kommunalbestyrelse (1.–15. december {election.year})",
        ),
    )
    for kind, first, last, summary in items:
        assert last is not None
        if not ctx.in_window(first, last):
            continue
        event = _event(
            ctx, stable_uid("context", kind, first.isoformat()), summary, ("Valgperiode",)
        )
        event.add("DTSTART", first)
        event.add("DTEND", last + timedelta(days=1))
        event.add("TRANSP", "TRANSPARENT")
        _data(event, {"type": "context", "kind": kind})
        description = (
            f"Valgperioden {term.label} slutter {term.last_day.isoformat()}; den nye "
            f"kommunalbestyrelse tiltræder {(term.last_day + timedelta(days=1)).isoformat()}."
        )
        yield _finish(ctx, event, description)


def _dossier_events(ctx: _Context, context_events: bool, followup: bool) -> Iterator[Event]:
    d = ctx.dossier
    for index, phase in enumerate(d.plan.phases, start=1):
        event = _phase_event(ctx, index, phase)
        if event is not None:
            yield event
    for milestone in d.plan.milestones:
        event = _milestone_event(ctx, milestone)
        if event is not None:
            yield event
    yield from _deadline_events(ctx)
    if followup:
        yield from _followup_events(ctx)
    for meeting in d.meetings:
        if meeting.series is not None:
            continue  # written with its series
        start = require_aware(meeting.start, f"meeting {meeting.id}: start")
        if ctx.in_window(start.date(), start.date()):
            yield _meeting_event(ctx, meeting, ctx.uid("meeting", meeting.id))
    for series in d.series:
        yield from _series_events(ctx, series)
    if context_events:
        yield from _context_events(ctx)


def _utc_stamp(stamp: datetime) -> datetime:
    if stamp.tzinfo is None or stamp.utcoffset() is None:
        raise NaiveDatetimeError(
            f"stamp ({stamp.isoformat()}) has no time zone; give an aware datetime (UTC)"
        )
    return stamp.astimezone(UTC)


def export_calendar(
    dossiers: Dossier | Sequence[Dossier],
    *,
    stamp: datetime,
    holidays: HolidayPolicy | str = HolidayPolicy.SKIP,
    closed: Iterable[Period] = (),
    include_optional: bool = False,
    context_events: bool = True,
    followup: bool = True,
    window: Period | None = None,
    previous: bytes | str | Calendar | None = None,
    feed: FeedInfo | None = None,
) -> Calendar:
    """Build the calendar of one or more dossiers.

    Args:
        dossiers: One dossier, or several to merge into one feed (UIDs cannot clash: each
            contains the municipality and committee id).
        stamp: The export time (aware); becomes ``DTSTAMP`` and ``LAST-MODIFIED`` in UTC.
        holidays: What meeting-series occurrences on Danish public holidays and in ``closed``
            do: ``"skip"`` (``EXDATE``), ``"move"`` (to the next working day) or ``"keep"``.
        closed: Periods when the committees do not meet (summer holiday, …).
        include_optional: Treat grundlovsdag, 1. maj, juleaftensdag and nytårsaftensdag as
            holidays.
        context_events: Include the election day and the constituent-meeting window.
        followup: Include the hearing deadlines and the status-report dates (all-day events).
        window: Only items that overlap this period. A series is kept whole when any part of
            its span overlaps, so its UID and rule stay the same; an open-ended series ends at
            the window's end.
        previous: The previous export, to carry ``SEQUENCE`` and ``LAST-MODIFIED`` forward.
        feed: Feed metadata.

    Returns:
        The calendar.

    Raises:
        DuplicateUidError: Two items would share a UID (the same committee twice).
        NaiveDatetimeError: A datetime without time zone.
        SeriesRuleError: A series rule is unusable.
    """
    items = [dossiers] if isinstance(dossiers, Dossier) else list(dossiers)
    if not items:
        raise KommissoriumError("nothing to export: no dossiers given")
    utc = _utc_stamp(stamp)
    feed = feed or FeedInfo()
    names = [d.committee.name for d in items]
    name = feed.name or " · ".join(names)
    description = feed.description
    if description is None and len(items) == 1:
        description = items[0].mandate.purpose
    organizer_info = feed.organizer or Organizer(
        name=(items[0].mandate.secretariat or items[0].committee.name) if len(items) == 1 else name
    )
    organizer = vCalAddress(f"mailto:{organizer_info.email}")
    organizer.params["CN"] = organizer_info.name
    revisions = Revisions.read(previous)

    calendar = Calendar()
    calendar.add("VERSION", "2.0")
    calendar.add("PRODID", PRODID)
    calendar.add("CALSCALE", "GREGORIAN")
    calendar.add("METHOD", "PUBLISH")
    calendar.add("UID", stable_uid("calendar", *sorted(_prefix(d)[-1] for d in items)))
    calendar["NAME"] = _text(name)
    calendar["X-WR-CALNAME"] = _text(name)
    if description:
        calendar["DESCRIPTION"] = _text(description)
        calendar["X-WR-CALDESC"] = _text(description)
    if feed.color in CSS3_COLOR_NAMES:
        calendar["COLOR"] = _text(feed.color)
    elif feed.color is not None:
        calendar["X-APPLE-CALENDAR-COLOR"] = _text(feed.color)
    calendar.add("REFRESH-INTERVAL", vDuration(feed.refresh), parameters={"VALUE": "DURATION"})
    calendar.add("X-PUBLISHED-TTL", vDuration(feed.refresh))
    calendar.add("X-WR-TIMEZONE", TZID)
    calendar.add_component(copenhagen_vtimezone())

    policy = HolidayPolicy(holidays)
    closed_periods = tuple(closed)
    seen: dict[tuple[str, str], Event] = {}
    for d in items:
        ctx = _Context(
            dossier=d,
            prefix=_prefix(d),
            organizer=organizer,
            stamp=utc,
            revisions=revisions,
            policy=policy,
            closed=closed_periods,
            include_optional=include_optional,
            window=window,
            horizon=window.end if window is not None else None,
        )
        for event in _dossier_events(ctx, context_events, followup):
            rid = event.get("RECURRENCE-ID")
            key = (str(event["UID"]), rid.to_ical().decode() if rid is not None else "")
            if key in seen:
                if '"type":"context"' in str(event.get(DATA_PROPERTY, "")):
                    continue  # the same election context event from two dossiers
                raise DuplicateUidError(
                    f"UID {key[0]} is used twice ({event['SUMMARY']}); are two dossiers about "
                    "the same committee?"
                )
            seen[key] = event
            calendar.add_component(event)
    _clean_text(calendar)
    return calendar


def _clean_text(calendar: Component) -> None:
    """Apply :func:`~kommissorium.model.text.export_text` to every text and parameter value.

    Each event is cleaned before it is stamped (so its signature matches the previous export's)
    and the finished calendar once more, so no property (summary, description, location,
    categories, names, the organizer's ``CN``) can carry a control character into the file.
    """
    for component in calendar.walk():
        for name, value in list(component.items()):
            if isinstance(value, list):
                component[name] = [_clean_value(v) for v in value]
            else:
                component[name] = _clean_value(value)


def _clean_value(value: Any) -> Any:
    params = getattr(value, "params", None)
    if params:
        for key, param in list(params.items()):
            if isinstance(param, str):
                params[key] = export_text(param)
            elif isinstance(param, list):
                params[key] = [export_text(p) if isinstance(p, str) else p for p in param]
    if isinstance(value, vCategory):
        value.cats = [export_text(c) for c in value.cats]
    elif isinstance(value, str) and UNSAFE_CHARACTERS.search(value):
        cleaned = type(value)(export_text(value))
        cleaned.params = value.params  # type: ignore[attr-defined]
        return cleaned
    return value


def _prefix(d: Dossier) -> tuple[str, str]:
    municipality = d.council.municipality.code if d.council is not None else ""
    return municipality, d.committee.id


def to_ics(
    dossiers: Dossier | Sequence[Dossier],
    *,
    stamp: datetime,
    holidays: HolidayPolicy | str = HolidayPolicy.SKIP,
    closed: Iterable[Period] = (),
    include_optional: bool = False,
    context_events: bool = True,
    followup: bool = True,
    window: Period | None = None,
    previous: bytes | str | Calendar | None = None,
    feed: FeedInfo | None = None,
) -> bytes:
    """The calendar of :func:`export_calendar` as bytes (CRLF, folded at 75 octets).

    The arguments are those of :func:`export_calendar`.

    Returns:
        The iCalendar text, UTF-8.
    """
    data: bytes = export_calendar(
        dossiers,
        stamp=stamp,
        holidays=holidays,
        closed=closed,
        include_optional=include_optional,
        context_events=context_events,
        followup=followup,
        window=window,
        previous=previous,
        feed=feed,
    ).to_ical()
    return data
