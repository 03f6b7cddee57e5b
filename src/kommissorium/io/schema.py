"""JSON Schema for committee files, generated from the model.

Editors (VS Code with a TOML or JSON extension, for example) use it to complete and check
committee files. The schema follows the model's attrs classes, so it cannot drift from what the
loader accepts.

Examples:
    >>> schema = json_schema()
    >>> schema["$schema"]
    'https://json-schema.org/draft/2020-12/schema'
    >>> schema["required"]
    ['committee']
    >>> schema["$defs"]["Role"]["enum"][:3]
    ['chair', 'vice-chair', 'member']
"""

from __future__ import annotations

import enum
import functools
import re
import types
import typing
from datetime import date, datetime
from typing import Any

import attrs

from kommissorium.model import Dossier, ElectionPeriod, Period

__all__ = ["SCHEMA_ID", "json_schema"]

SCHEMA_ID = "https://kommissorium.dk/schema/committee-file-1.json"

_PERIOD_SCHEMA: dict[str, Any] = {
    "description": (
        "An inclusive range of days: a Danish expression ('første kvartal 2024', "
        "'resten af 2024', '2024-25'), an ISO date, or a table with start, end and text."
    ),
    "oneOf": [
        {"type": "string"},
        {
            "type": "object",
            "properties": {
                "start": {"type": "string", "format": "date"},
                "end": {"type": "string", "format": "date"},
                "text": {"type": "string"},
            },
            "additionalProperties": False,
            # The loader needs a start, or a text alone that it reads as an expression.
            "anyOf": [
                {"required": ["start"]},
                {"required": ["text"], "not": {"required": ["end"]}},
            ],
        },
    ],
}

#: Constraints the model's validators enforce that the types alone do not show.
_FIELD_EXTRAS: dict[tuple[str, str], dict[str, Any]] = {
    ("Municipality", "code"): {"pattern": "^[0-9]{3}$"},
}

_ROLE = re.compile(r":[a-z]+:`~?(?:[\w.]+\.)?([^`]+)`")


def _plain(doc: str) -> str:
    """Docstring markup as an editor shows it: ``x`` and :class:`~a.B` become `x` and `B`."""
    return _ROLE.sub(r"`\1`", doc).replace("``", "`")


def _doc_of_attribute(cls: type, name: str) -> str | None:
    doc = cls.__doc__ or ""
    marker = f"        {name}:"
    for index, line in enumerate(lines := doc.splitlines()):
        if line.startswith(marker):
            text = [line[len(marker) :].strip()]
            for more in lines[index + 1 :]:
                if more.startswith("            "):
                    text.append(more.strip())
                else:
                    break
            return _plain(" ".join(text))
    return None


class _Builder:
    def __init__(self) -> None:
        self.defs: dict[str, Any] = {}

    def of(self, type_: Any) -> dict[str, Any]:
        origin = typing.get_origin(type_)
        args = typing.get_args(type_)
        if type_ is str:
            return {"type": "string"}
        if type_ is bool:
            return {"type": "boolean"}
        if type_ is int:
            return {"type": "integer"}
        if type_ is float:
            return {"type": "number"}
        if type_ is datetime:
            return {"type": "string", "format": "date-time"}
        if type_ is date:
            return {"type": "string", "format": "date"}
        if type_ is Period:
            self.defs.setdefault("Period", _PERIOD_SCHEMA)
            return {"$ref": "#/$defs/Period"}
        if type_ is ElectionPeriod:
            if "ElectionPeriod" not in self.defs:
                self.defs["ElectionPeriod"] = {
                    "description": (
                        "An election period: 'YYYY-YYYY' for a regular term, or a table for an "
                        "irregular one (the 2005–2006 structural reform)."
                    ),
                    "oneOf": [
                        {"type": "string", "pattern": "^[0-9]{4}[-–][0-9]{4}$"},
                        self.object(ElectionPeriod),
                    ],
                }
            return {"$ref": "#/$defs/ElectionPeriod"}
        if origin in (typing.Union, types.UnionType):
            inner = [a for a in args if a is not type(None)]
            if len(inner) == 1:
                return self.of(inner[0])
            return {"anyOf": [self.of(a) for a in inner]}
        if origin is tuple:
            return {"type": "array", "items": self.of(args[0])}
        if isinstance(type_, type) and issubclass(type_, enum.Enum):
            self.defs.setdefault(
                type_.__name__,
                {
                    "enum": [m.value for m in type_],
                    "description": _plain((type_.__doc__ or "").strip()),
                },
            )
            return {"$ref": f"#/$defs/{type_.__name__}"}
        if attrs.has(type_):
            name = type_.__name__
            if name not in self.defs:
                self.defs[name] = {}  # placeholder against recursion (AimPoint)
                self.defs[name] = self.object(type_)
            return {"$ref": f"#/$defs/{name}"}
        raise TypeError(f"no schema for {type_!r}")  # pragma: no cover - model types only

    def object(self, cls: type) -> dict[str, Any]:
        hints = typing.get_type_hints(cls)
        properties: dict[str, Any] = {}
        required = []
        for field in attrs.fields(cls):
            prop = dict(self.of(hints[field.name]))
            prop.update(_FIELD_EXTRAS.get((cls.__name__, field.name), {}))
            bounds = getattr(field.validator, "schema_bounds", None)
            if bounds is not None:  # the ranges of numbers (docs/files.md, "Input limits")
                if prop.get("type") == "array":
                    prop["items"] = {**prop["items"], **bounds}
                else:
                    prop.update(bounds)
            doc = _doc_of_attribute(cls, field.name)
            if doc:
                prop = (
                    {"description": doc, **prop}
                    if "$ref" not in prop
                    else {"description": doc, "allOf": [prop]}
                )
            properties[field.name] = prop
            if field.default is attrs.NOTHING:
                required.append(field.name)
        out: dict[str, Any] = {
            "type": "object",
            "properties": properties,
            "additionalProperties": False,
        }
        if required:
            out["required"] = required
        summary = (cls.__doc__ or "").strip().splitlines()
        if summary:
            out["description"] = _plain(summary[0])
        return out


@functools.cache
def _schema() -> dict[str, Any]:
    builder = _Builder()
    root = builder.object(Dossier)
    root["properties"]["$schema"] = {"type": "string"}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "kommissorium committee file",
        **root,
        "$defs": dict(sorted(builder.defs.items())),
    }


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a committee file.

    Returns:
        A fresh copy of the schema as plain data.
    """
    import copy

    return copy.deepcopy(_schema())
