"""examples/outputs.py writes every seed's outputs, and writes the same bytes twice."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SUFFIXES = (
    ".findings.txt",
    ".findings.json",
    ".findings.sarif",
    ".ics",
    ".network.svg",
    ".html",
)


def _outputs_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("outputs", ROOT / "examples" / "outputs.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["outputs"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_every_seed_has_every_output_and_they_are_deterministic(tmp_path: Path) -> None:
    outputs = _outputs_module()
    first, second = tmp_path / "first", tmp_path / "second"
    assert outputs.main(["--out", str(first)]) == 0
    assert outputs.main(["--out", str(second), "--no-png"]) == 0
    assert [s.name[:3] for s in outputs.SEEDS] == ["000", "001", "002", "003", "004"]
    try:
        import matplotlib  # noqa: F401

        with_png = True
    except ImportError:
        with_png = False
    for seed in outputs.SEEDS:
        for file_name in seed.files:
            assert (ROOT / "examples" / file_name).exists()
            stem = Path(file_name).stem
            for suffix in SUFFIXES:
                a = first / seed.name / f"{stem}{suffix}"
                b = second / seed.name / f"{stem}{suffix}"
                assert a.stat().st_size > 0, a
                assert a.read_bytes() == b.read_bytes(), f"{a.name} differs between runs"
            png = first / seed.name / f"{stem}.network.png"
            assert png.exists() is with_png
            if with_png:
                assert png.read_bytes().startswith(b"\x89PNG")
    # The files are what they say they are.
    hedensted = first / "000-hedensted-social-2024"
    assert (hedensted / "hedensted-social-2024.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert '"version": "2.1.0"' in (hedensted / "hedensted-social-2024.findings.sarif").read_text()
    assert (hedensted / "hedensted-social-2024.network.svg").read_text().startswith("<?xml")
    page = (hedensted / "hedensted-social-2024.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "Rapport pr. 1. januar 2024" in page
