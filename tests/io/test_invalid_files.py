"""Broken committee files: each must fail with one clear, located LoadError.

Every file in ``tests/data/invalid/`` has an entry in :data:`EXPECTED`: the exact
``LoadError.path`` inside the document and a few substrings the message must contain. A new
file without an entry makes :func:`test_every_file_has_expectations` fail.
"""

from __future__ import annotations

import json
import traceback
from pathlib import Path

import pytest

from kommissorium.cli import main
from kommissorium.errors import KommissoriumError, LoadError
from kommissorium.io import MAX_FILE_BYTES, load, loads

INVALID = Path(__file__).resolve().parent.parent / "data" / "invalid"

#: file name -> (LoadError.path, substrings the message must contain)
EXPECTED: dict[str, tuple[str, tuple[str, ...]]] = {
    "01-toml-syntax-error.toml": ("line 3, column 17", ("valid TOML",)),
    "02-json-syntax-error.json": ("line 5, column 3", ("valid JSON", "double quotes")),
    "03-wrong-type-string-for-int.toml": ("mandate.tasks[0].number", ("an integer",)),
    "04-wrong-type-int-for-string.toml": ("committee.name", ("a string",)),
    "05-wrong-type-table-for-array.toml": ("people", ("an array",)),
    "06-unknown-field-typo-membership.toml": (
        "memberships[0]",
        ("unknown field 'rle'", "did you mean 'role'"),
    ),
    "07-unknown-field-typo-committee.toml": (
        "committee",
        ("unknown field 'nme'", "did you mean 'name'"),
    ),
    "08-unknown-role.toml": ("memberships[0].role", ("one of 'chair'", "'member'", "'boss'")),
    "09-unknown-committee-kind.toml": (
        "committee.kind",
        ("one of 'council'", "'special-17-4'", "'udvalg'"),
    ),
    "10-dangling-membership-person.toml": (
        "memberships[1].person",
        ("expected the id of a person", "got 'bent'"),
    ),
    "11-dangling-membership-committee.toml": (
        "memberships[0].committee",
        ("expected the id of a committee", "got 'social-omsorg'"),
    ),
    "12-dangling-mandate-serves.toml": (
        "mandate.serves[1]",
        ("expected the id of a committee", "got 'oekonomiudvalget'"),
    ),
    "13-dangling-committee-predecessor.toml": (
        "committee.predecessor",
        ("expected the id of a committee", "got 'ungeudvalg'"),
    ),
    "14-dangling-membership-phase.toml": (
        "memberships[0].phases[1]",
        ("expected the id of a phase", "got 'p9'"),
    ),
    "15-dangling-phase-theme.toml": (
        "plan.phases[1].theme",
        ("expected the id of a theme", "got 'fællesskaber'"),
    ),
    "16-dangling-seat-rule.toml": (
        "memberships[0].seat",
        ("expected the id of a composition rule", "got 'formanden'"),
    ),
    "17-duplicate-person-id.toml": (
        "people[2].id",
        ("expected a unique id", "got 'anna' a second time"),
    ),
    "18-duplicate-phase-id.toml": (
        "plan.phases[1].id",
        ("expected a unique id", "got 'p1' a second time"),
    ),
    "19-duplicate-body-id.toml": (
        "bodies[1].id",
        ("expected a unique id", "got 'social-omsorg' a second time"),
    ),
    "20-body-reuses-committee-id.toml": (
        "bodies[1].id",
        ("expected an id other than the committee's", "got 'u'"),
    ),
    "21-period-end-before-start.toml": (
        "plan.phases[1].period.end",
        ("ends (2024-04-01) before it starts (2024-06-30)",),
    ),
    # A check between two fields (end against start) is reported at the later field.
    "22-meeting-end-before-start.toml": ("meetings[0].end", ("meeting m1", "before it starts")),
    # meetings[0] has a naive datetime (accepted); meetings[1].start is not a datetime.
    "23-bad-datetime-string.toml": ("meetings[1].start", ("a date and time", "YYYY-MM-DDTHH:MM")),
    "24-unreadable-period-text.toml": (
        "plan.phases[0].period",
        ("'i løbet af engang'", "not a known period form", "første kvartal 2024"),
    ),
    "25-relative-first-phase.toml": ("plan.phases[0].period", ("'Tredje kvartal'", "no year")),
    # A check of one field is reported at that field.
    "26-bad-municipality-code.toml": ("council.municipality.code", ("three digits", "'76'")),
    "27-missing-committee-table.toml": ("committee", ("the required field 'committee'",)),
    "28-committee-without-name.toml": ("committee.name", ("the required field 'name'",)),
    "29-empty-file.toml": ("", ("[committee]", "an empty file")),
    "30-whitespace-only.toml": ("", ("[committee]", "an empty file")),
    "31-latin1-bytes.toml": ("byte 30", ("UTF-8", "0xe6")),
    "32-json-top-level-array.json": ("", ("at the top level",)),
    "33-deeply-nested-toml-arrays.toml": ("", ("nested less deeply",)),
    "34-wrong-election-period.toml": ("council.election_period", ("election period", "2025")),
    "35-unsupported-suffix.txt": ("", (".toml or .json", "'.txt'")),
    # A number is not a period; the message should name the forms a period may take.
    "36-period-wrong-type.toml": ("plan.phases[0].period", ("a period", "første kvartal 2024")),
}

