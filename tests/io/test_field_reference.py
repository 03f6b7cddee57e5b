"""The file format reference: every table and field described, every value labelled."""

from __future__ import annotations

import enum
import importlib.util
import sys
import typing
from pathlib import Path
from typing import Any

import attrs
import pytest

from kommissorium.io import json_schema, loads
from kommissorium.io.schema import default_of
from kommissorium.model import Dossier, Sector
from kommissorium.model.labels import LabelledEnum

ROOT = Path(__file__).resolve().parents[2]


def _gen() -> Any:
    sys.path.insert(0, str(ROOT / "docs"))
    spec = importlib.util.spec_from_file_location("gen_fields", ROOT / "docs" / "gen_fields.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GEN = _gen()
PLACES = GEN.places()
SCHEMA = json_schema()


def _entry(cls: type) -> dict[str, Any]:
    if cls is Dossier:
        return SCHEMA
    entry: dict[str, Any] = SCHEMA["$defs"][cls.__name__]
    if "properties" not in entry:
        entry = next(alt for alt in entry["oneOf"] if "properties" in alt)
    return entry


def undocumented(classes: list[type], entry: Any = _entry) -> list[str]:
    """Fields whose schema entry has no description."""
    missing = []
    for cls in classes:
        props = entry(cls)["properties"]
        for field in attrs.fields(cls):
            if not props.get(field.name, {}).get("description", "").strip():
                missing.append(f"{cls.__name__}.{field.name}")
    return missing


def test_every_field_has_a_description() -> None:
    classes = [p.cls for p in PLACES]
    assert len(classes) > 50
    assert undocumented([Dossier, *classes]) == []


@attrs.frozen
class Undocumented:
    """A table.

    Attributes:
        named: Has a description.
    """

    named: str
    silent: str


def test_a_field_without_description_is_found() -> None:
    from kommissorium.io.schema import _Builder

    built = _Builder().object(Undocumented)
    assert undocumented([Undocumented], lambda _: built) == ["Undocumented.silent"]


def _enums() -> list[type[enum.Enum]]:
    found: list[type[enum.Enum]] = [Sector]

    def visit(type_: Any) -> None:
        for arg in typing.get_args(type_):
            visit(arg)
        if isinstance(type_, type) and issubclass(type_, enum.Enum) and type_ not in found:
            found.append(type_)

    for place in PLACES:
        hints = typing.get_type_hints(place.cls)
        for field in attrs.fields(place.cls):
            visit(hints[field.name])
    return found


@pytest.mark.parametrize("enum_type", _enums(), ids=lambda e: e.__name__)
def test_every_value_has_labels_and_editor_descriptions(enum_type: type[enum.Enum]) -> None:
    assert issubclass(enum_type, LabelledEnum), f"{enum_type.__name__} has no Danish/English labels"
    entry = SCHEMA["$defs"][enum_type.__name__]
    assert entry["enum"] == [m.value for m in enum_type]
    for key in ("enumDescriptions", "markdownEnumDescriptions"):
        assert len(entry[key]) == len(entry["enum"])
    assert len(entry["x-taplo"]["docs"]["enumValues"]) == len(entry["enum"])
    for member, text in zip(enum_type, entry["enumDescriptions"], strict=True):
        assert isinstance(member, LabelledEnum)
        assert member.label_da
        assert member.label_en
        assert text.startswith(f"{member.label_da} / {member.label_en}")


def test_defaults_are_in_the_schema() -> None:
    for place in PLACES:
        props = _entry(place.cls)["properties"]
        for field in attrs.fields(place.cls):
            default = default_of(field)
            if default is attrs.NOTHING:
                assert "default" not in props[field.name], f"{place.cls.__name__}.{field.name}"
            else:
                assert props[field.name]["default"] == default


def test_page_lists_every_table_field_and_value() -> None:
    page = GEN.fields_page()
    for place in PLACES:
        section = page.split(f"\n## {place.cls.__name__}\n", 1)[1].split("\n## ", 1)[0]
        for field in attrs.fields(place.cls):
            assert f"| `{field.name}` |" in section, f"{place.cls.__name__}.{field.name}"
        assert "```toml" in section, f"{place.cls.__name__} has no example"
    for enum_type in _enums():
        section = page.split(f"\n## {enum_type.__name__}\n", 1)[1].split("\n## ", 1)[0]
        for member in enum_type:
            assert isinstance(member, LabelledEnum)
            assert f"| `{member.value}` | {member.label_da} | {member.label_en} |" in section
    assert "| `civil-society` | civilsamfund | civil society |" in page
    assert "| `in-hearing` |" in page  # the default workflow's states


def test_examples_on_the_page_are_valid_toml_fragments() -> None:
    import tomllib

    page = GEN.fields_page()
    blocks = page.split("```toml\n")[1:]
    assert len(blocks) == len(PLACES)
    for block in blocks:
        tomllib.loads(block.split("```", 1)[0])


def test_supplement_loads() -> None:
    assert loads(GEN.SUPPLEMENT, format="toml").workflows[0].id == "enkel"


def test_nav_lists_the_reference() -> None:
    assert "file-format.md" in (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert "file-format.md" in (ROOT / "docs" / "files.md").read_text(encoding="utf-8")
