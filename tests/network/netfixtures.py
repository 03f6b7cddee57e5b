from __future__ import annotations

import networkx as nx
from hypothesis import strategies as st


def labelled(edges, groups, directed=False):
    G = nx.DiGraph() if directed else nx.Graph()
    G.add_nodes_from(sorted(groups))
    G.add_edges_from(edges)
    nx.set_node_attributes(G, groups, "sector")
    return G


@st.composite
def sector_graphs(draw, directed=None, min_nodes=2, max_nodes=9):
    """Small random graphs with 1–3 sectors."""
    n = draw(st.integers(min_nodes, max_nodes))
    is_directed = draw(st.booleans()) if directed is None else directed
    pairs = [(u, v) for u in range(n) for v in range(n) if u != v and (is_directed or u < v)]
    present = draw(st.lists(st.booleans(), min_size=len(pairs), max_size=len(pairs)))
    labels = draw(st.lists(st.sampled_from("xyz"), min_size=n, max_size=n))
    edges = [p for p, keep in zip(pairs, present, strict=True) if keep]
    return labelled(edges, dict(enumerate(labels)), is_directed)