FILES = sorted(EXPECTED)


def _check_error(exc: LoadError, source: str, path: str, fragments: tuple[str, ...]) -> None:
    message = str(exc)
    assert isinstance(exc, KommissoriumError)
    assert isinstance(exc, ValueError)
    assert message.startswith(source + ": "), message
    assert exc.source == source
    assert exc.path == path, message
    for fragment in fragments:
        assert fragment in message, f"{fragment!r} not in {message!r}"
    # No cattrs or other internal exception is shown with the error.
    assert exc.__cause__ is None
    assert exc.__suppress_context__ or exc.__context__ is None
    shown = "".join(traceback.format_exception(exc))
    assert "During handling" not in shown
    assert "direct cause" not in shown
    assert "cattrs" not in shown


def test_every_file_has_expectations() -> None:
    on_disk = {p.name for p in INVALID.iterdir() if p.is_file()}
    assert on_disk == set(EXPECTED), (
        f"files without expectations: {sorted(on_disk - set(EXPECTED))}; "
        f"expectations without files: {sorted(set(EXPECTED) - on_disk)}"
    )
    assert len(on_disk) >= 25


@pytest.mark.parametrize("name", FILES)
def test_invalid_file(name: str) -> None:
    path, fragments = EXPECTED[name]
    file = INVALID / name
    with pytest.raises(LoadError) as info:
        load(file)
    _check_error(info.value, str(file), path, fragments)


