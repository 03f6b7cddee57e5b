from __future__ import annotations

import itertools

import networkx as nx
import pytest
from hypothesis import given, settings
from netfixtures import labelled, sector_graphs

from kommissorium.network import BrokerageMode, NetworkError, brokerage

# Directed fixture with every role. Sectors: X = {a, b, f}, Y = {c, d}, Z = {e}.
# Arcs: a→b, b→c, b→f, c→d, d→a, d→e, e→c, a→c, f→e.
DIRECTED = labelled(
    [
        ("a", "b"),
        ("b", "c"),
        ("b", "f"),
        ("c", "d"),
        ("d", "a"),
        ("d", "e"),
        ("e", "c"),
        ("a", "c"),
        ("f", "e"),
    ],
    {"a": "X", "b": "X", "f": "X", "c": "Y", "d": "Y", "e": "Z"},
    directed=True,
)
# Open two-paths by broker, worked out by hand (source → broker → target; closed if source →
# target exists):
#   a: d→a→b (Y,X,X) gatekeeper; d→a→c (Y,X,Y) itinerant
#   b: a→b→c is closed by a→c; a→b→f (X,X,X) coordinator
#   c: b→c→d, a→c→d (X,Y,Y) and e→c→d (Z,Y,Y): three gatekeepers
#   d: c→d→a (Y,Y,X) and c→d→e (Y,Y,Z): two representatives
#   e: d→e→c (Y,Z,Y) itinerant; f→e→c (X,Z,Y) liaison
#   f: b→f→e (X,X,Z) representative
EXPECTED_DIRECTED = {
    "a": {"coordinator": 0, "itinerant": 1, "representative": 0, "gatekeeper": 1, "liaison": 0},
    "b": {"coordinator": 1, "itinerant": 0, "representative": 0, "gatekeeper": 0, "liaison": 0},
    "c": {"coordinator": 0, "itinerant": 0, "representative": 0, "gatekeeper": 3, "liaison": 0},
    "d": {"coordinator": 0, "itinerant": 0, "representative": 2, "gatekeeper": 0, "liaison": 0},
    "e": {"coordinator": 0, "itinerant": 1, "representative": 0, "gatekeeper": 0, "liaison": 1},
    "f": {"coordinator": 0, "itinerant": 0, "representative": 1, "gatekeeper": 0, "liaison": 0},
}

# Undirected fixture. X = {a, b, e, f}, Y = {c, g, h}, Z = {d}.
# Edges a–b, b–c, b–d, c–d, b–e, a–e, e–f, d–g, d–h.
UNDIRECTED = labelled(
    [
        ("a", "b"),
        ("b", "c"),
        ("b", "d"),
        ("c", "d"),
        ("b", "e"),
        ("a", "e"),
        ("e", "f"),
        ("d", "g"),
        ("d", "h"),
    ],
    {"a": "X", "b": "X", "e": "X", "f": "X", "c": "Y", "g": "Y", "h": "Y", "d": "Z"},
)
# Unordered open pairs of neighbours, by hand:
#   b (X), neighbours a, c, d, e: {a,c} {a,d} {c,e} {d,e} are open and have exactly one end in
#     X → 4 boundary spanners; {a,e} and {c,d} are closed.
#   e (X), neighbours a, b, f: {a,f} and {b,f} open, all X → 2 coordinators; {a,b} closed.
#   d (Z), neighbours b, c, g, h: {b,g} and {b,h} open X–Y → 2 liaisons; {c,g}, {c,h} and
#     {g,h} open Y–Y → 3 itinerants; {b,c} closed. (Itinerant ≠ liaison, so a swap shows.)
#   a, c, f, g, h: no open pair.
EXPECTED_UNDIRECTED = {
    "b": {"coordinator": 0, "itinerant": 0, "boundary-spanner": 4, "liaison": 0},
    "e": {"coordinator": 2, "itinerant": 0, "boundary-spanner": 0, "liaison": 0},
    "d": {"coordinator": 0, "itinerant": 3, "boundary-spanner": 0, "liaison": 2},
}


