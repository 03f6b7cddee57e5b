"""Import a council roster from an OParl Organization/Person/Membership listing.

A council information system that speaks OParl serves its organisations, people and
memberships as object lists. :func:`read_roster` reads such a listing and returns a
:class:`Roster` — the people, the bodies (committees, the council), the memberships and the
parties — and :func:`with_roster` merges it into a dossier so that the checker has the whole
council to work with.

Accepted input (JSON), in any mix:

- one page of an object list: ``{"data": [...], "pagination": {...}, "links": {...}}``;
  objects of several types may share a page, they are told apart by ``type``;
- a bundle as :func:`~kommissorium.interop.to_oparl` writes it, or any object with the lists
  ``"organization"``, ``"person"`` and ``"membership"`` (each a JSON array or a list page);
- a plain JSON array of objects.

OParl 1.0 and 1.1 type URLs are both understood. Memberships embedded in a person (as OParl
embeds them) are read with the person as member. An organisation whose ``organizationType`` or
``classification`` is ``Fraktion``/``Partei`` (or ``parti``) is a party: memberships in it set
the person's party, and ``onBehalfOf`` pointing to it becomes a party representation. The
local id of an object is the last segment of its URL (so ``…/person/42`` becomes ``"42"``, and
an exported dossier comes back with its own ids). Other OParl content (meetings, papers) is
ignored: this is a roster import.

Examples:
    >>> listing = '''{"data": [
    ...   {"id": "https://ris.invalid/org/7", "type": "https://schema.oparl.org/1.1/Organization",
    ...    "name": "Socialudvalget", "classification": "stående udvalg"},
    ...   {"id": "https://ris.invalid/org/A", "type": "https://schema.oparl.org/1.1/Organization",
    ...    "name": "Socialdemokratiet", "shortName": "A", "organizationType": "Partei"},
    ...   {"id": "https://ris.invalid/person/42", "type": "https://schema.oparl.org/1.1/Person",
    ...    "name": "Anne Hansen", "membership": [
    ...      {"id": "https://ris.invalid/m/1",
    ...       "type": "https://schema.oparl.org/1.1/Membership",
    ...       "organization": "https://ris.invalid/org/7", "role": "formand",
    ...       "onBehalfOf": "https://ris.invalid/org/A"}]}]}'''
    >>> roster = loads_roster(listing)
    >>> [(p.id, p.name, p.party, p.kind.value) for p in roster.people]
    [('42', 'Anne Hansen', 'A', 'councillor')]
    >>> [(m.person, m.committee, m.role.value) for m in roster.memberships]
    [('42', '7', 'chair')]
    >>> roster.bodies[0].kind.value
    'standing'
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import attrs

from kommissorium.errors import LoadError, ModelError
from kommissorium.interop._common import EXTENSION
from kommissorium.io._read import (
    JsonShapeError,
    json_problem,
    might_hold_forbidden,
    parse_json,
    read_file,
    text_problem,
)
from kommissorium.io.files import ALLOWED_TEXT, MAX_FILE_BYTES
from kommissorium.model import (
    Committee,
    CommitteeKind,
    Dossier,
    Membership,
    OnBehalfOf,
    Party,
    Period,
    Person,
    PersonKind,
    RepresentedKind,
    Role,
    SeatBasis,
)

__all__ = ["Roster", "loads_roster", "read_roster", "with_roster"]

_TYPES = ("Organization", "Person", "Membership")
_PARTY_WORDS = {"fraktion", "partei", "parti", "party", "partigruppe"}
_COUNCIL_WORDS = {"parlament", "rat", "kommunalbestyrelse", "byråd", "council"}

_ROLE_WORDS: dict[str, Role] = {
    **{r.label_da: r for r in Role},
    **{r.label_en: r for r in Role},
    "vorsitz": Role.CHAIR,
    "vorsitzender": Role.CHAIR,
    "vorsitzende": Role.CHAIR,
    "vorsitzender | vorsitzende": Role.CHAIR,
    "stellvertretender vorsitz": Role.VICE_CHAIR,
    "stellv. vorsitz": Role.VICE_CHAIR,
    "mitglied": Role.MEMBER,
    "schriftführer": Role.SECRETARY,
    "schriftführerin": Role.SECRETARY,
    "stellvertreter": Role.SUBSTITUTE,
    "stellvertreterin": Role.SUBSTITUTE,
    "suppleant": Role.SUBSTITUTE,
}


@attrs.frozen(kw_only=True)
class Roster:
    """A council roster read from an OParl listing.

    Attributes:
        people: The people, in listing order.
        bodies: The organisations that are not parties (committees, the council, others).
        memberships: Memberships of people in those bodies (party memberships are folded
            into :attr:`Person.party`).
        parties: The parties, with their letter (the ``shortName``, else the name).
    """

    people: tuple[Person, ...] = ()
    bodies: tuple[Committee, ...] = ()
    memberships: tuple[Membership, ...] = ()
    parties: tuple[Party, ...] = ()


def read_roster(*paths: str | os.PathLike[str]) -> Roster:
    """Read a roster from one or more OParl listing files (JSON).

    Several files are read as one listing: a membership in one file may name an organisation
    listed in another (pages of one list, or one file per type).

    Raises:
        LoadError: A file cannot be read, is not JSON, or is not an OParl listing (the error
            names the file, the place in it and what was expected).
    """
    documents = []
    for path in paths:
        file = Path(path)
        documents.append((str(file), read_file(file, MAX_FILE_BYTES, "a listing")))
    return _roster(documents)


def loads_roster(*texts: str | bytes, source: str = "<string>") -> Roster:
    """Read a roster from OParl listing text(s); see :func:`read_roster`."""
    return _roster(
        [(source if len(texts) == 1 else f"{source}[{i}]", t) for i, t in enumerate(texts)]
    )


def with_roster(dossier: Dossier, roster: Roster) -> Dossier:
    """The dossier with the roster's people, bodies, parties and memberships added.

    What the dossier already has wins: a person, body or party whose id (letter) is already
    there is not replaced, and a roster membership of the same person in the same body with the
    same role as one of the dossier's is not added (when both give a period, the periods must
    also be the same for them to count as one membership; a period left out means the whole
    term). Roster memberships that are exactly alike are added once. Parties are added to the
    council when the dossier has one. A person's ``organisation`` or a membership's
    ``on_behalf_of`` naming a stakeholder the dossier does not have is left out (the roster
    does not carry stakeholders).

    Raises:
        LoadError: The merged dossier is not consistent (for example a membership of a body
            the dossier's committee id clashes with); the path names the merged field.

    Examples:
        >>> from kommissorium.model import Committee, CommitteeKind
        >>> d = Dossier(committee=Committee(id="u", name="Udvalget"))
        >>> r = Roster(people=(Person(id="p", name="Per"),),
        ...            memberships=(Membership(person="p", committee="u"),))
        >>> merged = with_roster(d, r)
        >>> [p.name for p in merged.members_of("u")]
        ['Per']
        >>> from kommissorium.model import SeatBasis
        >>> again = Roster(memberships=(
        ...     Membership(person="p", committee="u", basis=SeatBasis.APPOINTED),
        ...     Membership(person="p", committee="u", role=Role.CHAIR),
        ... ))
        >>> [(m.role.value, m.basis.value) for m in with_roster(merged, again).memberships]
        [('member', 'elected'), ('chair', 'elected')]
    """
    people_ids = {p.id for p in dossier.people}
    body_ids = {b.id for b in dossier.bodies} | {dossier.committee.id}
    if dossier.council is not None:
        body_ids.add(dossier.council.id)
    council = dossier.council
    if council is not None:
        letters = {p.letter for p in council.parties}
        extra = tuple(p for p in roster.parties if p.letter not in letters)
        council = attrs.evolve(council, parties=council.parties + extra)
    stakeholders = {s.id for s in dossier.stakeholders}
    memberships = list(dossier.memberships)
    for m in roster.memberships:
        if any(_same_membership(m, own) for own in dossier.memberships) or m in memberships:
            continue
        behalf = m.on_behalf_of
        organisation = behalf is not None and behalf.kind is RepresentedKind.ORGANISATION
        if organisation and behalf is not None and behalf.ref not in stakeholders:
            m = attrs.evolve(m, on_behalf_of=None)
        memberships.append(m)
    people = [
        p
        if p.organisation is None or p.organisation in stakeholders
        else attrs.evolve(p, organisation=None)
        for p in roster.people
        if p.id not in people_ids
    ]
    try:
        return attrs.evolve(
            dossier,
            council=council,
            people=dossier.people + tuple(people),
            bodies=dossier.bodies + tuple(b for b in roster.bodies if b.id not in body_ids),
            memberships=tuple(memberships),
        )
    except ModelError as exc:
        path = getattr(exc, "path", None) or exc.field or ""
        expected = exc.expected or str(exc)
        raise LoadError("<merged roster>", path, expected, exc.got) from None


def _same_membership(a: Membership, b: Membership) -> bool:
    """One membership in two listings: same person, body and role, and compatible periods."""
    if (a.person, a.committee, a.role) != (b.person, b.committee, b.role):
        return False
    if a.period is None or b.period is None:
        return True
    return (a.period.start, a.period.end) == (b.period.start, b.period.end)


# -- reading -------------------------------------------------------------------------------


def _local_id(url: str) -> str:
    parts = urlsplit(url)
    segments = [s for s in parts.path.split("/") if s]
    if parts.query:
        return unquote(parts.query)
    return unquote(segments[-1]) if segments else url


def _type_name(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    for name in _TYPES:
        if value.rstrip("/").endswith("/" + name):
            return name
    return None


class _Reader:
    def __init__(self) -> None:
        self.objects: dict[str, list[tuple[str, str, dict[str, Any]]]] = {t: [] for t in _TYPES}
        self.source = ""

    def fail(self, path: str, expected: str, got: object = None) -> LoadError:
        shown = None if got is None else _describe(got)
        return LoadError(self.source, path, expected, shown)

    def document(self, source: str, data: str | bytes) -> None:
        self.source = source
        if isinstance(data, bytes):
            try:
                data = data.decode("utf-8-sig")
            except UnicodeDecodeError as exc:
                raise self.fail(f"byte {exc.start}", "UTF-8 text") from None
        try:
            raw = parse_json(data)
        except json.JSONDecodeError as exc:
            raise LoadError(
                source, f"line {exc.lineno}, column {exc.colno}", "valid JSON", exc.msg
            ) from None
        except JsonShapeError:
            raise LoadError(source, *json_problem(data)) from None
        except RecursionError:
            raise self.fail("", "a document nested less deeply") from None
        if might_hold_forbidden(data):
            try:
                problem = text_problem(raw)
            except RecursionError:
                raise self.fail("", "a document nested less deeply") from None
            if problem is not None:
                raise LoadError(source, problem[0], ALLOWED_TEXT, problem[1])
        self.top(raw)

    def top(self, raw: object) -> None:
        if isinstance(raw, list):
            self.items(raw, "")
        elif isinstance(raw, dict) and "data" in raw:
            self.page(raw, "")
        elif isinstance(raw, dict) and any(
            k in raw for k in ("organization", "person", "membership")
        ):
            # the membership list before the people, so that memberships keep the list's order
            # (those embedded in people are the same objects and are read once)
            for key in ("organization", "membership", "person"):
                if key in raw:
                    value = raw[key]
                    if isinstance(value, list):
                        self.items(value, key)
                    elif isinstance(value, dict) and "data" in value:
                        self.page(value, key)
                    else:
                        raise self.fail(key, "a list of objects or a list page", value)
        elif isinstance(raw, dict) and _type_name(raw.get("type")) is not None:
            self.item(raw, "")
        else:
            raise self.fail(
                "",
                'an OParl list page {"data": [...]}, a bundle with "organization", '
                '"person" and "membership" lists, or a JSON array of OParl objects',
                raw,
            )

    def page(self, raw: dict[str, Any], at: str) -> None:
        data = raw["data"]
        where = f"{at}.data" if at else "data"
        if not isinstance(data, list):
            raise self.fail(where, "a list of OParl objects", data)
        self.items(data, where)

    def items(self, values: list[Any], at: str) -> None:
        for index, value in enumerate(values):
            self.item(value, f"{at}[{index}]")

    def item(self, value: object, at: str) -> None:
        if not isinstance(value, dict):
            raise self.fail(at, "an OParl object", value)
        kind = _type_name(value.get("type"))
        if kind is None:
            # other OParl types (Meeting, Paper, …) are not part of a roster
            if isinstance(value.get("type"), str):
                return
            raise self.fail(f"{at}.type", "an OParl type URL", value.get("type"))
        url = value.get("id")
        if not isinstance(url, str) or not url:
            raise self.fail(f"{at}.id", "the object's URL (a string)", url)
        self.objects[kind].append((at, self.source, value))
        if kind == "Person" and isinstance(value.get("membership"), list):
            for index, m in enumerate(value["membership"]):
                if isinstance(m, dict):
                    m = {"person": url, **m}
                    self.item(m, f"{at}.membership[{index}]")
                elif not isinstance(m, str):  # a URL to a membership listed elsewhere is fine
                    raise self.fail(f"{at}.membership[{index}]", "a Membership object", m)


def _describe(value: object) -> str:
    if value is None:
        return "nothing (null)"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _text(obj: dict[str, Any], key: str) -> str | None:
    value = obj.get(key)
    return value if isinstance(value, str) and value.strip() else None


def _is_party(obj: dict[str, Any]) -> bool:
    words = {(_text(obj, k) or "").lower() for k in ("organizationType", "classification")}
    return bool(words & _PARTY_WORDS) or obj.get(EXTENSION + "kind") == "party"


def _kind(obj: dict[str, Any]) -> CommitteeKind:
    ours = obj.get(EXTENSION + "kind")
    if isinstance(ours, str) and ours in CommitteeKind._value2member_map_:
        return CommitteeKind(ours)
    classification = (_text(obj, "classification") or "").lower()
    for kind in CommitteeKind:
        if classification == kind.label_da.lower():
            return kind
    if classification in _COUNCIL_WORDS:
        return CommitteeKind.COUNCIL
    if (_text(obj, "organizationType") or "").lower() == "externes gremium":
        return CommitteeKind.EXTERNAL_BODY
    return CommitteeKind.OTHER


def _role(obj: dict[str, Any]) -> Role:
    ours = obj.get(EXTENSION + "role")
    if isinstance(ours, str) and ours in Role._value2member_map_:
        return Role(ours)
    word = (_text(obj, "role") or "").strip().lower()
    if word in _ROLE_WORDS:
        return _ROLE_WORDS[word]
    if obj.get("votingRight") is False:
        return Role.OBSERVER
    return Role.MEMBER


def _roster(documents: Iterable[tuple[str, str | bytes]]) -> Roster:
    reader = _Reader()
    for source, text in documents:
        reader.document(source, text)
    return _Builder(reader).build()


class _Builder:
    def __init__(self, reader: _Reader) -> None:
        self.r = reader
        self.party_of_url: dict[str, Party] = {}
        self.body_of_url: dict[str, Committee] = {}
        self.person_of_url: dict[str, str] = {}
        self.stakeholder_of_url: dict[str, str] = {}

    def fail(self, source: str, path: str, expected: str, got: object = None) -> LoadError:
        return LoadError(source, path, expected, None if got is None else _describe(got))

    def build(self) -> Roster:
        parties: list[Party] = []
        bodies: list[Committee] = []
        for at, source, obj in self._unique("Organization"):
            url = obj["id"]
            name = _text(obj, "name") or _text(obj, "shortName")
            if name is None:
                raise self.fail(source, f"{at}.name", "the organisation's name", obj.get("name"))
            if _is_party(obj):
                party = Party(letter=_text(obj, "shortName") or name, name=name)
                self.party_of_url[url] = party
                if all(p.letter != party.letter for p in parties):
                    parties.append(party)
                continue
            local = _local_id(url)
            if obj.get(EXTENSION + "kind") == "stakeholder":
                # a stakeholder of a kommissorium export: not a body of the roster, but people
                # and memberships may point to it (organisation, on behalf of)
                self.stakeholder_of_url[url] = local
                continue
            if any(b.id == local for b in bodies):
                raise self.fail(source, f"{at}.id", "a URL whose last segment is unique", url)
            body = Committee(
                id=local, name=name, kind=_kind(obj), short_name=_text(obj, "shortName")
            )
            self.body_of_url[url] = body
            bodies.append(body)
        # parents, once every organisation is known
        for _at, _, obj in self._unique("Organization"):
            parent = obj.get("subOrganizationOf")
            if (
                obj["id"] in self.body_of_url
                and isinstance(parent, str)
                and (parent in self.body_of_url)
            ):
                child = self.body_of_url[obj["id"]]
                self.body_of_url[obj["id"]] = attrs.evolve(
                    child, parent=self.body_of_url[parent].id
                )
        bodies = [self.body_of_url[b_url] for b_url in self.body_of_url]

        people: dict[str, Person] = {}
        for at, source, obj in self._unique("Person"):
            name = _text(obj, "name")
            if name is None:
                given, family = _text(obj, "givenName"), _text(obj, "familyName")
                name = " ".join(n for n in (given, family) if n) or None
            if name is None:
                raise self.fail(source, f"{at}.name", "the person's name", obj.get("name"))
            local = _local_id(obj["id"])
            if local in people:
                raise self.fail(source, f"{at}.id", "a URL whose last segment is unique", obj["id"])
            emails = obj.get("email")
            email = (
                emails[0]
                if isinstance(emails, list) and emails and isinstance(emails[0], str)
                else None
            )
            kind_value = obj.get(EXTENSION + "kind")
            kind = (
                PersonKind(kind_value)
                if isinstance(kind_value, str) and kind_value in PersonKind._value2member_map_
                else PersonKind.OTHER
            )
            organisation = obj.get(EXTENSION + "organisation")
            people[local] = Person(
                id=local,
                name=name,
                kind=kind,
                email=email,
                party=_text(obj, EXTENSION + "party"),
                title=_text(obj, EXTENSION + "title"),
                department=_text(obj, EXTENSION + "department"),
                organisation=self.stakeholder_of_url.get(organisation)
                if isinstance(organisation, str)
                else None,
                positions=self._texts(obj, EXTENSION + "positions", source, at),
            )
            self.person_of_url[obj["id"]] = local

        memberships: list[Membership] = []
        party_of_person: dict[str, str] = {}
        council_members: set[str] = set()
        for at, source, obj in self._unique("Membership"):
            person_url = obj.get("person")
            org_url = obj.get("organization")
            if not isinstance(person_url, str) or person_url not in self.person_of_url:
                raise self.fail(
                    source, f"{at}.person", "the URL of a Person in the listing", person_url
                )
            if not isinstance(org_url, str) or not (
                org_url in self.body_of_url or org_url in self.party_of_url
            ):
                raise self.fail(
                    source,
                    f"{at}.organization",
                    "the URL of an Organization in the listing",
                    org_url,
                )
            person = self.person_of_url[person_url]
            if org_url in self.party_of_url:
                party_of_person.setdefault(person, self.party_of_url[org_url].letter)
                continue
            behalf = self._behalf(obj.get("onBehalfOf"), source, f"{at}.onBehalfOf")
            ours = self._our_behalf(obj.get(EXTENSION + "onBehalfOf"), source, at)
            behalf = ours if ours is not None else behalf
            if behalf is not None and behalf.kind is RepresentedKind.PARTY:
                party_of_person.setdefault(person, behalf.ref)
            body = self.body_of_url[org_url]
            if body.kind is CommitteeKind.COUNCIL:
                council_members.add(person)
            period = self._period(obj, source, at)
            memberships.append(
                Membership(
                    person=person,
                    committee=body.id,
                    role=_role(obj),
                    basis=self._basis(obj, source, at),
                    on_behalf_of=behalf,
                    seat=_text(obj, EXTENSION + "seat"),
                    period=period,
                    phases=self._texts(obj, EXTENSION + "phases", source, at),
                    note=_text(obj, EXTENSION + "note"),
                )
            )
        final_people = []
        for local, p in people.items():
            letter = p.party or party_of_person.get(local)
            kind = p.kind
            if kind is PersonKind.OTHER and (letter is not None or local in council_members):
                kind = PersonKind.COUNCILLOR
            final_people.append(attrs.evolve(p, party=letter, kind=kind))
        return Roster(
            people=tuple(final_people),
            bodies=tuple(bodies),
            memberships=tuple(memberships),
            parties=tuple(parties),
        )

    def _unique(self, kind: str) -> Iterator[tuple[str, str, dict[str, Any]]]:
        seen: set[str] = set()
        for at, source, obj in self.r.objects[kind]:
            if obj["id"] not in seen:
                seen.add(obj["id"])
                yield at, source, obj

    def _behalf(self, value: object, source: str, at: str) -> OnBehalfOf | None:
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.fail(source, at, "the URL of an Organization", value)
        if value in self.party_of_url:
            return OnBehalfOf(RepresentedKind.PARTY, self.party_of_url[value].letter)
        if value in self.body_of_url:
            return OnBehalfOf(RepresentedKind.COMMITTEE, self.body_of_url[value].id)
        return None  # an organisation the listing does not contain: not representable

    def _our_behalf(self, value: object, source: str, at: str) -> OnBehalfOf | None:
        """The ``kommissorium:onBehalfOf`` extension (kind and local id), if present."""
        if value is None:
            return None
        where = f"{at}.{EXTENSION}onBehalfOf"
        if not isinstance(value, dict):
            raise self.fail(source, where, "an object with kind and ref", value)
        kind, ref = value.get("kind"), value.get("ref")
        if not isinstance(kind, str) or kind not in RepresentedKind._value2member_map_:
            expected = "one of " + ", ".join(k.value for k in RepresentedKind)
            raise self.fail(source, f"{where}.kind", expected, kind)
        if not isinstance(ref, str) or not ref:
            raise self.fail(source, f"{where}.ref", "an id (a string)", ref)
        return OnBehalfOf(RepresentedKind(kind), ref)

    def _basis(self, obj: dict[str, Any], source: str, at: str) -> SeatBasis:
        value = obj.get(EXTENSION + "basis")
        if value is None:
            return SeatBasis.ELECTED
        if not isinstance(value, str) or value not in SeatBasis._value2member_map_:
            expected = "one of " + ", ".join(b.value for b in SeatBasis)
            raise self.fail(source, f"{at}.{EXTENSION}basis", expected, value)
        return SeatBasis(value)

    def _texts(self, obj: dict[str, Any], key: str, source: str, at: str) -> tuple[str, ...]:
        value = obj.get(key)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(source, f"{at}.{key}", "a list of strings", value)
        return tuple(value)

    def _period(self, obj: dict[str, Any], source: str, at: str) -> Period | None:
        start = self._date(obj.get("startDate"), source, f"{at}.startDate")
        end = self._date(obj.get("endDate"), source, f"{at}.endDate")
        if start is None:
            return None
        if end is not None and end < start:
            raise self.fail(source, f"{at}.endDate", "a day on or after startDate", end.isoformat())
        ours = obj.get(EXTENSION + "period")
        text = ours.get("text") if isinstance(ours, dict) else ours
        return Period(start, end, text=text if isinstance(text, str) and text else None)

    def _date(self, value: object, source: str, at: str) -> date | None:
        if value is None:
            return None
        if isinstance(value, str):
            try:
                return date.fromisoformat(value[:10])
            except ValueError:
                pass
        raise self.fail(source, at, "a date such as 2022-01-01", value)
