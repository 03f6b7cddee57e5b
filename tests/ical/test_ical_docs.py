"""The Python samples on the calendar how-to page run as written."""

from __future__ import annotations

import os
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_calendar_page_samples_run(tmp_path: Path) -> None:
    text = (ROOT / "docs" / "calendars.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", text, flags=re.S)
    assert blocks
    (tmp_path / "build").mkdir()
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    cwd = Path.cwd()
    os.chdir(tmp_path)
    try:
        namespace: dict[str, object] = {}
        for block in blocks:
            exec(compile(block, "docs/calendars.md", "exec"), namespace)
    finally:
        os.chdir(cwd)
    assert (tmp_path / "build" / "hedensted.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
