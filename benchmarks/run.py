"""Run every benchmark in this folder (``make bench``).

Each ``bench_*.py`` script prints its own table; this runner runs them one after another in
fresh interpreters so that one benchmark's caches do not flatter the next. Pass names to run
only some: ``python benchmarks/run.py files check``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    scripts = sorted(HERE.glob("bench_*.py"))
    if argv:
        scripts = [s for s in scripts if s.stem.removeprefix("bench_") in argv]
    failed = 0
    for script in scripts:
        print(f"\n## {script.stem.removeprefix('bench_')}  ({script.name})\n", flush=True)
        result = subprocess.run([sys.executable, str(script)], check=False)
        failed += result.returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
