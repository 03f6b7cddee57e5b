"""Norddjurs 2023 (seed 002): the strategy process, its hearing, route and decision.

Run: python examples/norddjurs-strategi-2023.py
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import kommissorium as k
from kommissorium.report import minutes_text, recommendations_text

HERE = Path(__file__).resolve().parent


def _short(dossier: k.Dossier, body_id: str) -> str:
    """The body's abbreviation, or its name (the council is not in the bodies list)."""
    try:
        return dossier.body(body_id).short_name or dossier.body_name(body_id)
    except KeyError:
        return dossier.body_name(body_id)


def main() -> int:
    dossier = k.load(HERE / "norddjurs-strategi-2023.toml")
    print(minutes_text(dossier))
    print("Procestrin:")
    for phase in dossier.plan.phases:
        print(f"  {phase.period.text}: {phase.title}")
    for item in k.hearing_deadlines(dossier):
        bodies = ", ".join(dossier.body_name(b) for b in item.bodies)
        print(f"{item.title} ({item.period.text}): {bodies}")
    route = dossier.cases[1].route
    print("Planlagt sagsgang: " + " → ".join(_short(dossier, s.body) for s in route))
    print()
    # Where the strategy stood at New Year 2024, measured against the plan in the item.
    print(recommendations_text(dossier, on=date(2024, 1, 1)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
