"""The labelled corpus of real kommissorier in ``tests/data/kommissorier/`` keeps its schema.

Every folder holds ``document.txt`` (the text as obtained) and ``labels.toml`` (hand labels, the
schema of ``kommissorier-labels``): ``[document]`` with its required keys and vocabularies, and,
unless the document is a negative example, ``[labels]`` with known keys, known vocabularies,
TOML dates where dates are meant and the right shape for every value. Every quoted label (a
``text``, a task, a name, a committee ...) must occur in ``document.txt`` (whitespace
normalised), so a label cannot state what the document does not print. ``SOURCES.md`` lists
every folder and nothing else.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CORPUS = Path(__file__).resolve().parent.parent / "data" / "kommissorier"
FOLDERS = sorted(p for p in CORPUS.iterdir() if p.is_dir())
FOLDER_NAME = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*-(?:19|20)\d\d$")

KINDS = {"kommissorium", "decision", "not-kommissorium"}
DOCUMENT_REQUIRED = {"municipality", "kind", "url", "obtained", "complete"}
DOCUMENT_KEYS = DOCUMENT_REQUIRED | {"note"}

LABEL_KEYS = {
    "name",
    "legal_basis",
    "established_by",
    "functions",
    "serves",
    "predecessor",
    "chair",
    "vice_chair",
    "secretariat",
    "secretary",
    "composition",
    "term",
    "meetings",
    "phases",
    "themes",
    "aims",
    "tasks",
    "deliverables",
    "reporting",
    "powers",
    "pay",
    "people",
}
FUNCTIONS = {"specific-task", "preparatory", "advisory"}
CHAIR_KINDS = {"named", "chair-of", "position", "elected-by-committee", "appointed-by-council"}
SEAT_KINDS = {
    "one-from-each",
    "members-of",
    "parties-not-represented",
    "position",
    "councillors",
    "other",
}
GROUPS = {"citizens", "experts", "organisations", "employees", "youth", "other"}
ROLES = {"chair", "vice-chair", "member", "secretary"}
PLAN_SET_BY = {"committee", "council"}

#: keys whose string values quote the document and must occur in it
QUOTED_KEYS = {
    "text",
    "name",
    "person",
    "committee",
    "position",
    "legal_basis",
    "body",
    "secretariat",
    "secretary",
    "predecessor",
    "pay",
    "title",
    "period",
    "due",
}
#: keys whose list items quote the document and must occur in it
QUOTED_LISTS = {"tasks", "aims", "themes", "serves", "to", "committees"}


def _ids(folders: list[Path]) -> list[str]:
    return [f.name for f in folders]


def _load(folder: Path) -> dict[str, Any]:
    with (folder / "labels.toml").open("rb") as fh:
        return tomllib.load(fh)


def _normalise(text: str) -> str:
    return " ".join(text.split())


def _check_keys(table: dict[str, Any], allowed: set[str], where: str) -> None:
    unknown = set(table) - allowed
    assert not unknown, (
        f"{where}: unknown key(s) {sorted(unknown)}; expected some of {sorted(allowed)}"
    )


def _check_str(value: object, where: str) -> None:
    assert isinstance(value, str), f"{where}: expected a string, got {value!r}"
    assert value.strip(), f"{where}: empty string"


def _check_str_list(value: object, where: str) -> None:
    assert isinstance(value, list), f"{where}: expected an array of strings, got {value!r}"
    assert value, f"{where}: empty array (omit the key instead)"
    for i, item in enumerate(value):
        _check_str(item, f"{where}[{i}]")


def _check_date(value: object, where: str) -> None:
    # a TOML local date loads as datetime.date; a date-time would load as datetime.datetime
    assert type(value) is dt.date, f"{where}: expected a TOML date (YYYY-MM-DD), got {value!r}"


def _check_count(value: object, where: str) -> None:
    assert type(value) is int, f"{where}: expected an integer, got {value!r}"
    assert value >= 1, f"{where}: expected a positive count, got {value}"


def _check_chair(chair: object, where: str) -> None:
    assert isinstance(chair, dict), f"{where}: expected a table"
    _check_keys(chair, {"kind", "person", "party", "committee", "position", "text"}, where)
    assert chair.get("kind") in CHAIR_KINDS, (
        f"{where}.kind: {chair.get('kind')!r} not in {CHAIR_KINDS}"
    )
    _check_str(chair.get("text"), f"{where}.text")
    required = {"named": "person", "chair-of": "committee", "position": "position"}
    needed = required.get(chair["kind"])
    if needed is not None:
        _check_str(chair.get(needed), f"{where}.{needed}")
    for key in ("person", "party", "committee", "position"):
        if key in chair:
            _check_str(chair[key], f"{where}.{key}")
    if "party" in chair:
        assert chair["kind"] == "named", f"{where}.party: only a named chair has a party"


def _check_seat(seat: object, where: str) -> None:
    assert isinstance(seat, dict), f"{where}: expected a table"
    _check_keys(
        seat, {"kind", "committees", "count", "position", "group", "optional", "text"}, where
    )
    kind = seat.get("kind")
    assert kind in SEAT_KINDS, f"{where}.kind: {kind!r} not in {SEAT_KINDS}"
    _check_str(seat.get("text"), f"{where}.text")
    if kind in {"one-from-each", "members-of", "parties-not-represented"}:
        _check_str_list(seat.get("committees"), f"{where}.committees")
    else:
        assert "committees" not in seat, f"{where}.committees: not used by kind {kind!r}"
    if kind == "position":
        _check_str(seat.get("position"), f"{where}.position")
    else:
        assert "position" not in seat, f"{where}.position: only kind 'position' has one"
    if kind == "other":
        assert seat.get("group") in GROUPS, f"{where}.group: {seat.get('group')!r} not in {GROUPS}"
    else:
        assert "group" not in seat, f"{where}.group: only kind 'other' has a group"
    if "count" in seat:
        _check_count(seat["count"], f"{where}.count")
    if "optional" in seat:
        assert seat["optional"] is True, f"{where}.optional: write it only as true"


def _check_term(term: object, where: str) -> None:
    assert isinstance(term, dict), f"{where}: expected a table"
    _check_keys(term, {"start", "end", "text"}, where)
    _check_str(term.get("text"), f"{where}.text")
    for key in ("start", "end"):
        if key in term:
            _check_date(term[key], f"{where}.{key}")
    if "start" in term and "end" in term:
        assert term["start"] <= term["end"], f"{where}: start after end"


def _check_table_list(value: object, keys: set[str], required: set[str], where: str) -> None:
    assert isinstance(value, list), f"{where}: expected an array of tables"
    assert value, f"{where}: empty array (omit the key instead)"
    for i, item in enumerate(value):
        assert isinstance(item, dict), f"{where}[{i}]: expected a table"
        _check_keys(item, keys, f"{where}[{i}]")
        for key in required:
            _check_str(item.get(key), f"{where}[{i}].{key}")
        for key in keys - required:
            if key in item:
                _check_str(item[key], f"{where}[{i}].{key}")


def _check_labels(labels: dict[str, Any], where: str) -> None:
    _check_keys(labels, LABEL_KEYS, where)
    assert labels, f"{where}: a kommissorium or decision needs at least one label"
    for key in ("name", "legal_basis", "predecessor", "secretariat", "secretary", "pay"):
        if key in labels:
            _check_str(labels[key], f"{where}.{key}")
    for key in ("serves", "themes", "aims", "tasks"):
        if key in labels:
            _check_str_list(labels[key], f"{where}.{key}")
    if "established_by" in labels:
        est = labels["established_by"]
        assert isinstance(est, dict), f"{where}.established_by: expected a table"
        _check_keys(est, {"body", "date", "text"}, f"{where}.established_by")
        _check_str(est.get("text"), f"{where}.established_by.text")
        if "body" in est:
            _check_str(est["body"], f"{where}.established_by.body")
        if "date" in est:
            _check_date(est["date"], f"{where}.established_by.date")
    if "functions" in labels:
        funcs = labels["functions"]
        _check_str_list(funcs, f"{where}.functions")
        assert set(funcs) <= FUNCTIONS, f"{where}.functions: {funcs} not all in {FUNCTIONS}"
        assert len(set(funcs)) == len(funcs), f"{where}.functions: duplicates"
    for key in ("chair", "vice_chair"):
        if key in labels:
            _check_chair(labels[key], f"{where}.{key}")
    if "composition" in labels:
        seats = labels["composition"]
        assert isinstance(seats, list), f"{where}.composition: expected an array of tables"
        assert seats, f"{where}.composition: empty array (omit the key instead)"
        for i, seat in enumerate(seats):
            _check_seat(seat, f"{where}.composition[{i}]")
    if "term" in labels:
        _check_term(labels["term"], f"{where}.term")
    if "meetings" in labels:
        meet = labels["meetings"]
        assert isinstance(meet, dict), f"{where}.meetings: expected a table"
        _check_keys(meet, {"per_year", "plan_set_by", "text"}, f"{where}.meetings")
        _check_str(meet.get("text"), f"{where}.meetings.text")
        if "per_year" in meet:
            _check_count(meet["per_year"], f"{where}.meetings.per_year")
        if "plan_set_by" in meet:
            assert meet["plan_set_by"] in PLAN_SET_BY, f"{where}.meetings.plan_set_by"
    if "phases" in labels:
        _check_table_list(labels["phases"], {"title", "period"}, {"title"}, f"{where}.phases")
    if "deliverables" in labels:
        _check_table_list(
            labels["deliverables"], {"title", "due"}, {"title"}, f"{where}.deliverables"
        )
    if "reporting" in labels:
        rep = labels["reporting"]
        assert isinstance(rep, dict), f"{where}.reporting: expected a table"
        _check_keys(rep, {"to", "per_year", "text"}, f"{where}.reporting")
        _check_str(rep.get("text"), f"{where}.reporting.text")
        if "to" in rep:
            _check_str_list(rep["to"], f"{where}.reporting.to")
        if "per_year" in rep:
            _check_count(rep["per_year"], f"{where}.reporting.per_year")
    if "powers" in labels:
        powers = labels["powers"]
        assert isinstance(powers, dict), f"{where}.powers: expected a table"
        _check_keys(powers, {"granted", "text"}, f"{where}.powers")
        assert isinstance(powers.get("granted"), bool), (
            f"{where}.powers.granted: expected a boolean"
        )
        _check_str(powers.get("text"), f"{where}.powers.text")
    if "people" in labels:
        people = labels["people"]
        _check_table_list(people, {"name", "party", "role"}, {"name"}, f"{where}.people")
        for i, person in enumerate(people):
            if "role" in person:
                assert person["role"] in ROLES, f"{where}.people[{i}].role: not in {ROLES}"


def _quoted(value: object, key: str = "") -> Iterator[tuple[str, str]]:
    """Yield (key, string) for every label value that quotes the document."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _quoted(v, k)
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, str):
                if key in QUOTED_LISTS:
                    yield key, item
            else:
                yield from _quoted(item, key)
    elif isinstance(value, str) and key in QUOTED_KEYS:
        yield key, value


