"""Boundary tests, both sides of each branch, for rules the doc examples alone cover thinly.

Each case states a minimal file and whether the rule fires; the doc examples (run by
test_catalogue) are one pass/fail pair per rule, these add the other branches and edges.
"""

from __future__ import annotations

from datetime import date

import pytest
from rule_helpers import HEADER, member, person, run

SO = '[[bodies]]\nid = "so"\nname = "SO"\nkind = "standing"\n'


def _fires(code: str, toml: str, on: date = date(2024, 3, 1)) -> bool:
    return any(f.evaluated for f in run(toml, on).by_code(code))


def _info(code: str, toml: str, on: date = date(2024, 3, 1)) -> bool:
    return any(not f.evaluated for f in run(toml, on).by_code(code))


# STL108: one finding per missing item (chair, meetings, reporting).
@pytest.mark.parametrize(
    ("present", "missing"),
    [
        ("", ["mandate.chair", "mandate.meetings", "mandate.reporting"]),
        (
            '[mandate.chair]\nkind = "elected-by-committee"\n',
            ["mandate.meetings", "mandate.reporting"],
        ),
        ('[mandate.meetings]\nplan_set_by = "committee"\n', ["mandate.chair", "mandate.reporting"]),
        ('[mandate.reporting]\nto = ["kb"]\n', ["mandate.chair", "mandate.meetings"]),
        (
            '[mandate.chair]\nkind = "elected-by-committee"\n[mandate.meetings]\n'
            'plan_set_by = "committee"\n[mandate.reporting]\nto = ["kb"]\n',
            [],
        ),
    ],
)
def test_stl108_each_working_rule(present: str, missing: list[str]) -> None:
    assert [f.path for f in run(HEADER + present).by_code("STL108")] == missing


# STL210: the three chair-rule kinds, each on both sides, and the missing-data branch.
_CHAIRS = person("a", "A") + person("v", "V", extra='positions = ["borgmester"]\n')


@pytest.mark.parametrize(
    ("rule", "roster", "expected"),
    [
        ('kind = "named"\nperson = "a"\n', member("a", role="chair"), "pass"),
        ('kind = "named"\nperson = "a"\n', member("v", role="chair"), "fail"),
        (
            'kind = "chair-of"\ncommittee = "so"\n',
            member("a", "so", "chair") + member("a", role="chair"),
            "pass",
        ),
        (
            'kind = "chair-of"\ncommittee = "so"\n',
            member("v", "so", "chair") + member("a", role="chair"),
            "fail",
        ),
        ('kind = "chair-of"\ncommittee = "so"\n', member("a", role="chair"), "info"),
        ('kind = "position"\nposition = "borgmester"\n', member("v", role="chair"), "pass"),
        ('kind = "position"\nposition = "borgmester"\n', member("a", role="chair"), "fail"),
        ('kind = "elected-by-committee"\n', member("a", role="chair"), "pass"),
    ],
)
def test_stl210_chair_rule_kinds(rule: str, roster: str, expected: str) -> None:
    toml = HEADER + SO + "[mandate.chair]\n" + rule + _CHAIRS + roster
    assert _fires("STL210", toml) is (expected == "fail")
    assert _info("STL210", toml) is (expected == "info")


# STL211: one chair passes, two chairs warn (a convention, not law), a substitute does not count.
@pytest.mark.parametrize(
    ("roles", "expected"),
    [(["chair"], False), (["chair", "chair"], True), (["chair", "vice-chair"], False)],
)
def test_stl211_several_chairs(roles: list[str], expected: bool) -> None:
    toml = HEADER + "".join(
        person(p, "A") + member(p, role=r) for p, r in zip("ab", roles, strict=False)
    )
    found = run(toml).by_code("STL211")
    assert bool(found) is expected
    assert all(f.severity.value == "warning" and f.certainty.value == "low" for f in found)


