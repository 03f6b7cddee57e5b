"""Validators for the vendored OParl 1.1 and Popolo schemas (tests/data/*-schema)."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jsonschema
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT3

DATA = Path(__file__).resolve().parents[1] / "data"
OPARL_DIR = DATA / "oparl-1.1-schema"
POPOLO_DIR = DATA / "popolo-schema"


def _date(value: object) -> bool:
    if not isinstance(value, str):
        return True
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10


def _date_time(value: object) -> bool:
    """RFC 3339: a date, ``T``, a time and an offset (``Z`` or ``±hh:mm``)."""
    if not isinstance(value, str):
        return True
    if "T" not in value:
        return False
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return parsed.tzinfo is not None


def _url(value: object) -> bool:
    if not isinstance(value, str):
        return True
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.netloc) and " " not in value


def _checker() -> jsonschema.FormatChecker:
    checker = jsonschema.FormatChecker(formats=())
    checker.checks("date")(_date)
    checker.checks("date-time")(_date_time)
    checker.checks("url")(_url)
    return checker


FORMATS = _checker()

OPARL_TYPES = (
    "AgendaItem",
    "Body",
    "Consultation",
    "LegislativeTerm",
    "Location",
    "Meeting",
    "Membership",
    "Organization",
    "Paper",
    "Person",
)
OPARL = {
    name: jsonschema.Draft7Validator(
        json.loads((OPARL_DIR / f"{name}.json").read_text(encoding="utf-8")),
        format_checker=FORMATS,
    )
    for name in OPARL_TYPES
}

# which properties embed objects of which type (the schema files name them with the
# non-standard keyword "schema", which validators ignore)
OPARL_EMBEDDED = {
    ("Body", "legislativeTerm"): "LegislativeTerm",
    ("Person", "membership"): "Membership",
    ("Meeting", "agendaItem"): "AgendaItem",
    ("Meeting", "location"): "Location",
    ("Paper", "consultation"): "Consultation",
}


def oparl_errors(obj: dict[str, Any]) -> list[str]:
    """Schema errors of an OParl object and of the objects it embeds."""
    name = obj["type"].rsplit("/", 1)[-1]
    errors = [f"{obj['id']}: {e.message}" for e in OPARL[name].iter_errors(obj)]
    for (owner, prop), inner in OPARL_EMBEDDED.items():
        if owner != name or prop not in obj:
            continue
        values = obj[prop] if isinstance(obj[prop], list) else [obj[prop]]
        for value in values:
            if value.get("type", "").rsplit("/", 1)[-1] != inner:
                errors.append(f"{obj['id']}.{prop}: embedded object is not a {inner}")
            errors.extend(oparl_errors(value))
    return errors


def _popolo_registry() -> Registry:
    resources = []
    for file in sorted(POPOLO_DIR.glob("*.json")):
        schema = json.loads(file.read_text(encoding="utf-8"))
        resources.append(
            (schema["id"], Resource.from_contents(schema, default_specification=DRAFT3))
        )
    return Registry().with_resources(resources)


POPOLO_REGISTRY = _popolo_registry()
POPOLO_FILES = {
    "persons": "person",
    "organizations": "organization",
    "memberships": "membership",
    "posts": "post",
    "events": "event",
    "motions": "motion",
    "vote_events": "vote_event",
}
POPOLO = {
    key: jsonschema.Draft3Validator(
        json.loads((POPOLO_DIR / f"{name}.json").read_text(encoding="utf-8")),
        registry=POPOLO_REGISTRY,
        format_checker=FORMATS,
    )
    for key, name in POPOLO_FILES.items()
}


def popolo_errors(key: str, obj: dict[str, Any]) -> list[str]:
    """Schema errors of a Popolo object of the list ``key`` (``"persons"``, …)."""
    return [f"{key} {obj.get('id')}: {e.message}" for e in POPOLO[key].iter_errors(obj)]
