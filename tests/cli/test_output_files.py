"""Every command that writes a file: a bad place is a one-line error, and nothing partial stays.

Each writer goes through :func:`kommissorium._write.write_atomic` (a temporary file in the
target's folder, then a rename), so a failure at any point leaves the target as it was.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

import kommissorium as k
from kommissorium import network
from kommissorium._write import check_output, write_atomic
from kommissorium.cli import main
from kommissorium.errors import KommissoriumError, OutputError
from kommissorium.io import dump_workflow
from kommissorium.model import danish_default_workflow

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = str(ROOT / "examples" / "hedensted-social-2024.toml")


def _writers(target: str) -> list[list[str]]:
    """Every command line that writes ``target``."""
    return [
        ["report", EXAMPLE, "-o", target],
        ["ics", EXAMPLE, "-o", target],
        ["export", EXAMPLE, "--format", "oparl", "-o", target],
        ["export", EXAMPLE, "--format", "popolo", "-o", target],
        ["network", EXAMPLE, "--permutations", "0", "-o", target],
        ["network", EXAMPLE, "--format", "gexf", "-o", target],
        ["network", EXAMPLE, "--permutations", "0", "--picture", target + ".png"]
        if not target.endswith("/")
        else ["network", EXAMPLE, "--permutations", "0", "--picture", target],
    ]


WRITERS = ["report", "ics", "oparl", "popolo", "network", "gexf", "picture"]


def _only_line(capsys: pytest.CaptureFixture[str]) -> str:
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1, captured.err
    assert "Traceback" not in captured.err
    return lines[0]


@pytest.mark.parametrize("index", range(len(WRITERS)), ids=WRITERS)
def test_a_missing_folder_is_a_one_line_error(
    index: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = str(tmp_path / "missing-folder" / "x.out")
    argv = _writers(target)[index]
    assert main(argv) == 2
    line = _only_line(capsys)
    written = argv[-1]
    assert line.startswith(f"kommissorium: cannot write {written} (")
    assert line.endswith(f"): the folder {tmp_path / 'missing-folder'} does not exist")
    assert not (tmp_path / "missing-folder").exists()


@pytest.mark.parametrize("index", range(len(WRITERS)), ids=WRITERS)
def test_a_folder_as_output_is_a_one_line_error(
    index: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "a-folder.png"  # a folder whose name looks like a picture
    folder.mkdir()
    argv = _writers(str(folder))[index]
    if WRITERS[index] == "picture":
        argv[-1] = str(folder)
    assert main(argv) == 2
    line = _only_line(capsys)
    option = "--picture" if WRITERS[index] == "picture" else "-o"
    assert line == (
        f"kommissorium: cannot write {folder} ({option}): it is a folder; give the name of a file"
    )
    assert list(folder.iterdir()) == []


def test_report_into_a_missing_folder_from_the_shell(tmp_path: Path) -> None:
    """The reported case, as a user runs it: no traceback, exit 2, no file."""
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from kommissorium.cli import main; sys.exit(main(sys.argv[1:]))",
            *("report", EXAMPLE, "-o", "missing-folder/x.html"),
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2
    assert done.stderr == (
        "kommissorium: cannot write missing-folder/x.html (-o): the folder missing-folder does "
        "not exist\n"
    )
    assert list(tmp_path.iterdir()) == []


class DiskFullError(Exception):
    pass


def _fail_on_replace(monkeypatch: pytest.MonkeyPatch) -> None:
    def replace(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", replace)


@pytest.mark.parametrize("index", range(len(WRITERS)), ids=WRITERS)
def test_a_failing_write_leaves_the_old_file_and_no_temporary(
    index: int, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    argv = _writers(str(tmp_path / "out.txt"))[index]
    target = Path(argv[-1])
    target.write_bytes(b"the previous export")
    _fail_on_replace(monkeypatch)
    assert main(argv) == 2
    line = _only_line(capsys)
    assert line.startswith(f"kommissorium: cannot write {target} (")
    assert line.endswith("): No space left on device")
    assert target.read_bytes() == b"the previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]


def test_library_writers_are_atomic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dossier = k.load(EXAMPLE)
    graph = network.stakeholder_graph(dossier)
    writers = {
        "dossier.json": lambda p: k.dump(dossier, p),
        "workflow.json": lambda p: dump_workflow(danish_default_workflow(), p),
        "graph.gexf": lambda p: network.export_graph(graph, p, "gexf"),
        "graph.graphml": lambda p: network.export_graph(graph, p, "graphml"),
        "picture.svg": lambda p: network.draw_network(graph, p),
    }
    _fail_on_replace(monkeypatch)
    for name, write in writers.items():
        target = tmp_path / name
        target.write_bytes(b"old")
        with pytest.raises(OutputError, match=f"cannot write {target}: No space left on device"):
            write(target)
        assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(writers)


def test_a_picture_that_fails_while_drawn_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import matplotlib.figure

    def broken(self: object, *args: object, **kwargs: object) -> None:
        Path(str(args[0])).write_bytes(b"half a picture")
        raise DiskFullError("the renderer gave up")

    monkeypatch.setattr(matplotlib.figure.Figure, "savefig", broken)
    graph = nx.path_graph(["a", "b"])
    nx.set_node_attributes(graph, "political", "sector")
    with pytest.raises(DiskFullError):
        network.draw_network(graph, tmp_path / "net.png")
    assert list(tmp_path.iterdir()) == []


def test_write_atomic_keeps_the_mode_of_the_file_it_replaces(tmp_path: Path) -> None:
    target = tmp_path / "shared.ics"
    target.write_bytes(b"old")
    target.chmod(0o640)
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_write_atomic_uses_the_umask_for_a_new_file(tmp_path: Path) -> None:
    mask = os.umask(0o027)
    try:
        write_atomic(tmp_path / "new.txt", "x")
    finally:
        os.umask(mask)
    assert stat.S_IMODE((tmp_path / "new.txt").stat().st_mode) == 0o640


def test_write_atomic_follows_a_symlink_and_writes_devices_in_place(tmp_path: Path) -> None:
    real = tmp_path / "real.txt"
    real.write_text("old")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    write_atomic(link, "new")
    assert link.is_symlink()
    assert real.read_text() == "new"
    write_atomic(os.devnull, b"discarded")  # not a regular file: written as it is


def test_check_output_names_what_is_wrong(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("")
    with pytest.raises(
        OutputError, match=r"cannot write .*/file/x \(-o\): .*/file is not a folder"
    ):
        check_output(tmp_path / "file" / "x", what="-o")
    error = OutputError("x", "y")
    assert isinstance(error, KommissoriumError)
    assert isinstance(error, OSError)
