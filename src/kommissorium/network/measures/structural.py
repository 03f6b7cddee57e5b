"""Betweenness and Burt's structural holes, from networkx, with sector summaries.

These wrap networkx functions so that a stakeholder analysis gets the conventions stated once
and can summarise the values by sector. ``backend=`` is passed through to networkx's dispatch
(for example ``backend="parallel"`` with nx-parallel installed); ``None`` uses networkx's
configured default.

**Betweenness** (Freeman 1977; Brandes 2001): g(v) = Σ_{s≠v≠t} σ_st(v)/σ_st, where σ_st is
the number of shortest s–t paths and σ_st(v) those through v. Undirected raw values count
each unordered pair once (as igraph and UCINET do); ``normalized=True`` divides by
(n−1)(n−2)/2 (undirected) or (n−1)(n−2) (directed). Exact computation costs O(nm); with ``k``
only k seeded source pivots are used and the result is rescaled — an unbiased estimate whose
per-actor error grows as k shrinks (see the benchmarks page for measured errors).

**Constraint** (Burt 1992): c_i = Σ_{j∈N(i)} (p_ij + Σ_{q≠i,j} p_iq p_qj)², where p_ij is
i's share of its (mutual) tie strength invested in j. Lower is more brokerage opportunity. It
can exceed 1 (1.125 in a triangle); isolates get NaN.

**Effective size** (Burt 1992; Borgatti 1997 for unweighted graphs): the number of
non-redundant contacts, e_i = Σ_j (1 − Σ_q p_iq m_jq); for unweighted undirected graphs
e_i = n − 2t/n (n contacts, t ties among them). **Efficiency** = effective size divided by
the number of distinct contacts (in- and out-neighbours together).

References:
    Freeman, L. C. (1977). A set of measures of centrality based on betweenness.
    *Sociometry* 40(1), 35–41.

    Brandes, U. (2001). A faster algorithm for betweenness centrality. *Journal of
    Mathematical Sociology* 25(2), 163–177.

    Burt, R. S. (1992). *Structural Holes: The Social Structure of Competition*. Harvard UP.

    Borgatti, S. P. (1997). Structural holes: unpacking Burt's redundancy measures.
    *Connections* 20(1), 35–38.

Examples:
    >>> import networkx as nx
    >>> betweenness(nx.path_graph(3), normalized=False)
    {0: 0.0, 1: 1.0, 2: 0.0}
    >>> round(constraint(nx.complete_graph(3))[0], 3)
    1.125
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Mapping
from typing import Any

import attrs
import networkx as nx

from kommissorium.network.measures._common import groups_of, node_key

__all__ = [
    "SectorStats",
    "betweenness",
    "by_sector",
    "constraint",
    "effective_size",
    "efficiency",
]


def _sorted(values: Mapping[Hashable, float]) -> dict[Hashable, float]:
    return {node: float(values[node]) for node in sorted(values, key=node_key)}


def betweenness(
    G: Any,
    *,
    normalized: bool = True,
    k: int | None = None,
    seed: int | None = None,
    weight: str | None = None,
    backend: str | None = None,
) -> dict[Hashable, float]:
    """Betweenness of every actor (exact, or estimated from ``k`` seeded pivots).

    Args:
        G: A networkx graph or digraph.
        normalized: Divide by the number of pairs that could pass through a node.
        k: Number of source pivots to sample; ``None`` for the exact value. ``k`` at or above
            the number of nodes is exact.
        seed: Seed for the pivot sample (required with ``k``, for reproducible output).
        weight: Edge attribute used as path length; ``None`` counts hops.
        backend: networkx backend name, or ``None``.

    Raises:
        NetworkError: ``k`` is given without ``seed``.

    Examples:
        >>> import networkx as nx
        >>> G = nx.star_graph(4)
        >>> betweenness(G)[0]
        1.0
        >>> betweenness(G, k=5, seed=1)[0]
        1.0
    """
    from kommissorium.network.graph import NetworkError

    if k is not None and seed is None:
        raise NetworkError("sampled betweenness (k) needs a seed, for reproducible results")
    if k is not None and k >= G.number_of_nodes():
        k = None
    values = nx.betweenness_centrality(
        G, k=k, normalized=normalized, weight=weight, seed=seed, backend=backend
    )
    return _sorted(values)


def constraint(
    G: Any, *, weight: str | None = None, backend: str | None = None
) -> dict[Hashable, float]:
    """Burt's constraint of every actor (NaN for isolates).

    Computed here from Burt's definition in O(Σ degree²) with plain dictionaries, like
    :func:`effective_size`: networkx's own all-nodes path needs scipy for speed and falls back
    to a per-node loop without it (seconds at 1,000 actors, a minute at 10,000). Shares are
    p_ij = (w_ij + w_ji)/Σ_k (w_ik + w_ki) over i's in- and out-neighbours, as in
    :func:`networkx.constraint`; self-loops are ignored. The result agrees with networkx's
    :func:`networkx.local_constraint` summed over each actor's contacts, to rounding (tests
    compare them, and check networkx's published directed and weighted values). An actor with
    only incoming ties gets its constraint, as in networkx's scipy path (its per-node path
    returns NaN there).
    With ``backend`` set, networkx is called instead.

    Examples:
        >>> import networkx as nx
        >>> round(constraint(nx.path_graph(3))[0], 3)
        1.0
        >>> round(constraint(nx.complete_graph(3))[1], 3)
        1.125
    """
    if backend is not None:
        return _sorted(nx.constraint(G, weight=weight, backend=backend))
    return _sorted(_burt_constraint(G, weight))


def _shares(G: Any, weight: str | None) -> dict[Hashable, dict[Hashable, float]]:
    """p_ij: i's share of its mutual tie strength invested in j (empty row for isolates)."""
    share: dict[Hashable, dict[Hashable, float]] = {}
    for node, row in _mutual_weights(G, weight).items():
        total = sum(row.values())
        share[node] = {q: w / total for q, w in row.items()} if total else {}
    return share


