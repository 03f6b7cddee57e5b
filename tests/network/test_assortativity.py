"""Assortativity without numpy equals networkx's; group labels that would merge are refused."""

from __future__ import annotations

import math
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from netfixtures import sector_graphs

import kommissorium as k
from kommissorium import network
from kommissorium.network import (
    NetworkError,
    assortativity,
    brokerage,
    ei_index,
    stakeholder_graph,
)

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "examples").glob("*.toml"))


def _networkx(G: nx.Graph) -> float:
    return float(nx.attribute_assortativity_coefficient(G, "sector"))


def _same(ours: float, theirs: float) -> bool:
    if math.isnan(ours) or math.isnan(theirs):
        return math.isnan(ours) and math.isnan(theirs)
    return abs(ours - theirs) <= 1e-12


def _example_graphs():
    for path in EXAMPLES:
        dossier = k.load(path)
        for directed in (False, True):
            for phase in (None, *(p.id for p in dossier.plan.phases)):
                yield (
                    f"{path.stem}/{phase}/{directed}",
                    stakeholder_graph(dossier, phase=phase, directed=directed),
                )


def test_equals_networkx_on_every_example_graph() -> None:
    compared = 0
    for name, G in _example_graphs():
        if len({G.nodes[n]["sector"] for edge in G.edges() for n in edge}) < 2:
            assert math.isnan(assortativity(G)), name
            continue
        ours, theirs = assortativity(G), _networkx(G)
        assert _same(ours, theirs), (name, ours, theirs)
        compared += 1
    assert compared >= 14


@settings(max_examples=300, deadline=None)
@given(sector_graphs(max_nodes=12))
def test_equals_networkx_on_random_graphs(G: nx.Graph) -> None:
    ours = assortativity(G)
    ends = {G.nodes[n]["sector"] for edge in G.edges() for n in edge}
    if len(ends) < 2:
        assert math.isnan(ours)
    else:
        assert _same(ours, _networkx(G)), (ours, _networkx(G))


@settings(max_examples=200, deadline=None)
@given(
    st.integers(2, 25),
    st.floats(0.05, 0.9),
    st.booleans(),
    st.booleans(),
    st.integers(0, 10**6),
)
def test_equals_networkx_with_self_loops_and_parallel_ties(
    n: int, p: float, directed: bool, multi: bool, seed: int
) -> None:
    import random

    rng = random.Random(seed)
    G: nx.Graph = (
        (nx.MultiDiGraph() if directed else nx.MultiGraph())
        if multi
        else (nx.DiGraph() if directed else nx.Graph())
    )
    G.add_nodes_from(range(n))
    for u in range(n):
        for v in range(n):
            if (directed or u <= v) and rng.random() < p:
                G.add_edge(u, v)
                if multi and rng.random() < 0.3:
                    G.add_edge(u, v)
    nx.set_node_attributes(G, {u: rng.choice("abcd") for u in range(n)}, "sector")
    ends = {G.nodes[x]["sector"] for edge in G.edges() for x in edge}
    ours = assortativity(G)
    if len(ends) < 2:
        assert math.isnan(ours)
    else:
        assert _same(ours, _networkx(G)), (ours, _networkx(G))


def test_backend_asks_networkx() -> None:
    G = nx.Graph([("a", "b"), ("b", "c"), ("c", "d")])
    nx.set_node_attributes(G, {"a": "x", "b": "x", "c": "y", "d": "y"}, "sector")
    assert assortativity(G, backend="networkx") == pytest.approx(assortativity(G), abs=1e-12)
    with pytest.raises(ImportError):  # an unknown backend is networkx's error, not ours
        assortativity(G, backend="no-such-backend")


NO_NUMPY = """
import sys
for name in ("numpy", "scipy", "matplotlib", "pandas"):
    sys.modules[name] = None  # importing them now fails, as on a plain install
from pathlib import Path

import kommissorium as k
from kommissorium import network
from kommissorium.cli import main

for name in sys.argv[1:]:
    dossier = k.load(name)
    for directed in (False, True):
        G = network.stakeholder_graph(dossier, directed=directed)
        network.assortativity(G)
        network.network_summary(dossier, directed=directed, permutations=9)
        # every measure of the public API, as a script would call it
        network.block_density(G)
        network.ei_index(G), network.ei_by_group(G), network.ei_by_node(G)
        network.ei_expected({'a': 2, 'b': 3})
        network.ei_permutation_test(G, permutations=9, seed=1)
        network.brokerage(G)
        network.betweenness(G), network.betweenness(G, k=2, seed=1)
        network.constraint(G), network.effective_size(G), network.efficiency(G)
        network.by_sector(G, network.betweenness(G))
        network.degree_centralization(G), network.betweenness_centralization(G)
        network.sector_betweenness(G), network.cross_sector_betweenness(G)
        if not directed:
            network.modularity(G, network.detect_communities(G, seed=1))
            network.compare_sectors_and_communities(G, seed=1)
        network.governance_reading(G)
        network.to_graphml(G), network.to_gexf(G)
        try:
            network.draw_network(G, "x.png")
        except network.MissingExtraError as exc:
            assert "kommissorium[plot]" in str(exc)
        else:
            raise AssertionError("drawing without matplotlib")
    network.phase_coverage(dossier)
    for fmt in ("text", "json", "graphml", "gexf"):
        code = main(["network", name, "--format", fmt, "--permutations", "9", "-o", "/dev/null"])
        assert code == 0, (name, fmt, code)
print("ok")
"""


def test_network_summary_and_command_need_no_numpy() -> None:
    done = subprocess.run(
        [sys.executable, "-c", NO_NUMPY, *map(str, EXAMPLES)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def _mixed() -> nx.Graph:
    G = nx.path_graph(["a", "b", "c", "d"])
    nx.set_node_attributes(G, {"a": 1, "b": "1", "c": "2", "d": "2"}, "sector")
    return G


@pytest.mark.parametrize(
    "measure", [ei_index, brokerage, assortativity, network.block_density, network.ei_by_group]
)
def test_labels_of_mixed_type_with_one_text_are_refused(measure) -> None:
    with pytest.raises(NetworkError, match=r"labels 1 \(int\) and '1' \(str\) have the same text"):
        measure(_mixed())


def test_labels_that_are_one_value_are_one_group() -> None:
    import enum

    class Colour(enum.StrEnum):
        RED = "red"

    G = nx.path_graph(["a", "b", "c"])
    nx.set_node_attributes(G, {"a": Colour.RED, "b": "red", "c": 7}, "sector")
    assert ei_index(G).internal == 1
    H = nx.path_graph(["a", "b", "c"])
    nx.set_node_attributes(H, {"a": 1, "b": 1.0, "c": 1}, "sector")  # two texts: two groups
    assert ei_index(H).external == 2
