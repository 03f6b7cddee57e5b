"""The plain-install stage's own logic: its command table is complete and its judge is strict.

The stage itself runs in ``make plain-install`` (a separate environment without extras); here
the parts that decide what it runs and when it fails are tested in the test environment.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pytest

import plain_install as stage
from kommissorium.cli import build_parser

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.toml"))


def _subcommands() -> set[str]:
    parser = build_parser()
    actions = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return set(actions[0].choices)


def test_every_command_runs_on_every_example() -> None:
    groups = stage.commands(EXAMPLES)
    assert len(groups) == len(EXAMPLES) + 1
    covered = {run.argv[0] for group in groups for run in group}
    assert _subcommands() <= covered  # a new command must join the table
    for path, group in zip(EXAMPLES, groups, strict=False):
        # every command that takes a committee file runs on this example (or on its copy)
        on_file = {run.argv[0] for run in group if run.program == "cli"}
        assert any(f"examples/{path.name}" in run.argv for run in group)
        file_commands = _subcommands() - {
            "periods", "elections", "schema", "rules", "read", "register", "draft"
        }  # fmt: skip
        assert file_commands <= on_file, (path.name, file_commands - on_file)


def test_every_page_with_python_samples_is_run() -> None:
    pages = dict(stage.samples())
    assert {"README.md", "docs/getting-started.md", "docs/calendars.md"} <= set(pages)
    assert all(not page.startswith("docs/rules/") for page in pages)
    runs = stage.sample_runs()
    assert len(runs) == len(pages)


def test_the_environment_check_sees_extras() -> None:
    # the test environment has numpy and matplotlib (the plot extra): the stage refuses it
    problems = stage.environment_problems()
    assert any("numpy is installed" in p for p in problems)
    assert any("matplotlib is installed" in p for p in problems)


def _run(**kwargs: object) -> stage.Run:
    return stage.Run("x", ("x",), **kwargs)  # type: ignore[arg-type]


def test_a_traceback_fails_whatever_the_exit_code(tmp_path: Path) -> None:
    stderr = 'Traceback (most recent call last):\n  File "x"\nValueError: boom\n'
    assert stage.problems_of(_run(), 0, stderr, tmp_path) == ["traceback: ValueError: boom"]
    assert stage.problems_of(_run(expect=frozenset({1})), 1, stderr, tmp_path)


def test_an_unexpected_exit_code_fails(tmp_path: Path) -> None:
    assert stage.problems_of(_run(), 1, "", tmp_path) == ["exit code 1, expected 0"]
    assert stage.problems_of(_run(expect=frozenset({0, 1})), 1, "", tmp_path) == []


def test_an_expected_error_is_one_line_that_says_what_it_must(tmp_path: Path) -> None:
    run = _run(expect=frozenset({2}), stderr_has="kommissorium[plot]")
    good = "kommissorium: drawing needs matplotlib: pip install 'kommissorium[plot]'\n"
    assert stage.problems_of(run, 2, good, tmp_path) == []
    assert stage.problems_of(run, 2, good + "more\n", tmp_path)
    assert stage.problems_of(run, 2, "kommissorium: something else\n", tmp_path)
    assert stage.problems_of(run, 2, "usage: kommissorium …\n", tmp_path)


def test_written_files_are_checked_and_failures_leave_none(tmp_path: Path) -> None:
    run = _run(expect=frozenset({0, 2}), creates=(("a.ics", b"BEGIN:VCALENDAR"),))
    assert stage.problems_of(run, 0, "", tmp_path) == ["a.ics was not written"]
    (tmp_path / "a.ics").write_bytes(b"")
    assert stage.problems_of(run, 0, "", tmp_path) == ["a.ics was not written"]
    (tmp_path / "a.ics").write_bytes(b"<html>")
    assert stage.problems_of(run, 0, "", tmp_path) == [
        "a.ics does not start with b'BEGIN:VCALENDAR'"
    ]
    (tmp_path / "a.ics").write_bytes(b"BEGIN:VCALENDAR\r\n")
    assert stage.problems_of(run, 0, "", tmp_path) == []
    problems = stage.problems_of(run, 2, "kommissorium: no\n", tmp_path)
    assert problems == ["a.ics exists after exit code 2 (no partial output allowed)"]


def test_a_sample_runs_in_a_folder_without_build(tmp_path: Path) -> None:
    folder = stage.scratch(tmp_path, "s")
    assert sorted(p.name for p in folder.iterdir()) == ["examples"]
    run = stage.Run(
        "sample",
        ("-c", stage.SAMPLE_RUNNER),
        program="python",
        stdin='["page.md", ["open(\\"build/x\\", \\"w\\")"]]',
    )
    result = stage.execute(run, folder, Path(sys.executable).parent, timeout=60)
    assert result.code == 1
    assert result.problems[0].startswith("traceback: FileNotFoundError")


@pytest.mark.parametrize("page", ["docs/getting-started.md", "docs/calendars.md"])
def test_the_samples_that_write_into_build_create_it(page: str, tmp_path: Path) -> None:
    blocks = dict(stage.samples())[page]
    folder = stage.scratch(tmp_path, "s")

    run = stage.Run(
        page, ("-c", stage.SAMPLE_RUNNER), program="python", stdin=json.dumps([page, blocks])
    )
    result = stage.execute(run, folder, Path(sys.executable).parent, timeout=120)
    assert result.problems == []
    assert any((folder / "build").iterdir())
