"""What a reader read, as plain data (JSON-ready), every fact with its source and quote.

Examples:
    >>> from kommissorium.read.minutes import read_minutes_text
    >>> minutes = read_minutes_text("Beslutning i Byrådet den 29-01-2020\\nGodkendt.", name="by.txt")
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


def _who(people: tuple[Any, ...], parties: tuple[str, ...] = ()) -> str:
    names = [f"{p.name} ({p.party})" if p.party else p.name for p in people]
    return ", ".join([*parties, *names]) or "–"


def minutes_summary(minutes: ReadMinutes, *, lang: str = "da") -> str:
    """A readable summary of what was read, with the line of each fact.

    Facts read with doubt are marked "(?)"; statements no phrasing knows are listed as unread.
    """
    da = lang == "da"
    document = minutes.document
    out = [f"{document.name}"]

    def at(fact: Sourced[Any]) -> str:
        line, _ = document.line_column(fact.source.start)
        return f"  [l. {line}]" if da else f"  [line {line}]"

    meeting = minutes.meeting
    kind = {"minutes": ("referat", "minutes"), "agenda": ("dagsorden", "agenda")}[meeting.kind]
    out.append(("Møde" if da else "Meeting") + f" ({kind[0] if da else kind[1]}):")
    for label_da, label_en, fact in (
        ("organ", "body", meeting.body),
        ("dato", "date", meeting.date),
        ("start", "start", meeting.start),
        ("slut", "end", meeting.end),
        ("sted", "place", meeting.place),
    ):
        if fact is not None:
            value = (
                fact.value.strftime("%H:%M")
                if isinstance(fact.value, time)
                else fact.value.isoformat()
                if isinstance(fact.value, date)
                else fact.value
            )
            mark = _CERTAIN[fact.source.certainty.value]
            out.append(f"  {label_da if da else label_en}: {value}{mark}{at(fact)}")
    for absence in meeting.absentees:
        out.append(
            f"  {'fraværende' if da else 'absent'}: {_absence(absence.value, da)}{at(absence)}"
        )
    for sub in meeting.substitutes:
        out.append(
            f"  {'stedfortræder' if da else 'substitute'}: {_substitute(sub.value, da)}{at(sub)}"
        )
    for item in minutes.items:
        out.append("")
        head = " ".join(
            x for x in (item.number.value + "." if item.number else None,
                        item.title.value if item.title else None) if x
        ) or ("(punkt uden titel)" if da else "(item without title)")  # fmt: skip
        out.append(head)
        if item.case_number is not None:
            out.append(f"  {'sag' if da else 'case'}: {item.case_number.value}")
        if item.route:
            out.append(
                f"  {'sagsgang' if da else 'route'}: {' → '.join(r.value for r in item.route)}"
            )
        if item.proposal is not None and item.proposal.value.clauses:
            count = len(item.proposal.value.clauses)
            out.append(f"  {'indstilling' if da else 'proposal'}: {count} "
                       f"{'punkt(er)' if da else 'clause(s)'}{at(item.proposal)}")  # fmt: skip
        for earlier in item.earlier:
            value = earlier.value
            said = value.outcome.label(lang) if value.outcome else "?"
            day = value.date.isoformat() if value.date else "?"
            out.append(
                f"  {'tidligere' if da else 'earlier'}: {value.body}, {day}: {said}{at(earlier)}"
            )
        if item.decision_text is None:
            out.append("  " + ("ingen beslutning" if da else "no decision"))
        elif item.mixed:
            out.append(f"  {'beslutning' if da else 'decision'}: {'blandet' if da else 'mixed'}")
        elif item.outcome is not None:
            mark = _CERTAIN[item.outcome.source.certainty.value]
            out.append(f"  {'beslutning' if da else 'decision'}: "
                       f"{item.outcome.value.label(lang)}{mark}{at(item.outcome)}")  # fmt: skip
        else:
            out.append(f"  {'beslutning' if da else 'decision'}: "
                       f"{'ikke læst' if da else 'not read'}{at(item.decision_text)}")  # fmt: skip
        for clause in item.clauses:
            out.append(f"    {'ad' if da else 're'} {clause.value.point}: "
                       f"{clause.value.outcome.label(lang)}{at(clause)}")  # fmt: skip
        for vote in item.votes:
            value = vote.value
            count = "" if value.count is None else f" {value.count}"
            out.append(
                f"  {value.option.label(lang)}:{count} ({_who(value.people, value.parties)}){at(vote)}"
            )
        for position in item.positions:
            value = position.value
            out.append(
                f"  {_who(value.people, value.parties)}: {value.stance.label(lang)}{at(position)}"
            )
        for absence in item.absentees:
            out.append(
                f"  {'fraværende' if da else 'absent'}: {_absence(absence.value, da)}{at(absence)}"
            )
        for sub in item.substitutes:
            out.append(
                f"  {'stedfortræder' if da else 'substitute'}: {_substitute(sub.value, da)}{at(sub)}"
            )
        for remark in item.remarks:
            by = remark.value.by + (f" ({remark.value.party})" if remark.value.party else "")
            out.append(f"  {'bemærkning fra' if da else 'remark by'} {by}{at(remark)}")
        for unread in item.unread:
            text = " ".join(unread.value.split())
            text = text if len(text) <= 80 else text[:77] + "..."
            out.append(f"  {'ikke læst' if da else 'unread'}: {text}{at(unread)}")
    if minutes.warnings:
        out.append("")
        out.append(f"{'Advarsler' if da else 'Warnings'}: {len(minutes.warnings)}")
        out.extend(f"  {w.code}: {w.message}" for w in minutes.warnings)
    return "\n".join(out) + "\n"


def _absence(value: Any, da: bool) -> str:
    text = f"{value.person.name}" + (f" ({value.person.party})" if value.person.party else "")
    if value.reason.value != "unknown":
        text += f", {value.reason.label_da if da else value.reason.label_en}"
    if value.items:
        text += f", {'punkt' if da else 'item'} {', '.join(value.items)}"
    if value.since is not None:
        text += f", {'fra kl.' if da else 'from'} {value.since:%H.%M}"
    if value.until is not None:
        text += f", {'til kl.' if da else 'until'} {value.until:%H.%M}"
    return text


def _substitute(value: Any, da: bool) -> str:
    text = value.person.name + (f" ({value.person.party})" if value.person.party else "")
    if value.replaces is not None:
        text += f" {'for' if da else 'for'} {value.replaces.name}"
    if value.approved:
        text += " (godkendt)" if da else " (approved)"
    return text
