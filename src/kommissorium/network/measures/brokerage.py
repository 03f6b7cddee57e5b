"""Gould–Fernandez brokerage roles: who passes what between which groups.

An actor b *brokers* an open two-path a → b → c (a ≠ c, and no tie a → c). Gould &
Fernandez (1989) sort these two-paths by the groups (sectors) G(·) of the three actors:

================ ================================ ============ ===========
role             groups                           sna column   UCINET name
================ ================================ ============ ===========
coordinator      G(a) = G(b) = G(c)               ``w_I``      Coordinator
itinerant        G(a) = G(c) ≠ G(b)               ``w_O``      Consultant
representative   G(a) = G(b) ≠ G(c)               ``b_IO``     Representative
gatekeeper       G(a) ≠ G(b) = G(c)               ``b_OI``     Gatekeeper
liaison          G(a), G(b), G(c) all different   ``b_O``      Liaison
================ ================================ ============ ===========

(A representative passes its own group's flow out; a gatekeeper admits outside flow in. Some
tutorials and wrappers of R's sna call ``b_IO`` "gatekeeper"; sna's C code counts "a and b in
the same group" into ``b_IO``, which is the representative.)

**Modes.**

* ``directed`` (for digraphs): every open directed two-path once, as sna and UCINET count it.
* ``sna`` (for undirected graphs): the raw counts sna reports for an undirected graph, which it
  treats as a symmetric digraph: each open path a–b–c is counted in both directions, so
  coordinator, itinerant and liaison are doubled and representative = gatekeeper.
* ``undirected`` (our convention for undirected graphs, the default there): each unordered
  open triple {a, c} around b counts once. Because a path with exactly one end in b's group
  is a representative in one direction and a gatekeeper in the other, the two roles merge into
  one, ``boundary-spanner``. So coordinator = w_I/2, itinerant = w_O/2, liaison = b_O/2 and
  boundary-spanner = b_IO of the sna counts, and the roles add up to the number of open
  two-paths through b.

**Null model** (Gould & Fernandez; the formulas of sna's ``brokerage()``): with density
d = m/(N(N−1)) over arcs (an undirected edge is two arcs), broker in group i of size n_i, and
N actors, the expected counts are d²(1−d) times (n_i−1)(n_i−2) (coordinator),
Σ_{j≠i} n_j(n_j−1) (itinerant), (N−n_i)(n_i−1) (representative, gatekeeper) and
Σ_{j≠i} Σ_{k≠i} n_j n_k − Σ_{j≠i} n_j² (liaison); variances as in sna; z = (observed −
expected)/sd. In the ``undirected`` mode the expectations and standard deviations are scaled
like the counts (halved, except the boundary spanner), so its z-scores equal the sna mode's.

The census runs in O(Σ_b indegree(b) · outdegree(b)).

References:
    Gould, R. V. & Fernandez, R. M. (1989). Structures of mediation: a formal approach to
    brokerage in transaction networks. *Sociological Methodology* 19, 89–126.
    doi:10.2307/270949.

    Butts, C. T. sna: Tools for Social Network Analysis (R package), ``brokerage()``.

Examples:
    A star with centre b (sector X) and leaves a (X), c (Y), e (Z):

    >>> import networkx as nx
    >>> G = nx.star_graph(["b", "a", "c", "e"])
    >>> nx.set_node_attributes(G, {"a": "X", "b": "X", "c": "Y", "e": "Z"}, "sector")
    >>> brokerage(G).counts["b"]
    {'coordinator': 0, 'itinerant': 0, 'boundary-spanner': 2, 'liaison': 1}
"""

from __future__ import annotations

import enum
import math
from collections.abc import Hashable, Mapping
from typing import Any

import attrs

from kommissorium.network.graph import NetworkError
from kommissorium.network.measures._common import group_sizes, groups_of, node_key

__all__ = [
    "DIRECTED_ROLES",
    "UNDIRECTED_ROLES",
    "BrokerageCensus",
    "BrokerageMode",
    "brokerage",
]

#: Roles of the ``directed`` and ``sna`` modes, in Gould & Fernandez's order.
DIRECTED_ROLES = ("coordinator", "itinerant", "representative", "gatekeeper", "liaison")
#: Roles of the ``undirected`` mode.
UNDIRECTED_ROLES = ("coordinator", "itinerant", "boundary-spanner", "liaison")


