"""`kommissorium recommendations` and `kommissorium decisions`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kommissorium.cli import main

ROOT = Path(__file__).resolve().parent.parent.parent
N2023 = str(ROOT / "examples" / "norddjurs-strategi-2023.toml")
N2025 = str(ROOT / "examples" / "norddjurs-status-2025-decision.toml")
SKB = str(ROOT / "examples" / "skanderborg-alle-med-2021.toml")


def test_recommendations_text_with_on(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["recommendations", N2023, "--on", "2024-01-01"]) == 0
    out = capsys.readouterr().out
    assert "strategi  i høring" in out
    assert "overskredet: behandling i Økonomiudvalget (sidst på efteråret 2023) (2023-11-30)" in out


def test_recommendations_default_day_is_latest_recorded(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["recommendations", N2023, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    # the latest day the file records is the VPU decision of 26 October 2023
    assert data["on"] == "2023-10-26"
    assert data["recommendations"][0]["overdue"] == []


def test_recommendations_default_day_falls_back_to_the_term_end(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Skanderborg's recommendations have no dated moves; the term ends in April 2021
    assert main(["recommendations", SKB]) == 0
    assert "status pr. 2021-04-30" in capsys.readouterr().out


def test_recommendations_empty_file_prints_an_empty_report(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["recommendations", str(ROOT / "examples" / "norddjurs-status-2025.toml")]) == 0
    assert "(ingen anbefalinger)" in capsys.readouterr().out
    assert main(["recommendations", str(ROOT / "examples" / "hedensted-social-2024.toml")]) == 0
    assert "(ingen anbefalinger)" in capsys.readouterr().out


def test_recommendations_needs_on_without_any_day(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "u.toml"
    path.write_text(
        '[committee]\nid = "u"\nname = "U"\n[[recommendations]]\nid = "r"\ntext = "at …"\n',
        encoding="utf-8",
    )
    assert main(["recommendations", str(path)]) == 2
    assert "give --on" in capsys.readouterr().err
    assert main(["recommendations", str(path), "--on", "2024-01-01"]) == 0
    assert "udkast" in capsys.readouterr().out
    empty = tmp_path / "e.toml"
    empty.write_text('[committee]\nid = "u"\nname = "U"\n', encoding="utf-8")
    assert main(["recommendations", str(empty), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["recommendations"] == []
    assert main(["recommendations", str(empty), "--format", "json", "--by", "addressee"]) == 0
    assert json.loads(capsys.readouterr().out)["grouping"] == "addressee"


def test_recommendations_csv_and_english(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["recommendations", SKB, "--on", "2021-04-30", "--format", "csv"]) == 0
    csv_out = capsys.readouterr().out
    assert csv_out.count("\n") == 28
    assert "\r" not in csv_out
    assert main(["recommendations", SKB, "--on", "2021-04-30", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "2.6  proposed [do not]  at der ikke laves en politik for udsatte." in out
    assert "proposed: 27" in out


def test_bad_input_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["recommendations", N2023, "--on", "1. maj"]) == 2
    assert "--on: expected a date" in capsys.readouterr().err
    missing = tmp_path / "nope.toml"
    assert main(["decisions", str(missing)]) == 2


def test_decisions_da_and_en(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["decisions", N2025]) == 0
    out = capsys.readouterr().out
    assert "Beslutning i Voksen- og plejeudvalget den 28-04-2025\nGodkendt.\n" in out
    assert "Fraværende:\nTom Bytoft (A)\n" in out
    assert main(["decisions", N2023, "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert (
        "Decision in Voksen- og plejeudvalget on 2023-10-26\nRe 1 Approved.\nRe 2 Approved." in out
    )
    assert "Absent:\nJens Kannegaard Lundager (O)" in out
    assert main(["decisions", SKB]) == 0
    assert capsys.readouterr().out == "Ingen beslutninger i filen.\n"
