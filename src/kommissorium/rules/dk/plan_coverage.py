"""Phase coverage of the mandate's involvement promises (PLN112).

Rule PLN112 runs :func:`kommissorium.model.coverage.phase_coverage_findings`: for every
``mandate.involve`` entry, each stakeholder it names must take part in its phase (directly, through
a sub-stakeholder in the ``parent`` chain, through a person who represents it, or by a tie to the
committee in that phase), and each sector it names must have at least one participant in the
phase. An involvement without a phase concerns the whole work and is met by taking part in any
phase or in the committee itself.

It replaces PLN108 (``involved-stakeholder-not-in-phase``, retired), which looked only at phase
``participants`` and at the organisations of phase-invited members, ignored ``sectors``,
involvements without a phase, sub-stakeholders, ties and ``on_behalf_of``, and so reported gaps
that were met and missed others.

Examples:
    >>> RULES[0].code, RULES[0].name
    ('PLN112', 'mandated-involvement-missing')
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from kommissorium.model.coverage import phase_coverage_findings
from kommissorium.rules.dk._common import make
from kommissorium.rules.engine import Certainty, Context, Hit, RuleDoc, Severity, Text

__all__ = ["RULES"]

_ON = date(2024, 3, 1)
_BASE = (
    '[committee]\nid = "u"\nname = "Opgaveudvalget"\nkind = "special-17-4"\n'
    '[mandate]\nterm = "2024-25"\n'
    '[[plan.phases]]\nid = "p1"\ntitle = "Fase 1"\nperiod = "første kvartal 2024"\n'
)
_INVOLVE = (
    '[[stakeholders]]\nid = "ngo"\nname = "NGO\'er"\nsector = "civil-society"\n'
    '[[stakeholders]]\nid = "lokalraad"\nname = "Lokalråd"\nsector = "civil-society"\n'
    '[[mandate.involve]]\nphase = "p1"\nstakeholders = ["ngo", "lokalraad"]\n'
    'sectors = ["civil-society"]\n'
)


def _gaps(ctx: Context) -> Iterator[Hit]:
    for gap in phase_coverage_findings(ctx.dossier):
        yield Hit(
            path=gap.path,
            ids=(gap.ref,) if gap.phase is None else (gap.ref, gap.phase),
            args={"gap": Text(gap.message("da"), gap.message("en"))},
        )


RULES = (
    make(
        "PLN112",
        "mandated-involvement-missing",
        Severity.WARNING,
        Certainty.MEDIUM,
        title=(
            "De aktører og sektorer, kommissoriet vil inddrage, deltager i deres fase",
            "The actors and sectors the mandate wants involved take part in their phase",
        ),
        message=("Kommissoriet siger: {gap}.", "The mandate says: {gap}."),
        check=_gaps,
        sources=(),
        scope=None,
        doc=RuleDoc(
            what="For each `mandate.involve` entry, warns for each named stakeholder that takes "
            "no part in the entry's phase and for each named sector without a participant in "
            "it (the whole work when the entry has no phase). Taking part means: a member of "
            "the committee in that phase, a phase participant, an explicit tie to the committee "
            "in the phase (reporting ties excepted), or represented by such a person "
            "(`organisation`, `on_behalf_of`); a stakeholder is also covered by any "
            "sub-stakeholder (`parent`). Sectors are those the network analysis assigns "
            "(declared for stakeholders, derived for people and bodies). The same computation "
            "is `kommissorium.network.phase_coverage_findings`. Replaces PLN108 (retired).",
            why="Ansell & Gash (2008) name participatory inclusiveness as a condition of "
            "collaborative governance, and a kommissorium that promises to involve civil "
            "society or named councils in a phase only keeps that promise if the plan brings "
            "them into the phase. Certainty is medium: the promise is the mandate's own, not a "
            "statutory duty, and a stakeholder may be involved in ways the file does not record "
            "(then record the finding as accepted, with the reason).",
            fail_example=_BASE + _INVOLVE,
            pass_example=_BASE.replace(
                'period = "første kvartal 2024"\n',
                'period = "første kvartal 2024"\nparticipants = ["ngo", "lokalraad"]\n',
            )
            + _INVOLVE,
            example_on=_ON,
            references=(
                "Ansell, C. & Gash, A. (2008). Collaborative governance in theory and practice. "
                "JPART 18(4), 543–571. doi:10.1093/jopart/mum032",
                "docs/network-howto.md (phase coverage)",
            ),
        ),
    ),
)
