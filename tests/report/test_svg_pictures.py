"""The timeline and network pictures: coordinates, reference lines, determinism."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import networkx as nx

import kommissorium as k
from kommissorium.network import stakeholder_graph
from kommissorium.report.netsvg import _separate_labels, network_svg, spring_layout
from kommissorium.report.timeline import timeline_svg

ROOT = Path(__file__).resolve().parents[2]

PLAN = """
[council]
id = "kb"
name = "KB"
election_period = "2022-2025"
municipality = { name = "Testrup", code = "999" }

[committee]
id = "u"
name = "U"

[mandate]
term = { start = 2024-01-01, end = 2024-12-31 }

[[plan.phases]]
id = "a"
title = "Første halvår"
period = { start = 2024-01-01, end = 2024-06-30 }

[[plan.phases]]
id = "b"
title = "Resten"
period = { start = 2024-07-01 }

[[plan.milestones]]
id = "m"
title = "Midtvejsmøde"
date = 2024-07-01
"""


def test_timeline_coordinates_follow_the_dates() -> None:
    svg = timeline_svg(k.loads(PLAN), lang="en", on=date(2024, 3, 1))
    assert svg is not None
    # Axis: 1 January 2024 to 1 January 2025 (366 days, 2024 is a leap year) on x 270..980,
    # so a day is 710/366 units wide.
    # Phase a: 1 Jan – 30 Jun, drawn to the start of 1 July = 182 days = 353.06 units.
    assert '<rect x="270" y="' in svg
    assert 'width="353.1" height="16"' in svg
    # Phase b is open-ended: drawn to the axis end (980) dashed: x = 270 + 182·710/366 = 623.1.
    assert 'x="623.1"' in svg
    assert 'width="356.9" height="16"' in svg
    assert 'stroke-dasharray="4 3"' in svg
    # The milestone diamond is centred on 1 July (623.1).
    assert re.search(r'<path d="M623\.1 [\d.]+ L629\.1 ', svg)
    # Reference lines: the report day (1 March: 60 days → 386.4) and the term end (31 Dec:
    # 365 days → 978.1); the elections of 2021 and 2025 lie outside the axis.
    assert 'class="ref ref-on"' in svg
    assert 'x1="386.4"' in svg
    assert 'class="ref ref-term"' in svg
    assert 'x1="978.1"' in svg
    assert "ref-election" not in svg
    assert "Q1" in svg
    assert "Q4" in svg
    assert ">2024</text>" in svg
    assert svg == timeline_svg(k.loads(PLAN), lang="en", on=date(2024, 3, 1))


def test_timeline_shows_the_election_inside_the_axis() -> None:
    dossier = k.load(ROOT / "examples" / "hedensted-social-2024.toml")
    svg = timeline_svg(dossier, lang="da")
    assert svg is not None
    assert "Kommunalvalg 18. november 2025" in svg
    assert "Udvalgets funktionsperiode slutter 31. december 2025" in svg
    assert svg.count('<g class="phase">') == len(dossier.plan.phases)
    assert svg.count('<g class="milestone">') == len(dossier.plan.milestones)
    assert svg.count("K1</text>") == 2  # quarters are "K" in Danish; 2024 and 2025


def test_network_svg_is_deterministic_and_complete() -> None:
    dossier = k.load(ROOT / "examples" / "skanderborg-alle-med-network.toml")
    G = stakeholder_graph(dossier)
    first = network_svg(G, seed=3, lang="en")
    assert first == network_svg(G, seed=3, lang="en")
    assert first != network_svg(G, seed=4, lang="en")
    assert (
        first.count("<circle")
        == G.number_of_nodes() + len({d["sector"] for _, d in G.nodes(data=True)}) + 1
    )  # actors, one legend dot per sector, and the committee's legend ring
    assert first.count("<line") == G.number_of_edges()
    assert 'class="node committee"' in first
    assert "marker-end" not in first


def test_network_svg_directed_has_arrows() -> None:
    G = nx.DiGraph([("a", "b")])
    nx.set_node_attributes(G, "other", "sector")
    svg = network_svg(G)
    assert 'marker-end="url(#network-arrow)"' in svg


def test_network_svg_empty() -> None:
    assert "Ingen aktører" in network_svg(nx.Graph())


def test_spring_layout_is_in_the_unit_square_and_seeded() -> None:
    G = nx.karate_club_graph()
    nx.set_node_attributes(G, "other", "sector")
    pos = spring_layout(G, seed=7)
    assert len(pos) == G.number_of_nodes()
    assert min(min(xy) for xy in pos.values()) == 0.0
    assert max(max(xy) for xy in pos.values()) == 1.0
    assert pos == spring_layout(G, seed=7)
    assert pos != spring_layout(G, seed=8)


def test_labels_are_pushed_apart() -> None:
    pixels = {"a": [100.0, 200.0], "b": [110.0, 202.0], "c": [600.0, 200.0]}
    _separate_labels(
        [("a", 6.0, 60.0), ("b", 6.0, 60.0), ("c", 6.0, 60.0)], pixels, top=0, bottom=400
    )
    # a and b overlapped (boxes 16 high); now they are at least 16 apart. c was alone.
    assert abs(pixels["a"][1] - pixels["b"][1]) >= 16
    assert pixels["a"][1] < pixels["b"][1]
    assert pixels["c"] == [600.0, 200.0]
