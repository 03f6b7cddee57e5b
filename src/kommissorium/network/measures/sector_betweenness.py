"""Sector-to-sector betweenness: who stands between two sectors.

For sectors A and B, the betweenness of v restricted to shortest paths from A to B:

    g_AB(v) = Σ_{s ∈ A, t ∈ B, s ≠ v ≠ t} σ_st(v) / σ_st

computed with networkx's ``betweenness_centrality_subset``. **The halving quirk:** on
undirected graphs networkx multiplies that function's result by ½ even when the source and
target sets are disjoint (networkx issue #3481; igraph has the same, issue #2359), so an actor
on every one of the paths between A and B gets half the number of pairs. Here, for two
different sectors of an undirected graph, the value is doubled back, so each unordered pair
{s, t} with s in A and t in B counts once — the plain meaning of the formula. For A = B
networkx's value already counts each unordered pair once and is kept. On directed graphs paths
run from A to B only and nothing is rescaled.

:func:`cross_sector_betweenness` adds g_AB over all pairs of different sectors (unordered on
undirected graphs, ordered on directed ones): the betweenness an actor earns between sectors,
as opposed to within one.

Values are raw (unnormalised) counts of pairs. Unweighted, without a backend, all sector pairs
are computed in **one** Brandes pass (one breadth-first search per source, with the dependency
of s on v accumulated only over targets in another sector than s: Brandes 2008's generic
variant), in O(nm) like plain betweenness; :func:`sector_betweenness` returns plain and
cross-sector betweenness from that same pass, exact or from ``k`` seeded source pivots. With
``weight`` or ``backend``, networkx's ``betweenness_centrality_subset`` is called once per
sector pair.

**Sampling.** With ``k`` pivots drawn as networkx draws them
(``random.Random(seed).sample(list(G), k)``), a pivot's dependencies are scaled by
(n−1)/(k−1) and every other actor's by (n−1)/k — the unbiased estimate networkx 3.5+ uses —
and halved on undirected graphs, where each unordered pair is otherwise met from both ends.

References:
    Brandes, U. (2008). On variants of shortest-path betweenness centrality and their generic
    computation. *Social Networks* 30(2), 136–145.

Examples:
    On the path a–b–c with a in X and c in Y, b lies on the one X–Y path:

    >>> import networkx as nx
    >>> G = nx.path_graph(["a", "b", "c"])
    >>> nx.set_node_attributes(G, {"a": "X", "b": "Z", "c": "Y"}, "sector")
    >>> sector_to_sector_betweenness(G, "X", "Y")["b"]
    1.0
"""

from __future__ import annotations

import itertools
import math
import random
from collections import deque
from collections.abc import Hashable
from typing import Any

import attrs
import networkx as nx

from kommissorium.network.graph import NetworkError
from kommissorium.network.measures._common import groups_of, node_key

__all__ = [
    "SectorBetweenness",
    "cross_sector_betweenness",
    "sector_betweenness",
    "sector_to_sector_betweenness",
]


@attrs.frozen(kw_only=True)
class SectorBetweenness:
    """Plain and cross-sector betweenness from one Brandes pass (raw pair counts).

    Attributes:
        betweenness: Raw betweenness of every actor (unordered pairs on undirected graphs),
            as :func:`networkx.betweenness_centrality` with ``normalized=False``.
        cross_sector: The part of it earned on pairs of actors in different sectors.
        k: Number of source pivots; ``None`` when exact.
        seed: Seed of the pivot sample; ``None`` when exact.
    """

    betweenness: dict[Hashable, float]
    cross_sector: dict[Hashable, float]
    k: int | None = None
    seed: int | None = None

    @property
    def exact(self) -> bool:
        """Whether every actor was a source (no sampling)."""
        return self.k is None


