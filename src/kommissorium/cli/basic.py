"""The foundation's commands: ``show``, ``periods``, ``elections`` and ``schema``."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any

from kommissorium.cli._args import ArgumentError, parse_day
from kommissorium.errors import PeriodParseError
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
    elections.add_argument(
        "--merged",
        action="store_true",
        help="the municipality was formed by merger in the 2007 reform (changes 2002–2009)",
    )
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
    try:
        period = parse_period(args.text, context=context)
    except PeriodParseError as exc:
        raise _cli_advice(exc, context) from None
    end = period.end.isoformat() if period.end else "…"
    print(
        f"{args.text}: {period.start.isoformat()} – {end} ({format_period(period, lang=args.lang)})"
    )
    return 0


def _elections(args: argparse.Namespace) -> int:
    when: str | None = args.when
    merged: bool = args.merged
    if when is None:
        for year in range(2009, 2034, 4):
            term = election_period(date(year + 1, 1, 1), merged=merged)
            print(f"{election_day(year).isoformat()}  valg → valgperiode {term.label}")
        return 0
    term = election_period(_year_or_day(when), merged=merged)
    print(f"Valgperiode {term.label}: {term.first_day.isoformat()} – {term.last_day.isoformat()}")
    print(f"  valgt ved valget {term.election_day.isoformat()}")
    print(f"  konstituerende møde 1.–15. december {term.election_day.year}")
    print(f"  næste valg {term.next_election_day.isoformat()}")
    if term.note:
        print(f"  note: {term.note}")
    return 0


def _year_or_day(text: str) -> date:
    """A YEAR (mid-year is taken) or a YYYY-MM-DD date from the command line."""
    if text.isdigit():
        year = int(text)
        if not 1 <= year <= 9999:
            raise ArgumentError(f"YEAR: expected a year such as 2025 (1982 or later), got {text!r}")
        return date(year, 7, 1)
    return parse_day(text, "YEAR or DATE")


def _cli_advice(exc: PeriodParseError, context: PeriodContext | None) -> Exception:
    """The parse error, with the option to give when the text only lacks context.

    The library's message names ``PeriodContext``; on the command line the remedy is
    ``--after`` or ``--context-year``. Whether the text would read with that option is tried
    out rather than guessed from the message.
    """
    year = context.year if context is not None else None
    after = context.after if context is not None else None
    probes: list[tuple[str, int | None, date | None]] = []
    if after is None:
        probes.append(("--after YYYY-MM-DD (the first day that is still open)", year, date.min))
    if year is None:
        probes.append(("--context-year YEAR", 2000, after))
    for option, probe_year, probe_after in probes:
        try:
            parse_period(exc.text, context=PeriodContext(year=probe_year, after=probe_after))
        except PeriodParseError:
            continue
        return ArgumentError(f"cannot read period {exc.text!r} on its own: give {option}")
    return exc


def _schema(args: argparse.Namespace) -> int:
    print(json.dumps(json_schema(), ensure_ascii=False, indent=2))
    return 0
