"""The exported text: golden file, RFC 5545 form, escaping, identity, SEQUENCE, merging."""

from __future__ import annotations

import os
import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import attrs
import icalendar
import pytest
import vobject
from ical_data import STAMP, TRICKY, at, make_dossier

from kommissorium.ical import (
    DuplicateUidError,
    FeedInfo,
    NaiveDatetimeError,
    Organizer,
    export_calendar,
    to_ics,
)
from kommissorium.ical.colors import CSS3_COLOR_NAMES, ColorError
from kommissorium.model import Dossier, MeetingStatus, Period

GOLDEN = Path(__file__).parent / "golden"
FEED = FeedInfo(
    name="Navn, med; tegn \\ og mere",
    description="Linje 1\nLinje 2, med; tegn \\",
    color="#1f6feb",
    refresh=timedelta(hours=6),
    organizer=Organizer(name="Sekretariatet, Social; Omsorg", email="sek@kommune.example"),
)


def _events(data: bytes) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(data).walk("VEVENT"))


def test_golden_file(dossier: Dossier) -> None:
    data = to_ics(dossier, stamp=STAMP, holidays="move", feed=FEED)
    golden = GOLDEN / "tricky-move.ics"
    if os.environ.get("KOMMISSORIUM_REGENERATE_GOLDEN"):
        golden.write_bytes(data)
    assert data == golden.read_bytes()


def test_repeated_export_is_byte_identical(dossier: Dossier) -> None:
    assert to_ics(dossier, stamp=STAMP) == to_ics(make_dossier(), stamp=STAMP)


def test_content_lines_crlf_and_folded_at_75_octets(dossier: Dossier) -> None:
    data = to_ics(dossier, stamp=STAMP, feed=FEED)
    assert data.endswith(b"\r\n")
    lines = data.split(b"\r\n")[:-1]
    assert all(b"\n" not in line and b"\r" not in line for line in lines)
    assert max(len(line) for line in lines) <= 75
    assert any(line.startswith(b" ") for line in lines)  # the long texts were folded
    for line in lines:
        line.decode("utf-8")  # a fold never splits a UTF-8 sequence


def test_every_text_property_escaped_and_round_trips(dossier: Dossier) -> None:
    data = to_ics(dossier, stamp=STAMP, feed=FEED)
    unfolded = data.replace(b"\r\n ", b"").decode()
    # raw text lines: no unescaped , or ; inside TEXT values of these properties
    for line in unfolded.split("\r\n"):
        name = re.split("[:;]", line, maxsplit=1)[0]
        if name in ("SUMMARY", "DESCRIPTION", "LOCATION", "NAME", "X-WR-CALNAME", "X-WR-CALDESC"):
            value = line[line.index(":") + 1 :]
            assert not re.search(r"(?<!\\)(?:\\\\)*[,;]", value.replace("\\\\", "")), line
    # and icalendar and vobject read the original texts back
    cal = icalendar.Calendar.from_ical(data)
    parsed = vobject.readOne(data.decode())
    assert parsed.x_wr_calname.value == FEED.name
    assert parsed.x_wr_caldesc.value == FEED.description
    assert parsed.contents["name"][0].value == FEED.name
    assert parsed.description.value == FEED.description
    summaries = {str(e["SUMMARY"]) for e in cal.walk("VEVENT")}
    assert "Møde; ekstra, \\ " in summaries
    assert "Udvalgsmøde, fast; \\" in summaries
    locations = {v.location.value for v in parsed.vevent_list if hasattr(v, "location")}
    assert "Rådhuset, lokale 1; 2. sal" in locations
    descriptions = [str(e.get("DESCRIPTION")) for e in cal.walk("VEVENT")]
    assert any(TRICKY in text for text in descriptions)
    organizer = cal.walk("VEVENT")[0]["ORGANIZER"]
    assert organizer.params["CN"] == "Sekretariatet, Social; Omsorg"


def test_feed_metadata(dossier: Dossier) -> None:
    text = to_ics(dossier, stamp=STAMP, feed=FEED).decode()
    assert "\r\nMETHOD:PUBLISH\r\n" in text
    assert "\r\nREFRESH-INTERVAL;VALUE=DURATION:PT6H\r\n" in text
    assert "\r\nX-PUBLISHED-TTL:PT6H\r\n" in text
    # RFC 7986 COLOR takes CSS3 names only: a hex colour goes to X-APPLE-CALENDAR-COLOR alone
    assert "\r\nCOLOR:" not in text
    assert "\r\nX-APPLE-CALENDAR-COLOR:#1f6feb\r\n" in text
    assert "\r\nPRODID:-//kommissorium//kommissorium iCalendar export//DA\r\n" in text
    assert text.split("PRODID:")[1].split("\r\n")[0].isascii()
    assert "ATTENDEE" not in text
    events = _events(text.encode())
    assert all("ORGANIZER" in e for e in events)


