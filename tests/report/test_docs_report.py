"""The python samples in docs/report.md run as written, and the page shows the screenshot."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_report_page_samples_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    text = (ROOT / "docs" / "report.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", text, flags=re.S)
    assert blocks
    namespace: dict[str, object] = {}
    for block in blocks:
        exec(compile(block, "docs/report.md", "exec"), namespace)
    assert str(namespace["page"]).startswith("<!DOCTYPE html>")


def test_screenshot_is_committed_and_small() -> None:
    png = ROOT / "docs" / "img" / "report.png"
    assert png.read_bytes().startswith(b"\x89PNG")
    assert os.path.getsize(png) < 300 * 1024
    assert "](img/report.png)" in (ROOT / "docs" / "report.md").read_text(encoding="utf-8")
