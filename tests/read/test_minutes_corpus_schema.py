"""The labelled minutes sets follow their label schema.

The development corpus (tests/data/minutes) and both held-out sets (tests/data/minutes-heldout,
tests/data/minutes-heldout2) share one schema. Every folder holds one ``document.<ext>`` and a
``labels.toml`` whose keys and values are those of the schema (``[document]`` required;
``[meeting]`` and ``[[items]]`` optional, with fixed vocabularies), and each set's
``SOURCES.md`` lists every folder. The checker is a plain function, :func:`problems`, so the
tests can also show that it rejects broken labels.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

DATA = Path(__file__).resolve().parent.parent / "data"
#: The labelled sets: the development corpus and the two held-out sets.
SETS = ("minutes", "minutes-heldout", "minutes-heldout2")


def _folders(name: str) -> list[str]:
    return sorted(p.name for p in (DATA / name).iterdir() if p.is_dir())


#: (set, folder) of every labelled document.
FOLDERS = [(name, folder) for name in SETS for folder in _folders(name)]

SYSTEMS = {"firstagenda", "edoc", "cms", "polweb", "pdf", "other"}
FORMATS = {"text": ".txt", "html": ".html", "json": ".json"}
KINDS = {"minutes", "agenda", "not-minutes"}
OUTCOMES = {
    "approved",
    "recommended",
    "noted",
    "discussed",
    "postponed",
    "rejected",
    "referred",
    "amended",
    "withdrawn",
    "mixed",
    "other",
}
REASONS = {"leave", "absent", "disqualified", "unknown"}
OPTIONS = {"for", "against", "abstain"}
STANCES = {"supports", "opposes", "reservation"}

DOCUMENT_REQUIRED = {"municipality", "system", "format", "url", "obtained", "complete", "kind"}
DOCUMENT_KEYS = DOCUMENT_REQUIRED | {"note"}
MEETING_KEYS = {"body", "date", "start", "place", "present", "absentees", "substitutes"}
ABSENTEE_KEYS = {"name", "party", "reason", "points", "from", "until"}
SUBSTITUTE_KEYS = {"name", "party", "replaces", "approved"}
ITEM_KEYS = {
    "number",
    "title",
    "case_number",
    "public",
    "proposal_clauses",
    "outcome",
    "clauses",
    "absentees",
    "substitutes",
    "votes",
    "positions",
    "remarks",
    "earlier",
    "route",
    "truncated",
    "note",
}
DECISION_KEYS = {"outcome", "clauses", "votes", "positions", "remarks"}

CLOCK = re.compile(r"^(?:[01]\d|2[0-3]):[0-5]\d$")
FOLDER_NAME = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
REPO_FILE = re.compile(r"^[\w.-]+/[\w.-]+:\S+@[0-9a-f]{40}$")
SOURCES_ROW = re.compile(r"^\| `([a-z0-9-]+)` \|")


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_text(value: object) -> bool:
    return isinstance(value, str) and value.strip() != ""


def _is_texts(value: object) -> bool:
    return isinstance(value, list) and all(_is_text(v) for v in value)


def _keys(where: str, table: object, allowed: set[str], required: set[str]) -> list[str]:
    if not isinstance(table, dict):
        return [f"{where}: expected a table, got {type(table).__name__}"]
    out = [f"{where}: unknown key {k!r}" for k in sorted(set(table) - allowed)]
    out += [f"{where}: missing key {k!r}" for k in sorted(required - set(table))]
    return out


Check = Callable[[str, dict[str, Any]], list[str]]


def _each(where: str, value: object, check: Check) -> list[str]:
    if not isinstance(value, list):
        return [f"{where}: expected an array of tables"]
    out: list[str] = []
    for n, entry in enumerate(value):
        out += check(f"{where}[{n}]", entry)
    return out


def _party(where: str, table: dict[str, Any]) -> list[str]:
    party = table.get("party")
    if party is None:
        return []
    if not _is_text(party) or "(" in party or ")" in party:
        return [f"{where}.party: expected the letter(s) without parentheses, got {party!r}"]
    return []


def _absentee(where: str, entry: dict[str, Any]) -> list[str]:
    out = _keys(where, entry, ABSENTEE_KEYS, {"name", "reason"})
    if out:
        return out
    if not _is_text(entry["name"]):
        out.append(f"{where}.name: expected a name")
    if entry["reason"] not in REASONS:
        out.append(f"{where}.reason: {entry['reason']!r} is not one of {sorted(REASONS)}")
    if "points" in entry and not (_is_texts(entry["points"]) and entry["points"]):
        out.append(f"{where}.points: expected a non-empty array of item numbers as strings")
    out += [
        f"{where}.{k}: expected HH:MM, got {entry[k]!r}"
        for k in ("from", "until")
        if k in entry and not (isinstance(entry[k], str) and CLOCK.match(entry[k]))
    ]
    return out + _party(where, entry)


def _substitute(where: str, entry: dict[str, Any]) -> list[str]:
    out = _keys(where, entry, SUBSTITUTE_KEYS, {"name"})
    if out:
        return out
    if not _is_text(entry["name"]):
        out.append(f"{where}.name: expected a name")
    if "replaces" in entry and not _is_text(entry["replaces"]):
        out.append(f"{where}.replaces: expected a name")
    if "approved" in entry and entry["approved"] is not True:
        out.append(f"{where}.approved: only `approved = true` is meaningful")
    return out + _party(where, entry)


def _clause(where: str, entry: dict[str, Any]) -> list[str]:
    out = _keys(where, entry, {"point", "outcome"}, {"point", "outcome"})
    if out:
        return out
    if not (_is_int(entry["point"]) and entry["point"] >= 1):
        out.append(f"{where}.point: expected a clause number >= 1")
    if entry["outcome"] not in OUTCOMES - {"mixed"}:
        out.append(f"{where}.outcome: {entry['outcome']!r} is not a clause outcome")
    return out


def _vote(where: str, entry: dict[str, Any]) -> list[str]:
    out = _keys(where, entry, {"option", "parties", "names", "count", "point"}, {"option"})
    if out:
        return out
    if entry["option"] not in OPTIONS:
        out.append(f"{where}.option: {entry['option']!r} is not one of {sorted(OPTIONS)}")
    if not {"parties", "names", "count"} & set(entry):
        out.append(f"{where}: a vote needs parties, names or count")
    out += [
        f"{where}.{k}: expected a non-empty array of strings"
        for k in ("parties", "names")
        if k in entry and not (_is_texts(entry[k]) and entry[k])
    ]
    if "count" in entry and not (_is_int(entry["count"]) and entry["count"] >= 0):
        out.append(f"{where}.count: expected a whole number")
    if "point" in entry and not (_is_int(entry["point"]) and entry["point"] >= 1):
        out.append(f"{where}.point: expected a clause number >= 1")
    return out


def _position(where: str, entry: dict[str, Any]) -> list[str]:
    allowed = {"who", "stance", "minority", "majority", "point"}
    out = _keys(where, entry, allowed, {"who", "stance"})
    if out:
        return out
    if not (_is_texts(entry["who"]) and entry["who"]):
        out.append(f"{where}.who: expected a non-empty array of names or party letters")
    if entry["stance"] not in STANCES:
        out.append(f"{where}.stance: {entry['stance']!r} is not one of {sorted(STANCES)}")
    out += [
        f"{where}.{k}: only `{k} = true` is meaningful"
        for k in ("minority", "majority")
        if k in entry and entry[k] is not True
    ]
    if entry.get("minority") and entry.get("majority"):
        out.append(f"{where}: a position cannot be both minority and majority")
    if "point" in entry and not (_is_int(entry["point"]) and entry["point"] >= 1):
        out.append(f"{where}.point: expected a clause number >= 1")
    return out


def _remark(where: str, entry: dict[str, Any]) -> list[str]:
    out = _keys(where, entry, {"by", "party"}, {"by"})
    if out:
        return out
    if not _is_text(entry["by"]):
        out.append(f"{where}.by: expected a name or group")
    return out + _party(where, entry)


def _earlier(where: str, entry: dict[str, Any]) -> list[str]:
    out = _keys(where, entry, {"body", "date", "number", "outcome"}, {"body", "date"})
    if out:
        return out
    if not _is_text(entry["body"]):
        out.append(f"{where}.body: expected a body's name")
    if type(entry["date"]) is not dt.date:
        out.append(f"{where}.date: expected a TOML date (YYYY-MM-DD)")
    if "number" in entry and not _is_text(entry["number"]):
        out.append(f"{where}.number: expected the item number as a string")
    if "outcome" in entry and entry["outcome"] not in OUTCOMES:
        out.append(f"{where}.outcome: {entry['outcome']!r} is not an outcome")
    return out


def _item(where: str, item: dict[str, Any]) -> list[str]:
    out = _keys(where, item, ITEM_KEYS, set())
    if out:
        return out
    out += [
        f"{where}.{k}: expected a non-empty string"
        for k in ("number", "title", "case_number", "note")
        if k in item and not _is_text(item[k])
    ]
    out += [
        f"{where}.{k}: expected true or false"
        for k in ("public", "truncated")
        if k in item and not isinstance(item[k], bool)
    ]
    clauses = item.get("proposal_clauses")
    if clauses is not None and not (_is_int(clauses) and clauses >= 1):
        out.append(f"{where}.proposal_clauses: expected a whole number >= 1")
    outcome = item.get("outcome")
    if outcome is not None and outcome not in OUTCOMES:
        out.append(f"{where}.outcome: {outcome!r} is not one of {sorted(OUTCOMES)}")
    if outcome == "mixed" and "clauses" not in item:
        out.append(f"{where}: outcome 'mixed' needs per-clause `clauses`")
    if outcome == "other" and "note" not in item:
        out.append(f"{where}: outcome 'other' needs a `note` saying what was decided")
    checks: dict[str, Check] = {
        "clauses": _clause,
        "absentees": _absentee,
        "substitutes": _substitute,
        "votes": _vote,
        "positions": _position,
        "remarks": _remark,
        "earlier": _earlier,
    }
    for key, check in checks.items():
        if key in item:
            out += _each(f"{where}.{key}", item[key], check)
    if "clauses" in item and _is_int(clauses) and isinstance(item["clauses"], list):
        out += [
            f"{where}.clauses: point {c['point']} exceeds proposal_clauses = {clauses}"
            for c in item["clauses"]
            if isinstance(c, dict) and _is_int(c.get("point")) and c["point"] > clauses
        ]
    if "route" in item and not (_is_texts(item["route"]) and item["route"]):
        out.append(f"{where}.route: expected a non-empty array of strings")
    return out


def _meeting(meeting: dict[str, Any]) -> list[str]:
    out = _keys("meeting", meeting, MEETING_KEYS, set())
    if out:
        return out
    out += [
        f"meeting.{k}: expected a non-empty string"
        for k in ("body", "place")
        if k in meeting and not _is_text(meeting[k])
    ]
    if "date" in meeting and type(meeting["date"]) is not dt.date:
        out.append("meeting.date: expected a TOML date (YYYY-MM-DD)")
    if "start" in meeting and not (
        isinstance(meeting["start"], str) and CLOCK.match(meeting["start"])
    ):
        out.append(f"meeting.start: expected HH:MM, got {meeting['start']!r}")
    if "present" in meeting and not (_is_texts(meeting["present"]) and meeting["present"]):
        out.append("meeting.present: expected a non-empty array of names")
    if "absentees" in meeting:
        out += _each("meeting.absentees", meeting["absentees"], _absentee)
    if "substitutes" in meeting:
        out += _each("meeting.substitutes", meeting["substitutes"], _substitute)
    return out


def problems(labels: dict[str, Any], folder: str) -> list[str]:
    """Every way in which one folder's labels break the schema (empty when they follow it)."""
    out = _keys("labels.toml", labels, {"document", "meeting", "items"}, {"document"})
    if out:
        return out
    document = labels["document"]
    out += _keys("document", document, DOCUMENT_KEYS, DOCUMENT_REQUIRED)
    if out:
        return out
    for key in ("municipality", "url", "obtained"):
        if not _is_text(document[key]):
            out.append(f"document.{key}: expected a non-empty string")
    if document["system"] not in SYSTEMS:
        out.append(f"document.system: {document['system']!r} is not one of {sorted(SYSTEMS)}")
    if document["format"] not in FORMATS:
        out.append(f"document.format: {document['format']!r} is not one of {sorted(FORMATS)}")
    if document["kind"] not in KINDS:
        out.append(f"document.kind: {document['kind']!r} is not one of {sorted(KINDS)}")
    if not isinstance(document["complete"], bool):
        out.append("document.complete: expected true or false")
    url = document["url"]
    web = isinstance(url, str) and url.startswith(("http://", "https://"))
    if not (web or (isinstance(url, str) and REPO_FILE.match(url))):
        out.append("document.url: expected a web address or owner/repo:path@<40-hex commit>")
    meeting = labels.get("meeting", {})
    items = labels.get("items", [])
    out += _meeting(meeting)
    out += _each("items", items, _item)
    if out:
        return out
    if document["kind"] == "not-minutes" and (meeting or items):
        out.append("a not-minutes document has no [meeting] or [[items]]")
    if document["kind"] == "agenda":
        out += [
            f"items[{n}]: an agenda has no decisions, but {sorted(DECISION_KEYS & set(item))} given"
            for n, item in enumerate(items)
            if DECISION_KEYS & set(item)
        ]
    if not FOLDER_NAME.match(folder):
        out.append(f"folder {folder!r}: expected lower-case ASCII words joined by '-'")
    if "date" in meeting and not folder.endswith(meeting["date"].isoformat()):
        out.append(f"folder {folder!r}: expected to end with the meeting date")
    if document["kind"] != "not-minutes" and not re.search(r"-\d{4}-\d{2}-\d{2}$", folder):
        out.append(f"folder {folder!r}: a meeting's folder ends with <yyyy-mm-dd>")
    return out


