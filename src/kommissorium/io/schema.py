"""JSON Schema for committee files, generated from the model.

Editors (VS Code with a TOML or JSON extension, for example) use it to complete and check
committee files. The schema follows the model's attrs classes, so it cannot drift from what the
loader accepts.

Every field carries its meaning (``description``, from the ``Attributes:`` section of the
model class's docstring) and its ``default``. Every enumeration lists the meaning of each value
with its Danish and English label three times over, for the editors that show them on hover and
in completions: ``enumDescriptions`` and ``markdownEnumDescriptions`` (VS Code's JSON language
service) and ``x-taplo.docs.enumValues`` (Taplo, the language server of *Even Better TOML*).
Fields that take the built-in sectors or the default workflow's states, but also names a file
declares itself, offer the built-in ones with their meanings the same way.

Examples:
    >>> schema = json_schema()
    >>> schema["$schema"]
    'https://json-schema.org/draft/2020-12/schema'
    >>> schema["required"]
    ['committee']
    >>> schema["$defs"]["Role"]["enum"][:3]
    ['chair', 'vice-chair', 'member']
    >>> schema["$defs"]["Role"]["enumDescriptions"][0]
    'formand / chair'
    >>> schema["$defs"]["Membership"]["properties"]["role"]["default"]
    'member'
"""

from __future__ import annotations

import ast
import copy
import enum
import functools
import inspect
import itertools
import re
import textwrap
import types
import typing
from datetime import date, datetime, time
from typing import Any

import attrs

from kommissorium.model import Dossier, ElectionPeriod, Period, Sector, danish_default_workflow
from kommissorium.model.labels import LabelledEnum

__all__ = ["SCHEMA_ID", "default_of", "json_schema", "value_docs"]

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

