"""Measures wrapped from networkx, checked against published values, and our own small ones."""

from __future__ import annotations

import math

import networkx as nx
import pytest
from netfixtures import labelled

from kommissorium.network import (
    NetworkError,
    adjusted_rand_index,
    assortativity,
    betweenness,
    betweenness_centralization,
    block_density,
    by_sector,
    compare_sectors_and_communities,
    constraint,
    cross_sector_betweenness,
    degree_centralization,
    detect_communities,
    effective_size,
    efficiency,
    modularity,
    normalized_mutual_information,
    sector_partition,
    sector_to_sector_betweenness,
)


def borgatti_holes():
    # Borgatti (1997) "Structural holes: unpacking Burt's redundancy measures", the example
    # networkx's tests use (values computed with UCINET and igraph there).
    G = nx.Graph(
        [
            ("A", "B"), ("A", "F"), ("A", "G"), ("A", "E"), ("E", "G"),
            ("F", "G"), ("B", "G"), ("B", "D"), ("D", "G"), ("G", "C"),
        ]
    )  # fmt: skip
    return G


BORGATTI_WEIGHTS = {
    ("A", "B"): 2, ("A", "F"): 3, ("A", "G"): 5, ("A", "E"): 2, ("E", "G"): 8,
    ("F", "G"): 3, ("B", "G"): 4, ("B", "D"): 1, ("D", "G"): 3, ("G", "C"): 10,
}  # fmt: skip


def test_constraint_published_values():
    c = constraint(borgatti_holes())
    assert c["G"] == pytest.approx(0.400, abs=1e-3)
    assert c["A"] == pytest.approx(0.595, abs=1e-3)
    assert c["C"] == pytest.approx(1.0, abs=1e-3)
    G = borgatti_holes()
    nx.set_edge_attributes(G, BORGATTI_WEIGHTS, "weight")
    w = constraint(G, weight="weight")
    assert w["G"] == pytest.approx(0.299, abs=1e-3)
    assert w["A"] == pytest.approx(0.795, abs=1e-3)


def test_effective_size_and_efficiency_published_values():
    e = effective_size(borgatti_holes())
    assert e["G"] == pytest.approx(4.67, abs=1e-2)
    assert e["A"] == pytest.approx(2.50, abs=1e-2)
    assert e["C"] == pytest.approx(1.0, abs=1e-2)
    # efficiency = effective size / contacts: G has 6 contacts, A has 4
    eff = efficiency(borgatti_holes())
    assert eff["G"] == pytest.approx(e["G"] / 6)
    assert eff["A"] == pytest.approx(e["A"] / 4)
    G = borgatti_holes()
    nx.set_edge_attributes(G, BORGATTI_WEIGHTS, "weight")
    assert effective_size(G, weight="weight")["G"] == pytest.approx(5.47, abs=1e-2)


def test_directed_structural_holes_published_values():
    D = nx.DiGraph([(0, 1), (0, 2), (1, 0), (2, 1)])
    c = constraint(D)
    assert (c[0], c[1], c[2]) == pytest.approx((1.003, 1.003, 1.389), abs=1e-3)
    e = effective_size(D)
    assert (e[0], e[1], e[2]) == pytest.approx((1.167, 1.167, 1.0), abs=1e-3)


def test_isolates_are_nan():
    G = borgatti_holes()
    G.add_node("Z")
    assert math.isnan(constraint(G)["Z"])
    assert math.isnan(efficiency(G)["Z"])


def test_betweenness_published_values():
    # Krackhardt kite: UCINET's values, halved for networkx's unordered-pair counting
    kite = {0: 1.667, 1: 1.667, 2: 0.0, 3: 7.333, 4: 0.0, 5: 16.667, 6: 16.667, 7: 28.0, 8: 16.0}
    b = betweenness(nx.krackhardt_kite_graph(), normalized=False)
    for node, value in kite.items():
        assert b[node] == pytest.approx(value / 2, abs=1e-3)
    florentine = betweenness(nx.florentine_families_graph())
    assert florentine["Medici"] == pytest.approx(0.522, abs=1e-3)
    assert florentine["Guadagni"] == pytest.approx(0.255, abs=1e-3)
    karate = betweenness(nx.karate_club_graph(), normalized=False)
    assert karate[0] == pytest.approx(231.0714, abs=1e-4)


