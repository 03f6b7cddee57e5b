from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

import kommissorium as k
from kommissorium.cli import main
from kommissorium.network import (
    MissingExtraError,
    draw_network,
    network_summary,
    stakeholder_graph,
    summary_json,
    to_gexf,
    to_graphml,
)

ROOT = Path(__file__).resolve().parents[2]
HEDENSTED = str(ROOT / "examples" / "hedensted-social-2024.toml")
SKANDERBORG = str(ROOT / "examples" / "skanderborg-alle-med-network.toml")


def test_json_output_is_deterministic(tmp_path, capsys):
    assert main(["network", HEDENSTED, "--format", "json", "--permutations", "99"]) == 0
    first = capsys.readouterr().out
    out = tmp_path / "s.json"
    assert (
        main(["network", HEDENSTED, "--format", "json", "--permutations", "99", "-o", str(out)])
        == 0
    )
    assert out.read_text(encoding="utf-8") == first
    data = json.loads(first)
    assert list(data)[:3] == ["graph", "ei", "assortativity"]
    assert data["graph"]["actors"] == 14
    assert data["governance"]["heuristic"] is True
    assert data["ei"]["permutation"]["permutations"] == 99


def test_text_output_by_phase(capsys):
    assert main(["network", SKANDERBORG, "--phase", "arbejde", "--permutations", "0"]) == 0
    out = capsys.readouterr().out
    assert "phase arbejde" in out
    assert "Governance reading (heuristic" in out


def test_bad_input_exits_2(capsys):
    assert main(["network", HEDENSTED, "--phase", "p9"]) == 2
    assert "p9" in capsys.readouterr().err
    assert main(["network", HEDENSTED, "--at", "tomorrow"]) == 2
    assert main(["network", HEDENSTED, "--picture", "x.pdf", "--format", "json"]) == 2


def test_graphml_and_gexf_open_with_colours(tmp_path, capsys):
    for fmt, reader in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        out = tmp_path / f"n.{fmt}"
        assert main(["network", SKANDERBORG, "--format", fmt, "-o", str(out)]) == 0
        G = reader(out)
        assert G.number_of_nodes() == 23
        assert G.nodes["foreninger"]["colour"] == "#2ca02c"
        assert G.nodes["foreninger"]["sector"] == "civil-society"
    gexf = (tmp_path / "n.gexf").read_bytes()
    assert b'<viz:color r="44" g="160" b="44"' in gexf
    assert b"lastmodifieddate" not in gexf
    assert to_gexf(stakeholder_graph(k.load(SKANDERBORG))) == gexf
    graphml = to_graphml(stakeholder_graph(k.load(SKANDERBORG)))
    assert graphml.startswith(b"<?xml")
    assert nx.read_graphml(io.BytesIO(graphml)).nodes["foreninger"]["r"] == 44


def test_declared_sector_colour_is_exported():
    d = k.loads(
        """
[committee]
id = "u"
name = "U"
[[stakeholders]]
id = "b"
name = "B"
sector = "housing"
[[ties]]
source = "u"
target = "b"
[[sectors]]
id = "housing"
label_da = "Bolig"
colour = "#123456"
"""
    )
    from kommissorium.network import sector_info

    data = to_graphml(stakeholder_graph(d), info=sector_info(d.sectors))
    assert b"#123456" in data


@pytest.mark.parametrize("suffix", ["png", "svg"])
def test_picture_written(tmp_path, suffix, capsys):
    out = tmp_path / f"net.{suffix}"
    assert main(["network", HEDENSTED, "--permutations", "0", "--picture", str(out)]) == 0
    assert out.stat().st_size > 1000
    if suffix == "svg":
        again = tmp_path / "again.svg"
        draw_network(
            stakeholder_graph(k.load(HEDENSTED)),
            again,
            seed=0,
            title=k.load(HEDENSTED).committee.name,
        )
        assert again.read_bytes() == out.read_bytes()