def test_corpus_is_there() -> None:
    assert len(FOLDERS) >= 12


@pytest.mark.parametrize("folder", FOLDERS, ids=_ids(FOLDERS))
def test_folder_layout(folder: Path) -> None:
    assert FOLDER_NAME.match(folder.name), f"{folder.name}: expected <municipality>-<topic>-<year>"
    assert sorted(p.name for p in folder.iterdir()) == ["document.txt", "labels.toml"]
    text = (folder / "document.txt").read_text(encoding="utf-8")
    assert text.strip(), f"{folder.name}/document.txt is empty"


@pytest.mark.parametrize("folder", FOLDERS, ids=_ids(FOLDERS))
def test_labels_follow_schema(folder: Path) -> None:
    data = _load(folder)
    where = f"{folder.name}/labels.toml"
    _check_keys(data, {"document", "labels"}, where)
    assert "document" in data, f"{where}: [document] is required"
    doc = data["document"]
    _check_keys(doc, DOCUMENT_KEYS, f"{where} [document]")
    missing = DOCUMENT_REQUIRED - set(doc)
    assert not missing, f"{where} [document]: missing {sorted(missing)}"
    assert doc["kind"] in KINDS, f"{where} [document].kind: {doc['kind']!r} not in {KINDS}"
    for key in ("municipality", "url", "obtained"):
        _check_str(doc[key], f"{where} [document].{key}")
    assert isinstance(doc["complete"], bool), f"{where} [document].complete: expected a boolean"
    if "note" in doc:
        _check_str(doc["note"], f"{where} [document].note")
    if doc["kind"] == "not-kommissorium":
        assert "labels" not in data, f"{where}: a negative example carries no [labels]"
    else:
        assert "labels" in data, f"{where}: [labels] missing for kind {doc['kind']!r}"
        _check_labels(data["labels"], f"{where} [labels]")


