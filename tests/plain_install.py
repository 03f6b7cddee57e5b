"""The plain-install stage of ``make test``: everything a user can reach, without any extra.

``make test`` installs the ``test``, ``docs`` and ``plot`` extras, so on its own it cannot see
what breaks on ``pip install .``. The Makefile target ``plain-install`` builds a separate
virtual environment (``build/plain-venv``) with only ``pip install .`` and runs this script with
that environment's Python. The script

* checks that the environment is what it claims: kommissorium installed (not the source tree),
  and none of numpy, scipy, matplotlib, pandas importable;
* runs every command of the ``kommissorium`` program on every example (``examples/*.toml``),
  plus the commands that take no file, each in its own process with the installed
  ``kommissorium`` script, and compares the exit code with the one the command table below
  expects;
* runs every ```python sample of README.md and docs/*.md, page by page (the blocks of one page
  in order in one namespace), in a fresh scratch folder that holds ``examples/`` and nothing
  else, so a sample that writes into ``build/`` must create it.

How a run declares what it expects: each command of :func:`commands` carries the exit codes it
may end with (``check`` 0 or 1; ``network --picture`` 2, since drawing needs the ``plot``
extra). An exit code of 2 must come with exactly one line on standard error that starts with
``kommissorium: `` (and, where the table says so, holds a given text), and a file the command
would have written must not exist. A sample must exit 0: one that shows an error catches it,
as the picture sample of docs/network-howto.md catches ``MissingExtraError``. Any
``Traceback`` on standard error fails the run whatever the exit code.

Usage (what ``make plain-install`` does)::

    python -m venv build/plain-venv
    build/plain-venv/bin/python -m pip install .
    build/plain-venv/bin/python tests/plain_install.py

It prints one line per run and a summary, and exits 1 if anything failed.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import KW_ONLY, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = re.compile(r"```python\n(.*?)```", flags=re.S)
TRACEBACK = "Traceback (most recent call last)"
#: Packages a plain install must not have: what the extras or numpy-based code would pull in.
NOT_INSTALLED = ("numpy", "scipy", "matplotlib", "pandas")
#: The hint a command gives when it needs the ``plot`` extra.
PLOT_HINT = "pip install 'kommissorium[plot]'"


@dataclass(frozen=True)
class Run:
    """One process to run and what it may end with.

    Attributes:
        label: What is shown in the log.
        argv: The arguments after the program (``kommissorium`` or ``python``).
        program: ``"cli"`` (the installed kommissorium script) or ``"python"``.
        expect: Exit codes that are fine.
        stderr_has: Text that standard error must hold when the exit code is 2.
        creates: Files (relative to the scratch folder) that must exist after exit 0 and must
            not exist after a non-zero exit; with a check of their first bytes.
        stdin: Text on standard input.
    """

    label: str
    argv: tuple[str, ...]
    _: KW_ONLY
    program: str = "cli"
    expect: frozenset[int] = frozenset({0})
    stderr_has: str = ""
    creates: tuple[tuple[str, bytes], ...] = ()
    stdin: str | None = None


@dataclass
class Result:
    """How a run went."""

    run: Run
    code: int
    seconds: float
    problems: list[str] = field(default_factory=list)


def environment_problems(root: Path = ROOT) -> list[str]:
    """What is wrong with the environment for this stage (empty when it is a plain install)."""
    problems = []
    spec = importlib.util.find_spec("kommissorium")
    if spec is None or spec.origin is None:
        problems.append("kommissorium is not installed in this environment")
    elif Path(spec.origin).resolve().is_relative_to(root / "src"):
        problems.append(
            f"kommissorium is imported from the source tree ({spec.origin}), not the install"
        )
    for name in NOT_INSTALLED:
        if importlib.util.find_spec(name) is not None:
            problems.append(f"{name} is installed: this stage must run on `pip install .` alone")
    return problems


def _check_date(example: Path) -> tuple[str | None, str]:
    """The file's own check date (or None) and a date to pass with --on."""
    import kommissorium as k
    from kommissorium.interop.stamp import stamp_day
    from kommissorium.rules import default_check_date

    dossier = k.load(example)
    own = default_check_date(dossier)
    day = own or stamp_day(dossier)
    return (None if own is None else own.isoformat()), (day.isoformat() if day else "2024-01-01")


