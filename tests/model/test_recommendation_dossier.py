"""Recommendations, cases, hearings and decisions inside a Dossier: integrity and follow-up."""

from __future__ import annotations

from datetime import date

import pytest

from kommissorium.errors import IntegrityError, ModelError
from kommissorium.model import (
    Absence,
    AgendaItem,
    Case,
    Committee,
    CommitteeKind,
    Council,
    DecisionRecord,
    Dossier,
    FollowUp,
    FollowUpMilestone,
    Hearing,
    HearingAnswer,
    Mandate,
    Municipality,
    Party,
    Period,
    Person,
    ProtocolRemark,
    Recommendation,
    RouteStep,
    StateChange,
    StatusSchedule,
    Task,
    hearing_deadlines,
    status_report,
    status_report_dates,
)
from kommissorium.time import election_period

U = Committee(id="u", name="Udvalget", kind=CommitteeKind.STANDING)


def _dossier(**kwargs: object) -> Dossier:
    return Dossier(committee=U, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kwargs", "path"),
    [
        (
            {"recommendations": (Recommendation(id="r", text="t", addressees=("x",)),)},
            "recommendations[0] ('r').addressees[0]",
        ),
        (
            {"recommendations": (Recommendation(id="r", text="t", proposed_by="x"),)},
            "recommendations[0] ('r').proposed_by",
        ),
        (
            {"recommendations": (Recommendation(id="r", text="t", task=3),)},
            "recommendations[0] ('r').task",
        ),
        (
            {"recommendations": (Recommendation(id="r", text="t", state="limbo"),)},
            "recommendations[0] ('r').state",
        ),
        (
            {"recommendations": (Recommendation(id="r", text="t", workflow="nope"),)},
            "recommendations[0] ('r').workflow",
        ),
        (
            {
                "recommendations": (
                    Recommendation(id="r", text="t"),
                    Recommendation(id="r", text="t"),
                )
            },
            "recommendations[1].id",
        ),
        (
            {
                "recommendations": (
                    Recommendation(
                        id="r",
                        text="t",
                        state="approved",
                        history=(StateChange(source="draft", target="approved"),),
                    ),
                )
            },
            "recommendations[0] ('r').history[0].target",
        ),
        (
            {
                "recommendations": (
                    Recommendation(
                        id="r",
                        text="t",
                        state="approved",
                        history=(StateChange(source="draft", target="proposed"),),
                    ),
                )
            },
            "recommendations[0] ('r').state",
        ),
        (
            {
                "recommendations": (
                    Recommendation(
                        id="r",
                        text="t",
                        state="proposed",
                        history=(StateChange(source="draft", target="proposed", body="ghost"),),
                    ),
                )
            },
            "recommendations[0] ('r').history[0].body",
        ),
        (
            {
                "recommendations": (
                    Recommendation(
                        id="r",
                        text="t",
                        state="considered",
                        history=(
                            StateChange(source="draft", target="proposed"),
                            StateChange(source="in-hearing", target="considered"),
                        ),
                    ),
                )
            },
            "recommendations[0] ('r').history[1].source",
        ),
        ({"hearings": (Hearing(id="h", title="t", bodies=("x",)),)}, "hearings[0].bodies[0]"),
        (
            {"hearings": (Hearing(id="h", title="t", recommendations=("x",)),)},
            "hearings[0].recommendations[0]",
        ),
        (
            {"hearings": (Hearing(id="h", title="t", answers=(HearingAnswer(body="x"),)),)},
            "hearings[0].answers[0].body",
        ),
        (
            {"cases": (Case(id="c", title="t", route=(RouteStep(body="x"),)),)},
            "cases[0].route[0].body",
        ),
        (
            {"cases": (Case(id="c", title="t", route=(RouteStep(body="u", decision="d"),)),)},
            "cases[0].route[0].decision",
        ),
        (
            {
                "decisions": (
                    DecisionRecord(
                        id="d",
                        body="u",
                        date=date(2024, 1, 1),
                        item=AgendaItem(title="t"),
                        absentees=(Absence(person="p"),),
                    ),
                )
            },
            "decisions[0].absentees[0].person",
        ),
        (
            {
                "decisions": (
                    DecisionRecord(
                        id="d",
                        body="u",
                        date=date(2024, 1, 1),
                        item=AgendaItem(title="t"),
                        remarks=(ProtocolRemark(person="p"),),
                    ),
                )
            },
            "decisions[0].remarks[0].person",
        ),
        (
            {
                "decisions": (
                    DecisionRecord(
                        id="d",
                        body="u",
                        date=date(2024, 1, 1),
                        item=AgendaItem(title="t"),
                        case="c",
                    ),
                )
            },
            "decisions[0].case",
        ),
        (
            {"status_schedules": (StatusSchedule(id="s", title="t", to=("x",)),)},
            "status_schedules[0].to[0]",
        ),
    ],
)
def test_dangling_references_are_named(kwargs: dict[str, object], path: str) -> None:
    with pytest.raises(IntegrityError) as info:
        _dossier(**kwargs)
    assert info.value.path == path


def test_remark_party_must_be_a_council_party() -> None:
    council = Council(
        id="kb",
        name="KB",
        municipality=Municipality("Norddjurs", "707"),
        election_period=election_period(date(2023, 1, 1)),
        parties=(Party("A", "Socialdemokratiet"),),
    )
    with pytest.raises(IntegrityError, match=r"decisions\[0\].remarks\[0\].party"):
        Dossier(
            committee=U,
            council=council,
            people=(Person(id="p", name="P"),),
            decisions=(
                DecisionRecord(
                    id="d",
                    body="kb",
                    date=date(2024, 1, 1),
                    item=AgendaItem(title="t"),
                    remarks=(ProtocolRemark(person="p", party="Q"),),
                ),
            ),
        )


