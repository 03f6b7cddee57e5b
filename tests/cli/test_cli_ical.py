"""`kommissorium ics`: byte-identical output, the stamp rule, options and bad input."""

from __future__ import annotations

from pathlib import Path

import icalendar
import pytest

from kommissorium.cli import main

EXAMPLE = str(Path(__file__).resolve().parents[2] / "examples" / "hedensted-social-2024.toml")


def test_repeated_runs_are_byte_identical(tmp_path: Path) -> None:
    a, b = tmp_path / "a.ics", tmp_path / "b.ics"
    args = ["ics", EXAMPLE, "--stamp", "2024-01-02T08:00:00Z", "--holidays", "move"]
    assert main([*args, "-o", str(a)]) == 0
    assert main([*args, "-o", str(b)]) == 0
    assert a.read_bytes() == b.read_bytes()
    # with the previous export given, nothing changes either
    assert main([*args, "-o", str(b), "--previous", str(a)]) == 0
    assert a.read_bytes() == b.read_bytes()


def test_stamp_from_source_date_epoch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "o.ics"
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    assert main(["ics", EXAMPLE, "-o", str(out)]) == 0  # stamped with a day of the file
    assert b"DTSTAMP:20240101T000000Z" in out.read_bytes()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1704182400")  # 2024-01-02T08:00:00Z
    assert main(["ics", EXAMPLE, "-o", str(out)]) == 0
    assert b"DTSTAMP:20240102T080000Z" in out.read_bytes()


def test_options(tmp_path: Path) -> None:
    out = tmp_path / "o.ics"
    code = main(
        [
            "ics",
            EXAMPLE,
            "-o",
            str(out),
            "--stamp",
            "2024-01-02T09:00:00+01:00",
            "--from",
            "2024-06-01",
            "--to",
            "2024-12-31",
            "--no-context-events",
            "--closed",
            "2024-07-01:2024-07-31",
            "--holidays",
            "skip",
            "--name",
            "Mødeplan; 2024",
            "--color",
            "#aa0000",
            "--organizer",
            "sek@hedensted.example",
        ]
    )
    assert code == 0
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    text = out.read_text(encoding="utf-8")
    assert "NAME:Mødeplan\\; 2024" in text
    assert "Kommunalvalg" not in text
    assert "EXDATE;TZID=Europe/Copenhagen:20240701T160000" in text
    summaries = [str(e["SUMMARY"]) for e in cal.walk("VEVENT")]
    assert not any(s.startswith("Fase 1") for s in summaries)  # Q1 2024 is outside the window
    assert "mailto:sek@hedensted.example" in text


@pytest.mark.parametrize(
    "extra",
    [
        ["--stamp", "2024-01-02T08:00:00"],
        ["--stamp", "i går"],
        ["--stamp", "2024-01-02T08:00:00Z", "--from", "2024-13-01"],
        ["--stamp", "2024-01-02T08:00:00Z", "--closed", "2024-07-01"],
        ["--stamp", "2024-01-02T08:00:00Z", "--to", "2024-01-01"],
    ],
)
def test_bad_input_exits_2(
    tmp_path: Path, extra: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["ics", EXAMPLE, "-o", str(tmp_path / "x.ics"), *extra]) == 2
    assert "Traceback" not in capsys.readouterr().err
