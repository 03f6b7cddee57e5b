"""The generated rule docs and the mkdocs nav stay in step with the catalogue."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

from kommissorium.rules import all_rules

ROOT = Path(__file__).resolve().parents[2]


def _gen() -> object:
    spec = importlib.util.spec_from_file_location("gen_pages", ROOT / "docs" / "gen_pages.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_mkdocs_nav_lists_every_rule_page() -> None:
    gen = _gen()
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    block = re.search(r"# BEGIN generated rules nav.*?\n(.*?)\n\s*# END generated", text, re.S)
    assert block, "mkdocs.yml lacks the generated rules nav block"
    expected = gen.nav_block(all_rules(), "      ")  # type: ignore[attr-defined]
    assert block.group(1).splitlines() == expected, "run docs/gen_pages.py"


@pytest.mark.parametrize("rule", all_rules(), ids=lambda r: r.code)
def test_rule_page_has_examples_and_sources(rule: object) -> None:
    page = _gen().rule_page(rule)  # type: ignore[attr-defined]
    assert page.count("```toml") == 2
    assert "## What it does" in page
    assert "## Why" in page
    assert "## Legal basis" in page
    basis = page.split("## Legal basis", 1)[1].split("\n## ", 1)[0]
    if rule.code.startswith("STL"):  # type: ignore[attr-defined]
        # A statute or order with a consolidation number, for every provision cited.
        assert re.search(r"- \*\*[^*]*§ [0-9]", basis), basis
        assert re.search(r"\b(LBK|BEK) nr\. \d+ af ", basis), basis
    else:
        assert "No legal source: data consistency" in basis
        assert "Ingen retskilde: datakonsistens" in basis