def sector_betweenness(
    G: Any, attr: str = "sector", *, k: int | None = None, seed: int | None = None
) -> SectorBetweenness:
    """Plain and cross-sector betweenness (unweighted), exact or from ``k`` seeded pivots.

    One breadth-first search per source serves both measures; see the module docs for the
    accumulation and the sampling estimate.

    Args:
        G: A networkx graph or digraph whose nodes carry ``attr``.
        attr: Node attribute with the sector.
        k: Number of source pivots; ``None`` (or ``k`` ≥ n) for the exact values.
        seed: Seed for the pivots (required with ``k``).

    Raises:
        NetworkError: ``k`` without ``seed``, ``k`` below 1, or a node lacks ``attr``.

    Examples:
        >>> import networkx as nx
        >>> G = nx.path_graph(["a", "b", "c", "d"])
        >>> nx.set_node_attributes(G, {"a": "X", "b": "X", "c": "Y", "d": "Y"}, "sector")
        >>> result = sector_betweenness(G)
        >>> result.betweenness["b"], result.cross_sector["b"], result.exact
        (2.0, 2.0, True)
    """
    groups = groups_of(G, attr)
    n = len(groups)
    if k is not None and seed is None:
        raise NetworkError("sampled betweenness (k) needs a seed, for reproducible results")
    if k is not None and k < 1:
        raise NetworkError(f"k must be at least 1, not {k}")
    if k is not None and k >= n:
        k = None
    plain = dict.fromkeys(G, 0.0)
    cross = dict.fromkeys(G, 0.0)
    sources = list(G) if k is None else random.Random(seed).sample(list(G.nodes()), k)
    adj = G._succ if G.is_directed() else G._adj
    for s in sources:
        group_s = groups[s]
        # breadth-first search: order, predecessors, path counts
        order: list[Hashable] = []
        pred: dict[Hashable, list[Hashable]] = {s: []}
        sigma: dict[Hashable, float] = {s: 1.0}
        dist: dict[Hashable, int] = {s: 0}
        queue = deque([s])
        while queue:
            v = queue.popleft()
            order.append(v)
            dv, sv = dist[v], sigma[v]
            for w in adj[v]:
                if w not in dist:
                    dist[w] = dv + 1
                    queue.append(w)
                    sigma[w] = 0.0
                    pred[w] = []
                if dist[w] == dv + 1:
                    sigma[w] += sv
                    pred[w].append(v)
        delta = dict.fromkeys(order, 0.0)
        delta_x = dict.fromkeys(order, 0.0)
        for w in reversed(order):
            coeff = (1.0 + delta[w]) / sigma[w]
            coeff_x = ((1.0 if groups[w] != group_s else 0.0) + delta_x[w]) / sigma[w]
            for v in pred[w]:
                delta[v] += sigma[v] * coeff
                delta_x[v] += sigma[v] * coeff_x
            if w != s:
                plain[w] += delta[w]
                cross[w] += delta_x[w]
    halve = 1.0 if G.is_directed() else 0.5
    if k is None:
        scale_source = scale_other = halve
    else:
        scale_other = halve * (n - 1) / k
        scale_source = halve * (n - 1) / (k - 1) if k > 1 else math.nan
    pivots = set(sources) if k is not None else set()
    order_out = sorted(G, key=node_key)

    def scaled(values: dict[Hashable, float]) -> dict[Hashable, float]:
        return {v: values[v] * (scale_source if v in pivots else scale_other) for v in order_out}

    return SectorBetweenness(
        betweenness=scaled(plain), cross_sector=scaled(cross), k=k, seed=seed if k else None
    )


def sector_to_sector_betweenness(
    G: Any,
    source: str,
    target: str,
    attr: str = "sector",
    *,
    weight: str | None = None,
    backend: str | None = None,
) -> dict[Hashable, float]:
    """Betweenness of every actor on shortest paths from sector ``source`` to ``target``.

    Raises:
        NetworkError: A node lacks ``attr``, or a sector has no actors.

    Examples:
        >>> import networkx as nx
        >>> G = nx.path_graph(["a", "b", "c"])
        >>> nx.set_node_attributes(G, {"a": "X", "b": "X", "c": "Y"}, "sector")
        >>> sector_to_sector_betweenness(G, "X", "Y")
        {'a': 0.0, 'b': 1.0, 'c': 0.0}
    """
    groups = groups_of(G, attr)
    sources = [n for n in groups if groups[n] == source]
    targets = [n for n in groups if groups[n] == target]
    for name, members in ((source, sources), (target, targets)):
        if not members:
            raise NetworkError(f"no actor is in sector {name!r}")
    values = nx.betweenness_centrality_subset(
        G, sources, targets, normalized=False, weight=weight, backend=backend
    )
    factor = 2.0 if not G.is_directed() and source != target else 1.0
    return {node: factor * float(values[node]) for node in sorted(values, key=node_key)}


def cross_sector_betweenness(
    G: Any,
    attr: str = "sector",
    *,
    weight: str | None = None,
    backend: str | None = None,
    k: int | None = None,
    seed: int | None = None,
) -> dict[Hashable, float]:
    """Betweenness of every actor summed over all pairs of different sectors.

    Unweighted and without a backend this is one Brandes pass (:func:`sector_betweenness`),
    optionally from ``k`` seeded pivots; otherwise networkx is called once per sector pair.

    Raises:
        NetworkError: ``k`` together with ``weight`` or ``backend``, ``k`` without ``seed``,
            or a node lacks ``attr``.

    Examples:
        >>> import networkx as nx
        >>> G = nx.star_graph(["hub", "a", "b", "c"])
        >>> nx.set_node_attributes(G, {"hub": "X", "a": "X", "b": "Y", "c": "Z"}, "sector")
        >>> cross_sector_betweenness(G)["hub"]
        3.0
    """
    if weight is None and backend is None:
        return sector_betweenness(G, attr, k=k, seed=seed).cross_sector
    if k is not None:
        raise NetworkError("sampled cross-sector betweenness (k) is unweighted, without backend")
    groups = groups_of(G, attr)
    sectors = sorted(set(groups.values()))
    total = dict.fromkeys(sorted(groups, key=node_key), 0.0)
    if G.is_directed():
        pairs = list(itertools.permutations(sectors, 2))
    else:
        pairs = list(itertools.combinations(sectors, 2))
    for a, b in pairs:
        values = sector_to_sector_betweenness(G, a, b, attr, weight=weight, backend=backend)
        for node, value in values.items():
            total[node] += value
    return total
