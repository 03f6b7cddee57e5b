"""Benchmark: the minutes reader on the labelled corpus of real Danish minutes.

Prints precision and recall per field against the hand labels in ``tests/data/minutes`` (see
its SOURCES.md), and the time to read each document. The aims (issue "Reading Danish minutes"):
precision ≥ 0.95 on outcomes and absentees, ≥ 0.9 on votes, positions, substitutes and remarks;
recall ≥ 0.9 on each; under 20 ms per document.

Run: PYTHONPATH=src python benchmarks/bench_read.py [--documents] [--repeat N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _minutes_eval import CORPUS, FIELDS, evaluate

AIMS = {
    "outcomes": (0.95, 0.9),
    "absentees": (0.95, 0.9),
    "votes": (0.9, 0.9),
    "positions": (0.9, 0.9),
    "substitutes": (0.9, 0.9),
    "remarks": (0.9, 0.9),
}


def _fmt(value: float | None) -> str:
    return "   –  " if value is None else f"{value:6.3f}"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", action="store_true", help="list each document's time")
    parser.add_argument("--repeat", type=int, default=5, help="read the corpus this many times")
    args = parser.parse_args(argv)
    result = evaluate()
    for _ in range(args.repeat - 1):  # timing: best of several runs per document
        again = evaluate()
        for name, seconds in again.seconds.items():
            result.seconds[name] = min(result.seconds[name], seconds)
    documents = len(result.seconds)
    print(f"corpus: {CORPUS.relative_to(CORPUS.parents[2])}, {documents} documents\n")
    print(
        f"{'field':<20} {'support':>7} {'tp':>5} {'fp':>5} {'fn':>5} {'precision':>9} "
        f"{'recall':>7}  aim (P / R)"
    )
    for name in FIELDS:
        score = result.scores[name]
        aim = AIMS.get(name)
        aim_text = "" if aim is None else f"≥ {aim[0]:.2f} / ≥ {aim[1]:.2f}"
        print(
            f"{name:<20} {score.support:>7} {score.tp:>5} {score.fp:>5} {score.fn:>5} "
            f"{_fmt(score.precision):>9} {_fmt(score.recall):>7}  {aim_text}"
        )
    times = sorted(result.seconds.values())
    print(
        f"\ntime per document: median {statistics.median(times) * 1000:.2f} ms, "
        f"max {times[-1] * 1000:.2f} ms (aim < 20 ms), best of {args.repeat} runs"
    )
    if args.documents:
        for name, seconds in sorted(result.seconds.items(), key=lambda kv: -kv[1]):
            print(f"  {seconds * 1000:7.2f} ms  {name}")
    if result.errors:
        print("\ndocuments the reader refused or could not read:")
        for name, error in sorted(result.errors.items()):
            print(f"  {name}: {error}")
    return 0


if __name__ == "__main__":
    started = time.perf_counter()
    code = main(sys.argv[1:])
    sys.exit(code)