def _load(corpus: str, folder: str) -> dict[str, Any]:
    return tomllib.loads((DATA / corpus / folder / "labels.toml").read_text(encoding="utf-8"))


@pytest.mark.parametrize(("corpus", "folder"), FOLDERS)
def test_labels_follow_the_schema(corpus: str, folder: str) -> None:
    assert problems(_load(corpus, folder), folder) == []


@pytest.mark.parametrize(("corpus", "folder"), FOLDERS)
def test_folder_holds_one_document_of_the_labelled_format(corpus: str, folder: str) -> None:
    names = sorted(p.name for p in (DATA / corpus / folder).iterdir())
    documents = [n for n in names if n.startswith("document.")]
    assert names == sorted([*documents, "labels.toml"])
    assert len(documents) == 1
    document = _load(corpus, folder)["document"]
    assert Path(documents[0]).suffix == FORMATS[document["format"]]
    text = (DATA / corpus / folder / documents[0]).read_text(encoding="utf-8")
    assert text.strip()
    if document["format"] == "json" and document["complete"]:
        json.loads(text)


def _printed(labels: dict[str, Any]) -> list[tuple[str, str]]:
    """The label strings that must occur verbatim in the document, with where they are."""
    meeting = labels.get("meeting", {})
    out = [(f"meeting.{k}", meeting[k]) for k in ("body", "place") if k in meeting]
    out += [("meeting.present", name) for name in meeting.get("present", [])]

    def people(where: str, entries: list[dict[str, Any]]) -> None:
        for e in entries:
            out.append((f"{where}.name", e["name"]))
            if "replaces" in e:
                out.append((f"{where}.replaces", e["replaces"]))

    people("meeting.absentees", meeting.get("absentees", []))
    people("meeting.substitutes", meeting.get("substitutes", []))
    for n, item in enumerate(labels.get("items", [])):
        where = f"items[{n}]"
        out += [(f"{where}.{k}", item[k]) for k in ("number", "title", "case_number") if k in item]
        people(f"{where}.absentees", item.get("absentees", []))
        people(f"{where}.substitutes", item.get("substitutes", []))
        out += [
            (f"{where}.votes", name) for v in item.get("votes", []) for name in v.get("names", [])
        ]
        out += [(f"{where}.remarks", r["by"]) for r in item.get("remarks", [])]
        out += [(f"{where}.earlier", e["body"]) for e in item.get("earlier", [])]
        out += [(f"{where}.route", step) for step in item.get("route", [])]
        out += [(f"{where}.positions", who) for p in item.get("positions", []) for who in p["who"]]
    return out


