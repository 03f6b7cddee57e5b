"""Decision records: what the minutes (beslutningsprotokol) say about an agenda item.

A :class:`DecisionRecord` holds the meeting, body and date, the agenda item (number, title,
case number, open or closed), the indstilling put forward, the outcome per point ("Ad 1
Godkendt"), votes, absentees with a reason, protocol remarks (protokolbemærkninger) by named
members and the attachments (bilag).

Votes use four options that Danish minutes use — for, imod, undlod, fraværende — and map to
Popolo's ``Vote.option`` code list (``yes``, ``no``, ``abstain``, ``absent``) through
:attr:`VoteOption.popolo`.

Examples:
    >>> VoteOption.AGAINST.popolo, VoteOption.AGAINST.label_da
    ('no', 'imod')
    >>> Outcome.NOTED.label_da
    'Taget til efterretning'
    >>> PointOutcome(point=1, outcome=Outcome.APPROVED).minutes_text()
    'Ad. 1 Godkendt.'
"""

from __future__ import annotations

from datetime import date, time

import attrs

from kommissorium.errors import ModelError
from kommissorium.model._limits import count, ordinal
from kommissorium.model.caseroute import Proposal
from kommissorium.model.labels import LabelledEnum, labelled
from kommissorium.model.outcome import Outcome

__all__ = [
    "Absence",
    "AbsenceReason",
    "AgendaItem",
    "Attachment",
    "DecisionRecord",
    "EarlierTreatment",
    "Outcome",
    "PointOutcome",
    "Position",
    "ProtocolRemark",
    "Stance",
    "Substitution",
    "Vote",
    "VoteCount",
    "VoteOption",
]

_VOTE_LABELS = {
    "for": ("for", "for"),
    "against": ("imod", "against"),
    "abstain": ("undlod at stemme", "abstained"),
    "absent": ("fraværende", "absent"),
}
_POPOLO_OPTIONS = {"for": "yes", "against": "no", "abstain": "abstain", "absent": "absent"}


@labelled(_VOTE_LABELS)
class VoteOption(LabelledEnum):
    """How a member voted, with the Popolo option it maps to.

    ============  ====================  ===========
    value         Danish                Popolo
    ============  ====================  ===========
    ``for``       for                   ``yes``
    ``against``   imod                  ``no``
    ``abstain``   undlod at stemme      ``abstain``
    ``absent``    fraværende            ``absent``
    ============  ====================  ===========
    """

    FOR = "for"
    AGAINST = "against"
    ABSTAIN = "abstain"
    ABSENT = "absent"

    @property
    def popolo(self) -> str:
        """The Popolo ``Vote.option`` value (``yes``, ``no``, ``abstain``, ``absent``)."""
        return _POPOLO_OPTIONS[self.value]


@attrs.frozen(kw_only=True)
class VoteCount:
    """How many voted one way (Popolo ``Count``).

    Attributes:
        option: The option.
        count: The number of votes, when the minutes give it ("For stemte A, V og F" gives the
            parties but no number).
        parties: Party letters of the voters, when the minutes give them (``"A, V"``).
        people: Ids of the voters, when the minutes name them.
    """

    option: VoteOption
    count: int | None = attrs.field(default=None, validator=count("a number of votes"))
    parties: tuple[str, ...] = ()
    people: tuple[str, ...] = ()


@attrs.frozen(kw_only=True)
class Vote:
    """A named vote (Popolo ``Vote``).

    Attributes:
        person: Id of the member.
        option: How the member voted.
    """

    person: str
    option: VoteOption


@attrs.frozen(kw_only=True)
class PointOutcome:
    """The outcome of one point of the indstilling.

    Attributes:
        point: The point number (``1`` for "Ad. 1"); ``None`` when the item has one decision
            for all points.
        outcome: What was decided.
        text: The decision as worded when it says more than the outcome's label.
        counts: Vote counts, when there was a vote.
        votes: Named votes, where the minutes name them.
    """

    point: int | None = attrs.field(default=None, validator=ordinal("a point number"))
    outcome: Outcome
    text: str | None = None
    counts: tuple[VoteCount, ...] = ()
    votes: tuple[Vote, ...] = ()

    def minutes_text(self, lang: str = "da") -> str:
        """The line as minutes print it: ``"Ad. 1 Godkendt."`` or ``"Godkendt."``.

        Examples:
            >>> PointOutcome(outcome=Outcome.APPROVED).minutes_text("en")
            'Approved.'
        """
        body = self.text or (self.outcome.label_en if lang == "en" else self.outcome.label_da)
        if not body.endswith("."):
            body += "."
        if self.point is None:
            return body
        return f"{'Re' if lang == 'en' else 'Ad.'} {self.point} {body}"


