from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from kommissorium.cli import main
from kommissorium.report.check import locate_line

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


def test_sarif_structure(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
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
    # Repository-relative, forward slashes, though the file was given as an absolute path.
    uri = "examples/hedensted-social-omsorg-2016.toml"
    assert loc["physicalLocation"]["artifactLocation"]["uri"] == uri
    assert run["artifacts"] == [{"location": {"uri": uri}}]
    assert loc["logicalLocations"][0]["fullyQualifiedName"] == "mandate.term.end"
    # mandate.term.end is written inline: the line of `term = …` in [mandate].
    lines = Path(SEED1).read_text(encoding="utf-8").splitlines()
    line = loc["physicalLocation"]["region"]["startLine"]
    assert lines[line - 1].startswith("term = ")


def test_sarif_outside_working_directory_is_file_uri(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    f = tmp_path / "udvalg.toml"
    f.write_text(ERRORS, encoding="utf-8")
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    data = json.loads(_run(capsys, "check", str(f), "--on", "2024-01-01", "--format", "sarif")[1])
    loc = data["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] == f.as_uri()
    monkeypatch.chdir(tmp_path)
    data = json.loads(_run(capsys, "check", str(f), "--on", "2024-01-01", "--format", "sarif")[1])
    loc = data["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] == "udvalg.toml"


_LOCATED = """\
[committee]
id = "u"
name = "U"
kind = "special-17-4"

[mandate]
term = { start = 2024-01-01, end = 2025-12-31 }

[[mandate.composition]]
id = "a"
kind = "councillors"

[[mandate.composition]]
id = "b"
kind = "councillors"
count = 2

[[memberships]]
person = "p"
committee = "u"

[[memberships]]
person = "q"
committee = "u"
role = "chair"
"""


@pytest.mark.parametrize(
    ("path", "line"),
    [
        ("committee.kind", 4),
        ("mandate.term.end", 7),  # inline table: the key's line
        ("mandate.composition[0]", 9),
        ("mandate.composition[1]", 13),
        ("mandate.composition[1].count", 16),
        ("memberships[1].role", 25),
        ("memberships[1].period", 22),  # absent key: its table's header
        ("memberships", 18),
        ("mandate.meetings.public", 6),  # absent table: the nearest parent
        ("plan.phases[0]", 1),  # nothing to point at
    ],
)
def test_locate_line_toml(path: str, line: int) -> None:
    assert locate_line(_LOCATED, path) == line


def test_locate_line_json() -> None:
    text = json.dumps(
        {
            "committee": {"id": "u", "kind": "special-17-4"},
            "memberships": [{"person": "p"}, {"person": "q", "role": "chair"}],
        },
        indent=2,
    )
    lines = text.splitlines()
    assert lines[locate_line(text, "memberships[1].role", kind="json") - 1].strip() == (
        '"role": "chair"'
    )
    assert lines[locate_line(text, "committee.kind", kind="json") - 1].strip().startswith('"kind"')
    assert locate_line(text, "mandate.term", kind="json") == 1
    assert locate_line("not json", "committee", kind="json") == 1


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


def test_rule_doc_in_danish(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _run(capsys, "rules", "STL503", "--lang", "da")
    assert code == 0
    for heading in ("Alvor: fejl", "Sikkerhed: høj", "Meddelelse:", "Hvorfor:", "Retsgrundlag:"):
        assert heading in out
    assert "Der er besluttet udvalgsvederlag til {person}" in out  # the Danish template
    for english in ("Severity", "Legal basis:", "Why:", "Failing example"):
        assert english not in out
    code, out = _run(capsys, "rules", "STL503", "--lang", "en")
    assert "Committee pay is decided for {person}" in out
    assert "Legal basis:" in out
    assert "Retsgrundlag" not in out


def test_rule_doc_of_data_consistency_rule(capsys: pytest.CaptureFixture[str]) -> None:
    assert "Ingen retskilde: datakonsistens" in _run(capsys, "rules", "PLN101")[1]
    assert "No legal source: data consistency" in _run(capsys, "rules", "KOM101", "--lang", "en")[1]
