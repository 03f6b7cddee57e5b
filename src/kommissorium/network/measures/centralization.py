"""Freeman centralization: how much one actor dominates the network.

Freeman (1979) centralization compares every actor with the most central one:
C = Σ_i (c_max − c_i) / max, where max is the largest value the sum can take in a graph of the
same size — reached by a star. Degree and betweenness are computed on raw (unnormalised)
scores; the maxima are those of R's sna (``centralization(..., tmaxdev = TRUE)``):

================================ ======================== ======================
measure                          undirected               directed
================================ ======================== ======================
degree (total for digraphs)      (n−1)(n−2)               2(n−1)(n−2)
in- or out-degree                —                        (n−1)²
betweenness                      (n−1)²(n−2)/2            (n−1)²(n−2)
================================ ======================== ======================

(The undirected star's centre has degree n−1 and every leaf 1: Σ = (n−1)(n−2); its centre
lies on all (n−1)(n−2)/2 leaf pairs, every leaf on none.) 1 is a star, 0 a network where all
actors score the same. Graphs with fewer than three actors give NaN.

References:
    Freeman, L. C. (1979). Centrality in social networks: conceptual clarification. *Social
    Networks* 1(3), 215–239. doi:10.1016/0378-8733(78)90021-7.

Examples:
    >>> import networkx as nx
    >>> degree_centralization(nx.star_graph(4)), degree_centralization(nx.cycle_graph(5))
    (1.0, 0.0)
    >>> betweenness_centralization(nx.star_graph(4))
    1.0
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Mapping
from typing import Any, Literal

import networkx as nx

__all__ = ["betweenness_centralization", "degree_centralization"]


def degree_centralization(G: Any, *, mode: Literal["total", "in", "out"] = "total") -> float:
    """Freeman degree centralization in [0, 1] (see the module docs).

    Args:
        G: A networkx graph or digraph; self-loops are ignored.
        mode: For digraphs, which degree (``total``, ``in`` or ``out``).

    Examples:
        >>> import networkx as nx
        >>> degree_centralization(nx.DiGraph([(0, 1), (0, 2), (0, 3)]), mode="out")
        1.0
    """
    n = G.number_of_nodes()
    if n < 3:
        return math.nan
    H = nx.restricted_view(G, [], list(nx.selfloop_edges(G))) if nx.number_of_selfloops(G) else G
    if G.is_directed():
        if mode == "in":
            degrees = [d for _, d in H.in_degree()]
            maximum = (n - 1) ** 2
        elif mode == "out":
            degrees = [d for _, d in H.out_degree()]
            maximum = (n - 1) ** 2
        else:
            degrees = [d for _, d in H.degree()]
            maximum = 2 * (n - 1) * (n - 2)
    else:
        degrees = [d for _, d in H.degree()]
        maximum = (n - 1) * (n - 2)
    top = max(degrees)
    return float(sum(top - d for d in degrees) / maximum)


def betweenness_centralization(
    G: Any,
    *,
    weight: str | None = None,
    backend: str | None = None,
    values: Mapping[Hashable, float] | None = None,
) -> float:
    """Freeman betweenness centralization in [0, 1] (see the module docs).

    Args:
        G: A networkx graph or digraph.
        weight: Edge attribute used as path length; ``None`` counts hops.
        backend: networkx backend name, or ``None``.
        values: Raw (unnormalised) betweenness of every node, already computed (for example
            by :func:`~kommissorium.network.measures.sector_betweenness`, exact or sampled);
            ``None`` computes exact betweenness.

    Examples:
        >>> import networkx as nx
        >>> round(betweenness_centralization(nx.path_graph(5)), 4)
        0.4167
        >>> betweenness_centralization(nx.path_graph(3), values={0: 0.0, 1: 1.0, 2: 0.0})
        1.0
    """
    n = G.number_of_nodes()
    if n < 3:
        return math.nan
    if values is None:
        values = nx.betweenness_centrality(G, normalized=False, weight=weight, backend=backend)
    maximum = (n - 1) ** 2 * (n - 2)
    if not G.is_directed():
        maximum /= 2
    top = max(values.values())
    return float(math.fsum(top - v for v in values.values()) / maximum)
