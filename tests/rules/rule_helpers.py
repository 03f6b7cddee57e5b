"""Small builders for rule tests."""

from __future__ import annotations

from datetime import date

import kommissorium as k
from kommissorium.rules import Report, check

HEADER = """\
[council]
id = "kb"
name = "Byrådet"
election_period = "2022-2025"
municipality = { name = "Hedensted", code = "766" }
parties = [{ letter = "A", name = "A" }, { letter = "V", name = "V" }, { letter = "O", name = "O" }]
[committee]
id = "u"
name = "Opgaveudvalget"
kind = "special-17-4"
"""


def run(toml: str, on: date = date(2024, 3, 1), **kwargs: object) -> Report:
    return check(k.loads(toml), on=on, **kwargs)  # type: ignore[arg-type]


def codes(toml: str, on: date = date(2024, 3, 1), **kwargs: object) -> list[str]:
    return [f.code for f in run(toml, on, **kwargs).findings if f.evaluated]


def person(pid: str, party: str | None = None, kind: str = "councillor", extra: str = "") -> str:
    text = f'[[people]]\nid = "{pid}"\nname = "Person {pid}"\nkind = "{kind}"\n'
    return text + (f'party = "{party}"\n' if party else "") + extra


def member(pid: str, committee: str = "u", role: str = "member", extra: str = "") -> str:
    return f'[[memberships]]\nperson = "{pid}"\ncommittee = "{committee}"\nrole = "{role}"\n{extra}'
