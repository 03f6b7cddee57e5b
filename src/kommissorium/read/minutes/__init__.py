"""The minutes reader: Danish minutes and agendas (text and HTML) into decision records.

See :mod:`kommissorium.read` for the overview, :mod:`.phrases` for the phrasings it knows.
"""

from kommissorium.read.minutes.attach import Attached, Match, to_dossier
from kommissorium.read.minutes.phrases import PHRASINGS, Phrasing
from kommissorium.read.minutes.reader import (
    NotMinutesError,
    read_document,
    read_minutes_html,
    read_minutes_text,
)
from kommissorium.read.minutes.result import (
    ClauseOutcome,
    MinutesItem,
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
)

__all__ = [
    "PHRASINGS",
    "Attached",
    "ClauseOutcome",
    "Match",
    "MinutesItem",
    "NotMinutesError",
    "Phrasing",
    "ReadAbsence",
    "ReadAttachment",
    "ReadEarlier",
    "ReadMeeting",
    "ReadMinutes",
    "ReadPosition",
    "ReadProposal",
    "ReadRemark",
    "ReadSubstitute",
    "ReadVote",
    "read_document",
    "read_minutes_html",
    "read_minutes_text",
    "to_dossier",
]