def _parties(labels: dict[str, Any]) -> list[tuple[str, str]]:
    """(name, party) of every absentee, substitute and remark that carries a party letter."""
    meeting = labels.get("meeting", {})
    entries = [*meeting.get("absentees", []), *meeting.get("substitutes", [])]
    for item in labels.get("items", []):
        entries += [*item.get("absentees", []), *item.get("substitutes", [])]
        entries += [{"name": r["by"], **r} for r in item.get("remarks", [])]
    return [(e["name"], e["party"]) for e in entries if "party" in e]


@pytest.mark.parametrize(("corpus", "folder"), FOLDERS)
def test_labelled_names_and_titles_are_printed_in_the_document(corpus: str, folder: str) -> None:
    (document,) = (DATA / corpus / folder).glob("document.*")
    text = " ".join(document.read_text(encoding="utf-8").split())
    labels = _load(corpus, folder)
    missing = [(w, s) for w, s in _printed(labels) if " ".join(s.split()) not in text]
    assert missing == []
    unprinted = [
        (name, party)
        for name, party in _parties(labels)
        if not re.search(re.escape(name) + r",? \(" + re.escape(party) + r"\)", text)
    ]
    assert unprinted == []


@pytest.mark.parametrize("corpus", SETS)
def test_sources_lists_every_folder_once(corpus: str) -> None:
    lines = (DATA / corpus / "SOURCES.md").read_text(encoding="utf-8").splitlines()
    listed = [m.group(1) for line in lines if (m := SOURCES_ROW.match(line))]
    assert sorted(listed) == _folders(corpus)


