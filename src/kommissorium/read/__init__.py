"""Readers of what municipalities publish: minutes, agendas and kommissorier.

The kommissorium reader drafts a committee file from a kommissorium text (see
:mod:`kommissorium.read.kommissorium`):

Examples:
    >>> from kommissorium.read import draft_toml, read_kommissorium
    >>> draft = read_kommissorium("Udvalget fastsætter selv sin mødeplan.", name="k.txt")
    >>> draft.fields(), draft.meetings.value.plan_set_by
    (['meetings'], 'committee')
    >>> "# »Udvalget fastsætter selv sin mødeplan.« (k.txt, line 1)" in draft_toml(draft)
    True
"""

from kommissorium.read.kommissorium import (
    KommissoriumDraft,
    draft_dossier,
    draft_toml,
    read_kommissorium,
)

__all__ = ["KommissoriumDraft", "draft_dossier", "draft_toml", "read_kommissorium"]
