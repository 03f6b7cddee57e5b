"""Hostile committee files: every one ends in one line on standard error, never a traceback.

``cases/`` holds the inputs (written as files, so they can be read and tried by hand); the table
:data:`EXPECTED` gives for each the place the message must name (a path inside the document,
or ``line L, column C`` where the parser stops) and a few words it must contain. Every input is
run through every command that reads a committee file, in-process; a handful also through a real
``python -m kommissorium`` process. Inputs that cannot be committed as files (a named pipe, a
link to ``/dev/zero``) are made by the tests.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from kommissorium.cli import main

CASES = Path(__file__).resolve().parent / "cases"
MINUTES = Path(__file__).resolve().parents[2] / "examples" / "seeds" / "002_caf4917664b254be.txt"

_LIMIT = "text without control characters"

#: file name -> (the place the message names, words it must contain)
EXPECTED: dict[str, tuple[str, tuple[str, ...]]] = {
    # -- integers: every field has a documented range (docs/files.md, "Input limits")
    "bool-for-task-number.toml": ("mandate.tasks[0].number", ("an integer", "got true")),
    "int-26-digit-seats.toml": ("council.seats", ("from 1 to 9999", "an integer of 26 digits")),
    "int-negative-seats.toml": ("council.seats", ("a number of seats from 1 to 9999", "got -3")),
    "int-zero-seats.toml": ("council.seats", ("from 1 to 9999", "got 0")),
    "int-10-pow-40-seat-count.json": (
        "mandate.composition[0].count",
        ("a number of seats from 1 to 9999", "an integer of 41 digits"),
    ),
    "int-negative-seat-count.toml": ("mandate.composition[0].count", ("seats", "got -3")),
    "int-negative-task-number.toml": ("mandate.tasks[0].number", ("a task number", "got -1")),
    "int-zero-task-number.toml": ("mandate.tasks[0].number", ("from 1 to 9999", "got 0")),
    "int-huge-deliverable-task.toml": (
        "mandate.deliverables[0].tasks[1]",
        ("a task number", "an integer of 23 digits"),
    ),
    "int-negative-recommendation-task.toml": ("recommendations[0].task", ("task", "got -2")),
    "int-negative-vote-count.toml": (
        "decisions[0].outcomes[0].counts[0].count",
        ("a number of votes from 0 to 9999", "got -1"),
    ),
    "int-zero-attachment-number.toml": (
        "decisions[0].attachments[0].number",
        ("an attachment number from 1", "got 0"),
    ),
    "int-zero-absentee-point.toml": (
        "decisions[0].absentees[0].points[1]",
        ("a point number from 1", "got 0"),
    ),
    "int-status-per-year-5.toml": ("status_schedules[0].per_year", ("1, 2, 3, 4, 6 or 12", "5")),
    "int-reporting-zero-times.toml": (
        "mandate.reporting.times_per_year",
        ("from 1 to 366", "got 0"),
    ),
    "int-meetings-per-year-huge.toml": (
        "mandate.meetings.meetings_per_year",
        ("from 1 to 366", "got 100000"),
    ),
    "int-progress-above-100.toml": (
        "recommendations[0].follow_up.progress",
        ("from 0 to 100", "got 101"),
    ),
    "float-pay-percent-250.toml": (
        "mandate.pay[0].percent_of_mayor",
        ("from 0 to 100", "250"),
    ),
    "float-tie-weight-1e300.toml": ("ties[0].weight", ("positive number (at most 1000000)",)),
    "float-tie-weight-400-digit-int.toml": (
        "ties[0].weight",
        ("a number", "an integer of 400 digits"),
    ),
    "json-nan-weight.json": ("ties[0].weight", ("positive number", "got nan")),
    "json-infinity-percent.json": ("mandate.pay[0].percent_of_mayor", ("0 to 100", "got inf")),
    "json-5000-digit-integer.json": (
        "council.seats",
        ("at most 4300 digits", "an integer of 5000 digits"),
    ),
    "toml-5000-digit-integer.toml": ("line 9, column 9", ("at most 4300 digits",)),
    "json-150-digit-integer-as-name.json": (
        "committee.name",
        ("expected a string", "an integer of 150 digits"),
    ),
    # -- ids: not empty or blank; people, bodies and the council share one namespace
    "id-empty-committee.json": ("committee.id", ("not empty or blank", "got ''")),
    "id-blank-person.toml": ("people[0].id", ("not empty or blank", "got '   '")),
    "id-blank-meeting.toml": ("meetings[0].id", ("not empty or blank",)),
    "id-trailing-space-stakeholder.toml": (
        "stakeholders[0].id",
        ("without spaces at either end", "'ngo '"),
    ),
    "id-empty-phase.toml": ("plan.phases[0].id", ("not empty or blank",)),
    "id-blank-party-letter.toml": ("council.parties[0].letter", ("a party letter",)),
    "id-empty-recommendation.toml": ("recommendations[0].id", ("not empty or blank",)),
    "id-person-takes-committee-id.toml": (
        "people[0].id",
        ("one namespace", "got 'u', already the id at committee.id"),
    ),
    "id-person-takes-body-id.toml": ("people[0].id", ("already the id at bodies[0].id",)),
    "id-person-takes-council-id.toml": ("people[0].id", ("already the id at council.id",)),
    "id-body-takes-council-id.toml": ("bodies[0].id", ("other than the council's", "'kb'")),
    "id-committee-takes-council-id.toml": ("committee.id", ("other than the council's",)),
    # -- duplicate keys name the key
    "json-duplicate-key-committee-name.json": (
        "committee.name",
        ("each key once", "the key 'name' a second time"),
    ),
    "json-duplicate-key-in-person.json": ("people[1].id", ("the key 'id' a second time",)),
    "json-duplicate-top-level-key.json": ("committee", ("the key 'committee' a second time",)),
    "toml-duplicate-key.toml": (
        "line 5, column 20",
        ("each key once", "the key 'committee.name' a second time"),
    ),
    "toml-duplicate-table.toml": ("line 5, column 11", ("the table 'committee' a second time",)),
    "toml-duplicate-inline-key.toml": ("line 15, column 50", ("the key 'start' a second time",)),
    "toml-table-after-array.toml": ("line 8, column 8", ("the table 'people' a second time",)),
    # -- sectors
    "sector-typo.toml": (
        "stakeholders[0].sector",
        ("a known sector: political, administration", "[[sectors]]", "did you mean"),
    ),
    "sector-undeclared-in-involve.toml": (
        "mandate.involve[0].sectors[0]",
        ("a known sector", "'kultur'"),
    ),
    # -- a history runs forwards
    "history-dates-run-backwards.toml": (
        "recommendations[0] ('r1').history[1].date",
        ("on or after the entry before it (2024-05-01)", "got 2024-04-01"),
    ),
    # -- characters: one rule for every string, keys included
    "json-lone-high-surrogate.json": ("committee.name", (_LIMIT, "a lone surrogate U+D800")),
    "json-lone-low-surrogate.json": ("people[0].name", ("a lone surrogate U+DC00 at character 1",)),
    "json-nul-in-name.json": ("committee.name", (_LIMIT, "U+0000 (NUL) at character 2")),
    "json-raw-del.json": ("committee.name", ("U+007F (DEL)",)),
    "json-raw-c1-nel.json": ("stakeholders[0].name", ("U+0085 (NEL)",)),
    "json-control-in-key.json": (
        'committee."na\\u0007me"',
        ("U+0007 (BEL) at character 3 of the key",),
    ),
    "json-control-in-id.json": ("committee.id", ("U+0001 at character 2",)),
    "json-noncharacter-ffff.json": ("committee.description", ("U+FFFF",)),
    "toml-bel-escape.toml": ("people[0].name", (_LIMIT, "U+0007 (BEL) at character 5")),
    "toml-esc-escape.toml": ("mandate.purpose", ("U+001B (ESC)",)),
    "toml-vt-escape.toml": ("plan.phases[0].title", ("U+000B (VT)",)),
    "toml-form-feed-escape.toml": ("stakeholders[0].name", ("U+000C (FF)",)),
    "toml-escape-in-array-item.toml": ("people[0].positions[1]", ("U+001F at character 5",)),
    "toml-raw-bel.toml": ("line 6, column 13", ("U+0007 (BEL), which TOML does not allow",)),
    "toml-raw-nul-in-comment.toml": ("line 5, column 13", ("U+0000 (NUL)",)),
    "toml-lone-surrogate-escape.toml": ("line 6, column 18", ("not a Unicode character",)),
    # -- the autumn repeat of 02:00-03:00 needs an offset; the spring gap does not exist
    "dst-bare-ambiguous-start.toml": (
        "meetings[0].start",
        ("2024-10-27T02:15+02:00 or 2024-10-27T02:15+01:00", "write the offset"),
    ),
    "dst-bare-ambiguous-string.toml": (
        "meetings[0].end",
        ("2025-10-26T02:30+02:00 or 2025-10-26T02:30+01:00",),
    ),
    "dst-series-in-second-pass.toml": (
        "series[0].start",
        ("second pass", "2024-10-27T02:15+02:00"),
    ),
    "dst-spring-gap.toml": ("meetings[0].start", ("exists in Danish local time",)),
    # -- messages that used to mislead
    "msg-bad-date-in-date-field.toml": (
        "plan.milestones[0].date",
        ("a date (YYYY-MM-DD", "there is no month 13"),
    ),
    "msg-word-in-date-field.toml": (
        "mandate.established_by.date",
        ("a date (YYYY-MM-DD", "'igår'"),
    ),
    "msg-relative-deliverable-due.toml": (
        "mandate.deliverables[0].due",
        ('end = "2026-12-31", text = "resten af 2026"', "andet halvår 2026"),
    ),
    "msg-json-null-for-string.json": ("committee.name", ("a string", "got null")),
    "msg-local-time-for-datetime.toml": ("meetings[0].start", ("the time of day 14:00:00",)),
    "msg-string-for-table.toml": ("mandate", ("a table", "got 'alt'")),
    "msg-array-for-committee.json": ("committee", ("a table", "got an array")),
}

#: Words that give away Python rather than the file format.
PYTHON_WORDING = re.compile(
    r"NoneType|\bNone\b|\bTrue\b|\bFalse\b|PeriodContext|context=|Traceback|Error\b|<class|datetime\.|"
    r"\bdict\b|\blist\b|"
    r"\bstr\b|\bint\b|\(Committee\)|\(Dossier\)|\\x[0-9a-f]{2}"
)

#: Every command that reads a committee file, with the arguments it needs (OUT is replaced by
#: an output path that must not be created).
COMMANDS: tuple[tuple[str, ...], ...] = (
    ("show", "FILE"),
    ("check", "FILE"),
    ("check", "--format", "sarif", "FILE"),
    ("ics", "FILE", "-o", "OUT"),
    ("export", "--format", "oparl", "FILE", "-o", "OUT"),
    ("export", "--format", "popolo", "FILE", "-o", "OUT"),
    ("report", "FILE", "-o", "OUT"),
    ("network", "FILE"),
    ("recommendations", "FILE"),
    ("decisions", "FILE"),
)

#: Commands that change a committee file (FILE is a copy in a temporary folder): a file that
#: does not load is refused and left exactly as it was.
WRITING_COMMANDS: tuple[tuple[str, ...], ...] = (
    ("fmt", "FILE"),
    ("fmt", "--check", "FILE"),
    ("set", "FILE", "committee.name", "Udvalget"),
    ("move", "FILE", "strategi", "considered", "--on", "2024-01-16", "--by", "vpu"),
    ("read", str(MINUTES), "--into", "FILE"),
)

FILES = sorted(EXPECTED)


def _argv(command: tuple[str, ...], file: Path, out: Path) -> list[str]:
    return [str(file) if a == "FILE" else str(out) if a == "OUT" else a for a in command]


def _check_stderr(err: str, file: Path, place: str, fragments: tuple[str, ...]) -> None:
    where = f"kommissorium: {file}: {place}: " if place else f"kommissorium: {file}: "
    assert err.startswith(where), err
    assert err.endswith("\n"), err
    assert err.count("\n") == 1, err
    assert "Traceback" not in err
    message = err[len(f"kommissorium: {file}: ") :]
    assert PYTHON_WORDING.search(message) is None, err
    for fragment in fragments:
        assert fragment in err, f"{fragment!r} not in {err!r}"


def test_every_case_has_expectations() -> None:
    on_disk = {p.name for p in CASES.iterdir()}
    assert on_disk == set(EXPECTED), (
        sorted(on_disk - set(EXPECTED)),
        sorted(set(EXPECTED) - on_disk),
    )
    assert len(on_disk) >= 60


@pytest.mark.parametrize("name", FILES)
def test_hostile_file_every_command(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    place, fragments = EXPECTED[name]
    file = CASES / name
    out = tmp_path / "out.file"
    for command in COMMANDS:
        assert main(_argv(command, file, out)) == 2, command
        printed, err = capsys.readouterr()
        assert printed == "", command
        _check_stderr(err, file, place, fragments)
        assert not out.exists(), f"{command} left {out}"


@pytest.mark.parametrize("name", FILES)
def test_hostile_file_is_never_rewritten(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    place, fragments = EXPECTED[name]
    file = tmp_path / name
    original = (CASES / name).read_bytes()
    file.write_bytes(original)
    for command in WRITING_COMMANDS:
        assert main(_argv(command, file, tmp_path / "out")) == 2, command
        printed, err = capsys.readouterr()
        assert printed == "", command
        _check_stderr(err, file, place, fragments)
        assert file.read_bytes() == original, command
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


# -- inputs made by the tests --------------------------------------------------------------------


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes on this system")
    path = tmp_path / "pipe.toml"
    os.mkfifo(path)
    return path


def _link(tmp_path: Path, target: str, name: str) -> Path:
    if not Path(target).exists():
        pytest.skip(f"{target} does not exist here")
    link = tmp_path / name
    link.symlink_to(target)
    return link


@pytest.mark.parametrize("command", COMMANDS)
def test_named_pipe_is_refused_without_waiting(
    fifo: Path, command: tuple[str, ...], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # No writer ever opens the pipe: reading it would block for ever.
    assert main(_argv(command, fifo, tmp_path / "out")) == 2
    _, err = capsys.readouterr()
    _check_stderr(err, fifo, "", ("a regular file", "a named pipe (FIFO)"))


@pytest.mark.parametrize(
    ("target", "kind"), [("/dev/zero", "a character device"), ("/dev/null", "a character device")]
)
def test_link_to_a_device_is_refused(
    target: str, kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for suffix in ("toml", "json"):
        link = _link(tmp_path, target, f"device.{suffix}")
        assert main(["show", str(link)]) == 2
        _, err = capsys.readouterr()
        _check_stderr(err, link, "", ("expected a regular file", kind))
        link.unlink()


def test_link_to_a_regular_file_is_followed(examples_dir: Path, tmp_path: Path) -> None:
    link = tmp_path / "linked.toml"
    link.symlink_to(examples_dir / "hedensted-social-2024.toml")
    assert main(["show", str(link)]) == 0


def test_previous_calendar_from_a_pipe_or_device_is_refused(
    fifo: Path, examples_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    example = examples_dir / "hedensted-social-2024.toml"
    zero = _link(tmp_path, "/dev/zero", "previous.ics")
    for previous, kind in ((fifo, "a named pipe (FIFO)"), (zero, "a character device")):
        code = main(["ics", str(example), "-o", "-", "--previous", str(previous)])
        assert code == 2
        out, err = capsys.readouterr()
        assert out == ""
        assert err.startswith(f"kommissorium: --previous: {previous}: expected a regular file")
        assert kind in err


# -- through a real process ----------------------------------------------------------------------


def _run(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kommissorium", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="strict",
        timeout=timeout,
        check=False,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )


@pytest.mark.parametrize(
    "name",
    [
        "json-lone-high-surrogate.json",
        "toml-esc-escape.toml",
        "json-duplicate-key-committee-name.json",
        "dst-bare-ambiguous-start.toml",
        "int-26-digit-seats.toml",
        "json-5000-digit-integer.json",
    ],
)
def test_hostile_file_in_a_real_process(name: str) -> None:
    place, fragments = EXPECTED[name]
    file = CASES / name
    result = _run("show", str(file))
    assert result.returncode == 2
    assert result.stdout == ""
    _check_stderr(result.stderr, file, place, fragments)


def test_named_pipe_in_a_real_process_does_not_hang(fifo: Path) -> None:
    result = _run("check", str(fifo), timeout=30)
    assert result.returncode == 2
    _check_stderr(result.stderr, fifo, "", ("a named pipe (FIFO)",))


def test_link_to_dev_zero_in_a_real_process_ends_at_once(tmp_path: Path) -> None:
    link = _link(tmp_path, "/dev/zero", "zero.toml")
    result = _run("report", str(link), "-o", str(tmp_path / "r.html"), timeout=30)
    assert result.returncode == 2
    _check_stderr(result.stderr, link, "", ("a character device",))
    assert not (tmp_path / "r.html").exists()
