"""``kommissorium fmt``, ``set`` and ``move`` on committee files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kommissorium.cli import main
from kommissorium.io import load

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture
def status(tmp_path: Path) -> Path:
    target = tmp_path / "status.toml"
    shutil.copy(EXAMPLES / "norddjurs-status-2025.toml", target)
    return target


@pytest.fixture
def strategy(tmp_path: Path) -> Path:
    target = tmp_path / "strategi.toml"
    shutil.copy(EXAMPLES / "norddjurs-strategi-2023.toml", target)
    return target


def test_fmt_check_names_files_and_exits_1(
    status: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = status.read_bytes()
    assert main(["fmt", "--check", str(status)]) == 1
    out = capsys.readouterr().out
    assert f"would reformat {status}" in out
    assert status.read_bytes() == before
    assert main(["fmt", str(status)]) == 0
    assert f"reformatted {status}" in capsys.readouterr().out
    assert main(["fmt", "--check", str(status)]) == 0
    assert "all files are formatted" in capsys.readouterr().out
    assert main(["fmt", str(status)]) == 0
    assert capsys.readouterr().out == ""


def test_fmt_of_a_broken_file_is_one_line_and_exit_2(
    tmp_path: Path, status: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text('[committee]\nid = "u"\nname = "U"\nkind = "udvalg"\n', encoding="utf-8")
    before = broken.read_bytes()
    assert main(["fmt", str(broken), str(status)]) == 2
    captured = capsys.readouterr()
    (line,) = captured.err.splitlines()
    assert line.startswith(f"kommissorium: {broken}: committee.kind: expected one of 'council'")
    assert "Traceback" not in captured.err
    assert broken.read_bytes() == before
    assert f"reformatted {status}" in captured.out  # the other file is still formatted


def test_set_changes_one_line(status: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = status.read_text(encoding="utf-8")
    code = main(["set", str(status), "meetings[vpu-2025-04-28].start", "2025-04-28T13:00:00"])
    assert code == 0
    after = status.read_text(encoding="utf-8")
    changed = [
        (a, b) for a, b in zip(before.splitlines(), after.splitlines(), strict=True) if a != b
    ]
    assert changed == [("start = 2025-04-28T14:00:00", "start = 2025-04-28T13:00:00")]
    out = capsys.readouterr().out
    assert "-start = 2025-04-28T14:00:00" in out
    assert "+start = 2025-04-28T13:00:00" in out


def test_set_refuses_a_bad_value(status: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = status.read_bytes()
    assert main(["set", str(status), "committee.kind", "udvalg"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"kommissorium: {status}: committee.kind: expected one of")
    assert status.read_bytes() == before
    assert main(["set", str(status), "meetings[nowhere].start", "x"]) == 2
    assert "no entry with id 'nowhere'" in capsys.readouterr().err


def test_move_records_the_move(strategy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        [
            "move",
            str(strategy),
            "strategi",
            "considered",
            "--by",
            "vpu",
            "--on",
            "2023-11-27",
            "--note",
            "Godkendt",
        ]
    )
    assert code == 0
    rec = load(strategy).recommendation("strategi")
    assert rec.state == "considered"
    assert rec.history[-1].date.isoformat() == "2023-11-27"
    out = capsys.readouterr().out
    assert '+state = "considered"' in out
    assert '-state = "in-hearing"' in out


def test_move_refuses_a_bad_move(strategy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = strategy.read_bytes()
    assert main(["move", str(strategy), "strategi", "evaluated", "--on", "2023-11-27"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"kommissorium: {strategy}: recommendations[strategi]: cannot move")
    assert "in-hearing" in err
    assert main(["move", str(strategy), "nothing", "approved", "--on", "2023-11-27"]) == 2
    assert "no recommendation 'nothing'" in capsys.readouterr().err
    assert strategy.read_bytes() == before


def test_set_names_the_file_of_a_path_that_leads_nowhere(
    status: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = status.read_bytes()
    assert main(["set", str(status), "meetings[99].start", "2025-01-01T10:00:00"]) == 2
    err = capsys.readouterr().err
    assert err == f"kommissorium: {status}: meetings[99].start: no entry at meetings[99]\n"
    assert status.read_bytes() == before


def test_set_on_a_broken_file_is_the_load_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text('[committee]\nid = "u"\nname = "U"\n[[people]]\nid = 3\n', encoding="utf-8")
    before = broken.read_bytes()
    assert main(["set", str(broken), "committee.name", "V"]) == 2
    assert main(["fmt", str(broken)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert (
        err == [f"kommissorium: {broken}: people[0].id: expected a string, got the integer 3"] * 2
    )
    assert broken.read_bytes() == before
