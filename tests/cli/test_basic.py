from __future__ import annotations

import json
from pathlib import Path

import pytest

from kommissorium.cli import main

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "hedensted-social-2024.toml"


def test_show_prints_committee_members_and_resolved_phases(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["show", str(EXAMPLE)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("§ 17, stk. 4-udvalget vedrørende gentænkning af socialområdet\n")
    assert "formand: Birgit Jakobsen (KD)" in out
    # phases with the dates the expressions resolve to, next to the original text
    assert "p2  1. april 2024 – 31. december 2024 (Resten af 2024)" in out
    assert "p4  1. juli 2025 – 30. september 2025 (Tredje kvartal)" in out


def test_show_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", "--lang", "en", str(EXAMPLE)]) == 0
    out = capsys.readouterr().out
    assert "Kind: special committee (§ 17(4))" in out
    assert "chair: Birgit Jakobsen (KD)" in out


def test_show_is_deterministic(capsys: pytest.CaptureFixture[str]) -> None:
    main(["show", str(EXAMPLE)])
    first = capsys.readouterr().out
    main(["show", str(EXAMPLE)])
    assert capsys.readouterr().out == first


def test_show_missing_file_is_bad_input(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "nope.toml"
    assert main(["show", str(missing)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"kommissorium: {missing}: expected a readable file")
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["periods", "første kvartal 2024"], "2024-01-01 – 2024-03-31"),
        (["periods", "Tredje kvartal", "--context-year", "2025"], "2025-07-01 – 2025-09-30"),
        (["periods", "resten af 2024", "--after", "2024-04-01"], "2024-04-01 – 2024-12-31"),
        (["periods", "udgangen af 2018"], "2018-12-31 – 2018-12-31"),
    ],
)
def test_periods(argv: list[str], expected: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 0
    assert expected in capsys.readouterr().out


def test_periods_unreadable_text_lists_known_forms(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["periods", "engang til foråret måske"]) == 2
    err = capsys.readouterr().err
    assert "'engang til foråret måske'" in err
    assert "første kvartal 2024" in err  # the known forms are listed


def test_periods_bad_after_date(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["periods", "resten af 2024", "--after", "1. april"]) == 2
    assert "--after: expected a date as YYYY-MM-DD" in capsys.readouterr().err


def test_elections_for_a_date(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["elections", "2016-06-29"]) == 0
    out = capsys.readouterr().out
    assert "Valgperiode 2014–2017: 2014-01-01 – 2017-12-31" in out
    assert "valgt ved valget 2013-11-19" in out
    assert "næste valg 2017-11-21" in out


def test_elections_for_a_year_and_list(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["elections", "2025"]) == 0
    assert "Valgperiode 2022–2025" in capsys.readouterr().out
    assert main(["elections"]) == 0
    out = capsys.readouterr().out
    assert "2025-11-18  valg → valgperiode 2026–2029" in out
    assert "2009-11-17" in out


def test_elections_before_supported_range_is_bad_input(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["elections", "1975"]) == 2
    assert capsys.readouterr().err.startswith("kommissorium: ")


def test_schema_is_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert "Dossier" not in schema["$defs"]  # the root is the document itself
    assert schema["properties"]["committee"]


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["no-such-command"]) == 2