def commands(examples: Sequence[Path]) -> list[list[Run]]:
    """The command table: one list of runs per example (run in order), and one for the rest.

    The runs of one list run one after another (``import-roster`` reads what ``export``
    wrote); the lists run in parallel.
    """
    groups: list[list[Run]] = []
    for path in examples:
        name = f"examples/{path.name}"
        stem = path.stem
        out = f"out/{stem}"
        own_date, on = _check_date(path)
        runs = [
            Run(f"show {name}", ("show", name)),
            Run(f"show {name} --lang en", ("show", name, "--lang", "en")),
            Run(
                f"check {name}",
                ("check", name),
                expect=frozenset({0, 1}) if own_date else frozenset({2}),
                stderr_has="" if own_date else "give --on",
            ),
            Run(f"check {name} --on {on}", ("check", name, "--on", on), expect=frozenset({0, 1})),
            *(
                Run(
                    f"check {name} --on {on} --format {fmt}",
                    ("check", name, "--on", on, "--format", fmt),
                    expect=frozenset({0, 1}),
                )
                for fmt in ("json", "sarif")
            ),
            Run(
                f"check {name} --on {on} --lang en",
                ("check", name, "--on", on, "--lang", "en"),
                expect=frozenset({0, 1}),
            ),
            Run(
                f"ics {name}",
                ("ics", name, "-o", f"{out}.ics"),
                creates=((f"{out}.ics", b"BEGIN:VCALENDAR"),),
            ),
            Run(
                f"ics {name} --holidays move --closed …",
                (
                    "ics",
                    name,
                    "-o",
                    "-",
                    "--holidays",
                    "move",
                    "--closed",
                    "2024-07-01:2024-07-31",
                    "--organizer",
                    "sekretariat@kommune.dk",
                ),
            ),
            Run(f"network {name}", ("network", name)),
            Run(
                f"network {name} --directed --lang en",
                ("network", name, "--directed", "--lang", "en"),
            ),
            Run(
                f"network {name} --format json",
                ("network", name, "--format", "json", "-o", f"{out}.network.json"),
                creates=((f"{out}.network.json", b"{"),),
            ),
            *(
                Run(
                    f"network {name} --format {fmt}",
                    ("network", name, "--format", fmt, "-o", f"{out}.{fmt}"),
                    creates=((f"{out}.{fmt}", b"<?xml"),),
                )
                for fmt in ("graphml", "gexf")
            ),
            Run(
                f"network {name} --picture (needs the plot extra)",
                ("network", name, "--picture", f"{out}.png", "-o", f"{out}.picture.txt"),
                expect=frozenset({2}),
                stderr_has=PLOT_HINT,
                creates=((f"{out}.png", b""), (f"{out}.picture.txt", b"")),
            ),
            Run(f"recommendations {name}", ("recommendations", name, "--on", on)),
            *(
                Run(
                    f"recommendations {name} --format {fmt}",
                    ("recommendations", name, "--on", on, "--format", fmt),
                )
                for fmt in ("json", "csv")
            ),
            Run(f"decisions {name}", ("decisions", name)),
            Run(f"decisions {name} --lang en", ("decisions", name, "--lang", "en")),
            Run(
                f"report {name}",
                ("report", name, "-o", f"{out}.html"),
                creates=((f"{out}.html", b"<!DOCTYPE html>"),),
            ),
            Run(f"report {name} --lang en", ("report", name, "--lang", "en", "--on", on)),
            Run(
                f"export {name} --format oparl",
                ("export", name, "--format", "oparl", "-o", f"{out}.oparl.json"),
                creates=((f"{out}.oparl.json", b"{"),),
            ),
            Run(
                f"export {name} --format popolo",
                ("export", name, "--format", "popolo", "-o", f"{out}.popolo.json"),
                creates=((f"{out}.popolo.json", b"{"),),
            ),
            Run(
                f"import-roster {out}.oparl.json --into {name}",
                ("import-roster", f"{out}.oparl.json", "--into", name, "-o", f"{out}.roster.json"),
                creates=((f"{out}.roster.json", b"{"),),
            ),
            Run(f"fmt {name} --check", ("fmt", name, "--check"), expect=frozenset({0, 1})),
            # the commands that change a file work on a copy, never on examples/
            Run(
                f"copy {name} to {out}.kept{path.suffix}",
                ("-c", COPY, name, f"{out}.kept{path.suffix}"),
                program="python",
                creates=((f"{out}.kept{path.suffix}", b""),),
            ),
            Run(
                f"set {out}.kept{path.suffix} committee.description …",
                ("set", f"{out}.kept{path.suffix}", "committee.description", "Ændret af en test"),
            ),
            Run(f"fmt {out}.kept{path.suffix}", ("fmt", f"{out}.kept{path.suffix}")),
            Run(
                f"move {out}.kept{path.suffix} (no such recommendation)",
                ("move", f"{out}.kept{path.suffix}", "ingen-anbefaling", "approved", "--on", on),
                expect=frozenset({2}),
                stderr_has="no recommendation 'ingen-anbefaling'",
            ),
            Run(
                f"publish {name} (needs the caldav extra)",
                ("publish", name, "--caldav", "https://dav.kommune.invalid/udvalg/"),
                expect=frozenset({2}),
                stderr_has="pip install 'kommissorium[caldav]'",
            ),
        ]
        groups.append(runs)
    groups.append(
        [
            Run("--version", ("--version",)),
            Run("--help", ("--help",)),
            Run('periods "første kvartal 2024"', ("periods", "første kvartal 2024")),
            Run(
                'periods "resten af 2024" --after 2024-04-01',
                ("periods", "resten af 2024", "--after", "2024-04-01"),
            ),
            Run(
                'periods "Tredje kvartal" --context-year 2025 --lang en',
                ("periods", "Tredje kvartal", "--context-year", "2025", "--lang", "en"),
            ),
            Run("elections", ("elections",)),
            Run("elections 2016-06-29", ("elections", "2016-06-29")),
            Run("elections 2006 --merged", ("elections", "2006", "--merged")),
            Run("schema", ("schema",)),
            Run("rules", ("rules",)),
            Run("rules --lang en", ("rules", "--lang", "en")),
            Run("rules STL301", ("rules", "STL301")),
            *_reading_runs(),
        ]
    )
    return groups


