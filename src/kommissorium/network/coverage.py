"""Phase coverage: who takes part in each phase, and who the mandate wants but is missing.

The computation needs no networkx and lives in :mod:`kommissorium.model.coverage`, so that the
checker's rule PLN112 can use it; this module re-exports it for network users. See that module
for the definitions (who takes part in a phase, when a requirement is met).
"""

from __future__ import annotations

from kommissorium.model.coverage import (
    CoverageGap,
    PhaseCoverage,
    phase_coverage,
    phase_coverage_findings,
    phase_participants,
)

__all__ = [
    "CoverageGap",
    "PhaseCoverage",
    "phase_coverage",
    "phase_coverage_findings",
    "phase_participants",
]
