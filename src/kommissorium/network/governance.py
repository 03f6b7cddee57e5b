"""A heuristic governance reading: mode of governance, brokers and silos.

**Heuristic.** Provan & Kenis (2008) describe three modes of network governance but give
propositions, not thresholds. The reading below turns their description into rules of thumb
with fixed, documented thresholds (:class:`GovernanceThresholds`); it is a prompt for
discussion, not a measurement.

* **Mode**:

  - *lead organisation*: the network is centralised (Freeman degree centralization ≥
    ``centralized``) around a hub that is an ordinary member — in a municipality typically the
    administration or a standing committee;
  - *network administrative organisation (NAO)*: centralised around a body created to run the
    work — the dossier's own committee or a body of a kind in ``nao_kinds`` (special
    committees, working groups, steering groups);
  - *shared (participant) governance*: not centralised, and dense (density ≥ ``dense``);
  - *undetermined*: neither centralised nor dense (a sparse, fragmented network).

* **Brokers**: actors with the most cross-sector brokerage (Gould–Fernandez itinerant,
  representative/gatekeeper or boundary spanner, and liaison two-paths), at most
  ``max_brokers`` and only those above zero.
* **Silos**: sectors with at least ``silo_min_actors`` actors whose group E-I index is at or
  below ``silo_ei`` (most of their ties stay inside).

References:
    Provan, K. G. & Kenis, P. (2008). Modes of network governance: structure, management, and
    effectiveness. *Journal of Public Administration Research and Theory* 18(2), 229–252.
    doi:10.1093/jopart/mum015.

Examples:
    >>> import networkx as nx
    >>> G = nx.star_graph(["udvalg", "a", "b", "c", "d"])
    >>> nx.set_node_attributes(G, "x", "sector")
    >>> nx.set_node_attributes(G, {"udvalg": "special-17-4"}, "kind")
    >>> reading = governance_reading(G, committee="udvalg")
    >>> reading.mode, reading.hub
    ('nao', 'udvalg')
"""

from __future__ import annotations

import math
from collections.abc import Hashable
from typing import Any

import attrs
import networkx as nx

from kommissorium.network.measures._common import node_key
from kommissorium.network.measures.brokerage import brokerage
from kommissorium.network.measures.centralization import degree_centralization
from kommissorium.network.measures.ei import ei_by_group

__all__ = ["GovernanceReading", "GovernanceThresholds", "governance_reading"]

_CROSS_ROLES = ("itinerant", "representative", "gatekeeper", "boundary-spanner", "liaison")


@attrs.frozen(kw_only=True)
class GovernanceThresholds:
    """The rules of thumb of :func:`governance_reading` (all heuristic).

    Attributes:
        centralized: Degree centralization at or above which the network counts as
            centralised around its hub.
        dense: Density at or above which a decentralised network counts as shared governance.
        silo_ei: Group E-I index at or below which a sector counts as a silo.
        silo_min_actors: Smallest sector that can be a silo.
        max_brokers: Most brokers listed.
        nao_kinds: Kinds of body that are created to run the work (NAO candidates).
    """

    centralized: float = 0.5
    dense: float = 0.3
    silo_ei: float = -0.5
    silo_min_actors: int = 2
    max_brokers: int = 5
    nao_kinds: tuple[str, ...] = (
        "special-17-4",
        "working-group",
        "political-steering-group",
        "administrative-working-group",
    )


