"""Popolo export of a dossier.

`Popolo <https://www.popoloproject.com/>`_ is the international vocabulary for people,
organisations, memberships, posts, events, motions and votes. :func:`to_popolo` returns one
JSON document with one list per class, in the form Popolo data files use::

    {"persons": [...], "organizations": [...], "memberships": [...], "posts": [...],
     "events": [...], "motions": [...], "vote_events": [...]}

Mapping, in short (``docs/interop.md`` has the tables):

- people → ``Person``; the council, the committee, the other bodies, the council parties
  (id ``party:<letter>``) and represented organisations (id ``stakeholder:<id>``) →
  ``Organization`` with the Danish ``classification`` and ``parent_id``;
- memberships → ``Membership`` (Danish ``role``, ``on_behalf_of_id``, ``post_id``);
- the mandate's composition rules → ``Post`` (one per rule, ``organization_id`` the
  committee);
- the election period → an ``Event`` of classification ``"legislative period"``, single
  meetings → ``Event`` with the RFC 5545 status code (``tentative``, ``confirmed``,
  ``cancelled``); every occurrence of a meeting series → an ``Event`` too (see
  :func:`series_events`), with the series' rule in ``kommissorium:meetingSeries`` on its body;
- recommendations → ``Motion`` (``result`` ``pass``/``fail`` from the workflow state);
- every point of a decision record that has votes or counts → a ``Motion`` for the point and a
  ``VoteEvent`` with ``counts`` and ``votes`` using :attr:`VoteOption.popolo
  <kommissorium.model.VoteOption.popolo>`.

Popolo's ``Motion.date`` and ``VoteEvent.start_date`` are date-*times*; the dossier knows
only the day of a recommendation or decision, so the day goes into ``kommissorium:date``, and
``VoteEvent.start_date`` is the start of the meeting when the record names one. No time stamps
are written, so the output needs no ``stamp`` and is the same for the same dossier.

Examples:
    >>> from kommissorium.model import Committee, CommitteeKind, Dossier
    >>> d = Dossier(committee=Committee(id="u", name="Udvalget", kind=CommitteeKind.STANDING))
    >>> to_popolo(d)["organizations"]
    [{'id': 'u', 'name': 'Udvalget', 'classification': 'stående udvalg', \
'kommissorium:kind': 'standing'}]
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from kommissorium.ical.series import HolidayPolicy, OccurrenceKind, expand_series, series_last_day
from kommissorium.interop._common import EXTENSION, compact, data_of, day, json_text
from kommissorium.model import (
    Committee,
    CommitteeKind,
    DecisionRecord,
    Dossier,
    MeetingSeries,
    MeetingStatus,
    Outcome,
    PointOutcome,
    Recommendation,
    RepresentedKind,
    VoteOption,
)
from kommissorium.time import election_period

__all__ = ["EVENT_STATUS", "dumps_popolo", "motion_result", "series_events", "to_popolo"]

#: Popolo ``Event.status`` (the RFC 5545 codes, lower case) per meeting status.
EVENT_STATUS: dict[MeetingStatus, str] = {
    MeetingStatus.PLANNED: "tentative",
    MeetingStatus.CONFIRMED: "confirmed",
    MeetingStatus.HELD: "confirmed",
    MeetingStatus.CANCELLED: "cancelled",
}


def motion_result(outcome: Outcome) -> str | None:
    """Popolo's ``pass``/``fail`` for an outcome; ``None`` for outcomes that are neither.

    Examples:
        >>> motion_result(Outcome.APPROVED), motion_result(Outcome.NOTED)
        ('pass', None)
        >>> motion_result(Outcome.AMENDED), motion_result(Outcome.RECOMMENDED)
        ('pass', None)
    """
    if outcome in (Outcome.APPROVED, Outcome.AMENDED):
        return "pass"
    if outcome is Outcome.REJECTED:
        return "fail"
    return None


def _series_horizon(dossier: Dossier, series: MeetingSeries) -> date:
    """The last day of an open-ended series: the end of its election period (as the .ics)."""
    first = series.start.date()
    council = dossier.council
    if council is not None and first in council.election_period:
        return council.election_period.last_day
    return election_period(first).last_day


def series_events(dossier: Dossier, series: MeetingSeries) -> list[dict[str, Any]]:
    """Every occurrence of a meeting series as a Popolo ``Event``, in date order.

    The occurrences are those the calendar export (``kommissorium ics`` with its default
    ``--holidays skip``) puts in the calendar: an occurrence on a Danish public holiday is left
    out, an open-ended series runs to the end of its election period, and an occurrence that a
    single meeting of the dossier overrides is left out here because that meeting is an event
    of its own. The id is ``<series id>/<YYYY-MM-DDTHHMM>`` of the occurrence's place in the
    rule (Danish local time), so it is the same for the same dossier and does not change when
    other occurrences are added or removed.

    Examples:
        >>> from datetime import datetime
        >>> from zoneinfo import ZoneInfo
        >>> from kommissorium.model import Committee, Dossier, MeetingSeries
        >>> cph = ZoneInfo("Europe/Copenhagen")
        >>> s = MeetingSeries(id="s", committee="u", rule="FREQ=WEEKLY;BYDAY=MO",
        ...     start=datetime(2024, 3, 25, 9, tzinfo=cph),
        ...     end=datetime(2024, 3, 25, 10, tzinfo=cph), until=date(2024, 4, 8))
        >>> d = Dossier(committee=Committee(id="u", name="U"), series=(s,))
        >>> for event in series_events(d, s):  # 1 April 2024 is Easter Monday: left out
        ...     print(event["id"], event["start_date"])
        s/2024-03-25T0900 2024-03-25T09:00:00+01:00
        s/2024-04-08T0900 2024-04-08T09:00:00+02:00
    """
    last_day = series_last_day(series, horizon=_series_horizon(dossier, series))
    occurrences = expand_series(
        series,
        holidays=HolidayPolicy.SKIP,
        overrides=[m for m in dossier.meetings if m.series == series.id],
        horizon=last_day,
    )
    events = []
    for occurrence in occurrences:
        if occurrence.kind in (OccurrenceKind.SKIPPED, OccurrenceKind.OVERRIDE):
            continue
        events.append(
            _meeting_event(
                f"{series.id}/{occurrence.recurrence_id.strftime('%Y-%m-%dT%H%M')}",
                name=series.title or dossier.body_name(series.committee),
                description=series.description,
                start=occurrence.start,
                end=occurrence.end,
                location=series.location,
                status=occurrence.status,
                committee=series.committee,
                series=series.id,
            )
        )
    return events


def _meeting_event(
    event_id: str,
    *,
    name: str,
    description: str | None,
    start: datetime,
    end: datetime,
    location: str | None,
    status: MeetingStatus,
    committee: str,
    series: str | None,
) -> dict[str, Any]:
    """A Popolo ``Event`` of a meeting: a single meeting or one occurrence of a series."""
    return compact(
        {
            "id": event_id,
            "name": name,
            "description": description,
            "classification": "meeting",
            "start_date": start.isoformat(),
            "end_date": end.isoformat(),
            "location": location,
            "status": EVENT_STATUS[status],
            "organization_id": committee,
            EXTENSION + "status": status.value,
            EXTENSION + "series": series,
        }
    )


def to_popolo(dossier: Dossier) -> dict[str, Any]:
    """The dossier as a Popolo document (see the module docs for the shape).

    Args:
        dossier: The dossier to export.

    Returns:
        A dict of lists, ready for :func:`json.dumps`.
    """
    return _Popolo(dossier).document()


def dumps_popolo(dossier: Dossier) -> str:
    """:func:`to_popolo` as JSON text (two-space indent, final newline; deterministic)."""
    return json_text(to_popolo(dossier))


def _party_id(letter: str) -> str:
    return f"party:{letter}"


def _stakeholder_id(stakeholder: str) -> str:
    return f"stakeholder:{stakeholder}"


class _Popolo:
    def __init__(self, dossier: Dossier) -> None:
        self.d = dossier
        self.meeting_start = {m.id: m.start.isoformat() for m in dossier.meetings}
        self.letters = (
            {p.letter for p in dossier.council.parties} if dossier.council is not None else set()
        )

    def document(self) -> dict[str, Any]:
        motions, vote_events = self.decision_votes()
        return {
            "persons": [self.person(p.id) for p in self.d.people],
            "organizations": self.organizations(),
            "memberships": self.memberships(),
            "posts": self.posts(),
            "events": self.events(),
            "motions": [self.motion(r) for r in self.d.recommendations] + motions,
            "vote_events": vote_events,
        }

    def person(self, person_id: str) -> dict[str, Any]:
        p = self.d.person(person_id)
        return compact(
            {
                "id": p.id,
                "name": p.name,
                "email": p.email,
                EXTENSION + "kind": p.kind.value,
                EXTENSION + "title": p.title,
                EXTENSION + "positions": list(p.positions),
                EXTENSION + "department": p.department,
            }
        )

    def organization(self, body: Committee) -> dict[str, Any]:
        founding = dissolution = None
        if body.id == self.d.committee.id and self.d.mandate.term is not None:
            founding, dissolution = self.d.mandate.term.start, self.d.mandate.term.end
        if self.d.council is not None and body.id == self.d.council.id:
            term = self.d.council.election_period
            founding, dissolution = term.first_day, term.last_day
        return compact(
            {
                "id": body.id,
                "name": body.name,
                "classification": body.kind.label_da,
                "parent_id": body.parent,
                "founding_date": day(founding),
                "dissolution_date": day(dissolution),
                EXTENSION + "kind": body.kind.value,
                EXTENSION + "shortName": body.short_name,
                EXTENSION + "meetingSeries": [
                    data_of(s) for s in self.d.series if s.committee == body.id
                ],
            }
        )

    def organizations(self) -> list[dict[str, Any]]:
        d = self.d
        out = []
        council = d.council
        if council is not None and council.id not in {b.id for b in d.bodies}:
            out.append(
                self.organization(
                    Committee(id=council.id, name=council.name, kind=CommitteeKind.COUNCIL)
                )
            )
        out.append(self.organization(d.committee))
        out.extend(self.organization(b) for b in d.bodies)
        if council is not None:
            for party in council.parties:
                out.append(
                    {
                        "id": _party_id(party.letter),
                        "name": party.name,
                        "classification": "parti",
                        "parent_id": council.id,
                        EXTENSION + "partyLetter": party.letter,
                    }
                )
        represented = {p.organisation for p in d.people if p.organisation}
        represented.update(
            m.on_behalf_of.ref
            for m in d.memberships
            if m.on_behalf_of is not None and m.on_behalf_of.kind is RepresentedKind.ORGANISATION
        )
        for s in d.stakeholders:
            if s.id in represented:
                out.append(
                    compact(
                        {
                            "id": _stakeholder_id(s.id),
                            "name": s.name,
                            "classification": s.kind,
                            EXTENSION + "sector": s.sector,
                        }
                    )
                )
        return out

    def memberships(self) -> list[dict[str, Any]]:
        out = []
        seen: dict[str, int] = {}
        committee = self.d.committee.id
        for m in self.d.memberships:
            key = f"{m.person}@{m.committee}/{m.role.value}"
            seen[key] = seen.get(key, 0) + 1
            behalf = None
            if m.on_behalf_of is not None:
                kind, ref = m.on_behalf_of.kind, m.on_behalf_of.ref
                if kind is RepresentedKind.PARTY:
                    behalf = _party_id(ref) if ref in self.letters else None
                elif kind is RepresentedKind.ORGANISATION:
                    behalf = _stakeholder_id(ref)
                else:
                    behalf = ref
            post = f"{committee}/seat/{m.seat}" if m.seat and m.committee == committee else None
            out.append(
                compact(
                    {
                        "id": key if seen[key] == 1 else f"{key}#{seen[key]}",
                        "person_id": m.person,
                        "organization_id": m.committee,
                        "role": m.role.label_da,
                        "post_id": post,
                        "on_behalf_of_id": behalf,
                        "start_date": day(m.period.start) if m.period else None,
                        "end_date": day(m.period.end) if m.period else None,
                        EXTENSION + "role": m.role.value,
                        EXTENSION + "basis": m.basis.value,
                        EXTENSION + "phases": list(m.phases),
                    }
                )
            )
        for p in self.d.people:
            if p.party is not None and p.party in self.letters:
                out.append(
                    {
                        "id": f"{p.id}@{_party_id(p.party)}",
                        "person_id": p.id,
                        "organization_id": _party_id(p.party),
                        "role": "medlem",
                    }
                )
        return out

    def posts(self) -> list[dict[str, Any]]:
        committee = self.d.committee.id
        out = []
        for rule in self.d.mandate.composition:
            label = rule.text or rule.position or rule.kind.value
            out.append(
                compact(
                    {
                        "id": f"{committee}/seat/{rule.id}",
                        "label": label,
                        "role": rule.role.label_da,
                        "organization_id": committee,
                        EXTENSION + "rule": data_of(rule),
                    }
                )
            )
        return out

    def events(self) -> list[dict[str, Any]]:
        out = []
        council = self.d.council
        if council is not None:
            term = council.election_period
            out.append(
                {
                    "id": f"term:{term.first_day.year}-{term.last_day.year}",
                    "name": f"Valgperioden {term.label}",
                    "classification": "legislative period",
                    "start_date": day(term.first_day),
                    "end_date": day(term.last_day),
                    "organization_id": council.id,
                }
            )
        for m in self.d.meetings:
            out.append(
                _meeting_event(
                    m.id,
                    name=m.title or self.d.body_name(m.committee),
                    description=m.description,
                    start=m.start,
                    end=m.end,
                    location=m.location,
                    status=m.status,
                    committee=m.committee,
                    series=m.series,
                )
            )
        for series in self.d.series:
            out.extend(series_events(self.d, series))
        return out

    def motion(self, rec: Recommendation) -> dict[str, Any]:
        workflow = self.d.workflow(rec.workflow_id)
        result = None
        if workflow.has_state(rec.state):
            state = workflow.state(rec.state)
            result = "pass" if state.approved else "fail" if state.rejected else None
        return compact(
            {
                "id": f"recommendation:{rec.id}",
                "organization_id": (
                    _stakeholder_id(rec.proposed_by)
                    if rec.proposed_by is not None
                    and any(s.id == rec.proposed_by for s in self.d.stakeholders)
                    else rec.proposed_by
                ),
                "text": rec.text,
                "classification": "anbefaling",
                "result": result,
                EXTENSION + "date": day(rec.decided_on),
                EXTENSION + "state": rec.state,
                EXTENSION + "polarity": rec.polarity.value,
                EXTENSION + "addressees": list(rec.addressees),
                EXTENSION + "recommendation": data_of(rec),
            }
        )

    def decision_votes(self) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        motions: list[dict[str, Any]] = []
        events: list[dict[str, Any]] = []
        for record in self.d.decisions:
            for outcome in record.outcomes:
                if outcome.counts or outcome.votes:
                    motion, event = self.vote(record, outcome)
                    motions.append(motion)
                    events.append(event)
        return motions, events

    def vote(self, record: DecisionRecord, outcome: PointOutcome) -> tuple[Any, Any]:
        point = "all" if outcome.point is None else str(outcome.point)
        motion_id = f"decision:{record.id}/{point}"
        text = record.item.title
        if (
            record.proposal is not None
            and outcome.point is not None
            and 1 <= outcome.point <= len(record.proposal.points)
        ):
            text = record.proposal.points[outcome.point - 1]
        start = None
        if record.meeting is not None:
            start = self.meeting_start[record.meeting]
        result = motion_result(outcome.outcome)
        if outcome.counts and all(c.count is not None for c in outcome.counts):
            counts = [{"option": c.option.popolo, "value": c.count} for c in outcome.counts]
        elif outcome.counts:
            # Popolo's Count needs a number: a count given by parties only has none.
            counts = []
        else:
            counts = [
                {"option": option.popolo, "value": n}
                for option in VoteOption
                if (n := sum(1 for v in outcome.votes if v.option is option))
            ]
        motion = compact(
            {
                "id": motion_id,
                "organization_id": record.body,
                "text": text,
                "classification": "indstilling",
                "result": result,
                EXTENSION + "date": day(record.date),
                EXTENSION + "recommendations": list(record.recommendations),
            }
        )
        event = compact(
            {
                "id": f"vote:{record.id}/{point}",
                "organization_id": record.body,
                "motion_id": motion_id,
                "start_date": start,
                "result": result,
                "counts": counts,
                "votes": [{"voter_id": v.person, "option": v.option.popolo} for v in outcome.votes],
                EXTENSION + "date": day(record.date),
                EXTENSION + "outcome": outcome.outcome.value,
                # What Popolo's counts cannot hold: the parties (and named voters) of a count,
                # and counts the minutes give by party without a number.
                EXTENSION + "groups": [
                    compact(
                        {
                            "option": c.option.popolo,
                            "value": c.count,
                            "parties": list(c.parties),
                            "voter_ids": list(c.people),
                        }
                    )
                    for c in outcome.counts
                    if c.parties or c.people or c.count is None
                ],
            }
        )
        return motion, event
