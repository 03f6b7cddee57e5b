"""The network summary: every measure for one dossier, as plain data, text or JSON.

:func:`network_summary` builds the stakeholder graph of a dossier (or one phase or day of it)
and computes the measures of :mod:`kommissorium.network.measures`, the phase coverage and the
heuristic governance reading. The result is plain data (dicts, lists, strings, numbers) in a
fixed key order, with floats rounded to :data:`DIGITS` decimals and undefined values as
``None`` — so :func:`summary_json` is byte-for-byte deterministic.

Betweenness, cross-sector betweenness and betweenness centralization come from **one** Brandes
pass (:func:`~kommissorium.network.measures.sector_betweenness`). It is exact up to
:data:`EXACT_BETWEENNESS_LIMIT` actors; above that it is estimated from
:data:`DEFAULT_BETWEENNESS_K` source pivots drawn with ``seed`` (or ``betweenness_k`` pivots,
which also samples smaller graphs), and the summary says so: ``summary["betweenness"]`` holds
``exact``, ``k`` and ``seed``, and :func:`summary_text` prints them. The benchmarks page gives
the measured error of sampling.

Examples:
    >>> import kommissorium as k
    >>> d = k.load("examples/skanderborg-alle-med-network.toml")
    >>> s = network_summary(d, permutations=99)
    >>> s["graph"]["actors"], s["graph"]["ties"]
    (23, 28)
    >>> s["betweenness"]
    {'exact': True, 'k': None, 'seed': None}
    >>> network_summary(d, permutations=0, betweenness_k=5, seed=1)["betweenness"]
    {'exact': False, 'k': 5, 'seed': 1}
"""

from __future__ import annotations

import json
import math
from collections.abc import Hashable
from datetime import date
from typing import Any

from kommissorium.model import Dossier
from kommissorium.network.coverage import phase_coverage, phase_coverage_findings
from kommissorium.network.governance import governance_reading
from kommissorium.network.graph import NetworkError, stakeholder_graph
from kommissorium.network.measures import (
    assortativity,
    betweenness_centralization,
    block_density,
    brokerage,
    compare_sectors_and_communities,
    constraint,
    degree_centralization,
    effective_size,
    efficiency,
    ei_by_group,
    ei_by_node,
    ei_index,
    ei_permutation_test,
    sector_betweenness,
)
from kommissorium.network.sectors import sector_info

__all__ = [
    "DEFAULT_BETWEENNESS_K",
    "DIGITS",
    "EXACT_BETWEENNESS_LIMIT",
    "network_summary",
    "summary_json",
    "summary_text",
]

#: Decimals kept for floats in the summary.
DIGITS = 4
#: Largest graph (actors) for which the summary computes exact betweenness by default. Exact
#: betweenness costs O(nm): about 14 s for 1,500 actors and 7,500 ties on the benchmark machine.
EXACT_BETWEENNESS_LIMIT = 1000
#: Source pivots for sampled betweenness above :data:`EXACT_BETWEENNESS_LIMIT`.
DEFAULT_BETWEENNESS_K = 250


def _num(value: float) -> float | None:
    if value is None or math.isnan(value):
        return None
    rounded = round(float(value), DIGITS)
    return 0.0 if rounded == 0 else rounded


def _ei_data(result: Any) -> dict[str, Any]:
    return {
        "external": result.external,
        "internal": result.internal,
        "index": _num(result.index),
        "expected": _num(result.expected),
        "density_rescaled": _num(result.density_rescaled),
    }


