"""Every seed's outputs: findings, calendar, network picture and HTML report.

For each of the five seed examples this writes into ``build/examples/<seed>/`` (or
``--out DIR/<seed>/``), for every data file of the seed:

- ``<file>.findings.txt``, ``.findings.json``, ``.findings.sarif`` — the checker's report for the
  seed's documented check date (text in Danish, JSON in the documented format, SARIF 2.1.0);
- ``<file>.ics`` — the calendar, with a fixed DTSTAMP so the bytes never change;
- ``<file>.network.svg`` — the stakeholder network drawn by kommissorium's own SVG renderer
  (and ``<file>.network.png`` with the matplotlib picture when the ``plot`` extra is installed);
- ``<file>.html`` — the self-contained HTML report.

Seeds 003 and 004 have two data files each, kept apart on purpose (see examples/README.md),
so they get two sets of outputs.

    python examples/outputs.py [--out DIR] [--no-png]
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import attrs

import kommissorium as k
from kommissorium import network
from kommissorium.ical import to_ics
from kommissorium.report.check import report_json, report_sarif, report_text
from kommissorium.report.html import html_report
from kommissorium.report.netsvg import network_svg
from kommissorium.rules import all_rules, check

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE.parent / "build" / "examples"


@attrs.frozen
class Seed:
    """One seed: its data files, the check/report day and the calendar stamp."""

    name: str
    files: tuple[str, ...]
    on: date
    stamp: datetime
    why: str


SEEDS = (
    Seed(
        "000-hedensted-social-2024",
        ("hedensted-social-2024.toml",),
        date(2024, 1, 1),
        datetime(2024, 1, 2, 8, 0, tzinfo=UTC),
        "the first day of the committee's term (the file's default check date)",
    ),
    Seed(
        "001-hedensted-social-omsorg-2016",
        ("hedensted-social-omsorg-2016.toml",),
        date(2016, 6, 29),
        datetime(2016, 6, 29, 12, 0, tzinfo=UTC),
        "the council's decision to set the committee up (the file's default check date)",
    ),
    Seed(
        "002-norddjurs-strategi-2023",
        ("norddjurs-strategi-2023.toml",),
        date(2023, 10, 26),
        datetime(2023, 10, 26, 12, 0, tzinfo=UTC),
        "the Voksen- og Plejeudvalget meeting whose decision the file records",
    ),
    Seed(
        "003-skanderborg-alle-med-2021",
        ("skanderborg-alle-med-2021.toml", "skanderborg-alle-med-network.toml"),
        date(2021, 4, 30),
        datetime(2021, 4, 30, 12, 0, tzinfo=UTC),
        "the end of the working group's period, when its recommendations were handed over",
    ),
    Seed(
        "004-norddjurs-status-2025",
        ("norddjurs-status-2025-decision.toml", "norddjurs-status-2025.toml"),
        date(2025, 4, 28),
        datetime(2025, 4, 28, 12, 0, tzinfo=UTC),
        "the Voksen- og Plejeudvalget meeting that took the April 2025 status",
    ),
)


def write_seed(seed: Seed, out: Path, *, png: bool = True) -> list[Path]:
    """Write every output of one seed into ``out/<seed name>/`` and return the paths.

    ``png=False`` leaves out the matplotlib pictures (the slowest part).
    """
    folder = out / seed.name
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def put(name: str, data: str | bytes) -> None:
        path = folder / name
        if isinstance(data, str):
            path.write_text(data, encoding="utf-8")
        else:
            path.write_bytes(data)
        written.append(path)

    for file_name in seed.files:
        dossier = k.load(HERE / file_name)
        stem = Path(file_name).stem
        report = check(dossier, on=seed.on)
        put(f"{stem}.findings.txt", report_text(report, source=file_name, lang="da"))
        put(
            f"{stem}.findings.json",
            json.dumps(report_json([(file_name, report)]), ensure_ascii=False, indent=2) + "\n",
        )
        sarif = report_sarif([(file_name, report)], all_rules(), lang="en")
        put(f"{stem}.findings.sarif", json.dumps(sarif, ensure_ascii=False, indent=2) + "\n")
        put(f"{stem}.ics", to_ics(dossier, stamp=seed.stamp, holidays="skip"))
        graph = network.stakeholder_graph(dossier)
        info = network.sector_info(dossier.sectors)
        put(
            f"{stem}.network.svg",
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            + network_svg(graph, info=info, seed=0, title=dossier.committee.name)
            + "\n",
        )
        if png:
            try:
                picture = network.draw_network(
                    graph,
                    folder / f"{stem}.network.png",
                    info=info,
                    seed=0,
                    title=dossier.committee.name,
                )
                written.append(picture)
            except network.MissingExtraError:
                pass  # the plot extra (matplotlib) is not installed: SVG only
        put(f"{stem}.html", html_report(dossier, on=seed.on, report=report, source=file_name))
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder")
    parser.add_argument("--no-png", action="store_true", help="skip the matplotlib pictures")
    args = parser.parse_args(argv)
    for seed in SEEDS:
        paths = write_seed(seed, args.out, png=not args.no_png)
        print(f"{seed.name} (checked for {seed.on.isoformat()}: {seed.why})")
        for path in paths:
            print(f"  {path.name:55} {path.stat().st_size:>8} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
