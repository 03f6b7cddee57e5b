"""Benchmark: OParl and Popolo export and the OParl roster import, against plain JSON.

For each size N the script builds a dossier with N councillors (each with a party), one
membership of the committee per councillor, N/10 meetings and N/10 decision records with named
votes, then times

* ``oparl``: ``dumps_oparl`` (mapping plus JSON text);
* ``popolo``: ``dumps_popolo``;
* ``committee JSON`` (baseline): ``kommissorium.io.dumps``, the dossier's own JSON form — the
  cheapest complete serialisation of the same data;
* ``roster import``: ``loads_roster`` of the OParl text, against ``json.loads`` of the same text
  (baseline: parsing alone).

Ratios are against the baselines. Run: ``PYTHONPATH=src python benchmarks/bench_interop.py``.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from kommissorium.interop import dumps_oparl, dumps_popolo, loads_roster
from kommissorium.io import dumps
from kommissorium.model import (
    AgendaItem,
    Committee,
    CommitteeKind,
    Council,
    DecisionRecord,
    Dossier,
    ElectionPeriod,
    Meeting,
    Membership,
    Municipality,
    Outcome,
    Party,
    Person,
    PersonKind,
    PointOutcome,
    Vote,
    VoteOption,
)

CPH = ZoneInfo("Europe/Copenhagen")
STAMP = datetime(2025, 1, 6, 9, tzinfo=UTC)
BASE = "https://example.invalid/oparl/"
LETTERS = ("A", "V", "C", "F", "O")


def make(n: int) -> Dossier:
    term = ElectionPeriod(
        election_day=date(2021, 11, 16),
        first_day=date(2022, 1, 1),
        last_day=date(2025, 12, 31),
        next_election_day=date(2025, 11, 18),
    )
    people = tuple(
        Person(id=f"p{i}", name=f"Medlem {i}", kind=PersonKind.COUNCILLOR, party=LETTERS[i % 5])
        for i in range(n)
    )
    first = datetime(2024, 1, 8, 14, tzinfo=CPH)
    meetings = tuple(
        Meeting(
            id=f"m{i}",
            committee="u",
            start=first + timedelta(days=7 * i),
            end=first + timedelta(days=7 * i, hours=2),
        )
        for i in range(max(1, n // 10))
    )
    decisions = tuple(
        DecisionRecord(
            id=f"d{i}",
            body="u",
            date=m.start.date(),
            meeting=m.id,
            item=AgendaItem(title=f"Punkt {i}"),
            outcomes=(
                PointOutcome(
                    outcome=Outcome.APPROVED,
                    votes=tuple(Vote(person=p.id, option=VoteOption.FOR) for p in people[:10]),
                ),
            ),
        )
        for i, m in enumerate(meetings)
    )
    return Dossier(
        committee=Committee(id="u", name="Udvalget", kind=CommitteeKind.SPECIAL_17_4),
        council=Council(
            id="kb",
            name="Byrådet",
            municipality=Municipality("Testrup", "999"),
            election_period=term,
            parties=tuple(Party(letter, f"Parti {letter}") for letter in LETTERS),
        ),
        people=people,
        memberships=tuple(Membership(person=p.id, committee="u") for p in people),
        meetings=meetings,
        decisions=decisions,
    )


def best(fn: Callable[[], object], repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    header = (
        f"{'N people':>9} {'committee JSON':>15} {'oparl':>9} {'ratio':>6} "
        f"{'popolo':>9} {'ratio':>6} {'json.loads':>11} {'roster import':>14} {'ratio':>6}"
    )
    print(header)
    print("-" * len(header))
    for n in (100, 1_000, 5_000):
        d = make(n)
        base = best(lambda d=d: dumps(d))
        oparl = best(lambda d=d: dumps_oparl(d, base_url=BASE, stamp=STAMP))
        popolo = best(lambda d=d: dumps_popolo(d))
        text = dumps_oparl(d, base_url=BASE, stamp=STAMP)
        parse = best(lambda text=text: json.loads(text))
        roster = best(lambda text=text: loads_roster(text))
        print(
            f"{n:>9} {base * 1000:>13.1f}ms {oparl * 1000:>7.1f}ms {oparl / base:>6.2f} "
            f"{popolo * 1000:>7.1f}ms {popolo / base:>6.2f} {parse * 1000:>9.1f}ms "
            f"{roster * 1000:>12.1f}ms {roster / parse:>6.2f}"
        )


if __name__ == "__main__":
    main()
