"""The Danish rule catalogue: one module per provision, gathered in the profile ``dk``.

Examples:
    >>> from kommissorium.rules.dk import PROFILE
    >>> PROFILE.rule("STL301").name
    'term-beyond-election-period'
"""

from __future__ import annotations

from kommissorium.rules.dk import (
    krvl_6_term,
    ks_16a,
    ks_17_4,
    ks_17_4_composition,
    ks_17_18_powers,
    ks_20_procedure,
    ks_24_26_election,
    plan,
    plan_coverage,
    vederlag_7,
)
from kommissorium.rules.engine import Profile, Rule

__all__ = ["MODULES", "PROFILE", "RULES"]

MODULES = (
    ks_17_4,
    ks_24_26_election,
    ks_17_4_composition,
    krvl_6_term,
    ks_17_18_powers,
    vederlag_7,
    ks_16a,
    ks_20_procedure,
    plan,
    plan_coverage,
)
"""The catalogue's modules, in code order."""

RULES: tuple[Rule, ...] = tuple(
    sorted((r for module in MODULES for r in module.RULES), key=lambda r: r.code)
)
"""Every rule of the Danish catalogue, sorted by code."""

PROFILE = Profile(
    name="dk",
    rules=RULES,
    description="Kommunestyrelseslovens § 17, stk. 4 and neighbouring Danish law.",
)
"""The profile ``dk``: the default of :func:`kommissorium.rules.check`."""
