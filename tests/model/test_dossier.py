from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import attrs
import pytest

from kommissorium import (
    Committee,
    CommitteeKind,
    Dossier,
    IntegrityError,
    Meeting,
    Membership,
    ModelError,
    OnBehalfOf,
    Period,
    Person,
    PersonKind,
    Phase,
    PhasePlan,
    RepresentedKind,
    Role,
)

CPH = ZoneInfo("Europe/Copenhagen")
U = Committee(id="u", name="Udvalget", kind=CommitteeKind.SPECIAL_17_4)
SO = Committee(id="so", name="Social Omsorg", kind=CommitteeKind.STANDING)
ANNA = Person(id="anna", name="Anna", kind=PersonKind.COUNCILLOR)


def test_lookups() -> None:
    d = Dossier(
        committee=U,
        bodies=(SO,),
        people=(ANNA, Person(id="bo", name="Bo", kind=PersonKind.EMPLOYEE)),
        memberships=(
            Membership(person="anna", committee="u", role=Role.CHAIR),
            Membership(person="bo", committee="u", role=Role.SECRETARY),
            Membership(
                person="anna", committee="so", period=Period(date(2022, 1, 1), date(2023, 12, 31))
            ),
        ),
    )
    assert d.person("anna") is ANNA
    assert d.body("so") is SO
    assert d.body("u") is U
    assert d.councillors == (ANNA,)
    assert [p.id for p in d.members_of("u")] == ["anna", "bo"]
    assert [p.id for p in d.members_of("u", role=Role.SECRETARY)] == ["bo"]
    assert d.members_of("so", on=date(2023, 12, 31)) == (ANNA,)
    assert d.members_of("so", on=date(2024, 1, 1)) == ()
    with pytest.raises(KeyError):
        d.person("nobody")


@pytest.mark.parametrize(
    ("changes", "path"),
    [
        ({"people": (ANNA, ANNA)}, "people[1].id"),
        ({"bodies": (SO, SO)}, "bodies[1].id"),
        ({"bodies": (attrs.evolve(SO, id="u"),)}, "bodies[0].id"),
        ({"memberships": (Membership(person="x", committee="u"),)}, "memberships[0].person"),
        (
            {"people": (ANNA,), "memberships": (Membership(person="anna", committee="x"),)},
            "memberships[0].committee",
        ),
        (
            {
                "people": (ANNA,),
                "memberships": (
                    Membership(
                        person="anna",
                        committee="u",
                        on_behalf_of=OnBehalfOf(RepresentedKind.COMMITTEE, "so"),
                    ),
                ),
            },
            "memberships[0].on_behalf_of.ref",
        ),
        ({"committee": attrs.evolve(U, predecessor="old")}, "committee.predecessor"),
        (
            {
                "plan": PhasePlan(
                    phases=(
                        Phase(id="p", title="t", period=Period(date(2024, 1, 1)), theme="nope"),
                    )
                )
            },
            "plan.phases[0].theme",
        ),
    ],
)
def test_integrity_problems_name_their_path(changes: dict[str, object], path: str) -> None:
    base = {"committee": U}
    with pytest.raises(IntegrityError) as info:
        Dossier(**{**base, **changes})  # type: ignore[arg-type]
    assert info.value.path == path
    assert isinstance(info.value, ModelError)
    assert isinstance(info.value, ValueError)


def test_valid_reference_is_accepted() -> None:
    d = Dossier(
        committee=U,
        bodies=(SO,),
        people=(ANNA,),
        memberships=(
            Membership(
                person="anna",
                committee="u",
                on_behalf_of=OnBehalfOf(RepresentedKind.COMMITTEE, "so"),
            ),
        ),
    )
    assert d.memberships[0].on_behalf_of == OnBehalfOf(RepresentedKind.COMMITTEE, "so")


def test_period_boundaries() -> None:
    p = Period(date(2024, 1, 1), date(2024, 1, 1))
    assert p.days == 1
    with pytest.raises(ModelError):
        Period(date(2024, 1, 2), date(2024, 1, 1))
    open_ended = Period(date(2024, 1, 1))
    assert date(2099, 1, 1) in open_ended
    assert date(2023, 12, 31) not in open_ended
    assert open_ended.days is None


def test_meeting_must_be_aware_and_end_after_start() -> None:
    start = datetime(2024, 3, 31, 1, 30, tzinfo=CPH)
    Meeting(id="m", committee="u", start=start, end=datetime(2024, 3, 31, 3, 30, tzinfo=CPH))
    with pytest.raises(ModelError, match="before it starts"):
        Meeting(id="m", committee="u", start=start, end=start)
    with pytest.raises(ModelError, match="timezone-aware"):
        Meeting(id="m", committee="u", start=datetime(2024, 1, 1, 10), end=datetime(2024, 1, 1, 12))


def test_objects_are_frozen_and_hashable() -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        U.name = "x"  # type: ignore[misc]
    d = Dossier(committee=U)
    assert hash(d) == hash(Dossier(committee=U))