_ABSENCE_LABELS = {
    "leave": ("afbud", "apologies"),
    "disqualified": ("inhabil", "disqualified"),
    "absent": ("fravær", "absent"),
    "unknown": ("ukendt årsag", "reason not given"),
}


@labelled(_ABSENCE_LABELS)
class AbsenceReason(LabelledEnum):
    """Why a member was absent."""

    LEAVE = "leave"
    """Afbud: sent apologies."""
    DISQUALIFIED = "disqualified"
    """Inhabil: disqualified from the item (forvaltningsloven § 3)."""
    ABSENT = "absent"
    """Fravær: absent without apologies recorded."""
    UNKNOWN = "unknown"
    """The minutes only say "Fraværende"."""


@attrs.frozen(kw_only=True)
class Absence:
    """A member absent from the item, or from part of it.

    Partial absence is what minutes write as "fraværende til kl. 18.40" (``until``) or
    "forlod mødet kl. 20.15" (``since``); the times are Danish local wall-clock times of the
    meeting day.

    Attributes:
        person: Id of the member.
        reason: Why, if the minutes say.
        points: Point numbers of the indstilling the absence concerns; empty for the whole item.
        since: The member was absent from this time of day on, when the minutes say so.
        until: The member was absent until this time of day, when the minutes say so.
        text: The sentence that records the absence, when it says more than the name.

    Examples:
        >>> from datetime import time
        >>> Absence(person="kb", until=time(18, 40)).until
        datetime.time(18, 40)
    """

    person: str
    reason: AbsenceReason = AbsenceReason.UNKNOWN
    points: tuple[int, ...] = attrs.field(default=(), validator=ordinal("a point number"))
    since: time | None = None
    until: time | None = None
    text: str | None = None


@attrs.frozen(kw_only=True)
class Substitution:
    """A substitute (stedfortræder) who took a member's place for the item.

    Attributes:
        person: Id of the substitute.
        replaces: Id of the member whose place the substitute took, when the minutes say.
        approved: Whether the council approved the called-in substitute ("Godkendelse af
            indkaldte stedfortrædere"); ``None`` when the minutes do not say.
        text: The sentence that records it.

    Examples:
        >>> Substitution(person="mk", replaces="el").approved is None
        True
    """

    person: str
    replaces: str | None = None
    approved: bool | None = None
    text: str | None = None


_STANCE_LABELS = {
    "supports": ("kunne tiltræde", "supports"),
    "opposes": ("kunne ikke tiltræde", "opposes"),
    "reservation": ("tog forbehold", "reserves its position"),
}


@labelled(_STANCE_LABELS)
class Stance(LabelledEnum):
    """A member's or a party's stated position on the proposal, apart from a vote."""

    SUPPORTS = "supports"
    """Supports the proposal ("kunne tiltræde indstillingen", "Et flertal … anbefaler")."""
    OPPOSES = "opposes"
    """Opposes it ("kunne ikke tiltræde indstillingen", "Et mindretal (Ø) kan ikke anbefale")."""
    RESERVATION = "reservation"
    """Reserves its position for a later treatment ("tog forbehold")."""


@attrs.frozen(kw_only=True)
class Position:
    """A stated position on the proposal (tiltrædelse, forbehold, mindretalsudtalelse).

    Attributes:
        stance: The position.
        people: Ids of the members who took it, when named.
        parties: Party letters of those who took it, when given.
        group: ``"majority"`` or ``"minority"`` when the minutes say "flertal"/"mindretal".
        point: The point of the indstilling it concerns; ``None`` for the whole item.
        text: The sentence as written.

    Examples:
        >>> Position(stance=Stance.OPPOSES, parties=("V",)).stance.label_da
        'kunne ikke tiltræde'
    """

    stance: Stance
    people: tuple[str, ...] = ()
    parties: tuple[str, ...] = ()
    group: str | None = attrs.field(default=None)
    point: int | None = attrs.field(default=None, validator=ordinal("a point number"))
    text: str | None = None

    @group.validator
    def _group(self, _: attrs.Attribute[str | None], value: str | None) -> None:
        if value not in (None, "majority", "minority"):
            raise ModelError(
                f"position: group must be 'majority' or 'minority', got {value!r}", field="group"
            )