#: Copies a file (argv[1] to argv[2]) for the commands that change a file.
COPY = "import shutil, sys; shutil.copyfile(sys.argv[1], sys.argv[2])"
SEED_002 = "examples/seeds/002_caf4917664b254be.txt"
MINUTES = "minutes"  # tests/data/minutes, linked into the command folder


def _reading_runs() -> list[Run]:
    """The readers: minutes as text, a folder, FirstAgenda JSON, a committee list, bad input."""
    return [
        Run(f"read {SEED_002}", ("read", SEED_002)),
        Run(f"read {SEED_002} --lang en", ("read", SEED_002, "--lang", "en")),
        Run(
            f"read {SEED_002} --format json",
            ("read", SEED_002, "--format", "json", "-o", "out/seed-002.read.json"),
            creates=(("out/seed-002.read.json", b"{"),),
        ),
        Run(f"read {SEED_002} --format toml", ("read", SEED_002, "--format", "toml")),
        Run(
            f"read {SEED_002} --into its example --dry-run",
            (
                "read",
                SEED_002,
                "--into",
                "examples/norddjurs-strategi-2023.toml",
                "--dry-run",
            ),
        ),
        Run(
            "read examples/seeds (a folder; the kommissorier are not minutes)",
            ("read", "examples/seeds", "--skip-unreadable"),
            expect=frozenset({2}),
            stderr_has="skipped 3 document(s) that could not be read",
        ),
        Run(
            "read a FirstAgenda agenda (JSON)",
            ("read", f"{MINUTES}/hvidovre-oeu-2026-05-18/document.json", "--format", "json"),
        ),
        Run(
            "read a page that is not minutes",
            ("read", f"{MINUTES}/odense-saadan-laeser-du/document.txt"),
            expect=frozenset({2}),
            stderr_has="expected minutes or an agenda",
        ),
        Run(
            "read a committee list as an agenda",
            ("read", f"{MINUTES}/hvidovre-buu-udvalg/document.json"),
            expect=frozenset({2}),
            stderr_has="expected a FirstAgenda agenda",
        ),
        Run(
            "register a FirstAgenda committee",
            ("register", f"{MINUTES}/hvidovre-buu-udvalg/document.json", "-o", "out/register"),
            creates=(("out/register/register.json", b"{"),),
        ),
        Run(
            "draft seed 001 (a kommissorium)",
            ("draft", "examples/seeds/001_0b70cf62755bb1ca.txt", "-o", "out/draft-001.toml"),
            creates=(("out/draft-001.toml", b"# DRAFT"),),
        ),
        Run(
            "draft seed 000 to standard output",
            ("draft", "examples/seeds/000_e8deef672db40fe7.txt"),
        ),
        Run(
            "draft a page that is not a kommissorium",
            ("draft", f"{MINUTES}/odense-saadan-laeser-du/document.txt", "-o", "out/no.toml"),
            expect=frozenset({2}),
            stderr_has="nothing recognised",
            creates=(("out/no.toml", b""),),
        ),
        Run(
            "register a page that is not a committee list",
            ("register", SEED_002, "-o", "out/register-bad"),
            expect=frozenset({2}),
            stderr_has="expected",
        ),
    ]


