"""FirstAgenda Publication: the JSON behind the ``dagsordener.<kommune>.dk`` sites.

Many municipalities publish agendas and minutes with FirstAgenda Publication. Its pages are
filled from a JSON backend on the same host. The vendor does not document that API; what this
module relies on was read from real responses (a Hvidovre fixture kept by a public scraper, in
``tests/data/minutes``) and from the code of public scrapers:

* the committee list, ``GET /api/agenda/udvalgsliste``: ``{"Udvalg": {"<period label>":
  [committee, …]}}`` where a committee is ``{"Id", "Navn", "Moeder": [meeting, …]}`` and a
  meeting ``{"Id", "Navn" ("Dagsorden", "Referat", "Tillægsdagsorden"), "Dato",
  "MeetingBeginUtc", "MeetingEndUtc", "Sted", "Afsluttet", "ReleasedDate",
  "IsSupplementaryAgenda"}``; the date-times carry their offset despite the name;
* one meeting's agenda, ``GET /api/agenda/dagsorden/{meeting}``: ``{"Dagsordenpunkter":
  [item, …], "Udvalg": {"Navn"}, "Moede": {meeting}}`` where an item is ``{"Punktnummer" (or
  "Number"), "Navn" (or "Caption"), "SagsNummer" (or "CaseNumber"), "IsOpen", "Felter":
  [{"Navn", "Html"}], "Bilag": [{"Navn"}]}``. The HTML of the fields holds the sections under
  ``<h3>`` headings (Beslutningstema, Indstilling, "Beslutning i … den …", Sagsfremstilling).

Fields this module does not name are ignored; a field it names with the wrong type is an error
that names its place. An agenda is turned into text — a header with the committee, day, time
and place, then each item with its number, title, case number, open or closed, and its fields'
HTML as text — and read by the minutes reader; every source indexes that text.

Examples:
    >>> import json
    >>> agenda = json.dumps({"Udvalg": {"Navn": "Økonomiudvalget"},
    ...     "Moede": {"Navn": "Referat", "MeetingBeginUtc": "2026-03-16T17:00:00+01:00",
    ...               "MeetingEndUtc": "2026-03-16T19:00:00+01:00", "Sted": "KB-Salen"},
    ...     "Dagsordenpunkter": [{"Punktnummer": "4", "Navn": "Grenhusene",
    ...         "SagsNummer": "26/1172", "IsOpen": True,
    ...         "Felter": [{"Navn": "", "Html": "<h3>Beslutning i Økonomiudvalget den "
    ...             "16-03-2026</h3><p>Sagen udsættes.</p>"}]}]})
    >>> minutes = read_firstagenda_agenda(agenda, name="ou.json")
    >>> item = minutes.items[0]
    >>> item.number.value, item.case_number.value, item.outcome.value.value
    ('4', '26/1172', 'postponed')
    >>> minutes.meeting.body.value, minutes.meeting.place.value, str(minutes.meeting.start.value)
    ('Økonomiudvalget', 'KB-Salen', '17:00:00')
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import attrs

from kommissorium.errors import KommissoriumError
from kommissorium.model import Committee, CommitteeKind, Dossier, Meeting, MeetingStatus
from kommissorium.read.markup import html_to_text
from kommissorium.read.minutes.reader import read_document
from kommissorium.read.minutes.result import ReadMinutes
from kommissorium.read.names import slug
from kommissorium.read.source import Document

__all__ = [
    "MAX_JSON_BYTES",
    "PublishedCommittee",
    "PublishedMeeting",
    "ReadError",
    "Register",
    "read_firstagenda_agenda",
    "read_firstagenda_committees",
]

#: Responses larger than this are refused (a municipality's whole committee list is ~1 MB).
MAX_JSON_BYTES = 64 * 1024 * 1024
CPH = ZoneInfo("Europe/Copenhagen")


class ReadError(KommissoriumError, ValueError):
    """A published document that cannot be read: broken, too large, or of another kind.

    Attributes:
        source: The document's name.
        place: Where inside it (``"line 3, column 7"``, ``"Dagsordenpunkter[2].Felter"``).
        expected: What was expected there.
    """

    def __init__(self, source: str, place: str, expected: str, got: str | None = None) -> None:
        self.source = source
        self.place = place
        self.expected = expected
        message = (
            f"{source}: {place}: expected {expected}" if place else f"{source}: expected {expected}"
        )
        if got is not None:
            message += f", got {got}"
        super().__init__(message)


def _load(data: str | bytes, name: str) -> Any:
    if len(data) > MAX_JSON_BYTES:
        raise ReadError(name, "", f"a response of at most {MAX_JSON_BYTES} bytes", f"{len(data)}")
    try:
        text = data.decode("utf-8-sig") if isinstance(data, bytes) else data
    except UnicodeDecodeError as exc:
        raise ReadError(name, f"byte {exc.start}", "UTF-8 text") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ReadError(
            name, f"line {exc.lineno}, column {exc.colno}", "valid JSON", exc.msg
        ) from None
    except RecursionError:
        raise ReadError(name, "", "JSON nested less deeply") from None


def _kind_of(data: object) -> str:
    if isinstance(data, dict):
        if "Dagsordenpunkter" in data:
            return "an agenda"
        if "Udvalg" in data and isinstance(data["Udvalg"], dict) and "Navn" not in data["Udvalg"]:
            return "a committee list"
        if "Moeder" in data:
            return "a committee"
    return "something else"


def _field(obj: dict[str, Any], names: tuple[str, ...], kind: type, where: str, name: str) -> Any:
    """The first of ``names`` present in ``obj`` (``None`` when none is, or it is null)."""
    for key in names:
        if key in obj and obj[key] is not None:
            value = obj[key]
            if kind is str and isinstance(value, int | float) and not isinstance(value, bool):
                value = str(value)
            if not isinstance(value, kind):
                expected = {str: "a string", bool: "true or false", list: "an array",
                            dict: "an object"}[kind]  # fmt: skip
                raise ReadError(name, f"{where}.{key}", expected, type(value).__name__)
            return value
    return None


def _when(value: str | None, where: str, name: str) -> datetime | None:
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise ReadError(name, where, "an ISO date and time", repr(value[:40])) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=CPH)
    return moment.astimezone(CPH)


def read_firstagenda_agenda(data: str | bytes, *, name: str = "<agenda.json>") -> ReadMinutes:
    """Read one meeting's agenda or minutes from the FirstAgenda ``dagsorden`` response.

    Args:
        data: The JSON text.
        name: The document's name, for sources and messages.

    Raises:
        ReadError: The JSON is broken, too large, or not an agenda (a committee list, say).
        NotMinutesError: The agenda has no items.
    """
    raw = _load(data, name)
    if _kind_of(raw) != "an agenda":
        raise ReadError(name, "", "a FirstAgenda agenda (an object with 'Dagsordenpunkter')",
                        _kind_of(raw))  # fmt: skip
    items = _field(raw, ("Dagsordenpunkter",), list, "", name) or []
    lines: list[str] = []
    committee = _field(raw, ("Udvalg",), dict, "", name) or {}
    meeting = _field(raw, ("Moede",), dict, "", name) or {}
    body = _field(committee, ("Navn",), str, "Udvalg", name)
    kind = _field(meeting, ("Navn",), str, "Moede", name)
    start = _when(_field(meeting, ("MeetingBeginUtc", "Dato"), str, "Moede", name), "Moede", name)
    end = _when(_field(meeting, ("MeetingEndUtc",), str, "Moede", name), "Moede", name)
    place = _field(meeting, ("Sted",), str, "Moede", name)
    if body:
        lines.append(f"{body.strip()} - {(kind or 'Dagsorden').strip()}")
    elif kind:
        lines.append(kind.strip())
    if start is not None:
        lines.append(f"Dato: {start:%d-%m-%Y}")
        clock = f"kl. {start:%H.%M}" + ("" if end is None else f" - {end:%H.%M}")
        lines.append(f"Tidspunkt: {clock}")
    if place and place.strip():
        lines.append(f"Sted: {place.strip()}")
    parts = ["\n".join(lines)] if lines else []
    for index, item in enumerate(items):
        where = f"Dagsordenpunkter[{index}]"
        if not isinstance(item, dict):
            raise ReadError(name, where, "an agenda item (an object)", type(item).__name__)
        parts.append(_item_text(item, where, name))
    document = Document(name=name, text="\n\n".join(parts) + "\n", kind="json")
    return read_document(document)


def _item_text(item: dict[str, Any], where: str, name: str) -> str:
    number = _field(item, ("Punktnummer", "Number"), str, where, name)
    title = _field(item, ("Navn", "Caption"), str, where, name) or ""
    case = _field(item, ("SagsNummer", "CaseNumber"), str, where, name)
    is_open = _field(item, ("IsOpen",), bool, where, name)
    head = f"{number}. {title.strip()}" if number else f"Punkt. {title.strip()}"
    out = [head]
    header = []
    if case:
        header.append(f"Sagsnr. {case.strip()}")
    if is_open is not None:
        header.append("Åbent punkt" if is_open else "Lukket punkt")
    if header:
        out.append(" ".join(header))
    for field_index, felt in enumerate(_field(item, ("Felter",), list, where, name) or []):
        at = f"{where}.Felter[{field_index}]"
        if not isinstance(felt, dict):
            raise ReadError(name, at, "a field (an object)", type(felt).__name__)
        heading = _field(felt, ("Navn",), str, at, name)
        html = _field(felt, ("Html",), str, at, name)
        plain = _field(felt, ("Tekst",), str, at, name)
        body = html_to_text(html).text if html else (plain or "")
        if heading and heading.strip():
            out.append(heading.strip())
        if body.strip():
            out.append(body.strip())
    attachments = _field(item, ("Bilag",), list, where, name) or []
    titles = [
        a["Navn"].strip()
        for a in attachments
        if isinstance(a, dict) and isinstance(a.get("Navn"), str)
    ]
    if titles:
        out.append("Bilag")
        out.extend(titles)
    return "\n".join(out)


# -- the committee list and the register ------------------------------------------------------


@attrs.frozen(kw_only=True)
class PublishedMeeting:
    """A meeting as the committee list publishes it (one entry per document).

    Attributes:
        id: The publication's id (FirstAgenda meeting id).
        name: What was published: "Dagsorden", "Referat", "Tillægsdagsorden", …
        start: When the meeting begins (Danish time).
        end: When it ends, if published.
        place: Where.
        finished: Whether the meeting is marked as held ("Afsluttet").
        released: When the document was published.
        supplementary: Whether it is a supplementary agenda.
    """

    id: str
    name: str | None = None
    start: datetime | None = None
    end: datetime | None = None
    place: str | None = None
    finished: bool | None = None
    released: datetime | None = None
    supplementary: bool = False

    @property
    def is_minutes(self) -> bool:
        """Whether the publication is minutes (a "Referat" or "Beslutningsprotokol")."""
        word = (self.name or "").lower()
        return "referat" in word or "protokol" in word


@attrs.frozen(kw_only=True)
class PublishedCommittee:
    """A committee of the register with its published meetings.

    Attributes:
        id: The committee's id in the publishing system.
        name: Its name.
        period: The label of the election period it is listed under ("Udvalg 2022-2025").
        meetings: Its publications, in the order listed.
    """

    id: str
    name: str
    period: str
    meetings: tuple[PublishedMeeting, ...] = ()


@attrs.frozen(kw_only=True)
class Register:
    """A municipality's committees, by election period, with their meetings.

    Attributes:
        committees: Every committee of every period, in the order listed.
        source: The document the register was read from.
    """

    committees: tuple[PublishedCommittee, ...] = ()
    source: str = "<register>"

    @property
    def periods(self) -> tuple[str, ...]:
        """The period labels, in the order listed."""
        return tuple(dict.fromkeys(c.period for c in self.committees))

    def committee(self, name: str, *, period: str | None = None) -> PublishedCommittee:
        """The committee with this name (or id), in ``period`` if given, else the latest.

        Raises:
            KeyError: No such committee; the message lists the names.
        """
        found = [
            c
            for c in self.committees
            if (c.name.casefold() == name.casefold() or c.id == name)
            and (period is None or c.period == period)
        ]
        if not found:
            names = ", ".join(sorted({c.name for c in self.committees}))
            raise KeyError(f"no committee {name!r}; the register has: {names}")
        return max(found, key=lambda c: max((m.start for m in c.meetings if m.start), default=
                                            datetime.min.replace(tzinfo=CPH)))  # fmt: skip

    def dossier(self, committee: PublishedCommittee) -> Dossier:
        """A dossier of the committee with its meetings.

        The publications of one meeting (agenda, supplementary agenda, minutes) share its start
        and become one :class:`~kommissorium.model.Meeting`, ``held`` when minutes are
        published. Meetings without a published end are left out (the model needs both ends;
        the reader does not guess a length), as are publications without a start.
        """
        by_start: dict[datetime, list[PublishedMeeting]] = {}
        for published in committee.meetings:
            if published.start is not None:
                by_start.setdefault(published.start, []).append(published)
        body = slug(committee.name)
        meetings = []
        used: set[str] = set()
        for start in sorted(by_start):
            group = by_start[start]
            end = next((p.end for p in group if p.end is not None and p.end > start), None)
            if end is None:
                continue
            held = any(p.is_minutes or p.finished for p in group)
            meeting_id = f"{body}-{start:%Y-%m-%d-%H%M}"
            if meeting_id in used:
                continue
            used.add(meeting_id)
            place = next((p.place.strip() for p in group if p.place and p.place.strip()), None)
            meetings.append(
                Meeting(
                    id=meeting_id,
                    committee=body,
                    start=start,
                    end=end,
                    location=place,
                    status=MeetingStatus.HELD if held else MeetingStatus.CONFIRMED,
                    description="; ".join(sorted({p.name or "" for p in group} - {""})) or None,
                )
            )
        councils = ("byrådet", "kommunalbestyrelsen", "borgerrepræsentationen")
        kind = (
            CommitteeKind.COUNCIL if committee.name.casefold() in councils else CommitteeKind.OTHER
        )
        return Dossier(
            committee=Committee(id=body, name=committee.name, kind=kind), meetings=tuple(meetings)
        )

    def meetings_between(
        self, first: date, last: date
    ) -> list[tuple[PublishedCommittee, PublishedMeeting]]:
        """Every publication whose meeting starts between two days (inclusive), by start."""
        out = [
            (c, m)
            for c in self.committees
            for m in c.meetings
            if m.start is not None and first <= m.start.date() <= last
        ]
        return sorted(
            out, key=lambda pair: (pair[1].start or datetime.min.replace(tzinfo=CPH), pair[0].name)
        )


def _meeting(raw: object, where: str, name: str) -> PublishedMeeting:
    if not isinstance(raw, dict):
        raise ReadError(name, where, "a meeting (an object)", type(raw).__name__)
    ident = _field(raw, ("Id",), str, where, name)
    if not ident:
        raise ReadError(name, f"{where}.Id", "the meeting's id")
    return PublishedMeeting(
        id=ident,
        name=_field(raw, ("Navn",), str, where, name),
        start=_when(_field(raw, ("MeetingBeginUtc", "Dato"), str, where, name), where, name),
        end=_when(_field(raw, ("MeetingEndUtc",), str, where, name), where, name),
        place=_field(raw, ("Sted",), str, where, name),
        finished=_field(raw, ("Afsluttet",), bool, where, name),
        released=_when(_field(raw, ("ReleasedDate",), str, where, name), where, name),
        supplementary=bool(_field(raw, ("IsSupplementaryAgenda",), bool, where, name)),
    )


def _committee(raw: object, period: str, where: str, name: str) -> PublishedCommittee:
    if not isinstance(raw, dict):
        raise ReadError(name, where, "a committee (an object)", type(raw).__name__)
    title = _field(raw, ("Navn",), str, where, name)
    if not title:
        raise ReadError(name, f"{where}.Navn", "the committee's name")
    meetings = _field(raw, ("Moeder",), list, where, name) or []
    return PublishedCommittee(
        id=_field(raw, ("Id",), str, where, name) or slug(title),
        name=title.strip(),
        period=period,
        meetings=tuple(_meeting(m, f"{where}.Moeder[{i}]", name) for i, m in enumerate(meetings)),
    )


def read_firstagenda_committees(
    data: str | bytes, *, name: str = "<udvalgsliste.json>"
) -> Register:
    """Read the FirstAgenda committee list (``udvalgsliste``) into a register.

    A single committee object (``{"Id", "Navn", "Moeder"}``, what some sites return for one
    committee) is read as a register of that committee, under the period label ``""``.

    Raises:
        ReadError: The JSON is broken, too large, or not a committee list.
    """
    raw = _load(data, name)
    kind = _kind_of(raw)
    if kind == "a committee":
        return Register(committees=(_committee(raw, "", "", name),), source=name)
    if kind != "a committee list":
        raise ReadError(name, "", "a FirstAgenda committee list (an object with 'Udvalg')", kind)
    committees: list[PublishedCommittee] = []
    for period, listed in raw["Udvalg"].items():
        where = f"Udvalg[{period!r}]"
        if not isinstance(listed, list):
            raise ReadError(name, where, "an array of committees", type(listed).__name__)
        committees.extend(
            _committee(c, period, f"{where}[{i}]", name) for i, c in enumerate(listed)
        )
    return Register(committees=tuple(committees), source=name)
