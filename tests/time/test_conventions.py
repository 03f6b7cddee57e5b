"""The period conventions have one source: ``CONVENTIONS``; the docs page shows exactly that."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from kommissorium.cli import main
from kommissorium.errors import PeriodParseError
from kommissorium.time import PeriodContext, parse_period
from kommissorium.time.periods import CONVENTIONS, Convention, conventions_table

DOCS = Path(__file__).resolve().parents[2] / "docs" / "periods.md"


def _docs_table() -> str:
    text = DOCS.read_text(encoding="utf-8")
    found = re.search(r"<!-- conventions:start[^>]*-->\n(.*?)<!-- conventions:end -->", text, re.S)
    assert found is not None, "docs/periods.md lost its conventions markers"
    return found[1]


def test_docs_table_is_the_data() -> None:
    assert _docs_table() == conventions_table()


def test_module_docstring_does_not_keep_a_second_table() -> None:
    import kommissorium.time.periods as module

    assert module.__doc__ is not None
    assert "medio <måned>" not in module.__doc__
    assert "CONVENTIONS" in module.__doc__


def _resolved(row: Convention) -> str:
    """The row's example as parse_period reads it, written the way ``resolves_to`` is."""
    period = parse_period(row.example, context=PeriodContext(year=row.year, after=row.after))
    end = period.end.isoformat() if period.end else "…"
    return f"{period.start.isoformat()} – {end}"


@pytest.mark.parametrize("row", CONVENTIONS, ids=lambda row: row.example)
def test_every_convention_example_reads_as_stated(row: Convention) -> None:
    assert _resolved(row) == row.resolves_to


@pytest.mark.parametrize(
    "row", [r for r in CONVENTIONS if not r.resolves_to.endswith("…")], ids=lambda r: r.example
)
def test_a_changed_convention_would_show(row: Convention) -> None:
    # The comparison above is not vacuous: a stated range one day short is caught.
    start, end = row.resolves_to.split(" – ")
    one_day_short = f"{start} – {date.fromisoformat(end) - timedelta(days=1)}"
    assert _resolved(row) != one_day_short


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("30. februar 2024", None),
        ("tredje kvartal", None),
        ("resten af 2024", None),
    ],
)
def test_docs_quote_the_real_error_messages(text: str, context: PeriodContext | None) -> None:
    with pytest.raises(PeriodParseError) as caught:
        parse_period(text, context=context)
    docs = " ".join(DOCS.read_text(encoding="utf-8").split())
    assert f'`{text}` gives "{caught.value.reason}"' in docs


@pytest.mark.parametrize(
    ("argv", "quoted"),
    [
        (
            ["periods", "resten af 2024"],
            "cannot read period 'resten af 2024' on its own: give --after YYYY-MM-DD "
            "(the first day that is still open)",
        ),
        (["periods", "tredje kvartal"], "give --context-year YEAR"),
    ],
)
def test_docs_quote_the_real_command_line_messages(
    argv: list[str], quoted: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    assert quoted in capsys.readouterr().err
    assert quoted in " ".join(DOCS.read_text(encoding="utf-8").split())