# STL218: the membership's own period, else the committee's term; 31 Dec 2025 is the last day.
@pytest.mark.parametrize(
    ("term", "period", "expected"),
    [
        ("{ start = 2024-01-01, end = 2025-12-31 }", "", False),
        ("{ start = 2024-01-01, end = 2026-01-01 }", "", True),
        (
            "{ start = 2024-01-01, end = 2026-06-30 }",
            "period = { start = 2024-01-01, end = 2025-12-31 }\n",
            False,
        ),
        (
            "{ start = 2024-01-01, end = 2025-12-31 }",
            "period = { start = 2024-01-01, end = 2026-01-01 }\n",
            True,
        ),
    ],
)
def test_stl218_councillor_seat_end(term: str, period: str, expected: bool) -> None:
    toml = HEADER + f"[mandate]\nterm = {term}\n" + person("a", "A") + member("a", extra=period)
    assert _fires("STL218", toml) is expected


def test_stl218_non_councillor_exempt() -> None:
    toml = (
        HEADER
        + "[mandate]\nterm = { start = 2024-01-01, end = 2026-06-30 }\n"
        + person("c", kind="citizen")
        + member("c")
    )
    assert not _fires("STL218", toml)


# STL205 / STL215 / STL216 / STL217: seat counts and who may hold which seat.
@pytest.mark.parametrize(
    ("count", "holders", "expected"), [(2, 2, False), (2, 3, True), (1, 1, False)]
)
def test_stl205_overfilled(count: int, holders: int, expected: bool) -> None:
    toml = HEADER + f'[[mandate.composition]]\nid = "c"\nkind = "councillors"\ncount = {count}\n'
    toml += "".join(person(p, "A") + member(p, extra='seat = "c"\n') for p in "abc"[:holders])
    assert _fires("STL205", toml) is expected


@pytest.mark.parametrize(
    ("kind", "seat", "expected"),
    [
        ("councillor", 'kind = "councillors"', False),
        ("citizen", 'kind = "councillors"', True),
        ("citizen", 'kind = "other"', False),
        ("employee", 'kind = "other"\nbasis = "born"', True),
    ],
)
def test_stl215_councillor_seats(kind: str, seat: str, expected: bool) -> None:
    toml = HEADER + f'[[mandate.composition]]\nid = "s"\n{seat}\n'
    toml += person("x", "A" if kind == "councillor" else None, kind=kind) + member(
        "x", extra='seat = "s"\n'
    )
    assert _fires("STL215", toml) is expected


@pytest.mark.parametrize(
    ("kind", "basis", "expected"),
    [
        ("employee", "ex-officio", False),
        ("councillor", "ex-officio", True),
        ("citizen", "ex-officio", True),
        ("citizen", "appointed", False),
    ],
)
def test_stl216_ex_officio(kind: str, basis: str, expected: bool) -> None:
    toml = HEADER + person("x", kind=kind) + member("x", extra=f'basis = "{basis}"\n')
    assert _fires("STL216", toml) is expected


@pytest.mark.parametrize(
    ("extra", "elsewhere", "expected"),
    [
        ('positions = ["borgmester"]\n', "", False),
        ('title = "Borgmester"\n', "", False),
        ("", "chair_of_so", False),
        ("", "", True),
    ],
)
def test_stl217_born_member(extra: str, elsewhere: str, expected: bool) -> None:
    toml = HEADER + SO + person("a", "A", extra=extra) + member("a", extra='basis = "born"\n')
    if elsewhere:
        toml += member("a", "so", "chair")
    assert _fires("STL217", toml) is expected


def test_stl217_citizen_mayor_title_is_not_enough() -> None:
    toml = HEADER + person("c", kind="citizen", extra='positions = ["borgmester"]\n')
    assert _fires("STL217", toml + member("c", extra='basis = "born"\n'))


# STL206 / STL207 / STL208 / STL209 / STL212 / STL213 / STL214.
@pytest.mark.parametrize(("on_so", "expected"), [(True, False), (False, True)])
def test_stl206_members_of_single_committee(on_so: bool, expected: bool) -> None:
    toml = (
        HEADER
        + SO
        + '[[mandate.composition]]\nid = "m"\nkind = "members-of"\ncommittees = ["so"]\n'
    )
    toml += person("a", "A") + person("b", "A") + member("b", "so")
    toml += (member("a", "so") if on_so else "") + member("a", extra='seat = "m"\n')
    assert _fires("STL206", toml) is expected


