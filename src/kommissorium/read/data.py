r"""What a reader read, as plain data (JSON-ready), every fact with its source and quote.

Examples:
    >>> from kommissorium.read.minutes import read_minutes_text
    >>> minutes = read_minutes_text("Beslutning i Byrådet den 29-01-2020\nGodkendt.",
    ...                             name="by.txt")
    >>> data = minutes_data(minutes)
    >>> outcome = data["items"][0]["outcome"]
    >>> outcome["value"], outcome["source"]["quote"], outcome["source"]["line"]
    ('approved', 'Godkendt.', 2)
"""

from __future__ import annotations

import enum
import json
from datetime import date, time
from typing import Any

import attrs

from kommissorium.read.minutes.result import MinutesItem, ReadMinutes
from kommissorium.read.source import Document, Source, Sourced

__all__ = ["minutes_data", "minutes_json", "minutes_summary"]


def _source(document: Document, source: Source) -> dict[str, Any]:
    line, column = document.line_column(source.start)
    out: dict[str, Any] = {
        "start": source.start,
        "end": source.end,
        "line": line,
        "column": column,
        "quote": document.quote(source),
        "certainty": source.certainty.value,
    }
    if source.pattern is not None:
        out["pattern"] = source.pattern
    return out


def _plain(value: Any, document: Document) -> Any:
    if isinstance(value, Source):
        return _source(document, value)
    if isinstance(value, Sourced):
        return {"value": _plain(value.value, document), "source": _source(document, value.source)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, time):
        return value.isoformat(timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_plain(v, document) for v in value]
    if attrs.has(type(value)):
        out = {}
        for field in attrs.fields(type(value)):
            item = getattr(value, field.name)
            if item is None or item == () or item == []:
                continue
            out[field.name] = _plain(item, document)
        return out
    return value


def _item(item: MinutesItem, document: Document) -> dict[str, Any]:
    data: dict[str, Any] = _plain(item, document)
    if item.mixed:
        data["outcome"] = {"value": "mixed"}
    return data


def minutes_data(minutes: ReadMinutes) -> dict[str, Any]:
    """The read minutes as plain data.

    Each fact is ``{"value": …, "source": {"start", "end", "line", "column", "quote",
    "certainty", "pattern"}}``; ``quote`` is the text the fact was read from. Empty fields are
    left out. An item whose clauses were decided differently has the outcome ``"mixed"``.
    """
    document = minutes.document
    return {
        "document": {"name": document.name, "kind": document.kind},
        "meeting": _plain(minutes.meeting, document),
        "items": [_item(item, document) for item in minutes.items],
        "warnings": [_plain(w, document) for w in minutes.warnings],
    }


def minutes_json(documents: list[ReadMinutes]) -> str:
    """Read documents as JSON text: ``{"documents": [...]}`` (deterministic, two-space indent)."""
    data = {"documents": [minutes_data(m) for m in documents]}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


_CERTAIN = {"pattern": "", "uncertain": " (?)"}
_WORDS = {
    "da": {
        "minutes": "referat", "agenda": "dagsorden", "meeting": "Møde", "body": "organ",
        "date": "dato", "start": "start", "end": "slut", "place": "sted", "at": "l.",
        "absent": "fraværende", "substitute": "stedfortræder", "untitled": "(punkt uden titel)",
        "case": "sag", "route": "sagsgang", "proposal": "indstilling", "clauses": "punkt(er)",
        "earlier": "tidligere", "none": "ingen beslutning", "decision": "beslutning",
        "mixed": "blandet", "unread": "ikke læst", "re": "ad", "remark": "bemærkning fra",
        "warnings": "Advarsler", "item": "punkt", "from": "fra kl.", "until": "til kl.",
        "for": "for", "approved": "godkendt", "lang": "da",
    },
    "en": {
        "minutes": "minutes", "agenda": "agenda", "meeting": "Meeting", "body": "body",
        "date": "date", "start": "start", "end": "end", "place": "place", "at": "line",
        "absent": "absent", "substitute": "substitute", "untitled": "(item without title)",
        "case": "case", "route": "route", "proposal": "proposal", "clauses": "clause(s)",
        "earlier": "earlier", "none": "no decision", "decision": "decision",
        "mixed": "mixed", "unread": "not read", "re": "re", "remark": "remark by",
        "warnings": "Warnings", "item": "item", "from": "from", "until": "until",
        "for": "for", "approved": "approved", "lang": "en",
    },
}  # fmt: skip


def _who(people: tuple[Any, ...], parties: tuple[str, ...] = ()) -> str:
    names = [_named(p) for p in people]
    return ", ".join([*parties, *names]) or "–"


def _named(person: Any) -> str:
    return f"{person.name} ({person.party})" if person.party else str(person.name)


