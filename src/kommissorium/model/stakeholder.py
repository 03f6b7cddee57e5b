"""Stakeholders and the ties between them.

Examples:
    >>> s = Stakeholder(id="frivilligcenter", name="Frivilligcenter", sector=Sector.CIVIL_SOCIETY)
    >>> s.sector
    'civil-society'
    >>> Tie(source="a", target="b", weight=0)
    Traceback (most recent call last):
    ...
    kommissorium.errors.ModelError: weight: expected a positive number (at most 1000000), got 0
"""

from __future__ import annotations

import attrs

from kommissorium.model._limits import weight
from kommissorium.model.labels import LabelledEnum, labelled
from kommissorium.model.period import Period

__all__ = ["Sector", "SectorDef", "Stakeholder", "Tie", "TieType"]


_SECTOR_LABELS = {
    "political": ("politisk", "political"),
    "administration": ("forvaltning", "administration"),
    "civil-society": ("civilsamfund", "civil society"),
    "private": ("privat", "private"),
    "region-state": ("region/stat", "region/state"),
    "user-councils": ("råd og brugerråd", "councils and user councils"),
    "employees": ("medarbejdere (MED)", "employees (MED)"),
    "citizens": ("borgere", "citizens"),
    "other": ("andet", "other"),
}


@labelled(_SECTOR_LABELS)
class Sector(LabelledEnum):
    """The built-in sectors; a dossier may use others that it declares (:class:`SectorDef`)."""

    POLITICAL = "political"
    """Politicians and political bodies."""
    ADMINISTRATION = "administration"
    """The municipal administration."""
    CIVIL_SOCIETY = "civil-society"
    """Associations, NGOs, volunteers, local councils (lokalråd)."""
    PRIVATE = "private"
    """Businesses and consultancies."""
    REGION_STATE = "region-state"
    """Regions and the state."""
    USER_COUNCILS = "user-councils"
    """Statutory, user, resident and relatives' councils."""
    EMPLOYEES = "employees"
    """Employee representation (MED committees)."""
    CITIZENS = "citizens"
    """Citizens."""
    OTHER = "other"


@attrs.frozen(kw_only=True)
class SectorDef:
    """A sector as a file declares it: an extra sector, or new labels or a colour for a built-in.

    A dossier may use sector names beyond :class:`Sector` only when it declares them here (a
    sector neither built in nor declared is refused, with a "did you mean", so that a typo does
    not become a new sector); the declaration also gives them readable labels and a colour in
    network pictures and in GraphML/GEXF exports.

    Attributes:
        id: The sector name used in :attr:`Stakeholder.sector` (``"housing-associations"``).
        label_da: Danish label (``"boligorganisationer"``).
        label_en: English label; the Danish one when missing.
        colour: Colour as ``#rrggbb``; a built-in or generated colour when missing.
        description: Free text.

    Examples:
        >>> SectorDef(id="boligorganisationer", label_da="Boligorganisationer").label_en is None
        True
    """

    id: str
    label_da: str | None = None
    label_en: str | None = None
    colour: str | None = None
    description: str | None = None


@attrs.frozen(kw_only=True)
class Stakeholder:
    """An actor the committee involves: an organisation, a body or a person.

    Attributes:
        id: Stable id (may equal a committee or person id to link the two).
        name: Name.
        sector: Sector; one of :class:`Sector` or a name the dossier declares in
            ``sectors`` (others make the dossier refuse to exist).
        kind: What kind of actor (``"association"``, ``"statutory-council"``, ``"person"``).
        parent: Id of the stakeholder it belongs to.
        description: Free text.
    """

    id: str
    name: str
    sector: str = attrs.field(default=Sector.OTHER.value, converter=str)
    kind: str | None = None
    parent: str | None = None
    description: str | None = None


_TIE_TYPE_LABELS = {
    "collaboration": ("samarbejde", "collaboration"),
    "membership": ("medlemskab", "membership"),
    "consultation": ("høring og dialog", "consultation"),
    "reporting": ("afrapportering", "reporting"),
    "representation": ("repræsentation", "representation"),
    "participation": ("deltagelse", "participation"),
}


@labelled(_TIE_TYPE_LABELS)
class TieType(LabelledEnum):
    """Kinds of tie between stakeholders."""

    COLLABORATION = "collaboration"
    MEMBERSHIP = "membership"
    CONSULTATION = "consultation"
    REPORTING = "reporting"
    REPRESENTATION = "representation"
    PARTICIPATION = "participation"


@attrs.frozen(kw_only=True)
class Tie:
    """A tie between two stakeholders (or a stakeholder and a body or person).

    Attributes:
        source: Id at one end (the sender, if directed).
        target: Id at the other end.
        type: Kind of tie.
        weight: Strength: a number above 0 and at most 1,000,000 (others raise
            :class:`~kommissorium.errors.ModelError`, which the loader reports with the path,
            ``ties[2].weight``). Parallel ties between two actors add their weights.
        directed: Whether the tie has a direction.
        phases: Ids of the phases the tie belongs to; empty for the whole work.
        period: When the tie exists.
    """

    source: str
    target: str
    type: TieType = TieType.COLLABORATION
    weight: float = attrs.field(default=1.0, validator=weight())
    directed: bool = False
    phases: tuple[str, ...] = ()
    period: Period | None = None