def test_vtimezone_is_the_rule_based_one(dossier: Dossier) -> None:
    cal = export_calendar(dossier, stamp=STAMP)
    (tz,) = cal.walk("VTIMEZONE")
    assert [c.name for c in tz.subcomponents] == ["DAYLIGHT", "STANDARD"]
    assert "RDATE" not in tz.to_ical().decode()
    assert not cal.get_missing_tzids()


def test_dtstamp_until_utc_and_all_day_dtend_exclusive(dossier: Dossier) -> None:
    data = to_ics(dossier, stamp=datetime(2024, 1, 15, 9, 30, tzinfo=at(2024, 1, 1, 0).tzinfo))
    text = data.decode()
    assert set(re.findall(r"DTSTAMP:(\S+)", text)) == {"20240115T083000Z"}
    assert set(re.findall(r"LAST-MODIFIED:(\S+)", text)) == {"20240115T083000Z"}
    untils = re.findall(r"UNTIL=([0-9TZ]+)", text)
    assert untils
    assert all(u.endswith("Z") for u in untils)
    # s1: 14:00 local on 31 Dec 2025 (CET) is 13:00 UTC
    assert "UNTIL=20251231T130000Z" in text
    by_id = {str(e["UID"]): e for e in _events(data)}
    phases = [e for e in by_id.values() if "Fase" in e.categories]
    first = next(e for e in phases if "første" in str(e["SUMMARY"]))
    assert first.decoded("DTSTART") == date(2024, 1, 1)
    assert first.decoded("DTEND") == date(2024, 4, 1)  # 31 March + 1 day
    for event in by_id.values():
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        assert end > start
        if not isinstance(start, datetime):
            assert type(end) is date


def test_uids_unique_and_stable(dossier: Dossier) -> None:
    keys = [
        (str(e["UID"]), str(e.get("RECURRENCE-ID", "")))
        for e in _events(to_ics(dossier, stamp=STAMP, holidays="move"))
    ]
    assert len(keys) == len(set(keys))
    again = [
        (str(e["UID"]), str(e.get("RECURRENCE-ID", "")))
        for e in _events(to_ics(make_dossier(), stamp=STAMP + timedelta(days=3), holidays="move"))
    ]
    assert keys == again
    # overrides of a series share its UID
    uids = [k[0] for k in keys if k[1]]
    assert uids
    assert all(u in {k[0] for k in keys if not k[1]} for u in uids)


def test_holiday_skip_writes_one_exdate_line_per_date(dossier: Dossier) -> None:
    text = to_ics(dossier, stamp=STAMP, holidays="skip").decode()
    exdates = re.findall(r"EXDATE;TZID=Europe/Copenhagen:(\S+)\r\n", text)
    # s2 (first Monday, 09:00, 2024-01 .. 2026-06): Nytårsdag 2024-01-01, Anden påskedag
    # 2024-04-01 and 2026-04-06 are first Mondays (hand-checked in a calendar);
    # s3 (first Monday of Feb/May/Aug/Nov, 13:00) and s4 (fourth Tuesday of March and
    # September): none of those days is a holiday; s5 (every second Thursday from 3 October
    # 2024, 09:00): 2. juledag 2024-12-26 and skærtorsdag 2025-04-17.
    assert exdates == [
        "20240101T090000",
        "20240401T090000",
        "20260406T090000",
        "20241226T090000",
        "20250417T090000",
    ]
    assert "," not in "".join(re.findall(r"EXDATE[^\r]*", text))


def test_naive_datetimes_refused(dossier: Dossier) -> None:
    with pytest.raises(NaiveDatetimeError):
        to_ics(dossier, stamp=datetime(2024, 1, 1, 12))
    assert isinstance(NaiveDatetimeError("x"), ValueError)


