from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from kommissorium.cli import main

ROOT = Path(__file__).resolve().parents[2]
SEED1 = str(ROOT / "examples" / "hedensted-social-omsorg-2016.toml")
SEED0 = str(ROOT / "examples" / "hedensted-social-2024.toml")
ERRORS = '[committee]\nid = "u"\nname = "U"\nkind = "special-17-4"\n'


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


def test_exit_codes(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert _run(capsys, "check", SEED1)[0] == 0
    bad = tmp_path / "bad.toml"
    bad.write_text(ERRORS, encoding="utf-8")
    assert _run(capsys, "check", str(bad), "--on", "2024-01-01")[0] == 1  # STL107
    assert _run(capsys, "check", str(bad))[0] == 2  # no date in file, no --on
    assert _run(capsys, "check", str(bad), "--on", "1.1.2024")[0] == 2
    assert _run(capsys, "check", str(bad), "--on", "2024-01-01", "--select", "NOPE")[0] == 2
    assert _run(capsys, "check", str(tmp_path / "missing.toml"))[0] == 2
    accepted = tmp_path / "accepted.toml"
    accepted.write_text(ERRORS + '[[accepted]]\ncode = "STL107"\nreason = "Under udarbejdelse"\n')
    code, out = _run(capsys, "check", str(accepted), "--on", "2024-01-01", "--lang", "en")
    assert code == 0
    assert "Accepted (1)" in out
    assert "Under udarbejdelse" in out


def test_text_groups_by_severity(capsys: pytest.CaptureFixture[str]) -> None:
    _, out = _run(capsys, "check", SEED1, "--lang", "en")
    assert out.index("Warnings (4)") < out.index("Info (2)")
    assert "STL301  mandate.term.end" in out


def test_json_matches_documented_schema(capsys: pytest.CaptureFixture[str]) -> None:
    _code, out = _run(capsys, "check", SEED1, SEED0, "--format", "json")
    data = json.loads(out)
    schema = json.loads((ROOT / "docs" / "check-report.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)
    assert [r["source"] for r in data["reports"]] == [SEED1, SEED0]
    again = _run(capsys, "check", SEED1, SEED0, "--format", "json")[1]
    assert again == out  # deterministic


def test_sarif_structure(capsys: pytest.CaptureFixture[str]) -> None:
    _, out = _run(capsys, "check", SEED1, "--format", "sarif", "--lang", "en")
    data = json.loads(out)
    schema = json.loads((Path(__file__).parent / "sarif-2.1.0-subset.schema.json").read_text())
    jsonschema.validate(data, schema)
    run = data["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert data["version"] == "2.1.0"
    result = next(r for r in run["results"] if r["ruleId"] == "STL301")
    assert rules[result["ruleIndex"]]["id"] == "STL301"
    assert result["level"] == "warning"
    loc = result["locations"][0]
    assert loc["physicalLocation"]["artifactLocation"]["uri"] == SEED1
    assert loc["logicalLocations"][0]["fullyQualifiedName"] == "mandate.term.end"


def test_sarif_suppression_for_accepted(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    f = tmp_path / "a.toml"
    f.write_text(ERRORS + '[[accepted]]\ncode = "STL107"\nreason = "Under udarbejdelse"\n')
    data = json.loads(_run(capsys, "check", str(f), "--on", "2024-01-01", "--format", "sarif")[1])
    result = next(r for r in data["runs"][0]["results"] if r["ruleId"] == "STL107")
    assert result["suppressions"] == [{"kind": "inSource", "justification": "Under udarbejdelse"}]


def test_rules_listing_and_doc(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _run(capsys, "rules")
    assert code == 0
    assert "STL301" in out
    assert "KOM101" in out
    code, out = _run(capsys, "rules", "stl502", "--lang", "en")
    assert code == 0
    assert "fee-above-cap" in out
    assert "BEK nr. 1325 af 13. november 2025" in out
    assert _run(capsys, "rules", "XYZ999")[0] == 2
