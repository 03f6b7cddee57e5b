"""Stakeholder network analysis of the two seed examples.

Loads Hedensted's § 17, stk. 4 committee (seed 000) and Skanderborg's working group "En kommune
hvor alle er med" (seed 003), prints each network summary, the phase coverage and who is
missing, and writes pictures (network by sector + sector heatmap) and GraphML/GEXF files for
Gephi or Cytoscape into build/network/. With ``--docs`` it also writes the smaller picture of
the Skanderborg network that the how-to page shows (docs/img/network-skanderborg.png).

    python examples/network_analysis.py
    python examples/network_analysis.py --docs
"""

from __future__ import annotations

import sys
from pathlib import Path

import kommissorium as k
from kommissorium import network

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "build" / "network"
DOCS_PICTURE = HERE.parent / "docs" / "img" / "network-skanderborg.png"

EXAMPLES = {
    "hedensted-social-2024": HERE / "hedensted-social-2024.toml",
    "skanderborg-alle-med-network": HERE / "skanderborg-alle-med-network.toml",
}


def analyse(name: str, path: Path, docs: bool = False) -> None:
    dossier = k.load(path)
    info = network.sector_info(dossier.sectors)
    summary = network.network_summary(dossier, seed=0, permutations=999)
    print(network.summary_text(summary))

    # Per phase: who takes part, and who the mandate asks for but is missing.
    for coverage in network.phase_coverage(dossier):
        label = coverage.phase or "hele arbejdet"
        missing = ", ".join(coverage.missing_stakeholders + coverage.missing_sectors) or "ingen"
        print(f"  {label}: {len(coverage.participants)} deltagere; mangler: {missing}")
    for gap in network.phase_coverage_findings(dossier):
        print(f"  ! {gap.path}: {gap.message('da')}")

    graph = network.stakeholder_graph(dossier)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / f"{name}.graphml").write_bytes(network.to_graphml(graph, info=info))
    (OUT / f"{name}.gexf").write_bytes(network.to_gexf(graph, info=info))
    try:
        picture = network.draw_network(
            graph, OUT / f"{name}.png", info=info, seed=0, title=dossier.committee.name
        )
    except network.MissingExtraError as exc:
        print(f"  (no picture: {exc})")
    else:
        print(f"  wrote {picture.relative_to(HERE.parent)}")
        if docs and name == "skanderborg-alle-med-network":
            network.draw_network(
                graph, DOCS_PICTURE, info=info, seed=0, title=dossier.committee.name, dpi=96
            )
            print(f"  wrote {DOCS_PICTURE.relative_to(HERE.parent)}")
    for phase in dossier.plan.phases:
        snapshot = network.stakeholder_graph(dossier, phase=phase.id)
        print(
            f"  phase {phase.id}: {snapshot.number_of_nodes()} actors, "
            f"{snapshot.number_of_edges()} ties, E-I {network.ei_index(snapshot).index:.3f}"
        )
    print()


def main(argv: list[str] | None = None) -> int:
    docs = "--docs" in (sys.argv[1:] if argv is None else argv)
    for name, path in EXAMPLES.items():
        analyse(name, path, docs=docs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
