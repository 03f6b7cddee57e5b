"""Shared data for the calendar tests: a dossier whose texts contain every character that
iCalendar must escape, a few series of every form, overrides and holidays."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from kommissorium.model import (
    Committee,
    CommitteeKind,
    Council,
    Deliverable,
    Dossier,
    ElectionPeriod,
    Mandate,
    Meeting,
    MeetingSeries,
    MeetingStatus,
    Membership,
    Milestone,
    MilestoneKind,
    Municipality,
    Period,
    Person,
    Phase,
    PhasePlan,
    Role,
    Stakeholder,
    Theme,
)

CPH = ZoneInfo("Europe/Copenhagen")
STAMP = datetime(2024, 1, 15, 8, 30, tzinfo=UTC)
TRICKY = "Komma, semikolon; backslash \\ og\nny linje"


def at(y: int, m: int, d: int, h: int, mi: int = 0) -> datetime:
    return datetime(y, m, d, h, mi, tzinfo=CPH)


def make_dossier(committee_id: str = "tricky", name: str = "Udvalg, A; B\\C") -> Dossier:
    council = Council(
        id="kb",
        name="Byrådet",
        municipality=Municipality("Testkommune", "999"),
        election_period=ElectionPeriod(
            election_day=date(2021, 11, 16),
            first_day=date(2022, 1, 1),
            last_day=date(2025, 12, 31),
            next_election_day=date(2025, 11, 18),
        ),
    )
    return Dossier(
        committee=Committee(id=committee_id, name=name, kind=CommitteeKind.SPECIAL_17_4),
        council=council,
        mandate=Mandate(
            purpose=TRICKY,
            themes=(Theme(id="t1", title="Tema; med, tegn"),),
            deliverables=(
                Deliverable(
                    id="rapport",
                    title="Rapport, endelig",
                    due=Period(date(2025, 10, 1), date(2025, 12, 31), "fjerde kvartal 2025"),
                    to=("kb",),
                ),
            ),
        ),
        people=(Person(id="p1", name="Anna; Formand"), Person(id="p2", name="Bo, Medlem")),
        memberships=(
            Membership(person="p1", committee=committee_id, role=Role.CHAIR),
            Membership(person="p2", committee=committee_id),
        ),
        stakeholders=(Stakeholder(id="ngo", name="NGO'er, lokale"),),
        plan=PhasePlan(
            phases=(
                Phase(
                    id="f1",
                    title="Fase, første; \\ del",
                    period=Period(date(2024, 1, 1), date(2024, 3, 31), "første kvartal 2024"),
                    theme="t1",
                    participants=("ngo", "p2"),
                    description=TRICKY,
                ),
                Phase(
                    id="f2",
                    title="Åben fase",
                    period=Period(date(2024, 4, 1)),
                ),
            ),
            milestones=(
                Milestone(
                    id="ms1",
                    title="Status; til byrådet, 1",
                    date=date(2024, 6, 25),
                    kind=MilestoneKind.REPORT,
                    bodies=("kb",),
                    description=TRICKY,
                    period=Period(date(2024, 6, 20), date(2024, 6, 30), "ultimo juni 2024"),
                ),
            ),
        ),
        meetings=(
            Meeting(
                id="m1",
                committee=committee_id,
                start=at(2024, 3, 5, 14),
                end=at(2024, 3, 5, 16),
                title="Møde; ekstra, \\ ",
                location="Rådhuset, lokale 1; 2. sal",
                description=TRICKY,
                status=MeetingStatus.CONFIRMED,
            ),
            Meeting(
                id="m2",
                committee=committee_id,
                start=at(2024, 8, 20, 9),
                end=at(2024, 8, 20, 10),
                status=MeetingStatus.CANCELLED,
            ),
            # a moved occurrence of s1 (2024-05-07 → 2024-05-08 10:00)
            Meeting(
                id="s1-flyt",
                committee=committee_id,
                start=at(2024, 5, 8, 10),
                end=at(2024, 5, 8, 12),
                series="s1",
                recurrence_id=at(2024, 5, 7, 14),
                title="Flyttet møde",
            ),
            # a cancelled occurrence of s1
            Meeting(
                id="s1-aflyst",
                committee=committee_id,
                start=at(2024, 6, 4, 14),
                end=at(2024, 6, 4, 16),
                series="s1",
                recurrence_id=at(2024, 6, 4, 14),
                status=MeetingStatus.CANCELLED,
            ),
        ),
        series=(
            MeetingSeries(
                id="s1",
                committee=committee_id,
                start=at(2024, 1, 2, 14),
                end=at(2024, 1, 2, 16),
                rule="FREQ=WEEKLY;INTERVAL=2;BYDAY=TU",
                until=date(2025, 12, 31),
                text="hver anden tirsdag 14:00–16:00",
                title="Udvalgsmøde, fast; \\",
                location="Mødelokale; A, B",
                description=TRICKY,
            ),
            MeetingSeries(
                id="s2",
                committee=committee_id,
                start=at(2024, 1, 1, 9),
                end=at(2024, 1, 1, 10),
                rule="FREQ=MONTHLY;BYDAY=1MO",
                until=date(2026, 6, 30),
                text="den første mandag i hver måned",
            ),
            MeetingSeries(
                id="s3",
                committee=committee_id,
                start=at(2024, 2, 5, 13),
                end=at(2024, 2, 5, 15),
                rule="FREQ=MONTHLY;INTERVAL=3;BYDAY=1MO",
                until=date(2026, 12, 31),
                text="fire møder om året",
            ),
            # twice a year, the rule built from the words (no rule given): the fourth Tuesday
            # of March and September, on both sides of the summer-time changes
            MeetingSeries(
                id="s4",
                committee=committee_id,
                start=at(2024, 3, 26, 15),
                end=at(2024, 3, 26, 16),
                until=date(2027, 6, 30),
                text="twice a year",
                title="Halvårligt møde",
            ),
            # English words with a time range, and a rule that agrees with them
            MeetingSeries(
                id="s5",
                committee=committee_id,
                start=at(2024, 10, 3, 9),
                end=at(2024, 10, 3, 10, 30),
                rule="FREQ=WEEKLY;INTERVAL=2;BYDAY=TH",
                until=date(2025, 4, 30),
                text="every second Thursday from 9:00 to 10:30",
            ),
        ),
    )
