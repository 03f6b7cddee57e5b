"""OParl 1.1 export of a dossier.

OParl is the German standard API of council information systems (Ratsinformationssysteme).
:func:`to_oparl` turns a :class:`~kommissorium.model.Dossier` into one JSON document, a
*bundle*: the municipality as ``oparl:Body`` under ``"body"``, and beside it one list per
object type under the name of the body's list property (``"organization"``, ``"person"``,
``"membership"``, ``"meeting"``, ``"agendaItem"``, ``"paper"``, ``"consultation"``,
``"legislativeTerm"``). Each list holds what the body's external object list of that name
would return. Objects that OParl embeds (legislative terms in the body, memberships in a person,
agenda items in a meeting, consultations in a paper, a meeting's location) appear embedded as
well as in their own list.

Mapping, in short (``docs/interop.md`` has the full tables):

- the council's municipality → ``Body`` with the election period as ``LegislativeTerm``;
- the council, the committee and every other body → ``Organization`` (``organizationType``
  ``"Gremium"``, Danish ``classification`` from :class:`~kommissorium.model.CommitteeKind`),
  council parties → ``Organization`` of type ``"Partei"``, represented organisations →
  ``"Institution"``;
- people → ``Person`` (``name`` only: given and family name are not split, because a Danish
  name cannot be split reliably); memberships → ``Membership`` with the Danish role, the
  voting right (chair, vice-chair and member vote; secretary, observer and substitute do not)
  and ``onBehalfOf``; a councillor's party → a ``Membership`` in the party;
- single meetings → ``Meeting`` (series are *not* expanded; the recurrence rules travel in the
  extension ``kommissorium:meetingSeries`` of the committee);
- decision records → ``AgendaItem`` with ``result`` and ``resolutionText``;
- cases → ``Paper`` with one ``Consultation`` per step of the route.

What OParl has no place for is carried in properties with the vendor prefix ``kommissorium:``
(the OParl schema chapter allows vendor-prefixed properties; the 1.1 schema files do not
forbid additional properties). Ids are absolute URLs below ``base_url`` derived from the
dossier's own ids, and ``created``/``modified`` are the ``stamp`` parameter, so the same input
gives the same bytes.

Examples:
    >>> from datetime import UTC, datetime
    >>> from kommissorium.model import Committee, CommitteeKind, Dossier
    >>> d = Dossier(committee=Committee(id="u", name="Udvalget", kind=CommitteeKind.STANDING))
    >>> doc = to_oparl(d, base_url="https://example.invalid/oparl/",
    ...                stamp=datetime(2025, 1, 6, 9, tzinfo=UTC))
    >>> [o["id"] for o in doc["organization"]]
    ['https://example.invalid/oparl/organization/u']
    >>> doc["organization"][0]["classification"]
    'stående udvalg'
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from kommissorium.interop._common import (
    EXTENSION,
    ExportError,
    check_base_url,
    compact,
    data_of,
    day,
    json_text,
    segment,
    stamp_text,
)
from kommissorium.model import (
    Case,
    Committee,
    CommitteeKind,
    ConsultationRole,
    DecisionRecord,
    Dossier,
    Meeting,
    MeetingStatus,
    Membership,
    Person,
    RepresentedKind,
    Role,
)

__all__ = [
    "BUNDLE_LISTS",
    "OPARL_NAMESPACE",
    "ORGANIZATION_TYPES",
    "ExportError",
    "dumps_oparl",
    "meeting_state",
    "to_oparl",
    "voting_right",
]

#: The namespace of OParl 1.1 type URLs (``type`` is this plus the type name).
OPARL_NAMESPACE = "https://schema.oparl.org/1.1/"

#: The list keys of a bundle, in output order.
BUNDLE_LISTS = (
    "legislativeTerm",
    "organization",
    "person",
    "membership",
    "meeting",
    "agendaItem",
    "paper",
    "consultation",
)

#: ``organizationType`` per kind of body (OParl's suggested coarse values).
ORGANIZATION_TYPES: dict[CommitteeKind, str] = {
    **dict.fromkeys(CommitteeKind, "Gremium"),
    CommitteeKind.EXTERNAL_BODY: "externes Gremium",
    CommitteeKind.OTHER: "Sonstiges",
}

_MEETING_STATES = {
    MeetingStatus.PLANNED: "terminiert",
    MeetingStatus.CONFIRMED: "eingeladen",
    MeetingStatus.HELD: "durchgeführt",
    MeetingStatus.CANCELLED: "terminiert",
}


def meeting_state(status: MeetingStatus) -> str:
    """OParl's recommended ``meetingState`` for a meeting status.

    A cancelled meeting keeps ``"terminiert"`` and gets ``cancelled: true`` as OParl intends.

    Examples:
        >>> meeting_state(MeetingStatus.HELD)
        'durchgeführt'
    """
    return _MEETING_STATES[status]


def voting_right(role: Role) -> bool:
    """Whether a role carries a vote: chair, vice-chair and member do.

    Examples:
        >>> voting_right(Role.CHAIR), voting_right(Role.SECRETARY)
        (True, False)
    """
    return role.is_member


def to_oparl(dossier: Dossier, *, base_url: str, stamp: datetime) -> dict[str, Any]:
    """The dossier as an OParl 1.1 bundle.

    Args:
        dossier: The dossier to export.
        base_url: Absolute http(s) URL under which the object URLs are made
            (``"https://example.invalid/oparl/"``); a missing final ``/`` is added.
        stamp: Aware datetime written as every object's ``created`` and ``modified``.

    Returns:
        ``{"oparlVersion": …, "body": {…}, "legislativeTerm": [...], "organization": [...],
        "person": [...], "membership": [...], "meeting": [...], "agendaItem": [...],
        "paper": [...], "consultation": [...]}``, ready for :func:`json.dumps`.

    Raises:
        ExportError: ``base_url`` is not an absolute http(s) URL or ``stamp`` is naive.
    """
    return _Exporter(dossier, check_base_url(base_url), stamp_text(stamp)).bundle()


def dumps_oparl(dossier: Dossier, *, base_url: str, stamp: datetime) -> str:
    """:func:`to_oparl` as JSON text (two-space indent, final newline; deterministic)."""
    return json_text(to_oparl(dossier, base_url=base_url, stamp=stamp))


class _Exporter:
    def __init__(self, dossier: Dossier, base: str, stamp: str) -> None:
        self.d = dossier
        self.base = base
        self.stamp = stamp
        council = dossier.council
        self.body_key = council.municipality.code if council is not None else dossier.committee.id
        self.body_url = self.url("body", self.body_key)
        self.record_of = {r.id: r for r in dossier.decisions}
        # consultation URL per decision record (the route step that names it)
        self.consultation_of: dict[str, str] = {}
        for case in dossier.cases:
            for index, step in enumerate(case.route):
                if step.decision is not None:
                    self.consultation_of.setdefault(step.decision, self.step_url(case, index))
        self.membership_urls = self._membership_urls()
        # an agenda item's position among the decision records of its meeting (0-based)
        self.order_of: dict[str, int] = {}
        counters: dict[str, int] = {}
        for record in dossier.decisions:
            key = record.meeting or ""
            self.order_of[record.id] = counters.get(key, 0) if record.meeting else 0
            counters[key] = counters.get(key, 0) + 1
        self.members_of: dict[str, list[str]] = {}
        for m, url in zip(dossier.memberships, self.membership_urls, strict=True):
            self.members_of.setdefault(m.committee, []).append(url)

    # -- ids ---------------------------------------------------------------------------------

    def url(self, kind: str, *parts: str) -> str:
        return self.base + "/".join((kind, *(segment(p) for p in parts)))

    def org_url(self, body_id: str) -> str:
        return self.url("organization", body_id)

    def party_url(self, letter: str) -> str:
        return self.base + f"organization/party/{segment(letter)}"

    def stakeholder_url(self, stakeholder_id: str) -> str:
        return self.base + f"organization/stakeholder/{segment(stakeholder_id)}"

    def step_url(self, case: Case, index: int) -> str:
        return self.url("consultation", case.id, str(index))

    def _membership_urls(self) -> list[str]:
        seen: dict[str, int] = {}
        urls = []
        for m in self.d.memberships:
            key = self.url("membership", m.person, m.committee, m.role.value)
            seen[key] = seen.get(key, 0) + 1
            urls.append(key if seen[key] == 1 else f"{key}/{seen[key]}")
        return urls

    def obj(
        self, kind: str, url: str, fields: dict[str, Any], *, keep: tuple[str, ...] = ()
    ) -> Any:
        head: dict[str, Any] = {"id": url, "type": OPARL_NAMESPACE + kind}
        head.update(compact(fields, keep=keep))
        head["created"] = self.stamp
        head["modified"] = self.stamp
        return head

    # -- bundle ------------------------------------------------------------------------------

    def bundle(self) -> dict[str, Any]:
        terms = self.legislative_terms()
        memberships = self.memberships()
        by_person: dict[str, list[Any]] = {}
        for person_id, obj in memberships:
            by_person.setdefault(person_id, []).append(obj)
        agenda_items = [self.agenda_item(r) for r in self.d.decisions]
        by_meeting: dict[str, list[Any]] = {}
        for item in agenda_items:
            if "meeting" in item:
                by_meeting.setdefault(item["meeting"], []).append(item)
        papers = [self.paper(c) for c in self.d.cases]
        consultations = [c for paper in papers for c in paper.get("consultation", [])]
        return {
            "oparlVersion": OPARL_NAMESPACE,
            "body": self.body(terms),
            "legislativeTerm": terms,
            "organization": self.organizations(),
            "person": [self.person(p, by_person.get(p.id, [])) for p in self.d.people],
            "membership": [m for _, m in memberships],
            "meeting": [
                self.meeting(m, by_meeting.get(self.url("meeting", m.id), []))
                for m in self.d.meetings
            ],
            "agendaItem": agenda_items,
            "paper": papers,
            "consultation": consultations,
        }

    def body(self, terms: list[dict[str, Any]]) -> Any:
        d = self.d
        council = d.council
        ext: dict[str, Any] = {}
        if council is not None:
            name = f"{council.municipality.name} Kommune"
            short = council.municipality.name
            ext[EXTENSION + "municipalityCode"] = council.municipality.code
            if council.seats is not None:
                ext[EXTENSION + "seats"] = council.seats
        else:
            name, short = d.committee.name, None
        ext[EXTENSION + "sectors"] = [data_of(s) for s in d.sectors]
        ext[EXTENSION + "stakeholders"] = [data_of(s) for s in d.stakeholders]
        ext[EXTENSION + "ties"] = [data_of(t) for t in d.ties]
        ext[EXTENSION + "workflows"] = [data_of(w) for w in d.workflows]
        in_case = {r for c in d.cases for r in c.recommendations}
        ext[EXTENSION + "recommendations"] = [
            data_of(r) for r in d.recommendations if r.id not in in_case
        ]
        ext[EXTENSION + "hearings"] = [data_of(h) for h in d.hearings]
        ext[EXTENSION + "statusSchedules"] = [data_of(s) for s in d.status_schedules]
        fields: dict[str, Any] = {
            "name": name,
            "shortName": short,
            "classification": "kommune" if council is not None else None,
            "organization": self.url("body", self.body_key, "organization"),
            "person": self.url("body", self.body_key, "person"),
            "meeting": self.url("body", self.body_key, "meeting"),
            "paper": self.url("body", self.body_key, "paper"),
            "legislativeTerm": terms,
            "agendaItem": self.url("body", self.body_key, "agendaItem"),
            "consultation": self.url("body", self.body_key, "consultation"),
            "membership": self.url("body", self.body_key, "membership"),
            "mainOrganization": self.org_url(council.id) if council is not None else None,
            **ext,
        }
        return self.obj("Body", self.body_url, fields, keep=("legislativeTerm",))

    def legislative_terms(self) -> list[dict[str, Any]]:
        council = self.d.council
        if council is None:
            return []
        term = council.election_period
        url = self.url("legislativeterm", f"{term.first_day.year}-{term.last_day.year}")
        fields = {
            "body": self.body_url,
            "name": f"Valgperioden {term.label}",
            "startDate": day(term.first_day),
            "endDate": day(term.last_day),
            EXTENSION + "electionDay": day(term.election_day),
            EXTENSION + "nextElectionDay": day(term.next_election_day),
            EXTENSION + "note": term.note,
        }
        return [self.obj("LegislativeTerm", url, fields)]

    # -- organizations -----------------------------------------------------------------------

    def organizations(self) -> list[Any]:
        d = self.d
        out: list[Any] = []
        body_ids = {b.id for b in d.bodies}
        council = d.council
        if council is not None and council.id not in body_ids:
            out.append(
                self.organization(
                    Committee(id=council.id, name=council.name, kind=CommitteeKind.COUNCIL)
                )
            )
        out.append(self.organization(d.committee, committee=True))
        out.extend(self.organization(b) for b in d.bodies)
        if council is not None:
            party_members: dict[str, list[Person]] = {}
            for person in d.people:
                if person.party is not None:
                    party_members.setdefault(person.party, []).append(person)
            for party in council.parties:
                members = [
                    self.url("membership", p.id, "party", party.letter)
                    for p in party_members.get(party.letter, [])
                ]
                fields: dict[str, Any] = {
                    "body": self.body_url,
                    "name": party.name,
                    "shortName": party.letter,
                    "organizationType": "Partei",
                    "classification": "parti",
                    "membership": members,
                    EXTENSION + "kind": "party",
                }
                out.append(self.obj("Organization", self.party_url(party.letter), fields))
        represented = self.represented_stakeholders()
        for stakeholder in d.stakeholders:
            if stakeholder.id in represented:
                fields = {
                    "body": self.body_url,
                    "name": stakeholder.name,
                    "organizationType": "Institution",
                    "classification": stakeholder.kind,
                    EXTENSION + "kind": "stakeholder",
                    EXTENSION + "sector": stakeholder.sector,
                }
                out.append(self.obj("Organization", self.stakeholder_url(stakeholder.id), fields))
        return out

    def represented_stakeholders(self) -> set[str]:
        found = {p.organisation for p in self.d.people if p.organisation is not None}
        found.update(
            m.on_behalf_of.ref
            for m in self.d.memberships
            if m.on_behalf_of is not None and m.on_behalf_of.kind is RepresentedKind.ORGANISATION
        )
        return found

    def organization(self, body: Committee, *, committee: bool = False) -> Any:
        d = self.d
        fields: dict[str, Any] = {
            "body": self.body_url,
            "name": body.name,
            "shortName": body.short_name,
            "organizationType": ORGANIZATION_TYPES[body.kind],
            "classification": body.kind.label_da,
            "subOrganizationOf": self.org_url(body.parent) if body.parent else None,
            "membership": self.members_of.get(body.id, []),
        }
        if d.council is not None and body.id == d.council.id:
            fields["startDate"] = day(d.council.election_period.first_day)
            fields["endDate"] = day(d.council.election_period.last_day)
        if committee and d.mandate.term is not None:
            fields["startDate"] = day(d.mandate.term.start)
            fields["endDate"] = day(d.mandate.term.end)
        fields[EXTENSION + "kind"] = body.kind.value
        fields[EXTENSION + "serves"] = [self.org_url(s) for s in body.serves]
        fields[EXTENSION + "predecessor"] = (
            self.org_url(body.predecessor) if body.predecessor else None
        )
        fields[EXTENSION + "description"] = body.description
        fields[EXTENSION + "meetingSeries"] = [
            data_of(s) for s in d.series if s.committee == body.id
        ]
        if committee:
            fields[EXTENSION + "mandate"] = data_of(d.mandate)
            fields[EXTENSION + "plan"] = data_of(d.plan)
            fields[EXTENSION + "acceptedFindings"] = [data_of(a) for a in d.accepted]
        return self.obj("Organization", self.org_url(body.id), fields)

    # -- people ------------------------------------------------------------------------------

    def memberships(self) -> list[tuple[str, Any]]:
        """``(person id, Membership object)`` pairs: the file's memberships, then parties."""
        out = [
            (m.person, self.membership(m, url))
            for m, url in zip(self.d.memberships, self.membership_urls, strict=True)
        ]
        if self.d.council is not None:
            letters = {p.letter for p in self.d.council.parties}
            for person in self.d.people:
                if person.party is not None and person.party in letters:
                    url = self.url("membership", person.id, "party", person.party)
                    fields = {
                        "person": self.url("person", person.id),
                        "organization": self.party_url(person.party),
                        "role": Role.MEMBER.label_da,
                        EXTENSION + "role": Role.MEMBER.value,
                    }
                    out.append((person.id, self.obj("Membership", url, fields)))
        return out

    def membership(self, m: Membership, url: str) -> Any:
        behalf = None
        if m.on_behalf_of is not None:
            kind, ref = m.on_behalf_of.kind, m.on_behalf_of.ref
            if kind is RepresentedKind.PARTY:
                behalf = self.party_url(ref) if self._has_party(ref) else None
            elif kind is RepresentedKind.ORGANISATION:
                behalf = self.stakeholder_url(ref)
            else:
                behalf = self.org_url(ref)
        fields: dict[str, Any] = {
            "person": self.url("person", m.person),
            "organization": self.org_url(m.committee),
            "role": m.role.label_da,
            "votingRight": voting_right(m.role),
            "startDate": day(m.period.start) if m.period is not None else None,
            "endDate": day(m.period.end) if m.period is not None else None,
            "onBehalfOf": behalf,
            EXTENSION + "role": m.role.value,
            EXTENSION + "basis": m.basis.value,
            EXTENSION + "onBehalfOf": data_of(m.on_behalf_of) if m.on_behalf_of else None,
            EXTENSION + "seat": m.seat,
            EXTENSION + "phases": list(m.phases),
            EXTENSION + "period": data_of(m.period) if m.period and m.period.text else None,
            EXTENSION + "note": m.note,
        }
        return self.obj("Membership", url, fields)

    def _has_party(self, letter: str) -> bool:
        return self.d.council is not None and self.d.council.party(letter) is not None

    def person(self, p: Person, memberships: list[Any]) -> Any:
        embedded = [{k: v for k, v in m.items() if k != "person"} for m in memberships]
        status = [s for s in (p.title, *p.positions) if s]
        fields: dict[str, Any] = {
            "body": self.body_url,
            "name": p.name,
            "email": [p.email] if p.email else [],
            "status": status,
            "membership": embedded,
            EXTENSION + "kind": p.kind.value,
            EXTENSION + "party": p.party,
            EXTENSION + "title": p.title,
            EXTENSION + "positions": list(p.positions),
            EXTENSION + "department": p.department,
            EXTENSION + "organisation": (
                self.stakeholder_url(p.organisation) if p.organisation else None
            ),
        }
        return self.obj("Person", self.url("person", p.id), fields)

    # -- meetings and decisions --------------------------------------------------------------

    def meeting(self, m: Meeting, agenda_items: list[Any]) -> Any:
        url = self.url("meeting", m.id)
        items = [{k: v for k, v in item.items() if k != "meeting"} for item in agenda_items]
        location = None
        if m.location:
            location = self.obj(
                "Location",
                self.url("location", "meeting", m.id),
                {"description": m.location, "meetings": [url]},
            )
        fields: dict[str, Any] = {
            "name": m.title or self.d.body_name(m.committee),
            "meetingState": meeting_state(m.status),
            "cancelled": True if m.status is MeetingStatus.CANCELLED else None,
            "start": m.start.isoformat(),
            "end": m.end.isoformat(),
            "location": location,
            "organization": [self.org_url(m.committee)],
            "agendaItem": items,
            EXTENSION + "status": m.status.value,
            EXTENSION + "series": m.series,
            EXTENSION + "recurrenceId": m.recurrence_id.isoformat() if m.recurrence_id else None,
            EXTENSION + "description": m.description,
        }
        return self.obj("Meeting", url, fields)

    def agenda_item(self, record: DecisionRecord) -> Any:
        order = self.order_of[record.id]
        labels: list[str] = []
        for outcome in record.outcomes:
            if outcome.outcome.label_da not in labels:
                labels.append(outcome.outcome.label_da)
        resolution = "\n".join(o.minutes_text() for o in record.outcomes)
        fields: dict[str, Any] = {
            "meeting": self.url("meeting", record.meeting) if record.meeting else None,
            "number": record.item.number,
            "order": order,
            "name": record.item.title,
            "public": record.item.public,
            "consultation": self.consultation_of.get(record.id),
            "result": "; ".join(labels) or None,
            "resolutionText": resolution or None,
            EXTENSION + "organization": self.org_url(record.body),
            EXTENSION + "date": day(record.date),
            EXTENSION + "decisionRecord": data_of(record),
        }
        return self.obj("AgendaItem", self.url("agendaitem", record.id), fields)

    def paper(self, case: Case) -> Any:
        url = self.url("paper", case.id)
        dates = [s.date for s in case.route if s.date is not None]
        consultations = [self.consultation(case, i) for i in range(len(case.route))]
        recs = [data_of(r) for r in self.d.recommendations if r.id in case.recommendations]
        fields: dict[str, Any] = {
            "body": self.body_url,
            "name": case.title,
            "reference": case.number,
            "date": day(min(dates)) if dates else None,
            "paperType": "sag",
            "consultation": consultations,
            EXTENSION + "public": case.public,
            EXTENSION + "description": case.description,
            EXTENSION + "recommendations": recs,
        }
        return self.obj("Paper", url, fields)

    def consultation(self, case: Case, index: int) -> Any:
        step = case.route[index]
        record = self.record_of.get(step.decision) if step.decision else None
        fields: dict[str, Any] = {
            "paper": self.url("paper", case.id),
            "agendaItem": self.url("agendaitem", record.id) if record else None,
            "meeting": self.url("meeting", record.meeting) if record and record.meeting else None,
            "organization": [self.org_url(step.body)],
            "authoritative": step.role is ConsultationRole.DECISION,
            "role": step.role.label_da,
            EXTENSION + "role": step.role.value,
            EXTENSION + "date": day(step.date),
            EXTENSION + "planned": data_of(step.planned) if step.planned else None,
            EXTENSION + "proposal": data_of(step.proposal) if step.proposal else None,
            EXTENSION + "note": step.note,
        }
        return self.obj("Consultation", self.step_url(case, index), fields)
