"""Hypothesis strategies for valid, referentially consistent dossiers (shared by the io tests)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import strategies as st

from kommissorium.model import (
    ChairRule,
    ChairRuleKind,
    Committee,
    CommitteeKind,
    Council,
    Deliverable,
    Dossier,
    Function,
    Mandate,
    Meeting,
    MeetingStatus,
    Membership,
    Milestone,
    MilestoneKind,
    Municipality,
    Party,
    Period,
    Person,
    PersonKind,
    Phase,
    PhasePlan,
    Role,
    SeatBasis,
    SeatRule,
    SeatRuleKind,
    Sector,
    Stakeholder,
    Task,
    Theme,
    Tie,
    TieType,
)
from kommissorium.time import election_period

__all__ = ["aware_datetimes", "dossiers", "exact_text", "periods"]

CPH = ZoneInfo("Europe/Copenhagen")
UTC = ZoneInfo("UTC")

MONTHS_DA = (
    "januar", "februar", "marts", "april", "maj", "juni",
    "juli", "august", "september", "oktober", "november", "december",
)  # fmt: skip


def da(day: date) -> str:
    return f"{day.day}. {MONTHS_DA[day.month - 1]} {day.year}"


def exact_text(period: Period) -> str:
    """The period written with exact Danish dates ("18. december 2023 – 5. januar 2024")."""
    if period.end is None:
        return f"fra {da(period.start)}"
    if period.end == period.start:
        return da(period.start)
    return f"{da(period.start)} – {da(period.end)}"


# -- generated dossiers --------------------------------------------------------------------------

SAFE_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)),  # no lone surrogates
    min_size=1,
    max_size=20,
)
IDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyzæøå0123456789-", min_size=1, max_size=8)
DAYS = st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31))
OPTIONAL_TEXT = st.none() | SAFE_TEXT


@st.composite
def periods(draw: st.DrawFn, *, open_ended: bool = True) -> Period:
    """Plain periods, periods with an exact-date text and periods with a stale text."""
    start = draw(DAYS)
    length = draw(st.integers(min_value=0, max_value=800))
    end: date | None = start + timedelta(days=length)
    if open_ended and draw(st.booleans()) and draw(st.booleans()):
        end = None
    style = draw(st.sampled_from(["plain", "exact", "stale"]))
    if style == "plain":
        return Period(start, end)
    if style == "exact":
        return Period(start, end, exact_text(Period(start, end)))
    other = draw(DAYS)
    return Period(start, end, draw(st.sampled_from([da(other), f"Udgangen af {other.year}"])))


@st.composite
def aware_datetimes(draw: st.DrawFn) -> datetime:
    moment = draw(
        st.datetimes(
            min_value=datetime(1990, 1, 1),
            max_value=datetime(2040, 12, 31),
            timezones=st.just(CPH),
            allow_imaginary=False,
        )
    )
    return moment.replace(microsecond=0) if draw(st.booleans()) else moment


def _unique(ids: st.SearchStrategy[str], max_size: int) -> st.SearchStrategy[list[str]]:
    return st.lists(ids, unique=True, max_size=max_size)


@st.composite
def dossiers(draw: st.DrawFn) -> Dossier:
    committee_id = draw(IDS)
    body_ids = draw(_unique(IDS.filter(lambda i: i != committee_id), 4))
    council = None
    letters: list[str] = []
    if draw(st.booleans()):
        council_id = draw(IDS.filter(lambda i: i != committee_id and i not in body_ids))
        letters = draw(_unique(st.text(alphabet="ABCDFIKLMOVØÅ", min_size=1, max_size=2), 4))
        year = draw(st.integers(min_value=1982, max_value=2040))
        council = Council(
            id=council_id,
            name=draw(SAFE_TEXT),
            municipality=Municipality(
                draw(SAFE_TEXT), draw(st.from_regex(r"\d{3}", fullmatch=True))
            ),
            election_period=election_period(date(year, 6, 1), merged=draw(st.booleans())),
            seats=draw(st.none() | st.integers(min_value=9, max_value=55)),
            parties=tuple(Party(letter, draw(SAFE_TEXT)) for letter in letters),
        )
    all_bodies = [committee_id, *body_ids] + ([council.id] if council else [])
    body_refs = st.sampled_from(all_bodies)

    def refs_to(pool: list[str], max_size: int = 3) -> st.SearchStrategy[tuple[str, ...]]:
        if not pool:
            return st.just(())
        return st.lists(st.sampled_from(pool), max_size=max_size).map(tuple)

    committee = Committee(
        id=committee_id,
        name=draw(SAFE_TEXT),
        kind=draw(st.sampled_from(CommitteeKind)),
        short_name=draw(OPTIONAL_TEXT),
        serves=draw(refs_to(all_bodies)),
        predecessor=draw(st.none() | body_refs),
        description=draw(OPTIONAL_TEXT),
    )
    bodies = tuple(
        Committee(
            id=body_id,
            name=draw(SAFE_TEXT),
            kind=draw(st.sampled_from(CommitteeKind)),
            serves=draw(refs_to(all_bodies)),
        )
        for body_id in body_ids
    )
    stakeholder_ids = draw(_unique(IDS, 4))
    stakeholders = tuple(
        Stakeholder(
            id=sid,
            name=draw(SAFE_TEXT),
            sector=draw(st.sampled_from(Sector) | st.sampled_from(["kultur", "sport"])),
            kind=draw(st.none() | st.sampled_from(["association", "network"])),
            parent=draw(st.none() | st.sampled_from(stakeholder_ids)),
        )
        for sid in stakeholder_ids
    )
    person_ids = draw(_unique(IDS, 5))
    people = tuple(
        Person(
            id=pid,
            name=draw(SAFE_TEXT),
            kind=draw(st.sampled_from(PersonKind)),
            party=draw(st.none() | st.sampled_from(letters)) if letters else None,
            title=draw(OPTIONAL_TEXT),
            organisation=draw(st.none() | st.sampled_from(stakeholder_ids))
            if stakeholder_ids
            else None,
            positions=draw(st.lists(SAFE_TEXT, max_size=2).map(tuple)),
        )
        for pid in person_ids
    )
    theme_ids = draw(_unique(IDS, 3))
    themes = tuple(Theme(id=t, title=draw(SAFE_TEXT)) for t in theme_ids)
    task_numbers = draw(st.lists(st.integers(1, 20), unique=True, max_size=3))
    tasks = tuple(Task(number=n, text=draw(SAFE_TEXT)) for n in task_numbers)
    deliverable_ids = draw(_unique(IDS, 3))
    deliverables = tuple(
        Deliverable(
            id=did,
            title=draw(SAFE_TEXT),
            due=draw(st.none() | periods()),
            tasks=draw(refs_to([str(n) for n in task_numbers]).map(lambda t: tuple(map(int, t)))),
            to=draw(refs_to(all_bodies)),
        )
        for did in deliverable_ids
    )
    seat_ids = draw(_unique(IDS, 3))
    composition = tuple(
        SeatRule(
            id=sid,
            kind=draw(st.sampled_from(SeatRuleKind)),
            committees=draw(refs_to(all_bodies)),
            count=draw(st.none() | st.integers(1, 5)),
            role=draw(st.sampled_from(Role)),
            basis=draw(st.none() | st.sampled_from(SeatBasis)),
            optional=draw(st.booleans()),
        )
        for sid in seat_ids
    )
    mandate = Mandate(
        purpose=draw(OPTIONAL_TEXT),
        function=draw(st.none() | st.sampled_from(Function)),
        serves=draw(refs_to(all_bodies)),
        tasks=tasks,
        deliverables=deliverables,
        composition=composition,
        chair=draw(
            st.none()
            | st.builds(
                ChairRule,
                kind=st.just(ChairRuleKind.NAMED),
                person=st.sampled_from(person_ids) if person_ids else st.none(),
            )
        ),
        term=draw(st.none() | periods()),
        themes=themes,
    )
    phase_ids = draw(_unique(IDS, 4))
    phases = tuple(
        Phase(
            id=phid,
            title=draw(SAFE_TEXT),
            period=draw(periods()),
            theme=draw(st.none() | st.sampled_from(theme_ids)) if theme_ids else None,
            participants=draw(refs_to(stakeholder_ids + person_ids)),
            deliverables=draw(refs_to(deliverable_ids)),
            description=draw(OPTIONAL_TEXT),
        )
        for phid in phase_ids
    )
    milestones = tuple(
        Milestone(
            id=mid,
            title=draw(SAFE_TEXT),
            date=draw(DAYS),
            period=draw(st.none() | periods(open_ended=False)),
            kind=draw(st.sampled_from(MilestoneKind)),
            bodies=draw(refs_to(all_bodies)),
        )
        for mid in draw(_unique(IDS, 2))
    )
    memberships = tuple(
        Membership(
            person=draw(st.sampled_from(person_ids)),
            committee=draw(body_refs),
            role=draw(st.sampled_from(Role)),
            basis=draw(st.sampled_from(SeatBasis)),
            seat=draw(st.none() | st.sampled_from(seat_ids)) if seat_ids else None,
            period=draw(st.none() | periods()),
            phases=draw(refs_to(phase_ids)),
            note=draw(OPTIONAL_TEXT),
        )
        for _ in range(draw(st.integers(0, 5) if person_ids else st.just(0)))
    )
    meetings = []
    for mid in draw(_unique(IDS, 3)):
        start = draw(aware_datetimes())
        minutes = draw(st.integers(min_value=1, max_value=60 * 24 * 3))
        end = (start.astimezone(UTC) + timedelta(minutes=minutes)).astimezone(CPH)
        if end <= start:  # wall-clock comparison across a DST change; keep it simple
            end = start + timedelta(hours=4)
        meetings.append(
            Meeting(
                id=mid,
                committee=draw(body_refs),
                start=start,
                end=end,
                title=draw(OPTIONAL_TEXT),
                location=draw(OPTIONAL_TEXT),
                status=draw(st.sampled_from(MeetingStatus)),
            )
        )
    actors = [*person_ids, *stakeholder_ids, *all_bodies]
    ties = tuple(
        Tie(
            source=draw(st.sampled_from(actors)),
            target=draw(st.sampled_from(actors)),
            type=draw(st.sampled_from(TieType)),
            weight=draw(st.floats(min_value=0.01, max_value=1000, allow_nan=False)),
            directed=draw(st.booleans()),
            phases=draw(refs_to(phase_ids)),
            period=draw(st.none() | periods()),
        )
        for _ in range(draw(st.integers(0, 4)))
    )
    return Dossier(
        committee=committee,
        mandate=mandate,
        council=council,
        bodies=bodies,
        people=people,
        memberships=memberships,
        plan=PhasePlan(phases=phases, milestones=milestones),
        meetings=tuple(meetings),
        stakeholders=stakeholders,
        ties=ties,
    )
