"""The file format reference (docs/file-format.md), generated from the model and the schema.

Every table of a committee file gets a section: where it stands in a file, a table of its
fields (type, default, meaning), and a short example taken from the example files (or, for the
few tables they do not use, from :data:`SUPPLEMENT`). Every enumeration gets a table of its
values with their Danish and English labels and meanings. Meanings come from the JSON Schema,
which takes them from the ``Attributes:`` sections of the model's docstrings.
"""

from __future__ import annotations

import enum
import typing
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import attrs

from kommissorium.io import json_schema, load, loads, toml_data
from kommissorium.io.schema import default_of, enum_values, workflow_state_values
from kommissorium.io.tomlfile import (
    TOP_LEVEL_ORDER,
    Notes,
    _Emitter,
    _inner,
    _key,
    field_type,
)
from kommissorium.model import Dossier, ElectionPeriod, Period
from kommissorium.model.sectors import SECTOR_COLOURS
from kommissorium.rules import all_rules

ROOT = Path(__file__).resolve().parent.parent

#: Tables the example files do not use, written out for the reference (a valid file).
SUPPLEMENT = """
[committee]
id = "u"
name = "Udvalget"

[[people]]
id = "anna"
name = "Anna Hansen"
kind = "councillor"
party = "A"

[[recommendations]]
id = "r1"
text = "Der etableres et fast samarbejdsforum med civilsamfundet."
state = "approved"
[recommendations.follow_up]
responsible = "u"
[[recommendations.follow_up.milestones]]
id = "forum-nedsat"
title = "Samarbejdsforum nedsat"
due = "første kvartal 2025"
done = 2025-03-12

[[decisions]]
id = "u-2025-01-20"
body = "u"
date = 2025-01-20
item = { title = "Samarbejdsforum med civilsamfundet" }
[[decisions.outcomes]]
point = 1
outcome = "approved"
[[decisions.outcomes.counts]]
option = "for"
count = 7
parties = ["A", "V"]
[[decisions.outcomes.votes]]
person = "anna"
option = "for"
[[decisions.positions]]
stance = "reservation"
parties = ["O"]
text = "1 medlem (O) tager forbehold."
[[decisions.substitutes]]
person = "anna"
approved = true
text = "Anna Hansen (A) var indkaldt som stedfortræder."
[[decisions.earlier]]
body_name = "Økonomiudvalget"
date = 2025-01-13
item = "153"
outcome = "recommended"
text = "Indstilles godkendt."

[[workflows]]
id = "enkel"
name = "Enkel behandling"
[[workflows.states]]
id = "draft"
label_da = "udkast"
label_en = "draft"
initial = true
[[workflows.states]]
id = "approved"
label_da = "godkendt"
label_en = "approved"
final = true
approved = true
[[workflows.transitions]]
source = "draft"
target = "approved"
body_kinds = ["council"]
label_da = "godkend"
label_en = "approve"

[[sectors]]
id = "boligorganisationer"
label_da = "Boligorganisationer"
label_en = "Housing associations"
colour = "#17becf"
"""


def _corpus() -> list[Dossier]:
    dossiers = [load(p) for p in sorted((ROOT / "examples").glob("*.toml"))]
    for rule in all_rules():
        if rule.doc is not None:
            dossiers += [loads(rule.doc.fail_example, format="toml")]
            dossiers += [loads(rule.doc.pass_example, format="toml")]
    dossiers.append(loads(SUPPLEMENT, format="toml", source="docs/gen_fields.py SUPPLEMENT"))
    return dossiers


# -- where each class stands ------------------------------------------------------------------


@attrs.frozen
class Place:
    """A model class and the first place in a file where it stands."""

    cls: type
    path: tuple[str | int, ...]  # key names, with 0 for "an entry of an array"


def places() -> list[Place]:
    """Every table of the format in document order (depth first from the top-level tables)."""
    seen: dict[type, Place] = {}

    def visit(type_: Any, path: tuple[str | int, ...]) -> None:
        type_ = _inner(type_)
        if typing.get_origin(type_) is tuple:
            visit(typing.get_args(type_)[0], (*path, 0))
            return
        if not attrs.has(type_) or type_ in seen:
            return
        seen[type_] = Place(type_, path)
        hints = typing.get_type_hints(type_)
        for f in attrs.fields(type_):
            visit(hints[f.name], (*path, f.name))

    hints = typing.get_type_hints(Dossier)
    for name in TOP_LEVEL_ORDER:
        visit(hints[name], (name,))
    return list(seen.values())