@pytest.mark.parametrize(
    ("holder", "expected"),
    [
        ('positions = ["Kommunaldirektør"]\n', False),
        ('title = "kommunaldirektør"\n', False),
        ('title = "direktør"\n', True),
    ],
)
def test_stl207_position_compared_without_case(holder: str, expected: bool) -> None:
    toml = (
        HEADER
        + '[[mandate.composition]]\nid = "d"\nkind = "position"\nposition = "kommunaldirektør"\n'
    )
    toml += person("x", kind="employee", extra=holder) + member("x", extra='seat = "d"\n')
    assert _fires("STL207", toml) is expected


@pytest.mark.parametrize(
    ("behalf", "expected"),
    [
        ('on_behalf_of = { kind = "party", ref = "O" }\n', False),
        ('on_behalf_of = { kind = "party", ref = "A" }\n', True),
    ],
)
def test_stl208_on_behalf_of_party_wins(behalf: str, expected: bool) -> None:
    toml = (
        HEADER
        + SO
        + '[[mandate.composition]]\nid = "p"\nkind = "parties-not-represented"\n'
        + 'committees = ["so"]\n'
    )
    toml += person("a", "A") + person("v", "V") + member("a", "so") + member("v", "so")
    toml += person("x") + member("x", extra='seat = "p"\n' + behalf)
    assert _fires("STL208", toml) is expected


@pytest.mark.parametrize(
    ("period", "on", "expected"),
    [
        ("{ start = 2024-01-01, end = 2024-06-30 }", date(2024, 6, 30), False),
        ("{ start = 2024-01-01, end = 2024-06-30 }", date(2024, 7, 1), True),
    ],
)
def test_stl209_chair_ends(period: str, on: date, expected: bool) -> None:
    toml = HEADER + person("a", "A") + member("a", role="chair", extra=f"period = {period}\n")
    assert _fires("STL209", toml, on) is expected


@pytest.mark.parametrize(
    ("position", "roster", "stl212", "stl213"),
    [
        ("", "", False, False),
        ('secretary_position = "konsulent"\n', "", True, False),
        ('secretary_position = "konsulent"\n', 'title = "konsulent"', False, False),
        ('secretary_position = "konsulent"\n', 'title = "chef"', False, True),
    ],
)
def test_stl212_stl213_secretary(position: str, roster: str, stl212: bool, stl213: bool) -> None:
    toml = HEADER + "[mandate]\n" + position
    if roster:
        toml += person("s", kind="employee", extra=roster + "\n") + member("s", role="secretary")
    assert _fires("STL212", toml) is stl212
    assert _fires("STL213", toml) is stl213


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (
            "period = { start = 2024-01-01, end = 2024-06-30 }\n",
            "period = { start = 2024-07-01, end = 2024-12-31 }\n",
            False,
        ),
        (
            "period = { start = 2024-01-01, end = 2024-07-01 }\n",
            "period = { start = 2024-07-01, end = 2024-12-31 }\n",
            True,
        ),
        ("", "", True),
    ],
)
def test_stl214_seated_twice_needs_overlap(first: str, second: str, expected: bool) -> None:
    toml = HEADER + person("a", "A") + member("a", extra=first) + member("a", extra=second)
    assert _fires("STL214", toml) is expected


def test_stl214_secretary_besides_seat_allowed() -> None:
    toml = HEADER + person("a", "A") + member("a") + member("a", role="secretary")
    assert not _fires("STL214", toml)


# STL201: only an explicit `unanimous = false` is an error.
@pytest.mark.parametrize(("unanimous", "expected"), [("true", False), ("false", True)])
def test_stl201(unanimous: str, expected: bool) -> None:
    toml = HEADER + f'[mandate.appointment]\nmethod = "agreed"\nunanimous = {unanimous}\n'
    assert _fires("STL201", toml) is expected


# STL401–STL408: powers.
_POWERS = HEADER + "[mandate.powers]\n"