def _burt_constraint(G: Any, weight: str | None) -> dict[Hashable, float]:
    """c_i = Σ_j (p_ij + Σ_q p_iq p_qj)² over the contacts j of i (p_jj = 0), O(Σ degree²)."""
    share = _shares(G, weight)
    result: dict[Hashable, float] = {}
    for i, row in share.items():
        if not row:
            result[i] = math.nan
            continue
        terms = []
        for j, p_ij in row.items():
            indirect = math.fsum(p_iq * share[q].get(j, 0.0) for q, p_iq in row.items())
            terms.append((p_ij + indirect) ** 2)
        result[i] = math.fsum(terms)
    return result


def _mutual_weights(G: Any, weight: str | None) -> dict[Hashable, dict[Hashable, float]]:
    mutual: dict[Hashable, dict[Hashable, float]] = {node: {} for node in G}
    for u, v, data in G.edges(data=True):
        if u == v:
            continue
        w = float(data.get(weight, 1)) if weight is not None else 1.0
        mutual[u][v] = mutual[u].get(v, 0.0) + w
        mutual[v][u] = mutual[v].get(u, 0.0) + w
    return mutual


def _burt_effective_size(G: Any, weight: str | None) -> dict[Hashable, float]:
    """Burt's effective size from mutual weights, in O(Σ degree²)."""
    mutual = _mutual_weights(G, weight)
    share: dict[Hashable, dict[Hashable, float]] = {}
    relative: dict[Hashable, dict[Hashable, float]] = {}
    for node, row in mutual.items():
        total = sum(row.values())
        top = max(row.values(), default=0.0)
        share[node] = {q: w / total for q, w in row.items()} if total else {}
        relative[node] = {q: w / top for q, w in row.items()} if top else {}
    sizes: dict[Hashable, float] = {}
    for i, row in share.items():
        if not row:
            sizes[i] = math.nan
            continue
        sizes[i] = math.fsum(
            1.0 - math.fsum(p_iq * relative[j].get(q, 0.0) for q, p_iq in row.items()) for j in row
        )
    return sizes


