"""Evaluate the minutes reader on the labelled corpus in tests/data/minutes (private helper).

Used by ``benchmarks/bench_read.py`` (which prints the table) and by
``tests/read/test_minutes_corpus.py`` (which fails when a field falls below its floor).

Each document is read with :func:`kommissorium.read.read_minutes_file`; a document labelled
``not-minutes`` counts as right when the reader refuses it. Facts are compared as sets per
document (absentees, substitutes) or per agenda item (outcomes, votes, positions, remarks,
earlier treatments, routes, proposal clauses); items are matched by number, else by title.
A wrong value counts once as a false positive and once as a false negative.
"""

from __future__ import annotations

import time
import tomllib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kommissorium.errors import KommissoriumError
from kommissorium.read import read_minutes_file
from kommissorium.read.minutes import MinutesItem, NotMinutesError, ReadMinutes
from kommissorium.read.names import name_key

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "minutes"
HELDOUT = ROOT / "tests" / "data" / "minutes-heldout"
HELDOUT2 = ROOT / "tests" / "data" / "minutes-heldout2"

FIELDS = (
    "kind",
    "items",
    "case numbers",
    "outcomes",
    "clauses",
    "absentees",
    "absence reasons",
    "substitutes",
    "votes",
    "positions",
    "remarks",
    "earlier treatments",
    "routes",
    "proposal clauses",
    "meeting body",
    "meeting date",
    "meeting start",
    "meeting place",
)


