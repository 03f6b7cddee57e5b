"""PLN112 mandated-involvement-missing: the checker's phase-coverage rule (PLN108 retired)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import attrs
import pytest

import kommissorium as k
from kommissorium.model.coverage import phase_coverage_findings
from kommissorium.rules import check
from kommissorium.rules.codes import CODES, RETIRED
from kommissorium.rules.dk import PROFILE

ROOT = Path(__file__).resolve().parents[2]
SEED_000 = ROOT / "examples" / "hedensted-social-2024.toml"
SEED_003 = ROOT / "examples" / "skanderborg-alle-med-network.toml"

BASE = """\
[committee]
id = "u"
name = "Opgaveudvalget"
kind = "special-17-4"
[mandate]
term = "2024-25"
[[plan.phases]]
id = "p1"
title = "Fase 1"
period = "første kvartal 2024"
{phase}
[[plan.phases]]
id = "p2"
title = "Fase 2"
period = "andet kvartal 2024"
[[stakeholders]]
id = "ngo"
name = "NGO'er"
sector = "civil-society"
{extra}
[[mandate.involve]]
{involve_phase}stakeholders = ["ngo"]
"""


def pln112(dossier: k.Dossier, on: date = date(2024, 3, 1)) -> list[tuple[str, tuple[str, ...]]]:
    report = check(dossier, on=on, select=["PLN112"])
    return [(f.path, f.ids) for f in report.findings if f.evaluated]


def file(phase: str = "", extra: str = "", involve_phase: str = 'phase = "p1"\n') -> k.Dossier:
    return k.loads(BASE.format(phase=phase, extra=extra, involve_phase=involve_phase))


def drop_participants(d: k.Dossier, phase: str, *ids: str) -> k.Dossier:
    phases = tuple(
        attrs.evolve(p, participants=tuple(x for x in p.participants if x not in ids))
        if p.id == phase
        else p
        for p in d.plan.phases
    )
    return attrs.evolve(d, plan=attrs.evolve(d.plan, phases=phases))


# -- the code table -----------------------------------------------------------------------------


def test_pln112_is_registered_and_pln108_retired() -> None:
    assert CODES["PLN112"] == "mandated-involvement-missing"
    assert PROFILE.rule("PLN112").name == "mandated-involvement-missing"
    assert "PLN108" in RETIRED
    assert "PLN108" not in CODES
    assert "PLN108" not in {r.code for r in PROFILE.rules}


# -- seed 000: Hedensted, NGO'er and lokalråd in the first (working) phase -----------------------


def test_seed_000_as_filed_has_no_gap() -> None:
    assert pln112(k.load(SEED_000)) == []


def test_seed_000_without_civil_society_in_p2_reports_each_promise() -> None:
    d = drop_participants(k.load(SEED_000), "p2", "ngoer", "lokalraad", "frivillige")
    assert pln112(d) == [
        ("mandate.involve[0].sectors[0]", ("civil-society", "p2")),
        ("mandate.involve[0].stakeholders[0]", ("ngoer", "p2")),
        ("mandate.involve[0].stakeholders[1]", ("lokalraad", "p2")),
    ]
    # The rule and the data function report the same gaps.
    gaps = phase_coverage_findings(d)
    assert sorted(g.path for g in gaps) == [path for path, _ in pln112(d)]


def test_seed_000_one_ngo_left_keeps_the_sector_covered() -> None:
    d = drop_participants(k.load(SEED_000), "p2", "lokalraad")
    assert pln112(d) == [("mandate.involve[0].stakeholders[1]", ("lokalraad", "p2"))]
    report = check(d, on=date(2024, 3, 1), select=["PLN112"])
    assert "(lokalraad)" in report.findings[0].message("da")
    assert report.findings[0].message("en").startswith("The mandate says: ")


# -- seed 003: Skanderborg, councils per target group, civil society for the whole work ----------


def test_seed_003_as_filed_has_no_gap() -> None:
    assert pln112(k.load(SEED_003), on=date(2020, 6, 1)) == []


def test_seed_003_council_missing_from_the_working_phase() -> None:
    d = drop_participants(k.load(SEED_003), "arbejde", "handicapraadet")
    assert pln112(d, on=date(2020, 6, 1)) == [
        ("mandate.involve[2].stakeholders[0]", ("handicapraadet", "arbejde"))
    ]


def test_seed_003_seniorraadet_is_covered_by_its_consultation_tie() -> None:
    d = k.load(SEED_003)
    assert "seniorraadet" not in d.plan.phases[0].participants
    ties = tuple(t for t in d.ties if "seniorraadet" not in (t.source, t.target))
    assert pln112(attrs.evolve(d, ties=ties), on=date(2020, 6, 1)) == [
        ("mandate.involve[1].stakeholders[0]", ("seniorraadet", "arbejde"))
    ]


def test_seed_003_whole_work_sector_requirement() -> None:
    d = k.load(SEED_003)
    civil = {s.id for s in d.stakeholders if s.sector == "civil-society"}
    d = drop_participants(d, "arbejde", *civil)
    d = attrs.evolve(d, ties=tuple(t for t in d.ties if not {t.source, t.target} & civil))
    found = pln112(d, on=date(2020, 6, 1))
    assert ("mandate.involve[4].sectors[0]", ("civil-society",)) in found


# -- what PLN108 missed or got wrong, both sides ---------------------------------------------------


def test_participant_covers_and_absence_is_reported() -> None:
    assert pln112(file(phase='participants = ["ngo"]')) == []
    assert pln112(file()) == [("mandate.involve[0].stakeholders[0]", ("ngo", "p1"))]


def test_participant_of_another_phase_does_not_cover() -> None:
    text = BASE.format(phase="", extra="", involve_phase='phase = "p1"\n').replace(
        'period = "andet kvartal 2024"\n', 'period = "andet kvartal 2024"\nparticipants = ["ngo"]\n'
    )
    assert pln112(k.loads(text)) == [("mandate.involve[0].stakeholders[0]", ("ngo", "p1"))]


def test_sub_stakeholder_covers_its_parent() -> None:
    child = '[[stakeholders]]\nid = "ngo-lokal"\nname = "Lokal NGO"\nsector = "civil-society"\n'
    assert (
        pln112(file(phase='participants = ["ngo-lokal"]', extra=child + 'parent = "ngo"\n')) == []
    )
    assert pln112(file(phase='participants = ["ngo-lokal"]', extra=child)) == [
        ("mandate.involve[0].stakeholders[0]", ("ngo", "p1"))
    ]


def test_member_on_behalf_of_the_stakeholder_covers_it() -> None:
    person = '[[people]]\nid = "a"\nname = "A"\nkind = "representative"\n'
    member = '[[memberships]]\nperson = "a"\ncommittee = "u"\nphases = ["{p}"]\n'
    behalf = 'on_behalf_of = { kind = "organisation", ref = "ngo" }\n'
    assert pln112(file(extra=person + member.format(p="p1") + behalf)) == []
    assert pln112(file(extra=person + member.format(p="p2") + behalf)) == [
        ("mandate.involve[0].stakeholders[0]", ("ngo", "p1"))
    ]


def test_tie_in_the_phase_covers_but_a_reporting_tie_does_not() -> None:
    tie = '[[ties]]\nsource = "u"\ntarget = "ngo"\ntype = "{t}"\nphases = ["p1"]\n'
    assert pln112(file(extra=tie.format(t="collaboration"))) == []
    assert pln112(file(extra=tie.format(t="reporting"))) == [
        ("mandate.involve[0].stakeholders[0]", ("ngo", "p1"))
    ]


def test_involvement_without_phase_is_met_by_any_phase() -> None:
    whole = file(involve_phase="")
    assert pln112(whole) == [("mandate.involve[0].stakeholders[0]", ("ngo",))]
    text = BASE.format(phase="", extra="", involve_phase="").replace(
        'period = "andet kvartal 2024"\n', 'period = "andet kvartal 2024"\nparticipants = ["ngo"]\n'
    )
    assert pln112(k.loads(text)) == []


def test_sector_requirement_both_sides() -> None:
    other = '[[stakeholders]]\nid = "firma"\nname = "Firma"\nsector = "private"\n'
    text = BASE.format(
        phase='participants = ["firma"]', extra=other, involve_phase='phase = "p1"\n'
    )
    text = text.replace('stakeholders = ["ngo"]\n', 'sectors = ["civil-society"]\n')
    assert pln112(k.loads(text)) == [("mandate.involve[0].sectors[0]", ("civil-society", "p1"))]
    covered = text.replace('participants = ["firma"]', 'participants = ["firma", "ngo"]')
    assert pln112(k.loads(covered)) == []


def test_rules_do_not_import_networkx() -> None:
    code = (
        "import sys, kommissorium.rules, kommissorium.rules.dk.plan_coverage;"
        "print('networkx' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize("lang", ["da", "en"])
def test_message_names_the_phase(lang: str) -> None:
    report = check(file(), on=date(2024, 3, 1), select=["PLN112"])
    message = report.findings[0].message(lang)  # type: ignore[arg-type]
    assert "p1" in message
    assert "NGO'er" in message
