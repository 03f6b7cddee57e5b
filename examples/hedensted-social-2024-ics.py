"""Seed 000 as a calendar: Hedensted's phase plan (Q1 2024 … Q4 2025), deadlines, the
election context and the (illustrative) monthly meeting series, with the summer holiday closed.

Writes build/examples/hedensted-social-2024.ics. The stamp is fixed so that the file is the
same on every run.
"""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime
from pathlib import Path

import kommissorium as k
from kommissorium.ical import expand_series, to_ics
from kommissorium.ical.series import OccurrenceKind

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "build" / "examples"
STAMP = datetime(2024, 1, 2, 8, 0, tzinfo=UTC)
SUMMER = (
    k.Period(date(2024, 7, 1), date(2024, 7, 31), "sommerferie 2024"),
    k.Period(date(2025, 7, 1), date(2025, 7, 31), "sommerferie 2025"),
)


def main() -> int:
    dossier = k.load(HERE / "hedensted-social-2024.toml")
    OUT.mkdir(parents=True, exist_ok=True)
    for phase in dossier.plan.phases:
        print(f"{phase.period.start} – {phase.period.end}  {phase.title}")
    for series in dossier.series:
        for o in expand_series(series, holidays="skip", closed=SUMMER):
            if o.kind is not OccurrenceKind.RULE:
                print(f"{o.recurrence_id.date()}: {o.kind.value} ({o.reason})")
    path = OUT / "hedensted-social-2024.ics"
    path.write_bytes(to_ics(dossier, stamp=STAMP, holidays="skip", closed=SUMMER))
    print(f"Skrev {path.relative_to(HERE.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
