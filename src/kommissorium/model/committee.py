"""Committees and other bodies.

Examples:
    >>> c = Committee(id="so", name="Udvalget for Social Omsorg", kind=CommitteeKind.STANDING)
    >>> c.kind.label_da
    'stående udvalg'
"""

from __future__ import annotations

import attrs

from kommissorium.model.labels import LabelledEnum, labelled

__all__ = ["Committee", "CommitteeKind"]

_LABELS: dict[str, tuple[str, str]] = {
    "council": ("kommunalbestyrelse", "municipal council"),
    "finance-committee": ("økonomiudvalg", "finance committee"),
    "standing": ("stående udvalg", "standing committee"),
    "special-17-4": ("særligt udvalg efter § 17, stk. 4", "special committee (§ 17(4))"),
    "special-17-5": ("udvalg efter § 17, stk. 5", "committee under § 17(5)"),
    "statutory-council": ("lovpligtigt råd", "statutory council"),
    "med-committee": ("MED-udvalg", "MED committee"),
    "political-steering-group": ("politisk styregruppe", "political steering group"),
    "administrative-working-group": ("administrativ arbejdsgruppe", "administrative working group"),
    "working-group": ("arbejdsgruppe", "working group"),
    "user-council": ("bruger- eller pårørenderåd", "user or relatives' council"),
    "group-leaders": ("gruppeformandskreds", "group leaders' forum"),
    "external-body": ("ekstern instans", "external body"),
    "other": ("andet organ", "other body"),
}


@labelled(_LABELS)
class CommitteeKind(LabelledEnum):
    """The kinds of body a municipality governs through.

    The values are the strings used in committee files.
    """

    COUNCIL = "council"
    """Kommunalbestyrelse / byråd."""
    FINANCE_COMMITTEE = "finance-committee"
    """Økonomiudvalget (KSTL § 17, stk. 1, and § 18)."""
    STANDING = "standing"
    """Stående udvalg (KSTL § 17, stk. 1)."""
    SPECIAL_17_4 = "special-17-4"
    """Særligt udvalg / opgaveudvalg (KSTL § 17, stk. 4)."""
    SPECIAL_17_5 = "special-17-5"
    """Udvalg for the German minority (KSTL § 17, stk. 5)."""
    STATUTORY_COUNCIL = "statutory-council"
    """Handicapråd, ældreråd/seniorråd, integrationsråd, ungdomsråd and similar."""
    MED_COMMITTEE = "med-committee"
    """MED-udvalg (OMU, LMU, HMU) under the MED agreement."""
    POLITICAL_STEERING_GROUP = "political-steering-group"
    """Politisk styregruppe."""
    ADMINISTRATIVE_WORKING_GROUP = "administrative-working-group"
    """Administrativ arbejdsgruppe."""
    WORKING_GROUP = "working-group"
    """Arbejdsgruppe with councillors (may in law be a § 17, stk. 4 committee)."""
    USER_COUNCIL = "user-council"
    """Bruger-, beboer- or pårørenderåd."""
    GROUP_LEADERS = "group-leaders"
    """Gruppeformandskredsen (the party group leaders)."""
    EXTERNAL_BODY = "external-body"
    """A body outside the municipality."""
    OTHER = "other"
    """Anything else."""


@attrs.frozen(kw_only=True)
class Committee:
    """A committee, council or other body.

    Attributes:
        id: Stable id used by references.
        name: Full name (``"§ 17, stk. 4-udvalget vedrørende gentænkning af socialområdet"``).
        kind: What kind of body it is.
        short_name: Abbreviation used in minutes (``"VPU"``, ``"ØU"``, ``"OMU"``).
        serves: Ids of the bodies it prepares for or advises.
        predecessor: Id of the body whose work it continues.
        parent: Id of the body it sits under (a sub-committee's committee).
        description: Free text.
    """

    id: str
    name: str
    kind: CommitteeKind = CommitteeKind.OTHER
    short_name: str | None = None
    serves: tuple[str, ...] = ()
    predecessor: str | None = None
    parent: str | None = None
    description: str | None = None
