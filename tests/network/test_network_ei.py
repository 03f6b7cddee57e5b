from __future__ import annotations

import math

import networkx as nx
import pytest
from hypothesis import given, settings
from netfixtures import labelled, sector_graphs

from kommissorium.network import (
    NetworkError,
    ei_by_group,
    ei_by_node,
    ei_expected,
    ei_index,
    ei_permutation_test,
)

# Undirected fixture: sectors X = {a, b, c}, Y = {d, e}.
# Edges a–b, b–c (internal to X), c–d (external), d–e (internal to Y), a–e (external).
UNDIRECTED = labelled(
    [("a", "b"), ("b", "c"), ("c", "d"), ("d", "e"), ("a", "e")],
    {"a": "X", "b": "X", "c": "X", "d": "Y", "e": "Y"},
)


def test_whole_network_undirected_by_hand():
    r = ei_index(UNDIRECTED)
    # E = 2 (c–d, a–e), I = 3 (a–b, b–c, d–e) → (2 − 3)/5 = −0.2
    assert (r.external, r.internal) == (2, 3)
    assert r.index == pytest.approx(-0.2)
    # N = 5: PI = C(3,2) + C(2,2) = 3 + 1 = 4, PE = C(5,2) − 4 = 6 → (6 − 4)/10 = 0.2
    assert r.expected == pytest.approx(0.2)
    # densities: E/PE = 2/6 = 1/3, I/PI = 3/4 → (1/3 − 3/4)/(1/3 + 3/4) = −5/13
    assert r.density_rescaled == pytest.approx(-5 / 13)


def test_group_level_uses_edge_counts_not_row_sums():
    groups = ei_by_group(UNDIRECTED)
    # X: internal a–b, b–c (2 edges, not 4 as row sums would give), external c–d, a–e (2)
    assert (groups["X"].external, groups["X"].internal) == (2, 2)
    assert groups["X"].index == 0.0
    # Y: internal d–e (1), external c–d, a–e (2) → (2 − 1)/3
    assert groups["Y"].index == pytest.approx(1 / 3)
    # expected for X: PE = 3·2 = 6, PI = 3 → (6 − 3)/9 = 1/3
    assert groups["X"].expected == pytest.approx(1 / 3)
    # expected for Y: PE = 2·3 = 6, PI = 1 → 5/7
    assert groups["Y"].expected == pytest.approx(5 / 7)
    assert list(groups) == ["X", "Y"]


def test_node_level_by_hand():
    nodes = ei_by_node(UNDIRECTED)
    # a: neighbours b (X, internal) and e (Y, external) → 0
    assert nodes["a"].index == 0.0
    # b: neighbours a, c, both X → −1
    assert nodes["b"].index == -1.0
    # e: neighbours d (Y) and a (X) → 0; expected PE = 3, PI = 1 → 0.5
    assert nodes["e"].index == 0.0
    assert nodes["e"].expected == pytest.approx(0.5)
    assert list(nodes) == ["a", "b", "c", "d", "e"]


def test_directed_counts_each_arc():
    # a ⇄ b mutual within X (two arcs), a → c across (one arc)
    D = labelled([("a", "b"), ("b", "a"), ("a", "c")], {"a": "X", "b": "X", "c": "Y"}, True)
    r = ei_index(D)
    # E = 1, I = 2 → −1/3
    assert (r.external, r.internal) == (1, 2)
    assert r.index == pytest.approx(-1 / 3)
    # directed: PI = 2·1 = 2 ordered pairs in X, PE = 3·2 − 2 = 4 → (4 − 2)/6 = 1/3
    assert r.expected == pytest.approx(1 / 3)
    # group X: PE = 2·2·1 = 4 arcs possible out and in, PI = 2·1 = 2
    x = ei_by_group(D)["X"]
    assert (x.external, x.internal) == (1, 2)
    assert x.density_rescaled == pytest.approx((1 / 4 - 2 / 2) / (1 / 4 + 2 / 2))


def test_published_expected_value():
    # 50 and 100 members: −0.10515 (recomputed from the blog example cited in the docs)
    assert ei_expected({"a": 50, "b": 100}) == pytest.approx(-0.10515, abs=1e-5)


def test_karate_mr_hi_group_edge_count_convention():
    G = nx.karate_club_graph()
    nx.set_node_attributes(G, {n: G.nodes[n]["club"] for n in G}, "sector")
    hi = ei_by_group(G)["Mr. Hi"]
    # Mr. Hi's faction: 35 internal edges, 11 crossing to the officers (the 'club' split)
    assert (hi.external, hi.internal) == (11, 35)
    assert hi.index == pytest.approx((11 - 35) / 46)


