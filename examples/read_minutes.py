"""Seeds 002 and 004: read the Norddjurs minutes texts into decision records.

The Norddjurs examples were typed in by hand from these two minutes; here the library reads
the seed texts itself, prints what it read with the line of each fact, and attaches the
decisions to the committee files in place of the hand-typed ones.

Run: python examples/read_minutes.py
"""

from __future__ import annotations

from pathlib import Path

import attrs

import kommissorium as k
from kommissorium.read import read_minutes_file, to_dossier
from kommissorium.read.data import minutes_summary
from kommissorium.report.minutes import decision_text

HERE = Path(__file__).resolve().parent

SEEDS = [
    ("seeds/002_caf4917664b254be.txt", "norddjurs-strategi-2023.toml"),
    ("seeds/004_fb4ab46d81ac6adf.txt", "norddjurs-status-2025-decision.toml"),
]

for seed, example in SEEDS:
    minutes = read_minutes_file(HERE / seed)
    print(minutes_summary(minutes))
    typed = k.load(HERE / example)
    # the committee file without its hand-typed decision records (and the route steps that
    # pointed at them); the reader puts them back from the text
    cases = tuple(
        attrs.evolve(c, route=tuple(attrs.evolve(s, decision=None) for s in c.route))
        for c in typed.cases
    )
    attached = to_dossier(minutes, attrs.evolve(typed, decisions=(), cases=cases))
    for match in attached.matches:
        print(f"  {match.how}: {match.what!r} -> {match.ref}")
    (record,) = attached.dossier.decisions
    print()
    print(decision_text(attached.dossier, record))
    same = {f.name for f in attrs.fields(k.DecisionRecord)} - {"text"}
    original = next(d for d in typed.decisions if d.id == record.id)
    assert all(getattr(record, name) == getattr(original, name) for name in same)
    print(f"{example}: the record read from the text equals the hand-typed one.\n")