def _shown(value: Any) -> str:
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def minutes_summary(minutes: ReadMinutes, *, lang: str = "da") -> str:
    """A readable summary of what was read, with the line of each fact.

    Facts read with doubt are marked "(?)"; statements no phrasing knows are listed as unread.
    """
    w = _WORDS["en" if lang == "en" else "da"]
    document = minutes.document

    def at(fact: Sourced[Any]) -> str:
        line, _ = document.line_column(fact.source.start)
        return f"{_CERTAIN[fact.source.certainty.value]}  [{w['at']} {line}]"

    meeting = minutes.meeting
    out = [document.name, f"{w['meeting']} ({w[meeting.kind]}):"]
    for key, fact in (
        ("body", meeting.body),
        ("date", meeting.date),
        ("start", meeting.start),
        ("end", meeting.end),
        ("place", meeting.place),
    ):
        if fact is not None:
            out.append(f"  {w[key]}: {_shown(fact.value)}{at(fact)}")
    out.extend(f"  {w['absent']}: {_absence(a.value, w)}{at(a)}" for a in meeting.absentees)
    out.extend(
        f"  {w['substitute']}: {_substitute(s.value, w)}{at(s)}" for s in meeting.substitutes
    )
    for item in minutes.items:
        out += ["", _item_head(item, w)]
        out.extend(_item_lines(item, w, lang, at))
    if minutes.warnings:
        out += ["", f"{w['warnings']}: {len(minutes.warnings)}"]
        out.extend(f"  {warning.code}: {warning.message}" for warning in minutes.warnings)
    return "\n".join(out) + "\n"


def _item_head(item: MinutesItem, w: dict[str, str]) -> str:
    parts = [
        item.number.value + "." if item.number else None,
        item.title.value if item.title else None,
    ]
    return " ".join(p for p in parts if p) or w["untitled"]


def _item_lines(item: MinutesItem, w: dict[str, str], lang: str, at: Any) -> list[str]:
    out = []
    if item.case_number is not None:
        out.append(f"  {w['case']}: {item.case_number.value}")
    if item.route:
        out.append(f"  {w['route']}: {' → '.join(r.value for r in item.route)}")
    if item.proposal is not None and item.proposal.value.clauses:
        count = len(item.proposal.value.clauses)
        out.append(f"  {w['proposal']}: {count} {w['clauses']}{at(item.proposal)}")
    for earlier in item.earlier:
        treatment = earlier.value
        said = treatment.outcome.label(lang) if treatment.outcome else "?"
        day = treatment.date.isoformat() if treatment.date else "?"
        out.append(f"  {w['earlier']}: {treatment.body}, {day}: {said}{at(earlier)}")
    if item.decision_text is None:
        out.append(f"  {w['none']}")
    elif item.mixed:
        out.append(f"  {w['decision']}: {w['mixed']}")
    elif item.outcome is not None:
        out.append(f"  {w['decision']}: {item.outcome.value.label(lang)}{at(item.outcome)}")
    else:
        out.append(f"  {w['decision']}: {w['unread']}{at(item.decision_text)}")
    for clause in item.clauses:
        said = clause.value.outcome.label(lang)
        out.append(f"    {w['re']} {clause.value.point}: {said}{at(clause)}")
    for vote in item.votes:
        cast = vote.value
        number = "" if cast.count is None else f" {cast.count}"
        who = _who(cast.people, cast.parties)
        out.append(f"  {cast.option.label(lang)}:{number} ({who}){at(vote)}")
    for position in item.positions:
        taken = position.value
        out.append(
            f"  {_who(taken.people, taken.parties)}: {taken.stance.label(lang)}{at(position)}"
        )
    out.extend(f"  {w['absent']}: {_absence(a.value, w)}{at(a)}" for a in item.absentees)
    out.extend(f"  {w['substitute']}: {_substitute(s.value, w)}{at(s)}" for s in item.substitutes)
    for remark in item.remarks:
        by = remark.value.by + (f" ({remark.value.party})" if remark.value.party else "")
        out.append(f"  {w['remark']} {by}{at(remark)}")
    for unread in item.unread:
        text = " ".join(unread.value.split())
        text = text if len(text) <= 80 else text[:77] + "..."
        out.append(f"  {w['unread']}: {text}{at(unread)}")
    return out


def _absence(value: Any, w: dict[str, str]) -> str:
    text = _named(value.person)
    if value.reason.value != "unknown":
        text += f", {value.reason.label(w['lang'])}"
    if value.items:
        text += f", {w['item']} {', '.join(value.items)}"
    if value.since is not None:
        text += f", {w['from']} {value.since:%H.%M}"
    if value.until is not None:
        text += f", {w['until']} {value.until:%H.%M}"
    return text


def _substitute(value: Any, w: dict[str, str]) -> str:
    text = _named(value.person)
    if value.replaces is not None:
        text += f" {w['for']} {value.replaces.name}"
    if value.approved:
        text += f" ({w['approved']})"
    return text
