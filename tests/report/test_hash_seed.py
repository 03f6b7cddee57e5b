"""The report, the network picture and the example outputs do not depend on the hash seed.

Python salts the hashes of strings per process (``PYTHONHASHSEED``), so set and graph
iteration orders differ between processes. Each test runs the same work in fresh interpreters
under different seeds and compares the bytes.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "examples").glob("*.toml"))
HASH_SEEDS = ("0", "1", "12345")

SCRIPT = """
import contextlib
import io
import sys
from pathlib import Path

from kommissorium import load, network
from kommissorium.cli import main
from kommissorium.interop.stamp import stamp_day
from kommissorium.report.netsvg import network_svg
from kommissorium.rules import default_check_date

out = Path(sys.argv[1])
pictures = sys.argv[2] == "pictures"


def run(*argv, codes=(0,)):
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        code = main(list(argv))
    assert code in codes, (argv, code)
    return buffer.getvalue()


for name in sys.argv[3:]:
    stem = Path(name).stem
    dossier = load(name)
    if pictures:
        for directed in (False, True):
            flag = ["--directed"] if directed else []
            for suffix in ("png", "svg"):
                picture = out / f"{stem}.{directed}.picture.{suffix}"
                run("network", name, *flag, "--permutations", "0", "--picture", str(picture),
                    "-o", "/dev/null")
        continue
    on = (default_check_date(dossier) or stamp_day(dossier)).isoformat()
    run("report", name, "-o", str(out / f"{stem}.html"))
    run("ics", name, "-o", str(out / f"{stem}.ics"))
    for fmt in ("oparl", "popolo"):
        run("export", name, "--format", fmt, "-o", str(out / f"{stem}.{fmt}.json"))
    for fmt in ("json", "sarif"):
        text = run("check", name, "--on", on, "--format", fmt, codes=(0, 1))
        (out / f"{stem}.check.{fmt}").write_text(text, encoding="utf-8")
    for directed in (False, True):
        flag = ["--directed"] if directed else []
        for fmt in ("text", "json", "graphml", "gexf"):
            target = out / f"{stem}.{directed}.network.{fmt}"
            run("network", name, "--format", fmt, *flag, "-o", str(target))
        graph = network.stakeholder_graph(dossier, directed=directed)
        svg = network_svg(graph, info=network.sector_info(dossier.sectors), seed=0)
        (out / f"{stem}.{directed}.svg").write_text(svg, encoding="utf-8")
"""

#: Files the script writes per example: report, ics, two exports, two check formats, and per
#: direction four network formats and the report's SVG.
PER_EXAMPLE = 1 + 1 + 2 + 2 + 2 * (4 + 1)


def _run(args: list[str], seed: str) -> None:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    subprocess.run(args, cwd=ROOT, env=env, check=True, capture_output=True, timeout=600)


def _run_all(script: str, mode: str, folders: dict[str, Path]) -> None:
    """The script under every hash seed, the processes side by side."""
    running = []
    for seed, out in folders.items():
        out.mkdir()
        env = {**os.environ, "PYTHONHASHSEED": seed}
        args = [sys.executable, "-c", script, str(out), mode, *map(str, EXAMPLES)]
        running.append(
            subprocess.Popen(
                args, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
            )
        )
    for process in running:
        _, stderr = process.communicate(timeout=900)
        assert process.returncode == 0, stderr.decode("utf-8", "replace")


def _contents(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def _same_under_every_seed(tmp_path: Path, mode: str, seeds: tuple[str, ...]) -> dict[str, bytes]:
    folders = {seed: tmp_path / seed for seed in seeds}
    _run_all(SCRIPT, mode, folders)
    results = [_contents(folder) for folder in folders.values()]
    for other in results[1:]:
        assert other.keys() == results[0].keys()
        differing = [name for name in other if other[name] != results[0][name]]
        assert differing == []
    return results[0]


@pytest.mark.slow
def test_every_output_is_the_same_under_every_hash_seed(tmp_path: Path) -> None:
    """Report, calendar, OParl, Popolo, check JSON/SARIF, network text/JSON/GraphML/GEXF, SVG."""
    assert len(EXAMPLES) >= 7
    first = _same_under_every_seed(tmp_path, "outputs", HASH_SEEDS)
    assert len(first) == PER_EXAMPLE * len(EXAMPLES)


@pytest.mark.slow
def test_every_network_picture_is_the_same_under_every_hash_seed(tmp_path: Path) -> None:
    """The matplotlib pictures (PNG and SVG, undirected and directed) of every example.

    Before the layout took its own sorted copy of the graph, the Skanderborg 2021 picture
    changed with the hash seed (a networkx subgraph view hands out its nodes in set order).
    """
    pytest.importorskip("matplotlib")
    first = _same_under_every_seed(tmp_path, "pictures", HASH_SEEDS)
    assert len(first) == 4 * len(EXAMPLES)
    assert all(data for data in first.values())


@pytest.mark.slow
def test_example_outputs_are_the_same_under_every_hash_seed(tmp_path: Path) -> None:
    results = []
    for seed in HASH_SEEDS[:2]:
        out = tmp_path / seed
        _run(
            [sys.executable, str(ROOT / "examples" / "outputs.py"), "--out", str(out), "--no-png"],
            seed,
        )
        results.append(_contents(out))
    assert len(results[0]) >= 6 * 7
    differing = [name for name in results[1] if results[1][name] != results[0][name]]
    assert results[1].keys() == results[0].keys()
    assert differing == []


def test_layout_ignores_the_order_the_graph_hands_out_its_edges() -> None:
    """The same graph built in two edge orders (and endpoint orders) lays out the same."""
    import networkx as nx

    from kommissorium.report.netsvg import network_svg, spring_layout

    edges = [("a", "b"), ("b", "c"), ("c", "d"), ("d", "a"), ("a", "c"), ("e", "b")]
    first = nx.Graph()
    second = nx.Graph()
    first.add_nodes_from(["a", "b", "c", "d", "e", "lonely"])
    second.add_nodes_from(["lonely", "e", "d", "c", "b", "a"])
    first.add_edges_from(edges)
    second.add_edges_from((v, u) for u, v in reversed(edges))
    assert list(first.edges()) != list(second.edges())
    assert spring_layout(first, seed=3) == spring_layout(second, seed=3)
    assert network_svg(first) == network_svg(second)
    # without the actor that has no ties (no sub-graph is taken)
    first.remove_node("lonely")
    second.remove_node("lonely")
    assert spring_layout(first, seed=3) == spring_layout(second, seed=3)


def test_picture_files_carry_no_date_and_no_version(tmp_path: Path) -> None:
    """PNG and SVG metadata hold nothing that changes between runs or matplotlib releases."""
    import struct

    matplotlib = pytest.importorskip("matplotlib")
    import networkx as nx

    from kommissorium import network

    G = nx.path_graph(["a", "b", "c"])
    nx.set_node_attributes(G, {"a": "political", "b": "citizens", "c": "other"}, "sector")
    png = network.draw_network(G, tmp_path / "net.png", title="T").read_bytes()
    chunks = []
    at = 8
    while at < len(png):
        (length,) = struct.unpack(">I", png[at : at + 4])
        chunks.append(png[at + 4 : at + 8])
        at += 12 + length
    assert not {b"tEXt", b"iTXt", b"zTXt", b"tIME"} & set(chunks)
    svg = network.draw_network(G, tmp_path / "net.svg", title="T").read_text(encoding="utf-8")
    assert matplotlib.__version__ not in svg
    assert "<dc:date>" not in svg
    assert "<dc:creator>" not in svg
