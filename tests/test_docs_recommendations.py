"""The python samples in docs/recommendations.md run as written."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_recommendations_page_samples_run(capsys: object) -> None:
    text = (ROOT / "docs" / "recommendations.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", text, flags=re.S)
    assert blocks
    namespace: dict[str, object] = {}
    for block in blocks:
        exec(compile(block, "docs/recommendations.md", "exec"), namespace)
    assert namespace["rec"].state == "proposed"  # type: ignore[attr-defined]
