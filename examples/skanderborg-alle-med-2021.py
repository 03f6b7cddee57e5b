"""Skanderborg 2021 (seed 003): the working group's recommendations per task and addressee.

Run: python examples/skanderborg-alle-med-2021.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import kommissorium as k
from kommissorium.report import recommendations_text
from kommissorium.report.recommendations import default_report_date

HERE = Path(__file__).resolve().parent


def main() -> int:
    dossier = k.load(HERE / "skanderborg-alle-med-2021.toml")
    # No recommendation has a dated move, so the report day is the end of the working group's
    # term (april 2021), when the recommendations stand as "proposed".
    found = default_report_date(dossier)
    assert found is not None
    on, why = found
    print(f"Rapportdag: {on.isoformat()} ({why})")
    print(recommendations_text(dossier, on=on, by="addressee"))
    case = dossier.cases[0]
    route = " → ".join(dossier.body_name(step.body) for step in case.route)
    print(f"Sagsgang: {route}")
    for hearing in dossier.hearings:
        asked = ", ".join(dossier.body_name(b) for b in hearing.bodies)
        print(f"{hearing.kind}: {hearing.title} ({asked})")
    negative = [r.id for r in dossier.recommendations if r.polarity is k.Polarity.DO_NOT]
    print(f"Anbefalinger om ikke at gøre noget: {', '.join(negative)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
