"""Mixing between sectors: the block density matrix and categorical assortativity.

**Block density** of sectors g and h: observed ties between them divided by the possible
ones. Undirected: n_g·n_h pairs between two sectors and n_g(n_g−1)/2 within one. Directed:
arcs from g to h over n_g·n_h, and n_g(n_g−1) within one. Self-loops are ignored. A diagonal
much denser than the rest of its row is a silo.

**Assortativity** (Newman 2003): r = (Σ_i e_ii − Σ_i a_i b_i)/(1 − Σ_i a_i b_i), where e is
the mixing matrix of edge ends normalised to sum 1 and a, b its row and column sums. r = 1:
ties only within sectors; 0: mixing as by chance given how many tie ends each sector has;
negative: sectors prefer each other. It is computed here from the tie counts of
:func:`block_density`, with networkx's conventions: an undirected tie gives two ends (g, h)
and (h, g), an arc one (g, h), a self-loop one (g, g), and a digraph gets the directed
formula (R's netseg symmetrises first, which gives slightly different values on directed
data). The arithmetic is exact on the integer counts, r = (T·Σ_i c_ii − Σ_i A_i B_i)/(T² −
Σ_i A_i B_i) with c the counts, T their sum and A, B the row and column sums, so no numpy is
needed; the result equals networkx's ``attribute_assortativity_coefficient`` (which needs
numpy) to rounding. With ``backend=`` networkx's function is called through its dispatch.
Labels are compared as text (see :func:`~kommissorium.network.measures._common.groups_of`),
so ``1`` and ``1.0`` are two sectors where networkx would merge them.

References:
    Newman, M. E. J. (2003). Mixing patterns in networks. *Physical Review E* 67, 026126.
    doi:10.1103/PhysRevE.67.026126.

Examples:
    >>> import networkx as nx
    >>> G = nx.Graph([("a", "b"), ("b", "c")])
    >>> nx.set_node_attributes(G, {"a": "x", "b": "x", "c": "y"}, "sector")
    >>> block_density(G).density
    ((1.0, 0.5), (0.5, nan))
"""

from __future__ import annotations

import math
from typing import Any

import attrs
import networkx as nx

from kommissorium.network.measures._common import group_sizes, groups_of, ratio

__all__ = ["BlockDensity", "assortativity", "block_density"]


@attrs.frozen(kw_only=True)
class BlockDensity:
    """Ties and densities between every pair of sectors.

    Attributes:
        sectors: Sector names, in row/column order (sorted).
        sizes: Number of actors in each sector.
        ties: ``ties[i][j]``: ties between sectors i and j (arcs from i to j when directed;
            symmetric when undirected).
        possible: The possible ties for each cell.
        density: ties / possible; NaN where nothing is possible (a one-actor diagonal).
        directed: Whether the graph was directed.
    """

    sectors: tuple[str, ...]
    sizes: tuple[int, ...]
    ties: tuple[tuple[int, ...], ...]
    possible: tuple[tuple[float, ...], ...]
    density: tuple[tuple[float, ...], ...]
    directed: bool

    def cell(self, g: str, h: str) -> float:
        """The density between sectors ``g`` and ``h``.

        Raises:
            KeyError: Unknown sector.
        """
        try:
            i, j = self.sectors.index(g), self.sectors.index(h)
        except ValueError:
            raise KeyError(g if g not in self.sectors else h) from None
        return self.density[i][j]


def block_density(G: Any, attr: str = "sector", *, order: tuple[str, ...] = ()) -> BlockDensity:
    """The sector × sector block density matrix (see the module docs).

    Args:
        G: A networkx graph or digraph.
        attr: Node attribute holding the sector.
        order: Sector order for rows and columns; sectors not listed follow, sorted.

    Examples:
        >>> import networkx as nx
        >>> D = nx.DiGraph([("a", "b"), ("b", "c")])
        >>> nx.set_node_attributes(D, {"a": "x", "b": "x", "c": "y"}, "sector")
        >>> block_density(D).ties
        ((1, 1), (0, 0))
    """
    groups = groups_of(G, attr)
    sizes = group_sizes(groups)
    sectors = tuple(s for s in order if s in sizes) + tuple(
        sorted(s for s in sizes if s not in order)
    )
    index = {s: i for i, s in enumerate(sectors)}
    k = len(sectors)
    ties = [[0] * k for _ in range(k)]
    directed = bool(G.is_directed())
    for u, v in G.edges():
        if u == v:
            continue
        i, j = index[groups[u]], index[groups[v]]
        ties[i][j] += 1
        if not directed and i != j:
            ties[j][i] += 1
    possible: list[list[float]] = []
    for g in sectors:
        row: list[float] = []
        for h in sectors:
            if g == h:
                pairs = sizes[g] * (sizes[g] - 1)
                row.append(float(pairs if directed else pairs / 2))
            else:
                row.append(float(sizes[g] * sizes[h]))
        possible.append(row)
    density = tuple(tuple(ratio(ties[i][j], possible[i][j]) for j in range(k)) for i in range(k))
    return BlockDensity(
        sectors=sectors,
        sizes=tuple(sizes[s] for s in sectors),
        ties=tuple(tuple(r) for r in ties),
        possible=tuple(tuple(r) for r in possible),
        density=density,
        directed=directed,
    )


def assortativity(G: Any, attr: str = "sector", *, backend: str | None = None) -> float:
    """Newman's categorical assortativity of the sector attribute (see the module docs).

    NaN when it is undefined: no ties, or every tie end in one sector.

    Args:
        G: A networkx graph or digraph (multigraphs count every parallel tie).
        attr: Node attribute holding the sector.
        backend: A networkx backend name: call networkx's
            ``attribute_assortativity_coefficient`` through that backend (networkx's own
            needs numpy). ``None`` (the default) computes it here, without numpy.

    Raises:
        NetworkError: A node lacks the attribute, or two labels share their text.

    Examples:
        >>> import networkx as nx
        >>> G = nx.Graph([("a", "b"), ("c", "d")])
        >>> nx.set_node_attributes(G, {"a": "x", "b": "x", "c": "y", "d": "y"}, "sector")
        >>> assortativity(G)
        1.0
        >>> G.add_edge("b", "c")
        >>> round(assortativity(G), 4)
        0.3333
    """
    blocks = block_density(G, attr)
    index = {s: i for i, s in enumerate(blocks.sectors)}
    counts: list[list[int]] = [
        [t if blocks.directed or i != j else 2 * t for j, t in enumerate(row)]
        for i, row in enumerate(blocks.ties)
    ]
    if nx.number_of_selfloops(G):
        groups = groups_of(G, attr)
        for u, _ in nx.selfloop_edges(G):
            i = index[groups[u]]
            counts[i][i] += 1
    total: int = sum(map(sum, counts))
    rows = [sum(row) for row in counts]
    columns: list[int] = [sum(column) for column in zip(*counts, strict=True)]
    chance = sum(a * b for a, b in zip(rows, columns, strict=True))
    if total * total == chance:  # no ties, or every end in one sector
        return math.nan
    if backend is not None:
        return float(nx.attribute_assortativity_coefficient(G, attr, backend=backend))
    within: int = sum(counts[i][i] for i in range(len(counts)))
    return (total * within - chance) / (total * total - chance)
