"""Seed 004 as a calendar: Norddjurs' status reporting twice a year (2023–2024) to VPU, BUU and
the political steering group, and the steering group's two meetings in 2025.

Writes build/examples/norddjurs-status-2025.ics. The stamp is fixed so that the file is the
same on every run.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

import kommissorium as k
from kommissorium.ical import FeedInfo, expand_series, to_ics

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "build" / "examples"
STAMP = datetime(2025, 4, 28, 12, 0, tzinfo=UTC)


def main() -> int:
    dossier = k.load(HERE / "norddjurs-status-2025.toml")
    OUT.mkdir(parents=True, exist_ok=True)
    for series in dossier.series:
        days = [o.start.date().isoformat() for o in expand_series(series, holidays="skip")]
        print(f"{series.id:20} {series.text}: {', '.join(days)}")
    feed = FeedInfo(name="Norddjurs: status på udviklingsprocessen på Socialområdet")
    path = OUT / "norddjurs-status-2025.ics"
    path.write_bytes(to_ics(dossier, stamp=STAMP, holidays="skip", feed=feed))
    print(f"Skrev {path.relative_to(HERE.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
