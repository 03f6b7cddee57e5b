"""Benchmark: recommendation moves, history checks on load, and status reports.

Builds dossiers with N recommendations, each moved along the Danish default workflow's main
line (8 moves), and times: the moves themselves, building the Dossier (integrity checks replay
every history), a JSON round trip, and a status report. The baseline for the ratios is the
smallest size. Run: PYTHONPATH=src python benchmarks/bench_recommendations.py
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date, timedelta

import kommissorium as k

STEPS = (
    ("proposed", k.CommitteeKind.WORKING_GROUP),
    ("in-hearing", k.CommitteeKind.STANDING),
    ("considered", k.CommitteeKind.STANDING),
    ("recommended-by-ou", k.CommitteeKind.FINANCE_COMMITTEE),
    ("approved", k.CommitteeKind.COUNCIL),
    ("in-implementation", None),
    ("implemented", None),
    ("evaluated", None),
)


def _best(fn: Callable[[], object], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def _moved(n: int) -> tuple[k.Recommendation, ...]:
    wf = k.danish_default_workflow()
    out = []
    for i in range(n):
        rec = k.Recommendation(id=f"r{i}", text="at …", addressees=("u",))
        day = date(2024, 1, 1)
        for target, kind in STEPS[: 1 + i % len(STEPS)]:
            rec = k.move(rec, wf, target, on=day, body="u", body_kind=kind)
            day += timedelta(days=7)
        out.append(rec)
    return tuple(out)


def main() -> None:
    committee = k.Committee(id="u", name="Udvalget", kind=k.CommitteeKind.STANDING)
    sizes = (100, 1_000, 10_000)
    rows = []
    for n in sizes:
        recs = _moved(n)
        moves = sum(len(r.history) for r in recs)
        t_move = _best(lambda n=n: _moved(n))
        t_build = _best(lambda recs=recs: k.Dossier(committee=committee, recommendations=recs))
        dossier = k.Dossier(committee=committee, recommendations=recs)
        text = k.dumps(dossier)
        t_trip = _best(lambda text=text: k.loads(text))
        t_report = _best(lambda d=dossier: k.status_report(d, on=date(2025, 1, 1)))
        rows.append((n, moves, t_move, t_build, t_trip, t_report))
    base = rows[0]
    print(
        f"{'recs':>7} {'moves':>7} {'move s':>8} {'x':>6} {'build s':>8} {'x':>6} "
        f"{'load s':>8} {'x':>6} {'report s':>9} {'x':>6}"
    )
    for n, moves, *times in rows:
        cells = []
        for t, b in zip(times, base[2:], strict=True):
            cells.append(f"{t:8.4f} {t / b:6.1f}")
        print(f"{n:>7} {moves:>7} " + " ".join(cells))


if __name__ == "__main__":
    main()
