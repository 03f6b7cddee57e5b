"""Krackhardt–Stern E-I index: how much of the ties cross group boundaries.

The E-I index (Krackhardt & Stern 1988) compares external ties, whose ends lie in different
groups (sectors), with internal ties, whose ends lie in the same group:

    EI = (E − I) / (E + I)

It runs from −1 (every tie inside a group: silos) to +1 (every tie crosses a boundary).

**Counting convention (edge counts).** Every edge counts once; in a directed graph every arc
counts once, so a mutual pair counts twice. Self-loops are ignored.

* *Whole network*: E and I over all edges.
* *Group g*: E = edges with exactly one end in g, I = edges with both ends in g. (Some tools
  sum the per-actor counts instead, which counts every internal undirected edge twice; we do
  not.)
* *Actor i*: E and I over the edges (arcs in or out) incident to i.

**Expected value under uniform mixing.** If the ties were spread evenly over all pairs of
actors, E and I would be proportional to the number of possible external and internal pairs,
PE and PI. With group sizes n_g and N actors: whole network PI = Σ n_g(n_g−1)/2 and
PE = N(N−1)/2 − PI; group g PI = n_g(n_g−1)/2 and PE = n_g(N−n_g); actor i in group g
PI = n_g − 1 and PE = N − n_g. Then EI_expected = (PE − PI)/(PE + PI). (Directed graphs
double both PE and PI, which leaves the ratio unchanged.) An observed EI below the expected
value means more internal ties than group sizes alone explain.

**Density-rescaled E-I** (as in the R package egor, ``EI(rescale = TRUE)``) replaces the counts
with densities: EI_density = (E/PE − I/PI)/(E/PE + I/PI); 0 means external and internal pairs
are tied equally often. This is *not* UCINET's "rescaled E-I", which maps the range the index
can reach for the given density onto [−1, 1]; UCINET does not publish that formula, so it is
not offered here.

**Permutation test** (:func:`ei_permutation_test`): the group labels are shuffled over the
actors (group sizes kept) many times with a seeded generator; the observed whole-network EI is
compared with the distribution of shuffled values.

Undefined values (no ties at all; a group without possible internal pairs) are NaN.

References:
    Krackhardt, D. & Stern, R. N. (1988). Informal networks and organizational crises: an
    experimental simulation. *Social Psychology Quarterly* 51(2), 123–140.
    doi:10.2307/2786835.

    Everett, M. G. & Borgatti, S. P. (2012). Categorical attribute based centrality: E-I and
    G-F centrality. *Social Networks* 34(4), 562–569. doi:10.1016/j.socnet.2012.06.002.

Examples:
    A path a–b–c where a and b are in sector X and c in Y: one internal tie (a–b), one
    external (b–c).

    >>> import networkx as nx
    >>> G = nx.path_graph(["a", "b", "c"])
    >>> nx.set_node_attributes(G, {"a": "X", "b": "X", "c": "Y"}, "sector")
    >>> ei_index(G).index
    0.0
    >>> ei_by_node(G)["c"].index
    1.0
"""

from __future__ import annotations

import math
import random
from collections.abc import Hashable, Mapping
from typing import Any

import attrs

from kommissorium.network.measures._common import group_sizes, groups_of, node_key, ratio

__all__ = [
    "EIIndex",
    "EIPermutationTest",
    "ei_by_group",
    "ei_by_node",
    "ei_expected",
    "ei_index",
    "ei_permutation_test",
]


def _ei(external: float, internal: float) -> float:
    return ratio(external - internal, external + internal)


def _density_rescaled(external: int, internal: int, pe: float, pi: float) -> float:
    if pe <= 0 or pi <= 0:
        return math.nan
    de, di = external / pe, internal / pi
    return ratio(de - di, de + di)


@attrs.frozen(kw_only=True)
class EIIndex:
    """An E-I index with its counts and reference values.

    Attributes:
        external: Number of external ties (E).
        internal: Number of internal ties (I).
        index: (E − I)/(E + I); NaN without ties.
        expected: The value under uniform mixing, from the group sizes alone.
        density_rescaled: (E/PE − I/PI)/(E/PE + I/PI) (egor's rescaling); NaN if undefined.
    """

    external: int
    internal: int
    index: float
    expected: float
    density_rescaled: float


