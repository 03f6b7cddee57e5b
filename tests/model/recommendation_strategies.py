"""Hypothesis strategies: dossiers with workflows, recommendations, cases, hearings, decisions.

Builds on ``tests/io/dossier_strategies.py`` (its :func:`dossiers` gives the committee, bodies,
people and the rest) and adds what that module does not generate: a workflow defined in the
file, recommendations whose history is a random walk on their workflow's graph (made by bodies
allowed to make each move, looked up by kind in the dossier), follow-ups with milestones,
cases with routes and proposals, hearings with answers, decision records with points, votes,
absentees, remarks and attachments, and status schedules.
"""

from __future__ import annotations

import sys
from datetime import time, timedelta
from pathlib import Path

import attrs
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "io"))

from dossier_strategies import (
    DAYS,
    IDS,
    OPTIONAL_TEXT,
    SAFE_TEXT,
    _one_of,
    _refs,
    dossiers,
    periods,
)

from kommissorium.model import (
    Absence,
    AbsenceReason,
    AgendaItem,
    Attachment,
    Case,
    CommitteeKind,
    ConsultationRole,
    DecisionRecord,
    Dossier,
    EarlierTreatment,
    FollowUp,
    FollowUpMilestone,
    Hearing,
    HearingAnswer,
    HearingPosition,
    Outcome,
    Period,
    PointOutcome,
    Polarity,
    Position,
    Proposal,
    ProtocolRemark,
    Recommendation,
    RouteStep,
    Stance,
    StateChange,
    StatusSchedule,
    Substitution,
    Transition,
    Vote,
    VoteCount,
    VoteOption,
    Workflow,
    WorkflowState,
    danish_default_workflow,
)

__all__ = ["dossiers_with_recommendations", "histories", "small_workflows"]

#: Wall-clock times as minutes print them (whole minutes).
TIMES = st.builds(time, st.integers(0, 23), st.integers(0, 59))


@st.composite
def small_workflows(draw: st.DrawFn) -> Workflow:
    """A valid workflow of 2-5 states: a chain from the initial state with random extra edges."""
    count = draw(st.integers(min_value=2, max_value=5))
    ids = [f"s{i}" for i in range(count)]
    final = draw(st.sets(st.sampled_from(ids[1:]), max_size=count - 1))
    states = tuple(
        WorkflowState(
            id=sid,
            label_da=draw(SAFE_TEXT),
            label_en=draw(SAFE_TEXT),
            initial=index == 0,
            final=sid in final,
            approved=draw(st.booleans()),
        )
        for index, sid in enumerate(ids)
    )
    edges: list[tuple[str, str]] = []
    for source in ids:
        if source in final:
            continue
        for target in ids:
            if target != source and draw(st.booleans()):
                edges.append((source, target))
    kinds = st.lists(st.sampled_from(CommitteeKind), max_size=2, unique=True).map(tuple)
    transitions = tuple(
        Transition(
            source=s,
            target=t,
            body_kinds=draw(kinds),
            label_da=draw(OPTIONAL_TEXT),
        )
        for s, t in edges
    )
    return Workflow(
        id="wf-" + draw(IDS), name=draw(SAFE_TEXT), states=states, transitions=transitions
    )


@st.composite
def histories(
    draw: st.DrawFn, workflow: Workflow, dossier: Dossier
) -> tuple[tuple[StateChange, ...], str]:
    """A random walk on the workflow's graph and the state it ends in.

    Each move is made by a body allowed to make it (by id or by kind, looked up in the
    dossier), or by no named body. Dates never go backwards; some are left out.
    """
    body_ids = _body_ids(dossier)
    state = workflow.initial.id
    history: list[StateChange] = []
    day = draw(DAYS)
    if draw(st.booleans()):
        # the earlier moves are not recorded: start somewhere (on or before the first move)
        state = draw(st.sampled_from([s.id for s in workflow.states]))
        history.append(StateChange(source=None, target=state, date=draw(st.none() | st.just(day))))
    for _ in range(draw(st.integers(min_value=0, max_value=8))):
        moves = [t for t in workflow.transitions if t.source == state]
        if not moves:
            break
        move = draw(st.sampled_from(moves))
        allowed = [b for b in body_ids if move.permits(b, dossier.body_kind(b))]
        if move.restricted:
            body = draw(st.none() | st.sampled_from(allowed)) if allowed else None
        else:
            body = draw(st.none() | st.sampled_from(body_ids))
        day = day + timedelta(days=draw(st.integers(min_value=0, max_value=90)))
        history.append(
            StateChange(
                source=state,
                target=move.target,
                date=draw(st.none() | st.just(day)),
                body=body,
                note=draw(OPTIONAL_TEXT),
            )
        )
        state = move.target
    return tuple(history), state


def _body_ids(dossier: Dossier) -> list[str]:
    ids = [dossier.committee.id, *(b.id for b in dossier.bodies)]
    return ids + ([dossier.council.id] if dossier.council is not None else [])