@pytest.mark.parametrize("name", FILES)
def test_cli_show_reports_one_line(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    file = INVALID / name
    assert main(["show", str(file)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith(f"kommissorium: {file}: "), err
    assert err.endswith("\n")
    assert err.count("\n") == 1, err
    assert "Traceback" not in err


# -- generated files (too large or too deep to commit) -------------------------------------------


@pytest.fixture
def huge_file(tmp_path: Path) -> Path:
    """A 20 MB committee file: a valid head followed by a very long comment."""
    file = tmp_path / "huge.toml"
    head = b'[committee]\nid = "u"\nname = "Udvalget"\nkind = "special-17-4"\n'
    size = 20 * 1024 * 1024
    with file.open("wb") as out:
        out.write(head)
        out.write(b"#" + b"x" * (size - len(head) - 2) + b"\n")
    assert file.stat().st_size == size
    return file


@pytest.fixture
def deeply_nested_json(tmp_path: Path) -> Path:
    """JSON with arrays nested 100,000 deep inside an otherwise valid committee."""
    file = tmp_path / "nested.json"
    depth = 100_000
    file.write_text(
        '{"committee": {"id": "u", "name": "Udvalget"}, "people": '
        + "[" * depth
        + "]" * depth
        + "}",
        encoding="utf-8",
    )
    return file


def test_file_larger_than_limit(huge_file: Path) -> None:
    with pytest.raises(LoadError) as info:
        load(huge_file)
    _check_error(
        info.value,
        str(huge_file),
        "",
        (f"at most {MAX_FILE_BYTES} bytes", f"{20 * 1024 * 1024} bytes"),
    )


def test_text_larger_than_limit() -> None:
    text = "# " + "x" * MAX_FILE_BYTES + "\n"
    with pytest.raises(LoadError) as info:
        loads(text, source="big.toml")
    _check_error(info.value, "big.toml", "", (f"at most {MAX_FILE_BYTES} bytes",))


def test_cli_show_huge_file(huge_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", str(huge_file)]) == 2
    _, err = capsys.readouterr()
    assert err.startswith(f"kommissorium: {huge_file}: ")
    assert err.count("\n") == 1


def test_deeply_nested_json(deeply_nested_json: Path) -> None:
    with pytest.raises(LoadError) as info:
        load(deeply_nested_json)
    _check_error(info.value, str(deeply_nested_json), "", ("nested less deeply",))


def test_deeply_nested_json_top_level_array(tmp_path: Path) -> None:
    file = tmp_path / "nested-top.json"
    file.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(LoadError) as info:
        load(file)
    _check_error(info.value, str(file), "", ("nested less deeply",))


def test_missing_file(tmp_path: Path) -> None:
    file = tmp_path / "missing.toml"
    with pytest.raises(LoadError) as info:
        load(file)
    _check_error(info.value, str(file), "", ("a readable file",))


def test_directory_instead_of_file(tmp_path: Path) -> None:
    folder = tmp_path / "folder.toml"
    folder.mkdir()
    with pytest.raises(LoadError) as info:
        load(folder)
    _check_error(info.value, str(folder), "", ("expected a regular file", "got a directory"))


def test_unsupported_suffix_with_explicit_format_loads() -> None:
    dossier = load(INVALID / "35-unsupported-suffix.txt", format="toml")
    assert dossier.committee.id == "u"


def test_loads_names_the_source() -> None:
    with pytest.raises(LoadError) as info:
        loads('[committee]\nid = "u"\nname = "U"\nkind = "udvalg"\n', source="u.toml")
    _check_error(info.value, "u.toml", "committee.kind", ("one of 'council'",))
    with pytest.raises(LoadError) as info:
        loads('[committee]\nid = "u"\nname = "U"\nkind = "udvalg"\n')
    assert str(info.value).startswith("<string>: committee.kind: ")


# -- valid oddities -------------------------------------------------------------------------------


def test_bom_is_accepted(tmp_path: Path, examples_dir: Path) -> None:
    source = examples_dir / "hedensted-social-2024.toml"
    with_bom = tmp_path / "bom.toml"
    with_bom.write_bytes(b"\xef\xbb\xbf" + source.read_bytes())
    assert load(with_bom) == load(source)


def test_bom_is_accepted_in_json(tmp_path: Path) -> None:
    data = {"committee": {"id": "u", "name": "Udvalget", "kind": "special-17-4"}}
    file = tmp_path / "bom.json"
    file.write_bytes(b"\xef\xbb\xbf" + json.dumps(data).encode())
    assert load(file).committee.name == "Udvalget"


def test_naive_datetime_is_accepted() -> None:
    dossier = loads(
        '[committee]\nid = "u"\nname = "U"\n'
        '[[meetings]]\nid = "m"\ncommittee = "u"\n'
        'start = 2024-02-06T14:00:00\nend = "2024-02-06T16:00"\n'
    )
    assert dossier.meetings[0].start.utcoffset() is not None
