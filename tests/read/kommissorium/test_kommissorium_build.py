"""Drafted committee files: they load, and every value has its comment."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

import pytest

from kommissorium.io import loads
from kommissorium.model import ChairRuleKind, CommitteeKind
from kommissorium.read.kommissorium import (
    NO_NAME,
    draft_dossier,
    draft_toml,
    read_kommissorium,
    short_quote,
)

ROOT = Path(__file__).resolve().parents[3]
DATA = ROOT / "tests" / "data"
#: The seeds that are kommissorier (002 and 004 are minutes).
KOMMISSORIUM_SEEDS = (
    "000_e8deef672db40fe7.txt",
    "001_0b70cf62755bb1ca.txt",
    "003_19ee46c6d1fdba58.txt",
)
DOCUMENTS = sorted(
    p
    for folder in (DATA / "kommissorier", DATA / "kommissorier-heldout")
    for p in folder.iterdir()
    if p.is_dir()
) + [ROOT / "examples" / "seeds" / name for name in KOMMISSORIUM_SEEDS]
EXAMPLES = sorted((ROOT / "examples").glob("*.toml"))


def _draft(path: Path):  # type: ignore[no-untyped-def]
    if path.is_dir():
        meta = tomllib.loads((path / "labels.toml").read_text(encoding="utf-8"))
        text = (path / "document.txt").read_text(encoding="utf-8")
        return read_kommissorium(text, name=path.name, excerpt=not meta["document"]["complete"])
    return read_kommissorium(path.read_text(encoding="utf-8"), name=path.name)


@pytest.mark.parametrize("path", DOCUMENTS, ids=[p.name for p in DOCUMENTS])
def test_every_draft_loads_and_carries_its_comments(path: Path) -> None:
    draft = _draft(path)
    if not draft.recognised:
        return
    drafted = draft_dossier(draft)
    toml = draft_toml(draft)
    assert loads(toml, format="toml") == drafted.dossier
    for _, comment in drafted.comments:
        assert comment in toml, comment  # every comment found a place in the file
    for line in drafted.header:
        assert toml.startswith(drafted.header[0])
        assert line in toml
    assert draft_toml(draft) == toml  # deterministic


@pytest.mark.parametrize("path", DOCUMENTS, ids=[p.name for p in DOCUMENTS])
def test_every_drafted_value_is_followed_by_its_source(path: Path) -> None:
    draft = _draft(path)
    if not draft.recognised:
        return
    drafted = draft_dossier(draft)
    paths = dict(drafted.comments)
    d = drafted.dossier
    for index in range(len(d.mandate.composition)):
        assert f"mandate.composition[{index}]" in paths
    for index in range(len(d.people)):
        assert f"people[{index}]" in paths
    for index in range(len(d.plan.phases)):
        assert f"plan.phases[{index}]" in paths
    if d.mandate.chair is not None:
        assert "mandate.chair" in paths
    for comment in paths.values():
        assert "»" in comment
        assert "line " in comment


def test_todo_header_lists_what_is_missing() -> None:
    draft = read_kommissorium(
        "Udvalgets arbejde er inddelt i 3 faser:\n\n  1. Strategisk energiplan\n"
        "  2. Bæredygtighedsplan\n\nUdvalget fastsætter selv sin mødeplan.\n",
        name="faser.txt",
    )
    drafted = draft_dossier(draft)
    header = "\n".join(drafted.header)
    assert "# TODO committee.name: the text prints no name" in header
    assert "phase 'Strategisk energiplan' has no period in the text" in header
    assert drafted.dossier.committee.name == NO_NAME
    assert drafted.dossier.plan.phases == ()  # no period, so not in the file


def test_bodies_and_ids_come_from_names() -> None:
    draft = read_kommissorium(
        "Byrådet besluttede den 29. juni 2016 at nedsætte et udvalg jf. § 17, stk. 4.\n\n"
        "Udvalget sammensættes af:\n\n- medlemmer fra Udvalget for Social Omsorg\n\n"
        "Formanden for Udvalget for Social Omsorg er formand for udvalget.\n\n"
        "Tidsramme for § 17, stk. 4-udvalgets funktionsperiode er til udgangen af 2018.\n"
    )
    d = draft_dossier(draft).dossier
    assert d.committee.kind is CommitteeKind.SPECIAL_17_4
    assert [(b.id, b.name, b.kind.value) for b in d.bodies] == [
        ("byraadet", "Byrådet", "council"),
        ("social-omsorg", "Udvalget for Social Omsorg", "standing"),
    ]
    assert d.mandate.chair is not None
    assert d.mandate.chair.kind is ChairRuleKind.CHAIR_OF
    assert d.mandate.chair.committee == "social-omsorg"
    assert d.mandate.composition[0].committees == ("social-omsorg",)
    # the term ends "til udgangen af 2018"; it starts with the decision, and the comment says so
    assert d.mandate.term is not None
    assert (d.mandate.term.start, d.mandate.term.end) == (date(2016, 6, 29), date(2018, 12, 31))
    comment = draft_dossier(draft).comment("mandate.term")
    assert comment is not None
    assert "start: the day of the setting-up decision" in comment


def test_named_chair_is_a_person_with_a_membership() -> None:
    draft = read_kommissorium("Birgit Jakobsen (KD) er formand for udvalget.")
    d = draft_dossier(draft).dossier
    assert [(p.id, p.party) for p in d.people] == [("birgit-jakobsen", "KD")]
    assert d.mandate.chair is not None
    assert d.mandate.chair.person == "birgit-jakobsen"
    assert [(m.person, m.role.value) for m in d.memberships] == [("birgit-jakobsen", "chair")]


def test_short_quote() -> None:
    assert short_quote("a  b\nc") == "a b c"
    long = "Tidsramme for udvalgets funktionsperiode er til udgangen af 2018, det vil sige " * 3
    assert short_quote(long).endswith(" …")
    assert len(short_quote(long)) <= 112