def test_sampled_betweenness_needs_seed_and_is_reproducible():
    G = nx.karate_club_graph()
    with pytest.raises(NetworkError):
        betweenness(G, k=10)
    assert betweenness(G, k=10, seed=3) == betweenness(G, k=10, seed=3)
    assert betweenness(G, k=34, seed=3) == betweenness(G)  # k ≥ n is exact
    assert betweenness(G, backend="networkx") == betweenness(G)


def test_by_sector():
    G = labelled([("a", "b"), ("b", "c")], {"a": "X", "b": "X", "c": "Y"})
    stats = by_sector(G, betweenness(G, normalized=False))
    assert stats["X"].top == "b"
    assert stats["X"].mean == 0.5
    assert stats["Y"].maximum == 0.0


def test_sector_to_sector_betweenness_undoes_halving():
    G = labelled([("a", "b"), ("b", "c"), ("c", "d")], {"a": "X", "b": "Z", "c": "Z", "d": "Y"})
    # networkx itself halves the value for the one X–Y pair (a, d)
    raw = nx.betweenness_centrality_subset(G, ["a"], ["d"], normalized=False)
    assert raw["b"] == 0.5
    ours = sector_to_sector_betweenness(G, "X", "Y")
    assert ours == {"a": 0.0, "b": 1.0, "c": 1.0, "d": 0.0}
    # within a sector networkx's value already counts each unordered pair once:
    # Z = {b, c} adjacent, nothing in between
    assert set(sector_to_sector_betweenness(G, "Z", "Z").values()) == {0.0}
    # directed: only paths from source to target sector, no rescaling
    D = nx.DiGraph(G)
    assert sector_to_sector_betweenness(D, "X", "Y")["b"] == 1.0
    assert sector_to_sector_betweenness(D, "Y", "X")["b"] == 1.0
    with pytest.raises(NetworkError, match="no actor"):
        sector_to_sector_betweenness(G, "X", "Q")


def test_cross_sector_betweenness():
    G = labelled([("a", "b"), ("b", "c"), ("c", "d")], {"a": "X", "b": "Z", "c": "Z", "d": "Y"})
    # pairs of different sectors: X–Y (a, d) via b and c; X–Z (a, c) via b; Z–Y (b, d) via c
    cross = cross_sector_betweenness(G)
    assert cross == {"a": 0.0, "b": 2.0, "c": 2.0, "d": 0.0}
    # plain betweenness also counts b–d through c etc.: cross ≤ total
    total = betweenness(G, normalized=False)
    assert all(cross[n] <= total[n] + 1e-12 for n in G)


def test_centralization_by_hand():
    assert degree_centralization(nx.star_graph(5)) == 1.0
    assert degree_centralization(nx.cycle_graph(6)) == 0.0
    # path of 5: degrees 1,2,2,2,1; Σ(2 − d) = 2 over (n−1)(n−2) = 12
    assert degree_centralization(nx.path_graph(5)) == pytest.approx(2 / 12)
    # path of 5: betweenness 0,3,4,3,0; Σ(4 − b) = 10 over (n−1)²(n−2)/2 = 24
    assert betweenness_centralization(nx.path_graph(5)) == pytest.approx(10 / 24)
    assert betweenness_centralization(nx.star_graph(5)) == 1.0
    out_star = nx.DiGraph([(0, i) for i in range(1, 5)])
    assert degree_centralization(out_star, mode="out") == 1.0
    # in-degrees 0,1,1,1,1: Σ(1 − d) = 1 over (n−1)² = 16
    assert degree_centralization(out_star, mode="in") == pytest.approx(1 / 16)
    mutual = nx.DiGraph([(0, i) for i in range(1, 5)] + [(i, 0) for i in range(1, 5)])
    assert degree_centralization(mutual) == 1.0
    assert math.isnan(degree_centralization(nx.path_graph(2)))


