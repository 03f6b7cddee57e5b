"""Rules: the engine (:mod:`kommissorium.rules.engine`) and the Danish catalogue (``dk``).

Check a dossier for a date; every finding has a stable code, a severity, a certainty, a message
in Danish and English, the place in the model it concerns and its legal basis.

Examples:
    >>> from datetime import date
    >>> import kommissorium as k
    >>> from kommissorium.rules import check
    >>> d = k.loads('''
    ... [committee]
    ... id = "u"
    ... name = "Udvalget"
    ... kind = "special-17-4"
    ... [mandate]
    ... term = { start = 2016-06-29, end = 2018-12-31, text = "til udgangen af 2018" }
    ... ''')
    >>> report = check(d, on=date(2016, 6, 29), select=["STL3"])
    >>> [(f.code, f.severity.value, f.certainty.value) for f in report.findings]
    [('STL301', 'warning', 'low')]
    >>> print(report.findings[0].message_en)
    The committee's term ends on 31 December 2018 (til udgangen af 2018), after the election ...
"""

from __future__ import annotations

from kommissorium.rules.codes import CODES, RETIRED
from kommissorium.rules.engine import (
    NO_LEGAL_SOURCE,
    UNUSED_ACCEPTANCE,
    Certainty,
    Context,
    Finding,
    Hit,
    LegalSource,
    Profile,
    Report,
    Rule,
    RuleDoc,
    RuleSelectionError,
    Severity,
    Skipped,
    check,
)
from kommissorium.rules.profiles import PROFILE_NAMES, get_profile

__all__ = [
    "CODES",
    "NO_LEGAL_SOURCE",
    "PROFILE_NAMES",
    "RETIRED",
    "UNUSED_ACCEPTANCE",
    "Certainty",
    "Context",
    "Finding",
    "Hit",
    "LegalSource",
    "Profile",
    "Report",
    "Rule",
    "RuleDoc",
    "RuleSelectionError",
    "Severity",
    "Skipped",
    "all_rules",
    "check",
    "default_check_date",
    "get_profile",
]


def all_rules(profile: str = "dk") -> tuple[Rule, ...]:
    """Every rule of a profile plus the engine's own rule, sorted by code."""
    return tuple(sorted((*get_profile(profile).rules, UNUSED_ACCEPTANCE), key=lambda r: r.code))


from kommissorium.rules.dates import default_check_date  # noqa: E402
