"""Integration: a real Radicale CalDAV server on 127.0.0.1 (htpasswd login tester/x; fresh per
module, since vobject
registers time zones process-wide), upload with caldav, read back, compare the server's own
expansion with ours, and `kommissorium publish`."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from ical_data import STAMP, make_dossier

caldav = pytest.importorskip("caldav", reason="caldav is not installed (pip install -e '.[test]')")
pytest.importorskip("radicale", reason="radicale is not installed (pip install -e '.[test]')")

import icalendar  # noqa: E402
import recurring_ical_events  # noqa: E402

from kommissorium.cli import main  # noqa: E402
from kommissorium.ical import expand_series, stable_uid, to_ics  # noqa: E402
from kommissorium.ical.export import _prefix  # noqa: E402
from kommissorium.ical.publish import publish_calendar, split_by_uid  # noqa: E402
from kommissorium.ical.series import OccurrenceKind  # noqa: E402
from kommissorium.model import MeetingStatus, Period  # noqa: E402

EXAMPLE = str(Path(__file__).resolve().parents[2] / "examples" / "hedensted-social-2024.toml")


def _skip_or_fail(reason: str) -> None:
    # On CI (CI=true) a server that does not start is a failure, not a quiet skip.
    if os.environ.get("CI"):
        pytest.fail(f"CI: {reason}")
    pytest.skip(reason)


@contextlib.contextmanager
def _radicale() -> Iterator[str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with tempfile.TemporaryDirectory() as scratch:
        users = Path(scratch) / "users"
        users.write_text("tester:x\n", encoding="utf-8")
        command = [
            sys.executable, "-m", "radicale", "--config", "",
            "--server-hosts", f"127.0.0.1:{port}", "--auth-type", "htpasswd",
            "--auth-htpasswd-filename", str(users), "--auth-htpasswd-encryption", "plain",
            "--rights-type", "owner_only", "--storage-filesystem-folder", f"{scratch}/storage",
            "--web-type", "none", "--logging-level", "warning",
        ]  # fmt: skip
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            for _ in range(100):
                try:
                    with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                        break
                except OSError:
                    if proc.poll() is not None:
                        err = proc.stderr.read().decode() if proc.stderr else ""
                        _skip_or_fail(f"radicale could not start: {err.strip()[:500]}")
                    time.sleep(0.1)
            else:
                _skip_or_fail("radicale did not open its port within 10 s")
            yield f"http://127.0.0.1:{port}/"
        finally:
            proc.terminate()
            proc.wait(timeout=10)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with _radicale() as url:
        yield url


def _login(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KOMMISSORIUM_CALDAV_USER", "tester")
    monkeypatch.setenv("KOMMISSORIUM_CALDAV_PASSWORD", "x")


def _client(url: str):  # type: ignore[no-untyped-def]
    return caldav.DAVClient(url=url, username="tester", password="x")


def test_upload_read_back_and_server_expansion(server: str) -> None:
    from kommissorium.ical.publish import Credentials

    data = to_ics(make_dossier(), stamp=STAMP, holidays="move")
    url = f"{server}tester/tricky/"
    result = publish_calendar(data, url, credentials=Credentials("tester", "x"))
    resources = split_by_uid(data)
    assert result.created == tuple(sorted(resources))
    assert not result.updated
    source = icalendar.Calendar.from_ical(data)
    with _client(url) as client:
        collection = client.calendar(url=url)
        back = {}
        for obj in collection.search(event=True):
            # read the stored bytes with a plain GET: caldav's parser "fixes up" text first
            raw = client.request(str(obj.url), "GET").raw
            for component in icalendar.Calendar.from_ical(raw).walk("VEVENT"):
                rid = component.get("RECURRENCE-ID")
                back[(str(component["UID"]), rid.to_ical() if rid else b"")] = component
        assert len(back) == len(list(source.walk("VEVENT")))
        for original in source.walk("VEVENT"):
            rid = original.get("RECURRENCE-ID")
            stored = back[(str(original["UID"]), rid.to_ical() if rid else b"")]
            assert stored.to_ical() == original.to_ical()
        # the server's own expansion (CalDAV <C:expand>) equals ours (recurring-ical-events
        # agrees with expand_series, see test_ical_parsers)
        start, end = datetime(2024, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC)
        expanded = collection.search(
            start=start, end=end, event=True, expand=True, server_expand=True
        )

        def key(x: object) -> str:
            return x.astimezone(UTC).isoformat() if isinstance(x, datetime) else str(x)

        series_uids = {str(e["UID"]) for e in source.walk("VEVENT") if "RRULE" in e}
        server_starts = sorted(
            key(r.icalendar_component.start)
            for r in expanded
            if str(r.icalendar_component["UID"]) in series_uids
            and str(r.icalendar_component.get("STATUS", "")) != "CANCELLED"
        )
        local_starts = sorted(
            key(e.start)
            for e in recurring_ical_events.of(source).between(start, end)
            if str(e["UID"]) in series_uids and str(e.get("STATUS", "")) != "CANCELLED"
        )
        assert server_starts == local_starts
        assert len(server_starts) > 60


def test_publish_command_creates_then_updates(
    server: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _login(monkeypatch)
    url = f"{server}tester/hedensted/"
    args = ["publish", EXAMPLE, "--caldav", url, "--stamp", "2024-01-02T08:00:00Z"]
    assert main(args) == 0
    first = capsys.readouterr().out
    assert " 0 opdateret" in first
    later = ["publish", EXAMPLE, "--caldav", url, "--stamp", "2024-01-02T09:00:00Z"]
    assert main([*later, "--holidays", "keep"]) == 0
    second = capsys.readouterr().out
    assert " 0 oprettet" in second
    with _client(url) as client:
        objects = client.calendar(url=url).search(event=True)
        uids = [str(o.icalendar_component["UID"]) for o in objects]
        assert len(uids) == len(set(uids))  # updated in place, not duplicated
        stored = {
            str(o.icalendar_component["UID"]): icalendar.Calendar.from_ical(
                client.request(str(o.url), "GET").raw
            )
            for o in objects
        }
    series = next(c for c in stored.values() if any("RRULE" in e for e in c.walk("VEVENT")))
    # holidays=keep on the second run removed the EXDATE and raised SEQUENCE
    master = next(c for c in series.walk("VEVENT") if "RECURRENCE-ID" not in c)
    assert "EXDATE" not in master
    assert int(master["SEQUENCE"]) == 1
    assert master.decoded("LAST-MODIFIED") == datetime(2024, 1, 2, 9, tzinfo=UTC)
    # the phases did not change: SEQUENCE and LAST-MODIFIED carried forward from the first run
    phases = [
        e
        for c in stored.values()
        for e in c.walk("VEVENT")
        if "Fase" in [str(x) for x in e.get("CATEGORIES").cats]
    ]
    assert phases
    for phase in phases:
        assert int(phase["SEQUENCE"]) == 0
        assert phase.decoded("LAST-MODIFIED") == datetime(2024, 1, 2, 8, tzinfo=UTC)


def test_publish_prune_and_credentials_not_on_command_line(
    server: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _login(monkeypatch)
    url = f"{server}tester/prune/"
    full = tmp_path / "full.ics"
    assert main(["ics", EXAMPLE, "-o", str(full), "--stamp", "2024-01-02T08:00:00Z"]) == 0
    assert main(["publish", str(full), "--caldav", url]) == 0
    small = tmp_path / "small.ics"
    args = ["ics", EXAMPLE, "-o", str(small), "--stamp", "2024-01-02T08:00:00Z"]
    assert main([*args, "--from", "2024-01-01", "--to", "2024-03-31", "--no-context-events"]) == 0
    assert main(["publish", str(small), "--caldav", url, "--prune"]) == 0
    with _client(url) as client:
        left = {
            str(o.icalendar_component["UID"]) for o in client.calendar(url=url).search(event=True)
        }
    assert left == set(split_by_uid(small.read_bytes()))
    # there is no way to give a password on the command line
    assert main(["publish", str(small), "--caldav", url, "--password", "x"]) == 2


def test_publish_refuses_a_login_in_the_url(
    server: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _login(monkeypatch)
    host = server.removeprefix("http://")
    url = f"http://tester:s3cret-pw@{host}tester/inurl/"
    assert main(["publish", EXAMPLE, "--caldav", url, "--stamp", "2024-01-02T08:00:00Z"]) == 2
    out, err = capsys.readouterr()
    assert "s3cret-pw" not in out + err
    assert "KOMMISSORIUM_CALDAV_USER" in err
    assert "netrc" in err
    # nothing was uploaded
    with _client(f"{server}tester/") as client:
        names = [str(c.url) for c in client.principal().calendars()]
    assert not any("inurl" in n for n in names)


def test_publish_with_a_netrc_login(
    server: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("KOMMISSORIUM_CALDAV_USER", raising=False)
    monkeypatch.delenv("KOMMISSORIUM_CALDAV_PASSWORD", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    url = f"{server}tester/netrc/"
    args = ["publish", EXAMPLE, "--caldav", url, "--stamp", "2024-01-02T08:00:00Z"]
    netrc = tmp_path / ".netrc"
    netrc.write_text("machine 127.0.0.1 login tester password wrong\n", encoding="utf-8")
    netrc.chmod(0o600)
    assert main(args) == 2  # the server refuses the wrong password from netrc
    netrc.write_text("machine 127.0.0.1 login tester password x\n", encoding="utf-8")
    assert main(args) == 0
    with _client(url) as client:
        assert client.calendar(url=url).search(event=True)


def test_server_expansion_equals_expand_series(server: str) -> None:
    from kommissorium.ical.publish import Credentials

    d = make_dossier()
    summer = Period(date(2024, 7, 8), date(2024, 8, 2), "sommerferie")
    data = to_ics(d, stamp=STAMP, holidays="move", closed=[summer])
    url = f"{server}tester/expand/"
    publish_calendar(data, url, credentials=Credentials("tester", "x"))
    start, end = datetime(2023, 1, 1, tzinfo=UTC), datetime(2028, 1, 1, tzinfo=UTC)
    uids = {stable_uid(*_prefix(d), "series", s.id): s for s in d.series}
    with _client(url) as client:
        expanded = client.calendar(url=url).search(
            start=start, end=end, event=True, expand=True, server_expand=True
        )
        server_side: dict[str, list[tuple[str, str]]] = {}
        for r in expanded:
            component = r.icalendar_component
            if str(component["UID"]) not in uids or str(component.get("STATUS", "")) == "CANCELLED":
                continue
            server_side.setdefault(str(component["UID"]), []).append(
                (
                    component.decoded("DTSTART").astimezone(UTC).isoformat(),
                    component.decoded("DTEND").astimezone(UTC).isoformat(),
                )
            )
    for uid, series in uids.items():
        ours = sorted(
            (o.start.astimezone(UTC).isoformat(), o.end.astimezone(UTC).isoformat())
            for o in expand_series(
                series,
                holidays="move",
                closed=[summer],
                overrides=[m for m in d.meetings if m.series == series.id],
            )
            if o.kind is not OccurrenceKind.SKIPPED and o.status is not MeetingStatus.CANCELLED
        )
        assert sorted(server_side[uid]) == ours, series.id
        assert len(ours) >= 7  # s4, twice a year 2024-2027, has the fewest
