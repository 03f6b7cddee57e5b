"""Benchmark: loading and dumping committee files.

For 100, 1,000 and 10,000 generated committee files of realistic size (30 people, 5 phases
written as Danish period expressions), measure the time to load a file from TOML and from JSON,
the time to dump one to JSON, and the peak memory while holding all loaded dossiers. The
baseline is the parser alone (``tomllib.loads`` / ``json.loads`` on the same text), so the ratio
is kommissorium's overhead for structuring, period parsing and integrity checks.

Method: every measurement is the best of ``--repeat`` passes after one warm-up pass, and the
passes alternate (parser, load, parser, load, …) so that a burst of load from other processes
hits both sides of a ratio alike. ``load`` includes reading the file and the parser, so its
ratio to the parser alone is at least 1. The machine's load average before and after the run is
printed with the table: on a shared machine the absolute times are only as good as that.

Run: ``python benchmarks/bench_files.py [--sizes 100 1000 10000] [--repeat 5]``.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import tempfile
import time
import tomllib
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path

# Run as a script, so this folder is on sys.path and _generate imports directly.
from _generate import committee_data, to_json, to_toml

import kommissorium as k

#: The aim the issue sets for JSON loading.
AIM_FILES_PER_SECOND = 2000


def _write(folder: Path, n: int) -> tuple[list[Path], list[Path]]:
    tomls, jsons = [], []
    for seed in range(n):
        data = committee_data(seed)
        t = folder / f"c{seed}.toml"
        j = folder / f"c{seed}.json"
        t.write_text(to_toml(data), encoding="utf-8")
        j.write_text(to_json(data), encoding="utf-8")
        tomls.append(t)
        jsons.append(j)
    return tomls, jsons


def _timed(work: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    work()
    return time.perf_counter() - t0


def best_alternating(works: Sequence[Callable[[], object]], repeat: int) -> list[float]:
    """The best time of each piece of work over ``repeat`` alternating passes, after a warm-up.

    Examples:
        >>> times = best_alternating([lambda: sum(range(10)), lambda: None], repeat=2)
        >>> len(times), all(t >= 0 for t in times)
        (2, True)
    """
    for work in works:
        work()  # warm-up: caches, cattrs' generated hooks, the page cache for the files
    best = [float("inf")] * len(works)
    for _ in range(repeat):
        for i, work in enumerate(works):
            best[i] = min(best[i], _timed(work))
    return best


def _load_all(paths: list[Path]) -> Callable[[], None]:
    def work() -> None:
        for p in paths:
            k.load(p)

    return work


def _parse_all(parse: Callable[[str], object], paths: list[Path]) -> Callable[[], None]:
    def work() -> None:
        for p in paths:
            parse(p.read_text(encoding="utf-8"))

    return work


def _per_file(seconds: float, n: int) -> float:
    return seconds / n * 1e6


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--repeat", type=int, default=5, help="timed passes per measurement")
    args = parser.parse_args()
    load_before = os.getloadavg()
    rows = []
    for n in args.sizes:
        repeat = args.repeat if n <= 1000 else max(2, args.repeat // 2)
        with tempfile.TemporaryDirectory() as tmp:
            tomls, jsons = _write(Path(tmp), n)
            # Loaded dossiers are not kept while timing: a growing heap makes the cyclic
            # garbage collector's work, not loading, dominate at 10,000 files.
            toml_base, toml_load, json_base, json_load = best_alternating(
                [
                    _parse_all(tomllib.loads, tomls),
                    _load_all(tomls),
                    _parse_all(json.loads, jsons),
                    _load_all(jsons),
                ],
                repeat,
            )

            # Memory in a separate pass: tracemalloc slows the interpreter down several times.
            tracemalloc.start()
            held = [k.load(p) for p in jsons]
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()

            gc.freeze()  # the held dossiers are long-lived; keep them out of the collector

            def dump_all(held: list[k.Dossier] = held) -> None:
                for d in held:
                    k.dumps(d)

            (dump,) = best_alternating([dump_all], repeat)
            del held
            gc.unfreeze()
        rows.append((n, toml_load, toml_base, json_load, json_base, dump, peak))
    load_after = os.getloadavg()

    print(
        f"{'files':>7} | {'TOML load µs/file':>17} | {'× tomllib':>9} | {'JSON load µs/file':>17} "
        f"| {'× json':>6} | {'JSON files/s':>12} | {'dump µs/file':>12} | {'peak MiB':>8}"
    )
    print("-" * 112)
    for n, tl, tb, jl, jb, d, peak in rows:
        print(
            f"{n:>7} | {_per_file(tl, n):>17.0f} | {tl / tb:>9.1f} | {_per_file(jl, n):>17.0f} "
            f"| {jl / jb:>6.1f} | {n / jl:>12.0f} | {_per_file(d, n):>12.0f} | {peak / 2**20:>8.1f}"
        )
    first, last = rows[0], rows[-1]
    growth = (last[3] / last[0]) / (first[3] / first[0])
    print(
        f"\nJSON load time per file at {last[0]} files vs {first[0]} files: {growth:.2f}× "
        "(1.0 = linear growth)"
    )
    slowest = min(n / jl for n, _, _, jl, *_ in rows)
    verdict = "met" if slowest >= AIM_FILES_PER_SECOND else "NOT met"
    print(
        f"Aim of {AIM_FILES_PER_SECOND} JSON files/s: {verdict} (slowest row {slowest:.0f}/s). "
        f"Best of {args.repeat} alternating passes after a warm-up (fewer at 10,000 files)."
    )
    print(
        f"Load average (1/5/15 min) before: {load_before[0]:.2f} {load_before[1]:.2f} "
        f"{load_before[2]:.2f}; after: {load_after[0]:.2f} {load_after[1]:.2f} "
        f"{load_after[2]:.2f}; {os.cpu_count()} CPUs."
    )


if __name__ == "__main__":
    main()
