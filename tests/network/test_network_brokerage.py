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

# Undirected fixture. X = {a, b, e, f}, Y = {c, g}, Z = {d}.
# Edges a–b, b–c, b–d, c–d, b–e, a–e, e–f, d–g.
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
    ],
    {"a": "X", "b": "X", "e": "X", "f": "X", "c": "Y", "g": "Y", "d": "Z"},
)
# Unordered open pairs of neighbours, by hand:
#   b (X), neighbours a, c, d, e: {a,c} {a,d} {c,e} {d,e} are open and have exactly one end in
#     X → 4 boundary spanners; {a,e} and {c,d} are closed.
#   e (X), neighbours a, b, f: {a,f} and {b,f} open, all X → 2 coordinators; {a,b} closed.
#   d (Z), neighbours b, c, g: {b,g} open X–Y → liaison; {c,g} open Y–Y → itinerant.
#   a, c, f, g: no open pair.
EXPECTED_UNDIRECTED = {
    "b": {"coordinator": 0, "itinerant": 0, "boundary-spanner": 4, "liaison": 0},
    "e": {"coordinator": 2, "itinerant": 0, "boundary-spanner": 0, "liaison": 0},
    "d": {"coordinator": 0, "itinerant": 1, "boundary-spanner": 0, "liaison": 1},
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
    assert (census.counts["d"]["itinerant"], census.counts["d"]["liaison"]) == (2, 2)


def test_expected_counts_by_hand():
    # N = 7 actors, 8 edges = 16 arcs: d = 16/42; p = d²(1 − d)
    d = 16 / 42
    p = d * d * (1 - d)
    census = brokerage(UNDIRECTED, mode="sna")
    # broker b in X (n = 4); other groups Y (2) and Z (1)
    assert census.expected["b"]["coordinator"] == pytest.approx(p * 3 * 2)
    assert census.expected["b"]["itinerant"] == pytest.approx(p * (2 * 1 + 1 * 0))
    assert census.expected["b"]["representative"] == pytest.approx(p * (7 - 4) * (4 - 1))
    assert census.expected["b"]["liaison"] == pytest.approx(p * ((2 + 1) ** 2 - (4 + 1)))
    # variance of the coordinator count: E(1 − p) + 2(n−1)(n−2)(n−3) d³(1−d)³
    var = p * 6 * (1 - p) + 2 * 3 * 2 * 1 * d**3 * (1 - d) ** 3
    assert census.sd["b"]["coordinator"] == pytest.approx(var**0.5)
    # our undirected convention halves counts, expectations and sd: z-scores agree with sna
    ours = brokerage(UNDIRECTED)
    assert ours.expected["b"]["coordinator"] == pytest.approx(p * 3)
    assert ours.expected["b"]["boundary-spanner"] == pytest.approx(p * 9)
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