@pytest.mark.parametrize(
    ("powers", "fired"),
    [
        ("granted = false\n", set()),
        ('granted = true\nscope = "Pulje"\ntemporary = true\n', {"STL401"}),
        ("granted = true\ntemporary = true\n", {"STL401", "STL402"}),
        ('granted = true\nscope = " "\ntemporary = true\n', {"STL401", "STL402"}),
        ('granted = true\nscope = "Pulje"\ntemporary = false\n', {"STL401", "STL408"}),
        ('granted = true\nscope = "Pulje"\n', {"STL401"}),  # temporariness not stated
        ('granted = false\nscope = "Pulje"\nareas = ["appropriations"]\n', set()),
    ],
)
def test_stl401_402_408(powers: str, fired: set[str]) -> None:
    codes = {f.code for f in run(_POWERS + powers).findings if f.code.startswith("STL4")}
    assert codes == fired


@pytest.mark.parametrize(
    ("area", "code"),
    [
        ("immediate-administration", "STL403"),
        ("finance-committee-tasks", "STL404"),
        ("appropriations", "STL405"),
        ("public-authority", "STL406"),
        ("general-administration", "STL407"),
    ],
)
@pytest.mark.parametrize("granted", [True, False])
def test_stl403_407_areas(area: str, code: str, granted: bool) -> None:
    toml = (
        _POWERS
        + f'granted = {str(granted).lower()}\nscope = "X"\ntemporary = true\nareas = ["{area}"]\n'
    )
    found = run(toml).by_code(code)
    assert bool(found) is granted
    if granted:
        assert found[0].path == "mandate.powers.areas[0]"


# STL501 / STL503 / STL504 / STL505: pay.
_PAY = HEADER + person("a", "A") + person("c", kind="citizen")


@pytest.mark.parametrize(
    ("chair", "kind", "recipients", "expected"),
    [
        ("a", "chair-fee", "", False),
        ("c", "chair-fee", "", True),
        ("a", "chair-fee", 'recipients = ["c"]\n', True),
        ("a", "chair-fee", 'recipients = ["chair"]\n', False),
        ("c", "vice-chair-fee", "", False),  # no vice-chair on file: info, not an error
    ],
)
def test_stl501(chair: str, kind: str, recipients: str, expected: bool) -> None:
    toml = _PAY + member(chair, role="chair") + f'[[mandate.pay]]\nkind = "{kind}"\n' + recipients
    assert _fires("STL501", toml) is expected


def test_stl501_missing_vice_chair_is_info() -> None:
    toml = _PAY + member("a", role="chair") + '[[mandate.pay]]\nkind = "vice-chair-fee"\n'
    assert _info("STL501", toml)


def test_pay_rules_not_applied_before_the_order_read() -> None:
    toml = _PAY + member("c", role="chair") + '[[mandate.pay]]\nkind = "chair-fee"\n'
    assert _fires("STL501", toml, date(2021, 10, 28))
    report = run(toml, date(2021, 10, 27))
    assert not report.by_code("STL501")
    assert "STL501" in [s.code for s in report.skipped]


@pytest.mark.parametrize(
    ("recipients", "expected"),
    [('recipients = ["a"]\n', True), ('recipients = ["c"]\n', False), ("", False)],
)
def test_stl504_allowance_to_councillor(recipients: str, expected: bool) -> None:
    toml = (
        _PAY
        + member("a")
        + member("c")
        + '[[mandate.pay]]\nkind = "daily-allowance"\n'
        + recipients
    )
    assert _fires("STL504", toml) is expected


@pytest.mark.parametrize(
    ("fee_to", "allowance_to", "expected"), [("c", "c", True), ("c", "a", False), ("a", "c", False)]
)
def test_stl505_allowance_with_special_fee(fee_to: str, allowance_to: str, expected: bool) -> None:
    toml = _PAY + (
        f'[[mandate.pay]]\nkind = "special-fee"\nrecipients = ["{fee_to}"]\n'
        f'[[mandate.pay]]\nkind = "lost-earnings"\nrecipients = ["{allowance_to}"]\n'
    )
    assert _fires("STL505", toml) is expected