def test_history_may_start_after_the_initial_state() -> None:
    d = _dossier(
        recommendations=(
            Recommendation(
                id="r",
                text="t",
                state="in-implementation",
                history=(
                    StateChange(target="approved", date=date(2022, 11, 15), body="u"),
                    StateChange(source="approved", target="in-implementation"),
                ),
            ),
        )
    )
    assert d.recommendation("r").decided_on == date(2022, 11, 15)
    with pytest.raises(IntegrityError, match="only the first entry may omit it"):
        _dossier(
            recommendations=(
                Recommendation(
                    id="r",
                    text="t",
                    state="approved",
                    history=(
                        StateChange(source="draft", target="proposed"),
                        StateChange(target="approved"),
                    ),
                ),
            )
        )


def test_progress_must_be_a_percentage() -> None:
    with pytest.raises(ModelError, match="between 0 and 100"):
        FollowUp(progress=101)
    with pytest.raises(ModelError, match="whole months"):
        StatusSchedule(id="s", title="t", per_year=5)


def _tracked() -> Dossier:
    """A dossier with one of every kind of deadline; the expected overdue items follow."""
    return _dossier(
        bodies=(Committee(id="hr", name="Handicaprådet"), Committee(id="kb", name="KB")),
        mandate=Mandate(tasks=(Task(number=1, text="Opgave"),)),
        recommendations=(
            Recommendation(
                id="r1",
                text="at …",
                task=1,
                addressees=("u",),
                state="in-implementation",
                history=(StateChange(target="in-implementation", date=date(2024, 2, 1)),),
                follow_up=FollowUp(
                    progress=40,
                    due=Period(date(2024, 12, 31), date(2024, 12, 31)),
                    milestones=(
                        FollowUpMilestone(
                            id="m1", title="Plan", due=Period(date(2024, 3, 1), date(2024, 3, 31))
                        ),
                        FollowUpMilestone(
                            id="m2",
                            title="Start",
                            done=date(2024, 3, 1),
                            due=Period(date(2024, 2, 1), date(2024, 2, 28)),
                        ),
                    ),
                ),
            ),
            Recommendation(
                id="r2", text="at ikke …", task=1, addressees=("kb", "u"), state="in-hearing"
            ),
            Recommendation(id="r3", text="at …", addressees=("kb",), state="rejected"),
        ),
        hearings=(
            Hearing(
                id="h",
                title="Høring",
                bodies=("hr", "u"),
                deadline=date(2024, 5, 1),
                recommendations=("r2", "r3"),
                answers=(HearingAnswer(body="u"),),
            ),
        ),
        cases=(
            Case(
                id="c",
                title="Sag",
                recommendations=("r2",),
                route=(
                    RouteStep(
                        body="kb", planned=Period(date(2024, 6, 1), date(2024, 6, 30), "juni 2024")
                    ),
                ),
            ),
        ),
    )


def test_status_report_overdue_items() -> None:
    d = _tracked()
    # 2024-04-15: only milestone m1 (due 31 March, not done) is overdue.
    early = status_report(d, on=date(2024, 4, 15))
    assert [(r.id, [o.kind for o in r.overdue]) for r in early.rows] == [
        ("r1", ["milestone"]),
        ("r2", []),
        ("r3", []),
    ]
    # 2025-01-10: m1; the implementation deadline 2024-12-31 (40 %, not implemented);
    # Handicaprådet's answer (deadline 2024-05-01) for r2; KB's treatment planned June 2024.
    # r3 is rejected (final), so its hearing and deadlines are not chased.
    late = status_report(d, on=date(2025, 1, 10))
    assert [(o.kind, o.due) for o in late.rows[0].overdue] == [
        ("milestone", date(2024, 3, 31)),
        ("implementation", date(2024, 12, 31)),
    ]
    assert [(o.kind, o.what) for o in late.rows[1].overdue] == [
        ("hearing-answer", "høringssvar fra Handicaprådet"),
        ("route-step", "behandling i KB (juni 2024)"),
    ]
    assert late.rows[2].overdue == ()
    assert [r.id for r in late.overdue] == ["r1", "r2"]
    assert [(k, [r.id for r in rows]) for k, rows in late.by_task()] == [
        ("1", ["r1", "r2"]),
        ("-", ["r3"]),
    ]
    assert [(k, [r.id for r in rows]) for k, rows in late.by_addressee()] == [
        ("u", ["r1", "r2"]),
        ("kb", ["r2", "r3"]),
    ]
    assert [k for k, _ in late.by_state()] == ["in-implementation", "in-hearing", "rejected"]
    assert late.rows[0].progress == 40
    assert late.rows[0].state_da == "under implementering"


def test_calendar_items() -> None:
    d = _tracked()
    assert [(i.id, i.kind, i.period.start, i.bodies) for i in hearing_deadlines(d)] == [
        ("hearing:h", "hearing-deadline", date(2024, 5, 1), ("hr", "u"))
    ]
    schedules = _dossier(
        status_schedules=(
            StatusSchedule(
                id="s",
                title="Status",
                to=("u",),
                per_year=4,
                period=Period(date(2024, 3, 1), date(2024, 9, 30)),
                dates=(date(2024, 5, 2),),
            ),
        )
    )
    items = status_report_dates(schedules)
    # quarters Q1..Q3 clipped to March–September; the known date stands for Q2, the
    # quarter it falls in, which is not listed a second time
    assert [(i.period.start, i.period.end) for i in items] == [
        (date(2024, 3, 1), date(2024, 3, 31)),
        (date(2024, 5, 2), date(2024, 5, 2)),
        (date(2024, 7, 1), date(2024, 9, 30)),
    ]
    assert len({i.id for i in items}) == len(items)
