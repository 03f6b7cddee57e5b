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

    # --- Checker: the § 17, stk. 4 rule catalogue -------------------------------------------
    from kommissorium.report.check import report_text
    from kommissorium.rules import check, default_check_date

    on = default_check_date(dossier)
    assert on is not None
    print()
    print(report_text(check(dossier, on=on), source="hedensted-social-2024.toml", lang="da"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
