"""Readers of what municipalities publish: minutes, agendas, committee lists and kommissorier.

Today almost every fact reaches a committee file by hand. The readers take the documents
municipalities already publish and return what they state, every fact with its source — the
document, the agenda item and the character span — and how certain the reading is. A phrasing
a reader does not know stays as unread text; a reader never guesses.

* :func:`read_minutes_file`, :func:`read_minutes_text`, :func:`read_minutes_html`: minutes and
  agendas as text (copied from a page or a PDF) or HTML (FirstAgenda, eDoc, municipal pages).
* :func:`read_firstagenda_agenda`: one meeting from the FirstAgenda Publication JSON.
* :func:`read_firstagenda_committees`: a municipality's committee list into a
  :class:`Register` (every committee of each election period with its meetings).
* :func:`to_dossier`: read minutes into decision records of a committee's dossier.
* :func:`read_kommissorium`, :func:`draft_dossier`, :func:`draft_toml`: a kommissorium or a
  council's setting-up decision drafted into a committee file (see
  :mod:`kommissorium.read.kommissorium`).

Examples:
    >>> from kommissorium.read import read_minutes_text, to_dossier
    >>> minutes = read_minutes_text('''Beslutning i Byrådet den 29-01-2020
    ... Godkendt med 25 stemmer mod 2 (Ø).''', name="by.txt")
    >>> item = minutes.items[0]
    >>> item.outcome.value.value, [(v.value.option.value, v.value.count) for v in item.votes]
    ('approved', [('for', 25), ('against', 2)])
    >>> minutes.document.quote(item.votes[1].source)
    'med 25 stemmer mod 2 (Ø)'
"""

from kommissorium.read.files import MAX_DOCUMENT_BYTES, read_minutes_file
from kommissorium.read.firstagenda import (
    PublishedCommittee,
    PublishedMeeting,
    ReadError,
    Register,
    read_firstagenda_agenda,
    read_firstagenda_committees,
)
from kommissorium.read.kommissorium import (
    KommissoriumDraft,
    draft_dossier,
    draft_toml,
    read_kommissorium,
)
from kommissorium.read.minutes import (
    PHRASINGS,
    Attached,
    ClauseOutcome,
    Match,
    MinutesItem,
    NotMinutesError,
    Phrasing,
    ReadAbsence,
    ReadAttachment,
    ReadEarlier,
    ReadMeeting,
    ReadMinutes,
    ReadPosition,
    ReadProposal,
    ReadRemark,
    ReadSubstitute,
    ReadVote,
    read_minutes_html,
    read_minutes_text,
    to_dossier,
)
from kommissorium.read.names import PersonName
from kommissorium.read.source import Certainty, Document, ReadWarning, Source, Sourced

__all__ = [
    "MAX_DOCUMENT_BYTES",
    "PHRASINGS",
    "Attached",
    "Certainty",
    "ClauseOutcome",
    "Document",
    "KommissoriumDraft",
    "Match",
    "MinutesItem",
    "NotMinutesError",
    "PersonName",
    "Phrasing",
    "PublishedCommittee",
    "PublishedMeeting",
    "ReadAbsence",
    "ReadAttachment",
    "ReadEarlier",
    "ReadError",
    "ReadMeeting",
    "ReadMinutes",
    "ReadPosition",
    "ReadProposal",
    "ReadRemark",
    "ReadSubstitute",
    "ReadVote",
    "ReadWarning",
    "Register",
    "Source",
    "Sourced",
    "draft_dossier",
    "draft_toml",
    "read_firstagenda_agenda",
    "read_firstagenda_committees",
    "read_kommissorium",
    "read_minutes_file",
    "read_minutes_html",
    "read_minutes_text",
    "to_dossier",
]