def test_directed_counts_by_hand():
    census = brokerage(DIRECTED)
    assert census.mode is BrokerageMode.DIRECTED
    assert {n: dict(c) for n, c in census.counts.items()} == EXPECTED_DIRECTED
    assert census.totals == {
        "coordinator": 1,
        "itinerant": 2,
        "representative": 3,
        "gatekeeper": 4,
        "liaison": 1,
    }


def test_representative_is_source_and_broker_in_same_group():
    # the sna label trap: a → b → c with a, b in X and c in Y is a representative
    D = labelled([("a", "b"), ("b", "c")], {"a": "X", "b": "X", "c": "Y"}, True)
    assert brokerage(D).counts["b"]["representative"] == 1
    assert brokerage(D.reverse()).counts["b"]["gatekeeper"] == 1


def test_undirected_convention_by_hand():
    census = brokerage(UNDIRECTED)
    assert census.mode is BrokerageMode.UNDIRECTED
    zero = dict.fromkeys(census.roles, 0)
    for node in UNDIRECTED:
        assert dict(census.counts[node]) == EXPECTED_UNDIRECTED.get(node, zero)


def test_sna_mode_doubles_and_splits():
    census = brokerage(UNDIRECTED, mode="sna")
    # each open path counted in both directions; representative = gatekeeper
    assert dict(census.counts["b"]) == {
        "coordinator": 0,
        "itinerant": 0,
        "representative": 4,
        "gatekeeper": 4,
        "liaison": 0,
    }
    assert census.counts["e"]["coordinator"] == 4
    assert (census.counts["d"]["itinerant"], census.counts["d"]["liaison"]) == (6, 4)


def test_expected_counts_by_hand():
    # N = 8 actors, 9 edges = 18 arcs: d = 18/56; p = d²(1 − d)
    d = 18 / 56
    p = d * d * (1 - d)
    census = brokerage(UNDIRECTED, mode="sna")
    # broker b in X (n = 4); other groups Y (3) and Z (1)
    assert census.expected["b"]["coordinator"] == pytest.approx(p * 3 * 2)
    assert census.expected["b"]["itinerant"] == pytest.approx(p * (3 * 2 + 1 * 0))
    assert census.expected["b"]["representative"] == pytest.approx(p * (8 - 4) * (4 - 1))
    assert census.expected["b"]["liaison"] == pytest.approx(p * ((3 + 1) ** 2 - (9 + 1)))
    # variance of the coordinator count: E(1 − p) + 2(n−1)(n−2)(n−3) d³(1−d)³
    var = p * 6 * (1 - p) + 2 * 3 * 2 * 1 * d**3 * (1 - d) ** 3
    assert census.sd["b"]["coordinator"] == pytest.approx(var**0.5)
    # our undirected convention halves counts, expectations and sd: z-scores agree with sna
    ours = brokerage(UNDIRECTED)
    assert ours.expected["b"]["coordinator"] == pytest.approx(p * 3)
    assert ours.expected["b"]["boundary-spanner"] == pytest.approx(p * 12)
    assert ours.z["e"]["coordinator"] == pytest.approx(census.z["e"]["coordinator"])
    assert ours.z["b"]["boundary-spanner"] == pytest.approx(census.z["b"]["representative"])


def test_undirected_mode_rejects_digraphs():
    with pytest.raises(NetworkError):
        brokerage(DIRECTED, mode="undirected")
    assert brokerage(DIRECTED, mode="sna").mode is BrokerageMode.DIRECTED


def _open_two_paths_directed(G, b):
    return sum(
        1 for a in G.pred[b] for c in G.succ[b] if len({a, b, c}) == 3 and not G.has_edge(a, c)
    )