# PLN105–PLN111.
_TERM = HEADER + "[mandate]\nterm = { start = 2024-01-01, end = 2025-12-31 }\n"


@pytest.mark.parametrize(("due", "expected"), [("2025-12-31", False), ("2026-01-01", True)])
def test_pln105_deliverable_after_term(due: str, expected: bool) -> None:
    toml = (
        _TERM
        + '[[mandate.deliverables]]\nid = "d"\ntitle = "D"\n'
        + f"due = {{ start = 2025-12-01, end = {due} }}\n"
    )
    assert _fires("PLN105", toml) is expected


def test_pln105_without_term_is_info() -> None:
    toml = HEADER + '[[mandate.deliverables]]\nid = "d"\ntitle = "D"\ndue = "2025-12-01"\n'
    assert _info("PLN105", toml)


@pytest.mark.parametrize(
    ("period", "expected"),
    [
        ("{ start = 2024-01-01, end = 2025-12-31 }", False),
        ("{ start = 2023-12-31, end = 2025-12-31 }", True),
        ("{ start = 2024-01-01, end = 2026-01-01 }", True),
    ],
)
def test_pln106_membership_outside_term(period: str, expected: bool) -> None:
    toml = _TERM + person("a", "A") + member("a", extra=f"period = {period}\n")
    assert _fires("PLN106", toml, date(2024, 1, 1)) is expected


@pytest.mark.parametrize(("phases", "expected"), [('phases = ["p1"]\n', False), ("", True)])
def test_pln107_phase_invited_without_phases(phases: str, expected: bool) -> None:
    toml = (
        _TERM
        + person("x", kind="citizen")
        + member("x", extra='basis = "phase-invited"\n' + phases)
        + '[[plan.phases]]\nid = "p1"\ntitle = "P"\nperiod = "første kvartal 2024"\n'
    )
    assert _fires("PLN107", toml) is expected


@pytest.mark.parametrize(
    ("decided", "expected"), [("2024-01-01", False), ("2024-01-02", True), ("2023-12-18", False)]
)
def test_pln109_term_before_decision(decided: str, expected: bool) -> None:
    toml = _TERM + f'[mandate.established_by]\nbody = "kb"\ndate = {decided}\n'
    assert _fires("PLN109", toml, date(2024, 3, 1)) is expected


@pytest.mark.parametrize(
    ("decided", "expected"), [("2022-01-01", False), ("2025-12-31", False), ("2021-12-31", True)]
)
def test_pln110_setup_outside_council_period(decided: str, expected: bool) -> None:
    toml = HEADER + f'[mandate.established_by]\nbody = "kb"\ndate = {decided}\n'
    assert _fires("PLN110", toml, date(2024, 3, 1)) is expected


@pytest.mark.parametrize(
    ("powers", "expected"),
    [
        ("granted = false\n", False),
        ('granted = false\nscope = "X"\n', True),
        ('granted = false\nareas = ["appropriations"]\n', True),
        ('granted = true\nscope = "X"\n', False),
    ],
)
def test_pln111_powers_described_but_not_granted(powers: str, expected: bool) -> None:
    assert _fires("PLN111", HEADER + "[mandate.powers]\n" + powers) is expected


# STL105 / STL106: the body served.
_AG = '[[bodies]]\nid = "ag"\nname = "AG"\nkind = "working-group"\n'


@pytest.mark.parametrize(
    ("mandate", "bodies", "stl105", "stl106"),
    [
        ('function = "advisory"\n', "", True, False),
        ('function = "preparatory"\n', "", True, False),
        ('function = "specific-task"\n', "", False, False),  # a specific task serves no body
        ('function = "advisory"\nserves = ["kb"]\n', "", False, False),
        ('function = "advisory"\nserves = ["so"]\n', SO, False, False),
        ('function = "advisory"\nserves = ["ag"]\n', _AG, False, True),
    ],
)
def test_stl105_stl106_served_body(mandate: str, bodies: str, stl105: bool, stl106: bool) -> None:
    toml = HEADER + "[mandate]\n" + mandate + bodies
    assert _fires("STL105", toml) is stl105
    assert _fires("STL106", toml) is stl106


