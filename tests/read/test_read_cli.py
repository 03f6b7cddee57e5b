"""The ``read`` and ``register`` commands."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import attrs
import pytest

import kommissorium as k
from kommissorium.cli import main

ROOT = Path(__file__).resolve().parents[2]
SEED_004 = str(ROOT / "examples" / "seeds" / "004_fb4ab46d81ac6adf.txt")
CORPUS = ROOT / "tests" / "data" / "minutes"


def test_read_prints_what_was_read_with_lines(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["read", SEED_004]) == 0
    out = capsys.readouterr().out
    assert "beslutning: Godkendt  [l. 35]" in out
    assert "fraværende: Tom Bytoft (A)  [l. 45]" in out


def test_read_json_quotes_every_fact(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["read", SEED_004, "--format", "json"]) == 0
    (document,) = json.loads(capsys.readouterr().out)["documents"]
    outcome = document["items"][0]["outcome"]
    assert outcome["value"] == "approved"
    assert outcome["source"]["quote"] == "Godkendt."


def test_read_toml_is_a_committee_file_fragment(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["read", SEED_004, "--format", "toml"]) == 0
    dossier = k.loads(capsys.readouterr().out, format="toml")
    (record,) = dossier.decisions
    assert record.date.isoformat() == "2025-04-28"
    assert [p.name for p in dossier.people] == ["Tom Bytoft", "Karoline Bergkvist Søgaard"]


def test_read_into_keeps_the_file_and_adds_the_decision(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (ROOT / "examples" / "norddjurs-status-2025-decision.toml").read_text(encoding="utf-8")
    kept = text[: text.index("[[decisions]]")].replace('decision = "vpu-2025-04-28"\n', "")
    file = tmp_path / "vpu.toml"
    file.write_text(kept, encoding="utf-8")
    assert main(["read", SEED_004, "--into", str(file), "--dry-run"]) == 0
    assert file.read_text(encoding="utf-8") == kept  # a dry run writes nothing
    assert "+[[decisions]]" in capsys.readouterr().out
    assert main(["read", SEED_004, "--into", str(file)]) == 0
    after = file.read_text(encoding="utf-8")
    assert after.startswith(kept[: kept.index("[[status_schedules]]")])  # comments kept
    dossier = k.load(file)
    (record,) = dossier.decisions
    assert record.case == "22-6043"
    assert dossier.cases[0].route[0].decision == record.id


def test_reading_the_same_minutes_again_replaces_the_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The example holds the record typed in by hand from these very minutes: reading them into
    # it adds only the verbatim decision text, and a second reading changes nothing.
    file = tmp_path / "vpu.toml"
    shutil.copy(ROOT / "examples" / "norddjurs-status-2025-decision.toml", file)
    typed = k.load(file)
    assert main(["read", SEED_004, "--into", str(file)]) == 0
    out = capsys.readouterr().out
    assert "replaced decision: " in out
    read = k.load(file)
    assert [d.id for d in read.decisions] == [d.id for d in typed.decisions]
    assert read.decisions[0].text is not None
    assert attrs.evolve(read.decisions[0], text=None) == typed.decisions[0]
    once = file.read_bytes()
    assert main(["read", SEED_004, "--into", str(file)]) == 0
    assert file.read_bytes() == once


def test_read_refuses_a_page_that_is_not_minutes(capsys: pytest.CaptureFixture[str]) -> None:
    page = str(CORPUS / "odense-saadan-laeser-du" / "document.txt")
    assert main(["read", page]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"kommissorium: {page}: expected minutes or an agenda")
    assert err.count("\n") == 1


def test_read_a_folder_skipping_what_is_not_minutes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copy(SEED_004, tmp_path / "a.txt")
    shutil.copy(CORPUS / "odense-saadan-laeser-du" / "document.txt", tmp_path / "b.txt")
    assert main(["read", str(tmp_path)]) == 2  # stops at the first unreadable document
    capsys.readouterr()
    assert main(["read", str(tmp_path), "--skip-unreadable", "--format", "json"]) == 2
    captured = capsys.readouterr()
    assert len(json.loads(captured.out)["documents"]) == 1
    assert "skipped" in captured.err


def test_read_an_empty_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["read", str(tmp_path)]) == 2
    assert "expected a folder with documents" in capsys.readouterr().err


def test_register_writes_a_committee_file_per_committee(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    listing = str(CORPUS / "hvidovre-buu-udvalg" / "document.json")
    assert main(["register", listing, "-o", str(tmp_path / "reg")]) == 0
    index = json.loads((tmp_path / "reg" / "register.json").read_text(encoding="utf-8"))
    (entry,) = index["committees"]
    assert entry["committee"] == "Børne- og Uddannelsesudvalget"
    assert entry["publications"] == 58
    dossier = k.load(tmp_path / "reg" / entry["file"])
    assert len(dossier.meetings) == entry["meetings"]
    assert main(["ics", str(tmp_path / "reg" / entry["file"]), "-o", str(tmp_path / "b.ics")]) == 0
    assert (tmp_path / "b.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_register_refuses_minutes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["register", SEED_004, "-o", str(tmp_path / "reg")]) == 2
    assert "expected valid JSON" in capsys.readouterr().err
    assert not (tmp_path / "reg").exists()


def test_register_refuses_minutes_of_a_committee_it_does_not_have(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    listing = str(CORPUS / "hvidovre-buu-udvalg" / "document.json")
    assert main(["register", listing, SEED_004, "-o", str(tmp_path / "reg")]) == 2
    err = capsys.readouterr().err
    assert "its committee 'Voksen- og plejeudvalget' is not in the register" in err
    assert not (tmp_path / "reg").exists()


def test_register_puts_read_decisions_into_their_committee_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # a committee list of our own making around the committee the real minutes name
    listing = tmp_path / "udvalgsliste.json"
    listing.write_text(
        json.dumps(
            {"Udvalg": {"Udvalg 2018-2021": [
                {"Id": "kiu", "Navn": "Kultur- og Idrætsudvalget", "Moeder": []}
            ]}}
        ),
        encoding="utf-8",
    )  # fmt: skip
    minutes = str(CORPUS / "roskilde-kiu-2019-04-03" / "document.txt")
    assert main(["register", str(listing), minutes, "-o", str(tmp_path / "reg")]) == 0
    index = json.loads((tmp_path / "reg" / "register.json").read_text(encoding="utf-8"))
    (entry,) = index["committees"]
    dossier = k.load(tmp_path / "reg" / entry["file"])
    assert entry["decisions"] == len(dossier.decisions) == 3
    assert dossier.decisions[0].outcomes[0].outcome.value == "approved"
    assert {p.name for p in dossier.people} == {"Evan Lynnerup", "Marianne Kiærulff"}
