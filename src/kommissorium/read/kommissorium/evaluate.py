r"""Score a draft against hand labels: per-field true positives, false positives, misses.

The labels are the ``[labels]`` table of a labelled corpus document (the schema of
``tests/data/kommissorier/``). Every field is a set of *items*; a drafted item that matches a
labelled one is a true positive, a drafted item that matches none a false positive, a labelled
item no drafted one matches a miss. Precision is ``tp / (tp + fp)``, recall ``tp / (tp + fn)``.
For a document labelled ``not-kommissorium`` every drafted item is a false positive.

How items match, field by field (the same rules for every document):

- ``name``: equal after case, punctuation and spacing are ignored and the Danish definite
  ending ``-et`` is dropped from each word ("§17, stk. 4-udvalget" = "§ 17, stk. 4 udvalg").
- ``legal_basis``: the same paragraph and stk. numbers.
- ``established_by``: the same date (or both without one) and the same body (any two names of
  the council match: "Byrådet", "Gladsaxe Byråd").
- ``functions``, ``serves``, ``reporting`` (its bodies): one item per value, names as for
  ``name``, the council as one body.
- ``chair``: the same kind, and for ``named`` the same person, for ``chair-of`` the same
  committee, for ``position`` the same position.
- ``composition kinds``: one item per clause: its kind, for ``other`` with its group
  (``other:citizens``). ``composition counts``: one item per clause with a count, kind and
  count.
- ``term``: the start and end the label fixes are the drafted ones; a label with only words
  matches a drafted term read from a sentence that overlaps those words.
- ``meetings``: per year and who sets the plan, where labelled.
- ``phases``: title (one contained in the other, normalised) and, where labelled, the period's
  words.
- ``themes``, ``aims``, ``tasks``: texts that share at least 60 % of their words (Jaccard on
  normalised words), or one contained in the other.
- ``deliverables``: the same due words (or the same period), or, without a labelled due,
  similar titles.
- ``powers``: the same ``granted``.
- ``people``: the same name; ``people details``: the same name, party and role as labelled (a
  substitute counts as no role, since the labels have none for it).

Examples:
    >>> from kommissorium.read.kommissorium.reader import read_kommissorium
    >>> draft = read_kommissorium("Udvalget fastsætter selv sin mødeplan.")
    >>> counts = score(draft, {"meetings": {"plan_set_by": "committee", "text": "…"}})
    >>> counts["meetings"]
    Counts(tp=1, fp=0, fn=0)
    >>> counts["chair"]
    Counts(tp=0, fp=0, fn=0)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from typing import Any

import attrs

from kommissorium.errors import PeriodParseError
from kommissorium.model import Role
from kommissorium.read.kommissorium.result import KommissoriumDraft
from kommissorium.read.names import name_key
from kommissorium.time.periods import parse_period

__all__ = ["FIELDS", "Counts", "same_name", "score", "total"]

#: The fields scored, in the order reports print them.
FIELDS = (
    "name", "legal_basis", "established_by", "functions", "serves", "chair",
    "composition kinds", "composition counts", "term", "meetings", "phases", "themes", "aims",
    "tasks", "deliverables", "reporting", "powers", "people", "people details",
)  # fmt: skip

_COUNCIL = re.compile(r"byråd|kommunalbestyrelse|borgerrepræsentation", re.IGNORECASE)


@attrs.frozen
class Counts:
    """True positives, false positives and misses of one field.

    Attributes:
        tp: Drafted items that match a labelled one.
        fp: Drafted items that match none.
        fn: Labelled items that no drafted item matches.
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float | None:
        """``tp / (tp + fp)``, or ``None`` when nothing was drafted."""
        drafted = self.tp + self.fp
        return self.tp / drafted if drafted else None

    @property
    def recall(self) -> float | None:
        """``tp / (tp + fn)``, or ``None`` when nothing was labelled."""
        labelled = self.tp + self.fn
        return self.tp / labelled if labelled else None


def _words(text: str) -> list[str]:
    words = re.sub(r"[^\wæøå§]+", " ", name_key(text)).split()
    return [w[:-2] if len(w) > 5 and w.endswith("et") else w for w in words]