def _toml_name(path: tuple[str | int, ...]) -> str:
    names = ".".join(_key(p) for p in path if isinstance(p, str))
    if not path:
        return "(the file)"
    if path[-1] in ("due", "period", "term", "election_period", "planned"):
        return f"a value, as in {names} (a string, or an inline table)"
    return f"[[{names}]]" if path[-1] == 0 else f"[{names}]"


# -- types ---------------------------------------------------------------------------------------


def _anchor(name: str) -> str:
    return name.lower()


_OPEN = {
    ("Stakeholder", "sector"): "Sector",
    ("Involvement", "sectors"): "Sector",
    ("SectorDef", "id"): "Sector",
    ("Recommendation", "state"): "WorkflowState",
    ("StateChange", "source"): "WorkflowState",
    ("StateChange", "target"): "WorkflowState",
}


def type_text(type_: Any) -> str:
    """How a field's type reads in the reference."""
    type_ = _inner(type_)
    origin = typing.get_origin(type_)
    if origin is tuple:
        return "array of " + type_text(typing.get_args(type_)[0])
    if origin is not None:
        return " or ".join(type_text(a) for a in typing.get_args(type_) if a is not type(None))
    if type_ is str:
        return "string"
    if type_ is bool:
        return "boolean"
    if type_ is int:
        return "integer"
    if type_ is float:
        return "number"
    if type_ is datetime:
        return "datetime"
    if type_ is date:
        return "date"
    if type_ is Period:
        return "[period](#period)"
    if type_ is ElectionPeriod:
        return 'election period (`"2022-2025"`, see [ElectionPeriod](#electionperiod))'
    if isinstance(type_, type) and issubclass(type_, enum.Enum):
        return f"one of [{type_.__name__}](#{_anchor(type_.__name__)})"
    if attrs.has(type_):
        return f"table ([{type_.__name__}](#{_anchor(type_.__name__)}))"
    return str(type_)  # pragma: no cover


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _default_text(field: attrs.Attribute[Any]) -> str:
    if field.default is attrs.NOTHING:
        return "**required**"
    value = default_of(field)
    if value is attrs.NOTHING:
        return "—"
    if isinstance(value, bool):
        return "`true`" if value else "`false`"
    if isinstance(value, str):
        return f'`"{value}"`'
    if value == []:
        return "`[]`"
    return f"`{value}`"


# -- examples -----------------------------------------------------------------------------------


