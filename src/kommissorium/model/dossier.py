"""The dossier: one committee with everything around it.

A :class:`Dossier` is what a committee file holds: the committee, its mandate, the council
context (municipality, election period, parties), the other bodies it refers to, the people and
their memberships, the phase plan, meetings, stakeholders and ties. It is the object the checker,
the calendar export and the network analysis take.

Construction checks structural integrity and raises :class:`~kommissorium.errors.IntegrityError`
naming the place (``memberships[3].person``): ids that are not empty or blank and unique in their
list, references that resolve, sectors that are built in or declared, recommendation histories
whose dates do not run backwards, and one namespace for the actors — the committee, the other
bodies, the council and the people (a person may not take a body's id; the council may be listed
among the bodies as itself, kind ``council``; a stakeholder may share an id with a person or a
body, which links the two as one actor).
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
    kommissorium.errors.IntegrityError: memberships[0].person: expected the id of a person, ...
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Iterable, Iterator
from datetime import date

import attrs

from kommissorium.errors import IntegrityError
from kommissorium.model.accepted import AcceptedFinding
from kommissorium.model.caseroute import Case, Hearing
from kommissorium.model.committee import Committee, CommitteeKind
from kommissorium.model.council import Council
from kommissorium.model.decision import DecisionRecord
from kommissorium.model.followup import StatusSchedule
from kommissorium.model.mandate import Mandate
from kommissorium.model.meeting import Meeting, MeetingSeries
from kommissorium.model.membership import Membership, RepresentedKind, Role
from kommissorium.model.people import Person, PersonKind
from kommissorium.model.phase import PhasePlan
from kommissorium.model.recommendation import Recommendation
from kommissorium.model.stakeholder import Sector, SectorDef, Stakeholder, Tie
from kommissorium.model.workflow import DEFAULT_WORKFLOW_ID, Workflow, danish_default_workflow

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
        workflows: Workflows defined in the file, in addition to the built-in Danish default
            (id ``"dk-default"``, which a file may replace by defining that id).
        recommendations: Recommendations with their state and history.
        cases: Cases with their route through the bodies (sagsgang).
        hearings: Hearings.
        decisions: Decision records from the minutes.
        status_schedules: Recurring status reports.
        accepted: Findings of the checker that the council has accepted, with reasons.
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
    workflows: tuple[Workflow, ...] = ()
    recommendations: tuple[Recommendation, ...] = ()
    cases: tuple[Case, ...] = ()
    hearings: tuple[Hearing, ...] = ()
    decisions: tuple[DecisionRecord, ...] = ()
    status_schedules: tuple[StatusSchedule, ...] = ()
    accepted: tuple[AcceptedFinding, ...] = ()
    sectors: tuple[SectorDef, ...] = ()

    def __attrs_post_init__(self) -> None:
        for path, expected, got in _integrity_problems(self):
            raise IntegrityError(path, expected, got)

    # -- look-ups ---------------------------------------------------------------------------

    @functools.cached_property
    def _people(self) -> dict[str, Person]:
        return {p.id: p for p in self.people}

    @functools.cached_property
    def _bodies(self) -> dict[str, Committee]:
        bodies = {b.id: b for b in self.bodies}
        bodies[self.committee.id] = self.committee
        return bodies

    @functools.cached_property
    def _workflows(self) -> dict[str, Workflow]:
        found = {DEFAULT_WORKFLOW_ID: danish_default_workflow()}
        found.update((w.id, w) for w in self.workflows)
        return found

    def workflow(self, workflow_id: str = DEFAULT_WORKFLOW_ID) -> Workflow:
        """The workflow with this id: one defined in the file, or the built-in default.

        Raises:
            KeyError: No such workflow.
        """
        return self._workflows[workflow_id]

    def recommendation(self, recommendation_id: str) -> Recommendation:
        """The recommendation with this id.

        Raises:
            KeyError: No such recommendation.
        """
        for rec in self.recommendations:
            if rec.id == recommendation_id:
                return rec
        raise KeyError(recommendation_id)

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

    @functools.cached_property
    def _stakeholder_names(self) -> dict[str, str]:
        return {s.id: s.name for s in self.stakeholders}

    def actor_name(self, ref: str) -> str:
        """A readable name for any actor id: a stakeholder, a person, a body or the council.

        Falls back to the id itself when nothing in the dossier has it.

        Examples:
            >>> from kommissorium.model import Committee, CommitteeKind, Stakeholder
            >>> d = Dossier(committee=Committee(id="vpu", name="VPU",
            ...                                 kind=CommitteeKind.STANDING),
            ...             stakeholders=(Stakeholder(id="komponent", name="Komponent"),))
            >>> d.actor_name("komponent"), d.actor_name("vpu"), d.actor_name("x")
            ('Komponent', 'VPU', 'x')
        """
        name = self._stakeholder_names.get(ref)
        if name is not None:
            return name
        person = self._people.get(ref)
        if person is not None:
            return person.name
        return self.body_name(ref)

    def body_kind(self, body_id: str) -> CommitteeKind | None:
        """The kind of a body: its own kind, ``council`` for the council, else ``None``.

        Examples:
            >>> from kommissorium.model import Committee, CommitteeKind
            >>> d = Dossier(committee=Committee(id="vpu", name="VPU",
            ...                                 kind=CommitteeKind.STANDING))
            >>> d.body_kind("vpu"), d.body_kind("nobody")
            (<CommitteeKind.STANDING: 'standing'>, None)
        """
        if body_id in self._bodies:
            return self._bodies[body_id].kind
        if self.council is not None and body_id == self.council.id:
            return CommitteeKind.COUNCIL
        return None

    def move_recommendation(
        self,
        recommendation_id: str,
        to: str,
        *,
        by: str | None,
        on: date,
        note: str | None = None,
    ) -> Dossier:
        """A copy of the dossier with one recommendation moved to another state.

        The acting body's kind is looked up here (:meth:`body_kind`), so moves limited to
        kinds of body (a decision only a council or a standing committee may make) are
        checked without the caller passing the kind.

        Args:
            recommendation_id: Id of the recommendation to move.
            to: The target state.
            by: Id of the body that makes the move (``None`` when not known; refused for
                moves limited to some bodies).
            on: The day of the move.
            note: Free text for the history.

        Returns:
            A new dossier; this one is unchanged.

        Raises:
            KeyError: No recommendation with that id.
            TransitionError: The workflow does not allow the move.
            BodyNotAllowedError: The body may not make the move.

        Examples:
            >>> from kommissorium.model import Committee, CommitteeKind, Recommendation
            >>> from kommissorium.errors import BodyNotAllowedError
            >>> d = Dossier(committee=Committee(id="omu", name="OMU",
            ...                                 kind=CommitteeKind.MED_COMMITTEE),
            ...             bodies=(Committee(id="vpu", name="VPU", kind=CommitteeKind.STANDING),),
            ...             recommendations=(Recommendation(id="s", text="…", state="proposed"),))
            >>> d.move_recommendation("s", "considered", by="vpu", on=date(2023, 11, 27)
            ...                       ).recommendation("s").state
            'considered'
            >>> try:
            ...     d.move_recommendation("s", "considered", by="omu", on=date(2023, 11, 27))
            ... except BodyNotAllowedError as exc:
            ...     print(exc)
            s: body 'omu' may not move from 'proposed' to 'considered'; permitted: council, \
