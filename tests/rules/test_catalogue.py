"""The catalogue's own guarantees: the code table, docs, and the doc examples as tests.

Every rule's failing example must produce its code and its passing example must not: the
examples in the generated docs are the tests on both sides of the rule's boundary.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

import kommissorium as k
from kommissorium.rules import CODES, RETIRED, Rule, all_rules, check

RULES = all_rules()
IDS = [r.code for r in RULES]


def test_code_table_equals_registered_rules() -> None:
    assert {r.code: r.name for r in RULES} == CODES
    assert len(IDS) == len(set(IDS))
    assert not set(CODES) & set(RETIRED)


def test_names_unique_kebab_case() -> None:
    names = [r.name for r in RULES]
    assert len(names) == len(set(names))
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", n) for n in names)


def test_codes_grouped_by_prefix() -> None:
    assert all(re.fullmatch(r"(STL[1-6]|PLN1|KOM1)\d\d", c) for c in IDS)


@pytest.mark.parametrize("rule", RULES, ids=IDS)
def test_rule_has_doc(rule: Rule) -> None:
    doc = rule.doc
    assert doc is not None, f"{rule.code} has no doc"
    assert doc.what.strip()
    assert doc.why.strip()
    assert doc.fail_example.strip()
    assert doc.pass_example.strip()
    assert rule.title_da
    assert rule.title_en
    assert rule.message_da
    assert rule.message_en


@pytest.mark.parametrize("rule", RULES, ids=IDS)
def test_failing_example_triggers(rule: Rule) -> None:
    assert rule.doc is not None
    report = check(k.loads(rule.doc.fail_example), on=rule.doc.example_on)
    hits = [f for f in report.findings if f.code == rule.code and f.evaluated]
    assert hits, f"{rule.code}: failing example gave {report.codes}"
    assert all(f.severity is rule.severity for f in hits)


@pytest.mark.parametrize("rule", RULES, ids=IDS)
def test_passing_example_does_not_trigger(rule: Rule) -> None:
    assert rule.doc is not None
    report = check(k.loads(rule.doc.pass_example), on=rule.doc.example_on)
    assert rule.code not in report.codes, [f.message_en for f in report.by_code(rule.code)]


@pytest.mark.parametrize(
    "rule", [r for r in RULES if r.code.startswith("STL")], ids=lambda r: r.code
)
def test_legal_rules_cite_sources(rule: Rule) -> None:
    # Every STL rule cites a provision (law + §) of a named consolidation, for every check date
    # from the first consolidation on; ministry statements alone are not enough.
    cited = [s for s in rule.sources if s.law and s.paragraph and s.consolidation]
    assert cited, f"{rule.code} cites no law with consolidation number and paragraph"
    assert all(
        re.match(r"(LBK|BEK)( afløst efter)? nr\. \d+ af ", s.consolidation or "") for s in cited
    )
    assert not rule.is_data_consistency
    assert rule.basis_note("en") is None
    for day in (date(2016, 6, 29), date(2024, 3, 1), date(2026, 6, 1)):
        if rule.applies_on(day):
            on_day = [s for s in rule.sources_on(day) if s.law and s.paragraph and s.consolidation]
            assert on_day, f"{rule.code}: no consolidated provision cited for {day}"


@pytest.mark.parametrize(
    "rule", [r for r in RULES if not r.code.startswith("STL")], ids=lambda r: r.code
)
def test_data_consistency_rules_say_they_have_no_legal_source(rule: Rule) -> None:
    assert rule.code[:3] in ("PLN", "KOM")
    assert rule.sources == ()
    assert rule.is_data_consistency
    assert rule.basis_note("en") == "No legal source: data consistency"
    assert rule.basis_note("da") == "Ingen retskilde: datakonsistens"


def test_low_and_medium_certainty_where_the_note_is_uncertain() -> None:
    by = {r.code: r for r in RULES}
    assert by["STL301"].certainty.value == "low"  # R18: no authoritative source
    assert by["STL603"].certainty.value == "low"  # R22: § 20's reach is uncertain
    assert by["STL218"].certainty.value == "medium"  # R16: analogy from 95.8.7