def _make(external: int, internal: int, pe: float, pi: float) -> EIIndex:
    return EIIndex(
        external=external,
        internal=internal,
        index=_ei(external, internal),
        expected=_ei(pe, pi),
        density_rescaled=_density_rescaled(external, internal, pe, pi),
    )


def _counts(G: Any, groups: Mapping[Hashable, str]) -> tuple[int, int]:
    external = internal = 0
    for u, v in G.edges():
        if u == v:
            continue
        if groups[u] == groups[v]:
            internal += 1
        else:
            external += 1
    return external, internal


def ei_expected(sizes: Mapping[str, int]) -> float:
    """Whole-network E-I expected under uniform mixing, from the group sizes.

    Args:
        sizes: Number of actors in each group.

    Examples:
        Two groups of 50 and 100: PI = 1225 + 4950 = 6175, PE = 11175 − 6175 = 5000, so
        EI = (5000 − 6175)/11175.

        >>> round(ei_expected({"a": 50, "b": 100}), 5)
        -0.10515
    """
    n = sum(sizes.values())
    pi = sum(k * (k - 1) / 2 for k in sizes.values())
    pe = n * (n - 1) / 2 - pi
    return _ei(pe, pi)


def ei_index(G: Any, attr: str = "sector") -> EIIndex:
    """The whole-network E-I index (see the module docs for conventions).

    Args:
        G: A networkx graph or digraph.
        attr: Node attribute holding the group (sector).

    Raises:
        NetworkError: A node lacks ``attr``.

    Examples:
        >>> import networkx as nx
        >>> G = nx.Graph([("a", "b"), ("c", "d"), ("a", "c")])
        >>> nx.set_node_attributes(G, {"a": 1, "b": 1, "c": 2, "d": 2}, "sector")
        >>> r = ei_index(G)
        >>> (r.external, r.internal, round(r.index, 3), round(r.expected, 3))
        (1, 2, -0.333, 0.333)
    """
    groups = groups_of(G, attr)
    external, internal = _counts(G, groups)
    sizes = group_sizes(groups)
    n = len(groups)
    pi = sum(k * (k - 1) / 2 for k in sizes.values())
    pe = n * (n - 1) / 2 - pi
    return _make(external, internal, pe, pi)


def ei_by_group(G: Any, attr: str = "sector") -> dict[str, EIIndex]:
    """E-I index of each group (edge-count convention), keyed by group in sorted order.

    Examples:
        >>> import networkx as nx
        >>> G = nx.Graph([("a", "b"), ("c", "d"), ("a", "c")])
        >>> nx.set_node_attributes(G, {"a": "x", "b": "x", "c": "y", "d": "y"}, "sector")
        >>> ei_by_group(G)["x"].index
        0.0
    """
    groups = groups_of(G, attr)
    sizes = group_sizes(groups)
    n = len(groups)
    external = dict.fromkeys(sizes, 0)
    internal = dict.fromkeys(sizes, 0)
    for u, v in G.edges():
        if u == v:
            continue
        gu, gv = groups[u], groups[v]
        if gu == gv:
            internal[gu] += 1
        else:
            external[gu] += 1
            external[gv] += 1
    factor = 2 if G.is_directed() else 1
    return {
        g: _make(
            external[g],
            internal[g],
            factor * sizes[g] * (n - sizes[g]),
            factor * sizes[g] * (sizes[g] - 1) / 2,
        )
        for g in sorted(sizes)
    }