def test_missing_matplotlib_gives_clear_error(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    with pytest.raises(MissingExtraError, match=r"kommissorium\[plot\]"):
        draw_network(stakeholder_graph(k.load(HEDENSTED)), tmp_path / "x.png")


def test_summary_json_rejects_nan_and_rounds():
    summary = network_summary(k.load(SKANDERBORG), permutations=0)
    text = summary_json(summary)
    assert "NaN" not in text
    assert summary["ei"]["by_sector"]["region-state"]["density_rescaled"] is None


def test_example_script_runs(tmp_path):
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "network_analysis.py")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"},
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "skanderborg-alle-med-network.png" in result.stdout


def test_arguments_checked_before_anything_is_written(tmp_path, capsys):
    out = tmp_path / "s.json"
    args = ["network", HEDENSTED, "--format", "json", "-o", str(out), "--permutations", "0"]
    assert main([*args, "--picture", str(tmp_path / "x.pdf")]) == 2
    assert not out.exists()
    assert "png or .svg" in capsys.readouterr().err
    assert main([*args, "--betweenness-k", "0"]) == 2
    assert not out.exists()
    assert main([*args, "--phase", "p9"]) == 2
    assert not out.exists()
    assert main([*args, "--picture", str(tmp_path / "x.svg")]) == 0
    assert out.exists()
    assert (tmp_path / "x.svg").exists()


def test_betweenness_sampling_is_reported(capsys):
    base = ["network", SKANDERBORG, "--permutations", "0"]
    assert main([*base, "--betweenness-k", "5", "--seed", "3", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["betweenness"] == {"exact": False, "k": 5, "seed": 3}
    assert main([*base, "--betweenness-k", "5", "--seed", "3"]) == 0
    assert "estimated from k=5 source pivots (seed 3)" in capsys.readouterr().out
    assert main(base) == 0
    assert "betweenness: exact" in capsys.readouterr().out
    # k at or above the number of actors is exact
    assert main([*base, "--betweenness-k", "23", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["betweenness"]["exact"] is True


def test_summary_reuses_one_betweenness_pass():
    from kommissorium.network import (
        betweenness,
        betweenness_centralization,
        cross_sector_betweenness,
    )

    d = k.load(SKANDERBORG)
    G = stakeholder_graph(d)
    summary = network_summary(d, permutations=0)
    plain = betweenness(G)
    cross = cross_sector_betweenness(G, backend="networkx")  # networkx, pair by pair
    for actor in summary["actors"]:
        assert actor["betweenness"] == pytest.approx(plain[actor["id"]], abs=1e-4)
        assert actor["cross_sector_betweenness"] == pytest.approx(cross[actor["id"]], abs=1e-4)
    assert summary["centralization"]["betweenness"] == pytest.approx(
        betweenness_centralization(G), abs=1e-4
    )


def test_isolated_actors_sit_in_a_row_under_the_network():
    from kommissorium.network.picture import _layout

    G = stakeholder_graph(k.load(SKANDERBORG))
    isolated = sorted(nx.isolates(G))
    assert isolated == ["brugerbestyrelser", "maalgruppe-udenfor-arbejdsmarkedet"]
    pos = _layout(G, sorted(G, key=str), seed=0)
    tied = [n for n in G if n not in isolated]
    lowest = min(pos[n][1] for n in tied)
    left, right = min(pos[n][0] for n in tied), max(pos[n][0] for n in tied)
    for node in isolated:
        x, y = pos[node]
        assert y < lowest
        assert left <= x <= right
    # close together, not pushed to the two edges
    assert abs(pos[isolated[0]][0] - pos[isolated[1]][0]) <= 0.35 + 1e-9
    # the layout of the tied actors does not depend on the isolated ones
    H = G.copy()
    H.remove_nodes_from(isolated)
    assert _layout(H, sorted(H, key=str), seed=0) == {n: pos[n] for n in sorted(H, key=str)}


def test_long_labels_are_wrapped_not_cut_mid_word():
    from kommissorium.network.picture import _wrap

    label = _wrap("Mennesker uden for arbejdsmarkedet")
    assert label == "Mennesker uden for\narbejdsmarkedet"
    assert max(len(line) for line in label.splitlines()) <= 18
    assert _wrap("x" * 60).endswith("…")
    assert _wrap("KUI") == "KUI"