@settings(max_examples=50, deadline=None)
@given(sector_graphs(directed=False))
def test_undirected_roles_sum_to_open_two_paths(G):
    census = brokerage(G)
    triangles = nx.triangles(G)
    for node in G:
        k = G.degree(node)
        assert census.total(node) == k * (k - 1) // 2 - triangles[node]


@settings(max_examples=50, deadline=None)
@given(sector_graphs(directed=True))
def test_directed_roles_sum_to_open_two_paths(G):
    census = brokerage(G)
    for node in G:
        assert census.total(node) == _open_two_paths_directed(G, node)


@settings(max_examples=30, deadline=None)
@given(sector_graphs())
def test_invariant_under_relabelling(G):
    mapping = {n: f"actor-{(5 * n + 1) % 97}" for n in G}
    H = nx.relabel_nodes(G, mapping)
    a, b = brokerage(G), brokerage(H)
    for n in G:
        assert a.counts[n] == b.counts[mapping[n]]


@settings(max_examples=30, deadline=None)
@given(sector_graphs())
def test_invariant_under_renaming_sectors(G):
    renamed = G.copy()
    names = {"x": "political", "y": "citizens", "z": "other"}
    nx.set_node_attributes(renamed, {n: names[G.nodes[n]["sector"]] for n in G}, "sector")
    a, b = brokerage(G), brokerage(renamed)
    assert a.counts == b.counts
    for node, combos in itertools.product(G, [("coordinator",)]):
        assert a.expected[node][combos[0]] == pytest.approx(b.expected[node][combos[0]])


# -- the G&F null model: expectations, standard deviations and z-scores by hand -----------------
#
# Directed fixture for the moments. X = {x1, x2, x3, x4}, Y = {y1, y2, y3}, Z = {z}: N = 8.
# 14 arcs, so the directed density is d = 14/(8·7) = 0.25 (arcs, not 2·arcs), and
#   p = d²(1 − d) = 0.046875,  q = d³(1 − d)³ = 0.006591796875,  1 − p = 0.953125.
MOMENTS = labelled(
    [
        ("x1", "z"), ("z", "y1"), ("y2", "z"), ("z", "y3"),
        ("x1", "x2"), ("x2", "x3"), ("x3", "x4"), ("x2", "x4"), ("x3", "x1"),
        ("y1", "y2"), ("y1", "y3"), ("y3", "x4"), ("x4", "y1"), ("x4", "x2"),
    ],
    {
        "x1": "X", "x2": "X", "x3": "X", "x4": "X",
        "y1": "Y", "y2": "Y", "y3": "Y", "z": "Z",
    },
    directed=True,
)  # fmt: skip
# Expected count E and variance V per role for a broker in each group (sna's models.R):
#   coordinator  E = p(n−1)(n−2)             V = E(1−p) + 2(n−1)(n−2)(n−3)q
#   itinerant    E = pΣ_j n_j(n_j−1)          V = E(1−p) + 2Σ_j n_j(n_j−1)(n_j−2)q
#   repr./gatek. E = p(N−n)(n−1)             V = E(1−p) + 2((n−1)C(N−n,2) + (N−n)C(n−1,2))q
#   liaison      E = p((Σ_j n_j)² − Σ_j n_j²) V = E(1−p) + 4Σ_j n_j C(N−n_j−n, 2)q
# worked out with the numbers above (j runs over the other groups):
#   X (n=4; 3, 1): coordinator 6p, 6p(1−p)+12q; itinerant 6p, 6p(1−p)+12q;
#                  representative 12p, 12p(1−p)+60q; liaison 6p, 6p(1−p)+12q
#   Y (n=3; 4, 1): coordinator 2p, 2p(1−p); itinerant 12p, 12p(1−p)+48q;
#                  representative 10p, 10p(1−p)+50q; liaison 8p, 8p(1−p)+24q
#   Z (n=1; 4, 3): coordinator 0, 0; itinerant 18p, 18p(1−p)+60q;
#                  representative 0, 0; liaison 24p, 24p(1−p)+120q
MOMENTS_BY_HAND = {
    "X": {
        "coordinator": (0.28125, 0.34716796875),
        "itinerant": (0.28125, 0.34716796875),
        "representative": (0.5625, 0.931640625),
        "gatekeeper": (0.5625, 0.931640625),
        "liaison": (0.28125, 0.34716796875),
    },
    "Y": {
        "coordinator": (0.09375, 0.08935546875),
        "itinerant": (0.5625, 0.8525390625),
        "representative": (0.46875, 0.7763671875),
        "gatekeeper": (0.46875, 0.7763671875),
        "liaison": (0.375, 0.515625),
    },
    "Z": {
        "coordinator": (0.0, 0.0),
        "itinerant": (0.84375, 1.19970703125),
        "representative": (0.0, 0.0),
        "gatekeeper": (0.0, 0.0),
        "liaison": (1.125, 1.86328125),
    },
}
# Open two-paths by hand:
#   x2: in {x1, x4}, out {x3, x4}: x1→x2→x3, x1→x2→x4, x4→x2→x3 open → 3 coordinators
#   x4: in {x3, x2, y3}, out {y1, x2}: x3→x4→x2 coordinator; x3→x4→y1, x2→x4→y1
#       representatives; y3→x4→x2 gatekeeper; y3→x4→y1 itinerant
#   y1: in {z, x4}, out {y2, y3}: z→y1→y3 closed (z→y3); z→y1→y2, x4→y1→y2, x4→y1→y3
#       gatekeepers
#   z: in {x1, y2}, out {y1, y3}: x1→z→y1, x1→z→y3 liaisons; y2→z→y1, y2→z→y3 itinerants
COUNTS_BY_HAND = {
    "x2": {"coordinator": 3, "itinerant": 0, "representative": 0, "gatekeeper": 0, "liaison": 0},
    "x4": {"coordinator": 1, "itinerant": 1, "representative": 2, "gatekeeper": 1, "liaison": 0},
    "y1": {"coordinator": 0, "itinerant": 0, "representative": 0, "gatekeeper": 3, "liaison": 0},
    "z": {"coordinator": 0, "itinerant": 2, "representative": 0, "gatekeeper": 0, "liaison": 2},
}


