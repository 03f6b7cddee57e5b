"""Benchmark the stakeholder-network measures at 1,000, 10,000 (and 100,000) actors.

Graphs: G(n, m) random graphs with m = 5n ties (average degree 10), built by networkx's
``gnm_random_graph`` with a fixed seed; five sectors assigned with ``random.Random(seed)``.

For each size the script times every measure (CPU time of the process, one run) and records
its peak traced memory (``tracemalloc``, in a second run), then prints a table with the growth
ratio against the previous size. Directed measures run on directed G(n, 5n) graphs (5n arcs).
NMI/ARI compare the sector partition with a fixed random partition into 50 blocks (the
comparison itself, not the community detection, is timed). It also measures the error of
k-sampled betweenness against exact betweenness at 1,000 actors.

    python benchmarks/bench_network.py                  # 1,000 and 10,000 actors (~2–4 min)
    python benchmarks/bench_network.py --full           # also 100,000 actors, cheap measures
    python benchmarks/bench_network.py --error-at 10000 # exact error at 10,000 (~10+ min)
    python benchmarks/bench_network.py --spread-at 10000 # estimated error at 10,000 (~2 min)
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
    adjusted_rand_index,
    assortativity,
    betweenness,
    betweenness_centralization,
    block_density,
    brokerage,
    constraint,
    degree_centralization,
    detect_communities,
    effective_size,
    ei_by_group,
    ei_by_node,
    ei_index,
    ei_permutation_test,
    modularity,
    normalized_mutual_information,
    sector_betweenness,
    sector_partition,
    sector_to_sector_betweenness,
)

SECTORS = ("political", "administration", "civil-society", "user-councils", "citizens")


def make_graph(n: int, seed: int = 42, *, directed: bool = False) -> nx.Graph:
    G = nx.gnm_random_graph(n, 5 * n, seed=seed, directed=directed)
    rng = random.Random(seed)
    nx.set_node_attributes(G, {v: rng.choice(SECTORS) for v in G}, "sector")
    return G


def random_partition(G: nx.Graph, blocks: int = 50, seed: int = 7) -> list[set[Any]]:
    rng = random.Random(seed)
    parts: list[set[Any]] = [set() for _ in range(blocks)]
    for v in G:
        parts[rng.randrange(blocks)].add(v)
    return [p for p in parts if p]


def nmi_ari(G: nx.Graph) -> tuple[float, float]:
    sectors = sector_partition(G)
    other = G.graph["random_partition"]
    return normalized_mutual_information(sectors, other), adjusted_rand_index(sectors, other)


def sector_bundle(G: nx.Graph) -> None:
    """The aim: E-I (whole, group, node), brokerage, block density and assortativity."""
    ei_index(G)
    ei_by_group(G)
    ei_by_node(G)
    brokerage(G)
    block_density(G)
    assortativity(G)


def measures(n: int) -> list[tuple[str, Callable[[nx.Graph], Any], bool, bool]]:
    """(name, function, also measure memory, on the directed graph).

    At 100,000 actors only the measures that are linear or close to it are run.
    """
    small, medium = n <= 1_000, n <= 10_000
    items: list[tuple[str, Callable[[nx.Graph], Any], bool, bool]] = [
        (
            "E-I whole+group+node",
            lambda G: (ei_index(G), ei_by_group(G), ei_by_node(G)),
            True,
            False,
        ),
        ("brokerage (G&F)", brokerage, True, False),
        ("brokerage (G&F), directed", brokerage, True, True),
        ("block density", block_density, True, False),
        ("assortativity", assortativity, True, False),
        ("sector bundle (aim < 2 s at 10k)", sector_bundle, True, False),
        (
            "E-I permutation test (100)",
            lambda G: ei_permutation_test(G, permutations=100),
            True,
            False,
        ),
        ("constraint", constraint, True, False),
        ("effective size", effective_size, True, False),
        ("modularity of sectors", lambda G: modularity(G, sector_partition(G)), True, False),
        ("NMI + ARI (sectors vs 50 blocks)", nmi_ari, True, False),
        ("degree centralization", degree_centralization, True, False),
    ]
    if medium:
        items += [
            ("betweenness k=100 (seeded)", lambda G: betweenness(G, k=100, seed=1), True, False),
            (
                "betweenness + cross-sector, one pass, k=100",
                lambda G: sector_betweenness(G, k=100, seed=1),
                True,
                False,
            ),
            ("Louvain (seed 0)", lambda G: detect_communities(G, seed=0), True, False),
        ]
    if small:
        # Exact betweenness keeps the same O(n + m) working memory per source as k=100 (the
        # rows above); its tracemalloc run is slow, so its memory is not measured again.
        items += [
            ("betweenness exact", betweenness, False, False),
            ("betweenness + cross-sector, one pass, exact", sector_betweenness, False, False),
            (
                "betweenness + cross-sector, one pass, exact, directed",
                sector_betweenness,
                False,
                True,
            ),
            (
                "sector-to-sector betweenness (one pair)",
                lambda G: sector_to_sector_betweenness(G, "political", "citizens"),
                True,
                False,
            ),
            ("betweenness centralization exact", betweenness_centralization, False, False),
        ]
    return items


def timed(fn: Callable[[nx.Graph], Any], G: nx.Graph) -> float:
    """CPU time of the process for one call.

    CPU time rather than wall clock: every measure is single-threaded Python, so on an idle
    machine the two agree, and on a shared one CPU time is far less disturbed by other jobs.
    """
    gc.collect()
    start = time.process_time()
    fn(G)
    return time.process_time() - start


def peak_mib(fn: Callable[[nx.Graph], Any], G: nx.Graph) -> float:
    gc.collect()
    tracemalloc.start()
    fn(G)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def sampling_error(n: int = 1000, ks: tuple[int, ...] = (100, 250, 500), seed: int = 1) -> str:
    """Error of k-sampled against exact betweenness (one Brandes pass each, normalised)."""
    G = make_graph(n)
    pairs = (n - 1) * (n - 2) / 2
    start = time.process_time()
    exact = {v: b / pairs for v, b in sector_betweenness(G).betweenness.items()}
    exact_s = time.process_time() - start
    rows = []
    for pivots in ks:
        start = time.process_time()
        est = {
            v: b / pairs for v, b in sector_betweenness(G, k=pivots, seed=seed).betweenness.items()
        }
        took = time.process_time() - start
        rel = [abs(est[v] - exact[v]) / exact[v] for v in G if exact[v] > 0]
        top_exact = set(sorted(G, key=lambda v: -exact[v])[:20])
        top_est = set(sorted(G, key=lambda v: -est[v])[:20])
        mean_rel = sum(rel) / len(rel)
        max_abs = max(abs(est[v] - exact[v]) for v in G)
        rows.append(
            f"| {pivots} | {took:.1f} s | {mean_rel:.1%} | {max_abs:.5f} | "
            f"{len(top_exact & top_est)}/20 |"
        )
    return "\n".join(
        [
            f"k-sampled betweenness against exact, n = {n:,}, m = {5 * n:,} (normalised values; "
            f"exact took {exact_s:.1f} s):",
            "",
            "| k | time | mean relative error | max absolute error | top-20 overlap |",
            "|---:|---:|---:|---:|---:|",
            *rows,
        ]
    )


def _dependencies(G: nx.Graph, s: Any) -> dict[Any, float]:
    """Brandes dependencies δ_s(v) of one source on every other node (BFS, unweighted)."""
    order: list[Any] = []
    pred: dict[Any, list[Any]] = {s: []}
    sigma: dict[Any, float] = {s: 1.0}
    dist = {s: 0}
    queue = [s]
    head = 0
    while head < len(queue):
        v = queue[head]
        head += 1
        order.append(v)
        for w in G.adj[v]:
            if w not in dist:
                dist[w] = dist[v] + 1
                queue.append(w)
                sigma[w] = 0.0
                pred[w] = []
            if dist[w] == dist[v] + 1:
                sigma[w] += sigma[v]
                pred[w].append(v)
    delta = dict.fromkeys(order, 0.0)
    for w in reversed(order):
        for v in pred[w]:
            delta[v] += sigma[v] / sigma[w] * (1.0 + delta[w])
    delta.pop(s)
    return delta


def sampling_spread(
    n: int, ks: tuple[int, ...] = (100, 250), seeds: tuple[int, ...] = (1, 2)
) -> str:
    """Sampling error at sizes where exact betweenness is out of reach.

    For each k and seed, the per-actor standard error of the k-pivot estimate is estimated from
    the spread of the pivots' own dependencies (sd/√k, relative to the estimate), and the top-20
    actors of two independent samples are compared. At 1,000 actors the same estimate can be
    set against the exact error in the table above.
    """
    G = make_graph(n)
    nodes = list(G)
    rows = []
    for k in ks:
        tops = []
        for seed in seeds:
            start = time.process_time()
            pivots = random.Random(seed).sample(nodes, k)
            total = dict.fromkeys(nodes, 0.0)
            squares = dict.fromkeys(nodes, 0.0)
            for s in pivots:
                for v, x in _dependencies(G, s).items():
                    total[v] += x
                    squares[v] += x * x
            took = time.process_time() - start
            rel = []
            for v in nodes:
                mean = total[v] / k
                if mean > 0:
                    var = max(squares[v] / k - mean * mean, 0.0) * k / (k - 1)
                    rel.append(math.sqrt(var / k) / mean)
            tops.append(set(sorted(nodes, key=lambda v: -total[v])[:20]))
            rows.append(
                f"| {k} | {seed} | {took:.1f} s | {sum(rel) / len(rel):.1%} | {max(rel):.1%} |"
            )
        overlap = len(tops[0] & tops[1])
        rows.append(
            f"| {k} | top-20 overlap of seeds {seeds[0]} and {seeds[1]}: {overlap}/20 | | | |"
        )
    return "\n".join(
        [
            f"Estimated sampling error of k-pivot betweenness, n = {n:,}, m = {5 * n:,} "
            "(relative standard error from the spread of the pivots' dependencies):",
            "",
            "| k | seed | time | mean relative SE | max relative SE |",
            "|---:|---:|---:|---:|---:|",
            *rows,
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full", action="store_true", help="also 100,000 actors")
    parser.add_argument(
        "--sizes", type=int, nargs="+", metavar="N", help="only these sizes (no sampling table)"
    )
    parser.add_argument(
        "--error-at", type=int, metavar="N", help="only the sampling error at N actors"
    )
    parser.add_argument(
        "--spread-at", type=int, metavar="N", help="only the estimated sampling error at N actors"
    )
    args = parser.parse_args(argv)
    if args.error_at:
        print(sampling_error(args.error_at))
        return 0
    if args.spread_at:
        print(sampling_spread(args.spread_at))
        return 0
    sizes = args.sizes or [1_000, 10_000] + ([100_000] if args.full else [])
    results: dict[str, dict[int, tuple[float, float | None]]] = {}
    for n in sizes:
        G = make_graph(n)
        G.graph["random_partition"] = random_partition(G)
        D = make_graph(n, directed=True)
        for name, fn, memory, directed in measures(n):
            graph = D if directed else G
            seconds = timed(fn, graph)
            mib = peak_mib(fn, graph) if memory else None
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
    try:
        import scipy  # noqa: F401

        with_scipy = "with scipy"
    except ImportError:
        with_scipy = "without scipy"
    print(
        f"Network measures on G(n, 5n) graphs, 5 sectors (Python {sys.version.split()[0]}, "
        f"networkx {nx.__version__}, {with_scipy}); CPU time of one run, peak traced memory; "
        "growth = time ratio per ×10 actors."
    )
    print()
    print("\n".join(lines))
    if not args.sizes:
        print()
        print(sampling_error())
    return 0 if all(not math.isnan(v[0]) for r in results.values() for v in r.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
