"""Hypothesis strategies for valid, referentially consistent dossiers (shared by the io tests)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import strategies as st

from kommissorium.model import (
    AimPoint,
    Appointment,
    AppointmentMethod,
    ChairRule,
    ChairRuleKind,
    Committee,
    CommitteeKind,
    Council,
    DecisionPowers,
    Deliverable,
    Dossier,
    EstablishingDecision,
    Function,
    Involvement,
    LegalBasis,
    Mandate,
    Meeting,
    MeetingRules,
    MeetingSeries,
    MeetingStatus,
    Membership,
    Milestone,
    MilestoneKind,
    Municipality,
    OnBehalfOf,
    Party,
    PayDecision,
    PayKind,
    Period,
    Person,
    PersonKind,
    Phase,
    PhasePlan,
    PowerArea,
    Reporting,
    RepresentedKind,
    Role,
    SeatBasis,
    SeatRule,
    SeatRuleKind,
    Sector,
    SectorDef,
    Stakeholder,
    StrategicAim,
    Task,
    Theme,
    Tie,
    TieType,
)
from kommissorium.time import PeriodContext, election_period, parse_period

__all__ = [
    "aim_points",
    "aware_datetimes",
    "danish_periods",
    "dossiers",
    "exact_text",
    "mandates",
    "meeting_series",
    "periods",
    "yearless_milestone_periods",
]

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
    # what committee files allow: no lone surrogates, no control characters but tab, line feed
    # and carriage return, no U+FFFE/U+FFFF (docs/files.md, "Input limits")
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff")
    | st.sampled_from("\t\n\r"),
    min_size=1,
    max_size=20,
)
#: Sectors beyond the built-in ones; the generated dossiers declare them.
EXTRA_SECTORS = ("kultur", "sport")
IDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyzæøå0123456789-", min_size=1, max_size=8)
DAYS = st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31))
OPTIONAL_TEXT = st.none() | SAFE_TEXT


_ORDINALS = ("første", "andet", "tredje", "fjerde")
_PARTS = ("primo", "medio", "ultimo")
_SEASONS = ("foråret", "sommeren", "efteråret")


@st.composite
def _danish_text(draw: st.DrawFn, year: int, *, with_year: bool = True) -> str:
    y = f" {year}" if with_year else ""
    form = draw(st.integers(0, 9 if with_year else 3))
    month = draw(st.integers(1, 12))
    if form == 0:
        return f"{draw(st.sampled_from(_ORDINALS))} kvartal{y}"
    if form == 1:
        return f"{draw(st.sampled_from(_PARTS))} {MONTHS_DA[month - 1]}{y}"
    if form == 2:
        return f"{draw(st.sampled_from(('1.', '2.')))} halvår{y}"
    if form == 3:
        return f"{draw(st.sampled_from(_SEASONS))}{y}"
    if form == 4:
        return f"Q{draw(st.integers(1, 4))}{y}"
    if form == 5:
        return f"udgangen af {draw(st.sampled_from(('', 'marts ')))}{year}"
    if form == 6:
        last = draw(st.integers(month, 12))
        dash = draw(st.sampled_from(("-", "–", " – ", " til ")))
        return f"{MONTHS_DA[month - 1]}{dash}{MONTHS_DA[last - 1]}{y}"
    if form == 7:
        return f"{year}-{(year + 1) % 100:02d}"
    day = draw(st.integers(1, 28))
    if form == 8:
        return f"{day}. {MONTHS_DA[month - 1]}{y}"
    return f"{day:02d}-{month:02d}-{year}"


@st.composite
def danish_periods(draw: st.DrawFn) -> Period:
    """Periods written as the Danish expressions documents use ("ultimo november 2023").

    The range is what :func:`parse_period` makes of the text, so the text is written back.
    """
    text = draw(_danish_text(draw(st.integers(1990, 2040))))
    return parse_period(text)


@st.composite
def yearless_milestone_periods(draw: st.DrawFn) -> tuple[date, Period]:
    """A milestone's ``date`` and a year-less period read in that date's year."""
    day = draw(DAYS)
    text = draw(_danish_text(day.year, with_year=False))
    return day, parse_period(text, context=PeriodContext(year=day.year))


@st.composite
def periods(draw: st.DrawFn, *, open_ended: bool = True) -> Period:
    """Plain periods, periods with an exact-date text or a Danish expression, and periods with
    a stale text."""
    if draw(st.integers(0, 4)) == 0:
        return draw(danish_periods())
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


def _refs(pool: list[str], max_size: int = 3) -> st.SearchStrategy[tuple[str, ...]]:
    if not pool:
        return st.just(())
    return st.lists(st.sampled_from(pool), max_size=max_size).map(tuple)


def _one_of(pool: list[str]) -> st.SearchStrategy[str | None]:
    return st.none() | st.sampled_from(pool) if pool else st.none()


aim_points: st.SearchStrategy[AimPoint] = st.recursive(
    st.builds(AimPoint, SAFE_TEXT),
    lambda children: st.builds(
        AimPoint, SAFE_TEXT, st.lists(children, min_size=1, max_size=3).map(tuple)
    ),
    max_leaves=6,
)
"""Points of a strategic aim, nested up to a few levels."""


@st.composite
def mandates(
    draw: st.DrawFn,
    *,
    bodies: list[str],
    people: list[str],
    actors: list[str],
    phases: list[str],
    aims: list[str],
    themes: list[str],
) -> Mandate:
    """A mandate using every part of :class:`Mandate`, referring only to the given ids."""
    task_numbers = draw(st.lists(st.integers(1, 20), unique=True, max_size=3))
    deliverable_ids = draw(_unique(IDS, 3))
    chair_kind = draw(st.sampled_from(ChairRuleKind))
    return Mandate(
        legal_basis=draw(
            st.just(LegalBasis())
            | st.builds(LegalBasis, law=SAFE_TEXT, paragraph=SAFE_TEXT, consolidation=OPTIONAL_TEXT)
        ),
        established_by=draw(
            st.none()
            | st.builds(
                EstablishingDecision,
                body=st.sampled_from(bodies),
                date=st.none() | DAYS,
                agenda_ref=OPTIONAL_TEXT,
                text=OPTIONAL_TEXT,
            )
        ),
        purpose=draw(OPTIONAL_TEXT),
        function=draw(st.none() | st.sampled_from(Function)),
        serves=draw(_refs(bodies)),
        tasks=tuple(
            Task(number=n, text=draw(SAFE_TEXT), title=draw(OPTIONAL_TEXT)) for n in task_numbers
        ),
        deliverables=tuple(
            Deliverable(
                id=did,
                title=draw(SAFE_TEXT),
                due=draw(st.none() | periods()),
                tasks=tuple(draw(st.lists(st.sampled_from(task_numbers), max_size=2)))
                if task_numbers
                else (),
                to=draw(_refs(bodies)),
            )
            for did in deliverable_ids
        ),
        composition=tuple(
            SeatRule(
                id=sid,
                kind=draw(st.sampled_from(SeatRuleKind)),
                committees=draw(_refs(bodies)),
                count=draw(st.none() | st.integers(1, 5)),
                position=draw(OPTIONAL_TEXT),
                role=draw(st.sampled_from(Role)),
                basis=draw(st.none() | st.sampled_from(SeatBasis)),
                optional=draw(st.booleans()),
                text=draw(OPTIONAL_TEXT),
            )
            for sid in draw(_unique(IDS, 3))
        ),
        composition_text=draw(OPTIONAL_TEXT),
        appointment=draw(
            st.none()
            | st.builds(
                Appointment,
                method=st.sampled_from(AppointmentMethod),
                unanimous=st.none() | st.booleans(),
                decided_on=st.none() | DAYS,
                text=OPTIONAL_TEXT,
            )
        ),
        chair=draw(
            st.none()
            | st.just(
                ChairRule(
                    kind=chair_kind,
                    person=draw(_one_of(people)),
                    committee=draw(_one_of(bodies)),
                    position=draw(OPTIONAL_TEXT),
                    text=draw(OPTIONAL_TEXT),
                )
            )
        ),
        secretariat=draw(OPTIONAL_TEXT),
        secretary_position=draw(OPTIONAL_TEXT),
        term=draw(st.none() | periods()),
        end_condition=draw(OPTIONAL_TEXT),
        powers=draw(
            st.just(DecisionPowers())
            | st.builds(
                DecisionPowers,
                granted=st.booleans(),
                scope=OPTIONAL_TEXT,
                areas=st.lists(st.sampled_from(PowerArea), max_size=3).map(tuple),
                temporary=st.none() | st.booleans(),
                text=OPTIONAL_TEXT,
            )
        ),
        reporting=draw(
            st.none()
            | st.builds(
                Reporting,
                to=_refs(bodies),
                times_per_year=st.none() | st.integers(1, 12),
                text=OPTIONAL_TEXT,
            )
        ),
        meetings=draw(
            st.none()
            | st.builds(
                MeetingRules,
                public=st.none() | st.booleans(),
                plan_set_by=st.none() | st.sampled_from(["committee", "chair", "council"]),
                meetings_per_year=st.none() | st.integers(1, 24),
                rules_of_procedure=OPTIONAL_TEXT,
                text=OPTIONAL_TEXT,
            )
        ),
        pay=tuple(
            draw(
                st.lists(
                    st.builds(
                        PayDecision,
                        kind=st.sampled_from(PayKind),
                        recipients=_refs([*people, "chair"]),
                        percent_of_mayor=st.none()
                        | st.floats(min_value=0, max_value=100, allow_nan=False),
                        decided_on=st.none() | DAYS,
                        text=OPTIONAL_TEXT,
                    ),
                    max_size=2,
                )
            )
        ),
        aims=tuple(
            StrategicAim(
                id=aid,
                title=draw(SAFE_TEXT),
                perspective=draw(OPTIONAL_TEXT),
                points=tuple(draw(st.lists(aim_points, max_size=3))),
                source=draw(OPTIONAL_TEXT),
            )
            for aid in aims
        ),
        themes=tuple(
            Theme(id=t, title=draw(SAFE_TEXT), description=draw(OPTIONAL_TEXT)) for t in themes
        ),
        invites=draw(OPTIONAL_TEXT),
        involve=tuple(
            draw(
                st.lists(
                    st.builds(
                        Involvement,
                        phase=_one_of(phases),
                        stakeholders=_refs(actors),
                        sectors=st.lists(st.sampled_from(Sector), max_size=2).map(tuple),
                        text=OPTIONAL_TEXT,
                    ),
                    max_size=2,
                )
            )
        ),
    )


#: Wording of a series that is kept as a note (not one of the recurrence forms the reader knows).
SERIES_NOTES = ("efter behov", "som aftalt i udvalget", "se mødeplanen")


@st.composite
def meeting_series(draw: st.DrawFn, *, series_id: str, committee: str) -> MeetingSeries:
    """A recurring meeting whose first occurrence is its start (daily or on its weekday)."""
    # Daytime starts on whole minutes: clear of the night-time clock changes, and an occurrence
    # of the rule (dateutil drops sub-second parts of the first start).
    day = draw(DAYS)
    start = datetime(day.year, day.month, day.day, draw(st.integers(7, 15)), tzinfo=CPH)
    start += timedelta(minutes=draw(st.integers(0, 59)))
    end = start + timedelta(minutes=draw(st.integers(15, 8 * 60)))
    weekday = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")[start.weekday()]
    rule = draw(
        st.sampled_from(
            [
                "FREQ=DAILY",
                f"FREQ=WEEKLY;BYDAY={weekday}",
                f"FREQ=WEEKLY;INTERVAL=2;BYDAY={weekday}",
                "FREQ=MONTHLY",
            ]
        )
    )
    return MeetingSeries(
        id=series_id,
        committee=committee,
        start=start,
        end=end,
        rule=rule,
        until=draw(st.none() | st.integers(0, 400).map(lambda n: start.date() + timedelta(n))),
        title=draw(OPTIONAL_TEXT),
        location=draw(OPTIONAL_TEXT),
        text=draw(st.none() | st.sampled_from(SERIES_NOTES)),
        description=draw(OPTIONAL_TEXT),
    )


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
                draw(SAFE_TEXT), draw(st.from_regex(r"[0-9]{3}", fullmatch=True))
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
            sector=draw(st.sampled_from(Sector) | st.sampled_from(EXTRA_SECTORS)),
            kind=draw(st.none() | st.sampled_from(["association", "network"])),
            parent=draw(st.none() | st.sampled_from(stakeholder_ids)),
        )
        for sid in stakeholder_ids
    )
    # people and bodies share one namespace of actors (a stakeholder may share an id: a link)
    person_ids = draw(_unique(IDS.filter(lambda i: i not in all_bodies), 5))
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
    aim_ids = draw(_unique(IDS, 3))
    phase_ids = draw(_unique(IDS, 4))
    mandate = draw(
        mandates(
            bodies=all_bodies,
            people=person_ids,
            actors=[*stakeholder_ids, *person_ids, *all_bodies],
            phases=phase_ids,
            aims=aim_ids,
            themes=theme_ids,
        )
    )
    deliverable_ids = [x.id for x in mandate.deliverables]
    seat_ids = [r.id for r in mandate.composition]
    phases = tuple(
        Phase(
            id=phid,
            title=draw(SAFE_TEXT),
            period=draw(periods()),
            theme=draw(st.none() | st.sampled_from(theme_ids)) if theme_ids else None,
            aims=draw(refs_to(aim_ids)),
            participants=draw(refs_to(stakeholder_ids + person_ids)),
            deliverables=draw(refs_to(deliverable_ids)),
            description=draw(OPTIONAL_TEXT),
        )
        for phid in phase_ids
    )
    milestones = []
    for mid in draw(_unique(IDS, 3)):
        day, period = draw(yearless_milestone_periods())
        if draw(st.booleans()):
            day, period = draw(DAYS), draw(st.none() | periods(open_ended=False))
        milestones.append(
            Milestone(
                id=mid,
                title=draw(SAFE_TEXT),
                date=day,
                period=period,
                kind=draw(st.sampled_from(MilestoneKind)),
                bodies=draw(refs_to(all_bodies)),
                description=draw(OPTIONAL_TEXT),
            )
        )
    behalf_refs = {
        RepresentedKind.COMMITTEE: all_bodies,
        RepresentedKind.PARTY: letters if council else ["A", "V", "Ø"],
        RepresentedKind.ORGANISATION: stakeholder_ids,
    }
    behalf_kinds = [kind for kind, pool in behalf_refs.items() if pool]
    memberships = tuple(
        Membership(
            person=draw(st.sampled_from(person_ids)),
            committee=draw(body_refs),
            role=draw(st.sampled_from(Role)),
            basis=draw(st.sampled_from(SeatBasis)),
            seat=draw(st.none() | st.sampled_from(seat_ids)) if seat_ids else None,
            on_behalf_of=draw(
                st.none()
                | st.sampled_from(behalf_kinds).flatmap(
                    lambda kind: st.builds(
                        OnBehalfOf, st.just(kind), st.sampled_from(behalf_refs[kind])
                    )
                )
            ),
            period=draw(st.none() | periods()),
            phases=draw(refs_to(phase_ids)),
            note=draw(OPTIONAL_TEXT),
        )
        for _ in range(draw(st.integers(0, 5) if person_ids else st.just(0)))
    )
    series = tuple(
        draw(meeting_series(series_id=sid, committee=draw(body_refs)))
        for sid in draw(_unique(IDS, 2))
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
                series=draw(st.none() | st.sampled_from([x.id for x in series]))
                if series
                else None,
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
        plan=PhasePlan(phases=phases, milestones=tuple(milestones)),
        meetings=tuple(meetings),
        series=series,
        stakeholders=stakeholders,
        ties=ties,
        sectors=tuple(SectorDef(id=name) for name in EXTRA_SECTORS),
    )
