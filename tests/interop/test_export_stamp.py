"""The default export stamp (no --stamp, no SOURCE_DATE_EPOCH) and the report's default day."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import kommissorium as k
from kommissorium.cli import main
from kommissorium.interop import default_stamp, recorded_days, stamp_day

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "examples").glob("*.toml"))

DATELESS = """
[committee]
id = "u"
name = "Udvalget"
kind = "special-17-4"
"""

PLAN_ONLY = """
[committee]
id = "u"
name = "Udvalget"
kind = "special-17-4"

[[plan.phases]]
id = "late"
title = "Sent"
period = "andet kvartal 2026"

[[plan.phases]]
id = "early"
title = "Tidligt"
period = "første kvartal 2026"
"""


@pytest.fixture(autouse=True)
def _no_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)


def _write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_every_example_has_a_default_stamp_from_its_own_dates(example: Path) -> None:
    dossier = k.load(example)
    day = stamp_day(dossier)
    assert day is not None
    recorded = recorded_days(dossier)
    if recorded:
        assert day == max(recorded)
    stamp = default_stamp(dossier)
    assert stamp is not None
    assert stamp.isoformat() == f"{day.isoformat()}T00:00:00+00:00"


def test_stamp_day_takes_the_latest_record_over_the_earliest_plan() -> None:
    hedensted = k.load(ROOT / "examples" / "hedensted-social-omsorg-2016.toml")
    assert stamp_day(hedensted) == max(recorded_days(hedensted))
    assert recorded_days(hedensted) == sorted(recorded_days(hedensted))


def test_plan_only_file_falls_back_to_the_earliest_phase(tmp_path: Path) -> None:
    dossier = k.loads(PLAN_ONLY, format="toml")
    assert recorded_days(dossier) == []
    assert str(stamp_day(dossier)) == "2026-01-01"


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_export_and_ics_without_stamp_are_repeatable(
    example: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outs = {}
    for fmt in ("oparl", "ics"):
        for run in ("a", "b"):
            out = tmp_path / f"{fmt}-{run}"
            if fmt == "ics":
                args = ["ics", str(example), "-o", str(out)]
            else:
                args = ["export", str(example), "--format", "oparl", "-o", str(out)]
            assert main(args) == 0
            outs[(fmt, run)] = out.read_bytes()
        assert outs[(fmt, "a")] == outs[(fmt, "b")]
    assert capsys.readouterr().out == ""  # nothing extra on stdout
    day = stamp_day(k.load(example))
    assert day is not None
    bundle = json.loads(outs[("oparl", "a")])
    assert bundle["body"]["created"] == f"{day.isoformat()}T00:00:00+00:00"
    assert f"DTSTAMP:{day.strftime('%Y%m%d')}T000000Z".encode() in outs[("ics", "a")]


def test_stamp_option_and_epoch_still_win(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    example = str(ROOT / "examples" / "hedensted-social-2024.toml")
    out = tmp_path / "o"
    assert main(["ics", example, "-o", str(out), "--stamp", "2030-02-03T04:05:06Z"]) == 0
    assert b"DTSTAMP:20300203T040506Z" in out.read_bytes()
    args = ["export", example, "--format", "oparl", "-o", str(out)]
    assert main([*args, "--stamp", "2030-02-03T04:05:06Z"]) == 0
    assert json.loads(out.read_bytes())["body"]["created"] == "2030-02-03T04:05:06+00:00"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1704182400")  # 2024-01-02T08:00:00Z
    assert main(args) == 0
    assert json.loads(out.read_bytes())["body"]["created"] == "2024-01-02T08:00:00+00:00"
    assert main([*args, "--stamp", "2030-02-03T04:05:06Z"]) == 0  # --stamp beats the variable
    assert json.loads(out.read_bytes())["body"]["created"] == "2030-02-03T04:05:06+00:00"


def test_ics_of_several_files_takes_the_latest_day(tmp_path: Path) -> None:
    files = [
        str(ROOT / "examples" / n)
        for n in ("hedensted-social-omsorg-2016.toml", "hedensted-social-2024.toml")
    ]
    out = tmp_path / "o.ics"
    assert main(["ics", *files, "-o", str(out)]) == 0
    days = [stamp_day(k.load(f)) for f in files]
    latest = max(d for d in days if d is not None)
    assert f"DTSTAMP:{latest.strftime('%Y%m%d')}T000000Z".encode() in out.read_bytes()


def test_a_file_without_any_date_still_needs_a_stamp(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, "blank.toml", DATELESS)
    out = tmp_path / "o"
    assert main(["export", path, "--format", "oparl", "-o", str(out)]) == 2
    assert main(["ics", path, "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "blank.toml: no date to stamp the export with" in err
    assert "--stamp" in err
    assert (
        main(
            ["export", path, "--format", "oparl", "-o", str(out), "--stamp", "2026-01-01T00:00:00Z"]
        )
        == 0
    )
    assert main(["export", path, "--format", "popolo", "-o", str(out)]) == 0  # no stamp needed


def test_report_day_defaults_to_the_first_planned_date(tmp_path: Path) -> None:
    status = ROOT / "examples" / "norddjurs-status-2025.toml"
    day = stamp_day(k.load(status))
    assert day is not None
    out, explicit = tmp_path / "r.html", tmp_path / "e.html"
    assert main(["report", str(status), "-o", str(out)]) == 0
    assert main(["report", str(status), "-o", str(explicit), "--on", day.isoformat()]) == 0
    assert out.read_bytes() == explicit.read_bytes()
    plan = _write(tmp_path, "plan.toml", PLAN_ONLY)
    assert main(["report", plan, "-o", str(out)]) == 0
    assert main(["report", plan, "-o", str(explicit), "--on", "2026-01-01"]) == 0
    assert out.read_bytes() == explicit.read_bytes()


def test_report_of_a_file_without_any_date_needs_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, "blank.toml", DATELESS)
    assert main(["report", path, "-o", str(tmp_path / "r.html")]) == 2
    assert "no report day" in capsys.readouterr().err
    assert main(["report", path, "-o", str(tmp_path / "r.html"), "--on", "2026-01-01"]) == 0
