"""The calendar commands: ``ics`` (export) and ``publish`` (CalDAV upload).

The export's time stamp (``DTSTAMP``/``LAST-MODIFIED``) is never read from the clock: it is
``--stamp`` (an ISO 8601 datetime with offset, such as ``2025-01-06T09:00:00Z``), else the
``SOURCE_DATE_EPOCH`` environment variable (seconds since 1970, the reproducible-builds
convention), else midnight UTC of the latest day the files record something happening
(:func:`kommissorium.interop.stamp_day`: decisions, recommendation moves, hearing answers, case
steps; else the earliest phase or meeting start). Only a file with no date at all stops the
command with exit code 2.
"""

from __future__ import annotations

import argparse
from datetime import date, timedelta
from typing import Any

from kommissorium.cli._args import (
    ArgumentError,
    check_output_option,
    export_stamp,
    parse_day,
    read_input,
    series_in,
    write_output,
)
from kommissorium.ical.export import FeedInfo, Organizer, check_address, to_ics
from kommissorium.ical.series import HolidayPolicy
from kommissorium.io import load
from kommissorium.model import Dossier, Period

__all__ = ["register"]


def _add_export_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="start", metavar="DATE", help="first day (YYYY-MM-DD)")
    parser.add_argument("--to", dest="end", metavar="DATE", help="last day (YYYY-MM-DD)")
    parser.add_argument(
        "--holidays",
        choices=[p.value for p in HolidayPolicy],
        default="skip",
        help="series meetings on public holidays/closed days: skip, move or keep (default skip)",
    )
    parser.add_argument(
        "--closed",
        action="append",
        default=[],
        metavar="FROM:TO",
        help="a closed period such as 2024-07-08:2024-07-26 (repeatable)",
    )
    parser.add_argument(
        "--include-optional",
        action="store_true",
        help="treat grundlovsdag, 1. maj, juleaftensdag and nytårsaftensdag as holidays",
    )
    parser.add_argument(
        "--no-context-events",
        dest="context_events",
        action="store_false",
        help="leave out the election day and the constituent-meeting window",
    )
    parser.add_argument(
        "--no-followup",
        dest="followup",
        action="store_false",
        help="leave out the hearing deadlines and the status-report dates",
    )
    parser.add_argument(
        "--stamp",
        metavar="DATETIME",
        help="DTSTAMP/LAST-MODIFIED, e.g. 2025-01-06T09:00:00Z (default: $SOURCE_DATE_EPOCH, "
        "else from the files' dates)",
    )
    parser.add_argument(
        "--previous",
        metavar="ICS",
        help="the previous export (for SEQUENCE; publish reads it from the server otherwise)",
    )
    parser.add_argument("--name", help="calendar name (default: the committee names)")
    parser.add_argument("--description", help="calendar description")
    parser.add_argument(
        "--color", help="calendar colour: a CSS3 colour name ('steelblue') or '#1f6feb'"
    )
    parser.add_argument("--refresh-hours", type=float, default=12.0, help="refresh interval")
    parser.add_argument(
        "--organizer",
        metavar="EMAIL",
        help="organizer's mail address, such as sekretariat@kommune.dk (name@domain, ASCII)",
    )
    parser.add_argument("--organizer-name", help="organizer's name (default: the secretariat)")


def register(sub: Any) -> None:
    """Add ``ics`` and ``publish``."""
    ics = sub.add_parser("ics", help="write the calendar (.ics) of committee files")
    ics.add_argument("files", nargs="+", metavar="FILE", help="committee files (.toml or .json)")
    ics.add_argument("-o", "--output", required=True, metavar="OUT.ics", help="'-' for stdout")
    _add_export_options(ics)
    ics.set_defaults(func=_ics)

    publish = sub.add_parser(
        "publish",
        help="upload a committee's calendar to a CalDAV server",
        description="Credentials come from KOMMISSORIUM_CALDAV_USER and "
        "KOMMISSORIUM_CALDAV_PASSWORD, else from ~/.netrc; never from the command line.",
    )
    publish.add_argument("file", metavar="FILE", help="committee file, or an .ics file as is")
    publish.add_argument("--caldav", required=True, metavar="URL", help="calendar collection URL")
    publish.add_argument("--prune", action="store_true", help="delete UIDs no longer exported")
    _add_export_options(publish)
    publish.set_defaults(func=_publish)


def _day(text: str | None, what: str) -> date | None:
    return None if text is None else parse_day(text, what)


def _closed(values: list[str]) -> tuple[Period, ...]:
    result = []
    for value in values:
        first, sep, last = value.partition(":")
        start, end = _day(first, "--closed"), _day(last, "--closed") if sep else None
        if start is None or end is None:
            raise ArgumentError(f"--closed: expected FROM:TO, got {value!r}")
        if end < start:
            raise ArgumentError(f"--closed: {value!r} ends before it starts")
        result.append(Period(start, end))
    return tuple(result)


def _export(args: argparse.Namespace, files: list[str], server_copy: bytes | None = None) -> bytes:
    start, end = _day(args.start, "--from"), _day(args.end, "--to")
    window = None
    if start is not None or end is not None:
        if start is None:
            raise ArgumentError("--to needs --from")
        if end is not None and end < start:
            raise ArgumentError("--to is before --from")
        window = Period(start, end)
    organizer = None
    if args.organizer is not None:
        check_address(args.organizer, "--organizer")
    if args.organizer or args.organizer_name:
        organizer = Organizer(
            name=args.organizer_name or args.organizer,
            email=args.organizer or "noreply@kommissorium.invalid",
        )
    if args.refresh_hours <= 0:
        raise ArgumentError("--refresh-hours must be positive")
    feed = FeedInfo(
        name=args.name,
        description=args.description,
        color=args.color,
        refresh=timedelta(hours=args.refresh_hours),
        organizer=organizer,
    )
    previous = server_copy
    if args.previous:
        previous = read_input(args.previous, "--previous")
    dossiers = [load(f) for f in files]
    with series_in(dossiers, files):
        return _to_ics(args, dossiers, files, window, previous, feed)


def _to_ics(
    args: argparse.Namespace,
    dossiers: list[Dossier],
    files: list[str],
    window: Period | None,
    previous: bytes | None,
    feed: FeedInfo,
) -> bytes:
    return to_ics(
        dossiers,
        stamp=export_stamp(args.stamp, dossiers, files),
        holidays=args.holidays,
        closed=_closed(args.closed),
        include_optional=args.include_optional,
        context_events=args.context_events,
        followup=args.followup,
        window=window,
        previous=previous,
        feed=feed,
    )


def _ics(args: argparse.Namespace) -> int:
    check_output_option(args.output)
    data = _export(args, args.files)
    write_output(data, args.output)
    return 0


def _publish(args: argparse.Namespace) -> int:
    from kommissorium.ical.publish import (
        check_url,
        credentials_for,
        download_calendar,
        publish_calendar,
    )

    check_url(args.caldav)  # before anything is read or printed: no login in the URL
    credentials = credentials_for(args.caldav)
    if args.file.lower().endswith(".ics"):
        data = read_input(args.file, "FILE")
    else:
        # what the server holds is the previous export (unless --previous names one):
        # SEQUENCE rises for changed items
        server_copy = (
            None if args.previous else download_calendar(args.caldav, credentials=credentials)
        )
        data = _export(args, [args.file], server_copy)
    result = publish_calendar(data, args.caldav, credentials=credentials, prune=args.prune)
    print(
        f"{args.caldav}: {len(result.created)} oprettet, {len(result.updated)} opdateret, "
        f"{len(result.deleted)} slettet"
    )
    return 0
