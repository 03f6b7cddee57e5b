"""``kommissorium draft``: writes the draft, checks it, and refuses what is not a kommissorium."""

from __future__ import annotations

from pathlib import Path

import pytest

from kommissorium.cli import main
from kommissorium.cli.drafting import MAX_TEXT_BYTES
from kommissorium.io import load

SEEDS = Path(__file__).resolve().parents[2] / "examples" / "seeds"
SEED_001 = SEEDS / "001_0b70cf62755bb1ca.txt"
CORPUS = Path(__file__).resolve().parents[1] / "data" / "kommissorier"


def test_draft_writes_the_file_then_prints_the_findings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "udvalg.toml"
    assert main(["draft", str(SEED_001), "-o", str(out)]) == 0
    dossier = load(out)
    assert dossier.mandate.chair is not None
    text = out.read_text(encoding="utf-8")
    assert "# TODO mandate.function" in text
    assert "»Formanden for Udvalget for Social Omsorg er formand for udvalget.«" in text
    printed = capsys.readouterr().out
    assert printed.startswith(f"Drafted {out} from 001_0b70cf62755bb1ca.txt: read name,")
    assert f"{out} — kontrolleret pr. 2016-06-29" in printed  # the checker ran on the draft
    assert "STL104" in printed


def test_draft_to_standard_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["draft", str(SEED_001), "--lang", "en", "--on", "2017-01-02"]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("# DRAFT of a committee file")
    assert "checked for 2017-01-02" in captured.err


def test_a_partial_draft_is_written_with_its_todo_list(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = tmp_path / "formand.txt"
    text.write_text("Birgit Jakobsen (KD) er formand for udvalget.\n", encoding="utf-8")
    out = tmp_path / "formand.toml"
    assert main(["draft", str(text), "-o", str(out)]) == 0
    assert load(out).committee.name == "TODO: udvalgets navn"
    printed = capsys.readouterr().out
    assert "committee.name: the text prints no name" in printed
    assert "Not checked: the text gives no date" in printed


def test_nothing_recognised_exits_2_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "minutes.toml"
    negative = CORPUS / "ishoej-teknik-bygningsudvalg-2024" / "document.txt"
    assert main(["draft", str(negative), "-o", str(out)]) == 2
    assert not out.exists()
    assert "nothing recognised" in capsys.readouterr().err


def test_an_existing_file_is_kept_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "udvalg.toml"
    out.write_text("# hand-kept\n", encoding="utf-8")
    assert main(["draft", str(SEED_001), "-o", str(out)]) == 2
    assert out.read_text(encoding="utf-8") == "# hand-kept\n"
    assert "give --force" in capsys.readouterr().err
    assert main(["draft", str(SEED_001), "-o", str(out), "--force"]) == 0
    assert load(out).mandate.chair is not None


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data (a NUL byte at offset 8)"),
        ("Udvalget fastsætter selv sin mødeplan.".encode("latin-1"), "not UTF-8 text"),
    ],
)
def test_binary_or_non_utf8_input_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, message: str
) -> None:
    path = tmp_path / "input.txt"
    path.write_bytes(content)
    assert main(["draft", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"kommissorium: {path}: ")
    assert message in err
    assert err.count("\n") == 1  # one line, no traceback


def test_huge_input_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(b"a" * (MAX_TEXT_BYTES + 1))
    assert main(["draft", str(path)]) == 2
    assert "too large for a kommissorium text" in capsys.readouterr().err


def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["draft", str(tmp_path / "nope.txt")]) == 2
    assert "cannot read the file" in capsys.readouterr().err


def test_html_page_is_read_as_its_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "udvalg.html"
    page.write_text(
        "<html><body><h1>Musikbyudvalget (§ 17 stk. 4)</h1><p>Udvalget fastsætter selv sin "
        "mødeplan.</p></body></html>",
        encoding="utf-8",
    )
    out = tmp_path / "udvalg.toml"
    assert main(["draft", str(page), "-o", str(out)]) == 0
    assert load(out).committee.name == "Musikbyudvalget"