def network_summary(
    dossier: Dossier,
    *,
    phase: str | None = None,
    at: date | None = None,
    directed: bool = False,
    seed: int = 0,
    permutations: int = 999,
    betweenness_k: int | None = None,
    lang: str = "da",
) -> dict[str, Any]:
    """All measures of the dossier's stakeholder network as plain, JSON-ready data.

    Args:
        dossier: The dossier.
        phase: Only this phase (see :func:`stakeholder_graph`).
        at: Only ties running on this day.
        directed: Analyse the directed graph.
        seed: Seed for Louvain, the E-I permutation test and sampled betweenness.
        permutations: Permutations for the E-I test (0 to skip it).
        betweenness_k: Source pivots for sampled betweenness (drawn with ``seed``), on any
            graph; at or above the number of actors it is exact. ``None``: exact up to
            :data:`EXACT_BETWEENNESS_LIMIT` actors, :data:`DEFAULT_BETWEENNESS_K` pivots above.
        lang: Language of sector labels and the governance explanation (``"da"``/``"en"``).

    Raises:
        NetworkError: ``phase`` is not the id of a phase, or ``betweenness_k`` is below 1.
    """
    if betweenness_k is not None and betweenness_k < 1:
        raise NetworkError(f"betweenness_k must be at least 1, not {betweenness_k}")
    G = stakeholder_graph(dossier, phase=phase, at=at, directed=directed)
    info = sector_info(dossier.sectors)
    n = G.number_of_nodes()
    m = G.number_of_edges()
    sectors = info.order(str(s) for _, s in G.nodes(data="sector"))
    sizes = dict.fromkeys(sectors, 0)
    for _, s in G.nodes(data="sector"):
        sizes[str(s)] += 1

    k = betweenness_k
    if k is None and n > EXACT_BETWEENNESS_LIMIT:
        k = DEFAULT_BETWEENNESS_K
    # k at or above the number of actors is exact: sector_betweenness drops it (and the seed)
    passed = sector_betweenness(G, k=k, seed=seed)
    pairs = (n - 1) * (n - 2) / (1 if directed else 2)
    between = {v: b / pairs if pairs else 0.0 for v, b in passed.betweenness.items()}
    cross = passed.cross_sector
    constraints = constraint(G)
    esize = effective_size(G)
    effic = efficiency(G)
    ei_nodes = ei_by_node(G)
    census = brokerage(G)
    degrees = dict(G.degree())

    actors = []
    for node in sorted(G.nodes(), key=str):
        data = G.nodes[node]
        actors.append(
            {
                "id": str(node),
                "name": data["name"],
                "type": data["type"],
                "kind": data["kind"],
                "sector": data["sector"],
                "degree": degrees[node],
                "betweenness": _num(between[node]),
                "cross_sector_betweenness": _num(cross[node]),
                "constraint": _num(constraints[node]),
                "effective_size": _num(esize[node]),
                "efficiency": _num(effic[node]),
                "ei": _num(ei_nodes[node].index),
                "brokerage": dict(census.counts[node]),
            }
        )

    whole = ei_index(G)
    ei: dict[str, Any] = {
        "whole": _ei_data(whole),
        "by_sector": {s: _ei_data(r) for s, r in ei_by_group(G).items()},
        "permutation": None,
    }
    if permutations >= 2 and m:
        test = ei_permutation_test(G, permutations=permutations, seed=seed)
        ei["permutation"] = {
            "permutations": test.permutations,
            "seed": test.seed,
            "mean": _num(test.mean),
            "sd": _num(test.sd),
            "z": _num(test.z),
            "p_less": _num(test.p_less),
            "p_greater": _num(test.p_greater),
        }

    blocks = block_density(G, order=sectors)
    modularity: dict[str, Any] | None = None
    if m:
        comparison = compare_sectors_and_communities(G, seed=seed)
        modularity = {
            "sector": _num(comparison.sector_modularity),
            "communities": _num(comparison.community_modularity),
            "ratio": _num(comparison.ratio),
            "nmi": _num(comparison.nmi),
            "ari": _num(comparison.ari),
            "seed": comparison.seed,
            "detected": [sorted(str(x) for x in block) for block in comparison.communities],
        }
    reading = governance_reading(G)

    def ids(nodes: tuple[tuple[Hashable, Any], ...]) -> list[list[Any]]:
        return [[str(a), b if isinstance(b, int) else _num(b)] for a, b in nodes]

    coverage = [
        {
            "phase": c.phase,
            "title": c.title,
            "participants": list(c.participants),
            "sectors": list(c.sectors),
            "required_stakeholders": list(c.required_stakeholders),
            "required_sectors": list(c.required_sectors),
            "missing_stakeholders": list(c.missing_stakeholders),
            "missing_sectors": list(c.missing_sectors),
        }
        for c in phase_coverage(dossier)
        if phase is None or c.phase == phase
    ]
    gaps = [
        {"phase": g.phase, "kind": g.kind, "ref": g.ref, "path": g.path, "message": g.message(lang)}
        for g in phase_coverage_findings(dossier)
        if phase is None or g.phase == phase
    ]
    return {
        "graph": {
            "committee": dossier.committee.id,
            "phase": phase,
            "at": at.isoformat() if at else None,
            "directed": directed,
            "actors": n,
            "ties": m,
            "density": _num(
                2 * m / (n * (n - 1))
                if n > 1 and not directed
                else (m / (n * (n - 1)) if n > 1 else math.nan)
            ),
            "sectors": [
                {
                    "sector": s,
                    "label": info.label(s, lang),
                    "colour": info.colour(s),
                    "actors": sizes[s],
                }
                for s in sectors
            ],
        },
        "ei": ei,
        "assortativity": _num(assortativity(G)),
        "block_density": {
            "sectors": list(blocks.sectors),
            "ties": [list(r) for r in blocks.ties],
            "density": [[_num(x) for x in r] for r in blocks.density],
        },
        "modularity": modularity,
        "centralization": {
            "degree": _num(degree_centralization(G)),
            "betweenness": _num(betweenness_centralization(G, values=passed.betweenness)),
        },
        "betweenness": {"exact": passed.exact, "k": passed.k, "seed": passed.seed},
        "brokerage": {
            "mode": census.mode.value,
            "roles": list(census.roles),
            "totals": dict(census.totals),
        },
        "actors": actors,
        "coverage": coverage,
        "coverage_gaps": gaps,
        "governance": {
            "heuristic": True,
            "mode": reading.mode,
            "explanation": reading.explain(lang),
            "hub": None if reading.hub is None else str(reading.hub),
            "hub_share": _num(reading.hub_share),
            "density": _num(reading.density),
            "degree_centralization": _num(reading.degree_centralization),
            "brokers": ids(reading.brokers),
            "silos": ids(reading.silos),
        },
    }


