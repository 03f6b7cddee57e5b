"""Text from Python-built graphs in GraphML, GEXF and pictures.

* control characters never reach GraphML or GEXF raw (they made files that are not
  well-formed XML);
* text in pictures is literal: a name such as ``Fond $\\frac{$ A/S`` crashed matplotlib's
  mathtext.
"""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree import ElementTree

import networkx as nx
import pytest

import kommissorium as k
from kommissorium import network
from kommissorium.cli import main

BAD = "A\x00B\x07C\x0bD\x1bE\x7fF\x85G\ud800H\uffffI"
RAW = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def _hostile_graph(directed: bool = False) -> nx.Graph:
    G = nx.DiGraph() if directed else nx.Graph()
    G.graph["name"] = "Netværk " + BAD
    G.graph[BAD] = "a graph attribute whose name is hostile"
    G.add_node("p1" + BAD, sector="political", name="Borgmester " + BAD, note=[BAD, "x"])
    G.add_node("ngo", sector="civil-society", name=BAD, **{"key" + BAD: BAD})
    G.add_edge("p1" + BAD, "ngo", kind="tie " + BAD, weight=2)
    return G


@pytest.mark.parametrize("directed", [False, True])
@pytest.mark.parametrize("writer", [network.to_graphml, network.to_gexf])
def test_control_characters_never_reach_graphml_or_gexf_raw(writer, directed: bool) -> None:
    data = writer(_hostile_graph(directed))
    text = data.decode("utf-8")
    assert RAW.findall(text) == []
    assert "&#0;" not in text
    assert "&#7;" not in text
    root = ElementTree.fromstring(data)  # well-formed
    assert root is not None
    assert "\ufffd" in text or "&#65533;" in text
    names = nx.parse_graphml(text) if writer is network.to_graphml else None
    if names is not None:
        assert any("Borgmester" in str(d.get("label")) for _, d in names.nodes(data=True))


def test_export_of_a_clean_example_is_unchanged_by_the_rule() -> None:
    dossier = k.load("examples/skanderborg-alle-med-network.toml")
    graph = network.stakeholder_graph(dossier)
    for writer in (network.to_graphml, network.to_gexf):
        assert "\ufffd" not in writer(graph).decode("utf-8")


NAMES = [
    "Fond $\\frac{$ A/S",
    "$x^2$ og $\\alpha$",
    "50 % $ rabat",
    "Forening \\textbf{fed}",
    "Under_streg og ^hat",
    "Ny\nlinje\x0b" + BAD,
]


@pytest.mark.parametrize("suffix", ["png", "svg"])
def test_picture_text_is_literal(tmp_path: Path, suffix: str) -> None:
    pytest.importorskip("matplotlib")
    G = nx.Graph()
    for index, name in enumerate(NAMES):
        G.add_node(f"n{index}", sector="civil-society" if index % 2 else "political", name=name)
    G.add_edges_from((f"n{i}", f"n{i + 1}") for i in range(len(NAMES) - 1))
    out = network.draw_network(G, tmp_path / f"net.{suffix}", title=NAMES[0])
    assert out.stat().st_size > 1000
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"net.{suffix}"]


def test_the_network_command_draws_a_name_with_dollars(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("matplotlib")
    source = Path("examples/skanderborg-alle-med-network.toml").read_text(encoding="utf-8")
    name = re.search(r'^name = "([^"]+)"', source, flags=re.M)
    assert name is not None
    hostile = source.replace(f'name = "{name.group(1)}"', 'name = "Fond $\\\\frac{$ A/S"', 1)
    assert hostile != source
    path = tmp_path / "fond.toml"
    path.write_text(hostile, encoding="utf-8")
    picture = tmp_path / "net.png"
    assert main(["network", str(path), "--permutations", "0", "--picture", str(picture)]) == 0
    assert "Traceback" not in capsys.readouterr().err
    assert picture.read_bytes().startswith(b"\x89PNG")


def test_matplotlib_would_parse_math_without_the_rule() -> None:
    """The guard above is needed: matplotlib's default parses $…$ and fails on this name."""
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots()
    try:
        ax.text(0, 0, "Fond $\\frac{$ A/S")
        with pytest.raises(ValueError, match="frac"):
            fig.canvas.draw()
    finally:
        plt.close(fig)
