"""People: councillors, employees, citizens and representatives of organisations.

Examples:
    >>> p = Person(id="bj", name="Birgit Jakobsen", kind=PersonKind.COUNCILLOR, party="KD")
    >>> p.is_councillor
    True
"""

from __future__ import annotations

import attrs

from kommissorium.model.labels import LabelledEnum, labelled

__all__ = ["Person", "PersonKind"]


_PERSON_KIND_LABELS = {
    "councillor": ("kommunalbestyrelsesmedlem", "councillor"),
    "employee": ("ansat", "employee"),
    "citizen": ("borger", "citizen"),
    "representative": ("repræsentant for en organisation", "representative of an organisation"),
    "expert": ("ekstern specialist", "external expert"),
    "other": ("anden", "other"),
}


@labelled(_PERSON_KIND_LABELS)
class PersonKind(LabelledEnum):
    """What a person is, as far as the committee is concerned."""

    COUNCILLOR = "councillor"
    """Member of the council (kommunalbestyrelsesmedlem)."""
    EMPLOYEE = "employee"
    """Municipal employee (ansat), with a title and department."""
    CITIZEN = "citizen"
    """Citizen appointed in their own right (borger)."""
    REPRESENTATIVE = "representative"
    """Representative of an organisation (repræsentant for en organisation)."""
    EXPERT = "expert"
    """External expert or specialist (ekstern specialist)."""
    OTHER = "other"
    """Anything else."""


@attrs.frozen(kw_only=True)
class Person:
    """A person who takes part in the committee or its council context.

    Attributes:
        id: Stable id used by memberships and other references.
        name: Full name.
        kind: What the person is.
        party: List letter of the person's party (councillors), or ``None``.
        title: Job title (``"direktør for Social Omsorg"``) or position (``"borgmester"``).
        department: Department or area (forvaltning, kerneområde).
        organisation: Id of the stakeholder the person represents, if any.
        email: Contact address, if published.
        positions: Named positions the person holds (``"borgmester"``,
            ``"kommunaldirektør"``); composition rules refer to these.
    """

    id: str
    name: str
    kind: PersonKind = PersonKind.OTHER
    party: str | None = None
    title: str | None = None
    department: str | None = None
    organisation: str | None = None
    email: str | None = None
    positions: tuple[str, ...] = ()

    @property
    def is_councillor(self) -> bool:
        """Whether the person is a member of the council."""
        return self.kind is PersonKind.COUNCILLOR
