"""Both sides of the numeric and date boundaries, derived by hand from the law."""

from __future__ import annotations

from datetime import date

import pytest
from rule_helpers import HEADER, codes, member, person, run


@pytest.mark.parametrize(
    ("end", "expected"),
    [
        # The 2022–2025 term ends on 31 December 2025 (KRVL § 6, stk. 3).
        ("2025-12-31", False),
        ("2026-01-01", True),
    ],
)
def test_term_boundary_is_31_december_of_the_election_year(end: str, expected: bool) -> None:
    toml = HEADER + f"[mandate]\nterm = {{ start = 2024-01-01, end = {end} }}\n"
    assert ("STL301" in codes(toml)) is expected


@pytest.mark.parametrize(
    ("due", "expected"),
    [
        # Election day 2025: third Tuesday of November = 18 November 2025.
        ("2025-11-18", False),
        ("2025-11-19", True),
    ],
)
def test_final_report_boundary_is_election_day(due: str, expected: bool) -> None:
    toml = HEADER + (
        '[mandate]\nterm = "2024-25"\n[[mandate.deliverables]]\nid = "d"\ntitle = "R"\n'
        f"due = {{ start = 2025-11-01, end = {due} }}\n"
    )
    assert ("STL302" in codes(toml, on=date(2024, 1, 1))) is expected


@pytest.mark.parametrize(("percent", "expected"), [(40, False), (40.01, True)])
def test_chair_fee_cap_is_40_percent(percent: float, expected: bool) -> None:
    toml = (
        HEADER
        + person("a", "A")
        + member("a", role="chair")
        + (f'[[mandate.pay]]\nkind = "chair-fee"\npercent_of_mayor = {percent}\n')
    )
    assert ("STL502" in codes(toml)) is expected


def test_parties_not_represented_computed_from_roster() -> None:
    # Council parties A, V, O; SO has A and V, so exactly O needs a seat.
    base = (
        HEADER
        + (
            '[[bodies]]\nid = "so"\nname = "SO"\nkind = "standing"\n[[mandate.composition]]\n'
            'id = "p"\nkind = "parties-not-represented"\ncommittees = ["so"]\n'
        )
        + person("a", "A")
        + person("v", "V")
        + person("o", "O")
        + member("a", "so")
        + member("v", "so")
    )
    # No membership recorded for the seat at all: missing data (info), not an empty seat.
    assert "STL204" not in codes(base)
    assert [f.evaluated for f in run(base).by_code("STL204")] == [False]
    ended = base + member(
        "o", extra='seat = "p"\nperiod = { start = 2022-01-01, end = 2023-12-31 }\n'
    )
    assert "STL204" in codes(ended)
    filled = base + member("o", extra='seat = "p"\n')
    assert "STL204" not in codes(filled)
    assert "STL208" not in codes(filled)
    wrong = base + member("v", extra='seat = "p"\n')
    assert "STL208" in codes(wrong)
    assert "STL204" in codes(wrong)


def test_membership_period_outside_check_date_does_not_fill_seat() -> None:
    toml = (
        HEADER
        + '[[mandate.composition]]\nid = "c"\nkind = "councillors"\ncount = 1\n'
        + person("a", "A")
        + member("a", extra='seat = "c"\nperiod = { start = 2024-06-01, end = 2024-12-31 }\n')
    )
    assert "STL204" in codes(toml, on=date(2024, 5, 31))
    assert "STL204" not in codes(toml, on=date(2024, 6, 1))


def test_phase_overlap_and_gap_boundaries() -> None:
    def plan(second_start: str) -> str:
        return (
            HEADER
            + '[mandate]\nterm = "2024-25"\n'
            + (
                '[[plan.phases]]\nid = "a"\ntitle = "A"\n'
                "period = { start = 2024-01-01, end = 2024-03-31 }\n"
                '[[plan.phases]]\nid = "b"\ntitle = "B"\n'
                f"period = {{ start = {second_start}, end = 2024-06-30 }}\n"
            )
        )

    assert "PLN103" in codes(plan("2024-03-31"))
    adjacent = codes(plan("2024-04-01"))
    assert "PLN103" not in adjacent
    assert "PLN104" not in adjacent
    assert "PLN104" in codes(plan("2024-04-02"))
