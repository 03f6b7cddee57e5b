"""The dossier: one committee with everything around it.

A :class:`Dossier` is what a committee file holds: the committee, its mandate, the council
context (municipality, election period, parties), the other bodies it refers to, the people and
their memberships, the phase plan, meetings, stakeholders and ties. It is the object the checker,
the calendar export and the network analysis take.

Construction checks structural integrity — unique ids and references that resolve — and raises
:class:`~kommissorium.errors.IntegrityError` naming the place (``memberships[3].person``).
Legal problems are never raised here; they are findings of the rules engine.

Examples:
    >>> from kommissorium.model import Committee, CommitteeKind, Person, Membership, Role
    >>> d = Dossier(
    ...     committee=Committee(id="u", name="Udvalget", kind=CommitteeKind.SPECIAL_17_4),
    ...     people=(Person(id="p1", name="Anna"),),
    ...     memberships=(Membership(person="p1", committee="u", role=Role.CHAIR),),
    ... )
    >>> [p.name for p in d.members_of("u", role=Role.CHAIR)]
    ['Anna']
    >>> Dossier(committee=d.committee,
    ...         memberships=(Membership(person="nobody", committee="u"),))
    Traceback (most recent call last):
    ...
    kommissorium.errors.IntegrityError: memberships[0].person: 'nobody' is not the id of a person
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from datetime import date

import attrs

from kommissorium.errors import IntegrityError
from kommissorium.model.committee import Committee
from kommissorium.model.council import Council
from kommissorium.model.mandate import Mandate
from kommissorium.model.meeting import Meeting, MeetingSeries
from kommissorium.model.membership import Membership, RepresentedKind, Role
from kommissorium.model.people import Person, PersonKind
from kommissorium.model.phase import PhasePlan
from kommissorium.model.stakeholder import SectorDef, Stakeholder, Tie

__all__ = ["Dossier"]

_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


@attrs.frozen(kw_only=True)
class Dossier:
    """A committee together with its mandate, context, people, plan and stakeholders.

    Attributes:
        committee: The committee the dossier is about.
        mandate: Its kommissorium.
        council: The council context (municipality, election period, parties), if known.
        bodies: Other bodies the dossier refers to (standing committees, ØU, councils, MED).
        people: Everyone referred to.
        memberships: Memberships of the committee and of the other bodies.
        plan: The phase plan.
        meetings: Single meetings (and overrides of series occurrences).
        series: Meeting series.
        stakeholders: Stakeholders.
        ties: Ties between stakeholders, people and bodies.
        sectors: Sectors the file declares: extra sector names, or labels and colours for
            built-in ones (used by the network analysis and its pictures).
    """

    committee: Committee
    mandate: Mandate = attrs.Factory(Mandate)
    council: Council | None = None
    bodies: tuple[Committee, ...] = ()
    people: tuple[Person, ...] = ()
    memberships: tuple[Membership, ...] = ()
    plan: PhasePlan = attrs.Factory(PhasePlan)
    meetings: tuple[Meeting, ...] = ()
    series: tuple[MeetingSeries, ...] = ()
    stakeholders: tuple[Stakeholder, ...] = ()
    ties: tuple[Tie, ...] = ()
    sectors: tuple[SectorDef, ...] = ()

    def __attrs_post_init__(self) -> None:
        for path, message in _integrity_problems(self):
            raise IntegrityError(path, message)

    # -- look-ups ---------------------------------------------------------------------------

    @functools.cached_property
    def _people(self) -> dict[str, Person]:
        return {p.id: p for p in self.people}

    @functools.cached_property
    def _bodies(self) -> dict[str, Committee]:
        bodies = {b.id: b for b in self.bodies}
        bodies[self.committee.id] = self.committee
        return bodies

    def person(self, person_id: str) -> Person:
        """The person with this id.

        Raises:
            KeyError: No such person.
        """
        return self._people[person_id]

    def body(self, body_id: str) -> Committee:
        """The committee or body with this id (the dossier's committee included).

        The council is a body too when it is listed in :attr:`bodies`.

        Raises:
            KeyError: No such body.
        """
        return self._bodies[body_id]

    def body_name(self, body_id: str) -> str:
        """A readable name for a body id: the body's name, the council's name, or the id."""
        if body_id in self._bodies:
            return self._bodies[body_id].name
        if self.council is not None and body_id == self.council.id:
            return self.council.name
        return body_id

    @property
    def councillors(self) -> tuple[Person, ...]:
        """People of kind ``councillor``, in file order."""
        return tuple(p for p in self.people if p.kind is PersonKind.COUNCILLOR)

    def memberships_of(
        self, body_id: str, *, role: Role | None = None, on: date | None = None
    ) -> tuple[Membership, ...]:
        """Memberships of a body, optionally only one role and only those running ``on`` a day."""
        return tuple(
            m
            for m in self.memberships
            if m.committee == body_id
            and (role is None or m.role is role)
            and (on is None or m.period is None or on in m.period)
        )

    def members_of(
        self, body_id: str, *, role: Role | None = None, on: date | None = None
    ) -> tuple[Person, ...]:
        """The people holding memberships of a body (see :meth:`memberships_of`)."""
        return tuple(self._people[m.person] for m in self.memberships_of(body_id, role=role, on=on))


def _duplicates(ids: Iterable[str]) -> Iterator[tuple[int, str]]:
    seen: set[str] = set()
    for index, value in enumerate(ids):
        if value in seen:
            yield index, value
        seen.add(value)


def _integrity_problems(d: Dossier) -> Iterator[tuple[str, str]]:
    """Yield ``(path, message)`` for every duplicate id and dangling reference."""
    council_id = d.council.id if d.council is not None else None
    party_letters = {p.letter for p in d.council.parties} if d.council is not None else set()

    for index, value in _duplicates(p.id for p in d.people):
        yield f"people[{index}].id", f"duplicate id {value!r}"
    for index, value in _duplicates(b.id for b in d.bodies):
        yield f"bodies[{index}].id", f"duplicate id {value!r}"
    for index, other in enumerate(d.bodies):
        if other.id == d.committee.id:
            yield f"bodies[{index}].id", f"{other.id!r} is already the id of the committee"
    if d.council is not None:
        for index, value in _duplicates(p.letter for p in d.council.parties):
            yield f"council.parties[{index}].letter", f"duplicate party letter {value!r}"
    for index, value in _duplicates(p.id for p in d.plan.phases):
        yield f"plan.phases[{index}].id", f"duplicate id {value!r}"
    for index, value in _duplicates(m.id for m in d.plan.milestones):
        yield f"plan.milestones[{index}].id", f"duplicate id {value!r}"
    for index, value in _duplicates(m.id for m in d.meetings):
        yield f"meetings[{index}].id", f"duplicate id {value!r}"
    for index, value in _duplicates(s.id for s in d.series):
        yield f"series[{index}].id", f"duplicate id {value!r}"
    for index, value in _duplicates(s.id for s in d.stakeholders):
        yield f"stakeholders[{index}].id", f"duplicate id {value!r}"
    for index, value in _duplicates(s.id for s in d.sectors):
        yield f"sectors[{index}].id", f"duplicate id {value!r}"
    for index, sector in enumerate(d.sectors):
        if sector.colour is not None and _COLOUR.fullmatch(sector.colour) is None:
            yield f"sectors[{index}].colour", f"expected a colour as #rrggbb, got {sector.colour!r}"
    mandate = d.mandate
    for index, value in _duplicates(r.id for r in mandate.composition):
        yield f"mandate.composition[{index}].id", f"duplicate id {value!r}"
    for index, value in _duplicates(str(t.number) for t in mandate.tasks):
        yield f"mandate.tasks[{index}].number", f"duplicate task number {value}"
    for index, value in _duplicates(x.id for x in mandate.deliverables):
        yield f"mandate.deliverables[{index}].id", f"duplicate id {value!r}"
    for index, value in _duplicates(x.id for x in mandate.themes):
        yield f"mandate.themes[{index}].id", f"duplicate id {value!r}"
    for index, value in _duplicates(x.id for x in mandate.aims):
        yield f"mandate.aims[{index}].id", f"duplicate id {value!r}"

    people = {p.id for p in d.people}
    bodies = {b.id for b in d.bodies} | {d.committee.id}
    if council_id is not None:
        bodies.add(council_id)
    stakeholders = {s.id for s in d.stakeholders}
    phases = {p.id for p in d.plan.phases}
    seats = {r.id for r in mandate.composition}
    tasks = {t.number for t in mandate.tasks}
    deliverables = {x.id for x in mandate.deliverables}
    themes = {x.id for x in mandate.themes}
    aims = {x.id for x in mandate.aims}
    series = {s.id for s in d.series}
    actors = people | stakeholders | bodies

    def body(path: str, value: str | None) -> Iterator[tuple[str, str]]:
        if value is not None and value not in bodies:
            yield path, f"{value!r} is not the id of a committee, body or the council"

    def bodies_at(path: str, values: Iterable[str]) -> Iterator[tuple[str, str]]:
        for i, value in enumerate(values):
            yield from body(f"{path}[{i}]", value)

    yield from bodies_at("committee.serves", d.committee.serves)
    yield from body("committee.predecessor", d.committee.predecessor)
    yield from body("committee.parent", d.committee.parent)
    for index, b in enumerate(d.bodies):
        yield from bodies_at(f"bodies[{index}].serves", b.serves)
        yield from body(f"bodies[{index}].predecessor", b.predecessor)
        yield from body(f"bodies[{index}].parent", b.parent)

    for index, p in enumerate(d.people):
        if p.party is not None and d.council is not None and p.party not in party_letters:
            yield f"people[{index}].party", f"{p.party!r} is not the letter of a council party"
        if p.organisation is not None and p.organisation not in stakeholders:
            yield (
                f"people[{index}].organisation",
                f"{p.organisation!r} is not the id of a stakeholder",
            )

    for index, m in enumerate(d.memberships):
        at = f"memberships[{index}]"
        if m.person not in people:
            yield f"{at}.person", f"{m.person!r} is not the id of a person"
        yield from body(f"{at}.committee", m.committee)
        if m.seat is not None and m.seat not in seats:
            yield (
                f"{at}.seat",
                f"{m.seat!r} is not the id of a composition rule in mandate.composition",
            )
        for i, phase in enumerate(m.phases):
            if phase not in phases:
                yield f"{at}.phases[{i}]", f"{phase!r} is not the id of a phase"
        behalf = m.on_behalf_of
        if behalf is not None:
            if behalf.kind is RepresentedKind.COMMITTEE:
                yield from body(f"{at}.on_behalf_of.ref", behalf.ref)
            elif behalf.kind is RepresentedKind.PARTY:
                if d.council is not None and behalf.ref not in party_letters:
                    yield (
                        f"{at}.on_behalf_of.ref",
                        f"{behalf.ref!r} is not the letter of a council party",
                    )
            elif behalf.ref not in stakeholders:
                yield f"{at}.on_behalf_of.ref", f"{behalf.ref!r} is not the id of a stakeholder"

    yield from bodies_at("mandate.serves", mandate.serves)
    if mandate.established_by is not None:
        yield from body("mandate.established_by.body", mandate.established_by.body)
    for index, rule in enumerate(mandate.composition):
        yield from bodies_at(f"mandate.composition[{index}].committees", rule.committees)
    if mandate.chair is not None:
        if mandate.chair.person is not None and mandate.chair.person not in people:
            yield "mandate.chair.person", f"{mandate.chair.person!r} is not the id of a person"
        yield from body("mandate.chair.committee", mandate.chair.committee)
    if mandate.reporting is not None:
        yield from bodies_at("mandate.reporting.to", mandate.reporting.to)
    for index, deliverable in enumerate(mandate.deliverables):
        yield from bodies_at(f"mandate.deliverables[{index}].to", deliverable.to)
        for i, number in enumerate(deliverable.tasks):
            if number not in tasks:
                yield f"mandate.deliverables[{index}].tasks[{i}]", f"{number} is not a task number"
    for index, involvement in enumerate(mandate.involve):
        if involvement.phase is not None and involvement.phase not in phases:
            yield (
                f"mandate.involve[{index}].phase",
                f"{involvement.phase!r} is not the id of a phase",
            )
        for i, ref in enumerate(involvement.stakeholders):
            if ref not in actors:
                yield (
                    f"mandate.involve[{index}].stakeholders[{i}]",
                    f"{ref!r} is not the id of a stakeholder",
                )

    for index, planned in enumerate(d.plan.phases):
        at = f"plan.phases[{index}]"
        if planned.theme is not None and planned.theme not in themes:
            yield f"{at}.theme", f"{planned.theme!r} is not the id of a theme in mandate.themes"
        for i, aim in enumerate(planned.aims):
            if aim not in aims:
                yield f"{at}.aims[{i}]", f"{aim!r} is not the id of an aim in mandate.aims"
        for i, ref in enumerate(planned.participants):
            if ref not in actors:
                yield (
                    f"{at}.participants[{i}]",
                    f"{ref!r} is not the id of a stakeholder, person or body",
                )
        for i, ref in enumerate(planned.deliverables):
            if ref not in deliverables:
                yield f"{at}.deliverables[{i}]", f"{ref!r} is not the id of a deliverable"
    for index, milestone in enumerate(d.plan.milestones):
        yield from bodies_at(f"plan.milestones[{index}].bodies", milestone.bodies)

    for index, meeting in enumerate(d.meetings):
        yield from body(f"meetings[{index}].committee", meeting.committee)
        if meeting.series is not None and meeting.series not in series:
            yield (
                f"meetings[{index}].series",
                f"{meeting.series!r} is not the id of a meeting series",
            )
    for index, s in enumerate(d.series):
        yield from body(f"series[{index}].committee", s.committee)

    for index, stakeholder in enumerate(d.stakeholders):
        if stakeholder.parent is not None and stakeholder.parent not in actors:
            yield (
                f"stakeholders[{index}].parent",
                f"{stakeholder.parent!r} is not the id of a stakeholder",
            )
    for index, tie in enumerate(d.ties):
        for end in ("source", "target"):
            ref = getattr(tie, end)
            if ref not in actors:
                yield (
                    f"ties[{index}].{end}",
                    f"{ref!r} is not the id of a stakeholder, person or body",
                )
        for i, phase in enumerate(tie.phases):
            if phase not in phases:
                yield f"ties[{index}].phases[{i}]", f"{phase!r} is not the id of a phase"
