"""The foundation's commands: ``show``, ``periods``, ``elections`` and ``schema``."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any

from kommissorium.cli._args import parse_day
from kommissorium.io import json_schema, load
from kommissorium.report.summary import summary_text
from kommissorium.time import PeriodContext, election_period, format_period, parse_period
from kommissorium.time.elections import election_day

__all__ = ["register"]


def register(sub: Any) -> None:
    """Add the foundation's sub-commands."""
    show = sub.add_parser("show", help="print a readable summary of a committee file")
    show.add_argument("file", help="committee file (.toml or .json)")
    show.add_argument("--lang", choices=("da", "en"), default="da", help="language (default: da)")
    show.set_defaults(func=_show)

    periods = sub.add_parser("periods", help="read a Danish period expression")
    periods.add_argument("text", help='for example "første kvartal 2024" or "resten af 2024"')
    periods.add_argument("--context-year", type=int, help="year for expressions without one")
    periods.add_argument("--after", help="the day the period starts at the earliest (YYYY-MM-DD)")
    periods.add_argument("--lang", choices=("da", "en"), default="da")
    periods.set_defaults(func=_periods)

    elections = sub.add_parser("elections", help="the election period of a year or date")
    elections.add_argument("when", nargs="?", help="YEAR or YYYY-MM-DD (default: list 2009–2033)")
    elections.set_defaults(func=_elections)

    schema = sub.add_parser("schema", help="print the JSON Schema of committee files")
    schema.set_defaults(func=_schema)


def _show(args: argparse.Namespace) -> int:
    dossier = load(args.file)
    sys.stdout.write(summary_text(dossier, lang=args.lang))
    return 0


def _periods(args: argparse.Namespace) -> int:
    after = parse_day(args.after, "--after") if args.after else None
    context = None
    if args.context_year is not None or after is not None:
        context = PeriodContext(year=args.context_year, after=after)
    period = parse_period(args.text, context=context)
    end = period.end.isoformat() if period.end else "…"
    print(
        f"{args.text}: {period.start.isoformat()} – {end} ({format_period(period, lang=args.lang)})"
    )
    return 0


def _elections(args: argparse.Namespace) -> int:
    when: str | None = args.when
    if when is None:
        for year in range(2009, 2034, 4):
            term = election_period(date(year + 1, 1, 1))
            print(f"{election_day(year).isoformat()}  valg → valgperiode {term.label}")
        return 0
    day = date(int(when), 7, 1) if when.isdigit() else parse_day(when, "YEAR or DATE")
    term = election_period(day)
    print(f"Valgperiode {term.label}: {term.first_day.isoformat()} – {term.last_day.isoformat()}")
    print(f"  valgt ved valget {term.election_day.isoformat()}")
    print(f"  konstituerende møde 1.–15. december {term.election_day.year}")
    print(f"  næste valg {term.next_election_day.isoformat()}")
    if term.note:
        print(f"  note: {term.note}")
    return 0


def _schema(args: argparse.Namespace) -> int:
    print(json.dumps(json_schema(), ensure_ascii=False, indent=2))
    return 0
