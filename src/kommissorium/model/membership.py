"""Memberships: who sits where, in which role, on what basis.

Examples:
    >>> m = Membership(person="bj", committee="s174", role=Role.CHAIR,
    ...                basis=SeatBasis.ELECTED)
    >>> m.role.label_da
    'formand'
"""

from __future__ import annotations

import attrs

from kommissorium.model.labels import LabelledEnum, labelled
from kommissorium.model.period import Period

__all__ = ["Membership", "OnBehalfOf", "RepresentedKind", "Role", "SeatBasis"]

_ROLE_LABELS = {
    "chair": ("formand", "chair"),
    "vice-chair": ("næstformand", "vice-chair"),
    "member": ("medlem", "member"),
    "secretary": ("sekretær", "secretary"),
    "observer": ("tilforordnet", "observer"),
    "substitute": ("stedfortræder", "substitute"),
}


@labelled(_ROLE_LABELS)
class Role(LabelledEnum):
    """A person's role in a body."""

    CHAIR = "chair"
    VICE_CHAIR = "vice-chair"
    MEMBER = "member"
    SECRETARY = "secretary"
    OBSERVER = "observer"
    """Tilforordnet: attends without being a member."""
    SUBSTITUTE = "substitute"

    @property
    def is_member(self) -> bool:
        """Whether the role is a seat in the body (chair, vice-chair, member)."""
        return self in (Role.CHAIR, Role.VICE_CHAIR, Role.MEMBER)


_BASIS_LABELS = {
    "elected": ("valgt", "elected"),
    "ex-officio": ("i kraft af stilling", "ex officio"),
    "born": ("født medlem", "born member"),
    "appointed": ("udpeget", "appointed"),
    "phase-invited": ("inviteret til faser", "invited to phases"),
    "staff": ("betjener udvalget", "serves the committee"),
}


@labelled(_BASIS_LABELS)
class SeatBasis(LabelledEnum):
    """On what basis a person holds the seat.

    Examples:
        >>> SeatBasis.EX_OFFICIO.label_da, SeatBasis.BORN.label_en
        ('i kraft af stilling', 'born member')
    """

    ELECTED = "elected"
    """Elected by the council to a council seat (forholdstalsvalg or unanimous decision)."""
    EX_OFFICIO = "ex-officio"
    """Holds the seat by their position as an employee (tjenstligt medlem)."""
    BORN = "born"
    """Born member, such as the mayor or a committee chair (født medlem)."""
    APPOINTED = "appointed"
    """Appointed citizen, expert or representative."""
    PHASE_INVITED = "phase-invited"
    """Invited to take part in one or more phases."""
    STAFF = "staff"
    """Serves the body (secretariat) without a seat."""


_REPRESENTED_KIND_LABELS = {
    "committee": ("udvalg", "committee"),
    "party": ("parti", "party"),
    "organisation": ("organisation", "organisation"),
}


@labelled(_REPRESENTED_KIND_LABELS)
class RepresentedKind(LabelledEnum):
    """What a membership is on behalf of."""

    COMMITTEE = "committee"
    PARTY = "party"
    ORGANISATION = "organisation"


@attrs.frozen
class OnBehalfOf:
    """What a member represents: a standing committee, a party or an organisation.

    Attributes:
        kind: What sort of thing ``ref`` names.
        ref: Committee id, party letter or stakeholder id.
    """

    kind: RepresentedKind
    ref: str


@attrs.frozen(kw_only=True)
class Membership:
    """A person's place in a body.

    Attributes:
        person: Id of the person.
        committee: Id of the body.
        role: Role in the body.
        basis: On what basis the seat is held.
        on_behalf_of: What the member represents, if anything.
        seat: Id of the mandate's composition rule this membership fills, if any.
        period: When the membership runs; ``None`` means the body's whole term.
        phases: Ids of the phases a phase-invited participant takes part in.
        note: Free text.
    """

    person: str
    committee: str
    role: Role = Role.MEMBER
    basis: SeatBasis = SeatBasis.ELECTED
    on_behalf_of: OnBehalfOf | None = None
    seat: str | None = None
    period: Period | None = None
    phases: tuple[str, ...] = ()
    note: str | None = None