# STL110 / STL111: an end, and a dated deliverable.
@pytest.mark.parametrize(
    ("mandate", "expected"),
    [
        ("", True),
        ("term = { start = 2024-01-01 }\n", True),
        ("term = { start = 2024-01-01, end = 2025-12-31 }\n", False),
        ('term = { start = 2024-01-01 }\nend_condition = "Når rapporten er afleveret"\n', False),
    ],
)
def test_stl110_end(mandate: str, expected: bool) -> None:
    assert _fires("STL110", HEADER + "[mandate]\n" + mandate) is expected


@pytest.mark.parametrize(
    ("deliverables", "expected"),
    [
        ("", True),
        ('[[mandate.deliverables]]\nid = "d"\ntitle = "D"\n', True),
        (
            '[[mandate.deliverables]]\nid = "d"\ntitle = "D"\n'
            '[[mandate.deliverables]]\nid = "e"\ntitle = "E"\ndue = "2025"\n',
            False,
        ),
    ],
)
def test_stl111_dated_deliverable(deliverables: str, expected: bool) -> None:
    assert _fires("STL111", HEADER + deliverables) is expected


# STL112: the legal basis, compared without case, spaces or full stops.
@pytest.mark.parametrize(
    ("basis", "expected"),
    [
        ("", False),  # the default is kommunestyrelsesloven § 17, stk. 4
        ('law = "Lov om kommunernes styrelse"\nparagraph = "§17, Stk 4"\n', False),
        ('law = "styrelsesloven"\nparagraph = "§ 17, stk. 4"\n', False),
        ('paragraph = "§ 17, stk. 5"\n', True),
        ('law = "folkeoplysningsloven"\nparagraph = "§ 17, stk. 4"\n', True),
    ],
)
def test_stl112_legal_basis(basis: str, expected: bool) -> None:
    assert _fires("STL112", HEADER + "[mandate.legal_basis]\n" + basis) is expected


# STL203: proportional election assumed only when there are elected seats and no method.
@pytest.mark.parametrize(
    ("seat", "appointment", "expected"),
    [
        ('kind = "councillors"\ncount = 3\n', "", True),
        (
            'kind = "councillors"\ncount = 3\n',
            '[mandate.appointment]\nmethod = "proportional"\n',
            False,
        ),
        ('kind = "position"\nposition = "kommunaldirektør"\nbasis = "ex-officio"\n', "", False),
        ('kind = "other"\ncount = 2\nbasis = "staff"\n', "", False),
    ],
)
def test_stl203_method_not_recorded(seat: str, appointment: str, expected: bool) -> None:
    toml = HEADER + '[[mandate.composition]]\nid = "s"\n' + seat + appointment
    found = run(toml).by_code("STL203")
    assert bool(found) is expected
    assert all(f.severity.value == "info" for f in found)


# PLN102: phases in order of their start; equal starts are in order.
@pytest.mark.parametrize(
    ("second", "expected"), [("2024-03-31", True), ("2024-04-01", False), ("2024-04-02", False)]
)
def test_pln102_phase_order(second: str, expected: bool) -> None:
    toml = _TERM + (
        '[[plan.phases]]\nid = "a"\ntitle = "A"\n'
        "period = { start = 2024-04-01, end = 2024-06-30 }\n"
        '[[plan.phases]]\nid = "b"\ntitle = "B"\n'
        f"period = {{ start = {second}, end = 2024-09-30 }}\n"
    )
    assert _fires("PLN102", toml) is expected


def test_every_rule_has_a_test_besides_its_doc_examples() -> None:
    from pathlib import Path

    from kommissorium.rules import all_rules

    here = Path(__file__).resolve().parent
    tests = "".join(
        p.read_text(encoding="utf-8")
        for p in sorted(here.parent.rglob("test_*.py"))
        if p.name not in ("test_catalogue.py", "test_docs.py")
    )
    untested = [r.code for r in all_rules() if f'"{r.code}"' not in tests]
    assert untested == [], f"rules without a test of their own: {untested}"
