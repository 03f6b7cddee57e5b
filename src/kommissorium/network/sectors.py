"""Sector labels, colours, and how people and bodies get a sector.

The definitions live in :mod:`kommissorium.model.sectors` (they need no networkx, and the rule
catalogue uses them); this module re-exports them for network users. See that module for how
people and bodies are placed in sectors.
"""

from __future__ import annotations

from kommissorium.model.sectors import (
    BODY_SECTORS,
    PERSON_SECTORS,
    SECTOR_COLOURS,
    SECTOR_LABELS,
    SectorInfo,
    body_sector,
    person_sector,
    represented_organisation,
    sector_info,
)

__all__ = [
    "BODY_SECTORS",
    "PERSON_SECTORS",
    "SECTOR_COLOURS",
    "SECTOR_LABELS",
    "SectorInfo",
    "body_sector",
    "person_sector",
    "represented_organisation",
    "sector_info",
]
