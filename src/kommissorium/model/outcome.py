"""The outcome of a point of an indstilling: what was decided, or what a body recommends.

:class:`Outcome` is used by decision records ("Ad. 1 Godkendt.") and by route steps, where a
body such as Økonomiudvalget recommends an outcome to the next body ("anbefales godkendt").

Examples:
    >>> Outcome.NOTED.label_da, Outcome.REJECTED.label_en
    ('Taget til efterretning', 'Rejected')
"""

from __future__ import annotations

from kommissorium.model.labels import LabelledEnum, labelled

__all__ = ["Outcome"]

_OUTCOME_LABELS = {
    "approved": ("Godkendt", "Approved"),
    "rejected": ("Ikke godkendt", "Rejected"),
    "noted": ("Taget til efterretning", "Noted"),
    "postponed": ("Udsat", "Postponed"),
    "referred": ("Oversendt", "Referred"),
    "withdrawn": ("Udgår", "Withdrawn"),
    "other": ("Anden beslutning", "Other decision"),
}


@labelled(_OUTCOME_LABELS)
class Outcome(LabelledEnum):
    """The outcome of one point of an indstilling."""

    APPROVED = "approved"
    """Godkendt."""
    REJECTED = "rejected"
    """Ikke godkendt / forkastet."""
    NOTED = "noted"
    """Taget til efterretning."""
    POSTPONED = "postponed"
    """Udsat."""
    REFERRED = "referred"
    """Oversendt to another body."""
    WITHDRAWN = "withdrawn"
    """Udgår (taken off the agenda)."""
    OTHER = "other"
    """Anything else; the record's ``text`` says what."""
