"""Random mutations of the example files never end in a traceback.

Hypothesis takes an example committee file, changes it a few times — deletes a key, puts a
value of the wrong type somewhere, swaps two strings (ids among them), writes odd strings
(control characters, lone surrogates, blanks, very long text), huge or negative integers, copies
a list item (a duplicate id) — and writes it as JSON or TOML. Then every command a user runs on
a file (load, check, ics, export as OParl and Popolo, the HTML report) must either succeed or
stop with a :class:`~kommissorium.errors.KommissoriumError` (exit code 2 with one line on
standard error); any other exception fails the test.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import tomllib
from contextlib import redirect_stdout
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kommissorium.cli import main
from kommissorium.errors import KommissoriumError
from kommissorium.io import loads

EXAMPLES = sorted((Path(__file__).resolve().parents[2] / "examples").glob("*.toml"))
SOURCES = {p.name: tomllib.loads(p.read_text(encoding="utf-8")) for p in EXAMPLES}

ODD_STRINGS = (
    "",
    " ",
    "\t",
    "a\x00b",
    "\x07",
    "\x1b[31mrød\x1b[0m",
    "\x0b\x0c",
    "\x7f",
    "\x85",
    "\ud800",
    "x\udfffy",
    "\ufffe",
    "\uffff",
    "\u202eevil",
    "Fond $\\frac{$ A/S",
    "<script>alert(1)</script>",
    "a\r\nb",
    "æøå ÆØÅ",
    "😀",
    "x" * 5000,
    "2024-10-27T02:30:00",
    "2024-03-31T02:30:00",
    "9999-12-31",
    "resten af 2026",
    "tredje kvartal",
    "FREQ=DAILY",
    "FREQ=SECONDLY;INTERVAL=1",
    "political",
    "kb",
    "u",
)
#: Keys of free text in committee files.
FREE_TEXT = frozenset(
    ("name", "title", "description", "text", "note", "purpose", "location", "label_da",
     "label_en", "reason", "scope", "short_name", "position", "department", "summary")
)  # fmt: skip
ODD_NUMBERS = (-1, 0, 1, 2, 10**40, -(10**20), 2**63, 366, 9999, 10000, 1.5, -0.0, 1e308)
WRONG_TYPES: tuple[object, ...] = (True, 7, 2.5, "tekst", [], {}, ["a", "b"], {"x": 1}, None)

Path_ = tuple[str | int, ...]


def _paths(value: object, prefix: Path_ = ()) -> list[Path_]:
    found: list[Path_] = []
    if isinstance(value, dict):
        for key, item in value.items():
            found.append((*prefix, key))
            found.extend(_paths(item, (*prefix, key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found.append((*prefix, index))
            found.extend(_paths(item, (*prefix, index)))
    return found


def _copy(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy(v) for v in value]
    return value


def _parent(doc: Any, path: Path_) -> Any:
    for step in path[:-1]:
        doc = doc[step]
    return doc


def _get(doc: Any, path: Path_) -> Any:
    return _parent(doc, path)[path[-1]]


@st.composite
def mutated(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    name = draw(st.sampled_from(sorted(SOURCES)))
    doc = _copy(SOURCES[name])
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        paths = _paths(doc)
        if not paths:
            break
        path = paths[draw(st.integers(min_value=0, max_value=len(paths) - 1))]
        parent, last = _parent(doc, path), path[-1]
        kind = draw(
            st.sampled_from(
                [
                    "odd-text",
                    "delete",
                    "wrong-type",
                    "odd-string",
                    "odd-number",
                    "swap",
                    "duplicate",
                ]
            )
        )
        if kind == "odd-text":
            # free text, which loads whatever it says (unless it breaks the character rule):
            # what reaches the calendar, the exports and the report
            texts = [p for p in paths if p[-1] in FREE_TEXT and isinstance(_get(doc, p), str)]
            if texts:
                path = texts[draw(st.integers(min_value=0, max_value=len(texts) - 1))]
                _parent(doc, path)[path[-1]] = draw(st.sampled_from(ODD_STRINGS) | st.text())
        elif kind == "delete":
            del parent[last]
        elif kind == "wrong-type":
            parent[last] = _copy(draw(st.sampled_from(WRONG_TYPES)))
        elif kind == "odd-string":
            parent[last] = draw(st.sampled_from(ODD_STRINGS) | st.text(max_size=12))
        elif kind == "odd-number":
            parent[last] = draw(st.sampled_from(ODD_NUMBERS))
        elif kind == "swap":
            strings = [p for p in paths if isinstance(_get(doc, p), str) and p != path]
            if strings:
                other = strings[draw(st.integers(min_value=0, max_value=len(strings) - 1))]
                other_parent = _parent(doc, other)
                parent[last], other_parent[other[-1]] = other_parent[other[-1]], parent[last]
        elif isinstance(parent, list):
            parent.insert(int(last), _copy(parent[int(last)]))  # a duplicate list item
        else:
            parent[last] = _copy(parent[last])
    return name, doc


def _plain(value: object) -> object:
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def _toml_key(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else json.dumps(key)


def _toml_value(value: object) -> str:
    if value is None:
        return '""'  # TOML has no null
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        text = repr(value)
        return text if "e" not in text or "." in text else text.replace("e", ".0e")
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, str):
        return json.dumps(value)  # a JSON string is a TOML basic string (escapes alike)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_toml_key(k)} = {_toml_value(v)}" for k, v in value.items()) + "}"
    raise TypeError(type(value).__name__)


def _as_toml(doc: dict[str, Any]) -> str:
    return "".join(f"{_toml_key(k)} = {_toml_value(v)}\n" for k, v in doc.items())


MUTATIONS = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

COMMANDS = (
    ("show",),
    ("check",),
    ("ics", "-o", "OUT"),
    ("export", "--format", "oparl", "-o", "OUT"),
    ("export", "--format", "popolo", "-o", "OUT"),
    ("report", "-o", "OUT"),
    ("fmt", "--check"),
)


@MUTATIONS
@given(case=mutated(), fmt=st.sampled_from(["json", "toml"]))
def test_mutated_example_never_crashes(
    case: tuple[str, dict[str, Any]], fmt: str, tmp_path: Path
) -> None:
    name, doc = case
    text = json.dumps(doc, default=_plain) if fmt == "json" else _as_toml(doc)
    with contextlib.suppress(KommissoriumError):
        loads(text, format=fmt, source=name)  # type: ignore[arg-type]
    file = tmp_path / f"mutated.{fmt}"
    file.write_text(text, encoding="utf-8", errors="surrogatepass")
    out = tmp_path / "out"
    for command in COMMANDS:
        argv = [command[0], str(file), *(str(out) if a == "OUT" else a for a in command[1:])]
        with redirect_stdout(io.StringIO()):
            code = main(argv)  # anything but a KommissoriumError propagates and fails here
        assert code in (0, 1, 2), (argv, code)


def test_the_mutations_reach_every_example() -> None:
    assert len(SOURCES) >= 5
    for doc in SOURCES.values():
        assert len(_paths(doc)) > 20


@pytest.mark.parametrize("name", sorted(SOURCES))
def test_an_unmutated_example_written_as_toml_or_json_loads(name: str) -> None:
    # The writers above are faithful: without a mutation both forms load.
    doc = SOURCES[name]
    assert loads(_as_toml(doc), format="toml") == loads(
        json.dumps(doc, default=_plain), format="json"
    )
