"""Hostile values that reach the calendar code from Python or the command line.

* ``--organizer`` / ``Organizer.email``: only a mail address (CR/LF used to raise a bare
  ``ValueError`` from icalendar; ``'not an email'`` used to be written into the feed);
* control characters in objects built in Python never reach the ``.ics`` raw;
* every expansion of a series stays inside the documented window (a daily series until
  9999-12-31 used to take 38 s and end in ``MemoryError`` in the Popolo export).
"""

from __future__ import annotations

import re
import time
from datetime import UTC, date, datetime
from pathlib import Path

import attrs
import pytest
from ical_data import STAMP, at, make_dossier

import kommissorium as k
from kommissorium.cli import main
from kommissorium.ical import (
    AddressError,
    FeedInfo,
    Organizer,
    SeriesRuleError,
    check_address,
    expand_series,
    read_calendar,
    to_ics,
)
from kommissorium.ical.series import MAX_OCCURRENCES, WINDOW_YEARS, series_last_day
from kommissorium.interop import dumps_popolo
from kommissorium.model import Meeting, MeetingSeries
from kommissorium.model.text import export_text

EXAMPLE = "examples/hedensted-social-2024.toml"

# --- the organizer's address ---------------------------------------------------------------


@pytest.mark.parametrize(
    "address",
    [
        "sekretariat@hedensted.dk",
        "a.b-c+udvalg@xn--byrd-roa.dk",
        "O'Brien@kommune.example",
        "noreply@kommissorium.invalid",
    ],
)
def test_mail_addresses_are_accepted(address: str) -> None:
    assert check_address(address) == address
    assert Organizer(name="S", email=address).email == address


@pytest.mark.parametrize(
    "address",
    [
        "not an email",
        "a@b.dk\r\nX-EVIL:1",
        "a@b.dk\n",
        "sek@kommune",  # a single label
        "sek@-kommune.dk",
        "sek@kommune-.dk",
        "sek@kommune..dk",
        ".sek@kommune.dk",
        "sek.@kommune.dk",
        "s..k@kommune.dk",
        '"sek"@kommune.dk',
        "sek@byråd.dk",  # give the xn-- form
        "<sek@kommune.dk>",
        "Sek <sek@kommune.dk>",
        "mailto:sek@kommune.dk",
        "sek@kommune.dk;x=y",
        "sek\x00@kommune.dk",
        "",
        "@kommune.dk",
        "a" * 65 + "@kommune.dk",
        "a@" + "b" * 250 + ".dk",
    ],
)
def test_anything_else_is_refused(address: str) -> None:
    with pytest.raises(AddressError, match=r"expected a mail address|longer than 64"):
        check_address(address)
    with pytest.raises(AddressError, match=r"^Organizer\.email: "):
        Organizer(name="S", email=address)


