"""``kommissorium fmt``: the normal layout, idempotent, comments kept, broken files refused."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest
from dossier_strategies import dossiers
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kommissorium.errors import LoadError
from kommissorium.io import dumps, load, loads
from kommissorium.io.layout import format_file, format_text
from kommissorium.io.tomlfile import Notes, toml_data, toml_text
from kommissorium.model import Dossier

EXAMPLES = sorted((Path(__file__).resolve().parents[2] / "examples").glob("*.toml"))


def _comments(text: str) -> Counter[str]:
    return Counter(line.strip() for line in text.split("\n") if line.strip().startswith("#"))


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
def test_fmt_of_an_example(example: Path) -> None:
    text = example.read_text(encoding="utf-8")
    once = format_text(text, source=str(example))
    assert format_text(once) == once
    assert loads(once) == load(example)
    assert _comments(once) == _comments(text)


def test_fmt_keeps_what_the_author_wrote() -> None:
    text = """[committee]
id = "u"
name = 'U'
kind = "other"          # explicit default, kept
[[plan.milestones]]
id = "m"
title = "T"
date = "14.12.23"       # a date written as Danish text stays text
[[meetings]]
id = "m1"
committee = "u"
start = 2024-02-06T14:00:00
end = 2024-02-06T16:00:00
"""
    out = format_text(text)
    assert 'kind = "other"  # explicit default, kept' in out
    assert 'date = "14.12.23"  # a date written as Danish text stays text' in out
    assert "start = 2024-02-06T14:00:00\n" in out  # local time stays local
    assert 'name = "U"' in out
    assert loads(out) == loads(text)


def test_fmt_places_comments() -> None:
    text = """# Header line one
# Header line two

[committee]  # after the header
# above id
id = "u"
name = "U"
# tail of committee

# floating paragraph

# right above people
[[people]]
id = "a"
name = "A"
# end of file
"""
    out = format_text(text)
    assert out == text


def test_fmt_normalises_layout() -> None:
    text = """
[committee]
name="U"


id="u"
serves = [
  "kb",
]
[council]
id = "kb"
name = "Byrådet"
election_period = "2022-2025"
parties = [ { letter = "A", name = "Socialdemokratiet" } ]
[council.municipality]
name = "X"
code = "101"
"""
    assert (
        format_text(text)
        == """[council]
id = "kb"
name = "Byrådet"
municipality = { name = "X", code = "101" }
election_period = "2022-2025"

[[council.parties]]
letter = "A"
name = "Socialdemokratiet"

[committee]
id = "u"
name = "U"
serves = ["kb"]
"""
    )


def test_array_with_comments_inside_is_kept_as_written() -> None:
    text = """[committee]
id = "u"
name = "U"

[[people]]
id = "a"
name = "A"
positions = [
    "borgmester",   # since 2022
    "formand",
]
"""
    out = format_text(text)
    assert '    "borgmester",   # since 2022\n' in out
    assert format_text(out) == out


def test_json_is_formatted_as_dumps() -> None:
    dossier = load(EXAMPLES[0])
    messy = dumps(dossier).replace("\n  ", "\n")
    assert format_text(messy) == dumps(dossier)
    with_schema = '{"$schema": "x.json", "committee": {"name": "U", "id": "u"}}'
    assert format_text(with_schema).startswith('{\n  "$schema": "x.json",\n  "committee"')


def test_format_file_check_and_write(tmp_path: Path) -> None:
    target = tmp_path / EXAMPLES[0].name
    shutil.copy(EXAMPLES[0], target)
    before = target.read_bytes()
    assert format_file(target, check=True) is True
    assert target.read_bytes() == before  # --check never writes
    assert format_file(target) is True
    assert format_file(target) is False
    assert format_file(target, check=True) is False
    assert not [p for p in tmp_path.iterdir() if p.name != target.name]  # no temp files left


def test_broken_file_is_refused_and_not_written(tmp_path: Path) -> None:
    target = tmp_path / "broken.toml"
    target.write_text('[committee]\nid = "u"\nname = "U"\nkind = "udvalg"\n', encoding="utf-8")
    before = target.read_bytes()
    with pytest.raises(LoadError) as caught:
        format_file(target)
    assert str(caught.value).startswith(f"{target}: committee.kind: expected one of")
    assert target.read_bytes() == before
    bad = tmp_path / "bad.toml"
    bad.write_text("[committee\n", encoding="utf-8")
    with pytest.raises(LoadError, match=r"bad\.toml: line 1, column \d+: expected valid TOML"):
        format_file(bad)


# -- comments anywhere survive, and fmt is a fixed point ------------------------------------------


def _paths(data: object, prefix: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    out: list[tuple[str | int, ...]] = []
    if isinstance(data, dict):
        for key, value in data.items():
            out.append((*prefix, key))
            out += _paths(value, (*prefix, key))
    elif isinstance(data, list) and data and all(isinstance(x, dict) for x in data):
        for index, value in enumerate(data):
            out.append((*prefix, index))
            out += _paths(value, (*prefix, index))
    return out


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(dossiers(), st.data())
def test_comments_on_any_path_survive_fmt(dossier: Dossier, data: st.DataObject) -> None:
    paths = _paths(toml_data(dossier))
    notes = Notes(header=["# header"])
    chosen = data.draw(st.lists(st.sampled_from(paths), max_size=6, unique=True)) if paths else []
    for number, path in enumerate(chosen):
        notes.comment(path, f"# note {number}", above=data.draw(st.booleans()))
    text = toml_text(dossier, notes=notes)
    assert loads(text) == dossier
    once = format_text(text)
    assert format_text(once) == once
    assert _comments(once) == _comments(text)
    assert loads(once) == dossier


INVALID = Path(__file__).resolve().parents[1] / "data" / "invalid"


@pytest.mark.parametrize("bad", sorted(INVALID.iterdir()), ids=lambda p: p.name)
def test_fmt_and_edit_give_the_loaders_error(bad: Path, tmp_path: Path) -> None:
    from kommissorium.io import edit

    target = tmp_path / bad.name
    shutil.copy(bad, target)
    before = target.read_bytes()
    with pytest.raises(LoadError) as loading:
        load(target)
    with pytest.raises(LoadError) as formatting:
        format_file(target)
    with pytest.raises(LoadError) as editing:
        edit(target)
    assert str(formatting.value) == str(loading.value) == str(editing.value)
    assert "\n" not in str(loading.value)
    assert target.read_bytes() == before
