"""Network measures with sector awareness.

Each module documents its definitions, normalisation, conventions and references:

* :mod:`~kommissorium.network.measures.ei` — Krackhardt–Stern E-I index (ours);
* :mod:`~kommissorium.network.measures.brokerage` — Gould–Fernandez brokerage (ours);
* :mod:`~kommissorium.network.measures.mixing` — block density and assortativity (ours);
* :mod:`~kommissorium.network.measures.partition` — modularity, Louvain (networkx), NMI and
  adjusted Rand index (ours);
* :mod:`~kommissorium.network.measures.centralization` — Freeman centralization (ours);
* :mod:`~kommissorium.network.measures.structural` — betweenness, constraint, effective size
  (networkx), efficiency;
* :mod:`~kommissorium.network.measures.sector_betweenness` — betweenness between sectors
  (networkx, with its undirected halving undone).

Examples:
    >>> import networkx as nx
    >>> G = nx.Graph([("a", "b")])
    >>> nx.set_node_attributes(G, {"a": "x", "b": "y"}, "sector")
    >>> ei_index(G).index
    1.0
"""

from kommissorium.network.measures.brokerage import (
    DIRECTED_ROLES,
    UNDIRECTED_ROLES,
    BrokerageCensus,
    BrokerageMode,
    brokerage,
)
from kommissorium.network.measures.centralization import (
    betweenness_centralization,
    degree_centralization,
)
from kommissorium.network.measures.ei import (
    EIIndex,
    EIPermutationTest,
    ei_by_group,
    ei_by_node,
    ei_expected,
    ei_index,
    ei_permutation_test,
)
from kommissorium.network.measures.mixing import BlockDensity, assortativity, block_density
from kommissorium.network.measures.partition import (
    Partition,
    SectorCommunityComparison,
    adjusted_rand_index,
    compare_sectors_and_communities,
    detect_communities,
    modularity,
    normalized_mutual_information,
    sector_partition,
)
from kommissorium.network.measures.sector_betweenness import (
    SectorBetweenness,
    cross_sector_betweenness,
    sector_betweenness,
    sector_to_sector_betweenness,
)
from kommissorium.network.measures.structural import (
    SectorStats,
    betweenness,
    by_sector,
    constraint,
    effective_size,
    efficiency,
)

__all__ = [
    "DIRECTED_ROLES",
    "UNDIRECTED_ROLES",
    "BlockDensity",
    "BrokerageCensus",
    "BrokerageMode",
    "EIIndex",
    "EIPermutationTest",
    "Partition",
    "SectorBetweenness",
    "SectorCommunityComparison",
    "SectorStats",
    "adjusted_rand_index",
    "assortativity",
    "betweenness",
    "betweenness_centralization",
    "block_density",
    "brokerage",
    "by_sector",
    "compare_sectors_and_communities",
    "constraint",
    "cross_sector_betweenness",
    "degree_centralization",
    "detect_communities",
    "effective_size",
    "efficiency",
    "ei_by_group",
    "ei_by_node",
    "ei_expected",
    "ei_index",
    "ei_permutation_test",
    "modularity",
    "normalized_mutual_information",
    "sector_betweenness",
    "sector_partition",
    "sector_to_sector_betweenness",
]
