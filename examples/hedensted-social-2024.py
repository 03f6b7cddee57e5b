"""Seed 000: Hedensted's § 17, stk. 4 committee on rethinking the social area, 2024–25.

Loads the committee file, prints who sits on the committee and which seats the frame note
leaves to be filled, and resolves the note's phase plan ("Første kvartal 2024", "Resten af
2024", "Tredje kvartal" …) to dates.

Run: ``python examples/hedensted-social-2024.py``
"""

from __future__ import annotations

from pathlib import Path

import kommissorium as k

FILE = Path(__file__).with_name("hedensted-social-2024.toml")


def main() -> None:
    dossier = k.load(FILE)
    committee, mandate = dossier.committee, dossier.mandate
    print(committee.name)
    print(f"Valgperiode {dossier.council.election_period.label if dossier.council else '?'}")

    filled = {m.seat for m in dossier.memberships_of(committee.id) if m.seat}
    for rule in mandate.composition:
        state = "besat" if rule.id in filled else "endnu ikke besat"
        print(f"  seat {rule.id:<20} {rule.kind.value:<15} {state}")

    themes = {theme.id: theme.title for theme in mandate.themes}
    for phase in dossier.plan.phases:
        period = phase.period
        theme = themes.get(phase.theme or "", "–")
        print(f"  {phase.id}: {period.start} – {period.end}  «{period.text}»  tema: {theme}")


if __name__ == "__main__":
    main()
