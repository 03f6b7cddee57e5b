"""Sector labels, colours, and how people and bodies get a sector (no networkx needed).

Re-exported by :mod:`kommissorium.network.sectors`; it lives in the model layer so that the
rule catalogue can use it (phase coverage, rule PLN112) without importing networkx.

Stakeholders carry their sector in the file. People and bodies do not, so the graph derives one
(the rules below); a stakeholder that shares its id with a person or body always wins, so a file
can override any derivation by declaring that actor as a stakeholder.

**People** (by :class:`~kommissorium.model.PersonKind`):

============== =================================================================
councillor     ``political``
employee       ``administration``
representative the sector of the organisation they represent: ``Person.organisation``,
               else the first membership ``on_behalf_of`` an organisation; ``other``
               when neither is given
citizen        ``citizens``
expert, other  ``other``
============== =================================================================

**Bodies** (by :class:`~kommissorium.model.CommitteeKind`): council, finance committee,
standing and special committees, political steering groups, councillor working groups and the
group leaders' forum are ``political``; administrative working groups are ``administration``;
statutory and user councils are ``user-councils``; MED committees are ``employees``; external
bodies and other bodies are ``other``.

Examples:
    >>> from kommissorium.model import Person, PersonKind
    >>> person_sector(Person(id="a", name="A", kind=PersonKind.EMPLOYEE), {})
    'administration'
    >>> SECTOR_COLOURS["civil-society"]
    '#2ca02c'
    >>> sector_info(()).label("civil-society", "da")
    'civilsamfund'
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping

import attrs

from kommissorium.model import (
    CommitteeKind,
    Dossier,
    Person,
    PersonKind,
    RepresentedKind,
    Sector,
    SectorDef,
)

__all__ = [
    "BODY_SECTORS",
    "PERSON_SECTORS",
    "SECTOR_COLOURS",
    "SECTOR_LABELS",
    "SectorInfo",
    "actor_attributes",
    "body_sector",
    "person_sector",
    "represented_organisation",
    "sector_info",
]

#: Colour of each built-in sector (matplotlib's tab10 palette, which stays readable in print).
SECTOR_COLOURS: Mapping[str, str] = {
    Sector.POLITICAL.value: "#1f77b4",
    Sector.ADMINISTRATION.value: "#ff7f0e",
    Sector.CIVIL_SOCIETY.value: "#2ca02c",
    Sector.PRIVATE.value: "#d62728",
    Sector.REGION_STATE.value: "#9467bd",
    Sector.USER_COUNCILS.value: "#8c564b",
    Sector.EMPLOYEES.value: "#e377c2",
    Sector.CITIZENS.value: "#bcbd22",
    Sector.OTHER.value: "#7f7f7f",
}

#: Danish and English labels of the built-in sectors.
SECTOR_LABELS: Mapping[str, tuple[str, str]] = {s.value: (s.label_da, s.label_en) for s in Sector}

#: Sector of a person by kind; representatives are resolved through their organisation.
PERSON_SECTORS: Mapping[PersonKind, str] = {
    PersonKind.COUNCILLOR: Sector.POLITICAL.value,
    PersonKind.EMPLOYEE: Sector.ADMINISTRATION.value,
    PersonKind.CITIZEN: Sector.CITIZENS.value,
    PersonKind.EXPERT: Sector.OTHER.value,
    PersonKind.OTHER: Sector.OTHER.value,
}

#: Sector of a body by kind.
BODY_SECTORS: Mapping[CommitteeKind, str] = {
    CommitteeKind.COUNCIL: Sector.POLITICAL.value,
    CommitteeKind.FINANCE_COMMITTEE: Sector.POLITICAL.value,
    CommitteeKind.STANDING: Sector.POLITICAL.value,
    CommitteeKind.SPECIAL_17_4: Sector.POLITICAL.value,
    CommitteeKind.SPECIAL_17_5: Sector.POLITICAL.value,
    CommitteeKind.POLITICAL_STEERING_GROUP: Sector.POLITICAL.value,
    CommitteeKind.WORKING_GROUP: Sector.POLITICAL.value,
    CommitteeKind.GROUP_LEADERS: Sector.POLITICAL.value,
    CommitteeKind.ADMINISTRATIVE_WORKING_GROUP: Sector.ADMINISTRATION.value,
    CommitteeKind.STATUTORY_COUNCIL: Sector.USER_COUNCILS.value,
    CommitteeKind.USER_COUNCIL: Sector.USER_COUNCILS.value,
    CommitteeKind.MED_COMMITTEE: Sector.EMPLOYEES.value,
    CommitteeKind.EXTERNAL_BODY: Sector.OTHER.value,
    CommitteeKind.OTHER: Sector.OTHER.value,
}


def body_sector(kind: CommitteeKind) -> str:
    """The sector a body of this kind is placed in (see the module docs).

    Examples:
        >>> body_sector(CommitteeKind.MED_COMMITTEE)
        'employees'
    """
    return BODY_SECTORS[kind]


def person_sector(person: Person, organisation_sectors: Mapping[str, str]) -> str:
    """The sector a person is placed in (see the module docs).

    Args:
        person: The person.
        organisation_sectors: Sector of each organisation (stakeholder id → sector) the person
            may represent. For a representative, ``person.organisation`` is looked up here;
            callers that know a membership's ``on_behalf_of`` organisation pass a mapping
            with the person's id as key as a fallback (``{person.id: sector}``).

    Examples:
        >>> from kommissorium.model import Person, PersonKind
        >>> rep = Person(id="r", name="R", kind=PersonKind.REPRESENTATIVE, organisation="dh")
        >>> person_sector(rep, {"dh": "civil-society"})
        'civil-society'
        >>> person_sector(Person(id="x", name="X", kind=PersonKind.REPRESENTATIVE), {})
        'other'
    """
    if person.kind is PersonKind.REPRESENTATIVE:
        if person.organisation is not None and person.organisation in organisation_sectors:
            return organisation_sectors[person.organisation]
        return organisation_sectors.get(person.id, Sector.OTHER.value)
    return PERSON_SECTORS[person.kind]


def represented_organisation(dossier: Dossier, person: Person) -> str | None:
    """The stakeholder a person represents: ``organisation``, else a membership's ``on_behalf_of``.

    Examples:
        >>> from kommissorium.model import Committee
        >>> d = Dossier(committee=Committee(id="u", name="U"))
        >>> represented_organisation(d, Person(id="p", name="P", organisation=None)) is None
        True
    """
    if person.organisation is not None:
        return person.organisation
    for membership in dossier.memberships:
        behalf = membership.on_behalf_of
        if (
            membership.person == person.id
            and behalf is not None
            and behalf.kind is RepresentedKind.ORGANISATION
        ):
            return behalf.ref
    return None


def _generated_colour(name: str) -> str:
    digest = hashlib.sha256(name.encode("utf-8")).digest()
    # Mid-range channels so that generated colours are neither black nor white.
    return "#" + "".join(f"{64 + byte % 160:02x}" for byte in digest[:3])


@attrs.frozen
class SectorInfo:
    """Labels and colours of the built-in sectors and those a dossier declares.

    Attributes:
        declared: The dossier's :class:`~kommissorium.model.SectorDef` entries.
    """

    declared: tuple[SectorDef, ...] = ()

    def _find(self, sector: str) -> SectorDef | None:
        for item in self.declared:
            if item.id == sector:
                return item
        return None

    def colour(self, sector: str) -> str:
        """The sector's colour as ``#rrggbb``: declared, built-in, or derived from its name.

        Examples:
            >>> SectorInfo().colour("political")
            '#1f77b4'
            >>> SectorInfo().colour("boligorganisationer") == SectorInfo().colour(
            ...     "boligorganisationer")
            True
        """
        declared = self._find(sector)
        if declared is not None and declared.colour is not None:
            return declared.colour.lower()
        return SECTOR_COLOURS.get(sector) or _generated_colour(sector)

    def label(self, sector: str, lang: str = "da") -> str:
        """The sector's label in Danish (``"da"``) or English (``"en"``); the id if unknown.

        Examples:
            >>> SectorInfo().label("user-councils", "en")
            'councils and user councils'
        """
        declared = self._find(sector)
        if declared is not None:
            if lang == "en" and declared.label_en:
                return declared.label_en
            if declared.label_da:
                return declared.label_da
        if sector in SECTOR_LABELS:
            return SECTOR_LABELS[sector][1 if lang == "en" else 0]
        return sector

    def order(self, sectors: Iterable[str]) -> tuple[str, ...]:
        """Sectors in a stable order: built-ins in :class:`Sector` order, then the rest sorted.

        Examples:
            >>> SectorInfo().order(["zeta", "citizens", "political"])
            ('political', 'citizens', 'zeta')
        """
        builtin = [s.value for s in Sector]
        present = set(sectors)
        first = [s for s in builtin if s in present]
        rest = sorted(present - set(builtin))
        return (*first, *rest)


def sector_info(declared: Iterable[SectorDef]) -> SectorInfo:
    """A :class:`SectorInfo` for a dossier's declared sectors (``dossier.sectors``)."""
    return SectorInfo(tuple(declared))