@dataclass
class Score:
    """True positives, false positives and false negatives of one field."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, expected: Iterable[object], found: Iterable[object]) -> None:
        want = Counter(expected)
        got = Counter(found)
        hits = sum((want & got).values())
        self.tp += hits
        self.fp += sum(got.values()) - hits
        self.fn += sum(want.values()) - hits

    @property
    def precision(self) -> float | None:
        return None if self.tp + self.fp == 0 else self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        return None if self.tp + self.fn == 0 else self.tp / (self.tp + self.fn)

    @property
    def support(self) -> int:
        return self.tp + self.fn


@dataclass
class Result:
    """Scores per field over the corpus, and the reading time of each document."""

    scores: dict[str, Score] = field(default_factory=lambda: {f: Score() for f in FIELDS})
    seconds: dict[str, float] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)


def _norm(text: str) -> str:
    return " ".join(text.casefold().replace("–", "-").split()).rstrip(" .:")


def _who(names: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(name_key(n) for n in names))


def _match(
    labels: list[dict[str, Any]], items: tuple[MinutesItem, ...]
) -> list[tuple[dict[str, Any], MinutesItem | None]]:
    by_number = {i.number.value: i for i in items if i.number is not None}
    out = []
    for label in labels:
        found = None
        if "number" in label:
            found = by_number.get(str(label["number"]))
        if found is None and "title" in label:
            wanted = _norm(label["title"])
            found = next(
                (i for i in items if i.title is not None and _norm(i.title.value) == wanted), None
            )
        if found is None and "case_number" in label and "number" not in label:
            wanted = _norm(label["case_number"])
            found = next(
                (i for i in items if i.case_number and _norm(i.case_number.value) == wanted), None
            )
        if found is None and len(labels) == 1 and len(items) == 1 and "number" not in label:
            found = items[0]
        out.append((label, found))
    # items the labels know by nothing (no number, title or case number) pair up in order with
    # the read items that have no number or title either
    bare = [i for i in items if i.number is None and i.title is None]
    used = {id(i) for _, i in out if i is not None}
    bare = [i for i in bare if id(i) not in used]
    for index, (label, found) in enumerate(out):
        if found is None and not {"number", "title", "case_number"} & set(label) and bare:
            out[index] = (label, bare.pop(0))
    return out


def _vote_key(
    item: str, option: str, parties: Iterable[str], count: int | None, names: Iterable[str]
) -> tuple[object, ...]:
    return (item, option, tuple(sorted(parties)), count, _who(names))


def score_document(folder: Path, result: Result) -> None:
    labels = tomllib.loads((folder / "labels.toml").read_text(encoding="utf-8"))
    document = labels["document"]
    file = next(folder.glob("document.*"))
    kind = document["kind"]
    s = result.scores
    started = time.perf_counter()
    try:
        read: ReadMinutes | None = read_minutes_file(file)
    except NotMinutesError:
        read = None
    except KommissoriumError as exc:
        read = None
        if kind != "not-minutes":
            result.errors[folder.name] = str(exc)
    result.seconds[folder.name] = time.perf_counter() - started
    got_kind = "not-minutes" if read is None else read.meeting.kind
    s["kind"].add([kind], [got_kind])
    if read is None:
        if kind != "not-minutes":
            result.errors.setdefault(folder.name, "refused as not minutes")
        return
    meeting = labels.get("meeting", {})
    read_meeting = read.meeting
    for name, key, value in (
        ("meeting body", "body", read_meeting.body),
        ("meeting date", "date", read_meeting.date),
        ("meeting start", "start", read_meeting.start),
        ("meeting place", "place", read_meeting.place),
    ):
        expected = [] if key not in meeting else [_norm(str(meeting[key]))]
        found = (
            []
            if value is None
            else [_norm(value.value.strftime("%H:%M") if key == "start" else str(value.value))]
        )
        s[name].add(expected, found)
    label_items = labels.get("items", [])
    pairs = _match(label_items, read.items)
    matched_ids = {id(item) for _, item in pairs if item is not None}
    s["items"].add(
        [_item_key(label) for label in label_items],
        [_item_key(label) for label, item in pairs if item is not None]
        + [
            ("extra", id(i))
            for i in read.items
            if id(i) not in matched_ids
            and kind != "agenda"
            and not _is_truncated_extra(i, label_items)
        ],
    )
    # absentees and substitutes: per document
    want_absent = [name_key(a["name"]) for a in meeting.get("absentees", [])]
    want_reason = [
        (name_key(a["name"]), a.get("reason", "unknown")) for a in meeting.get("absentees", [])
    ]
    want_subs = [name_key(x["name"]) for x in meeting.get("substitutes", [])]
    for label in label_items:
        want_absent += [name_key(a["name"]) for a in label.get("absentees", [])]
        want_reason += [
            (name_key(a["name"]), a.get("reason", "unknown")) for a in label.get("absentees", [])
        ]
        want_subs += [name_key(x["name"]) for x in label.get("substitutes", [])]
    got_absences = [a.value for a in read_meeting.absentees] + [
        a.value for i in read.items for a in i.absentees
    ]
    s["absentees"].add(set(want_absent), {name_key(a.person.name) for a in got_absences})
    s["absence reasons"].add(
        set(want_reason), {(name_key(a.person.name), a.reason.value) for a in got_absences}
    )
    got_subs = [x.value for x in read_meeting.substitutes] + [
        x.value for i in read.items for x in i.substitutes
    ]
    s["substitutes"].add(set(want_subs), {name_key(x.person.name) for x in got_subs})
    # per item
    for label, item in pairs:
        key = str(label.get("number") or label.get("title"))
        truncated = bool(label.get("truncated"))
        want_case = [_norm(label["case_number"])] if "case_number" in label else []
        got_case = [_norm(item.case_number.value)] if item is not None and item.case_number else []
        s["case numbers"].add(want_case, got_case)
        want_outcome = [label["outcome"]] if "outcome" in label else []
        got_outcome = [] if item is None or item.outcome_label is None else [item.outcome_label]
        if not (truncated and not want_outcome):
            s["outcomes"].add(want_outcome, got_outcome)
        s["clauses"].add(
            [(c["point"], c["outcome"]) for c in label.get("clauses", [])],
            [] if item is None else [(c.value.point, c.value.outcome.value) for c in item.clauses],
        )
        s["votes"].add(
            [
                _vote_key(
                    key, v["option"], v.get("parties", []), v.get("count"), v.get("names", [])
                )
                for v in label.get("votes", [])
            ],
            []
            if item is None
            else [
                _vote_key(
                    key,
                    v.value.option.value,
                    v.value.parties,
                    v.value.count,
                    [p.name for p in v.value.people],
                )
                for v in item.votes
            ],
        )
        s["positions"].add(
            [(p["stance"], _who(p["who"])) for p in label.get("positions", [])],
            []
            if item is None
            else [
                (p.value.stance.value, _who([*p.value.parties, *(x.name for x in p.value.people)]))
                for p in item.positions
            ],
        )
        s["remarks"].add(
            [name_key(r["by"]) for r in label.get("remarks", [])],
            [] if item is None else [name_key(r.value.by) for r in item.remarks],
        )
        s["earlier treatments"].add(
            [
                (_norm(e["body"]), str(e.get("date")), e.get("outcome"))
                for e in label.get("earlier", [])
            ],
            []
            if item is None
            else [
                (
                    _norm(e.value.body),
                    str(e.value.date),
                    None if e.value.outcome is None else e.value.outcome.value,
                )
                for e in item.earlier
            ],
        )
        s["routes"].add(
            [tuple(_norm(r) for r in label["route"])] if "route" in label else [],
            [tuple(_norm(r.value) for r in item.route)] if item is not None and item.route else [],
        )
        s["proposal clauses"].add(
            [label["proposal_clauses"]] if "proposal_clauses" in label else [],
            [len(item.proposal.value.clauses)]
            if item is not None and item.proposal and item.proposal.value.clauses
            else [],
        )


def _item_key(label: dict[str, Any]) -> tuple[str, str]:
    name = label.get("number") or label.get("title") or label.get("case_number") or "?"
    return ("item", _norm(str(name)))


def _is_truncated_extra(item: MinutesItem, labels: list[dict[str, Any]]) -> bool:
    return False


def evaluate(corpus: Path = CORPUS) -> Result:
    result = Result()
    for folder in sorted(p for p in corpus.iterdir() if (p / "labels.toml").exists()):
        score_document(folder, result)
    return result