def test_no_ties_is_nan_and_self_loops_ignored():
    G = labelled([("a", "a")], {"a": "X", "b": "Y"})
    r = ei_index(G)
    assert (r.external, r.internal) == (0, 0)
    assert math.isnan(r.index)


def test_missing_attribute_is_an_error():
    G = nx.path_graph(3)
    with pytest.raises(NetworkError, match="no 'sector' attribute"):
        ei_index(G)


def test_permutation_test_is_seeded_and_detects_silos():
    # three disconnected pairs, one sector each, plus one tie between sectors
    G = labelled([(0, 1), (2, 3), (4, 5), (0, 2)], {0: "x", 1: "x", 2: "y", 3: "y", 4: "z", 5: "z"})
    first = ei_permutation_test(G, permutations=300, seed=7)
    assert first == ei_permutation_test(G, permutations=300, seed=7)
    assert first.observed == -0.5  # E = 1, I = 3
    assert first.mean > first.observed
    assert first.p_less < 0.1
    assert first.z < 0
    with pytest.raises(NetworkError):
        ei_permutation_test(G, permutations=1)


@settings(max_examples=60, deadline=None)
@given(sector_graphs())
def test_ei_in_range(G):
    for r in (ei_index(G), *ei_by_group(G).values(), *ei_by_node(G).values()):
        for value in (r.index, r.expected, r.density_rescaled):
            assert math.isnan(value) or -1 - 1e-12 <= value <= 1 + 1e-12


@settings(max_examples=40, deadline=None)
@given(sector_graphs())
def test_ei_invariant_under_relabelling(G):
    mapping = {n: f"n{(7 * n + 3) % 101}" for n in G}
    H = nx.relabel_nodes(G, mapping)
    a, b = ei_index(G), ei_index(H)
    assert (a.external, a.internal) == (b.external, b.internal)
    nodes_g, nodes_h = ei_by_node(G), ei_by_node(H)

    def key(r):
        return tuple(
            None if math.isnan(x) else x for x in (r.index, r.expected, r.density_rescaled)
        )

    for n in G:
        assert (nodes_g[n].external, nodes_g[n].internal) == (
            nodes_h[mapping[n]].external,
            nodes_h[mapping[n]].internal,
        )
        assert key(nodes_g[n]) == key(nodes_h[mapping[n]])


@settings(max_examples=40, deadline=None)
@given(sector_graphs(directed=False))
def test_group_counts_add_up(G):
    # every internal edge is internal to exactly one group; every external edge touches two
    whole = ei_index(G)
    groups = ei_by_group(G)
    assert sum(g.internal for g in groups.values()) == whole.internal
    assert sum(g.external for g in groups.values()) == 2 * whole.external


def test_permutation_sd_is_the_sample_sd_of_the_shuffles():
    import random

    # One tie among three actors x, x, y: a shuffle makes the tie internal (E-I −1) exactly
    # when y lands on the third actor (probability 1/3), else external (+1).
    G = labelled([(0, 1)], {0: "x", 1: "x", 2: "y"})
    test = ei_permutation_test(G, permutations=7, seed=3)
    # the same shuffles, replayed: labels in sorted node order, random.Random(seed).shuffle
    rng = random.Random(3)
    labels = ["x", "x", "y"]
    values = []
    for _ in range(7):
        rng.shuffle(labels)
        values.append(-1.0 if labels[0] == labels[1] else 1.0)
    mean = sum(values) / 7
    sd = (sum((v - mean) ** 2 for v in values) / 6) ** 0.5  # sample sd: n − 1
    assert test.mean == pytest.approx(mean)
    assert test.sd == pytest.approx(sd)
    assert test.z == pytest.approx((-1.0 - mean) / sd)
    # many shuffles: mean → 1/3·(−1) + 2/3·(+1) = 1/3, sd → √(1 − 1/9) = 0.9428
    many = ei_permutation_test(G, permutations=4000, seed=1)
    assert many.mean == pytest.approx(1 / 3, abs=0.04)
    assert many.sd == pytest.approx((8 / 9) ** 0.5, abs=0.01)


def test_permutation_sd_zero_gives_nan_z():
    # every shuffle of x, y over one tie keeps it external: sd 0, z undefined
    G = labelled([(0, 1)], {0: "x", 1: "y"})
    test = ei_permutation_test(G, permutations=20, seed=0)
    assert test.sd == 0.0
    assert math.isnan(test.z)