def same_name(a: str, b: str) -> bool:
    """Whether two names are the same, up to case, punctuation, spacing and the ending "-et".

    Examples:
        >>> same_name("§17, stk. 4-udvalget for grøn omstilling", "§ 17, stk. 4 udvalg for grøn "
        ...           "omstilling")
        True
        >>> same_name("Musikudvalget", "Musikudvalget for Københavns Kommune")
        False
    """
    return "".join(_words(a)) == "".join(_words(b))


def _body_key(name: str) -> str:
    if _COUNCIL.search(name) and "udvalg" not in name.casefold():
        return "council"
    text = re.sub(r"^udvalget (?:for|om) ", "", " ".join(name.casefold().split()))
    return "".join(_words(text))


def _similar(a: str, b: str) -> bool:
    wa, wb = set(_words(a)), set(_words(b))
    if not wa or not wb:
        return False
    ja, jb = "".join(_words(a)), "".join(_words(b))
    if ja in jb or jb in ja:
        return min(len(ja), len(jb)) >= 0.5 * max(len(ja), len(jb))
    return len(wa & wb) / len(wa | wb) >= 0.6


def _match(
    drafted: Sequence[Any], labelled: Sequence[Any], same: Callable[[Any, Any], bool]
) -> Counts:
    """Greedy one-to-one matching in order."""
    free = list(range(len(labelled)))
    tp = 0
    for item in drafted:
        for position, index in enumerate(free):
            if same(item, labelled[index]):
                tp += 1
                free.pop(position)
                break
    return Counts(tp, len(drafted) - tp, len(labelled) - tp)


def _single(drafted: Any, labelled: Any, same: Callable[[Any, Any], bool]) -> Counts:
    return _match(
        [] if drafted is None else [drafted], [] if labelled is None else [labelled], same
    )


def _day(value: Any) -> date | None:
    return value if isinstance(value, date) else None


def _span_of(draft: KommissoriumDraft, words: str) -> tuple[int, int] | None:
    """Where a labelled quote is in the document (blank runs ignored)."""
    pattern = r"\s+".join(re.escape(w) for w in words.split())
    found = re.search(pattern, draft.document.text) if pattern else None
    return (found.start(), found.end()) if found else None


def _period_text(text: str | None) -> str:
    return " ".join((text or "").casefold().split())


