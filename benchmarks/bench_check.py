"""Benchmark: checking 1,000 and 10,000 realistic committees.

Each committee is generated deterministically (no randomness): a council with five parties and
25 councillors, a standing committee with seven members, and a § 17, stk. 4 committee with 30
people (chair, seats from the standing committee, a seat for each party not represented there,
ex officio employees, a secretary and phase-invited participants), five adjacent phases, three
deliverables, pay decisions and stakeholders. The committees are clean — the composition, the
plan and the working rules are consistent, as in a kommissorium ready for the council — except
for deliberate findings on some of them: every 10th runs past the election period (STL301,
STL218), every 7th sets a chair's fee above 40 % (STL502). The info findings every check gives
(STL603: § 20 defaults assumed) are expected. The dossiers are built before timing; only
`check` is timed.

Run: PYTHONPATH=src python benchmarks/bench_check.py [--sizes 1000,10000] [--runs 3]
[--ignore CODES]. Both wall-clock and this process's CPU time are shown; on a shared, loaded
machine the CPU time is the steadier of the two.
"""

from __future__ import annotations

import argparse
import gc
import time
from datetime import date, timedelta

from kommissorium.model import (
    Appointment,
    AppointmentMethod,
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


def _month(day: date, months: int) -> date:
    """The first day of the month ``months`` after ``day``'s month."""
    index = day.month - 1 + months
    return date(day.year + index // 12, index % 12 + 1, 1)


def committee(n: int) -> Dossier:
    """The n-th synthetic committee (deterministic; varies dates and sizes with n)."""
    year = 2014 + 4 * (n % 3)
    term = election_period(date(year, 6, 1))
    start = date(year, 1 + n % 6, 1)
    # Inside the election period, except every 10th committee (deliberate STL301/STL218).
    end = date(year + (4 if n % 10 == 0 else 1 + n % 3), 12, 31)
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
            party=PARTIES[i % 5],
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
    # The standing committee: seven councillors, none from one party (O or F, by n).
    absent = "O" if n % 2 == 0 else "F"
    so = [p.id for p in people[:25] if p.party != absent][:7]
    ms: list[Membership] = []
    for i, pid in enumerate(so):
        ms.append(
            Membership(person=pid, committee="so", role=Role.CHAIR if i == 0 else Role.MEMBER)
        )
    for i, pid in enumerate(so):
        ms.append(
            Membership(
                person=pid,
                committee="u",
                role=Role.CHAIR if i == 0 else Role.MEMBER,
                seat="so-medlemmer",
                on_behalf_of=OnBehalfOf(RepresentedKind.COMMITTEE, "so"),
            )
        )
    # The seven cover the four other parties: one councillor for the party left out.
    holder = next(p for p in people[:25] if p.party == absent)
    ms.append(
        Membership(
            person=holder.id,
            committee="u",
            seat="partier",
            on_behalf_of=OnBehalfOf(RepresentedKind.PARTY, absent),
        )
    )
    for i in range(8):
        ms.append(
            Membership(person=f"e{i}", committee="u", basis=SeatBasis.EX_OFFICIO, seat=f"chef-{i}")
        )
    ms.append(Membership(person="e0", committee="u", role=Role.SECRETARY, basis=SeatBasis.STAFF))
    phases = []
    for p in range(5):
        # Five adjacent four-month phases from the start month.
        p_start = _month(start, 4 * p)
        p_end = min(_month(start, 4 * p + 4) - timedelta(days=1), end)
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
        meetings=MeetingRules(plan_set_by="committee", public=False),
        appointment=Appointment(method=AppointmentMethod.AGREED, unanimous=True, decided_on=start),
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
            # Within the 40 % cap, except every 7th committee (deliberate STL502).
            PayDecision(kind=PayKind.CHAIR_FEE, percent_of_mayor=45 if n % 7 == 0 else 10 + n % 30),
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


def bench(count: int, ignore: tuple[str, ...] = ()) -> tuple[float, float, int]:
    """Check ``count`` committees: (wall seconds, CPU seconds of this process, findings)."""
    dossiers = [committee(n) for n in range(count)]
    # Move the prebuilt dossiers out of the collector's view, so the timing measures `check`
    # and not the garbage collector walking a heap of fixtures that grows with `count`.
    gc.collect()
    gc.freeze()
    on = date(2024, 6, 1)
    findings = 0
    skip = ignore or None
    t0 = time.perf_counter()
    c0 = time.process_time()
    for d in dossiers:
        findings += len(check(d, on=on, ignore=skip).findings)
    cpu = time.process_time() - c0
    elapsed = time.perf_counter() - t0
    gc.unfreeze()
    return elapsed, cpu, findings


def _sizes(text: str) -> tuple[int, ...]:
    try:
        sizes = tuple(int(part.replace("_", "")) for part in text.split(",") if part.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"--sizes: expected numbers like 1000,10000, got {text!r}"
        ) from None
    if not sizes or min(sizes) < 1:
        raise argparse.ArgumentTypeError(f"--sizes: expected positive numbers, got {text!r}")
    return sizes


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=_sizes, default=(1_000, 10_000), help="e.g. 1000,10000")
    parser.add_argument("--runs", type=int, default=3, help="runs per size; the best is shown")
    parser.add_argument(
        "--ignore", default="", help="rule codes or prefixes to leave out, e.g. PLN112"
    )
    args = parser.parse_args(argv)
    ignore = tuple(c.strip() for c in args.ignore.split(",") if c.strip())
    bench(200, ignore)  # warm-up: imports and first-call caches
    rows = []
    for count in args.sizes:
        # Best of N runs: the machine is shared, and the minimum is the least disturbed.
        runs = [bench(count, ignore) for _ in range(max(1, args.runs))]
        rows.append((count, min(r[0] for r in runs), min(r[1] for r in runs), runs[0][2]))
    base = rows[0][2] / rows[0][0]
    print(
        "| committees | wall (s) | µs per committee (wall) | µs per committee (CPU) | findings "
        f"| CPU ratio vs {rows[0][0]:,} |"
    )
    print("|---:|---:|---:|---:|---:|---:|")
    for count, wall, cpu, findings in rows:
        per = cpu / count
        print(
            f"| {count:,} | {wall:.2f} | {wall / count * 1e6:.0f} | {per * 1e6:.0f} "
            f"| {findings:,} | {per / base:.2f} |"
        )


if __name__ == "__main__":
    main()
