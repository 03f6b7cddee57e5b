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

Values are raw (unnormalised) counts of pairs. The cost is one breadth-first search per source
node per sector pair.

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
from collections.abc import Hashable
from typing import Any

import networkx as nx

from kommissorium.network.graph import NetworkError
from kommissorium.network.measures._common import groups_of, node_key

__all__ = ["cross_sector_betweenness", "sector_to_sector_betweenness"]


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
    G: Any, attr: str = "sector", *, weight: str | None = None, backend: str | None = None
) -> dict[Hashable, float]:
    """Betweenness of every actor summed over all pairs of different sectors.

    Examples:
        >>> import networkx as nx
        >>> G = nx.star_graph(["hub", "a", "b", "c"])
        >>> nx.set_node_attributes(G, {"hub": "X", "a": "X", "b": "Y", "c": "Z"}, "sector")
        >>> cross_sector_betweenness(G)["hub"]
        3.0
    """
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