def ei_by_node(G: Any, attr: str = "sector") -> dict[Hashable, EIIndex]:
    """E-I index of each actor over its incident ties, in sorted node order.

    Examples:
        >>> import networkx as nx
        >>> G = nx.DiGraph([("a", "b"), ("b", "a"), ("a", "c")])
        >>> nx.set_node_attributes(G, {"a": "x", "b": "x", "c": "y"}, "sector")
        >>> r = ei_by_node(G)["a"]
        >>> (r.external, r.internal, round(r.index, 3))
        (1, 2, -0.333)
    """
    groups = groups_of(G, attr)
    sizes = group_sizes(groups)
    n = len(groups)
    external = dict.fromkeys(groups, 0)
    internal = dict.fromkeys(groups, 0)
    for u, v in G.edges():
        if u == v:
            continue
        counts = internal if groups[u] == groups[v] else external
        counts[u] += 1
        counts[v] += 1
    factor = 2 if G.is_directed() else 1
    return {
        node: _make(
            external[node],
            internal[node],
            factor * (n - sizes[groups[node]]),
            factor * (sizes[groups[node]] - 1),
        )
        for node in sorted(groups, key=node_key)
    }


@attrs.frozen(kw_only=True)
class EIPermutationTest:
    """The observed whole-network E-I against label permutations.

    Attributes:
        observed: The observed E-I index.
        permutations: Number of permutations drawn.
        seed: Seed of the generator.
        mean: Mean E-I over the permutations (Borck et al.'s "expected EI").
        sd: Sample standard deviation over the permutations.
        z: (observed − mean)/sd; NaN when sd is 0.
        p_less: Share of permutations with E-I ≤ observed, as (k + 1)/(permutations + 1): small
            values mean significantly more internal ties than chance.
        p_greater: Share with E-I ≥ observed, computed the same way.
    """

    observed: float
    permutations: int
    seed: int
    mean: float
    sd: float
    z: float
    p_less: float
    p_greater: float


def ei_permutation_test(
    G: Any, attr: str = "sector", *, permutations: int = 1000, seed: int = 0
) -> EIPermutationTest:
    """Compare the whole-network E-I with E-I after shuffling the group labels.

    The labels are shuffled over the nodes in sorted node order with ``random.Random(seed)``,
    so the result depends on the seed only. The cost is O(permutations × edges).

    Args:
        G: A networkx graph or digraph.
        attr: Node attribute holding the group.
        permutations: Number of shuffles (at least 2).
        seed: Seed of the generator.

    Raises:
        NetworkError: A node lacks ``attr``, or the graph has no ties, or permutations < 2.

    Examples:
        >>> import networkx as nx
        >>> G = nx.Graph([(0, 1), (2, 3), (4, 5), (0, 2)])
        >>> nx.set_node_attributes(G, {0: "x", 1: "x", 2: "y", 3: "y", 4: "z", 5: "z"}, "g")
        >>> test = ei_permutation_test(G, "g", permutations=200, seed=1)
        >>> test.observed
        -0.5
        >>> test.p_less < 0.2
        True
    """
    from kommissorium.network.graph import NetworkError

    if permutations < 2:
        raise NetworkError("a permutation test needs at least 2 permutations")
    groups = groups_of(G, attr)
    nodes = sorted(groups, key=node_key)
    index = {node: i for i, node in enumerate(nodes)}
    edges = [(index[u], index[v]) for u, v in G.edges() if u != v]
    if not edges:
        raise NetworkError("the graph has no ties, so its E-I index is undefined")
    labels = [groups[node] for node in nodes]
    total = len(edges)

    def ei_of(lab: list[str]) -> float:
        internal = sum(1 for u, v in edges if lab[u] == lab[v])
        return (total - 2 * internal) / total

    observed = ei_of(labels)
    rng = random.Random(seed)
    values = []
    shuffled = list(labels)
    for _ in range(permutations):
        rng.shuffle(shuffled)
        values.append(ei_of(shuffled))
    mean = math.fsum(values) / permutations
    sd = math.sqrt(math.fsum((x - mean) ** 2 for x in values) / (permutations - 1))
    eps = 1e-12
    return EIPermutationTest(
        observed=observed,
        permutations=permutations,
        seed=seed,
        mean=mean,
        sd=sd,
        z=ratio(observed - mean, sd) if sd > eps else math.nan,
        p_less=(1 + sum(1 for x in values if x <= observed + eps)) / (permutations + 1),
        p_greater=(1 + sum(1 for x in values if x >= observed - eps)) / (permutations + 1),
    )