@st.composite
def dossiers_with_recommendations(draw: st.DrawFn) -> Dossier:
    """A generated dossier (:func:`dossiers`) with the recommendation data added."""
    base: Dossier = draw(dossiers())
    workflows = (draw(small_workflows()),) if draw(st.booleans()) else ()
    all_workflows = [danish_default_workflow(), *workflows]
    body_ids = _body_ids(base)
    person_ids = [p.id for p in base.people]
    tasks = [t.number for t in base.mandate.tasks]
    letters = [p.letter for p in base.council.parties] if base.council is not None else []

    rec_ids = draw(st.lists(IDS, unique=True, max_size=4))
    recommendations = []
    for rid in rec_ids:
        workflow = draw(st.sampled_from(all_workflows))
        history, state = draw(histories(workflow, base))
        follow_up = None
        if draw(st.booleans()):
            follow_up = FollowUp(
                status=draw(OPTIONAL_TEXT),
                progress=draw(st.none() | st.integers(0, 100)),
                due=draw(st.none() | periods(open_ended=False)),
                responsible=draw(st.none() | st.sampled_from(body_ids)),
                milestones=tuple(
                    FollowUpMilestone(
                        id=mid,
                        title=draw(SAFE_TEXT),
                        due=draw(st.none() | periods(open_ended=False)),
                        done=draw(st.none() | DAYS),
                    )
                    for mid in draw(st.lists(IDS, unique=True, max_size=2))
                ),
            )
        recommendations.append(
            Recommendation(
                id=rid,
                text=draw(SAFE_TEXT),
                task=draw(st.none() | st.sampled_from(tasks)) if tasks else None,
                proposed_by=draw(st.none() | st.sampled_from(body_ids)),
                addressees=draw(_refs(body_ids)),
                polarity=draw(st.sampled_from(Polarity)),
                points=tuple(draw(st.lists(SAFE_TEXT, max_size=2))),
                target_groups=tuple(draw(st.lists(SAFE_TEXT, max_size=2))),
                workflow=None
                if workflow.id == "dk-default" and draw(st.booleans())
                else workflow.id,
                state=state,
                history=history,
                follow_up=follow_up,
                note=draw(OPTIONAL_TEXT),
            )
        )

    def proposal() -> Proposal:
        return Proposal(
            proposer=draw(st.none() | SAFE_TEXT),
            person=draw(_one_of(person_ids)),
            points=tuple(draw(st.lists(SAFE_TEXT, max_size=3))),
            text=draw(OPTIONAL_TEXT),
        )

    decision_ids = draw(st.lists(IDS, unique=True, max_size=2))
    case_ids = draw(st.lists(IDS, unique=True, max_size=2))
    meeting_ids = [m.id for m in base.meetings]
    cases = tuple(
        Case(
            id=cid,
            title=draw(SAFE_TEXT),
            number=draw(st.none() | st.from_regex(r"\d{2}/\d{1,5}", fullmatch=True)),
            public=draw(st.booleans()),
            route=tuple(
                RouteStep(
                    body=draw(st.sampled_from(body_ids)),
                    role=draw(st.sampled_from(ConsultationRole)),
                    planned=draw(st.none() | periods(open_ended=False)),
                    date=draw(st.none() | DAYS),
                    proposal=proposal() if draw(st.booleans()) else None,
                    decision=draw(st.none() | st.sampled_from(decision_ids))
                    if decision_ids
                    else None,
                    recommends=draw(st.none() | st.sampled_from(Outcome)),
                )
                for _ in range(draw(st.integers(0, 3)))
            ),
            recommendations=draw(_refs(rec_ids)),
        )
        for cid in case_ids
    )
    hearings = tuple(
        Hearing(
            id=hid,
            title=draw(SAFE_TEXT),
            kind=draw(OPTIONAL_TEXT),
            case=draw(_one_of(case_ids)),
            bodies=draw(_refs(body_ids)),
            deadline=draw(st.none() | DAYS),
            period=draw(st.none() | periods(open_ended=False)),
            recommendations=draw(_refs(rec_ids)),
            answers=tuple(
                HearingAnswer(
                    body=draw(st.sampled_from(body_ids)),
                    date=draw(st.none() | DAYS),
                    position=draw(st.none() | st.sampled_from(HearingPosition)),
                    text=draw(OPTIONAL_TEXT),
                )
                for _ in range(draw(st.integers(0, 2)))
            ),
        )
        for hid in draw(st.lists(IDS, unique=True, max_size=2))
    )
    people = st.sampled_from(person_ids) if person_ids else st.nothing()
    decisions = tuple(
        DecisionRecord(
            id=did,
            body=draw(st.sampled_from(body_ids)),
            date=draw(DAYS),
            item=AgendaItem(
                title=draw(SAFE_TEXT),
                number=draw(st.none() | st.from_regex(r"[1-9]\d?", fullmatch=True)),
                case_number=draw(OPTIONAL_TEXT),
                public=draw(st.booleans()),
            ),
            meeting=draw(_one_of(meeting_ids)),
            case=draw(_one_of(case_ids)),
            proposal=proposal() if draw(st.booleans()) else None,
            outcomes=tuple(
                PointOutcome(
                    point=draw(st.none() | st.integers(1, 9)),
                    outcome=draw(st.sampled_from(Outcome)),
                    text=draw(OPTIONAL_TEXT),
                    counts=tuple(
                        VoteCount(
                            option=option,
                            count=draw(st.none() | st.integers(0, 31)),
                            parties=tuple(draw(st.lists(st.sampled_from(letters), max_size=2)))
                            if letters
                            else (),
                            people=tuple(
                                draw(st.lists(people, unique=True, max_size=2))
                                if person_ids
                                else []
                            ),
                        )
                        for option in draw(st.lists(st.sampled_from(VoteOption), unique=True))
                    ),
                    votes=tuple(
                        Vote(person=p, option=draw(st.sampled_from(VoteOption)))
                        for p in (
                            draw(st.lists(people, unique=True, max_size=2)) if person_ids else []
                        )
                    ),
                )
                for _ in range(draw(st.integers(0, 3)))
            ),
            absentees=tuple(
                Absence(
                    person=p,
                    reason=draw(st.sampled_from(AbsenceReason)),
                    points=tuple(draw(st.lists(st.integers(1, 9), max_size=2))),
                    since=draw(st.none() | TIMES),
                    until=draw(st.none() | TIMES),
                    text=draw(OPTIONAL_TEXT),
                )
                for p in (draw(st.lists(people, unique=True, max_size=2)) if person_ids else [])
            ),
            remarks=tuple(
                ProtocolRemark(
                    person=p,
                    party=draw(st.none() | st.sampled_from(letters)) if letters else None,
                    paragraphs=tuple(draw(st.lists(SAFE_TEXT, min_size=1, max_size=2))),
                    on_behalf_of=draw(OPTIONAL_TEXT),
                )
                for p in (draw(st.lists(people, max_size=1)) if person_ids else [])
            ),
            attachments=tuple(
                Attachment(
                    number=n,
                    title=draw(SAFE_TEXT),
                    document_id=draw(OPTIONAL_TEXT),
                    record_number=draw(OPTIONAL_TEXT),
                    public=draw(st.booleans()),
                    mark=draw(OPTIONAL_TEXT),
                )
                for n in draw(st.lists(st.integers(1, 20), unique=True, max_size=3))
            ),
            recommendations=draw(_refs(rec_ids)),
            minutes_name=draw(OPTIONAL_TEXT),
            text=draw(OPTIONAL_TEXT),
            positions=tuple(
                Position(
                    stance=draw(st.sampled_from(Stance)),
                    people=tuple(
                        draw(st.lists(people, unique=True, max_size=2)) if person_ids else []
                    ),
                    parties=tuple(draw(st.lists(st.sampled_from(letters), max_size=2)))
                    if letters
                    else (),
                    group=draw(st.sampled_from([None, "majority", "minority"])),
                    point=draw(st.none() | st.integers(1, 9)),
                    text=draw(OPTIONAL_TEXT),
                )
                for _ in range(draw(st.integers(0, 2)))
            ),
            substitutes=tuple(
                Substitution(
                    person=p,
                    replaces=draw(st.none() | people) if person_ids else None,
                    approved=draw(st.none() | st.booleans()),
                    text=draw(OPTIONAL_TEXT),
                )
                for p in (draw(st.lists(people, unique=True, max_size=1)) if person_ids else [])
            ),
            earlier=tuple(
                EarlierTreatment(
                    body_name=draw(SAFE_TEXT),
                    body=draw(st.none() | st.sampled_from(body_ids)),
                    date=draw(st.none() | DAYS),
                    item=draw(st.none() | st.from_regex(r"[1-9]\d{0,2}", fullmatch=True)),
                    outcome=draw(st.none() | st.sampled_from(Outcome)),
                    text=draw(OPTIONAL_TEXT),
                )
                for _ in range(draw(st.integers(0, 2)))
            ),
        )
        for did in decision_ids
    )
    schedules = []
    for sid in draw(st.lists(IDS, unique=True, max_size=2)):
        start = draw(DAYS)
        period = None
        if draw(st.booleans()):
            period = Period(start, start + timedelta(days=draw(st.integers(0, 900))))
        schedules.append(
            StatusSchedule(
                id=sid,
                title=draw(SAFE_TEXT),
                to=draw(_refs(body_ids)),
                per_year=draw(st.none() | st.sampled_from([1, 2, 3, 4, 6, 12])),
                period=period,
                dates=tuple(sorted(draw(st.lists(DAYS, unique=True, max_size=2)))),
                approximate_dates=tuple(draw(st.lists(periods(open_ended=False), max_size=2))),
                recommendations=draw(_refs(rec_ids)),
                text=draw(OPTIONAL_TEXT),
            )
        )
    return attrs.evolve(
        base,
        workflows=workflows,
        recommendations=tuple(recommendations),
        cases=cases,
        hearings=hearings,
        decisions=decisions,
        status_schedules=tuple(schedules),
    )
