"""The outcome of a point of an indstilling: what was decided, or what a body recommends.

:class:`Outcome` is used by decision records ("Ad. 1 Godkendt.") and by route steps, where a
body such as Økonomiudvalget recommends an outcome to the next body ("anbefales godkendt").

Examples:
    >>> Outcome.NOTED.label_da, Outcome.REJECTED.label_en
    ('Taget til efterretning', 'Rejected')
    >>> Outcome.RECOMMENDED.label_da, Outcome.AMENDED.label_en
    ('Anbefalet', 'Approved with amendments')
"""

from __future__ import annotations

from kommissorium.model.labels import LabelledEnum, labelled

__all__ = ["Outcome"]

_OUTCOME_LABELS = {
    "approved": ("Godkendt", "Approved"),
    "recommended": ("Anbefalet", "Recommended"),
    "amended": ("Godkendt med ændringer", "Approved with amendments"),
    "rejected": ("Ikke godkendt", "Rejected"),
    "noted": ("Taget til efterretning", "Noted"),
    "discussed": ("Drøftet", "Discussed"),
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
    RECOMMENDED = "recommended"
    """Anbefalet: the body recommends the proposal to the next body ("Anbefales",
    "Indstilles godkendt")."""
    AMENDED = "amended"
    """Godkendt med ændringer: approved with a change the decision states ("Godkendt med den
    ændring, at …")."""
    REJECTED = "rejected"
    """Ikke godkendt / forkastet."""
    NOTED = "noted"
    """Taget til efterretning."""
    DISCUSSED = "discussed"
    """Drøftet: the body discussed the item without deciding."""
    POSTPONED = "postponed"
    """Udsat."""
    REFERRED = "referred"
    """Oversendt to another body."""
    WITHDRAWN = "withdrawn"
    """Udgår (taken off the agenda)."""
    OTHER = "other"
    """Anything else; the record's ``text`` says what."""