def test_block_density_by_hand():
    G = labelled(
        [("a", "b"), ("b", "c"), ("c", "d"), ("d", "e"), ("a", "e")],
        {"a": "X", "b": "X", "c": "X", "d": "Y", "e": "Y"},
    )
    blocks = block_density(G)
    # X–X: 2 of 3 pairs; X–Y: 2 of 3·2 = 6; Y–Y: 1 of 1
    assert blocks.sectors == ("X", "Y")
    assert blocks.ties == ((2, 2), (2, 1))
    assert [list(r) for r in blocks.density] == [
        pytest.approx([2 / 3, 1 / 3]),
        pytest.approx([1 / 3, 1.0]),
    ]
    assert blocks.cell("Y", "Y") == 1.0
    assert block_density(G, order=("Y",)).sectors == ("Y", "X")
    D = nx.DiGraph(G)  # every edge both ways
    directed = block_density(D)
    # X→X: 4 arcs of 3·2 = 6 ordered pairs
    assert directed.density[0][0] == pytest.approx(4 / 6)


def test_assortativity_by_hand():
    G = labelled(
        [("a", "b"), ("b", "c"), ("c", "d"), ("d", "e"), ("a", "e")],
        {"a": "X", "b": "X", "c": "X", "d": "Y", "e": "Y"},
    )
    # edge ends: XX 4, YY 2, XY 2, YX 2 of 10 → trace 0.6, Σ a_i b_i = 0.6² + 0.4² = 0.52
    assert assortativity(G) == pytest.approx((0.6 - 0.52) / (1 - 0.52))
    one = labelled([("a", "b")], {"a": "X", "b": "X"})
    assert math.isnan(assortativity(one))


def test_karate_modularity_published_values():
    G = nx.karate_club_graph()
    nx.set_node_attributes(G, {n: G.nodes[n]["club"] for n in G}, "sector")
    club = sector_partition(G)
    # unweighted (the literature value) and with networkx's interaction-count weights
    assert modularity(G, club) == pytest.approx(0.3582, abs=1e-4)
    assert modularity(G, club, weight="weight") == pytest.approx(0.3914, abs=1e-4)
    found = detect_communities(G, seed=0, tries=3)
    q = modularity(G, found)
    # the optimum for karate (unweighted) is 0.41979; Louvain reaches at least 0.39 here
    assert 0.39 <= q <= 0.41979 + 1e-5
    assert detect_communities(G, seed=0, tries=3) == found
    comparison = compare_sectors_and_communities(G, seed=0, tries=3)
    assert comparison.sector_modularity == pytest.approx(0.3582, abs=1e-4)
    assert 0 < comparison.nmi < 1
    assert 0 < comparison.ari < 1
    assert comparison.ratio == pytest.approx(0.3582 / q, abs=1e-3)


def test_nmi_by_hand():
    a = [{1, 2}, {3, 4}]
    b = [{1, 2, 3}, {4}]
    # contingency: (A,P) 2, (B,P) 1, (B,Q) 1; row sums 2, 2; column sums 3, 1; n = 4
    mutual = (
        2 / 4 * math.log(4 * 2 / (2 * 3))
        + 1 / 4 * math.log(4 / (2 * 3))
        + 1 / 4 * math.log(4 / (2 * 1))
    )
    h_a = math.log(2)
    h_b = -(3 / 4 * math.log(3 / 4) + 1 / 4 * math.log(1 / 4))
    assert normalized_mutual_information(a, b) == pytest.approx(2 * mutual / (h_a + h_b))
    assert normalized_mutual_information(a, [{4, 3}, {2, 1}]) == 1.0
    assert normalized_mutual_information({1: 0, 2: 0}, {1: 5, 2: 5}) == 1.0
    with pytest.raises(NetworkError):
        normalized_mutual_information(a, [{1, 2}])


