"""The one rule for control characters in exported text (kommissorium.model.text)."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from kommissorium.model import export_text
from kommissorium.model.text import UNSAFE_CHARACTERS


def test_every_code_point_is_classified() -> None:
    changed = {c for c in map(chr, range(0x110000)) if export_text(c) != c}
    controls = {chr(c) for c in range(0x110000) if unicodedata.category(chr(c)) == "Cc"}
    surrogates = {chr(c) for c in range(0xD800, 0xE000)}
    assert changed == (controls - set("\t\n\r")) | surrogates | {"\ufffe", "\uffff"}
    assert {c: export_text(c) for c in "\x0b\x0c\x85"} == dict.fromkeys("\x0b\x0c\x85", "\n")
    assert all(export_text(c) == "\ufffd" for c in changed - set("\x0b\x0c\x85"))


@given(st.text())
def test_the_result_is_safe_and_the_rule_is_idempotent(text: str) -> None:
    cleaned = export_text(text)
    assert UNSAFE_CHARACTERS.search(cleaned) is None
    assert export_text(cleaned) == cleaned
    assert len(cleaned) == len(text)
    cleaned.encode("utf-8")  # no lone surrogate is left


def test_clean_text_is_returned_as_it_is() -> None:
    text = "Hedensted Kommune — §17, stk. 4\tfane\nlinje"
    assert export_text(text) is text
