"""The table of every rule code: the single place codes are assigned.

Codes are stable and never reused. A code is retired by moving it from :data:`CODES` to
:data:`RETIRED` with a note; it is never given to another rule. A test checks that this table
equals the registered rules, that names are unique kebab-case, and that no code is both live and
retired.

Prefixes, grouped by hundreds:

* ``STL1xx`` establishment and mandate (KSTL § 17, stk. 4)
* ``STL2xx`` composition and election (KSTL § 17, stk. 4, 2. pkt., §§ 24–26)
* ``STL3xx`` term (KRVL § 6, § 97)
* ``STL4xx`` decision powers (KSTL § 17, stk. 1 and 4, § 18, stk. 3)
* ``STL5xx`` pay (vederlagsbekendtgørelsen § 7, KSTL § 16 a)
* ``STL6xx`` procedure and openness (KSTL § 10, § 20)
* ``PLN1xx`` plan and data consistency
* ``KOM1xx`` the engine itself (accepted findings)

Examples:
    >>> CODES["STL301"]
    'term-beyond-election-period'
"""

from __future__ import annotations

__all__ = ["CODES", "RETIRED"]

CODES: dict[str, str] = {
    "KOM101": "unused-acceptance",
    "PLN101": "phase-outside-term",
    "PLN102": "phases-out-of-order",
    "PLN103": "phases-overlap",
    "PLN104": "gap-between-phases",
    "PLN105": "deliverable-after-term",
    "PLN106": "membership-outside-term",
    "PLN107": "phase-invited-without-phases",
    "PLN109": "term-starts-before-establishment",
    "PLN110": "setup-outside-council-period",
    "PLN111": "powers-described-but-not-granted",
    "PLN112": "mandated-involvement-missing",
    "STL100": "not-a-special-committee",
    "STL101": "not-established-by-council",
    "STL102": "establishing-decision-missing",
    "STL103": "group-acts-as-special-committee",
    "STL104": "function-missing",
    "STL105": "served-body-missing",
    "STL106": "serves-body-outside-scope",
    "STL107": "composition-missing",
    "STL108": "working-rules-missing",
    "STL109": "secretariat-missing",
    "STL110": "no-end-date-or-condition",
    "STL111": "no-dated-deliverable",
    "STL112": "legal-basis-mismatch",
    "STL201": "departure-from-proportional-election-not-unanimous",
    "STL202": "departure-from-proportional-election-unconfirmed",
    "STL203": "appointment-method-not-recorded",
    "STL204": "seat-unfilled",
    "STL205": "seat-overfilled",
    "STL206": "seat-holder-not-member-of-committee",
    "STL207": "position-seat-holder-mismatch",
    "STL208": "party-seat-for-represented-party",
    "STL209": "chair-missing",
    "STL210": "chair-inconsistent-with-rule",
    "STL211": "several-chairs",
    "STL212": "secretary-missing",
    "STL213": "secretary-inconsistent",
    "STL214": "person-seated-twice",
    "STL215": "councillor-seat-held-by-non-councillor",
    "STL216": "ex-officio-holder-not-employee",
    "STL217": "born-member-not-mayor-or-chair",
    "STL218": "councillor-seat-beyond-council-term",
    "STL301": "term-beyond-election-period",
    "STL302": "final-report-after-election",
    "STL401": "decision-power-granted",
    "STL402": "decision-power-not-delimited",
    "STL403": "power-over-immediate-administration",
    "STL404": "power-over-finance-committee-tasks",
    "STL405": "power-over-appropriations",
    "STL406": "power-over-public-authority",
    "STL407": "power-over-general-administration",
    "STL408": "decision-power-not-temporary",
    "STL501": "chair-fee-to-non-councillor",
    "STL502": "fee-above-cap",
    "STL503": "committee-pay-to-non-councillor",
    "STL504": "allowance-to-councillor",
    "STL505": "allowance-with-special-fee",
    "STL601": "meetings-public",
    "STL602": "openness-not-decided",
    "STL603": "procedure-defaults-assumed",
}
"""Every live code and its rule's name."""

RETIRED: dict[str, str] = {
    "PLN108": (
        "involved-stakeholder-not-in-phase: replaced by PLN112 (mandated-involvement-missing), "
        "which also checks sectors, involvements without a phase, sub-stakeholders, ties and "
        "on_behalf_of; the two would have reported the same gaps twice"
    ),
}
"""Codes no longer in use, with why; never to be reused."""
