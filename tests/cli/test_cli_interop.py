"""`kommissorium export` and `import-roster`: byte-identical output, stamp rule, bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kommissorium.cli import main
from kommissorium.io import load

EXAMPLE = str(Path(__file__).resolve().parents[2] / "examples" / "norddjurs-strategi-2023.toml")


@pytest.mark.parametrize("fmt", ["oparl", "popolo"])
def test_repeated_runs_are_byte_identical(tmp_path: Path, fmt: str) -> None:
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    args = ["export", EXAMPLE, "--format", fmt, "--stamp", "2025-01-06T09:00:00Z"]
    assert main([*args, "-o", str(a)]) == 0
    assert main([*args, "-o", str(b)]) == 0
    assert a.read_bytes() == b.read_bytes()
    assert a.read_bytes().endswith(b"}\n")


def test_oparl_stamp_from_source_date_epoch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "o.json"
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    assert main(["export", EXAMPLE, "--format", "oparl", "-o", str(out)]) == 0  # the file's day
    assert json.loads(out.read_text(encoding="utf-8"))["body"]["created"].startswith("2023-10-26T")
    assert main(["export", EXAMPLE, "--format", "popolo", "-o", str(out)]) == 0  # no stamp
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1704182400")  # 2024-01-02T08:00:00Z
    args = ["export", EXAMPLE, "--format", "oparl", "--base-url", "https://ris.invalid/o"]
    assert main([*args, "-o", str(out)]) == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["body"]["created"] == "2024-01-02T08:00:00+00:00"
    assert doc["body"]["id"] == "https://ris.invalid/o/body/707"


def test_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", EXAMPLE, "--format", "popolo"]) == 0
    assert json.loads(capsys.readouterr().out)["organizations"]


@pytest.mark.parametrize(
    "args",
    [
        ["export", "missing.toml", "--format", "popolo"],
        ["export", EXAMPLE, "--format", "oparl", "--stamp", "2025-01-06T09:00:00"],
        ["export", EXAMPLE, "--format", "oparl", "--stamp", "2025-01-06T09:00Z", "--base-url", "x"],
        ["export", EXAMPLE, "--format", "ical"],
        ["import-roster", "missing.json", "--into", EXAMPLE],
    ],
)
def test_bad_input_exits_2(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(args) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_import_roster_round_trip(tmp_path: Path) -> None:
    listing = tmp_path / "oparl.json"
    assert (
        main(
            [
                "export",
                EXAMPLE,
                "--format",
                "oparl",
                "--stamp",
                "2025-01-06T09:00:00Z",
                "-o",
                str(listing),
            ]
        )
        == 0
    )
    out = tmp_path / "merged.json"
    assert main(["import-roster", str(listing), "--into", EXAMPLE, "-o", str(out)]) == 0
    merged, original = load(out), load(EXAMPLE)
    assert merged.people == original.people
    assert set(merged.memberships) == set(original.memberships)
