"""What the minutes reader returns: the meeting and its items, every fact with its source.

The result stays close to the text: people are :class:`~kommissorium.read.names.PersonName`
(the name as printed and the party letter printed after it), bodies are names. Turning names
into the ids of a committee file is :func:`kommissorium.read.minutes.to_dossier`'s job, which
states every match it makes.

Examples:
    >>> from kommissorium.model import Outcome
    >>> from kommissorium.read.source import Document
    >>> doc = Document.from_text("Godkendt.", name="x.txt")
    >>> item = MinutesItem(outcome=Sourced(Outcome.APPROVED, doc.source(0, 9)))
    >>> item.outcome_label
    'approved'
"""

from __future__ import annotations

from datetime import date, time

import attrs

from kommissorium.model import AbsenceReason, Outcome, Stance, VoteOption
from kommissorium.read.names import PersonName
from kommissorium.read.source import Document, ReadWarning, Sourced

__all__ = [
    "ClauseOutcome",
    "MinutesItem",
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
]


@attrs.frozen(kw_only=True)
class ReadAbsence:
    """An absence as the minutes state it.

    Attributes:
        person: Who.
        reason: Why (afbud, inhabil, uden afbud), when the minutes say.
        items: Numbers of the agenda items it concerns; empty for the whole meeting (or, on an
            item, the whole item).
        since: Absent from this time of day on.
        until: Absent until this time of day.
    """

    person: PersonName
    reason: AbsenceReason = AbsenceReason.UNKNOWN
    items: tuple[str, ...] = ()
    since: time | None = None
    until: time | None = None


@attrs.frozen(kw_only=True)
class ReadSubstitute:
    """A substitute as the minutes state it.

    Attributes:
        person: The substitute.
        replaces: The member whose place the substitute took, when named.
        approved: ``True`` when the minutes record the council's approval of the call-in.
    """

    person: PersonName
    replaces: PersonName | None = None
    approved: bool | None = None


@attrs.frozen(kw_only=True)
class ReadVote:
    """One side of a vote.

    Attributes:
        option: For, against or abstain.
        count: The number of votes, when printed.
        parties: Party letters, when printed.
        people: Named voters, when printed.
        point: The clause voted on, when the vote concerns one.
    """

    option: VoteOption
    count: int | None = None
    parties: tuple[str, ...] = ()
    people: tuple[PersonName, ...] = ()
    point: int | None = None


@attrs.frozen(kw_only=True)
class ReadPosition:
    """A stated position (tiltrædelse, forbehold, flertal/mindretal).

    Attributes:
        stance: The position.
        people: Named members.
        parties: Party letters.
        group: ``"majority"`` or ``"minority"`` when the minutes say so.
        point: The clause it concerns, if one.
    """

    stance: Stance
    people: tuple[PersonName, ...] = ()
    parties: tuple[str, ...] = ()
    group: str | None = None
    point: int | None = None


@attrs.frozen(kw_only=True)
class ReadRemark:
    """A protocol remark, a remark "til punktet" or a minority statement.

    Attributes:
        by: Who made it, as named (a person, or a party/group when no person is named).
        party: The party letter printed after the name.
        paragraphs: The remark's text, one string per paragraph.
        kind: ``"remark"``, ``"protocol"`` (protokolbemærkning/-tilførsel) or ``"minority"``.
    """

    by: str
    party: str | None = None
    paragraphs: tuple[str, ...] = ()
    kind: str = "remark"


@attrs.frozen(kw_only=True)
class ReadEarlier:
    """An earlier treatment quoted in the item ("Økonomiudvalget, 18. september 2019, pkt. 153").

    Attributes:
        body: The body as named.
        date: The day, when printed.
        item: The item number there.
        outcome: Its outcome, when it is a known phrasing.
        text: Its decision as quoted.
    """

    body: str
    date: date | None = None
    item: str | None = None
    outcome: Outcome | None = None
    text: str | None = None


@attrs.frozen(kw_only=True)
class ReadProposal:
    """The indstilling: who proposes and its clauses.

    Attributes:
        proposer: Who proposes, as written ("Socialchefen", "Forvaltningen").
        clauses: The clauses, numbered or "at …", in order, without their numbers.
        lead: The lead-in sentence as written ("Socialchefen indstiller, at:").
    """

    proposer: str | None = None
    clauses: tuple[str, ...] = ()
    lead: str | None = None


@attrs.frozen(kw_only=True)
class ClauseOutcome:
    """The decision on one clause ("Ad 1 Godkendt").

    Attributes:
        point: The clause number.
        outcome: What was decided.
        text: The words of the decision on the clause.
    """

    point: int
    outcome: Outcome
    text: str | None = None


