"""The phrasing table: every phrasing reads its real examples, and the helpers behind it."""

from __future__ import annotations

from datetime import date

import pytest

from kommissorium.read.kommissorium.phrases import (
    PHRASINGS,
    committees_in,
    count_of,
    find_periods,
    is_generic,
    phrasing,
    split_clauses,
    split_titles,
)
from kommissorium.read.kommissorium.result import DRAFT_FIELDS

FIELDS = set(DRAFT_FIELDS)


def test_names_are_unique_and_fields_known() -> None:
    names = [p.name for p in PHRASINGS]
    assert len(names) == len(set(names))
    for p in PHRASINGS:
        assert p.field in FIELDS, p.name
        assert p.examples, f"{p.name}: no real example"
        assert p.meaning


@pytest.mark.parametrize(
    ("name", "example"),
    [(p.name, e) for p in PHRASINGS for e in p.examples],
    ids=[f"{p.name}[{i}]" for p in PHRASINGS for i in range(len(p.examples))],
)
def test_every_example_is_read_by_its_phrasing(name: str, example: str) -> None:
    assert phrasing(name).pattern.search(example), f"{name} does not read {example!r}"
    assert not is_generic(example), f"{example!r} would be skipped as general"


def test_unknown_phrasing() -> None:
    with pytest.raises(KeyError):
        phrasing("chair.nobody")


@pytest.mark.parametrize(
    "sentence",
    [
        # the law quoted (Roskilde, Næstved)
        "Stk. 4. I øvrigt kan kommunalbestyrelsen nedsætte særlige udvalg til varetagelse af "
        "bestemte hverv eller til udførelse af forberedende eller rådgivende funktioner for "
        "kommunalbestyrelsen, økonomiudvalget eller de stående udvalg.",
        "Efter § 17, stk. 4 kan byrådet nedsætte særlige udvalg til varetagelse af bestemte hverv.",
        # what such committees typically are (Gentofte, Allerød, Odsherred)
        "Et opgaveudvalg består typisk af ti borgere og fem lokalpolitikere.",
        "Opgaveudvalg (§17, stk. 4 udvalg) kan nedsættes af byrådet for at løse en bestemt opgave.",
        "Et §17, stk. 4-udvalg er et midlertidigt politisk udvalg, som en kommunalbestyrelse i "
        "henhold til Styrelsesloven kan nedsætte til at varetage særlige opgaver.",
        "Byrådet har mulighed for at nedsætte særlige udvalg til at varetage bestemte opgaver.",
        # the committees of a municipality in general (plural subjects, definitions)
        "Opgaveudvalgene bemandes af en række Byrådspolitikere samt af borgere.",
        "Der er nedsat en række udvalg, som varetager særlige opgaver.",
        "Vi kalder § 17 stk. 4 udvalg for opgaveudvalg.",
    ],
)
def test_general_sentences_are_generic(sentence: str) -> None:
    assert is_generic(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Byrådet har nedsat et § 17, stk. 4 udvalg til at forestå arbejdet med grøn omstilling.",
        "Udvalget sammensættes af:",
        "Musikudvalget holder som udgangspunkt fire møder om året.",
    ],
)
def test_sentences_about_one_committee_are_not_generic(sentence: str) -> None:
    assert not is_generic(sentence)


def test_committees_in_keeps_compound_names_whole() -> None:
    assert committees_in(
        "to udvalgsmedlemmer fra henholdsvis Socialudvalget, Kultur-, Sundheds- og "
        "Beskæftigelsesudvalget samt Undervisnings- og Børneudvalget."
    ) == [
        "Socialudvalget",
        "Kultur-, Sundheds- og Beskæftigelsesudvalget",
        "Undervisnings- og Børneudvalget",
    ]
    assert committees_in("vælges blandt Kultur- og Fritidsudvalgets medlemmer") == [
        "Kultur- og Fritidsudvalget"
    ]
    assert committees_in("rådgivende funktioner til Erhvervs-, natur og teknikudvalget") == [
        "Erhvervs-, natur og teknikudvalget"
    ]
    assert committees_in("ingen udvalg her") == []


def test_split_clauses() -> None:
    assert split_clauses("syv borgere  - og syv byrådsmedlemmer:") == [
        "syv borgere",
        "syv byrådsmedlemmer",
    ]
    assert split_clauses("Kultur-, Sundheds- og Beskæftigelsesudvalget samt Socialudvalget") == [
        "Kultur-, Sundheds- og Beskæftigelsesudvalget",
        "Socialudvalget",
    ]


def test_split_titles_keeps_titles_with_og() -> None:
    assert split_titles("A, B og C") == ["A", "B", "C"]
    assert split_titles("Forpligtende Fællesskaber") == ["Forpligtende Fællesskaber"]


@pytest.mark.parametrize(
    ("text", "count"),
    [("syv borgere", 7), ("5 repræsentanter", 5), ("én repræsentant", 1), ("To", 2),
     ("De første 5 pladser", 5), ("borgere", None), ("medlemmer", None)],
)  # fmt: skip
def test_count_of(text: str, count: int | None) -> None:
    assert count_of(text) == count


def test_find_periods_takes_the_longest_expression() -> None:
    found = list(find_periods("Opgaveudvalgets funktionsperiode løber fra 1. februar 2019 til "
                              "31. januar 2020."))  # fmt: skip
    assert [(f.period.start, f.period.end) for f in found] == [
        (date(2019, 2, 1), date(2020, 1, 31))
    ]
    found = list(find_periods("har en funktionsperiode på 4 år (2018-2021)"))
    assert [f.text for f in found] == ["2018-2021"]
    assert list(find_periods("Udvalget har 4 medlemmer og mødes ofte.")) == []


def test_the_how_to_lists_every_phrasing() -> None:
    from pathlib import Path

    page = (Path(__file__).resolve().parents[3] / "docs" / "draft-from-text.md").read_text(
        encoding="utf-8"
    )
    for p in PHRASINGS:
        assert f"`{p.name}`" in page, f"docs/draft-from-text.md does not list {p.name}"