def test_ari_by_hand():
    # 4/7 worked out in the function's docstring
    assert adjusted_rand_index({1: 0, 2: 0, 3: 1, 4: 2}, {1: 0, 2: 0, 3: 1, 4: 1}) == (
        pytest.approx(4 / 7)
    )
    assert adjusted_rand_index([{1, 2}, {3, 4}], [{3, 4}, {1, 2}]) == 1.0
    # {1,2},{3,4} vs {1,3},{2,4}: no pair together in both; Σ C(a,2) = Σ C(b,2) = 2,
    # E = 2·2/6 = 2/3, max = 2 → (0 − 2/3)/(2 − 2/3) = −1/2
    assert adjusted_rand_index([{1, 2}, {3, 4}], [{1, 3}, {2, 4}]) == pytest.approx(-0.5)
    with pytest.raises(NetworkError, match="more than one block"):
        adjusted_rand_index([{1, 2}, {2}], [{1, 2}])


def test_effective_size_matches_networkx_per_node_path():
    # networkx 3.6's all-nodes fast path is wrong for weighted/directed graphs (PR #8906);
    # ours must agree with its (slow, correct) per-node path
    D = nx.gnm_random_graph(40, 160, seed=5, directed=True)
    expected = nx.effective_size(D, nodes=list(D))
    ours = effective_size(D)
    assert all(ours[n] == pytest.approx(expected[n]) for n in D if not math.isnan(expected[n]))
    W = nx.gnm_random_graph(30, 90, seed=6)
    nx.set_edge_attributes(W, {e: 1 + (hash(e) % 5) for e in W.edges()}, "weight")
    expected = nx.effective_size(W, nodes=list(W), weight="weight")
    ours = effective_size(W, weight="weight")
    assert all(ours[n] == pytest.approx(expected[n]) for n in W if not math.isnan(expected[n]))


def test_effective_size_matches_networkx_on_undirected_unweighted():
    G = nx.gnm_random_graph(60, 240, seed=8)
    G.add_node(99)
    expected = nx.effective_size(G)
    ours = effective_size(G)
    assert math.isnan(ours[99])
    assert all(ours[n] == pytest.approx(expected[n]) for n in G if n != 99)
    assert effective_size(G, backend="networkx")[0] == pytest.approx(expected[0])


@pytest.mark.parametrize("directed", [False, True])
@pytest.mark.parametrize("weighted", [False, True])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_own_constraint_agrees_with_networkx(directed, weighted, seed):
    # Our linear-time constraint against networkx's per-node definition, isolates included.
    G = nx.gnm_random_graph(40, 120, seed=seed, directed=directed)
    G.add_node("isolate")
    if weighted:
        for index, (_, _, data) in enumerate(G.edges(data=True)):
            data["weight"] = 1 + (index * 7 + seed) % 5
    weight = "weight" if weighted else None
    ours = constraint(G, weight=weight)
    assert set(ours) == set(G)
    for node in G:
        contacts = set(nx.all_neighbors(G, node))
        if not contacts:
            assert math.isnan(ours[node])
            continue
        # networkx's definition, node by node (its per-node path gives NaN to a sink, its
        # scipy path does not; we follow the definition and the scipy path)
        expected = math.fsum(nx.local_constraint(G, node, j, weight=weight) for j in contacts)
        assert ours[node] == pytest.approx(expected, rel=1e-12, abs=1e-12)
    via_backend = constraint(G, weight=weight, backend="networkx")
    assert via_backend[0] == pytest.approx(ours[0], rel=1e-12)


def _sectored(G, seed):
    import random

    rnd = random.Random(seed)
    nx.set_node_attributes(G, {n: rnd.choice("ABC") for n in G}, "sector")
    return G


@pytest.mark.parametrize("directed", [False, True])
def test_one_pass_betweenness_agrees_with_networkx(directed):
    from kommissorium.network import sector_betweenness

    G = _sectored(nx.gnm_random_graph(60, 150, seed=4, directed=directed), 1)
    result = sector_betweenness(G)
    assert result.exact
    plain = nx.betweenness_centrality(G, normalized=False)
    pairwise = cross_sector_betweenness(G, backend="networkx")  # one networkx call per pair
    for node in G:
        assert result.betweenness[node] == pytest.approx(plain[node], abs=1e-9)
        assert result.cross_sector[node] == pytest.approx(pairwise[node], abs=1e-9)
        assert result.cross_sector[node] <= result.betweenness[node] + 1e-9


