"""The ``recommendations`` and ``decisions`` commands.

``kommissorium recommendations FILE [--on DATE] [--format text|json|csv] [--by
task|addressee|state] [--lang da|en]`` lists the recommendations with their state on the day,
addressees, proposer, target groups, sub-points, what is overdue and the next status report
due. Without ``--on``
the day is taken from the file (:func:`~kommissorium.report.recommendations.default_report_date`:
the latest day it records, else the end of the term, else the day the committee was set up,
else the start of the term). A file without recommendations prints an empty report
("(ingen anbefalinger)"); a file with recommendations and none of those days needs ``--on``.

``kommissorium decisions FILE [--lang da|en]`` prints the decision records as minutes.

Examples:
    >>> from kommissorium.cli import main
    >>> main(["decisions", "examples/norddjurs-status-2025-decision.toml"])  # doctest: +ELLIPSIS
    Status på udviklingsproces på Socialområdet pr. april 2025
    22/6043 Åben Sag
    ...
    0
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from kommissorium.cli._args import ArgumentError, parse_day
from kommissorium.io import load
from kommissorium.report.minutes import minutes_text
from kommissorium.report.recommendations import (
    GROUPINGS,
    default_report_date,
    recommendations_csv,
    recommendations_empty,
    recommendations_json,
    recommendations_text,
)

__all__ = ["register"]


def register(sub: Any) -> None:
    """Add the ``recommendations`` and ``decisions`` sub-commands."""
    recs = sub.add_parser(
        "recommendations", help="list recommendations with state, addressees and what is overdue"
    )
    recs.add_argument("file", help="committee file (.toml or .json)")
    recs.add_argument(
        "--on",
        help=(
            "report day YYYY-MM-DD (default: the latest day the file records, else the end "
            "of the term, else the day the committee was set up)"
        ),
    )
    recs.add_argument("--format", choices=("text", "json", "csv"), default="text")
    recs.add_argument(
        "--by",
        choices=GROUPINGS,
        default="task",
        help="group text output by task (default), addressee or state",
    )
    recs.add_argument("--lang", choices=("da", "en"), default="da", help="language of text output")
    recs.set_defaults(func=_recommendations)

    decisions = sub.add_parser("decisions", help="print the decision records as minutes")
    decisions.add_argument("file", help="committee file (.toml or .json)")
    decisions.add_argument("--lang", choices=("da", "en"), default="da")
    decisions.set_defaults(func=_decisions)


def _recommendations(args: argparse.Namespace) -> int:
    dossier = load(args.file)
    if args.on is not None:
        on = parse_day(args.on, "--on")
    else:
        found = default_report_date(dossier)
        if found is None:
            if dossier.recommendations:
                raise ArgumentError(
                    f"{args.file}: the file gives no day to report on (no recorded dates, no "
                    "term, no establishing decision); give --on YYYY-MM-DD"
                )
            on = None
        else:
            on = found[0]
    if on is None:
        # nothing to report and no day: the empty report, without a day
        sys.stdout.write(
            recommendations_empty(dossier, fmt=args.format, lang=args.lang, by=args.by)
        )
        return 0
    if args.format == "json":
        sys.stdout.write(recommendations_json(dossier, on=on, by=args.by))
    elif args.format == "csv":
        sys.stdout.write(recommendations_csv(dossier, on=on))
    else:
        sys.stdout.write(recommendations_text(dossier, on=on, lang=args.lang, by=args.by))
    return 0


def _decisions(args: argparse.Namespace) -> int:
    dossier = load(args.file)
    if not dossier.decisions:
        print("Ingen beslutninger i filen." if args.lang == "da" else "No decisions in the file.")
        return 0
    sys.stdout.write(minutes_text(dossier, lang=args.lang))
    return 0