def effective_size(
    G: Any, *, weight: str | None = None, backend: str | None = None
) -> dict[Hashable, float]:
    """Burt's effective size of every actor (NaN for isolates).

    Computed here from Burt's definition in O(Σ degree²): networkx 3.6's fast all-nodes path
    normalises by the wrong row maximum on directed or weighted graphs (networkx pull request
    #8906), and its per-node path is slow. The result agrees with networkx's per-node path
    and with the published UCINET/igraph values in networkx's tests. With ``backend`` set,
    networkx is called instead (its all-nodes path for undirected unweighted graphs, where it
    is right, and its per-node path otherwise).

    Examples:
        >>> import networkx as nx
        >>> effective_size(nx.star_graph(3))[0]
        3.0
        >>> D = nx.DiGraph([(0, 1), (0, 2), (1, 0), (2, 1)])
        >>> round(effective_size(D)[0], 3)
        1.167
    """
    if backend is not None:
        if not G.is_directed() and weight is None:
            return _sorted(nx.effective_size(G, weight=None, backend=backend))
        return _sorted(nx.effective_size(G, nodes=list(G), weight=weight, backend=backend))
    return _sorted(_burt_effective_size(G, weight))


def efficiency(
    G: Any, *, weight: str | None = None, backend: str | None = None
) -> dict[Hashable, float]:
    """Effective size divided by the number of distinct contacts (NaN for isolates).

    Examples:
        >>> import networkx as nx
        >>> round(efficiency(nx.complete_graph(3))[0], 3)
        0.5
    """
    sizes = effective_size(G, weight=weight, backend=backend)
    result: dict[Hashable, float] = {}
    for node, size in sizes.items():
        if G.is_directed():
            contacts = len((set(G.pred[node]) | set(G.succ[node])) - {node})
        else:
            contacts = len(set(G.adj[node]) - {node})
        result[node] = size / contacts if contacts else math.nan
    return result


@attrs.frozen(kw_only=True)
class SectorStats:
    """A measure summarised over the actors of one sector.

    Attributes:
        actors: Number of actors with a defined (non-NaN) value.
        mean: Mean value; NaN if none.
        maximum: Largest value; NaN if none.
        top: The actor with the largest value (ties broken by sorted id); ``None`` if none.
    """

    actors: int
    mean: float
    maximum: float
    top: Hashable | None


def by_sector(
    G: Any, values: Mapping[Hashable, float], attr: str = "sector"
) -> dict[str, SectorStats]:
    """Summarise per-actor values by sector (sectors in sorted order).

    Examples:
        >>> import networkx as nx
        >>> G = nx.path_graph(3)
        >>> nx.set_node_attributes(G, {0: "a", 1: "a", 2: "b"}, "sector")
        >>> by_sector(G, betweenness(G, normalized=False))["a"].top
        1
    """
    groups = groups_of(G, attr)
    members: dict[str, list[Hashable]] = {}
    for node in sorted(groups, key=node_key):
        members.setdefault(groups[node], []).append(node)
    result: dict[str, SectorStats] = {}
    for sector in sorted(members):
        defined = [(values[n], n) for n in members[sector] if not math.isnan(values[n])]
        if not defined:
            result[sector] = SectorStats(actors=0, mean=math.nan, maximum=math.nan, top=None)
            continue
        best = max(v for v, _ in defined)
        top = next(n for v, n in defined if v == best)
        result[sector] = SectorStats(
            actors=len(defined),
            mean=math.fsum(v for v, _ in defined) / len(defined),
            maximum=best,
            top=top,
        )
    return result