def test_the_sets_share_no_municipality() -> None:
    # a held-out set is only held out if its municipalities are new to the reader
    towns = {
        name: {_load(name, f)["document"]["municipality"] for f in _folders(name)} for name in SETS
    }
    for index, name in enumerate(SETS):
        for other in SETS[index + 1 :]:
            assert towns[name] & towns[other] == set(), (name, other)


@pytest.mark.parametrize("corpus", SETS)
def test_corpus_meets_its_targets(corpus: str) -> None:
    documents = [_load(corpus, f)["document"] for f in _folders(corpus)]
    kinds = [d["kind"] for d in documents]
    minutes = [d for d in documents if d["kind"] == "minutes"]
    assert len(minutes) >= 12
    assert len({d["municipality"] for d in minutes}) >= 8
    assert len({d["system"] for d in minutes}) >= 3
    assert "agenda" in kinds
    assert "not-minutes" in kinds


GOOD: dict[str, Any] = {
    "document": {
        "municipality": "Roskilde",
        "system": "cms",
        "format": "text",
        "url": "https://example.invalid/x",
        "obtained": "by hand",
        "complete": False,
        "kind": "minutes",
    },
    "meeting": {"date": dt.date(2019, 4, 3), "start": "18:00"},
    "items": [{"number": "44", "outcome": "approved"}],
}


