"""Seeds 002 and 004 (Norddjurs minutes) read back into the hand-written examples.

The examples were typed in by hand from the seed texts. Reading the seed text into the example
dossier with its decision records taken out must give the same records back. A difference
fails the test unless it is listed in EXPLAINED with the reason.
"""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest

import kommissorium as k
from kommissorium.read.minutes import read_minutes_text, to_dossier

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "examples" / "seeds"

CASES = [
    ("002_caf4917664b254be.txt", "norddjurs-strategi-2023.toml", "vpu-2023-10-26"),
    ("004_fb4ab46d81ac6adf.txt", "norddjurs-status-2025-decision.toml", "vpu-2025-04-28"),
]

#: Fields where the reader gives more than the hand-written file, and why that is right.
EXPLAINED = {
    "text": "the reader keeps the decision's words verbatim; the examples did not record them",
}


def _without_decisions(dossier: k.Dossier) -> k.Dossier:
    cases = tuple(
        attrs.evolve(
            case,
            route=tuple(attrs.evolve(step, decision=None) for step in case.route),
        )
        for case in dossier.cases
    )
    return attrs.evolve(dossier, decisions=(), cases=cases)


@pytest.mark.parametrize(("seed", "example", "record_id"), CASES)
def test_seed_minutes_read_back_into_the_example(seed: str, example: str, record_id: str) -> None:
    expected_dossier = k.load(ROOT / "examples" / example)
    expected = next(d for d in expected_dossier.decisions if d.id == record_id)
    minutes = read_minutes_text((SEEDS / seed).read_text(encoding="utf-8"), name=seed)
    assert not minutes.warnings, minutes.warnings
    result = to_dossier(minutes, _without_decisions(expected_dossier))
    assert not result.warnings, result.warnings
    (record,) = result.dossier.decisions
    differences = {
        field.name: (getattr(expected, field.name), getattr(record, field.name))
        for field in attrs.fields(k.DecisionRecord)
        if getattr(expected, field.name) != getattr(record, field.name)
    }
    unexplained = {name: pair for name, pair in differences.items() if name not in EXPLAINED}
    assert not unexplained, unexplained
    assert record.text is not None
    assert record.text.startswith(("Ad. 1 Godkendt", "Godkendt."))
    # Nothing else in the dossier changed but the case's route step, which now points at the
    # record again, as in the example.
    assert result.dossier.cases == expected_dossier.cases
    assert result.dossier.people == expected_dossier.people
    assert result.dossier.bodies == expected_dossier.bodies


@pytest.mark.parametrize(("seed", "example", "record_id"), CASES)
def test_every_fact_of_the_seed_points_into_its_text(
    seed: str, example: str, record_id: str
) -> None:
    text = (SEEDS / seed).read_text(encoding="utf-8")
    minutes = read_minutes_text(text, name=seed)
    (item,) = minutes.items
    facts = [
        item.title, item.case_number, item.public, item.outcome, item.decision_text,
        *item.clauses, *item.absentees, *item.remarks, *item.attachments, *item.route,
    ]  # fmt: skip
    for fact in facts:
        assert fact is not None
        quoted = text[fact.source.start : fact.source.end]
        assert quoted.strip(), fact
        assert fact.source.document == seed
    absentee = item.absentees[0]
    assert text[absentee.source.start : absentee.source.end] in (
        "Jens Kannegaard Lundager (O)",
        "Tom Bytoft (A)",
    )
