"""The JSON Schema of committee files agrees with the loader."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from dossier_strategies import dossiers
from hypothesis import HealthCheck, given, settings

from kommissorium.errors import LoadError
from kommissorium.io import json_schema, load, loads, to_data
from kommissorium.model import Dossier

EXAMPLES = sorted((Path(__file__).resolve().parent.parent.parent / "examples").glob("*.toml"))


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = json_schema()
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def test_schema_is_valid_draft_2020_12() -> None:
    schema = json_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


def test_schema_is_a_fresh_copy() -> None:
    first = json_schema()
    first["required"].append("people")
    assert json_schema()["required"] == ["committee"]


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
def test_examples_validate(example: Path, validator: jsonschema.Draft202012Validator) -> None:
    data = to_data(load(example))
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(data)]
    assert errors == []


def test_schema_key_is_allowed(validator: jsonschema.Draft202012Validator) -> None:
    data: dict[str, Any] = {
        "$schema": "https://kommissorium.dk/schema/committee-file-1.json",
        "committee": {"id": "u", "name": "Udvalget"},
    }
    validator.validate(data)
    assert loads(json.dumps(data), format="json").committee.id == "u"


def _example_data() -> dict[str, Any]:
    return to_data(load(EXAMPLES[0]))


@pytest.mark.parametrize(
    ("where", "key"),
    [
        ((), "comittee"),
        (("committee",), "nme"),
        (("memberships", 0), "rle"),
        (("plan", "phases", 0), "perod"),
        (("council", "municipality"), "kode"),
    ],
)
def test_unknown_field_fails_validation(
    validator: jsonschema.Draft202012Validator, where: tuple[str | int, ...], key: str
) -> None:
    data = copy.deepcopy(_example_data())
    target: Any = data
    for step in where:
        target = target[step]
    target[key] = "x"
    errors = list(validator.iter_errors(data))
    assert errors, f"unknown field {key!r} at {where} passed the schema"
    assert any(e.validator == "additionalProperties" and key in e.message for e in errors)


def test_unknown_enum_value_fails_validation(validator: jsonschema.Draft202012Validator) -> None:
    data = copy.deepcopy(_example_data())
    data["memberships"][0]["role"] = "boss"
    assert not validator.is_valid(data)


def test_missing_committee_fails_validation(validator: jsonschema.Draft202012Validator) -> None:
    data = copy.deepcopy(_example_data())
    del data["committee"]
    assert not validator.is_valid(data)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(dossiers())
def test_generated_dossiers_validate(dossier: Dossier) -> None:
    validator = jsonschema.Draft202012Validator(
        json_schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    data = to_data(dossier)
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(data)]
    assert errors == []


def _assert_schema_and_loader_agree(
    validator: jsonschema.Draft202012Validator, valid: bool, **extra: Any
) -> None:
    """A minimal file with ``extra`` is valid for the schema exactly when the loader reads it."""
    data = {"committee": {"id": "u", "name": "U", "kind": "special-17-4"}, **extra}
    assert validator.is_valid(data) is valid
    if valid:
        loads(json.dumps(data), format="json")
    else:
        with pytest.raises(LoadError):
            loads(json.dumps(data), format="json")


@pytest.mark.parametrize(
    ("code", "valid"),
    [("766", True), ("101", True), ("76", False), ("7666", False), ("76a", False), ("٧٦٦", False)],
)
def test_municipality_code_is_three_ascii_digits_in_schema_and_loader(
    code: str, valid: bool, validator: jsonschema.Draft202012Validator
) -> None:
    council = {
        "id": "kb",
        "name": "KB",
        "election_period": "2022-2025",
        "municipality": {"name": "Hedensted", "code": code},
    }
    _assert_schema_and_loader_agree(validator, valid, council=council)


@pytest.mark.parametrize(
    ("period", "valid"),
    [
        ({"start": "2024-01-01"}, True),
        ({"start": "2024-01-01", "end": "2024-03-31", "text": "Q1 2024"}, True),
        ({"text": "første kvartal 2024"}, True),
        ({"end": "2024-03-31"}, False),
        ({"end": "2024-03-31", "text": "første kvartal 2024"}, False),
        ({}, False),
    ],
)
def test_period_table_needs_start_or_text_alone(
    period: dict[str, str], valid: bool, validator: jsonschema.Draft202012Validator
) -> None:
    _assert_schema_and_loader_agree(validator, valid, mandate={"term": period})


def test_descriptions_have_no_docstring_markup() -> None:
    text = json.dumps(json_schema(), ensure_ascii=False)
    assert "``" not in text
    for role in (":class:", ":func:", ":attr:", ":data:"):
        assert role not in text
    # markup becomes single backticks, as editors render them
    assert '"The name, for example `\\"Hedensted\\"`."' in text


def test_taplo_schema_directive_is_an_ordinary_comment() -> None:
    text = '#:schema ./committee.schema.json\n[committee]\nid = "u"\nname = "U"\n'
    assert loads(text, format="toml").committee.id == "u"
