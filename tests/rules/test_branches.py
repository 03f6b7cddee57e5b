"""Both sides of each branch of the rules that the doc examples alone do not cover."""

from __future__ import annotations

import pytest
from rule_helpers import HEADER, codes, member, person, run

PAY_BASE = HEADER + person("a", "A") + person("c", kind="citizen")


@pytest.mark.parametrize(
    ("recipients", "expected"),
    [
        # No recipients: committee pay is split among the councillor members (§ 7, stk. 7).
        ("", False),
        ('recipients = ["a"]\n', False),
        ('recipients = ["c"]\n', True),
        ('recipients = ["a", "c"]\n', True),
    ],
)
def test_committee_pay_recipients(recipients: str, expected: bool) -> None:
    toml = (
        PAY_BASE
        + member("a")
        + member("c")
        + '[[mandate.pay]]\nkind = "committee-pay"\n'
        + recipients
    )
    report = run(toml)
    assert (report.by_code("STL503") != ()) is expected
    if expected:
        assert all(f.ids == ("c",) for f in report.by_code("STL503"))


_TWO = (
    HEADER
    + '[[bodies]]\nid = "so"\nname = "SO"\nkind = "standing"\n'
    + '[[bodies]]\nid = "lae"\nname = "Læring"\nkind = "standing"\n'
    + '[[mandate.composition]]\nid = "f"\nkind = "one-from-each"\ncommittees = ["so", "lae"]\n'
    + person("a", "A")
    + person("b", "V")
)


def test_one_from_each_source_committee_inferred_from_rosters() -> None:
    toml = (
        _TWO
        + member("a", "so")
        + member("b", "lae")
        + member("a", extra='seat = "f"\n')
        + member("b", extra='seat = "f"\n')
    )
    report = run(toml)
    assert report.by_code("STL204") == ()
    assert report.by_code("STL205") == ()
    assert report.by_code("STL206") == ()


def test_one_from_each_two_holders_from_one_committee() -> None:
    toml = (
        _TWO
        + member("a", "so")
        + member("b", "so")
        + member("a", extra='seat = "f"\n')
        + member("b", extra='seat = "f"\n')
    )
    report = run(toml)
    assert [f.ids for f in report.by_code("STL205")] == [("f", "so")]
    assert [f.ids for f in report.by_code("STL204")] == [("f", "lae")]
    message = report.by_code("STL205")[0].message_en
    assert message.startswith("The seat 'f' for SO has 2 holder(s) on ")
    assert "at most 1" in message
    assert "without a committee" not in message


@pytest.mark.parametrize("rosters", ["both", "none"])
def test_one_from_each_holder_of_unknown_committee_is_missing_data(rosters: str) -> None:
    # On both rosters, or on neither: which committee the holder represents is unknown.
    roster = member("a", "so") + member("a", "lae") if rosters == "both" else ""
    seat_index = 2 if rosters == "both" else 0
    toml = _TWO + roster + member("a", extra='seat = "f"\n')
    report = run(toml)
    found = report.by_code("STL204")
    assert [(f.evaluated, f.path) for f in found] == [(False, f"memberships[{seat_index}]")]
    assert "memberships[" in found[0].message_en
    assert "on_behalf_of" in found[0].message_en
    assert report.by_code("STL205") == ()


def test_one_from_each_on_behalf_of_wins_over_rosters() -> None:
    toml = (
        _TWO
        + member("a", "so")
        + member("a", "lae")
        + member("a", extra='seat = "f"\non_behalf_of = { kind = "committee", ref = "lae" }\n')
    )
    found = run(toml).by_code("STL204")
    assert [(f.evaluated, f.ids) for f in found] == [(True, ("f", "so"))]


@pytest.mark.parametrize(
    ("holders", "expected"),
    [
        ("", "info"),  # no membership recorded for the seat: missing data
        ('seat = "c"\nperiod = { start = 2022-01-01, end = 2023-12-31 }\n', "warning"),
        ('seat = "c"\n', None),
    ],
)
def test_seat_without_recorded_roster_is_info(holders: str, expected: str | None) -> None:
    toml = (
        HEADER
        + '[[mandate.composition]]\nid = "c"\nkind = "councillors"\ncount = 1\n'
        + person("a", "A")
        + member("a", extra=holders)
    )
    found = run(toml).by_code("STL204")
    assert [f.severity.value for f in found] == ([expected] if expected else [])


_ONE_FROM_EACH = (
    HEADER
    + '[[bodies]]\nid = "so"\nname = "SO"\nkind = "standing"\n'
    + '[[mandate.composition]]\nid = "f"\nkind = "one-from-each"\ncommittees = ["so"]\n'
)


@pytest.mark.parametrize(
    ("appointment", "expected"),
    [
        ("", ["STL202"]),
        ('[mandate.appointment]\nmethod = "proportional"\n', ["STL202"]),
        ('[mandate.appointment]\nmethod = "proportional"\nunanimous = true\n', []),
        ('[mandate.appointment]\nmethod = "proportional"\nunanimous = false\n', ["STL201"]),
        ('[mandate.appointment]\nmethod = "agreed"\n', ["STL202"]),
        ('[mandate.appointment]\nmethod = "agreed"\nunanimous = true\n', []),
        ('[mandate.appointment]\nmethod = "agreed"\nunanimous = false\n', ["STL201"]),
    ],
)
def test_departure_checked_whatever_the_declared_method(
    appointment: str, expected: list[str]
) -> None:
    found = [c for c in codes(_ONE_FROM_EACH + appointment) if c in ("STL201", "STL202")]
    assert found == expected


@pytest.mark.parametrize(
    ("appointment", "expected"),
    [
        ('[mandate.appointment]\nmethod = "proportional"\n', []),
        ('[mandate.appointment]\nmethod = "proportional"\nunanimous = false\n', []),
        ('[mandate.appointment]\nmethod = "designated-by-bodies"\n', ["STL202"]),
        ('[mandate.appointment]\nmethod = "designated-by-bodies"\nunanimous = false\n', ["STL201"]),
    ],
)
def test_proportional_seats_need_no_unanimity(appointment: str, expected: list[str]) -> None:
    toml = HEADER + '[[mandate.composition]]\nid = "c"\nkind = "councillors"\ncount = 5\n'
    found = [c for c in codes(toml + appointment) if c in ("STL201", "STL202")]
    assert found == expected


def test_ex_officio_one_from_each_needs_no_unanimity() -> None:
    toml = _ONE_FROM_EACH.replace(
        'committees = ["so"]\n', 'committees = ["so"]\nbasis = "ex-officio"\n'
    )
    assert "STL202" not in codes(toml)
