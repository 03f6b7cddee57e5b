"""Skanderborg 2021 (seed 003): the working group's recommendations per task and addressee.

Run: python examples/skanderborg-alle-med-2021.py
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import kommissorium as k
from kommissorium.report import recommendations_text

HERE = Path(__file__).resolve().parent


def main() -> int:
    dossier = k.load(HERE / "skanderborg-alle-med-2021.toml")
    # The file records no dates of its own, so the report day is given: the end of the
    # working group's period (april 2021) is when the recommendations stand as "proposed".
    print(recommendations_text(dossier, on=date(2021, 4, 30)))
    report = k.status_report(dossier, on=date(2021, 4, 30))
    print("Anbefalinger pr. adressat:")
    for body_id, rows in report.by_addressee():
        print(f"  {dossier.body_name(body_id)}: {', '.join(r.id for r in rows)}")
    negative = [r.id for r in dossier.recommendations if r.polarity is k.Polarity.DO_NOT]
    print(f"Anbefalinger om ikke at gøre noget: {', '.join(negative)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
