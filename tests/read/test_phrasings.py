"""Every phrasing reads its own real examples, and statements that are not decisions are left."""

from __future__ import annotations

import pytest

from kommissorium.model import Outcome
from kommissorium.read.minutes.phrases import (
    PHRASINGS,
    attendance_in,
    clause_segments,
    majority_outcome,
    not_in_items,
    outcome_of,
    phrasing,
    positions_in,
    remark_head,
    votes_in,
)


def _read_by(kind: str, example: str) -> set[str]:
    """The names of the phrasings that read ``example`` as a fact of ``kind``."""
    if kind == "outcome":
        found = outcome_of(example)
        return set() if found is None else {found[1]}
    if kind == "clause":
        return {"clause.ad"} if clause_segments(example) else set()
    if kind == "vote":
        return {f.phrasing for f in votes_in(example)}
    if kind == "position":
        return {f.phrasing for f in positions_in(example)}
    if kind in ("absence", "substitute"):
        note = {"absence.not-in-items"} if not_in_items(example) else set()
        return note | {f.phrasing for f in attendance_in(example)}
    if kind == "remark":
        head = remark_head(example)
        return set() if head is None else {head[3]}
    raise AssertionError(kind)


@pytest.mark.parametrize(
    ("name", "example"),
    [(p.name, example) for p in PHRASINGS for example in p.examples],
)
def test_every_example_is_read_by_its_phrasing(name: str, example: str) -> None:
    entry = phrasing(name)
    assert name in _read_by(entry.kind, example), (name, example)


def test_phrasing_names_are_unique_and_documented() -> None:
    names = [p.name for p in PHRASINGS]
    assert len(names) == len(set(names))
    for entry in PHRASINGS:
        assert entry.examples, entry.name
        assert entry.meaning, entry.name
        assert entry.name.split(".")[0] in ("outcome", "clause", "vote", "position", "absence",
                                            "substitute", "remark")  # fmt: skip


@pytest.mark.parametrize(
    "statement",
    [
        "Formanden orienterede om mødet med KL.",
        "Sagen blev behandlet efter punkt 25.",
        "Der blev stemt om forslaget:",
        "Punktet har ingen økonomiske konsekvenser.",
        "Udvalget ønsker en status i foråret.",
        "Tillægsdagsordenen blev optaget på dagsordenen som punkt 55.",
        "jf. punkt 3 i aftalen godkendes.",
    ],
)
def test_statements_that_decide_nothing_get_no_outcome(statement: str) -> None:
    assert outcome_of(statement) is None


@pytest.mark.parametrize(
    ("statement", "outcome", "covered"),
    [
        ("Godkendt.", Outcome.APPROVED, True),
        ("Godkendt som indstillet.", Outcome.APPROVED, True),
        ("Godkendt, idet udvalget ønsker en status i foråret.", Outcome.APPROVED, False),
        ("Ikke godkendt.", Outcome.REJECTED, True),
        ("Anbefales ikke godkendt.", Outcome.REJECTED, True),
        ("Indstillingen anbefales over for Byrådet.", Outcome.RECOMMENDED, True),
        ("Godkendt med den ændring, at fristen er 1. maj.", Outcome.AMENDED, False),
        ("Dagsordenen blev herefter godkendt.", Outcome.APPROVED, True),
        ("Social- og Sundhedsudvalget tog orienteringen om indsatsen til efterretning.",
         Outcome.NOTED, True),
        ("Punktet udgik.", Outcome.WITHDRAWN, True),
    ],
)  # fmt: skip
def test_outcome_wordings(statement: str, outcome: Outcome, covered: bool) -> None:
    found = outcome_of(statement)
    assert found is not None
    assert found[0] is outcome
    assert found[2] is covered


def test_a_minority_does_not_carry_the_outcome() -> None:
    assert majority_outcome("Et flertal (A, V) anbefaler indstillingen.") is Outcome.RECOMMENDED
    assert majority_outcome("Et mindretal (Ø) godkender ikke indstillingen.") is None
    assert majority_outcome("Et flertal (A, V) kan ikke godkende indstillingen.") is None


def test_names_are_capitalised_words_only() -> None:
    # "havde" is not part of the name, though the phrasing is matched case-insensitively
    (found,) = attendance_in("Cæcilie Ryhl Olsson havde meldt afbud på selve mødedagen.")
    assert found.value.person.name == "Cæcilie Ryhl Olsson"
    assert found.value.reason.value == "leave"


def test_a_clause_mark_inside_a_sentence_is_not_a_clause() -> None:
    assert clause_segments("Godkendt, jf. punkt 3 i aftalen.") is None