#: Fields that are strings in the model but offer built-in values (a file may add its own).
_OPEN_ENUMS: dict[tuple[str, str], str] = {
    ("Stakeholder", "sector"): "Sector",
    ("Involvement", "sectors"): "Sector",
    ("SectorDef", "id"): "Sector",
    ("Recommendation", "state"): "WorkflowState",
    ("StateChange", "source"): "WorkflowState",
    ("StateChange", "target"): "WorkflowState",
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


@functools.cache
def value_docs(enum_type: type[enum.Enum]) -> dict[str, str]:
    """The docstrings of an enumeration's members, by value (from the source)."""
    try:
        tree = ast.parse(textwrap.dedent(inspect.getsource(enum_type)))
    except (OSError, TypeError, SyntaxError):  # pragma: no cover - source always shipped
        return {}
    body = tree.body[0].body if tree.body and isinstance(tree.body[0], ast.ClassDef) else []
    out: dict[str, str] = {}
    for first, second in itertools.pairwise(body):
        if (
            isinstance(first, ast.Assign)
            and isinstance(second, ast.Expr)
            and isinstance(second.value, ast.Constant)
            and isinstance(second.value.value, str)
            and len(first.targets) == 1
            and isinstance(first.targets[0], ast.Name)
        ):
            member = getattr(enum_type, first.targets[0].id, None)
            if isinstance(member, enum.Enum):
                out[str(member.value)] = _plain(" ".join(second.value.value.split()))
    return out


def _value_text(label_da: str, label_en: str, doc: str | None, *, markdown: bool) -> str:
    head = f"**{label_da}** / {label_en}" if markdown else f"{label_da} / {label_en}"
    return f"{head} — {doc}" if doc else head


def _enum_schema(
    name: str, description: str, values: list[tuple[str, str, str, str | None]]
) -> dict[str, Any]:
    """An enumeration with a description per value for editors (value, da, en, meaning)."""
    return {
        "title": name,
        "description": description,
        "enum": [v for v, _, _, _ in values],
        "enumDescriptions": [_value_text(da, en, doc, markdown=False) for _, da, en, doc in values],
        "markdownEnumDescriptions": [
            _value_text(da, en, doc, markdown=True) for _, da, en, doc in values
        ],
        "x-taplo": {
            "docs": {
                "main": description,
                "enumValues": [
                    _value_text(da, en, doc, markdown=True) for _, da, en, doc in values
                ],
            }
        },
    }


def enum_values(enum_type: type[enum.Enum]) -> list[tuple[str, str, str, str | None]]:
    """Each value of an enumeration with its Danish and English label and its meaning."""
    docs = value_docs(enum_type)
    out = []
    for member in enum_type:
        value = str(member.value)
        if isinstance(member, LabelledEnum):
            da, en = member.label_da, member.label_en
        else:  # pragma: no cover - every enumeration of the file format is labelled
            da = en = value
        out.append((value, da, en, docs.get(value)))
    return out


def workflow_state_values() -> list[tuple[str, str, str, str | None]]:
    """The default workflow's states with their labels and descriptions."""
    return [(s.id, s.label_da, s.label_en, s.description) for s in danish_default_workflow().states]


def default_of(field: attrs.Attribute[Any]) -> object:
    """A field's default as it is written in a file.

    :data:`attrs.NOTHING` when it has none worth showing: no default, ``None``, or a table of
    defaults.
    """
    default = field.default
    if default is attrs.NOTHING or default is None:
        return attrs.NOTHING
    if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
        made = default.factory()
        return [] if isinstance(made, tuple | list) and not made else attrs.NOTHING
    if isinstance(default, enum.Enum):
        return default.value
    if isinstance(default, tuple):
        return list(default) if not default else attrs.NOTHING
    if isinstance(default, bool | int | float | str):
        return default
    return attrs.NOTHING


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
        if type_ is time:
            return {"type": "string", "pattern": "^[0-2][0-9]:[0-5][0-9](:[0-5][0-9])?$"}
        if type_ is Period:
            if "Period" not in self.defs:
                period = copy.deepcopy(_PERIOD_SCHEMA)
                for name, prop in period["oneOf"][1]["properties"].items():
                    doc = _doc_of_attribute(Period, name)
                    if doc:
                        prop["description"] = doc
                self.defs["Period"] = period
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
            if type_.__name__ not in self.defs:
                self.defs[type_.__name__] = _enum_schema(
                    type_.__name__, _plain((type_.__doc__ or "").strip()), enum_values(type_)
                )
            return {"$ref": f"#/$defs/{type_.__name__}"}
        if attrs.has(type_):
            name = type_.__name__
            if name not in self.defs:
                self.defs[name] = {}  # placeholder against recursion (AimPoint)
                self.defs[name] = self.object(type_)
            return {"$ref": f"#/$defs/{name}"}
        raise TypeError(f"no schema for {type_!r}")  # pragma: no cover - model types only

    def open_enum(self, name: str, prop: dict[str, Any]) -> dict[str, Any]:
        """A string (or array of strings) that offers the built-in values of ``name``."""
        if name not in self.defs:
            if name == "Sector":
                self.of(Sector)
            else:
                self.defs[name] = _enum_schema(
                    name,
                    "The states of the built-in Danish workflow (dk-default); a file's own "
                    "workflows may name others.",
                    workflow_state_values(),
                )
        offer = {"anyOf": [{"$ref": f"#/$defs/{name}"}, {"type": "string"}]}
        if prop.get("type") == "array":
            return {**prop, "items": offer}
        return offer

    def object(self, cls: type) -> dict[str, Any]:
        hints = typing.get_type_hints(cls)
        properties: dict[str, Any] = {}
        required = []
        for field in attrs.fields(cls):
            prop = dict(self.of(hints[field.name]))
            prop.update(_FIELD_EXTRAS.get((cls.__name__, field.name), {}))
            open_enum = _OPEN_ENUMS.get((cls.__name__, field.name))
            if open_enum is not None:
                prop = self.open_enum(open_enum, prop)
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
            default = default_of(field)
            if default is not attrs.NOTHING:
                prop["default"] = default
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
    return copy.deepcopy(_schema())
