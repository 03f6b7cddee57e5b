"""Deterministic generators of realistic committee files for the benchmarks.

A "realistic" committee has 30 people (councillors, employees, representatives), 5 standing
committees, memberships for all of them, a mandate with composition rules and tasks, 5 phases
written as Danish period expressions, milestones, 10 stakeholders and ties.
"""

from __future__ import annotations

import json
import random
from datetime import date
from typing import Any

MONTHS = "januar februar marts april maj juni juli august september oktober november december"
MONTHS_DA = MONTHS.split()


def committee_data(seed: int) -> dict[str, Any]:
    """One committee file's data (JSON-ready), different for every seed."""
    rnd = random.Random(seed)
    year = 2022 + rnd.randrange(3)
    parties = [
        ("A", "Socialdemokratiet"),
        ("V", "Venstre"),
        ("C", "Konservative"),
        ("F", "SF"),
        ("O", "Dansk Folkeparti"),
        ("KD", "Kristendemokraterne"),
    ]
    bodies = [{"id": f"su{i}", "name": f"Stående udvalg {i}", "kind": "standing"} for i in range(5)]
    people = []
    for i in range(30):
        if i < 15:
            letter = parties[i % len(parties)][0]
            people.append(
                {"id": f"p{i}", "name": f"Byrådsmedlem {i}", "kind": "councillor", "party": letter}
            )
        elif i < 25:
            people.append(
                {
                    "id": f"p{i}",
                    "name": f"Medarbejder {i}",
                    "kind": "employee",
                    "title": "chef",
                    "department": f"Område {i % 4}",
                }
            )
        else:
            people.append(
                {
                    "id": f"p{i}",
                    "name": f"Repræsentant {i}",
                    "kind": "representative",
                    "organisation": f"s{i % 10}",
                }
            )
    memberships = []
    for i in range(15):
        memberships.append(
            {"person": f"p{i}", "committee": f"su{i % 5}", "role": "chair" if i < 5 else "member"}
        )
    for i in range(0, 30, 2):
        memberships.append(
            {
                "person": f"p{i}",
                "committee": "c",
                "role": "chair" if i == 0 else "member",
                "basis": "elected" if i < 15 else "ex-officio",
                **({"seat": "fra-udvalg"} if 0 < i < 10 else {}),
            }
        )
    phases = [
        {"id": "f1", "title": "Konstituering", "period": f"første kvartal {year}"},
        {
            "id": "f2",
            "title": "Tema 1",
            "period": f"resten af {year}",
            "participants": ["s1", "s2"],
        },
        {"id": "f3", "title": "Tema 2", "period": f"første og andet kvartal af {year + 1}"},
        {"id": "f4", "title": "Tema 3", "period": "tredje kvartal"},
        {"id": "f5", "title": "Afrapportering", "period": f"fjerde kvartal {year + 1}"},
    ]
    milestones = [
        {"id": f"m{i}", "title": f"Milepæl {i}", "date": date(year, 1 + i, 10 + i).isoformat()}
        for i in range(5)
    ]
    return {
        "council": {
            "id": "kb",
            "name": "Kommunalbestyrelsen",
            "election_period": "2022-2025",
            "municipality": {"name": f"Kommune {seed}", "code": f"{100 + seed % 900:03d}"},
            "seats": 25 + 2 * rnd.randrange(3),
            "parties": [{"letter": a, "name": b} for a, b in parties],
        },
        "committee": {
            "id": "c",
            "name": f"§ 17, stk. 4-udvalg nr. {seed}",
            "kind": "special-17-4",
            "serves": ["kb"],
        },
        "mandate": {
            "established_by": {"body": "kb", "date": f"{year - 1}-12-{10 + rnd.randrange(5)}"},
            "purpose": "At udvikle en samlet strategi på tværs af udvalgene. " * 3,
            "function": rnd.choice(["advisory", "preparatory", "specific-task"]),
            "serves": ["kb"],
            "term": f"{year}-{(year + 1) % 100:02d}",
            "tasks": [
                {"number": n, "text": f"Opgave {n}: beskrivelse af opgaven."} for n in range(1, 6)
            ],
            "composition": [
                {
                    "id": "fra-udvalg",
                    "kind": "one-from-each",
                    "committees": [b["id"] for b in bodies],
                },
                {"id": "direktoer", "kind": "position", "position": "direktør"},
            ],
            "chair": {"kind": "named", "person": "p0"},
            "reporting": {"to": ["kb"], "times_per_year": 2},
            "aims": [
                {
                    "id": f"a{i}",
                    "title": f"Pejlemærke {i}",
                    "points": [{"text": f"Punkt {j}"} for j in range(3)],
                }
                for i in range(3)
            ],
        },
        "bodies": bodies,
        "people": people,
        "memberships": memberships,
        "plan": {"phases": phases, "milestones": milestones},
        "stakeholders": [
            {
                "id": f"s{i}",
                "name": f"Aktør {i}",
                "sector": ["civil-society", "private", "user-councils"][i % 3],
            }
            for i in range(10)
        ],
        "ties": [
            {"source": f"s{i}", "target": f"s{(i * 3 + 1) % 10}", "weight": 1.0 + i % 3}
            for i in range(10)
        ],
    }


def to_json(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {_toml_value(v)}" for k, v in value.items()) + " }"
    raise TypeError(type(value))


def to_toml(data: dict[str, Any], prefix: str = "") -> str:
    """A small TOML writer for the generated shapes (tables, arrays of tables, scalars)."""
    lines: list[str] = []
    scalars = {
        k: v
        for k, v in data.items()
        if not isinstance(v, dict) and not (isinstance(v, list) and v and isinstance(v[0], dict))
    }
    tables = {k: v for k, v in data.items() if isinstance(v, dict)}
    arrays = {k: v for k, v in data.items() if isinstance(v, list) and v and isinstance(v[0], dict)}
    lines += [f"{k} = {_toml_value(v)}" for k, v in scalars.items()]
    out = "\n".join(lines) + ("\n" if lines else "")
    for key, table in tables.items():
        name = f"{prefix}{key}"
        out += f"\n[{name}]\n" + to_toml(table, name + ".")
    for key, items in arrays.items():
        name = f"{prefix}{key}"
        for item in items:
            out += f"\n[[{name}]]\n" + to_toml(item, name + ".")
    return out