finance-committee, standing
        """
        from kommissorium.model.recommendation import move

        rec = self.recommendation(recommendation_id)
        moved = move(
            rec,
            self.workflow(rec.workflow_id),
            to,
            on=on,
            body=by,
            body_kind=None if by is None else self.body_kind(by),
            note=note,
        )
        recs = tuple(moved if r.id == recommendation_id else r for r in self.recommendations)
        return attrs.evolve(self, recommendations=recs)

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


#: An empty id, or one with white space at an end, in ids joined by NUL (a quick test).
_BAD_IN_JOINED = re.compile(r"\x00[\s\x00]|\s\x00")


def _ids(
    at: str, ids: Iterable[str], key: str = "id", noun: str = "id"
) -> Iterator[tuple[str, str, str]]:
    """Problems with the ids of one list: empty or blank, spaces at an end, or used twice."""
    values = list(ids)
    if not values:
        return
    try:
        joined = "\x00" + "\x00".join(values) + "\x00"
    except TypeError:  # not all strings (only from Python code that ignores the types)
        joined = "\x00\x00"
    if len(set(values)) == len(values) and _BAD_IN_JOINED.search(joined) is None:
        return  # the common case, without a loop in Python
    seen: set[str] = set()
    article = "an" if noun[0] in "aeiou" else "a"
    for index, value in enumerate(values):
        path = f"{at}[{index}].{key}"
        if not isinstance(value, str) or not value.strip():
            yield path, f"{article} {noun} that is not empty or blank", repr(value)
        elif value != value.strip():
            yield path, f"{article} {noun} without spaces at either end", repr(value)
        elif value in seen:
            yield path, f"a unique {noun}", f"{value!r} a second time"
        else:
            seen.add(value)


def _one_id(path: str, value: str) -> Iterator[tuple[str, str, str]]:
    if not isinstance(value, str) or not value.strip():
        yield path, "an id that is not empty or blank", repr(value)
    elif value != value.strip():
        yield path, "an id without spaces at either end", repr(value)


#: The built-in sector names, in order.
_BUILTIN_SECTORS = tuple(s.value for s in Sector)
_BUILTIN_SECTOR_SET = frozenset(_BUILTIN_SECTORS)


def _sector_problem(path: str, value: str, declared: set[str]) -> Iterator[tuple[str, str, str]]:
    if value in declared or value in _BUILTIN_SECTORS:
        return
    known = [*_BUILTIN_SECTORS, *sorted(declared - set(_BUILTIN_SECTORS))]
    close = difflib.get_close_matches(value, known, n=1)
    extra = (
        f", or one declared in [[sectors]] (this file declares {', '.join(sorted(declared))})"
        if declared
        else ", or one declared in [[sectors]]"
    )
    yield (
        path,
        f"a known sector: {', '.join(_BUILTIN_SECTORS)}{extra}",
        repr(value) + (f" (did you mean {close[0]!r}?)" if close else ""),
    )


def _actor_problems(d: Dossier) -> Iterator[tuple[str, str, str]]:
    """Ids shared by two actors that cannot be one: people, bodies, the council.

    People, the committee, the other bodies and the council are all nodes of the stakeholder
    graph and all answer to references such as ``ties[].source``, so an id names one of them.
    The council may also be listed among the bodies (with kind ``council``). A stakeholder
    may share its id with a person or a body: that links the two as one actor.
    """
    owners: dict[str, str] = {}
    if d.council is not None:
        owners[d.council.id] = "council.id"
    council_id = d.council.id if d.council is not None else None
    committee = d.committee
    if committee.id == council_id and committee.kind is not CommitteeKind.COUNCIL:
        yield (
            "committee.id",
            "an id other than the council's (unless the committee is the council, kind 'council')",
            repr(committee.id),
        )
    owners[committee.id] = "committee.id"
    for index, body in enumerate(d.bodies):
        if body.id == council_id and body.id != committee.id:
            if body.kind is not CommitteeKind.COUNCIL:
                yield (
                    f"bodies[{index}].id",
                    "an id other than the council's (unless this body is the council, kind "
                    "'council')",
                    repr(body.id),
                )
            continue
        owners.setdefault(body.id, f"bodies[{index}].id")
    for index, person in enumerate(d.people):
        owner = owners.get(person.id)
        if owner is not None:
            yield (
                f"people[{index}].id",
                "an id no committee, body or council has (people, bodies and the council are "
                "actors with ids in one namespace)",
                f"{person.id!r}, already the id at {owner}",
            )


def _integrity_problems(d: Dossier) -> Iterator[tuple[str, str, str]]:
    """Yield ``(path, expected, got)`` for every bad or duplicate id and dangling reference."""
    council_id = d.council.id if d.council is not None else None
    party_letters = {p.letter for p in d.council.parties} if d.council is not None else set()

    yield from _one_id("committee.id", d.committee.id)
    if d.council is not None:
        yield from _one_id("council.id", d.council.id)
    yield from _ids("people", (p.id for p in d.people))
    yield from _ids("bodies", (b.id for b in d.bodies))
    for index, other in enumerate(d.bodies):
        if other.id == d.committee.id:
            yield f"bodies[{index}].id", "an id other than the committee's", repr(other.id)
    yield from _actor_problems(d)
    if d.council is not None:
        yield from _ids(
            "council.parties", (p.letter for p in d.council.parties), "letter", "party letter"
        )
    yield from _ids("plan.phases", (p.id for p in d.plan.phases))
    yield from _ids("plan.milestones", (m.id for m in d.plan.milestones))
    yield from _ids("meetings", (m.id for m in d.meetings))
    yield from _ids("series", (s.id for s in d.series))
    yield from _ids("stakeholders", (s.id for s in d.stakeholders))
    yield from _ids("sectors", (s.id for s in d.sectors))
    for index, sector in enumerate(d.sectors):
        if sector.colour is not None and _COLOUR.fullmatch(sector.colour) is None:
            yield f"sectors[{index}].colour", "a colour as #rrggbb", repr(sector.colour)
    declared_sectors = {s.id for s in d.sectors}
    known_sectors = _BUILTIN_SECTOR_SET | declared_sectors
    for index, stakeholder in enumerate(d.stakeholders):
        if stakeholder.sector not in known_sectors:
            yield from _sector_problem(
                f"stakeholders[{index}].sector", stakeholder.sector, declared_sectors
            )
    mandate = d.mandate
    for index, involvement in enumerate(mandate.involve):
        for i, sector_name in enumerate(involvement.sectors):
            if sector_name not in known_sectors:
                yield from _sector_problem(
                    f"mandate.involve[{index}].sectors[{i}]", sector_name, declared_sectors
                )
    yield from _ids("mandate.composition", (r.id for r in mandate.composition))
    for index, value in _duplicates(str(t.number) for t in mandate.tasks):
        yield f"mandate.tasks[{index}].number", "a unique task number", f"{value} a second time"
    yield from _ids("mandate.deliverables", (x.id for x in mandate.deliverables))
    yield from _ids("mandate.themes", (x.id for x in mandate.themes))
    yield from _ids("mandate.aims", (x.id for x in mandate.aims))

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

    def body(path: str, value: str | None) -> Iterator[tuple[str, str, str]]:
        if value is not None and value not in bodies:
            yield path, "the id of a committee, body or the council", repr(value)

    def bodies_at(path: str, values: Iterable[str]) -> Iterator[tuple[str, str, str]]:
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
            yield f"people[{index}].party", "the letter of a council party", repr(p.party)
        if p.organisation is not None and p.organisation not in stakeholders:
            yield (
                f"people[{index}].organisation",
                "the id of a stakeholder",
                repr(p.organisation),
            )

    for index, m in enumerate(d.memberships):
        at = f"memberships[{index}]"
        if m.person not in people:
            yield f"{at}.person", "the id of a person", repr(m.person)
        yield from body(f"{at}.committee", m.committee)
        if m.seat is not None and m.seat not in seats:
            yield (
                f"{at}.seat",
                "the id of a composition rule in mandate.composition",
                repr(m.seat),
            )
        for i, phase in enumerate(m.phases):
            if phase not in phases:
                yield f"{at}.phases[{i}]", "the id of a phase", repr(phase)
        behalf = m.on_behalf_of
        if behalf is not None:
            if behalf.kind is RepresentedKind.COMMITTEE:
                yield from body(f"{at}.on_behalf_of.ref", behalf.ref)
            elif behalf.kind is RepresentedKind.PARTY:
                if d.council is not None and behalf.ref not in party_letters:
                    yield (
                        f"{at}.on_behalf_of.ref",
                        "the letter of a council party",
                        repr(behalf.ref),
                    )
            elif behalf.ref not in stakeholders:
                yield f"{at}.on_behalf_of.ref", "the id of a stakeholder", repr(behalf.ref)

    yield from bodies_at("mandate.serves", mandate.serves)
    if mandate.established_by is not None:
        yield from body("mandate.established_by.body", mandate.established_by.body)
    for index, rule in enumerate(mandate.composition):
        yield from bodies_at(f"mandate.composition[{index}].committees", rule.committees)
    if mandate.chair is not None:
        if mandate.chair.person is not None and mandate.chair.person not in people:
            yield "mandate.chair.person", "the id of a person", repr(mandate.chair.person)
        yield from body("mandate.chair.committee", mandate.chair.committee)
    if mandate.reporting is not None:
        yield from bodies_at("mandate.reporting.to", mandate.reporting.to)
    for index, deliverable in enumerate(mandate.deliverables):
        yield from bodies_at(f"mandate.deliverables[{index}].to", deliverable.to)
        for i, number in enumerate(deliverable.tasks):
            if number not in tasks:
                yield f"mandate.deliverables[{index}].tasks[{i}]", "a task number", str(number)
    for index, involvement in enumerate(mandate.involve):
        if involvement.phase is not None and involvement.phase not in phases:
            yield (
                f"mandate.involve[{index}].phase",
                "the id of a phase",
                repr(involvement.phase),
            )
        for i, ref in enumerate(involvement.stakeholders):
            if ref not in actors:
                yield (
                    f"mandate.involve[{index}].stakeholders[{i}]",
                    "the id of a stakeholder",
                    repr(ref),
                )

    for index, planned in enumerate(d.plan.phases):
        at = f"plan.phases[{index}]"
        if planned.theme is not None and planned.theme not in themes:
            yield f"{at}.theme", "the id of a theme in mandate.themes", repr(planned.theme)
        for i, aim in enumerate(planned.aims):
            if aim not in aims:
                yield f"{at}.aims[{i}]", "the id of an aim in mandate.aims", repr(aim)
        for i, ref in enumerate(planned.participants):
            if ref not in actors:
                yield (
                    f"{at}.participants[{i}]",
                    "the id of a stakeholder, person or body",
                    repr(ref),
                )
        for i, ref in enumerate(planned.deliverables):
            if ref not in deliverables:
                yield f"{at}.deliverables[{i}]", "the id of a deliverable", repr(ref)
    for index, milestone in enumerate(d.plan.milestones):
        yield from bodies_at(f"plan.milestones[{index}].bodies", milestone.bodies)

    for index, meeting in enumerate(d.meetings):
        yield from body(f"meetings[{index}].committee", meeting.committee)
        if meeting.series is not None and meeting.series not in series:
            yield (
                f"meetings[{index}].series",
                "the id of a meeting series",
                repr(meeting.series),
            )
    for index, s in enumerate(d.series):
        yield from body(f"series[{index}].committee", s.committee)

    for index, stakeholder in enumerate(d.stakeholders):
        if stakeholder.parent is not None and stakeholder.parent not in actors:
            yield (
                f"stakeholders[{index}].parent",
                "the id of a stakeholder",
                repr(stakeholder.parent),
            )
    for index, acceptance in enumerate(d.accepted):
        if not acceptance.reason.strip():
            yield f"accepted[{index}].reason", "the reason the finding is accepted", "nothing"
    for index, tie in enumerate(d.ties):
        for end in ("source", "target"):
            ref = getattr(tie, end)
            if ref not in actors:
                yield (
                    f"ties[{index}].{end}",
                    "the id of a stakeholder, person or body",
                    repr(ref),
                )
        for i, phase in enumerate(tie.phases):
            if phase not in phases:
                yield f"ties[{index}].phases[{i}]", "the id of a phase", repr(phase)

    yield from _recommendation_problems(d, bodies, people, actors, tasks, party_letters)


def _recommendation_problems(
    d: Dossier,
    bodies: set[str],
    people: set[str],
    actors: set[str],
    tasks: set[int],
    party_letters: set[str],
) -> Iterator[tuple[str, str, str]]:
    """Integrity of workflows, recommendations, cases, hearings, decisions and schedules."""
    for name, items in (
        ("workflows", d.workflows),
        ("recommendations", d.recommendations),
        ("cases", d.cases),
        ("hearings", d.hearings),
        ("decisions", d.decisions),
        ("status_schedules", d.status_schedules),
    ):
        yield from _ids(name, (x.id for x in items))

    workflows = {w.id: w for w in d.workflows}
    workflows.setdefault(DEFAULT_WORKFLOW_ID, danish_default_workflow())
    recommendations = {r.id for r in d.recommendations}
    stakeholder_ids = {s.id for s in d.stakeholders}
    cases = {c.id for c in d.cases}
    decisions = {x.id for x in d.decisions}
    meetings = {m.id for m in d.meetings}

    def body(path: str, value: str | None) -> Iterator[tuple[str, str, str]]:
        if value is not None and value not in bodies:
            yield path, "the id of a committee, body or the council", repr(value)

    def bodies_at(path: str, values: Iterable[str]) -> Iterator[tuple[str, str, str]]:
        for i, value in enumerate(values):
            yield from body(f"{path}[{i}]", value)

    def person(path: str, value: str | None) -> Iterator[tuple[str, str, str]]:
        if value is not None and value not in people:
            yield path, "the id of a person", repr(value)

    def recs_at(path: str, values: Iterable[str]) -> Iterator[tuple[str, str, str]]:
        for i, value in enumerate(values):
            if value not in recommendations:
                yield f"{path}[{i}]", "the id of a recommendation", repr(value)

    for w_index, workflow in enumerate(d.workflows):
        for t_index, transition in enumerate(workflow.transitions):
            yield from bodies_at(
                f"workflows[{w_index}].transitions[{t_index}].bodies", transition.bodies
            )

    for index, rec in enumerate(d.recommendations):
        # the id goes into the path so that a message names the recommendation
        at = f"recommendations[{index}] ({rec.id!r})"
        if rec.task is not None and rec.task not in tasks:
            yield f"{at}.task", "the number of a task in mandate.tasks", str(rec.task)
        if rec.proposed_by is not None and rec.proposed_by not in bodies | stakeholder_ids:
            yield (
                f"{at}.proposed_by",
                "the id of a committee, body, the council or a stakeholder",
                repr(rec.proposed_by),
            )
        yield from bodies_at(f"{at}.addressees", rec.addressees)
        seen_points: set[int] = set()
        for i, entry in enumerate(rec.point_addressees):
            if not 1 <= entry.point <= len(rec.points):
                yield (
                    f"{at}.point_addressees[{i}].point",
                    f"the number of one of its {len(rec.points)} points (from 1)",
                    str(entry.point),
                )
            elif entry.point in seen_points:
                yield (
                    f"{at}.point_addressees[{i}].point",
                    "each point once",
                    f"point {entry.point} a second time",
                )
            seen_points.add(entry.point)
            yield from bodies_at(f"{at}.point_addressees[{i}].addressees", entry.addressees)
        for i, ref in enumerate(rec.stakeholders):
            if ref not in actors:
                yield f"{at}.stakeholders[{i}]", "the id of a stakeholder", repr(ref)
        found = workflows.get(rec.workflow_id)
        if found is None:
            yield f"{at}.workflow", "the id of a workflow", repr(rec.workflow_id)
            continue
        workflow = found
        if not workflow.has_state(rec.state):
            yield f"{at}.state", f"a state of workflow {workflow.id!r}", repr(rec.state)
            continue
        state: str | None = workflow.initial.id
        last_day: date | None = None
        for i, change in enumerate(rec.history):
            path = f"{at}.history[{i}]"
            if change.date is not None:
                if last_day is not None and change.date < last_day:
                    yield (
                        f"{path}.date",
                        f"a date on or after the entry before it ({last_day.isoformat()}): the "
                        "history runs in time order",
                        change.date.isoformat(),
                    )
                last_day = change.date
            yield from body(f"{path}.body", change.body)
            unknown = [
                (end, value)
                for end, value in (("source", change.source), ("target", change.target))
                if value is not None and not workflow.has_state(value)
            ]
            for end, value in unknown:
                yield f"{path}.{end}", f"a state of workflow {workflow.id!r}", repr(value)
            if unknown:
                state = None
                break
            if change.source is None:
                if i != 0:
                    yield (
                        f"{path}.source",
                        "a source state (only the first entry may omit it)",
                        "none",
                    )
                state = change.target
                continue
            if state is None:
                break
            if change.source != state:
                yield (
                    f"{path}.source",
                    f"the state the entry before it ends in ({state!r})",
                    repr(change.source),
                )
            elif (found_move := workflow.transition(state, change.target)) is None:
                allowed = ", ".join(workflow.targets(state)) or "none (final state)"
                yield (
                    f"{path}.target",
                    f"a move workflow {workflow.id!r} allows from {state!r} ({allowed})",
                    repr(change.target),
                )
            elif change.body is not None and change.body in bodies:
                kind = d.body_kind(change.body)
                if not found_move.permits(change.body, kind):
                    who = ", ".join(found_move.permitted)
                    yield (
                        f"{path}.body",
                        f"a body allowed to move from {state!r} to {change.target!r} "
                        f"in workflow {workflow.id!r} ({who})",
                        f"{change.body!r}"
                        + (f" (kind {kind.value!r})" if kind is not None else ""),
                    )
            state = change.target
        if rec.history and state is not None and state != rec.state:
            yield f"{at}.state", f"the state the history ends in ({state!r})", repr(rec.state)
        if rec.follow_up is not None:
            yield from body(f"{at}.follow_up.responsible", rec.follow_up.responsible)
            yield from _ids(f"{at}.follow_up.milestones", (m.id for m in rec.follow_up.milestones))

    for index, case in enumerate(d.cases):
        at = f"cases[{index}]"
        yield from recs_at(f"{at}.recommendations", case.recommendations)
        for i, step in enumerate(case.route):
            yield from body(f"{at}.route[{i}].body", step.body)
            if step.decision is not None and step.decision not in decisions:
                yield (
                    f"{at}.route[{i}].decision",
                    "the id of a decision record",
                    repr(step.decision),
                )
            if step.proposal is not None:
                yield from person(f"{at}.route[{i}].proposal.person", step.proposal.person)

    for index, hearing in enumerate(d.hearings):
        at = f"hearings[{index}]"
        if hearing.case is not None and hearing.case not in cases:
            yield f"{at}.case", "the id of a case", repr(hearing.case)
        yield from bodies_at(f"{at}.bodies", hearing.bodies)
        yield from recs_at(f"{at}.recommendations", hearing.recommendations)
        for i, answer in enumerate(hearing.answers):
            yield from body(f"{at}.answers[{i}].body", answer.body)

    for index, record in enumerate(d.decisions):
        at = f"decisions[{index}]"
        yield from body(f"{at}.body", record.body)
        if record.meeting is not None and record.meeting not in meetings:
            yield f"{at}.meeting", "the id of a meeting", repr(record.meeting)
        if record.case is not None and record.case not in cases:
            yield f"{at}.case", "the id of a case", repr(record.case)
        if record.proposal is not None:
            yield from person(f"{at}.proposal.person", record.proposal.person)
        for i, outcome in enumerate(record.outcomes):
            for j, vote in enumerate(outcome.votes):
                yield from person(f"{at}.outcomes[{i}].votes[{j}].person", vote.person)
            for j, count in enumerate(outcome.counts):
                for k, voter in enumerate(count.people):
                    yield from person(f"{at}.outcomes[{i}].counts[{j}].people[{k}]", voter)
        for i, absence in enumerate(record.absentees):
            yield from person(f"{at}.absentees[{i}].person", absence.person)
        for i, substitution in enumerate(record.substitutes):
            yield from person(f"{at}.substitutes[{i}].person", substitution.person)
            yield from person(f"{at}.substitutes[{i}].replaces", substitution.replaces)
        for i, position in enumerate(record.positions):
            for j, member in enumerate(position.people):
                yield from person(f"{at}.positions[{i}].people[{j}]", member)
        for i, treatment in enumerate(record.earlier):
            if treatment.body is not None:
                yield from body(f"{at}.earlier[{i}].body", treatment.body)
        for i, remark in enumerate(record.remarks):
            yield from person(f"{at}.remarks[{i}].person", remark.person)
            if (
                remark.party is not None
                and d.council is not None
                and remark.party not in party_letters
            ):
                yield (
                    f"{at}.remarks[{i}].party",
                    "the letter of a council party",
                    repr(remark.party),
                )
        for i, value in _duplicates(str(a.number) for a in record.attachments):
            yield (
                f"{at}.attachments[{i}].number",
                "a unique attachment number",
                f"{value} a second time",
            )
        yield from recs_at(f"{at}.recommendations", record.recommendations)

    for index, schedule in enumerate(d.status_schedules):
        yield from bodies_at(f"status_schedules[{index}].to", schedule.to)
        yield from recs_at(f"status_schedules[{index}].recommendations", schedule.recommendations)
