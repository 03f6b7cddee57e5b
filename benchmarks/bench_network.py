"""Benchmark the stakeholder-network measures at 1,000, 10,000 (and 100,000) actors.

Graphs: G(n, m) random graphs with m = 5n ties (average degree 10), built by networkx's
``gnm_random_graph`` with a fixed seed; five sectors assigned with ``random.Random(seed)``.

For each size the script times every measure (wall clock, best of one run) and records its
peak traced memory (``tracemalloc``, in a second run), then prints a table with the growth
ratio against the previous size. It also measures the error of k-sampled betweenness against
exact betweenness at 1,000 actors.

    python benchmarks/bench_network.py            # 1,000 and 10,000 actors
    python benchmarks/bench_network.py --full     # also 100,000 actors (several minutes)
"""

from __future__ import annotations

import argparse
import gc
import itertools
import math
import random
import sys
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

import networkx as nx

from kommissorium.network import (
    assortativity,
    betweenness,
    block_density,
    brokerage,
    constraint,
    detect_communities,
    effective_size,
    ei_by_group,
    ei_by_node,
    ei_index,
    ei_permutation_test,
    modularity,
    sector_partition,
)

SECTORS = ("political", "administration", "civil-society", "user-councils", "citizens")


def make_graph(n: int, seed: int = 42) -> nx.Graph:
    G = nx.gnm_random_graph(n, 5 * n, seed=seed)
    rng = random.Random(seed)
    nx.set_node_attributes(G, {v: rng.choice(SECTORS) for v in G}, "sector")
    return G


def sector_bundle(G: nx.Graph) -> None:
    """The aim: E-I (whole, group, node), brokerage, block density and assortativity."""
    ei_index(G)
    ei_by_group(G)
    ei_by_node(G)
    brokerage(G)
    block_density(G)
    assortativity(G)


def measures(n: int) -> list[tuple[str, Callable[[nx.Graph], Any], bool]]:
    """(name, function, also measure memory)."""
    items: list[tuple[str, Callable[[nx.Graph], Any], bool]] = [
        ("E-I whole+group+node", lambda G: (ei_index(G), ei_by_group(G), ei_by_node(G)), True),
        ("brokerage (G&F)", brokerage, True),
        ("block density", block_density, True),
        ("assortativity", assortativity, True),
        ("sector bundle (aim < 2 s at 10k)", sector_bundle, False),
        ("E-I permutation test (100)", lambda G: ei_permutation_test(G, permutations=100), True),
        ("constraint", constraint, True),
        ("effective size", effective_size, True),
        ("modularity of sectors", lambda G: modularity(G, sector_partition(G)), True),
        ("betweenness k=100 (seeded)", lambda G: betweenness(G, k=100, seed=1), n <= 10_000),
    ]
    if n <= 10_000:
        items.append(("Louvain (seed 0)", lambda G: detect_communities(G, seed=0), n <= 1_000))
    if n <= 1_000:
        items.append(("betweenness exact", betweenness, True))
    return items


def timed(fn: Callable[[nx.Graph], Any], G: nx.Graph) -> float:
    gc.collect()
    start = time.perf_counter()
    fn(G)
    return time.perf_counter() - start


def peak_mib(fn: Callable[[nx.Graph], Any], G: nx.Graph) -> float:
    gc.collect()
    tracemalloc.start()
    fn(G)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def sampling_error(n: int = 1000, k: int = 100, seed: int = 1) -> str:
    G = make_graph(n)
    exact = betweenness(G)
    rows = []
    for pivots in (k, 2 * k, 5 * k):
        est = betweenness(G, k=pivots, seed=seed)
        rel = [abs(est[v] - exact[v]) / exact[v] for v in G if exact[v] > 0]
        top_exact = set(sorted(G, key=lambda v: -exact[v])[:20])
        top_est = set(sorted(G, key=lambda v: -est[v])[:20])
        mean_rel = sum(rel) / len(rel)
        max_abs = max(abs(est[v] - exact[v]) for v in G)
        rows.append(
            f"| {pivots} | {mean_rel:.1%} | {max_abs:.5f} | {len(top_exact & top_est)}/20 |"
        )
    return "\n".join(
        [
            f"k-sampled betweenness against exact, n = {n:,}, m = {5 * n:,} (normalised values):",
            "",
            "| k | mean relative error | max absolute error | top-20 overlap |",
            "|---:|---:|---:|---:|",
            *rows,
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full", action="store_true", help="also 100,000 actors")
    args = parser.parse_args(argv)
    sizes = [1_000, 10_000] + ([100_000] if args.full else [])
    results: dict[str, dict[int, tuple[float, float | None]]] = {}
    for n in sizes:
        G = make_graph(n)
        for name, fn, memory in measures(n):
            seconds = timed(fn, G)
            mib = peak_mib(fn, G) if memory else None
            results.setdefault(name, {})[n] = (seconds, mib)
            print(f"  n={n:>7,} {name:<34} {seconds:8.3f} s", file=sys.stderr, flush=True)

    header = "| measure | " + " | ".join(f"{n:,} actors" for n in sizes) + " | growth |"
    lines = [header, "|---|" + "---:|" * (len(sizes) + 1)]
    for name, by_size in results.items():
        cells = []
        for n in sizes:
            if n not in by_size:
                cells.append("—")
                continue
            seconds, mib = by_size[n]
            memory = f", {mib:.1f} MiB" if mib is not None else ""
            cells.append(f"{seconds:.3f} s{memory}")
        present = [n for n in sizes if n in by_size]
        ratios = [
            f"×{by_size[b][0] / by_size[a][0]:.1f}"
            for a, b in itertools.pairwise(present)
            if by_size[a][0] > 0
        ]
        lines.append(f"| {name} | " + " | ".join(cells) + f" | {' '.join(ratios) or '—'} |")
    print(
        f"Network measures on G(n, 5n) graphs, 5 sectors (Python {sys.version.split()[0]}, "
        f"networkx {nx.__version__}); time of one run, peak traced memory; growth = time ratio "
        "per ×10 actors."
    )
    print()
    print("\n".join(lines))
    print()
    print(sampling_error())
    return 0 if all(not math.isnan(v[0]) for r in results.values() for v in r.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