def test_directed_null_model_uses_arc_density():
    census = brokerage(MOMENTS)
    # d = 14/56, not 28/56: the coordinator expectation of an X broker is 6 d²(1 − d)
    assert census.expected["x1"]["coordinator"] == pytest.approx(6 * 0.25**2 * 0.75)
    assert census.expected["x1"]["coordinator"] != pytest.approx(6 * 0.5**2 * 0.5)


def test_directed_expectations_and_sd_by_hand_for_every_role():
    census = brokerage(MOMENTS)
    groups = {n: MOMENTS.nodes[n]["sector"] for n in MOMENTS}
    for node, group in groups.items():
        for role, (mean, var) in MOMENTS_BY_HAND[group].items():
            assert census.expected[node][role] == pytest.approx(mean, abs=1e-12), (node, role)
            assert census.sd[node][role] == pytest.approx(var**0.5, abs=1e-12), (node, role)


def test_directed_z_scores_by_hand_for_every_role():
    census = brokerage(MOMENTS)
    for node, counts in COUNTS_BY_HAND.items():
        assert dict(census.counts[node]) == counts
        group = MOMENTS.nodes[node]["sector"]
        for role, count in counts.items():
            mean, var = MOMENTS_BY_HAND[group][role]
            if var == 0:
                assert census.z[node][role] != census.z[node][role], (node, role)  # NaN
            else:
                z = (count - mean) / var**0.5
                assert census.z[node][role] == pytest.approx(z, abs=1e-12), (node, role)
    # spot values written out: z's itinerant (2 − 0.84375)/√1.19970703125 = 1.05564...
    assert census.z["z"]["itinerant"] == pytest.approx(1.0556, abs=1e-4)
    assert census.z["x4"]["liaison"] == pytest.approx(-0.4773, abs=1e-4)


