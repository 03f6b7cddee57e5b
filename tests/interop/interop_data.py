"""A small hand-made dossier that uses every part the interchange formats map."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from kommissorium.model import (
    AgendaItem,
    Case,
    Committee,
    CommitteeKind,
    ConsultationRole,
    Council,
    DecisionRecord,
    Dossier,
    ElectionPeriod,
    Mandate,
    Meeting,
    MeetingSeries,
    MeetingStatus,
    Membership,
    Municipality,
    OnBehalfOf,
    Outcome,
    Party,
    Period,
    Person,
    PersonKind,
    PointOutcome,
    Proposal,
    Recommendation,
    RepresentedKind,
    Role,
    RouteStep,
    SeatBasis,
    SeatRule,
    SeatRuleKind,
    Stakeholder,
    Vote,
    VoteCount,
    VoteOption,
)

CPH = ZoneInfo("Europe/Copenhagen")


def make_dossier() -> Dossier:
    term = ElectionPeriod(
        election_day=date(2021, 11, 16),
        first_day=date(2022, 1, 1),
        last_day=date(2025, 12, 31),
        next_election_day=date(2025, 11, 18),
    )
    council = Council(
        id="kb",
        name="Kommunalbestyrelsen",
        municipality=Municipality("Testrup", "999"),
        election_period=term,
        parties=(Party("A", "Socialdemokratiet"), Party("V", "Venstre")),
    )
    return Dossier(
        council=council,
        committee=Committee(
            id="s174",
            name="§ 17, stk. 4-udvalget om ældre",
            kind=CommitteeKind.SPECIAL_17_4,
            short_name="ÆU",
            serves=("su",),
        ),
        mandate=Mandate(
            term=Period(date(2024, 1, 1), date(2025, 6, 30)),
            composition=(
                SeatRule(
                    id="fra-su",
                    kind=SeatRuleKind.ONE_FROM_EACH,
                    committees=("su",),
                    text="et medlem fra Socialudvalget",
                ),
            ),
        ),
        bodies=(
            Committee(id="su", name="Socialudvalget", kind=CommitteeKind.STANDING),
            Committee(
                id="sub", name="Arbejdsgruppen", kind=CommitteeKind.WORKING_GROUP, parent="s174"
            ),
        ),
        people=(
            Person(id="anne", name="Anne Hansen", kind=PersonKind.COUNCILLOR, party="A"),
            Person(
                id="bo",
                name="Bo Jensen",
                kind=PersonKind.COUNCILLOR,
                party="V",
                email="bo@example.invalid",
            ),
            Person(id="cai", name="Cai Berg", kind=PersonKind.EMPLOYEE, title="sekretær"),
            Person(id="dea", name="Dea Holm", kind=PersonKind.REPRESENTATIVE, organisation="dh"),
        ),
        memberships=(
            Membership(
                person="anne",
                committee="s174",
                role=Role.CHAIR,
                on_behalf_of=OnBehalfOf(RepresentedKind.COMMITTEE, "su"),
                seat="fra-su",
            ),
            Membership(
                person="bo",
                committee="s174",
                on_behalf_of=OnBehalfOf(RepresentedKind.PARTY, "V"),
                period=Period(date(2024, 3, 1), date(2025, 6, 30)),
            ),
            Membership(person="cai", committee="s174", role=Role.SECRETARY, basis=SeatBasis.STAFF),
            Membership(
                person="dea",
                committee="s174",
                basis=SeatBasis.APPOINTED,
                on_behalf_of=OnBehalfOf(RepresentedKind.ORGANISATION, "dh"),
            ),
            Membership(person="anne", committee="su"),
            Membership(person="anne", committee="kb"),
            Membership(person="bo", committee="kb"),
        ),
        stakeholders=(Stakeholder(id="dh", name="Danske Handicaporganisationer", kind="forening"),),
        meetings=(
            Meeting(
                id="m1",
                committee="s174",
                start=datetime(2024, 2, 6, 14, tzinfo=CPH),
                end=datetime(2024, 2, 6, 16, tzinfo=CPH),
                location="Rådhuset, mødelokale 2",
                status=MeetingStatus.HELD,
            ),
            Meeting(
                id="m2",
                committee="s174",
                start=datetime(2024, 3, 5, 14, tzinfo=CPH),
                end=datetime(2024, 3, 5, 16, tzinfo=CPH),
                status=MeetingStatus.CANCELLED,
            ),
        ),
        series=(
            MeetingSeries(
                id="hver-maaned",
                committee="s174",
                start=datetime(2024, 4, 1, 14, tzinfo=CPH),
                end=datetime(2024, 4, 1, 16, tzinfo=CPH),
                rule="FREQ=MONTHLY;BYDAY=1MO",
            ),
        ),
        recommendations=(
            Recommendation(
                id="R1",
                text="at der etableres et værested",
                proposed_by="s174",
                addressees=("kb",),
                state="approved",
            ),
            Recommendation(
                id="R2", text="at der ikke laves en ny politik", proposed_by="s174", state="draft"
            ),
        ),
        cases=(
            Case(
                id="sag-1",
                number="24/100",
                title="Anbefalinger om ældre",
                recommendations=("R1",),
                route=(
                    RouteStep(
                        body="s174",
                        role=ConsultationRole.PRELIMINARY,
                        date=date(2024, 2, 6),
                        decision="d1",
                    ),
                    RouteStep(body="kb", role=ConsultationRole.DECISION),
                ),
            ),
        ),
        decisions=(
            DecisionRecord(
                id="d1",
                body="s174",
                date=date(2024, 2, 6),
                meeting="m1",
                case="sag-1",
                item=AgendaItem(title="Anbefalinger om ældre", number="3", case_number="24/100"),
                proposal=Proposal(
                    proposer="Direktøren",
                    points=("anbefalingerne godkendes", "sagen sendes videre"),
                ),
                outcomes=(
                    PointOutcome(
                        point=1,
                        outcome=Outcome.APPROVED,
                        votes=(
                            Vote(person="anne", option=VoteOption.FOR),
                            Vote(person="bo", option=VoteOption.AGAINST),
                            Vote(person="dea", option=VoteOption.FOR),
                        ),
                    ),
                    PointOutcome(
                        point=2,
                        outcome=Outcome.REJECTED,
                        counts=(
                            VoteCount(option=VoteOption.FOR, count=1),
                            VoteCount(option=VoteOption.AGAINST, count=2),
                            VoteCount(option=VoteOption.ABSENT, count=1),
                        ),
                    ),
                ),
                recommendations=("R1",),
            ),
        ),
    )