def samples(root: Path = ROOT) -> list[tuple[str, list[str]]]:
    """The ```python blocks of README.md and docs/**/*.md, per page (pages with none left out)."""
    pages = sorted([root / "README.md", *(root / "docs").rglob("*.md")], key=lambda p: p.as_posix())
    found = []
    for page in pages:
        blocks = SAMPLE.findall(page.read_text(encoding="utf-8"))
        if blocks:
            found.append((page.relative_to(root).as_posix(), blocks))
    return found


#: Runs the blocks of one page in order in one namespace; a block's traceback names the page.
SAMPLE_RUNNER = """
import json, sys
page, blocks = json.loads(sys.stdin.read())
namespace = {"__name__": "__doc_sample__"}
for number, block in enumerate(blocks, 1):
    exec(compile(block, f"{page} (python block {number})", "exec"), namespace)
"""


def sample_runs(root: Path = ROOT) -> list[Run]:
    """One run per page with samples."""
    return [
        Run(
            f"samples of {page} ({len(blocks)} block{'s' if len(blocks) != 1 else ''})",
            ("-c", SAMPLE_RUNNER),
            program="python",
            stdin=json.dumps([page, blocks]),
        )
        for page, blocks in samples(root)
    ]


def problems_of(run: Run, code: int, stderr: str, folder: Path) -> list[str]:
    """Why a finished run failed (empty when it went as expected)."""
    problems = []
    if TRACEBACK in stderr:
        tail = stderr.strip().splitlines()[-1] if stderr.strip() else ""
        problems.append(f"traceback: {tail}")
    if code not in run.expect:
        expected = " or ".join(str(c) for c in sorted(run.expect))
        problems.append(f"exit code {code}, expected {expected}")
    if code == 2 and 2 in run.expect and TRACEBACK not in stderr:
        lines = stderr.strip().splitlines()
        if len(lines) != 1 or not lines[0].startswith("kommissorium: "):
            problems.append(f"exit 2 needs one line 'kommissorium: …' on stderr, got {stderr!r}")
        if run.stderr_has and run.stderr_has not in stderr:
            problems.append(f"stderr does not say {run.stderr_has!r}: {stderr.strip()!r}")
    for name, start in run.creates:
        target = folder / name
        if code == 0:
            if not target.is_file() or target.stat().st_size == 0:
                problems.append(f"{name} was not written")
            elif not target.read_bytes().startswith(start):
                problems.append(f"{name} does not start with {start!r}")
        elif target.exists():
            problems.append(f"{name} exists after exit code {code} (no partial output allowed)")
    return problems


