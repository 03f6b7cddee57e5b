"""HTML report: time for the page and for its network picture, against matplotlib's SVG.

Takes the bundled Hedensted example (seed 000) and adds N stakeholders with seeded random
ties (about two per stakeholder) across the built-in sectors. For each N it times
``html_report`` (checker, timeline, network picture and everything else), our own
``network_svg`` alone, and, as the baseline, matplotlib's SVG of the same graph through
``draw_network`` (the ``plot`` extra). Best of three runs.

    PYTHONPATH=src python benchmarks/bench_report.py
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import attrs

import kommissorium as k
from kommissorium import network
from kommissorium.model import Stakeholder, Tie
from kommissorium.report.html import html_report
from kommissorium.report.netsvg import network_svg

ROOT = Path(__file__).resolve().parent.parent
SECTORS = ("civil-society", "private", "region-state", "user-councils", "citizens", "employees")


def grown(base: k.Dossier, n: int, seed: int = 0) -> k.Dossier:
    rng = random.Random(seed)
    extra = tuple(
        Stakeholder(id=f"x{i}", name=f"Aktør nummer {i}", sector=SECTORS[i % len(SECTORS)])
        for i in range(n)
    )
    ids = [s.id for s in extra] + [base.committee.id]
    ties = tuple(
        Tie(source=f"x{i}", target=rng.choice([x for x in ids if x != f"x{i}"]))
        for i in range(n)
        for _ in range(2)
    )
    return attrs.evolve(base, stakeholders=base.stakeholders + extra, ties=base.ties + ties)


def best(fn: object, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    base = k.load(ROOT / "examples" / "hedensted-social-2024.toml")
    print(
        f"{'actors':>7} {'ties':>6} {'page s':>8} {'own svg s':>10} {'matplotlib s':>13} "
        f"{'own/mpl':>8} {'page KB':>8}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for n in (0, 25, 50, 100, 200):
            dossier = grown(base, n)
            graph = network.stakeholder_graph(dossier)
            page_s = best(lambda d=dossier: html_report(d, on=date(2024, 1, 1)))
            own_s = best(lambda g=graph: network_svg(g))
            try:
                mpl_s = best(lambda g=graph: network.draw_network(g, Path(tmp) / "n.svg"))
                ratio = f"{own_s / mpl_s:8.2f}"
                mpl = f"{mpl_s:13.3f}"
            except network.MissingExtraError:
                mpl, ratio = f"{'-':>13}", f"{'-':>8}"
            size = len(html_report(dossier, on=date(2024, 1, 1)).encode()) / 1024
            print(
                f"{graph.number_of_nodes():>7} {graph.number_of_edges():>6} {page_s:8.3f} "
                f"{own_s:10.3f} {mpl} {ratio} {size:8.0f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
