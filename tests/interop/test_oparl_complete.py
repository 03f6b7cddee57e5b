"""Every part of every example dossier is in its OParl bundle (standard property or extension)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import attrs
import pytest

import kommissorium as k
from kommissorium.interop import to_oparl
from kommissorium.interop._common import data_of
from kommissorium.model import Dossier, SectorDef

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "examples").glob("*.toml"))
X = "kommissorium:"


def _counts(d: Dossier, bundle: dict[str, Any]) -> dict[str, int]:
    """How many of each dossier part the bundle holds."""
    body = bundle["body"]
    orgs = {o["id"]: o for o in bundle["organization"]}
    committee = orgs[f"https://ris.invalid/o/organization/{d.committee.id}"]
    ours = [m for m in bundle["membership"] if m["organization"].split("/")[-2] != "party"]
    return {
        "committee": sum(o["name"] == d.committee.name for o in orgs.values()),
        "council": int(d.council is not None and "mainOrganization" in body),
        "bodies": sum(any(o["id"].endswith("/" + b.id) for o in orgs.values()) for b in d.bodies),
        "people": len(bundle["person"]),
        "memberships": len(ours),
        "meetings": len(bundle["meeting"]),
        "series": sum(len(o.get(X + "meetingSeries", [])) for o in orgs.values()),
        "stakeholders": len(body.get(X + "stakeholders", [])),
        "ties": len(body.get(X + "ties", [])),
        "workflows": len(body.get(X + "workflows", [])),
        "recommendations": len(  # a recommendation of two cases is in both papers
            {r["id"] for r in body.get(X + "recommendations", [])}
            | {r["id"] for p in bundle["paper"] for r in p.get(X + "recommendations", [])}
        ),
        "cases": len(bundle["paper"]),
        "hearings": len(body.get(X + "hearings", [])),
        "decisions": len(bundle["agendaItem"]),
        "status_schedules": len(body.get(X + "statusSchedules", [])),
        "accepted": len(committee.get(X + "acceptedFindings", [])),
        "sectors": len(body.get(X + "sectors", [])),
    }


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_nothing_of_the_dossier_is_dropped(example: Path) -> None:
    d = k.load(example)
    bundle = to_oparl(d, base_url="https://ris.invalid/o/", stamp=datetime(2025, 1, 6, tzinfo=UTC))
    counts = _counts(d, bundle)
    fields = {f.name for f in attrs.fields(Dossier)}
    assert fields == set(counts) | {"mandate", "plan"}  # a new part must be added here
    for name, found in counts.items():
        value = getattr(d, name)
        expected = 1 if name in ("committee", "council") and value is not None else None
        expected = expected if expected is not None else len(value) if value is not None else 0
        assert found == expected, name
    committee = {o["id"]: o for o in bundle["organization"]}[
        f"https://ris.invalid/o/organization/{d.committee.id}"
    ]
    assert committee.get(X + "mandate", {}) == data_of(d.mandate)
    assert committee.get(X + "plan", {}) == data_of(d.plan)


def test_declared_sectors_are_carried() -> None:
    d = k.load(ROOT / "examples" / "skanderborg-alle-med-network.toml")
    d = attrs.evolve(d, sectors=(SectorDef(id="housing", label_da="Boligorganisationer"),))
    bundle = to_oparl(d, base_url="https://ris.invalid/o/", stamp=datetime(2025, 1, 6, tzinfo=UTC))
    assert [s["id"] for s in bundle["body"][X + "sectors"]] == [s.id for s in d.sectors]