def summary_json(summary: dict[str, Any]) -> str:
    """The summary as indented JSON (keys in the summary's fixed order), ending in a newline."""
    return json.dumps(summary, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def _fmt(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def _table(header: list[str], rows: list[list[Any]]) -> list[str]:
    cells = [header, *[[_fmt(x) for x in r] for r in rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    lines = []
    for index, row in enumerate(cells):
        parts = [
            c.ljust(w) if i == 0 else c.rjust(w)
            for i, (c, w) in enumerate(zip(row, widths, strict=True))
        ]
        lines.append("  " + "  ".join(parts).rstrip())
        if index == 0:
            lines.append("  " + "  ".join("-" * w for w in widths))
    return lines


def _betweenness_note(how: dict[str, Any]) -> str:
    if how["exact"]:
        return "betweenness: exact (every actor a source)"
    return (
        f"betweenness: estimated from k={how['k']} source pivots (seed {how['seed']}); "
        "betweenness, cross-sector betweenness and betweenness centralization are estimates"
    )


def summary_text(summary: dict[str, Any], *, top: int = 10) -> str:
    """The summary as readable tables (English headings; labels in the summary's language).

    Args:
        summary: A result of :func:`network_summary`.
        top: Number of actors listed in the actor table (by betweenness).
    """
    g = summary["graph"]
    scope = f"phase {g['phase']}" if g["phase"] else "whole work"
    if g["at"]:
        scope += f", on {g['at']}"
    kind = "directed" if g["directed"] else "undirected"
    out = [
        f"Stakeholder network of {g['committee']} ({scope}, {kind})",
        f"  actors {g['actors']}, ties {g['ties']}, density {_fmt(g['density'])}",
        "",
        "Sectors",
    ]
    ei_sector = summary["ei"]["by_sector"]
    out += _table(
        ["sector", "actors", "E", "I", "E-I", "expected", "density-rescaled"],
        [
            [
                f"{s['label']} ({s['sector']})",
                s["actors"],
                ei_sector[s["sector"]]["external"],
                ei_sector[s["sector"]]["internal"],
                ei_sector[s["sector"]]["index"],
                ei_sector[s["sector"]]["expected"],
                ei_sector[s["sector"]]["density_rescaled"],
            ]
            for s in g["sectors"]
        ],
    )
    whole = summary["ei"]["whole"]
    out += [
        "",
        "Cross-sector mixing",
        f"  E-I index {_fmt(whole['index'])} (E {whole['external']}, I {whole['internal']}; "
        f"expected under uniform mixing {_fmt(whole['expected'])}; "
        f"density-rescaled {_fmt(whole['density_rescaled'])})",
    ]
    perm = summary["ei"]["permutation"]
    if perm:
        out.append(
            f"  permutation test ({perm['permutations']} permutations, seed {perm['seed']}): "
            f"mean {_fmt(perm['mean'])}, z {_fmt(perm['z'])}, "
            f"p(≤) {_fmt(perm['p_less'])}, p(≥) {_fmt(perm['p_greater'])}"
        )
    out.append(f"  assortativity by sector {_fmt(summary['assortativity'])}")
    mod = summary["modularity"]
    if mod:
        out.append(
            f"  modularity: sectors {_fmt(mod['sector'])}, Louvain communities "
            f"{_fmt(mod['communities'])} ({len(mod['detected'])} communities, seed {mod['seed']}); "
            f"NMI {_fmt(mod['nmi'])}, ARI {_fmt(mod['ari'])}"
        )
    cent = summary["centralization"]
    out.append(
        f"  Freeman centralization: degree {_fmt(cent['degree'])}, "
        f"betweenness {_fmt(cent['betweenness'])}"
    )
    out.append("  " + _betweenness_note(summary["betweenness"]))
    out += ["", "Block density (rows → columns)"]
    blocks = summary["block_density"]
    out += _table(
        ["", *blocks["sectors"]],
        [[s, *row] for s, row in zip(blocks["sectors"], blocks["density"], strict=True)],
    )
    roles = summary["brokerage"]["roles"]
    actors = sorted(
        summary["actors"], key=lambda a: (-(a["betweenness"] or 0.0), -a["degree"], a["id"])
    )[:top]
    out += [
        "",
        f"Actors (top {len(actors)} by betweenness; brokerage mode {summary['brokerage']['mode']})",
    ]
    out += _table(
        ["actor", "sector", "deg", "betw", "x-sector", "constr", "eff.size", "E-I", *roles],
        [
            [
                a["id"],
                a["sector"],
                a["degree"],
                a["betweenness"],
                a["cross_sector_betweenness"],
                a["constraint"],
                a["effective_size"],
                a["ei"],
                *[a["brokerage"][r] for r in roles],
            ]
            for a in actors
        ],
    )
    if summary["coverage"]:
        out += ["", "Phase coverage"]
        out += _table(
            ["phase", "participants", "sectors", "missing"],
            [
                [
                    c["phase"] or "(whole work)",
                    len(c["participants"]),
                    ", ".join(c["sectors"]) or "–",
                    ", ".join(c["missing_stakeholders"] + c["missing_sectors"]) or "–",
                ]
                for c in summary["coverage"]
            ],
        )
        for gap in summary["coverage_gaps"]:
            out.append(f"  ! {gap['path']}: {gap['message']}")
    gov = summary["governance"]
    out += [
        "",
        "Governance reading (heuristic; thresholds in the docs)",
        f"  mode: {gov['explanation']}",
        f"  hub {gov['hub']} touches {_fmt(gov['hub_share'])} of the ties; "
        f"degree centralization {_fmt(gov['degree_centralization'])}",
        "  brokers: " + (", ".join(f"{a} ({b})" for a, b in gov["brokers"]) or "none"),
        "  silos: " + (", ".join(f"{a} (E-I {_fmt(b)})" for a, b in gov["silos"]) or "none"),
    ]
    return "\n".join(out) + "\n"
