"""Headless Chromium through Selenium, offline, for the HTML report tests and screenshots.

Uses the Debian packages ``chromium`` (/usr/bin/chromium) and ``chromium-driver``
(/usr/bin/chromedriver); nothing is downloaded. Selenium Manager (which would try to fetch a
driver) is kept out twice over: the driver path is given to ``Service`` and ``SE_OFFLINE`` is
set. Console messages come from the ``goog:loggingPrefs`` browser log.

Used by tests/report/test_html_browser.py and by docs/make_screenshot.py.
"""

from __future__ import annotations

import base64
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")

FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
    "--force-device-scale-factor=1",
)


def unavailable() -> str | None:
    """Why the browser tests cannot run here, or ``None`` when they can."""
    if not CHROMIUM.exists() or not CHROMEDRIVER.exists():
        return (
            "headless Chromium is not installed (need /usr/bin/chromium and /usr/bin/chromedriver "
            "from the Debian packages chromium and chromium-driver; `make browser` installs them "
            "as root)"
        )
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[test]')"
    return None


@contextmanager
def browser(width: int = 1280, height: int = 900) -> Iterator[Any]:
    """A headless Chromium WebDriver with a fresh profile in a temporary directory."""
    os.environ["SE_OFFLINE"] = "true"
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="kommissorium-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    options.add_argument(f"--window-size={width},{height}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def screenshot(driver: Any, path: Path, *, height: int | None = None) -> None:
    """Save a PNG of the page: the whole page, or its top ``height`` CSS pixels."""
    metrics = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})
    size = metrics["cssContentSize"]
    width = int(driver.execute_script("return document.documentElement.clientWidth"))
    full = int(size["height"])
    clip = {"x": 0, "y": 0, "width": width, "height": min(full, height or full), "scale": 1}
    data = driver.execute_cdp_cmd(
        "Page.captureScreenshot",
        {"format": "png", "captureBeyondViewport": True, "clip": clip},
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(base64.b64decode(data["data"]))
