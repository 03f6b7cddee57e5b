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


SEED_001 = EXAMPLE.parent / "hedensted-social-omsorg-2016.toml"
EXAMPLES = sorted(EXAMPLE.parent.glob("*.toml"))


def test_show_seed_001_describes_position_rules_from_their_data(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["show", str(SEED_001)]) == 0
    out = capsys.readouterr().out
    composition = out.split("Sammensætning\n")[1].split("\n\n")[0].splitlines()
    assert "  - indehaveren af stillingen: borgmester (født medlem)" in composition
    assert (
        "  - indehaveren af stillingen: chefen for Social Omsorg (i kraft af stilling)"
        in composition
    )
    assert "  - position" not in composition
    # the party is printed once, from the person's party field
    assert "Byrådsmedlem 2 (V), " in out
    assert "(V) (V)" not in out
    assert "Funktionsperiode: 29. juni 2016 – 31. december 2018 (til udgangen af 2018)" in out


def test_show_seed_001_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", "--lang", "en", str(SEED_001)]) == 0
    out = capsys.readouterr().out
    assert "  - the holder of the position: kommunaldirektør (ex officio)" in out


def test_show_prints_loose_milestone_text_and_sector_labels(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["show", str(EXAMPLE)]) == 0
    out = capsys.readouterr().out
    # "ultimo november" keeps its words next to the range it resolves to
    assert "  21. november 2023 – 30. november 2023 (ultimo november)  Forgænger" in out
    assert "  18. december 2023  Drøftelse i gruppeformandskredsen" in out
    assert "  - NGO'er [civilsamfund]" in out
    assert "Funktion:" not in out  # the note does not state the function


@pytest.mark.parametrize(
    ("value", "da", "en"),
    [
        ("specific-task", "varetagelse af bestemte hverv", "a specific task"),
        ("advisory", "rådgivende funktioner", "advisory functions"),
    ],
)
def test_show_prints_function_label(
    value: str, da: str, en: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / "u.toml"
    file.write_text(
        f'[committee]\nid = "u"\nname = "U"\nkind = "special-17-4"\n'
        f'[mandate]\nfunction = "{value}"\n',
        encoding="utf-8",
    )
    assert main(["show", str(file)]) == 0
    assert f"Funktion: {da}\n" in capsys.readouterr().out
    assert main(["show", "--lang", "en", str(file)]) == 0
    assert f"Function: {en}\n" in capsys.readouterr().out


def _raw_values() -> set[str]:
    from kommissorium.model import CommitteeKind, Function, SeatBasis, SeatRuleKind, Sector

    enums = (CommitteeKind, Function, SeatBasis, SeatRuleKind, Sector)
    return {member.value for enum in enums for member in enum}


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
@pytest.mark.parametrize("lang", ["da", "en"])
def test_show_every_example_without_raw_values(
    example: Path, lang: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["show", "--lang", lang, str(example)]) == 0
    out = capsys.readouterr().out
    raw = {value for value in _raw_values() if "-" in value or lang == "da"}
    for line in out.splitlines():
        value = line.split(": ", 1)[-1].strip().removeprefix("- ").strip("[]")
        assert value not in raw, line
        tail = line.rsplit(" ", 1)[-1].strip("[]")
        assert tail not in raw - {"other"}, line


@pytest.mark.parametrize("when", ["0", "10000", "99999999999999999999", "-5", "2026-13-01"])
def test_elections_bad_year_is_one_line_error(
    when: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["elections", "--", when]) == 2
    err = capsys.readouterr().err
    assert err.startswith("kommissorium: ")
    assert err.count("\n") == 1
    assert repr(when) in err or when in err


@pytest.mark.parametrize(("when", "label"), [("1982", "1982–1985"), ("9997", "9994–9997")])
def test_elections_first_and_last_supported_year(
    when: str, label: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["elections", when]) == 0
    assert f"Valgperiode {label}" in capsys.readouterr().out


@pytest.mark.parametrize("when", ["1981", "9998"])
def test_elections_just_outside_supported_years(
    when: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["elections", when]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_elections_merged_2007_reform(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["elections", "2006"]) == 0
    assert "Valgperiode 2006–2009" in capsys.readouterr().out
    assert main(["elections", "2006", "--merged"]) == 0
    out = capsys.readouterr().out
    assert "Valgperiode 2002–2006" in out
    assert "sammenlægningsudvalg" in out
    assert main(["elections", "2007-01-01", "--merged"]) == 0
    assert "Valgperiode 2007–2009" in capsys.readouterr().out
    # outside 2002–2009 the flag changes nothing
    assert main(["elections", "2014", "--merged"]) == 0
    assert "Valgperiode 2014–2017" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "option"),
    [
        (["periods", "resten af 2024"], "--after"),
        (["periods", "resten af året", "--context-year", "2024"], "--after"),
        (["periods", "tredje kvartal"], "--context-year"),
        (["periods", "ultimo november", "--after", "2024-01-01"], "--context-year"),
    ],
)
def test_periods_missing_context_names_the_option(
    argv: list[str], option: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert f"give {option}" in err
    assert "PeriodContext" not in err


def test_periods_with_context_that_cannot_help_keeps_library_reason(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["periods", "resten af 2024", "--after", "2025-02-01"]) == 2
    err = capsys.readouterr().err
    assert "nothing is left of '2024'" in err
    assert "give --" not in err
