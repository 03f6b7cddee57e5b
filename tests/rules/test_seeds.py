"""The bundled examples' expected findings (codes and paths), at their default check dates."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import kommissorium as k
from kommissorium.rules import check, default_check_date

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _findings(name: str) -> tuple[date, list[tuple[str, str]]]:
    d = k.load(EXAMPLES / name)
    on = default_check_date(d)
    assert on is not None
    return on, [(f.code, f.path) for f in check(d, on=on).findings]


def test_seed_001_gets_the_term_warning_and_nothing_false() -> None:
    on, found = _findings("hedensted-social-omsorg-2016.toml")
    assert on == date(2016, 6, 29)
    assert found == [
        ("STL104", "mandate.function"),  # the note does not state the function
        ("STL202", "mandate.appointment"),  # party/committee seats; unanimity not on record
        ("STL218", "memberships"),  # councillor seats run to 2018, council term ends 2017
        ("STL301", "mandate.term.end"),  # "til udgangen af 2018" past 31.12.2017
        ("STL602", "mandate.meetings.public"),
        ("STL603", "mandate.meetings.rules_of_procedure"),
    ]


def test_seed_001_party_seat_checked_against_roster() -> None:
    d = k.load(EXAMPLES / "hedensted-social-omsorg-2016.toml")
    # Remove the F representative: party F is not represented in SO, so its seat is unfilled.
    import attrs

    without_f = attrs.evolve(d, memberships=tuple(m for m in d.memberships if m.person != "bm-7"))
    found = check(without_f, on=date(2016, 6, 29)).by_code("STL204")
    assert [f.ids for f in found] == [("partier-uden-plads", "F")]


def test_seed_000_findings_are_all_true() -> None:
    on, found = _findings("hedensted-social-2024.toml")
    assert on == date(2024, 1, 1)  # term start; the note gives no decision date
    assert found == [
        ("STL102", "mandate.established_by.date"),  # info: decision date not in the note
        ("STL104", "mandate.function"),  # the note does not classify the function
        ("STL108", "mandate.meetings"),  # the note sets no meeting rules
        ("STL202", "mandate.appointment"),  # one from each committee, via group leaders
        # info: the four committee seats were to be appointed by the group leaders on
        # 18 Dec 2023 and the secretary is not named; no roster is recorded for either seat.
        ("STL204", "mandate.composition[1]"),
        ("STL204", "mandate.composition[4]"),
        ("STL302", "mandate.deliverables[1].due"),  # Q4 2025 reporting runs past 18 Nov 2025
        ("STL602", "mandate.meetings"),
        ("STL603", "mandate.meetings"),
    ]


def test_seed_000_missing_data_is_info_not_a_warning() -> None:
    d = k.load(EXAMPLES / "hedensted-social-2024.toml")
    report = check(d, on=date(2024, 1, 1))
    not_evaluated = sorted(f.code for f in report.findings if not f.evaluated)
    assert not_evaluated == ["STL102", "STL204", "STL204"]
    assert all(f.severity.value == "info" for f in report.findings if not f.evaluated)
    assert report.counts == {"error": 0, "warning": 4, "info": 5, "accepted": 0}


def test_seed_001_term_warning_cites_the_election_law_consolidation() -> None:
    d = k.load(EXAMPLES / "hedensted-social-omsorg-2016.toml")
    (finding,) = check(d, on=date(2016, 6, 29)).by_code("STL301")
    texts = [s.text for s in finding.legal_basis]
    assert "lov om kommunale og regionale valg § 6, stk. 3 (LBK nr. 585 af 23. juni 2008)" in texts
    assert all(s.consolidation for s in finding.legal_basis)


@pytest.mark.parametrize(
    ("day", "consolidation"),
    [
        (date(2008, 6, 22), None),
        (date(2008, 6, 23), "LBK nr. 585 af 23. juni 2008"),
        (date(2017, 6, 20), "LBK nr. 585 af 23. juni 2008"),
        (date(2017, 6, 21), "LBK nr. 771 af 21. juni 2017"),
        (date(2017, 9, 25), "LBK nr. 771 af 21. juni 2017"),
        (date(2017, 9, 26), "LBK afløst efter nr. 771 af 21. juni 2017 (nummer ikke verificeret)"),
        (date(2025, 9, 21), "LBK afløst efter nr. 771 af 21. juni 2017 (nummer ikke verificeret)"),
        (date(2025, 9, 22), "LBK nr. 1135 af 22. september 2025"),
    ],
)
def test_election_law_consolidation_by_check_date(day: date, consolidation: str | None) -> None:
    from kommissorium.rules.dk._common import krvl

    (source,) = [s for s in krvl("§ 6", 3) if s.applies_on(day)]
    assert source.consolidation == consolidation
