"""Make docs/img/report.png: a screenshot of the bundled example's HTML report.

Renders the report of examples/hedensted-social-2024.toml (seed 000) for its default check
date, opens it in headless Chromium (tests/chromium.py: the Debian chromium and
chromium-driver packages through Selenium, offline) at 1280 px wide, and saves the top of the
page (header, context, members, timeline and network). The PNG is reduced to a 256-colour
palette with Pillow when Pillow is installed, to keep it small for the README.

Run once after a visible change to the report and commit the PNG:

    PYTHONPATH=src python docs/make_screenshot.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import chromium  # noqa: E402
import kommissorium as k  # noqa: E402
from kommissorium.report.html import html_report  # noqa: E402
from kommissorium.rules import default_check_date  # noqa: E402

OUT = ROOT / "docs" / "img" / "report.png"
HEIGHT = 2820  # CSS pixels from the top of the page (down to the end of the network picture)


def main() -> int:
    """Render the report, take the screenshot, shrink it; 1 when Chromium is missing."""
    reason = chromium.unavailable()
    if reason is not None:
        print(f"cannot make the screenshot: {reason}", file=sys.stderr)
        return 1
    dossier = k.load(ROOT / "examples" / "hedensted-social-2024.toml")
    on = default_check_date(dossier)
    assert on is not None
    page = html_report(dossier, on=on, source="hedensted-social-2024.toml")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "report.html"
        path.write_text(page, encoding="utf-8")
        with chromium.browser(width=1280, height=900) as driver:
            driver.get(path.as_uri())
            severe = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
            if severe:
                print(f"console errors: {severe}", file=sys.stderr)
                return 1
            chromium.screenshot(driver, OUT, height=HEIGHT)
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover - Pillow comes with matplotlib (plot extra)
        pass
    else:
        with Image.open(OUT) as image:
            small = image.convert("RGB").quantize(colors=256, method=Image.Quantize.FASTOCTREE)
        small.save(OUT, optimize=True)
    print(f"wrote {OUT.relative_to(ROOT)} ({OUT.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
