"""The README's Python quick-start runs as written."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _python_blocks(path: Path) -> list[str]:
    return re.findall(r"```python\n(.*?)```", path.read_text(encoding="utf-8"), flags=re.S)


@pytest.mark.parametrize("doc", ["README.md", "docs/getting-started.md", "docs/network-howto.md"])
def test_python_blocks_run(doc: str, tmp_path: Path) -> None:
    blocks = _python_blocks(ROOT / doc)
    assert blocks, f"{doc} has no python block"
    (tmp_path / "build").mkdir()
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    cwd = Path.cwd()
    os.chdir(tmp_path)
    try:
        namespace: dict[str, object] = {}
        for block in blocks:
            exec(compile(block, doc, "exec"), namespace)
    finally:
        os.chdir(cwd)