@attrs.frozen(kw_only=True)
class ReadAttachment:
    """An attachment (bilag) as listed.

    Attributes:
        number: Its number in the list, if printed.
        title: Its title.
        public: ``False`` for "Lukket", ``True`` for "Åben"; ``None`` when not stated.
        document_id: The document id printed after it, such as "99754/23".
        record_number: The record number printed under it, such as "3524434".
        mark: A mark printed after the document id, such as "(H)".
    """

    title: str
    number: int | None = None
    public: bool | None = None
    document_id: str | None = None
    record_number: str | None = None
    mark: str | None = None


@attrs.frozen(kw_only=True)
class MinutesItem:
    """One agenda item as read.

    Attributes:
        number: The item number as printed ("5", "2.1").
        title: The title.
        case_number: The case number.
        public: Whether the item is open (Åben sag / Åbent punkt) or closed.
        route: The bodies of the Sagsgang / Sagsforløb, as printed.
        earlier: Earlier treatments quoted in the item.
        proposal: The indstilling.
        decision_body: The body named in the decision heading ("Beslutning i X den …").
        decision_date: The day named in the decision heading.
        decision_text: The decision, verbatim.
        outcome: The outcome of the whole item; for clause-by-clause decisions the common
            outcome when the clauses agree (and ``None`` when they differ, see :attr:`mixed`).
        clauses: Outcomes per clause.
        votes: Votes.
        positions: Stated positions.
        absentees: Absences recorded under the item.
        substitutes: Substitutes recorded under the item.
        remarks: Remarks.
        attachments: Attachments.
        unread: Statements of the decision the reader has no phrasing for, kept as text.
    """

    number: Sourced[str] | None = None
    title: Sourced[str] | None = None
    case_number: Sourced[str] | None = None
    public: Sourced[bool] | None = None
    route: tuple[Sourced[str], ...] = ()
    earlier: tuple[Sourced[ReadEarlier], ...] = ()
    proposal: Sourced[ReadProposal] | None = None
    decision_body: Sourced[str] | None = None
    decision_date: Sourced[date] | None = None
    decision_text: Sourced[str] | None = None
    outcome: Sourced[Outcome] | None = None
    clauses: tuple[Sourced[ClauseOutcome], ...] = ()
    votes: tuple[Sourced[ReadVote], ...] = ()
    positions: tuple[Sourced[ReadPosition], ...] = ()
    absentees: tuple[Sourced[ReadAbsence], ...] = ()
    substitutes: tuple[Sourced[ReadSubstitute], ...] = ()
    remarks: tuple[Sourced[ReadRemark], ...] = ()
    attachments: tuple[Sourced[ReadAttachment], ...] = ()
    unread: tuple[Sourced[str], ...] = ()

    @property
    def mixed(self) -> bool:
        """Whether the clauses were decided differently."""
        return len({c.value.outcome for c in self.clauses}) > 1

    @property
    def outcome_label(self) -> str | None:
        """The item's outcome as one word: an outcome value, ``"mixed"``, or ``None``."""
        if self.mixed:
            return "mixed"
        return None if self.outcome is None else self.outcome.value.value

    @property
    def key(self) -> str:
        """The item's number, else its title, else ``"?"`` (used in sources and messages)."""
        if self.number is not None:
            return self.number.value
        return self.title.value if self.title is not None else "?"


@attrs.frozen(kw_only=True)
class ReadMeeting:
    """The meeting as the document states it.

    Attributes:
        body: The body, as named.
        date: The meeting day.
        start: Start time.
        end: End time, when stated ("Mødet sluttede kl. 21.33").
        place: Where.
        present: Members listed as present.
        absentees: Absences stated for the meeting (partial absences name their items).
        substitutes: Substitutes stated for the meeting.
        kind: ``"minutes"`` (referat: decisions recorded), or ``"agenda"`` (dagsorden: none).
    """

    body: Sourced[str] | None = None
    date: Sourced[date] | None = None
    start: Sourced[time] | None = None
    end: Sourced[time] | None = None
    place: Sourced[str] | None = None
    present: tuple[Sourced[PersonName], ...] = ()
    absentees: tuple[Sourced[ReadAbsence], ...] = ()
    substitutes: tuple[Sourced[ReadSubstitute], ...] = ()
    kind: str = "minutes"


@attrs.frozen(kw_only=True)
class ReadMinutes:
    """A minutes document as read.

    Attributes:
        document: The text the reader worked on; every source indexes it.
        meeting: The meeting.
        items: The agenda items, in document order.
        warnings: What could not be read, or was read with doubt.
    """

    document: Document
    meeting: ReadMeeting = attrs.Factory(ReadMeeting)
    items: tuple[MinutesItem, ...] = ()
    warnings: tuple[ReadWarning, ...] = ()