def _instances(
    value: Any, type_: Any, path: tuple[str | int, ...]
) -> Iterator[tuple[type, Any, tuple[str | int, ...]]]:
    type_ = _inner(type_)
    if type_ is ElectionPeriod and isinstance(value, str):
        yield type_, value, path  # the usual way to write one
    if isinstance(value, dict) and attrs.has(type_):
        yield type_, value, path
        for key, item in value.items():
            yield from _instances(item, field_type(type_, key), (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _instances(item, field_type(type_, 0), (*path, index))


def examples() -> dict[type, str]:
    """A short TOML example of every table, from the first file that has one."""
    found: dict[type, str] = {}
    for dossier in _corpus():
        for cls, value, path in _instances(toml_data(dossier), Dossier, ()):
            if cls in found or not path:
                continue
            found[cls] = _example(cls, value, path)
    return found


def _example(cls: type, value: Any, path: tuple[str | int, ...]) -> str:
    emitter = _Emitter(Notes())
    names = ".".join(_key(p) for p in path if isinstance(p, str))
    if isinstance(value, dict) and (
        isinstance(path[-1], int) or emitter.is_table(path, value, cls)
    ):
        plain = {
            k: v
            for k, v in value.items()
            if not emitter.is_table((*path, k), v, field_type(cls, k))
        }
        header = f"[[{names}]]" if isinstance(path[-1], int) else f"[{names}]"
        emitter.table(path, plain, cls, header)
        lines = emitter.lines
        if len(plain) < len(value):
            lines.append(f"# … and its sub-tables: {', '.join(k for k in value if k not in plain)}")
        return "\n".join(lines)
    parent = path[:-1]
    parent_names = ".".join(_key(p) for p in parent if isinstance(p, str))
    header = f"[[{parent_names}]]" if isinstance(parent[-1], int) else f"[{parent_names}]"
    lines = emitter.value_lines(path, value, cls)
    return "\n".join([header, *lines])


# -- the page -----------------------------------------------------------------------------------


def _enums(schema: dict[str, Any]) -> list[type[enum.Enum]]:
    out: list[type[enum.Enum]] = []

    def visit(type_: Any) -> None:
        type_ = _inner(type_)
        for arg in typing.get_args(type_):
            visit(arg)
        if isinstance(type_, type) and issubclass(type_, enum.Enum) and type_ not in out:
            out.append(type_)

    for place in places():
        hints = typing.get_type_hints(place.cls)
        for f in attrs.fields(place.cls):
            visit(hints[f.name])
    from kommissorium.model import Sector

    if Sector not in out:
        out.append(Sector)
    return out


def fields_page() -> str:
    """The Markdown of docs/file-format.md."""
    schema = json_schema()
    defs = schema["$defs"]
    ex = examples()
    all_places = places()
    lines = [
        "# File format reference",
        "",
        "Every table and field of a committee file, generated from the model and the "
        "[JSON Schema](files.md#json-schema) (which carries the same meanings, defaults and "
        "values for editors). How values are written (periods, datetimes, enumerations) is "
        "on [Committee files](files.md); the layout `kommissorium fmt` writes is described "
        "there too.",
        "",
        "A table's fields are listed in the order files write them. *Required* fields must be "
        "given; the others may be left out and then take their default. Names of tables are "
        "shown as TOML headers: `[mandate.chair]` is a table, `[[memberships]]` an entry of an "
        "array of tables. A small table can also be written inline: "
        '`municipality = { name = "Hedensted", code = "766" }`.',
        "",
        "**Tables:** "
        + ", ".join(f"[{p.cls.__name__}](#{_anchor(p.cls.__name__)})" for p in all_places),
        "",
        "**Values:** "
        + ", ".join(f"[{e.__name__}](#{_anchor(e.__name__)})" for e in _enums(schema))
        + ", [WorkflowState](#workflowstate-values) (the default workflow's states).",
        "",
    ]
    for place in all_places:
        cls = place.cls
        entry = defs[cls.__name__] if cls is not Dossier else schema
        if "properties" not in entry:  # a string or a table: the table's fields
            table = next(alt for alt in entry["oneOf"] if "properties" in alt)
            entry = {**table, "description": entry["description"]}
        where = _toml_name(place.path)
        where = where if where.startswith("a value") else f"`{where}`"
        lines += [f"## {cls.__name__}", "", where, ""]
        summary = entry.get("description", "")
        if summary:
            lines += [summary, ""]
        lines += ["| Field | Type | Default | Meaning |", "|---|---|---|---|"]
        hints = typing.get_type_hints(cls)
        for f in attrs.fields(cls):
            prop = entry["properties"][f.name]
            kind = type_text(hints[f.name])
            open_enum = _OPEN.get((cls.__name__, f.name))
            if open_enum == "Sector":
                kind += " ([built-in sectors](#sector) or a name the file declares)"
            elif open_enum == "WorkflowState":
                kind += " ([states of the workflow](#workflowstate-values))"
            meaning = _cell(prop.get("description", ""))
            lines.append(f"| `{f.name}` | {kind} | {_default_text(f)} | {meaning} |")
        lines.append("")
        if cls in ex:
            lines += ["Example:", "", "```toml", ex[cls], "```", ""]
    lines += ["# Values", ""]
    for enum_type in _enums(schema):
        name = enum_type.__name__
        lines += [f"## {name}", "", defs[name]["description"], ""]
        colours = name == "Sector"
        head = "| Value | Dansk | English | Meaning |" + (" Colour |" if colours else "")
        lines += [head, "|---|---|---|---|" + ("---|" if colours else "")]
        for value, da, en, doc in enum_values(enum_type):
            row = f"| `{value}` | {da} | {en} | {_cell(doc or '')} |"
            if colours:
                row += f" `{SECTOR_COLOURS[value]}` |"
            lines.append(row)
        lines.append("")
    lines += [
        "## WorkflowState values",
        "",
        "The states of the built-in Danish workflow (`dk-default`), which recommendations follow "
        "unless they name another workflow (`workflow_id`); a file may define its own in "
        "[`[[workflows]]`](#workflow). `kommissorium workflow` prints its transitions.",
        "",
        "| State | Dansk | English | Meaning |",
        "|---|---|---|---|",
    ]
    for value, da, en, doc in workflow_state_values():
        lines.append(f"| `{value}` | {da} | {en} | {_cell(doc or '')} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    """Write docs/file-format.md."""
    (ROOT / "docs" / "file-format.md").write_text(fields_page(), encoding="utf-8")


if __name__ == "__main__":
    main()