@pytest.mark.parametrize("address", ["not an email", "a@b.dk\r\nX-EVIL:1", "sek@kommune"])
def test_the_command_refuses_a_bad_organizer_in_one_line(
    address: str, tmp_path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.ics"
    assert main(["ics", EXAMPLE, "-o", str(out), "--organizer", address]) == 2
    err = capsys.readouterr().err
    assert err.startswith("kommissorium: --organizer: expected a mail address name@domain")
    assert err.count("\n") == 1
    assert "Traceback" not in err
    assert not out.exists()


def test_a_good_organizer_is_written(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ics", EXAMPLE, "-o", "-", "--organizer", "sek@hedensted.dk"]) == 0
    assert "ORGANIZER;CN=sek@hedensted.dk:mailto:sek@hedensted.dk" in capsys.readouterr().out


# --- control characters ---------------------------------------------------------------------

BAD = "A\x00B\x07C\x0bD\x0cE\x1bF\x7fG\x85H\x9fI\ud800J\ufffeK\ufffdL"
RAW_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _hostile_dossier() -> k.Dossier:
    d = make_dossier(name="Udvalg " + BAD)
    plan = attrs.evolve(
        d.plan,
        phases=tuple(attrs.evolve(p, title=p.title + BAD, description=BAD) for p in d.plan.phases),
        milestones=tuple(attrs.evolve(m, title=BAD) for m in d.plan.milestones),
    )
    return attrs.evolve(
        d,
        mandate=attrs.evolve(d.mandate, purpose=BAD),
        plan=plan,
        meetings=tuple(
            attrs.evolve(m, title=BAD, location=BAD, description=BAD) for m in d.meetings
        ),
        series=tuple(attrs.evolve(s, title=BAD, location=BAD) for s in d.series),
    )


def test_control_characters_never_reach_the_calendar_raw() -> None:
    d = _hostile_dossier()
    ics = to_ics(
        d,
        stamp=STAMP,
        holidays="move",
        feed=FeedInfo(name=BAD, description=BAD, organizer=Organizer(name=BAD)),
    )
    assert RAW_CONTROL.findall(ics) == []
    text = ics.decode("utf-8")  # no lone surrogate either
    assert re.findall("[\x80-\x9f\ufffe\uffff]", text) == []
    visible = export_text(BAD).replace("\n", "\\n")
    assert f"SUMMARY:{visible}" in text.replace("\r\n ", "")
    # the model data travels escaped: reading the calendar back gives the objects exactly
    back = read_calendar(ics)
    assert back.phases == d.plan.phases
    assert {s.id: s.title for s in back.series} == {s.id: BAD for s in d.series}
    # independent parsers read it
    vobject = pytest.importorskip("vobject")
    assert vobject.readOne(text).name == "VCALENDAR"
    recurring = pytest.importorskip("recurring_ical_events")
    from icalendar import Calendar

    events = recurring.of(Calendar.from_ical(ics)).between(date(2024, 1, 1), date(2024, 3, 1))
    assert events


def test_a_re_export_of_unchanged_hostile_text_keeps_sequence_and_last_modified() -> None:
    d = _hostile_dossier()
    first = to_ics(d, stamp=STAMP)
    later = datetime(2025, 6, 1, 12, tzinfo=UTC)
    again = to_ics(d, stamp=later, previous=first).decode()
    modified = re.findall(r"^LAST-MODIFIED:(.*)\r$", again, flags=re.M)
    assert modified
    assert set(modified) == {STAMP.strftime("%Y%m%dT%H%M%SZ")}  # nothing changed since
    assert set(re.findall(r"^SEQUENCE:(.*)\r$", again, flags=re.M)) == {"0"}


def test_the_command_line_calendar_of_a_clean_file_is_unchanged_by_the_rule() -> None:
    d = make_dossier()
    assert to_ics(d, stamp=STAMP) == to_ics(d, stamp=STAMP)
    assert RAW_CONTROL.findall(to_ics(d, stamp=STAMP)) == []


# --- the expansion window -------------------------------------------------------------------


def _daily(until: date | None, rule: str = "FREQ=DAILY") -> MeetingSeries:
    return MeetingSeries(
        id="daglig",
        committee="tricky",
        start=at(2024, 2, 5, 16),
        end=at(2024, 2, 5, 18),
        rule=rule,
        until=until,
    )


def _with(series: MeetingSeries) -> k.Dossier:
    return attrs.evolve(make_dossier(), series=(series,), meetings=())


def test_a_daily_series_to_the_end_of_time_is_refused_at_once() -> None:
    series = _daily(date(9999, 12, 31))
    d = _with(series)
    for expand in (
        lambda: expand_series(series),
        lambda: to_ics(d, stamp=STAMP),
        lambda: dumps_popolo(d),
    ):
        began = time.perf_counter()
        with pytest.raises(SeriesRuleError, match="runs to 9999-12-31, more than 100 years") as e:
            expand()
        assert e.value.series == "daglig"
        assert time.perf_counter() - began < 5


def test_more_meetings_than_the_window_holds_are_refused() -> None:
    series = _daily(date(2060, 1, 1))  # 36 years of days: under 100 years, over 10,000
    with pytest.raises(SeriesRuleError, match="more than 10,000 meetings"):
        expand_series(series)
    with pytest.raises(SeriesRuleError, match="more than 10,000 meetings"):
        dumps_popolo(_with(series))


def test_a_count_beyond_the_window_is_refused() -> None:
    series = _daily(None, "FREQ=DAILY;COUNT=1000000")
    with pytest.raises(SeriesRuleError, match="more than 10,000 meetings"):
        series_last_day(series)
    yearly = _daily(None, "FREQ=YEARLY;COUNT=150")  # 150 years
    with pytest.raises(SeriesRuleError, match="COUNT=150 meetings, more than 100 years"):
        series_last_day(yearly)


def test_the_window_allows_exactly_its_bounds() -> None:
    days = MAX_OCCURRENCES  # the 10,000th daily meeting is allowed, the 10,001st is not
    series = _daily(None, f"FREQ=DAILY;COUNT={days}")
    assert len(expand_series(series)) == days
    with pytest.raises(SeriesRuleError):
        expand_series(_daily(None, f"FREQ=DAILY;COUNT={days + 1}"))
    yearly = _daily(date(2024 + WINDOW_YEARS, 2, 5), "FREQ=YEARLY")
    assert len(expand_series(yearly)) == WINDOW_YEARS + 1
    with pytest.raises(SeriesRuleError):
        expand_series(_daily(date(2024 + WINDOW_YEARS, 2, 6), "FREQ=YEARLY"))


def test_the_commands_name_the_file_and_the_series(tmp_path, capsys) -> None:
    source = Path(EXAMPLE).read_text(encoding="utf-8")  # as a user edits the example
    source = source.replace('rule = "FREQ=MONTHLY;BYDAY=1MO"', 'rule = "FREQ=DAILY"')
    source = source.replace('text = "den første mandag i hver måned 16:00–18:00"\n', "")
    source = source.replace("until = 2025-12-31\nlocation", "until = 9999-12-31\nlocation")
    path = tmp_path / "daglig.toml"
    path.write_text(source, encoding="utf-8")
    for argv in (
        ["export", str(path), "--format", "popolo", "-o", str(tmp_path / "p.json")],
        ["ics", str(path), "-o", str(tmp_path / "x.ics")],
    ):
        began = time.perf_counter()
        assert main(argv) == 2
        assert time.perf_counter() - began < 10
        err = capsys.readouterr().err
        assert err.startswith(f"kommissorium: {path}: series[0]: meeting series udvalgsmoeder ")
        assert "give it an earlier 'until'" in err
        assert err.count("\n") == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["daglig.toml"]


def test_the_search_for_a_next_meeting_stops_at_the_window() -> None:
    series = MeetingSeries(
        id="s",
        committee="u",
        start=at(2024, 2, 29, 14),
        end=at(2024, 2, 29, 15),
        rule="FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;BYDAY=TH",  # 29 February on a Thursday
    )
    assert series.start.date() == date(2024, 2, 29)
    with pytest.raises(k.errors.ModelError, match="the rule's first meeting after it is 2052"):
        attrs.evolve(series, start=at(2024, 3, 1, 14), end=at(2024, 3, 1, 15))
    from kommissorium.ical.series import window_rule

    first = at(2024, 2, 29, 14).replace(tzinfo=None)
    rule = window_rule("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;BYDAY=TH", first)
    assert rule.after(at(2124, 1, 1, 0).replace(tzinfo=None)) is None  # 2136 is past the window


def test_an_imported_count_beyond_the_window_is_skipped_with_its_reason() -> None:
    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\nBEGIN:VEVENT\r\n"
        "UID:endless@x\r\nDTSTAMP:20240101T000000Z\r\nDTSTART:20240101T090000Z\r\n"
        "DTEND:20240101T100000Z\r\nRRULE:FREQ=DAILY;COUNT=100000000\r\nSUMMARY:Uendelig\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    began = time.perf_counter()
    contents = read_calendar(ics)
    assert time.perf_counter() - began < 5
    assert contents.series == ()
    assert [s.uid for s in contents.skipped] == ["endless@x"]
    assert "more than 10,000 meetings" in contents.skipped[0].reason


def test_an_override_far_beyond_the_window_is_no_occurrence() -> None:
    far = (
        "BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20240101T000000Z\r\n"
        "RECURRENCE-ID:99990101T150000Z\r\nDTSTART:99990101T150000Z\r\n"
        "DTEND:99990101T160000Z\r\nSUMMARY:Langt ude\r\nEND:VEVENT\r\n"
    )
    foreign = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\nBEGIN:VEVENT\r\n"
        "UID:daily@x\r\nDTSTAMP:20240101T000000Z\r\nDTSTART:20240101T090000Z\r\n"
        "DTEND:20240101T100000Z\r\nRRULE:FREQ=DAILY\r\nSUMMARY:Dagligt\r\nEND:VEVENT\r\n"
        + far.format(uid="daily@x")
        + "END:VCALENDAR\r\n"
    )
    began = time.perf_counter()
    contents = read_calendar(foreign)
    assert time.perf_counter() - began < 5
    assert [m for m in contents.meetings if m.recurrence_id is not None] == []
    assert "not an occurrence" in contents.skipped[0].reason


def test_meeting_overrides_of_a_bounded_series_still_work() -> None:
    series = _daily(date(2024, 2, 9))
    moved = Meeting(
        id="flyt",
        committee="tricky",
        start=at(2024, 2, 7, 9),
        end=at(2024, 2, 7, 11),
        series="daglig",
        recurrence_id=at(2024, 2, 6, 16),
    )
    occurrences = expand_series(series, overrides=[moved])
    assert [o.start.day for o in occurrences] == [5, 7, 7, 8, 9]
