"""Recommendation data in committee files and workflow files: round trips and errors."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import jsonschema
import pytest

import kommissorium as k
from kommissorium.errors import LoadError
from kommissorium.io import dump_workflow, dumps_workflow, load_workflow, loads_workflow

FILE = """
[committee]
id = "u"
name = "Udvalget"
kind = "standing"

[[bodies]]
id = "kb"
name = "Kommunalbestyrelsen"
kind = "council"

[[workflows]]
id = "kort"
name = "Kort forløb"
states = [
  { id = "ny", label_da = "ny", label_en = "new", initial = true },
  { id = "vedtaget", label_da = "vedtaget", label_en = "adopted", final = true, approved = true },
]
transitions = [{ source = "ny", target = "vedtaget", body_kinds = ["council"] }]

[[recommendations]]
id = "r1"
text = "at …"
workflow = "kort"
state = "vedtaget"
history = [{ source = "ny", target = "vedtaget", date = 2024-03-01, body = "kb" }]

[[recommendations]]
id = "r2"
text = "at ikke …"
polarity = "do-not"

[recommendations.follow_up]
progress = 25
due = "andet halvår 2025"
milestones = [{ id = "m", title = "Plan", due = "første kvartal 2025" }]

[[hearings]]
id = "h"
title = "Høring"
bodies = ["kb"]
deadline = 2024-02-01
recommendations = ["r1"]
answers = [{ body = "kb", date = 2024-01-20, position = "supports" }]

[[decisions]]
id = "d"
body = "kb"
date = 2024-03-01
item = { title = "Punkt", number = "7", case_number = "24/1", public = false }
[[decisions.outcomes]]
point = 1
outcome = "approved"
counts = [{ option = "for", count = 20 }, { option = "against", count = 5, parties = ["O"] }]
"""


def test_file_with_workflow_round_trips() -> None:
    d = k.loads(FILE, format="toml")
    assert d.workflow("kort").state("vedtaget").approved
    assert d.recommendation("r2").follow_up is not None
    assert d.recommendation("r2").follow_up.due == k.Period(  # type: ignore[union-attr]
        date(2025, 7, 1), date(2025, 12, 31), "andet halvår 2025"
    )
    assert d.decisions[0].outcomes[0].counts[1].option.popolo == "no"
    again = k.loads(k.dumps(d))
    assert again == d
    assert '"due": "andet halvår 2025"' in k.dumps(d)  # the expression is kept


def test_schema_validates_the_examples(examples_dir: Path) -> None:
    # Only the collections this feature adds are validated here: the foundation's schema
    # describes election_period as a table although files may write "2022-2025".
    schema = k.json_schema()
    parts = {
        "workflows": "Workflow",
        "recommendations": "Recommendation",
        "cases": "Case",
        "hearings": "Hearing",
        "decisions": "DecisionRecord",
        "status_schedules": "StatusSchedule",
    }
    names = (
        "norddjurs-strategi-2023.toml",
        "norddjurs-status-2025-decision.toml",
        "skanderborg-alle-med-2021.toml",
    )
    for name in names:
        data = k.io.to_data(k.load(examples_dir / name))
        for key, definition in parts.items():
            sub = {
                "$defs": schema["$defs"],
                "type": "array",
                "items": {"$ref": f"#/$defs/{definition}"},
            }
            jsonschema.validate(data.get(key, []), sub)
    data = k.io.to_data(k.loads(FILE))
    jsonschema.validate(
        data["workflows"],
        {"$defs": schema["$defs"], "type": "array", "items": {"$ref": "#/$defs/Workflow"}},
    )
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(
            [{"id": "r", "text": "t", "polarity": "maybe"}],
            {
                "$defs": schema["$defs"],
                "type": "array",
                "items": {"$ref": "#/$defs/Recommendation"},
            },
        )
    assert "Recommendation" in schema["$defs"]
    assert "DecisionRecord" in schema["$defs"]
    assert schema["$defs"]["VoteOption"]["enum"] == ["for", "against", "abstain", "absent"]


@pytest.mark.parametrize(
    ("replace", "path"),
    [
        ('state = "vedtaget"', "recommendations[0] ('r1').state"),
        ('polarity = "do-not"', "recommendations[1].polarity"),
        ('position = "supports"', "hearings[0].answers[0].position"),
        # validators run on the whole table, so the path ends at the table; the message says
        # "progress must be between 0 and 100 %"
        ("progress = 25", "recommendations[1].follow_up.progress"),
    ],
)
def test_load_errors_name_the_place(replace: str, path: str) -> None:
    broken = {
        'state = "vedtaget"': 'state = "glemt"',
        'polarity = "do-not"': 'polarity = "maybe"',
        'position = "supports"': 'position = "jubler"',
        "progress = 25": "progress = 250",
    }[replace]
    with pytest.raises(LoadError) as info:
        k.loads(FILE.replace(replace, broken), source="u.toml")
    assert info.value.path == path, str(info.value)
    assert str(info.value).startswith("u.toml: ")


def test_history_off_the_graph_is_a_load_error() -> None:
    text = FILE.replace(
        'source = "ny", target = "vedtaget", date', 'source = "vedtaget", target = "ny", date'
    )
    with pytest.raises(LoadError, match=r"recommendations\[0\] \('r1'\)\.history\[0\]"):
        k.loads(text)


def test_workflow_file_round_trip(tmp_path: Path) -> None:
    wf = k.danish_default_workflow()
    path = tmp_path / "wf.json"
    dump_workflow(wf, path)
    assert load_workflow(path) == wf
    assert dumps_workflow(load_workflow(path)) == dumps_workflow(wf)
    toml = tmp_path / "kort.toml"
    toml.write_text(
        'id = "kort"\nname = "Kort"\n'
        '[[states]]\nid = "a"\nlabel_da = "a"\nlabel_en = "a"\ninitial = true\n'
        '[[states]]\nid = "b"\nlabel_da = "b"\nlabel_en = "b"\nfinal = true\n'
        '[[transitions]]\nsource = "a"\ntarget = "b"\nbodies = ["kb"]\n',
        encoding="utf-8",
    )
    assert load_workflow(toml).targets("a") == ("b",)


def test_workflow_file_errors(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="states"):
        loads_workflow('id = "x"\nname = "y"\n', source="x.toml")
    with pytest.raises(LoadError, match=r"transitions\[0\]\.body_kinds\[0\]"):
        loads_workflow(
            '{"id": "x", "name": "y", "states": [{"id": "a", "label_da": "a", "label_en": "a", '
            '"initial": true}], "transitions": [{"source": "a", "target": "a", '
            '"body_kinds": ["king"]}]}'
        )
    with pytest.raises(LoadError, match=r"a file ending in \.toml or \.json"):
        load_workflow(tmp_path / "x.yaml")
    with pytest.raises(LoadError, match="a readable file"):
        load_workflow(tmp_path / "missing.toml")