def test_undirected_expectations_sd_and_z_by_hand():
    # UNDIRECTED: N = 8 (X 4, Y 3, Z 1), 9 edges = 18 arcs, d = 18/56
    d = 18 / 56
    p = d * d * (1 - d)
    q = d**3 * (1 - d) ** 3
    moments = {  # group → role → (E, V) of the sna counts, from the formulas above
        "X": {
            "coordinator": (6 * p, 6 * p * (1 - p) + 12 * q),
            "itinerant": (6 * p, 6 * p * (1 - p) + 12 * q),
            "representative": (12 * p, 12 * p * (1 - p) + 60 * q),
            "liaison": (6 * p, 6 * p * (1 - p) + 12 * q),
        },
        "Y": {
            "coordinator": (2 * p, 2 * p * (1 - p)),
            "itinerant": (12 * p, 12 * p * (1 - p) + 48 * q),
            "representative": (10 * p, 10 * p * (1 - p) + 50 * q),
            "liaison": (8 * p, 8 * p * (1 - p) + 24 * q),
        },
        "Z": {
            "coordinator": (0.0, 0.0),
            "itinerant": (18 * p, 18 * p * (1 - p) + 60 * q),
            "representative": (0.0, 0.0),
            "liaison": (24 * p, 24 * p * (1 - p) + 120 * q),
        },
    }
    sna = brokerage(UNDIRECTED, mode="sna")
    ours = brokerage(UNDIRECTED)
    ours_role = {"boundary-spanner": "representative"}
    for node in UNDIRECTED:
        group = UNDIRECTED.nodes[node]["sector"]
        for role, (mean, var) in moments[group].items():
            assert sna.expected[node][role] == pytest.approx(mean, abs=1e-12)
            assert sna.sd[node][role] == pytest.approx(var**0.5, abs=1e-12)
            assert sna.expected[node]["gatekeeper"] == sna.expected[node]["representative"]
        for role in ours.roles:
            mean, var = moments[group][ours_role.get(role, role)]
            halve = 1 if role == "boundary-spanner" else 2
            assert ours.expected[node][role] == pytest.approx(mean / halve, abs=1e-12)
            assert ours.sd[node][role] == pytest.approx(var**0.5 / halve, abs=1e-12)
    # z-scores by hand: d's itinerant and liaison (counts 6 and 4 in sna, 3 and 2 ours)
    e_it, v_it = moments["Z"]["itinerant"]
    e_li, v_li = moments["Z"]["liaison"]
    assert sna.z["d"]["itinerant"] == pytest.approx((6 - e_it) / v_it**0.5)
    assert ours.z["d"]["itinerant"] == pytest.approx((3 - e_it / 2) / (v_it**0.5 / 2))
    assert sna.z["d"]["liaison"] == pytest.approx((4 - e_li) / v_li**0.5)
    assert ours.z["d"]["liaison"] == pytest.approx((2 - e_li / 2) / (v_li**0.5 / 2))
    # b: four boundary paths; e: two coordinators (four in sna)
    e_rep, v_rep = moments["X"]["representative"]
    assert ours.z["b"]["boundary-spanner"] == pytest.approx((4 - e_rep) / v_rep**0.5)
    assert sna.z["b"]["gatekeeper"] == pytest.approx((4 - e_rep) / v_rep**0.5)
    e_co, v_co = moments["X"]["coordinator"]
    assert sna.z["e"]["coordinator"] == pytest.approx((4 - e_co) / v_co**0.5)
    assert ours.z["e"]["coordinator"] == pytest.approx((2 - e_co / 2) / (v_co**0.5 / 2))
    # a broker with no two-paths in Y: z = −E/sd for each role with sd > 0
    e_y, v_y = moments["Y"]["liaison"]
    assert ours.z["c"]["liaison"] == pytest.approx(-(e_y / 2) / (v_y**0.5 / 2))
