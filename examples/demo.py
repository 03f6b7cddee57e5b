"""The main job on the bundled example: what `make demo` runs.

Loads Hedensted's § 17, stk. 4 committee on rethinking the social area (seed 000), prints its
summary and checks that it survives a JSON round trip. Later parts of the demo (checker,
calendar, network, recommendations) are added as those features land.
"""

from __future__ import annotations

import sys
from pathlib import Path

import kommissorium as k

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "build" / "demo"


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    dossier = k.load(HERE / "hedensted-social-2024.toml")
    from kommissorium.report import summary_text

    print(summary_text(dossier))
    json_path = OUT / "hedensted-social-2024.json"
    k.dump(dossier, json_path)
    assert k.load(json_path) == dossier, "round trip changed the dossier"
    print(f"Skrev {json_path.relative_to(HERE.parent)} (JSON, round trip OK)")

    # -- calendar (kommissorium.ical) ----------------------------------------------------
    from datetime import UTC, datetime

    from kommissorium.ical import read_calendar, to_ics

    ics = to_ics(dossier, stamp=datetime(2024, 1, 2, 8, 0, tzinfo=UTC), holidays="skip")
    ics_path = OUT / "hedensted-social-2024.ics"
    ics_path.write_bytes(ics)
    back = read_calendar(ics)
    assert back.phases == dossier.plan.phases, "calendar round trip changed the phases"
    print(f"Skrev {ics_path.relative_to(HERE.parent)} ({ics.count(b'BEGIN:VEVENT')} begivenheder)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
