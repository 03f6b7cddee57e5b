"""The HTML report renders in headless Chromium without console errors.

Needs the Debian packages chromium and chromium-driver (``make browser`` installs them as root)
and selenium (the ``test`` extra); skipped with the reason when they are missing. The
screenshot is saved to build/report-screenshots/ for people to look at.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import kommissorium as k
from kommissorium.report.html import html_report

chromium = pytest.importorskip("chromium", reason="tests/chromium.py helper not importable")

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "build" / "report-screenshots"

REASON = chromium.unavailable()
pytestmark = pytest.mark.skipif(REASON is not None, reason=REASON or "")

SIZE_JS = """
const box = (sel) => {
  const el = document.querySelector(sel);
  if (!el) return null;
  const r = el.getBoundingClientRect();
  return [r.width, r.height];
};
return {
  timeline: box('svg#timeline'),
  network: box('svg#network'),
  findings: box('section#findings'),
  overflow: document.documentElement.scrollWidth > document.documentElement.clientWidth,
};
"""


def _render(tmp_path: Path, name: str, page: str) -> dict[str, object]:
    path = tmp_path / f"{name}.html"
    path.write_text(page, encoding="utf-8")
    with chromium.browser() as driver:
        driver.get(path.as_uri())
        title = driver.title
        sizes = driver.execute_script(SIZE_JS)
        logs = driver.get_log("browser")
        chromium.screenshot(driver, SHOTS / f"{name}.png")
    return {"title": title, "sizes": sizes, "logs": logs}


@pytest.mark.slow
def test_report_renders_in_chromium(tmp_path: Path) -> None:
    dossier = k.load(ROOT / "examples" / "hedensted-social-2024.toml")
    page = html_report(dossier, on=date(2024, 1, 1), source="hedensted-social-2024.toml")
    result = _render(tmp_path, "hedensted-social-2024", page)
    severe = [entry for entry in result["logs"] if entry["level"] == "SEVERE"]  # type: ignore[attr-defined]
    assert severe == []
    assert result["title"] == (
        "§ 17, stk. 4-udvalget vedrørende gentænkning af socialområdet – rapport pr. 1. januar 2024"
    )
    sizes = result["sizes"]
    assert isinstance(sizes, dict)
    for key in ("timeline", "network", "findings"):
        width, height = sizes[key]
        assert width > 300, (key, sizes[key])
        assert height > 100, (key, sizes[key])
    assert sizes["overflow"] is False, "the page should not scroll sideways at 1280 px"
    assert (SHOTS / "hedensted-social-2024.png").stat().st_size > 10_000


@pytest.mark.slow
def test_hostile_report_has_no_console_errors(tmp_path: Path) -> None:
    # A report whose strings try to inject markup still renders cleanly (nothing runs).
    from test_html_report import HOSTILE

    page = html_report(k.loads(HOSTILE), on=date(2024, 1, 10), lang="en")
    result = _render(tmp_path, "hostile", page)
    assert [e for e in result["logs"] if e["level"] == "SEVERE"] == []  # type: ignore[attr-defined]
    assert result["title"].startswith('<script>alert("x")</script> & Co')  # type: ignore[union-attr]


EXAMPLES = sorted((ROOT / "examples").glob("*.toml"))


@pytest.mark.slow
def test_every_example_renders_in_chromium(tmp_path: Path) -> None:
    """The report of every example file (as ``kommissorium report`` writes it), one browser."""
    from kommissorium.cli import main
    from kommissorium.report.timeline import timeline_svg

    assert len(EXAMPLES) >= 7
    problems: dict[str, object] = {}
    with chromium.browser() as driver:
        driver.get_log("browser")  # start from an empty log
        for example in EXAMPLES:
            path = tmp_path / f"{example.stem}.html"
            assert main(["report", str(example), "-o", str(path)]) == 0
            driver.get(path.as_uri())
            sizes = driver.execute_script(SIZE_JS)
            severe = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
            name = k.load(example).committee.name
            if severe:
                problems[f"{example.stem}: console"] = severe
            if not driver.title.startswith(name):
                problems[f"{example.stem}: title"] = driver.title
            if sizes["overflow"] is not False:
                problems[f"{example.stem}: scrolls sideways"] = sizes
            # a file without phases, deliverables or milestones has no timeline, only a line
            has_plan = timeline_svg(k.load(example)) is not None
            for key in ("timeline", "network", "findings"):
                box = sizes[key]
                if key == "timeline" and not has_plan:
                    if box is not None:
                        problems[f"{example.stem}: unexpected timeline"] = box
                elif box is None or box[0] <= 300 or box[1] <= 50:
                    problems[f"{example.stem}: {key}"] = box
            chromium.screenshot(driver, SHOTS / f"example-{example.stem}.png")
    assert problems == {}
    assert sum(timeline_svg(k.load(e)) is not None for e in EXAMPLES) >= 5
    assert all((SHOTS / f"example-{e.stem}.png").stat().st_size > 10_000 for e in EXAMPLES)