class BrokerageMode(enum.StrEnum):
    """How two-paths are counted (see the module docs)."""

    DIRECTED = "directed"
    SNA = "sna"
    UNDIRECTED = "undirected"


@attrs.frozen(kw_only=True)
class BrokerageCensus:
    """Brokerage roles of every actor, with expectations under the G&F null model.

    Attributes:
        mode: The counting mode.
        roles: Role names in column order.
        counts: Actor → role → number of brokered two-paths (sorted actor order).
        expected: Actor → role → expected count.
        sd: Actor → role → standard deviation under the null model.
        z: Actor → role → (count − expected)/sd; NaN where sd is 0.
        totals: Role → sum over actors.
    """

    mode: BrokerageMode
    roles: tuple[str, ...]
    counts: Mapping[Hashable, Mapping[str, int]]
    expected: Mapping[Hashable, Mapping[str, float]]
    sd: Mapping[Hashable, Mapping[str, float]]
    z: Mapping[Hashable, Mapping[str, float]]
    totals: Mapping[str, int]

    def total(self, node: Hashable) -> int:
        """All two-paths the actor brokers."""
        return sum(self.counts[node].values())


def _raw_counts(G: Any, groups: Mapping[Hashable, str]) -> dict[Hashable, list[int]]:
    """The five sna counts per node (w_I, w_O, b_IO, b_OI, b_O), G treated as a digraph."""
    if not G.is_directed():
        return _raw_counts_undirected(G, groups)
    succ, pred = G.succ, G.pred
    out: dict[Hashable, list[int]] = {}
    for b in G:
        gb = groups[b]
        row = [0, 0, 0, 0, 0]
        targets = [(c, groups[c]) for c in succ[b] if c != b]
        for a in pred[b]:
            if a == b:
                continue
            ga = groups[a]
            a_succ = succ[a]
            for c, gc in targets:
                if c == a or c in a_succ:
                    continue
                if ga == gb:
                    row[0 if gc == gb else 2] += 1
                elif gc == gb:
                    row[3] += 1
                else:
                    row[1 if ga == gc else 4] += 1
        out[b] = row
    return out


def _raw_counts_undirected(G: Any, groups: Mapping[Hashable, str]) -> dict[Hashable, list[int]]:
    """The same counts for an undirected graph, visiting each unordered pair {a, c} once."""
    adj = G.adj
    out: dict[Hashable, list[int]] = {}
    for b in G:
        gb = groups[b]
        coordinator = itinerant = boundary = liaison = 0
        neighbours = [(c, groups[c]) for c in adj[b] if c != b]
        for i, (a, ga) in enumerate(neighbours):
            a_adj = adj[a]
            for c, gc in neighbours[i + 1 :]:
                if c in a_adj:
                    continue
                if ga == gb:
                    if gc == gb:
                        coordinator += 1
                    else:
                        boundary += 1
                elif gc == gb:
                    boundary += 1
                elif ga == gc:
                    itinerant += 1
                else:
                    liaison += 1
        # as a symmetric digraph: both directions of every path; a boundary path is a
        # representative one way and a gatekeeper the other
        out[b] = [2 * coordinator, 2 * itinerant, boundary, boundary, 2 * liaison]
    return out


def _moments(
    sizes: Mapping[str, int], n: int, arcs: int
) -> dict[str, tuple[list[float], list[float]]]:
    """Expected value and variance of the five sna counts for a broker in each group."""
    d = arcs / (n * (n - 1)) if n > 1 else 0.0
    p = d * d * (1 - d)
    q = d**3 * (1 - d) ** 3
    result: dict[str, tuple[list[float], list[float]]] = {}
    for g, ni in sizes.items():
        others = [k for h, k in sizes.items() if h != g]
        e1 = p * (ni - 1) * (ni - 2)
        v1 = e1 * (1 - p) + 2 * (ni - 1) * (ni - 2) * (ni - 3) * q
        e2 = p * sum(k * (k - 1) for k in others)
        v2 = e2 * (1 - p) + 2 * sum(k * (k - 1) * (k - 2) for k in others) * q
        e3 = p * (n - ni) * (ni - 1)
        v3 = (
            e3 * (1 - p)
            + 2 * ((ni - 1) * math.comb(n - ni, 2) + (n - ni) * math.comb(ni - 1, 2)) * q
        )
        e5 = p * (sum(others) ** 2 - sum(k * k for k in others))
        v5 = e5 * (1 - p) + 4 * sum(k * math.comb(n - k - ni, 2) for k in others) * q
        result[g] = ([e1, e2, e3, e3, e5], [v1, v2, v3, v3, v5])
    return result