def score(draft: KommissoriumDraft, labels: Mapping[str, Any] | None) -> dict[str, Counts]:
    """The counts of every field in :data:`FIELDS` for one document.

    Args:
        draft: What the reader drafted.
        labels: The ``[labels]`` table; ``None`` for a document that is not a kommissorium.

    Returns:
        One :class:`Counts` per field.
    """
    labels = labels or {}
    out: dict[str, Counts] = {}

    out["name"] = _single(draft.name.value if draft.name else None, labels.get("name"), same_name)
    out["legal_basis"] = _single(
        draft.legal_basis.value if draft.legal_basis else None,
        labels.get("legal_basis"),
        lambda a, b: re.findall(r"\d+", a) == re.findall(r"\d+", b),
    )

    def same_decision(d: Any, label: Mapping[str, Any]) -> bool:
        if d.date != _day(label.get("date")):
            return False
        body = label.get("body")
        if body is None or d.body is None:
            return body is None and d.body is None
        return _body_key(body) == _body_key(d.body)

    out["established_by"] = _single(
        draft.established_by.value if draft.established_by else None,
        labels.get("established_by"),
        same_decision,
    )
    out["functions"] = _match(
        [f.value.value for f in draft.functions], list(labels.get("functions", ())), str.__eq__
    )
    out["serves"] = _match(
        [_body_key(s.value) for s in draft.serves],
        [_body_key(s) for s in labels.get("serves", ())],
        str.__eq__,
    )

    def same_chair(d: Any, label: Mapping[str, Any]) -> bool:
        if d.kind.value != label.get("kind"):
            return False
        if d.kind.value == "named":
            return d.person is not None and name_key(d.person.name) == name_key(label["person"])
        if d.kind.value == "chair-of":
            return d.committee is not None and _body_key(d.committee) == _body_key(
                label["committee"]
            )
        if d.kind.value == "position":
            return d.position is not None and same_name(d.position, label["position"])
        return True

    chair = draft.chair.value if draft.chair else None
    out["chair"] = _single(chair, labels.get("chair"), same_chair)

    def seat_key(kind: str, group: str | None) -> str:
        return f"{kind}:{group or 'other'}" if kind == "other" else kind

    seats = [s.value for s in draft.composition]
    labelled_seats = list(labels.get("composition", ()))
    out["composition kinds"] = _match(
        [seat_key(s.kind.value, s.group) for s in seats],
        [seat_key(s["kind"], s.get("group")) for s in labelled_seats],
        str.__eq__,
    )
    out["composition counts"] = _match(
        [(seat_key(s.kind.value, s.group), s.count) for s in seats if s.count is not None],
        [
            (seat_key(s["kind"], s.get("group")), s["count"])
            for s in labelled_seats
            if s.get("count") is not None
        ],
        tuple.__eq__,
    )

    def same_term(fact: Any, label: Mapping[str, Any]) -> bool:
        value = fact.value
        start, end = _day(label.get("start")), _day(label.get("end"))
        if start is not None and value.start != start:
            return False
        if end is not None and value.end != end:
            return False
        if start is None and end is None:
            span = _span_of(draft, label.get("text", ""))
            return span is not None and fact.source.start < span[1] and span[0] < fact.source.end
        return True

    out["term"] = _single(draft.term, labels.get("term"), same_term)

    def same_meetings(d: Any, label: Mapping[str, Any]) -> bool:
        if "per_year" in label and d.per_year != label["per_year"]:
            return False
        return not ("plan_set_by" in label and d.plan_set_by != label["plan_set_by"])

    out["meetings"] = _single(
        draft.meetings.value if draft.meetings else None, labels.get("meetings"), same_meetings
    )

    def same_phase(d: Any, label: Mapping[str, Any]) -> bool:
        a, b = "".join(_words(d.title)), "".join(_words(label["title"]))
        if not (a and b and (a in b or b in a)):
            return False
        if "period" in label:
            return d.period is not None and _period_text(d.period.text) == _period_text(
                label["period"]
            )
        return True

    out["phases"] = _match(
        [p.value for p in draft.phases], list(labels.get("phases", ())), same_phase
    )
    out["themes"] = _match(
        [t.value.title for t in draft.themes], list(labels.get("themes", ())), _similar
    )
    out["aims"] = _match(
        [text for a in draft.aims for text in a.value.texts],
        list(labels.get("aims", ())),
        _similar,
    )
    out["tasks"] = _match(
        [t.value.text for t in draft.tasks], list(labels.get("tasks", ())), _similar
    )

    def same_deliverable(d: Any, label: Mapping[str, Any]) -> bool:
        due = label.get("due")
        if due is None:
            return _similar(d.title, label.get("title", ""))
        if _period_text(d.due_text) == _period_text(due):
            return True
        try:
            period = parse_period(due)
        except PeriodParseError:
            return False
        return d.due is not None and (d.due.start, d.due.end) == (period.start, period.end)

    out["deliverables"] = _match(
        [d.value for d in draft.deliverables],
        list(labels.get("deliverables", ())),
        same_deliverable,
    )
    reporting = labels.get("reporting") or {}
    out["reporting"] = _match(
        [_body_key(b) for b in (draft.reporting.value.to if draft.reporting else ())],
        [_body_key(b) for b in reporting.get("to", ())],
        str.__eq__,
    )
    powers = labels.get("powers")
    out["powers"] = _single(
        draft.powers.value if draft.powers else None,
        powers["granted"] if powers is not None else None,
        bool.__eq__,
    )
    people = [p.value for p in draft.people]
    labelled_people = list(labels.get("people", ()))
    out["people"] = _match(
        [name_key(p.name.name) for p in people],
        [name_key(p["name"]) for p in labelled_people],
        str.__eq__,
    )

    def same_person(d: Any, label: Mapping[str, Any]) -> bool:
        if name_key(d.name.name) != name_key(label["name"]):
            return False
        if (d.party_label or None) != label.get("party"):
            return False
        role = None if d.role in (None, Role.SUBSTITUTE) else d.role.value
        return role == label.get("role")

    out["people details"] = _match(people, labelled_people, same_person)
    return out


def total(counts: Iterable[Mapping[str, Counts]]) -> dict[str, Counts]:
    """The counts of several documents added up, field by field."""
    out = {field: Counts() for field in FIELDS}
    for one in counts:
        for field, value in one.items():
            out[field] = out[field] + value
    return out
