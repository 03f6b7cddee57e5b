"""The stakeholder graph: actors of a dossier and the ties between them, as networkx.

:func:`stakeholder_graph` turns a :class:`~kommissorium.model.Dossier` into a
:class:`networkx.Graph` (or :class:`networkx.DiGraph`). Nodes are the dossier's actors —
people, bodies (the committee, the council and the other bodies) and stakeholders — keyed by
their ids; an id used by a stakeholder and by a person or body is one node.

**Node attributes** (all strings, so GraphML and GEXF can store them):
``name``, ``type`` (``person``, ``body`` or ``stakeholder``), ``kind`` (the person's,
body's or stakeholder's kind; empty if none) and ``sector`` (declared for stakeholders,
derived for people and bodies as :mod:`kommissorium.network.sectors` describes).

**Ties derived from the model** (the direction given is used with ``directed=True``):

============================== ============================== ================
source in the model            tie                            type
============================== ============================== ================
membership                     person → body                  membership
membership ``on_behalf_of``    person → committee/stakeholder representation
``Person.organisation``        person → stakeholder           representation
``Phase.participants``         actor → the committee          participation
``mandate.reporting.to``       the committee → body           reporting
``mandate.serves``, ``serves`` body → served body             reporting
``Deliverable.to``             the committee → body           reporting
``parent`` (body/stakeholder)  child → parent                 membership
``hearings[].bodies``          the committee → body asked     consultation
``hearings[].answers``         the committee → body answering consultation
``cases[].route``              each step's body → the next    reporting
``ties``                       as written                     as written
============================== ============================== ================

**Dates of hearing and route ties.** A hearing tie runs in the hearing's ``period``; without
one, on its ``deadline`` day (an answer from a body not asked: on the answer's date, else as
the hearing); a hearing with neither is undated. A route tie runs from the first to the last day
known of its two steps (their ``date`` and ``planned`` periods); undated when neither step has
one. So ``at=`` and ``phase=`` snapshots keep a hearing only while it runs, and a route tie only
around its treatment.

Representation on behalf of a party is not a tie (parties are not nodes); phases are not
nodes either — taking part in a phase is a tie to the committee that belongs to that phase.

A relation the model states more than once (``mandate.reporting.to`` and ``mandate.serves``
both naming the council) is derived once. **Parallel ties** between the same two actors are
merged into one edge: ``weight`` is the sum
of their weights, ``count`` their number and ``types``/``phases`` the sorted, comma-separated
union. Undirected ties in a directed graph become two opposite arcs.

**Snapshots.** With ``phase=ID`` only ties that belong to that phase are kept: ties without
phases (the whole work) plus ties listing the phase, and among dated ties only those whose
period overlaps the phase's. With ``at=DATE`` only ties running on that day are kept: undated
ties without phases, dated ties whose period contains the day, and phase ties whose phase runs
that day. A snapshot keeps the actors with at least one tie in it, and always the committee;
the full graph keeps every actor, isolated ones included.

Nodes and edges are inserted in sorted id order, so every output built from the graph is
deterministic.

Examples:
    >>> import kommissorium as k
    >>> d = k.load("examples/hedensted-social-2024.toml")
    >>> G = stakeholder_graph(d)
    >>> G.nodes["ngoer"]["sector"], G.nodes["ann-hermansen"]["sector"]
    ('civil-society', 'administration')
    >>> G.edges["ngoer", "gentaenkning-social"]["types"]
    'participation'
    >>> sorted(stakeholder_graph(d, phase="p2").neighbors("gentaenkning-social"))[:3]
    ['administrationen', 'ann-hermansen', 'beskaeftigelse']
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import attrs
import networkx as nx

from kommissorium.errors import KommissoriumError
from kommissorium.model import (
    Dossier,
    Period,
    Phase,
    RepresentedKind,
    RouteStep,
    TieType,
)
from kommissorium.model.sectors import actor_attributes

__all__ = ["DerivedTie", "NetworkError", "actor_attributes", "derived_ties", "stakeholder_graph"]


class NetworkError(KommissoriumError, ValueError):
    """A network analysis that cannot run on the input given (unknown phase, missing sector)."""


@attrs.frozen(kw_only=True)
class DerivedTie:
    """A tie read from the dossier (an explicit tie or one derived from the model).

    Attributes:
        source: Id at one end (the sender when directed).
        target: Id at the other end.
        type: Kind of tie.
        weight: Strength.
        directed: Whether the tie has a direction of its own.
        phases: Phases it belongs to; empty for the whole work.
        period: When it runs, if dated.
        origin: Where it comes from, as a path in the dossier (``memberships[2]``).
    """

    source: str
    target: str
    type: str
    weight: float = 1.0
    directed: bool = True
    phases: tuple[str, ...] = ()
    period: Period | None = None
    origin: str = ""


def derived_ties(dossier: Dossier) -> tuple[DerivedTie, ...]:
    """Every tie of the dossier, derived and explicit, in dossier order (see the module docs).

    Examples:
        >>> import kommissorium as k
        >>> d = k.load("examples/hedensted-social-2024.toml")
        >>> [t.origin for t in derived_ties(d) if t.type == "participation"][:2]
        ['plan.phases[1].participants[0]', 'plan.phases[1].participants[1]']
    """
    return tuple(_derived(dossier))


def _derived(d: Dossier) -> Iterator[DerivedTie]:
    """Derived ties without repeats (the same relation stated twice counts once), then explicit."""
    seen: set[tuple[str, str, str, tuple[str, ...], Period | None]] = set()
    for tie in _from_model(d):
        key = (tie.source, tie.target, tie.type, tie.phases, tie.period)
        if key not in seen:
            seen.add(key)
            yield tie
    for index, explicit in enumerate(d.ties):
        yield DerivedTie(
            source=explicit.source,
            target=explicit.target,
            type=explicit.type.value,
            weight=explicit.weight,
            directed=explicit.directed,
            phases=explicit.phases,
            period=explicit.period,
            origin=f"ties[{index}]",
        )


def _from_model(d: Dossier) -> Iterator[DerivedTie]:
    committee = d.committee.id
    stakeholders = {s.id for s in d.stakeholders}
    membership_t = TieType.MEMBERSHIP.value
    representation_t = TieType.REPRESENTATION.value
    reporting_t = TieType.REPORTING.value
    for index, m in enumerate(d.memberships):
        at = f"memberships[{index}]"
        yield DerivedTie(
            source=m.person,
            target=m.committee,
            type=membership_t,
            phases=m.phases,
            period=m.period,
            origin=at,
        )
        behalf = m.on_behalf_of
        if behalf is not None and behalf.kind is not RepresentedKind.PARTY:
            yield DerivedTie(
                source=m.person,
                target=behalf.ref,
                type=representation_t,
                phases=m.phases,
                period=m.period,
                origin=f"{at}.on_behalf_of",
            )
    for index, person in enumerate(d.people):
        if person.organisation is not None and person.organisation in stakeholders:
            yield DerivedTie(
                source=person.id,
                target=person.organisation,
                type=representation_t,
                origin=f"people[{index}].organisation",
            )
    for index, phase in enumerate(d.plan.phases):
        for i, ref in enumerate(phase.participants):
            if ref != committee:
                yield DerivedTie(
                    source=ref,
                    target=committee,
                    type=TieType.PARTICIPATION.value,
                    phases=(phase.id,),
                    origin=f"plan.phases[{index}].participants[{i}]",
                )
    mandate = d.mandate
    if mandate.reporting is not None:
        for i, ref in enumerate(mandate.reporting.to):
            yield DerivedTie(
                source=committee,
                target=ref,
                type=reporting_t,
                origin=f"mandate.reporting.to[{i}]",
            )
    for i, ref in enumerate(mandate.serves):
        yield DerivedTie(
            source=committee, target=ref, type=reporting_t, origin=f"mandate.serves[{i}]"
        )
    for index, deliverable in enumerate(mandate.deliverables):
        for i, ref in enumerate(deliverable.to):
            yield DerivedTie(
                source=committee,
                target=ref,
                type=reporting_t,
                origin=f"mandate.deliverables[{index}].to[{i}]",
            )
    bodies = (("committee", d.committee), *((f"bodies[{i}]", b) for i, b in enumerate(d.bodies)))
    for at, body in bodies:
        for i, ref in enumerate(body.serves):
            yield DerivedTie(
                source=body.id, target=ref, type=reporting_t, origin=f"{at}.serves[{i}]"
            )
        if body.parent is not None:
            yield DerivedTie(
                source=body.id, target=body.parent, type=membership_t, origin=f"{at}.parent"
            )
    yield from _hearing_ties(d)
    yield from _route_ties(d)
    for index, s in enumerate(d.stakeholders):
        if s.parent is not None:
            yield DerivedTie(
                source=s.id,
                target=s.parent,
                type=membership_t,
                origin=f"stakeholders[{index}].parent",
            )


def _hearing_ties(d: Dossier) -> Iterator[DerivedTie]:
    committee = d.committee.id
    consultation_t = TieType.CONSULTATION.value
    for index, hearing in enumerate(d.hearings):
        at = f"hearings[{index}]"
        period = hearing.period
        if period is None and hearing.deadline is not None:
            period = Period(hearing.deadline, hearing.deadline)
        for i, ref in enumerate(hearing.bodies):
            yield DerivedTie(
                source=committee,
                target=ref,
                type=consultation_t,
                period=period,
                origin=f"{at}.bodies[{i}]",
            )
        asked = set(hearing.bodies)
        for i, answer in enumerate(hearing.answers):
            if answer.body in asked:
                continue
            when = Period(answer.date, answer.date) if answer.date is not None else period
            yield DerivedTie(
                source=committee,
                target=answer.body,
                type=consultation_t,
                period=when,
                origin=f"{at}.answers[{i}]",
            )


def _step_days(step: RouteStep) -> list[date]:
    days = [step.date] if step.date is not None else []
    if step.planned is not None:
        days.append(step.planned.start)
        if step.planned.end is not None:
            days.append(step.planned.end)
    return days


def _route_ties(d: Dossier) -> Iterator[DerivedTie]:
    reporting_t = TieType.REPORTING.value
    for index, case in enumerate(d.cases):
        for i in range(1, len(case.route)):
            before, step = case.route[i - 1], case.route[i]
            days = _step_days(before) + _step_days(step)
            yield DerivedTie(
                source=before.body,
                target=step.body,
                type=reporting_t,
                period=Period(min(days), max(days)) if days else None,
                origin=f"cases[{index}].route[{i}]",
            )


def _phase_periods(d: Dossier) -> dict[str, Phase]:
    return {p.id: p for p in d.plan.phases}


def _in_snapshot(
    tie: DerivedTie, phase: Phase | None, at: date | None, phases: dict[str, Phase]
) -> bool:
    if phase is not None:
        if tie.phases and phase.id not in tie.phases:
            return False
        if tie.period is not None and not tie.period.overlaps(phase.period):
            return False
    if at is not None:
        if tie.period is not None and at not in tie.period:
            return False
        if tie.phases and not any(at in phases[p].period for p in tie.phases):
            return False
    return True


def stakeholder_graph(
    dossier: Dossier,
    *,
    phase: str | None = None,
    at: date | None = None,
    directed: bool = False,
) -> nx.Graph:
    """The dossier's actors and ties as a networkx graph (see the module docs for the rules).

    Args:
        dossier: The dossier.
        phase: Only ties belonging to this phase (id from ``plan.phases``).
        at: Only ties running on this day.
        directed: Return a :class:`networkx.DiGraph`; undirected ties become two arcs.

    Returns:
        A graph whose nodes carry ``name``, ``type``, ``kind`` and ``sector`` and whose edges
        carry ``weight``, ``count``, ``types`` and ``phases``; the graph attributes
        ``committee``, ``phase`` and ``at`` say what it shows.

    Raises:
        NetworkError: ``phase`` is not the id of a phase.

    Examples:
        >>> import kommissorium as k
        >>> d = k.load("examples/hedensted-social-2024.toml")
        >>> "ngoer" in stakeholder_graph(d, phase="p3")
        False
        >>> stakeholder_graph(d, directed=True).has_edge("gentaenkning-social", "kb")
        True
        >>> stakeholder_graph(d, phase="p9")
        Traceback (most recent call last):
        ...
        kommissorium.network.graph.NetworkError: 'p9' is not the id of a phase; known: p1, ...
    """
    phases = _phase_periods(dossier)
    selected: Phase | None = None
    if phase is not None:
        if phase not in phases:
            known = ", ".join(phases) or "none"
            raise NetworkError(f"{phase!r} is not the id of a phase; known: {known}")
        selected = phases[phase]
    nodes = actor_attributes(dossier)
    merged: dict[tuple[str, str], dict[str, Any]] = {}

    def add(u: str, v: str, tie: DerivedTie) -> None:
        key = (u, v) if directed or u <= v else (v, u)
        edge = merged.setdefault(key, {"weight": 0.0, "count": 0, "types": set(), "phases": set()})
        edge["weight"] += tie.weight
        edge["count"] += 1
        edge["types"].add(tie.type)
        edge["phases"].update(tie.phases)

    for tie in _derived(dossier):
        if tie.source == tie.target or not _in_snapshot(tie, selected, at, phases):
            continue
        add(tie.source, tie.target, tie)
        if directed and not tie.directed:
            add(tie.target, tie.source, tie)

    G: nx.Graph = nx.DiGraph() if directed else nx.Graph()
    G.graph.update(
        committee=dossier.committee.id,
        phase=phase or "",
        at=at.isoformat() if at is not None else "",
    )
    if phase is None and at is None:
        keep = set(nodes)
    else:
        keep = {dossier.committee.id} | {n for key in merged for n in key}
    for node_id in sorted(keep):
        G.add_node(node_id, **nodes[node_id])
    for (u, v), edge in sorted(merged.items()):
        G.add_edge(
            u,
            v,
            weight=edge["weight"],
            count=edge["count"],
            types=",".join(sorted(edge["types"])),
            phases=",".join(sorted(edge["phases"])),
        )
    return G
