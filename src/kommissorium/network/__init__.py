"""Stakeholder network analysis on networkx: cross-sector collaboration, brokers, silos.

Build the graph of a dossier with :func:`stakeholder_graph`, then compute measures from
:mod:`kommissorium.network.measures`, check who is missing from which phase with
:func:`phase_coverage`, or get everything at once with :func:`network_summary`. Export with
:func:`to_graphml`/:func:`to_gexf` and draw with :func:`draw_network` (``plot`` extra).

Examples:
    >>> import kommissorium as k
    >>> from kommissorium import network
    >>> d = k.load("examples/skanderborg-alle-med-network.toml")
    >>> G = network.stakeholder_graph(d, phase="arbejde")
    >>> round(network.ei_index(G).index, 3)
    0.286
"""

from kommissorium.network.coverage import (
    CoverageGap,
    PhaseCoverage,
    phase_coverage,
    phase_coverage_findings,
    phase_participants,
)
from kommissorium.network.export import EXPORT_FORMATS, export_graph, to_gexf, to_graphml
from kommissorium.network.governance import (
    GovernanceReading,
    GovernanceThresholds,
    governance_reading,
)
from kommissorium.network.graph import (
    DerivedTie,
    NetworkError,
    actor_attributes,
    derived_ties,
    stakeholder_graph,
)
from kommissorium.network.measures import (
    DIRECTED_ROLES,
    UNDIRECTED_ROLES,
    BlockDensity,
    BrokerageCensus,
    BrokerageMode,
    EIIndex,
    EIPermutationTest,
    Partition,
    SectorBetweenness,
    SectorCommunityComparison,
    SectorStats,
    adjusted_rand_index,
    assortativity,
    betweenness,
    betweenness_centralization,
    block_density,
    brokerage,
    by_sector,
    compare_sectors_and_communities,
    constraint,
    cross_sector_betweenness,
    degree_centralization,
    detect_communities,
    effective_size,
    efficiency,
    ei_by_group,
    ei_by_node,
    ei_expected,
    ei_index,
    ei_permutation_test,
    modularity,
    normalized_mutual_information,
    sector_betweenness,
    sector_partition,
    sector_to_sector_betweenness,
)
from kommissorium.network.picture import (
    PICTURE_FORMATS,
    MissingExtraError,
    check_picture_path,
    draw_network,
)
from kommissorium.network.sectors import SECTOR_COLOURS, SECTOR_LABELS, SectorInfo, sector_info
from kommissorium.network.summary import network_summary, summary_json, summary_text

__all__ = [
    "DIRECTED_ROLES",
    "EXPORT_FORMATS",
    "PICTURE_FORMATS",
    "SECTOR_COLOURS",
    "SECTOR_LABELS",
    "UNDIRECTED_ROLES",
    "BlockDensity",
    "BrokerageCensus",
    "BrokerageMode",
    "CoverageGap",
    "DerivedTie",
    "EIIndex",
    "EIPermutationTest",
    "GovernanceReading",
    "GovernanceThresholds",
    "MissingExtraError",
    "NetworkError",
    "Partition",
    "PhaseCoverage",
    "SectorBetweenness",
    "SectorCommunityComparison",
    "SectorInfo",
    "SectorStats",
    "actor_attributes",
    "adjusted_rand_index",
    "assortativity",
    "betweenness",
    "betweenness_centralization",
    "block_density",
    "brokerage",
    "by_sector",
    "check_picture_path",
    "compare_sectors_and_communities",
    "constraint",
    "cross_sector_betweenness",
    "degree_centralization",
    "derived_ties",
    "detect_communities",
    "draw_network",
    "effective_size",
    "efficiency",
    "ei_by_group",
    "ei_by_node",
    "ei_expected",
    "ei_index",
    "ei_permutation_test",
    "export_graph",
    "governance_reading",
    "modularity",
    "network_summary",
    "normalized_mutual_information",
    "phase_coverage",
    "phase_coverage_findings",
    "phase_participants",
    "sector_betweenness",
    "sector_info",
    "sector_partition",
    "sector_to_sector_betweenness",
    "stakeholder_graph",
    "summary_json",
    "summary_text",
    "to_gexf",
    "to_graphml",
]
