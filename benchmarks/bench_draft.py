"""Benchmark: drafting committee files from the labelled corpus of real kommissorier.

Every document in ``tests/data/kommissorier/`` (16 kommissorier and decisions from 11
municipalities, 2 negatives) is read with :func:`kommissorium.read.kommissorium.
read_kommissorium` (an excerpt's cut-off last line left unread, as ``--excerpt`` does) and
scored against its hand labels with :mod:`kommissorium.read.kommissorium.evaluate`: per field
the true positives, false positives and misses over the whole corpus, and precision and recall.
The aims (precision ≥ 0.9 for chair, term, composition kinds and counts, and phases; recall
≥ 0.8) are marked. It also times reading, drafting the TOML file and loading it back, per
document (best of ``--runs``), and says whether each negative was refused ("nothing
recognised").

Run: PYTHONPATH=src python benchmarks/bench_draft.py [--runs 5]
"""

from __future__ import annotations

import argparse
import time
import tomllib
from pathlib import Path

from kommissorium.io import loads
from kommissorium.read.kommissorium import draft_toml, read_kommissorium
from kommissorium.read.kommissorium.evaluate import FIELDS, Counts, score, total

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
#: The development corpus (the phrasings were written with it in view) and the held-out set
#: (labelled before the reader was run on it; never used to change the reader).
SETS = (
    ("development corpus", DATA / "kommissorier"),
    ("held-out set", DATA / "kommissorier-heldout"),
)
#: Fields with a precision aim of 0.9.
PRECISION_AIMS = ("chair", "term", "composition kinds", "composition counts", "phases")
RECALL_AIM = 0.8
PRECISION_AIM = 0.9


def _fmt(value: float | None) -> str:
    return "   –" if value is None else f"{value:4.2f}"


def _run(folder_set: Path, runs: int) -> dict[str, Counts]:
    per_doc: list[dict[str, Counts]] = []
    print(f"{'document':52} | kind             | chars | read ms | draft+load ms | fields")
    print("-" * 108)
    for folder in sorted(p for p in folder_set.iterdir() if p.is_dir()):
        text = (folder / "document.txt").read_text(encoding="utf-8")
        meta = tomllib.loads((folder / "labels.toml").read_text(encoding="utf-8"))
        document = meta["document"]
        excerpt = not document["complete"]
        negative = document["kind"] == "not-kommissorium"
        best_read = best_draft = float("inf")
        for _ in range(runs):
            start = time.perf_counter()
            draft = read_kommissorium(text, name=folder.name, excerpt=excerpt)
            middle = time.perf_counter()
            if draft.recognised:
                loads(draft_toml(draft), format="toml", source=folder.name)
            end = time.perf_counter()
            best_read = min(best_read, middle - start)
            best_draft = min(best_draft, end - middle)
        per_doc.append(score(draft, None if negative else meta.get("labels", {})))
        found = "nothing recognised" if not draft.recognised else f"{len(draft.fields())}"
        if negative:
            found += " (negative: " + ("refused)" if not draft.recognised else "NOT refused)")
        print(
            f"{folder.name:52} | {document['kind']:16} | {len(text):5} | "
            f"{best_read * 1000:7.1f} | {best_draft * 1000:13.1f} | {found}"
        )
    return total(per_doc)


def _table(sums: dict[str, Counts]) -> None:
    print()
    print(f"{'field':20} |  tp |  fp |  fn | precision | recall | aim")
    print("-" * 78)
    for field in FIELDS:
        c = sums[field]
        aims = []
        if field in PRECISION_AIMS:
            met = c.precision is None or c.precision >= PRECISION_AIM
            aims.append(f"P≥{PRECISION_AIM}: {'met' if met else 'MISSED'}")
        met_recall = c.recall is None or c.recall >= RECALL_AIM
        aims.append(f"R≥{RECALL_AIM}: {'met' if met_recall else 'MISSED'}")
        print(
            f"{field:20} | {c.tp:3} | {c.fp:3} | {c.fn:3} |      {_fmt(c.precision)} |"
            f"   {_fmt(c.recall)} | {', '.join(aims)}"
        )
    everything = Counts()
    for c in sums.values():
        everything = everything + c
    print("-" * 78)
    print(
        f"{'all fields':20} | {everything.tp:3} | {everything.fp:3} | {everything.fn:3} |"
        f"      {_fmt(everything.precision)} |   {_fmt(everything.recall)} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    for title, folder_set in SETS:
        print(f"\n### {title} ({folder_set.relative_to(DATA.parent.parent)})\n")
        _table(_run(folder_set, args.runs))
    print(f"\nBest of {args.runs} runs per document; times are wall-clock.")


if __name__ == "__main__":
    main()