def execute(run: Run, folder: Path, bin_dir: Path, timeout: float) -> Result:
    """Run one process in ``folder`` and judge it."""
    program = bin_dir / ("kommissorium" if run.program == "cli" else "python")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env["PYTHONHASHSEED"] = "0"
    began = time.perf_counter()
    try:
        done = subprocess.run(
            [str(program), *run.argv],
            cwd=folder,
            env=env,
            input=run.stdin,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return Result(run, -1, time.perf_counter() - began, [f"no exit within {timeout:.0f} s"])
    seconds = time.perf_counter() - began
    return Result(
        run, done.returncode, seconds, problems_of(run, done.returncode, done.stderr, folder)
    )


def scratch(base: Path, name: str, root: Path = ROOT) -> Path:
    """A fresh folder holding ``examples/`` (linked to the repository's) and nothing else."""
    folder = base / name
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    (folder / "examples").symlink_to(root / "examples")
    return folder


def _report(result: Result, out: Callable[[str], None]) -> None:
    status = "ok  " if not result.problems else "FAIL"
    out(f"{status} exit {result.code:>2}  {result.seconds:5.2f} s  {result.run.label}")
    for problem in result.problems:
        out(f"       {problem}")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the stage; 0 when everything went as expected, else 1."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--work", default=str(ROOT / "build" / "plain-install"), help="scratch folder"
    )
    parser.add_argument(
        "--jobs", type=int, default=max(2, os.cpu_count() or 2), help="parallel runs"
    )
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per run")
    args = parser.parse_args(argv)

    began = time.perf_counter()
    bin_dir = Path(sys.executable).parent
    print(f"plain install: {sys.executable}")
    wrong = environment_problems()
    if wrong:
        for problem in wrong:
            print(f"FAIL environment: {problem}")
        return 1
    print(f"plain install: none of {', '.join(NOT_INSTALLED)} is installed")
    work = Path(args.work)
    if work.exists():
        shutil.rmtree(work)
    examples = sorted((ROOT / "examples").glob("*.toml"))
    command_folder = scratch(work, "commands")
    (command_folder / MINUTES).symlink_to(ROOT / "tests" / "data" / "minutes")
    (command_folder / "out").mkdir()
    groups = commands(examples)
    pages = sample_runs()

    def run_group(group: list[Run]) -> list[Result]:
        return [execute(run, command_folder, bin_dir, args.timeout) for run in group]

    def run_page(index: int, run: Run) -> list[Result]:
        return [execute(run, scratch(work, f"samples-{index}"), bin_dir, args.timeout)]

    results: list[Result] = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        futures = [pool.submit(run_group, group) for group in groups]
        futures += [pool.submit(run_page, i, run) for i, run in enumerate(pages)]
        for future in futures:
            for result in future.result():
                _report(result, print)
                results.append(result)
    leftovers = sorted(p.name for p in (command_folder / "out").iterdir() if p.name.startswith("."))
    failed = [r for r in results if r.problems]
    if leftovers:
        print(f"FAIL temporary files left in {command_folder / 'out'}: {', '.join(leftovers)}")
    commands_run = sum(len(g) for g in groups)
    print(
        f"plain install: {commands_run} commands on {len(examples)} examples and the samples of "
        f"{len(pages)} pages ran in {time.perf_counter() - began:.0f} s; {len(failed)} failed"
    )
    return 1 if failed or leftovers else 0


if __name__ == "__main__":
    sys.exit(main())