def test_sequence_raised_only_for_changed_items(dossier: Dossier) -> None:
    first = to_ics(dossier, stamp=STAMP)
    moved = attrs.evolve(
        dossier.meetings[0],
        start=dossier.meetings[0].start + timedelta(hours=1),
        end=dossier.meetings[0].end + timedelta(hours=1),
    )
    retitled = attrs.evolve(dossier.meetings[1], title="Nyt navn")
    changed = attrs.evolve(dossier, meetings=(moved, retitled, *dossier.meetings[2:]))
    later = STAMP + timedelta(days=7)
    second = to_ics(changed, stamp=later, previous=first)
    before = {str(e["UID"]) + str(e.get("RECURRENCE-ID", "")): e for e in _events(first)}
    after = {str(e["UID"]) + str(e.get("RECURRENCE-ID", "")): e for e in _events(second)}
    assert before.keys() == after.keys()
    bumped = [k for k in after if int(after[k]["SEQUENCE"]) != int(before[k]["SEQUENCE"])]
    assert [str(after[k]["SUMMARY"]) for k in bumped] == [moved.title]
    assert int(after[bumped[0]]["SEQUENCE"]) == 1
    modified = {k for k in after if after[k].decoded("LAST-MODIFIED") == later}
    retitled_key = next(k for k in after if str(after[k]["SUMMARY"]) == "Nyt navn")
    assert modified == {bumped[0], retitled_key}  # title change: new LAST-MODIFIED, same SEQUENCE
    # a third export against the second keeps SEQUENCE 1 and is stable
    third = to_ics(changed, stamp=later + timedelta(days=1), previous=second)
    assert {int(e["SEQUENCE"]) for e in _events(third)} == {0, 1}
    # a status change counts as significant
    cancelled = attrs.evolve(
        changed,
        meetings=(attrs.evolve(moved, status=MeetingStatus.CANCELLED), *changed.meetings[1:]),
    )
    fourth = {str(e["SUMMARY"]): e for e in _events(to_ics(cancelled, stamp=later, previous=third))}
    assert int(fourth[moved.title]["SEQUENCE"]) == 2


def test_merged_dossiers_have_no_uid_clashes() -> None:
    a = make_dossier("udvalg-a", "Udvalg A")
    b = make_dossier("udvalg-b", "Udvalg B")  # the same item ids in another committee
    events = _events(to_ics([a, b], stamp=STAMP, holidays="move"))
    keys = [(str(e["UID"]), str(e.get("RECURRENCE-ID", ""))) for e in events]
    assert len(keys) == len(set(keys))
    single = len(_events(to_ics(a, stamp=STAMP, holidays="move")))
    # the two election context events are shared, not duplicated
    assert len(events) == 2 * single - 2
    with pytest.raises(DuplicateUidError):
        to_ics([a, a], stamp=STAMP)


def test_context_events_can_be_switched_off(dossier: Dossier) -> None:
    with_context = to_ics(dossier, stamp=STAMP).decode()
    assert "Kommunalvalg 2025" in with_context
    assert "DTSTART;VALUE=DATE:20251118" in with_context
    assert "DTSTART;VALUE=DATE:20251201\r\nDTEND;VALUE=DATE:20251216" in with_context
    assert "Kommunalvalg" not in to_ics(dossier, stamp=STAMP, context_events=False).decode()


def test_window_keeps_overlapping_items(dossier: Dossier) -> None:
    window = Period(date(2024, 3, 1), date(2024, 3, 31))
    events = _events(to_ics(dossier, stamp=STAMP, window=window, context_events=False))
    summaries = sorted(str(e["SUMMARY"]) for e in events)
    assert "Fase 1: Fase, første; \\ del" in summaries  # Q1 overlaps March
    assert "Møde; ekstra, \\ " in summaries  # 5 March
    assert not any("Status" in s for s in summaries)  # June milestone
    assert "Fase 2: Åben fase" not in summaries  # starts in April
    assert all(isinstance(e.decoded("DTSTAMP"), datetime) for e in events)
    assert STAMP.tzinfo is UTC


@pytest.mark.parametrize(
    ("given", "color", "apple"),
    [
        ("SteelBlue", "steelblue", None),
        ("rebeccapurple", "rebeccapurple", None),
        ("#1F6FEB", None, "#1f6feb"),
        ("#abc", None, "#aabbcc"),
    ],
)
def test_color_names_and_hex(
    dossier: Dossier, given: str, color: str | None, apple: str | None
) -> None:
    calendar = icalendar.Calendar.from_ical(
        to_ics(dossier, stamp=STAMP, feed=FeedInfo(color=given))
    )
    assert (str(calendar["COLOR"]) if "COLOR" in calendar else None) == color
    found = calendar.get("X-APPLE-CALENDAR-COLOR")
    assert (str(found) if found is not None else None) == apple


@pytest.mark.parametrize("bad", ["light blue", "#12345", "rgb(1,2,3)", "blå", "#1f6feg", ""])
def test_color_outside_css3_refused(bad: str) -> None:
    with pytest.raises(ColorError, match="CSS3 colour name"):
        FeedInfo(color=bad)


def test_css3_names_are_the_148() -> None:
    assert len(CSS3_COLOR_NAMES) == 148
    assert {"grey", "gray", "rebeccapurple", "aliceblue", "yellowgreen"} <= CSS3_COLOR_NAMES
    assert "transparent" not in CSS3_COLOR_NAMES
    assert all(n == n.lower() and n.isalpha() for n in CSS3_COLOR_NAMES)
