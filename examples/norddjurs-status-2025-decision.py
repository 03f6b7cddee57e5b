"""Norddjurs 2025 (seed 004): the status decision with remarks, and the status schedule.

Run: python examples/norddjurs-status-2025-decision.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import kommissorium as k
from kommissorium.report import minutes_text

HERE = Path(__file__).resolve().parent


def main() -> int:
    dossier = k.load(HERE / "norddjurs-status-2025-decision.toml")
    print(minutes_text(dossier))
    print("Statusrapporter (vinduer og kendte datoer):")
    for item in k.status_report_dates(dossier):
        bodies = ", ".join(dossier.body_name(b) for b in item.bodies)
        print(f"  {item.period.start} – {item.period.end}  {item.title}  → {bodies}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
