"""Benchmark: checking 1,000 and 10,000 realistic committees.

Each committee is generated deterministically (no randomness): a council with five parties and
25 councillors, a standing committee with seven members, and a § 17, stk. 4 committee with 30
people (chair, seats from the standing committee, party seats, ex officio employees, a
secretary and phase-invited participants), five phases, three deliverables, pay decisions and
stakeholders. The dossiers are built before timing; only `check` is timed.

Run: PYTHONPATH=src python benchmarks/bench_check.py
"""

from __future__ import annotations

import gc
import time
from datetime import date

from kommissorium.model import (
    ChairRule,
    ChairRuleKind,
    Committee,
    CommitteeKind,
    Council,
    Deliverable,
    Dossier,
    EstablishingDecision,
    Function,
    Mandate,
    MeetingRules,
    Membership,
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
    Reporting,
    RepresentedKind,
    Role,
    SeatBasis,
    SeatRule,
    SeatRuleKind,
    Stakeholder,
)
from kommissorium.rules import check
from kommissorium.time import election_period

PARTIES = ("A", "C", "F", "O", "V")


def committee(n: int) -> Dossier:
    """The n-th synthetic committee (deterministic; varies dates and sizes with n)."""
    year = 2014 + 4 * (n % 3)
    term = election_period(date(year, 6, 1))
    start = date(year, 1 + n % 6, 1)
    end = date(year + 1 + n % 3, 12, 31)
    council = Council(
        id="kb",
        name="Byrådet",
        municipality=Municipality("Kommune", f"{100 + n % 800:03d}"),
        election_period=term,
        parties=tuple(Party(p, f"Parti {p}") for p in PARTIES),
    )
    people = [
        Person(
            id=f"c{i}",
            name=f"Byrådsmedlem {i}",
            kind=PersonKind.COUNCILLOR,
            party=PARTIES[i % (4 if n % 2 else 5)],
        )
        for i in range(25)
    ]
    people += [
        Person(id=f"e{i}", name=f"Ansat {i}", kind=PersonKind.EMPLOYEE, positions=(f"chef {i}",))
        for i in range(8)
    ]
    people += [
        Person(
            id=f"x{i}",
            name=f"Deltager {i}",
            kind=PersonKind.REPRESENTATIVE,
            organisation=f"s{i % 4}",
        )
        for i in range(10)
    ]
    ms: list[Membership] = []
    for i in range(7):
        ms.append(
            Membership(person=f"c{i}", committee="so", role=Role.CHAIR if i == 0 else Role.MEMBER)
        )
    for i in range(7):
        ms.append(
            Membership(
                person=f"c{i}",
                committee="u",
                role=Role.CHAIR if i == 0 else Role.MEMBER,
                seat="so-medlemmer",
                on_behalf_of=OnBehalfOf(RepresentedKind.COMMITTEE, "so"),
            )
        )
    ms.append(
        Membership(
            person="c7",
            committee="u",
            seat="partier",
            on_behalf_of=OnBehalfOf(RepresentedKind.PARTY, "O"),
        )
    )
    for i in range(8):
        ms.append(
            Membership(person=f"e{i}", committee="u", basis=SeatBasis.EX_OFFICIO, seat=f"chef-{i}")
        )
    ms.append(Membership(person="e0", committee="u", role=Role.SECRETARY, basis=SeatBasis.STAFF))
    phases = []
    for p in range(5):
        p_start = date(
            start.year + (start.month - 1 + 4 * p) // 12, (start.month - 1 + 4 * p) % 12 + 1, 1
        )
        p_end_month = (start.month - 1 + 4 * p + 3) % 12 + 1
        p_end_year = start.year + (start.month - 1 + 4 * p + 3) // 12
        p_end = date(p_end_year, p_end_month, 28)
        phases.append(
            Phase(
                id=f"p{p}",
                title=f"Fase {p}",
                period=Period(p_start, p_end),
                participants=(f"s{p % 4}",),
            )
        )
    for i in range(10):
        ms.append(
            Membership(
                person=f"x{i}",
                committee="u",
                role=Role.OBSERVER,
                basis=SeatBasis.PHASE_INVITED,
                phases=(f"p{i % 5}",),
            )
        )
    seats = [
        SeatRule(id="so-medlemmer", kind=SeatRuleKind.MEMBERS_OF, committees=("so",)),
        SeatRule(id="partier", kind=SeatRuleKind.PARTIES_NOT_REPRESENTED, committees=("so",)),
    ]
    seats += [
        SeatRule(
            id=f"chef-{i}",
            kind=SeatRuleKind.POSITION,
            position=f"chef {i}",
            basis=SeatBasis.EX_OFFICIO,
        )
        for i in range(8)
    ]
    mandate = Mandate(
        established_by=EstablishingDecision(body="kb", date=start),
        function=Function.PREPARATORY,
        serves=("kb",),
        composition=tuple(seats),
        chair=ChairRule(kind=ChairRuleKind.CHAIR_OF, committee="so"),
        secretary_position="chef 0",
        term=Period(start, end),
        reporting=Reporting(to=("kb",)),
        meetings=MeetingRules(plan_set_by="committee"),
        deliverables=tuple(
            Deliverable(
                id=f"d{i}",
                title=f"Leverance {i}",
                to=("kb",),
                due=Period(phases[i + 2].period.start, phases[i + 2].period.end),
            )
            for i in range(3)
        ),
        pay=(
            PayDecision(kind=PayKind.CHAIR_FEE, percent_of_mayor=10 + n % 35),
            PayDecision(kind=PayKind.DAILY_ALLOWANCE, recipients=("x0", "x1")),
        ),
    )
    return Dossier(
        committee=Committee(id="u", name=f"Udvalg {n}", kind=CommitteeKind.SPECIAL_17_4),
        council=council,
        mandate=mandate,
        bodies=(Committee(id="so", name="Social Omsorg", kind=CommitteeKind.STANDING),),
        people=tuple(people),
        memberships=tuple(ms),
        plan=PhasePlan(phases=tuple(phases)),
        stakeholders=tuple(Stakeholder(id=f"s{i}", name=f"Organisation {i}") for i in range(4)),
    )


def bench(count: int) -> tuple[float, int]:
    dossiers = [committee(n) for n in range(count)]
    # Move the prebuilt dossiers out of the collector's view, so the timing measures `check`
    # and not the garbage collector walking a heap of fixtures that grows with `count`.
    gc.collect()
    gc.freeze()
    on = date(2024, 6, 1)
    findings = 0
    t0 = time.perf_counter()
    for d in dossiers:
        findings += len(check(d, on=on).findings)
    elapsed = time.perf_counter() - t0
    gc.unfreeze()
    return elapsed, findings


def main() -> None:
    bench(200)  # warm-up: imports and first-call caches
    rows = []
    for count in (1_000, 10_000):
        # Best of three runs: the machine is shared, and the minimum is the least disturbed.
        runs = [bench(count) for _ in range(3)]
        seconds = min(r[0] for r in runs)
        rows.append((count, seconds, runs[0][1]))
    base = rows[0][1] / rows[0][0]
    print("| committees | total (s) | µs per committee | findings | per-committee ratio vs 1,000 |")
    print("|---:|---:|---:|---:|---:|")
    for count, seconds, findings in rows:
        per = seconds / count
        print(f"| {count:,} | {seconds:.2f} | {per * 1e6:.0f} | {findings:,} | {per / base:.2f} |")


if __name__ == "__main__":
    main()