def brokerage(
    G: Any, attr: str = "sector", *, mode: BrokerageMode | str | None = None
) -> BrokerageCensus:
    """Gould–Fernandez brokerage census of every actor.

    Args:
        G: A networkx graph or digraph.
        attr: Node attribute holding the group (sector).
        mode: ``directed`` (default for digraphs), ``undirected`` (default for graphs) or
            ``sna`` (sna's raw counts of an undirected graph; on a digraph the same as
            ``directed``).

    Raises:
        NetworkError: A node lacks ``attr``, or ``undirected`` was asked for a digraph.

    Examples:
        The directed path a → b → c with a, b in X and c in Y: b is a representative.

        >>> import networkx as nx
        >>> D = nx.DiGraph([("a", "b"), ("b", "c")])
        >>> nx.set_node_attributes(D, {"a": "X", "b": "X", "c": "Y"}, "sector")
        >>> brokerage(D).counts["b"]["representative"]
        1
        >>> brokerage(D.to_undirected(), mode="sna").counts["b"]
        {'coordinator': 0, 'itinerant': 0, 'representative': 1, 'gatekeeper': 1, 'liaison': 0}
    """
    directed = G.is_directed()
    chosen = BrokerageMode(mode) if mode is not None else None
    if chosen is None:
        chosen = BrokerageMode.DIRECTED if directed else BrokerageMode.UNDIRECTED
    if directed and chosen is BrokerageMode.UNDIRECTED:
        raise NetworkError("the 'undirected' brokerage mode needs an undirected graph")
    if directed and chosen is BrokerageMode.SNA:
        chosen = BrokerageMode.DIRECTED
    groups = groups_of(G, attr)
    raw = _raw_counts(G, groups)
    sizes = group_sizes(groups)
    loops = sum(1 for u, v in G.edges() if u == v)
    edges = G.number_of_edges() - loops
    arcs = edges if directed else 2 * edges
    moments = _moments(sizes, len(groups), arcs)

    roles: tuple[str, ...]
    recipe: tuple[tuple[int, int], ...]
    if chosen is BrokerageMode.UNDIRECTED:
        roles = UNDIRECTED_ROLES
        # (index into the sna counts, divisor) for each role
        recipe = ((0, 2), (1, 2), (2, 1), (4, 2))
    else:
        roles = DIRECTED_ROLES
        recipe = ((0, 1), (1, 1), (2, 1), (3, 1), (4, 1))

    # expectations depend on the broker's group only: one shared mapping per group
    expected_of: dict[str, dict[str, float]] = {}
    sd_of: dict[str, dict[str, float]] = {}
    for group, (means, variances) in moments.items():
        expected_of[group] = {r: means[i] / k for r, (i, k) in zip(roles, recipe, strict=True)}
        sd_of[group] = {
            r: math.sqrt(max(variances[i], 0.0)) / k
            for r, (i, k) in zip(roles, recipe, strict=True)
        }
    pairs = tuple(zip(roles, recipe, strict=True))
    counts: dict[Hashable, dict[str, int]] = {}
    expected: dict[Hashable, Mapping[str, float]] = {}
    sds: dict[Hashable, Mapping[str, float]] = {}
    zs: dict[Hashable, dict[str, float]] = {}
    for node in sorted(groups, key=node_key):
        group = groups[node]
        row = raw[node]
        mean, sd = expected_of[group], sd_of[group]
        count = {r: row[i] // k for r, (i, k) in pairs}
        counts[node] = count
        expected[node] = mean
        sds[node] = sd
        zs[node] = {r: (count[r] - mean[r]) / sd[r] if sd[r] > 0 else math.nan for r in roles}
    totals = {r: sum(c[r] for c in counts.values()) for r in roles}
    return BrokerageCensus(
        mode=chosen, roles=roles, counts=counts, expected=expected, sd=sds, z=zs, totals=totals
    )
