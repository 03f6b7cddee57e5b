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

    # -- Network: the stakeholder network of the bundled example ---------------------------
    from kommissorium import network

    print(network.summary_text(network.network_summary(dossier, seed=0, permutations=199)))
    graph = network.stakeholder_graph(dossier)
    try:
        picture = network.draw_network(
            graph, OUT / "hedensted-network.png", seed=0, title=dossier.committee.name
        )
        print(f"Skrev {picture.relative_to(HERE.parent)} (netværk og sektor-heatmap)")
    except network.MissingExtraError as exc:
        print(f"Intet billede: {exc}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