@pytest.mark.parametrize("folder", FOLDERS, ids=_ids(FOLDERS))
def test_labels_quote_the_document(folder: Path) -> None:
    text = _normalise((folder / "document.txt").read_text(encoding="utf-8"))
    labels = _load(folder).get("labels", {})
    quoted = list(_quoted(labels))
    assert quoted or not labels, f"{folder.name}: labels but nothing that quotes the document"
    missing = [(k, v) for k, v in quoted if _normalise(v) not in text]
    assert not missing, f"{folder.name}: labels not found in document.txt: {missing}"


def test_named_chair_is_among_people() -> None:
    for folder in FOLDERS:
        labels = _load(folder).get("labels", {})
        chair = labels.get("chair", {})
        if chair.get("kind") == "named":
            names = {p["name"] for p in labels.get("people", [])}
            assert chair["person"] in names, (
                f"{folder.name}: chair {chair['person']!r} not in people"
            )


def test_sources_lists_every_folder() -> None:
    sources = (CORPUS / "SOURCES.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| *([a-z0-9][a-z0-9-]*) *\|", sources, flags=re.MULTILINE)
    listed = [r for r in rows if r != "folder"]
    assert sorted(listed) == [f.name for f in FOLDERS]
    assert len(listed) == len(set(listed)), "a folder is listed twice in SOURCES.md"


def test_corpus_has_negative_examples_and_many_municipalities() -> None:
    docs = [_load(f)["document"] for f in FOLDERS]
    positives = [d for d in docs if d["kind"] != "not-kommissorium"]
    negatives = [d for d in docs if d["kind"] == "not-kommissorium"]
    assert 1 <= len(negatives) <= 2
    assert len(positives) >= 12
    assert len({d["municipality"] for d in positives}) >= 8
    seeds = {"Hedensted", "Norddjurs", "Skanderborg"}
    assert not seeds & {d["municipality"] for d in docs}, "seed municipalities are excluded"
