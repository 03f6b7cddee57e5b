"""Every ```python block in the README and the docs runs as written.

Blocks of one page run in order in one namespace, in a scratch folder that has ``examples/``
(linked to the repository's) and nothing else: a sample that writes into ``build/`` creates it,
as a reader's fresh clone has none. (``tests/plain_install.py`` runs the same samples again on
an installation without extras.) Pages are discovered, so a new page's
samples are tested without anyone remembering to add it here. Generated pages (docs/rules/)
hold TOML examples, which the rule tests run through the checker instead.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted(
    [ROOT / "README.md", *(ROOT / "docs").rglob("*.md")],
    key=lambda p: p.as_posix(),
)
PAGES = [p for p in PAGES if "docs/rules/" not in p.as_posix()]
SAMPLE = re.compile(r"```python\n(.*?)```", flags=re.S)


def _run_page(page: Path, tmp_path: Path) -> dict[str, object]:
    blocks = SAMPLE.findall(page.read_text(encoding="utf-8"))
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    cwd = Path.cwd()
    os.chdir(tmp_path)
    try:
        namespace: dict[str, object] = {"__name__": "__doc_sample__"}
        for block in blocks:
            exec(compile(block, str(page.relative_to(ROOT)), "exec"), namespace)
    finally:
        os.chdir(cwd)
    return namespace


PAGES_WITH_SAMPLES = [p for p in PAGES if SAMPLE.search(p.read_text(encoding="utf-8"))]


@pytest.mark.parametrize(
    "page", PAGES_WITH_SAMPLES, ids=[p.relative_to(ROOT).as_posix() for p in PAGES_WITH_SAMPLES]
)
def test_samples_run(page: Path, tmp_path: Path) -> None:
    _run_page(page, tmp_path)


def test_the_pages_users_start_from_have_samples() -> None:
    names = {p.relative_to(ROOT).as_posix() for p in PAGES_WITH_SAMPLES}
    assert {"README.md", "docs/getting-started.md"} <= names


def test_calendar_page_writes_a_calendar(tmp_path: Path) -> None:
    _run_page(ROOT / "docs" / "calendars.md", tmp_path)
    assert (tmp_path / "build" / "hedensted.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_recommendations_page_moves_the_recommendation(tmp_path: Path) -> None:
    namespace = _run_page(ROOT / "docs" / "recommendations.md", tmp_path)
    assert namespace["rec"].state == "proposed"  # type: ignore[attr-defined]