def _broken(path: tuple[str | int, ...], value: object) -> dict[str, Any]:
    labels = json.loads(json.dumps(GOOD, default=str))
    labels["meeting"]["date"] = dt.date(2019, 4, 3)
    target = labels
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return labels


def test_checker_accepts_the_schema_example() -> None:
    assert problems(GOOD, "roskilde-kiu-2019-04-03") == []


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        (("document", "system"), "sharepoint", "document.system"),
        (("document", "kind"), "protocol", "document.kind"),
        (("meeting", "start"), "18.00", "meeting.start"),
        (("meeting", "absentees"), [{"name": "A", "reason": "ill"}], "absentees[0].reason"),
        (("meeting", "absentees"), [{"name": "A", "reason": "leave", "party": "(V)"}], "party"),
        (("meeting", "substitutes"), [{"name": "B", "stand_in": "A"}], "unknown key"),
        (("items", 0, "outcome"), "passed", "items[0].outcome"),
        (("items", 0, "outcome"), "mixed", "needs per-clause"),
        (("items", 0, "votes"), [{"option": "yes", "count": 3}], "votes[0].option"),
        (("items", 0, "votes"), [{"option": "for"}], "needs parties, names or count"),
        (("items", 0, "positions"), [{"who": ["V"], "stance": "against"}], "stance"),
        (("items", 0, "earlier"), [{"body": "ØU", "date": "2019-09-18"}], "TOML date"),
        (("items", 0, "public"), "yes", "items[0].public"),
    ],
)
def test_checker_rejects_broken_labels(
    path: tuple[str | int, ...], value: object, expected: str
) -> None:
    found = problems(_broken(path, value), "roskilde-kiu-2019-04-03")
    assert any(expected in p for p in found), found


def test_checker_rejects_a_folder_not_named_after_the_meeting_date() -> None:
    assert any("meeting date" in p for p in problems(GOOD, "roskilde-kiu-2019-04-04"))


def test_checker_rejects_decisions_in_an_agenda() -> None:
    agenda = _broken(("document", "kind"), "agenda")
    assert any("an agenda has no decisions" in p for p in problems(agenda, "x-y-2019-04-03"))