@pytest.mark.skipif(
    tuple(int(x) for x in nx.__version__.split(".")[:2]) < (3, 5),
    reason="networkx < 3.5 rescales sampled betweenness differently",
)
@pytest.mark.parametrize("directed", [False, True])
def test_sampled_one_pass_uses_networkx_pivots_and_scaling(directed):
    from kommissorium.network import sector_betweenness

    G = _sectored(nx.gnm_random_graph(60, 150, seed=5, directed=directed), 2)
    result = sector_betweenness(G, k=12, seed=7)
    assert (result.k, result.seed, result.exact) == (12, 7, False)
    sampled = nx.betweenness_centrality(G, k=12, seed=7, normalized=False)
    for node in G:
        assert result.betweenness[node] == pytest.approx(sampled[node], abs=1e-9)
    with pytest.raises(NetworkError):
        sector_betweenness(G, k=12)
    with pytest.raises(NetworkError):
        sector_betweenness(G, k=0, seed=1)
    assert sector_betweenness(G, k=60, seed=1) == sector_betweenness(G)


def test_cross_sector_betweenness_on_digraphs_counts_ordered_pairs():
    # a → b → c and c → b → a; a in X, b in Z, c in Y.
    one_way = labelled([("a", "b"), ("b", "c")], {"a": "X", "b": "Z", "c": "Y"}, directed=True)
    assert cross_sector_betweenness(one_way)["b"] == 1.0  # only (X, Y)
    both = labelled(
        [("a", "b"), ("b", "c"), ("c", "b"), ("b", "a")],
        {"a": "X", "b": "Z", "c": "Y"},
        directed=True,
    )
    assert cross_sector_betweenness(both)["b"] == 2.0  # (X, Y) and (Y, X)
    assert cross_sector_betweenness(both, backend="networkx")["b"] == 2.0
    # the undirected path counts the unordered pair once
    undirected = labelled([("a", "b"), ("b", "c")], {"a": "X", "b": "Z", "c": "Y"})
    assert cross_sector_betweenness(undirected)["b"] == 1.0
    # a path inside one sector earns nothing
    same = labelled([("a", "b"), ("b", "c")], {"a": "X", "b": "Z", "c": "X"}, directed=True)
    assert cross_sector_betweenness(same)["b"] == 0.0


def test_directed_betweenness_centralization_by_hand():
    # A bidirected star: the centre lies on every ordered pair of leaves, (n−1)(n−2) = 12 of
    # them, the largest possible; the maximum of the sum is (n−1)²(n−2) = 48: centralization 1.
    star = nx.DiGraph()
    for leaf in range(1, 5):
        star.add_edges_from([(0, leaf), (leaf, 0)])
    assert betweenness_centralization(star) == pytest.approx(1.0)
    # The directed path 0 → 1 → 2 → 3: raw betweenness 0, 2, 2, 0 (ordered pairs (0,2),
    # (0,3) through 1; (0,3), (1,3) through 2); Σ(2 − b) = 4 over (n−1)²(n−2) = 18.
    path = nx.DiGraph([(0, 1), (1, 2), (2, 3)])
    assert betweenness_centralization(path) == pytest.approx(4 / 18)
    # the same path undirected: raw 0, 2, 2, 0 over unordered pairs, maximum 18/2 = 9
    assert betweenness_centralization(path.to_undirected()) == pytest.approx(4 / 9)
    # a one-way star brokers nothing
    assert betweenness_centralization(nx.DiGraph([(0, 1), (0, 2), (0, 3)])) == 0.0


def test_efficiency_on_digraphs_counts_in_and_out_contacts():
    # networkx's directed example: effective sizes 1.167, 1.167, 1.0 (see above)
    D = nx.DiGraph([(0, 1), (0, 2), (1, 0), (2, 1)])
    eff = efficiency(D)
    # node 0: contacts {1, 2}; node 1: {0, 2}; node 2: in from 0, out to 1 → {0, 1}
    assert eff[0] == pytest.approx(7 / 6 / 2)
    assert eff[1] == pytest.approx(7 / 6 / 2)
    assert eff[2] == pytest.approx(1.0 / 2)