def _nodes(d: Dossier) -> dict[str, dict[str, str]]:
    nodes: dict[str, dict[str, str]] = {}
    if d.council is not None:
        nodes[d.council.id] = {
            "name": d.council.name,
            "type": "body",
            "kind": "council",
            "sector": Sector.POLITICAL.value,
        }
    for body in (d.committee, *d.bodies):
        nodes[body.id] = {
            "name": body.name,
            "type": "body",
            "kind": body.kind.value,
            "sector": body_sector(body.kind),
        }
    organisation_sectors = {s.id: s.sector for s in d.stakeholders}
    for person in d.people:
        fallback = represented_organisation(d, person)
        sectors = dict(organisation_sectors)
        if fallback is not None and fallback in organisation_sectors:
            sectors[person.id] = organisation_sectors[fallback]
        nodes[person.id] = {
            "name": person.name,
            "type": "person",
            "kind": person.kind.value,
            "sector": person_sector(person, sectors),
        }
    for s in d.stakeholders:
        previous = nodes.get(s.id)
        nodes[s.id] = {
            "name": s.name,
            "type": previous["type"] if previous else "stakeholder",
            "kind": s.kind or (previous["kind"] if previous else ""),
            "sector": s.sector,
        }
    return nodes


def actor_attributes(dossier: Dossier) -> dict[str, dict[str, str]]:
    """Node attributes (``name``, ``type``, ``kind``, ``sector``) of every actor, by id.

    These are the attributes :func:`kommissorium.network.stakeholder_graph` puts on its nodes,
    without building the graph. Nodes are people, bodies (the council, the committee, the other
    bodies) and stakeholders; an id shared by a stakeholder and a person or body is one actor
    whose name, kind and sector come from the stakeholder.

    Examples:
        >>> import kommissorium as k
        >>> d = k.load("examples/hedensted-social-2024.toml")
        >>> actor_attributes(d)["kb"]
        {'name': 'Kommunalbestyrelsen', 'type': 'body', 'kind': 'council', 'sector': 'political'}
    """
    nodes = _nodes(dossier)
    return {key: nodes[key] for key in sorted(nodes)}