@attrs.frozen(kw_only=True)
class GovernanceReading:
    """The outcome of :func:`governance_reading` (heuristic).

    Attributes:
        mode: ``"shared"``, ``"lead-organisation"``, ``"nao"`` or ``"undetermined"``.
        actors: Number of actors.
        density: Network density.
        degree_centralization: Freeman degree centralization.
        hub: The actor with the highest degree (smallest id on ties); ``None`` if no actors.
        hub_share: Share of all ties that touch the hub.
        brokers: The leading cross-sector brokers with their cross-sector two-path counts.
        silos: Sectors that look like silos, with their group E-I index.
        thresholds: The thresholds used.
    """

    mode: str
    actors: int
    density: float
    degree_centralization: float
    hub: Hashable | None
    hub_share: float
    brokers: tuple[tuple[Hashable, int], ...]
    silos: tuple[tuple[str, float], ...]
    thresholds: GovernanceThresholds

    def explain(self, lang: str = "da") -> str:
        """A short explanation of the mode in Danish or English.

        Examples:
            >>> r = GovernanceReading(mode="shared", actors=3, density=1.0,
            ...     degree_centralization=0.0, hub=None, hub_share=0.0, brokers=(), silos=(),
            ...     thresholds=GovernanceThresholds())
            >>> r.explain("en")
            'shared governance: decentralised and dense (heuristic)'
        """
        texts = {
            "shared": (
                "delt styring: decentralt og tæt netværk",
                "shared governance: decentralised and dense",
            ),
            "lead-organisation": (
                f"ledende organisation: centreret om {self.hub}",
                f"lead organisation: centred on {self.hub}",
            ),
            "nao": (
                f"netværksadministrativ organisation: centreret om {self.hub}, "
                "et organ oprettet til opgaven",
                f"network administrative organisation: centred on {self.hub}, "
                "a body set up for the work",
            ),
            "undetermined": (
                "ubestemt: hverken centraliseret eller tæt",
                "undetermined: neither centralised nor dense",
            ),
        }
        da, en = texts[self.mode]
        return f"{en} (heuristic)" if lang == "en" else f"{da} (heuristisk)"


def governance_reading(
    G: Any,
    attr: str = "sector",
    *,
    committee: Hashable | None = None,
    thresholds: GovernanceThresholds | None = None,
) -> GovernanceReading:
    """Read the governance mode, brokers and silos off a stakeholder graph (heuristic).

    Args:
        G: A stakeholder graph (nodes with ``attr`` and, for the NAO test, ``kind``).
        attr: Node attribute holding the sector.
        committee: The dossier's committee; as hub it always counts as an NAO. Defaults to the
            graph attribute ``committee`` that :func:`stakeholder_graph` sets.
        thresholds: The rules of thumb; :class:`GovernanceThresholds` defaults if ``None``.

    Examples:
        >>> import networkx as nx
        >>> G = nx.complete_graph(["a", "b", "c", "d"])
        >>> nx.set_node_attributes(G, {"a": "x", "b": "x", "c": "y", "d": "y"}, "sector")
        >>> governance_reading(G).mode
        'shared'
    """
    limits = thresholds or GovernanceThresholds()
    if committee is None:
        committee = G.graph.get("committee") or None
    n = G.number_of_nodes()
    density = nx.density(G) if n > 1 else math.nan
    centralization = degree_centralization(G)
    hub: Hashable | None = None
    hub_share = math.nan
    if n:
        degrees = dict(G.degree())
        top = max(degrees.values())
        hub = min((node for node in degrees if degrees[node] == top), key=node_key)
        m = G.number_of_edges()
        hub_share = top / m if m else math.nan
    if not math.isnan(centralization) and centralization >= limits.centralized:
        kind = str(G.nodes[hub].get("kind", "")) if hub is not None else ""
        mode = "nao" if hub == committee or kind in limits.nao_kinds else "lead-organisation"
    elif not math.isnan(density) and density >= limits.dense:
        mode = "shared"
    else:
        mode = "undetermined"
    census = brokerage(G, attr)
    cross = {
        node: sum(v for role, v in counts.items() if role in _CROSS_ROLES)
        for node, counts in census.counts.items()
    }
    ranked = sorted(
        (node for node in cross if cross[node] > 0), key=lambda x: (-cross[x], node_key(x))
    )
    brokers = tuple((node, cross[node]) for node in ranked[: limits.max_brokers])
    sizes: dict[str, int] = {}
    for _, sector in G.nodes(data=attr):
        sizes[str(sector)] = sizes.get(str(sector), 0) + 1
    silos = tuple(
        (sector, result.index)
        for sector, result in ei_by_group(G, attr).items()
        if sizes[sector] >= limits.silo_min_actors
        and not math.isnan(result.index)
        and result.index <= limits.silo_ei
    )
    return GovernanceReading(
        mode=mode,
        actors=n,
        density=density,
        degree_centralization=centralization,
        hub=hub,
        hub_share=hub_share,
        brokers=brokers,
        silos=silos,
        thresholds=limits,
    )
