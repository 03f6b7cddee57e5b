from __future__ import annotations

from datetime import date

import pytest
from rule_helpers import HEADER, codes, run

import kommissorium as k
from kommissorium.rules import RuleSelectionError, check, default_check_date

TERM_2018 = HEADER + "[mandate]\nterm = { start = 2016-06-29, end = 2018-12-31 }\n"


def test_never_stops_at_first_finding() -> None:
    report = run(HEADER)
    assert {"STL102", "STL104", "STL107", "STL108", "STL109"} <= set(report.codes)


def test_findings_order_is_deterministic_and_sorted() -> None:
    a = run(HEADER).findings
    b = run(HEADER).findings
    assert a == b
    keys = [(f.code, f.path) for f in a]
    assert keys == sorted(keys)


def test_select_and_ignore_by_prefix() -> None:
    assert set(codes(HEADER, select=["STL1"])) <= {c for c in codes(HEADER) if c.startswith("STL1")}
    assert "STL107" not in codes(HEADER, ignore=["STL107"])
    with pytest.raises(RuleSelectionError):
        run(HEADER, select=["XYZ"])


def test_accepted_finding_reported_not_counted() -> None:
    toml = HEADER + '[mandate]\ncomposition_text = "x"\n[mandate.powers]\ngranted = true\n'
    assert run(toml).has_errors  # STL402
    accepted = toml + '[[accepted]]\ncode = "STL402"\nreason = "Besluttet 1.2.2024"\n'
    report = run(accepted)
    found = report.by_code("STL402")
    assert found
    assert all(f.accepted and f.accepted_reason == "Besluttet 1.2.2024" for f in found)
    assert not report.has_errors
    assert report.counts["accepted"] == 1


def test_unused_acceptance_is_flagged() -> None:
    toml = HEADER + '[[accepted]]\ncode = "STL601"\nreason = "r"\n'
    assert "KOM101" in codes(toml)
    typo = HEADER + '[[accepted]]\ncode = "STL999"\nreason = "r"\n'
    assert "KOM101" in codes(typo)


def test_not_evaluable_is_an_info_with_missing_data() -> None:
    toml = HEADER.replace(
        'parties = [{ letter = "A", name = "A" }, { letter = "V", name = "V" }, '
        '{ letter = "O", name = "O" }]\n',
        "",
    ) + (
        '[[mandate.composition]]\nid = "p"\nkind = "parties-not-represented"\n'
        'committees = ["so"]\n[[bodies]]\nid = "so"\nname = "SO"\nkind = "standing"\n'
    )
    found = run(toml).by_code("STL204")
    assert found
    assert not found[0].evaluated
    assert found[0].severity.value == "info"
    assert "council.parties" in found[0].message_en


def test_legal_basis_follows_the_check_date() -> None:
    old = run(TERM_2018, on=date(2016, 6, 29)).by_code("STL301")[0]
    assert not any("LBK nr. 13" in s.text for s in old.legal_basis)
    assert any("§ 17, stk. 3 (LBK nr. 769 af 9. juni 2015)" in s.text for s in old.legal_basis)


def test_pay_rules_skipped_before_verified_order() -> None:
    toml = HEADER + '[[mandate.pay]]\nkind = "chair-fee"\npercent_of_mayor = 50\n'
    early = run(toml, on=date(2021, 10, 27))
    assert "STL502" not in early.codes
    assert "STL502" in {s.code for s in early.skipped}
    assert "STL502" in run(toml, on=date(2021, 10, 28)).codes


def test_default_check_date() -> None:
    d = k.loads(
        HEADER + '[mandate]\nterm = "2024-25"\n[mandate.established_by]\nbody = "kb"\n'
        "date = 2023-12-14\n"
    )
    assert default_check_date(d) == date(2023, 12, 14)


def test_not_special_committee_skips_stl() -> None:
    report = run(HEADER.replace('kind = "special-17-4"', 'kind = "standing"'))
    assert [c for c in report.codes if c.startswith("STL")] == ["STL100"]


def test_working_group_with_recommendations_is_checked_as_special() -> None:
    toml = HEADER.replace('kind = "special-17-4"', 'kind = "working-group"') + (
        '[[bodies]]\nid = "so"\nname = "SO"\nkind = "standing"\n'
        '[mandate.established_by]\nbody = "so"\n[mandate.reporting]\nto = ["so"]\n'
    )
    c = codes(toml)
    assert "STL103" in c
    assert "STL101" in c
    assert "STL100" not in c


def test_check_signature_requires_on() -> None:
    with pytest.raises(TypeError):
        check(k.loads(HEADER))  # type: ignore[call-arg]