@attrs.frozen(kw_only=True)
class EarlierTreatment:
    """An earlier treatment of the case that the item quotes.

    Minutes of a later body repeat what earlier bodies decided ("Økonomiudvalget, 18. september
    2019, pkt. 153: Indstilles godkendt.").

    Attributes:
        body_name: The body as the minutes name it.
        body: Id of that body, when the dossier lists it.
        date: The day of the treatment.
        item: The item number there ("153").
        outcome: The outcome it recorded, when that is a known phrasing.
        text: Its decision as quoted.

    Examples:
        >>> EarlierTreatment(body_name="Økonomiudvalget", item="153",
        ...                  outcome=Outcome.RECOMMENDED).outcome.label_da
        'Anbefalet'
    """

    body_name: str
    body: str | None = None
    date: date | None = None
    item: str | None = None
    outcome: Outcome | None = None
    text: str | None = None


@attrs.frozen(kw_only=True)
class ProtocolRemark:
    """A protocol remark (protokolbemærkning) by a member.

    Attributes:
        person: Id of the member who made it; ``None`` when the minutes name only a party or
            group ("Protokolbemærkning fra Enhedslisten (Ø)").
        party: Party letter as printed after the name; by default the person's party.
        paragraphs: The remark as recorded, one string per paragraph.
        on_behalf_of: The party or group the remark speaks for, if it says so.
    """

    person: str | None = None
    party: str | None = None
    paragraphs: tuple[str, ...] = ()
    on_behalf_of: str | None = None


@attrs.frozen(kw_only=True)
class Attachment:
    """An attachment (bilag) to the agenda item.

    Attributes:
        number: Its number in the item's list (1, 2, …).
        title: Its title.
        document_id: The document id in the case system (``"99754/23"``).
        record_number: The record number printed below it (``"3524434"``).
        public: Whether it is open (``"Åben"``) or closed (``"Lukket"``).
        mark: A mark the minutes print after the document id, such as ``"(H)"``; the source
            documents do not explain it, so it is kept as printed.
    """

    number: int = attrs.field(validator=ordinal("an attachment number"))
    title: str
    document_id: str | None = None
    record_number: str | None = None
    public: bool = True
    mark: str | None = None


@attrs.frozen(kw_only=True)
class AgendaItem:
    """The agenda item a decision belongs to (OParl ``AgendaItem``).

    Attributes:
        title: The item's title.
        number: The item number on the agenda, if known.
        case_number: The case number (``"23/2079"``).
        public: Whether it is an open item (``"Åben sag"``).
    """

    title: str
    number: str | None = None
    case_number: str | None = None
    public: bool = True


@attrs.frozen(kw_only=True)
class DecisionRecord:
    """What a body decided on an agenda item, as the minutes record it.

    Attributes:
        id: Stable id.
        body: Id of the deciding body.
        date: The meeting day.
        item: The agenda item.
        meeting: Id of the meeting, when the dossier lists it.
        case: Id of the case, when the dossier lists it.
        proposal: The indstilling put forward.
        outcomes: Outcome per point, in point order.
        absentees: Members absent from the item.
        remarks: Protocol remarks.
        attachments: Attachments, in number order.
        recommendations: Ids of the recommendations the decision concerns.
        minutes_name: The body's name as the minutes print it in the heading
            (``"Voksen- og plejeudvalget"``), when it differs from the body's name.
        note: Free text.
        text: The decision (Beslutning) as the minutes word it, verbatim.
        positions: Stated positions: who could or could not support the proposal, who
            reserved its position, minority statements.
        substitutes: Substitutes who sat for absent members.
        earlier: Earlier treatments of the case that the item quotes, oldest first.
    """

    id: str
    body: str
    date: date
    item: AgendaItem
    meeting: str | None = None
    case: str | None = None
    proposal: Proposal | None = None
    outcomes: tuple[PointOutcome, ...] = ()
    absentees: tuple[Absence, ...] = ()
    remarks: tuple[ProtocolRemark, ...] = ()
    attachments: tuple[Attachment, ...] = ()
    recommendations: tuple[str, ...] = ()
    minutes_name: str | None = None
    note: str | None = None
    text: str | None = None
    positions: tuple[Position, ...] = ()
    substitutes: tuple[Substitution, ...] = ()
    earlier: tuple[EarlierTreatment, ...] = ()
