"""Benchmark: loading and dumping committee files.

For 100, 1,000 and 10,000 generated committee files of realistic size (30 people, 5 phases
written as Danish period expressions), measure the time to load a file from TOML and from JSON,
the time to dump one to JSON, and the peak memory while holding all loaded dossiers. The
baseline is the parser alone (``tomllib.loads`` / ``json.loads`` on the same text), so the ratio
is kommissorium's overhead for structuring, period parsing and integrity checks.

Run: ``python benchmarks/bench_files.py [--sizes 100 1000 10000]``.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
import tomllib
import tracemalloc
from pathlib import Path

# Run as a script, so this folder is on sys.path and _generate imports directly.
from _generate import committee_data, to_json, to_toml

import kommissorium as k


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


def _per_file(seconds: float, n: int) -> float:
    return seconds / n * 1e6


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    args = parser.parse_args()
    rows = []
    for n in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            tomls, jsons = _write(Path(tmp), n)
            toml_texts = [p.read_text(encoding="utf-8") for p in tomls]
            json_texts = [p.read_text(encoding="utf-8") for p in jsons]

            t0 = time.perf_counter()
            for text in toml_texts:
                tomllib.loads(text)
            toml_base = time.perf_counter() - t0
            t0 = time.perf_counter()
            for text in json_texts:
                json.loads(text)
            json_base = time.perf_counter() - t0

            t0 = time.perf_counter()
            for p in tomls:
                k.load(p)
            toml_load = time.perf_counter() - t0

            # Loaded dossiers are not kept here: a growing heap makes the cyclic garbage
            # collector's work, not loading, dominate at 10,000 files.
            t0 = time.perf_counter()
            for p in jsons:
                k.load(p)
            json_load = time.perf_counter() - t0

            # Memory in a separate pass: tracemalloc slows the interpreter down several times.
            tracemalloc.start()
            held = [k.load(p) for p in jsons]
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()

            t0 = time.perf_counter()
            for d in held:
                k.dumps(d)
            dump = time.perf_counter() - t0
        rows.append((n, toml_load, toml_base, json_load, json_base, dump, peak))

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


if __name__ == "__main__":
    main()
