"""The ``recommendations`` and ``decisions`` commands.

``kommissorium recommendations FILE [--on DATE] [--format text|json|csv] [--lang da|en]`` lists
the recommendations with state, addressees and what is overdue on the day. Without ``--on``
the day is the latest day the file records (:func:`~kommissorium.report.latest_recorded_date`);
a file that records no day needs ``--on``.

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
    latest_recorded_date,
    recommendations_csv,
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
        help="report day YYYY-MM-DD (default: the latest day the file records)",
    )
    recs.add_argument("--format", choices=("text", "json", "csv"), default="text")
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
        found = latest_recorded_date(dossier)
        if found is None:
            raise ArgumentError(f"{args.file}: the file records no dates; give --on YYYY-MM-DD")
        on = found
    if args.format == "json":
        sys.stdout.write(recommendations_json(dossier, on=on))
    elif args.format == "csv":
        sys.stdout.write(recommendations_csv(dossier, on=on))
    else:
        sys.stdout.write(recommendations_text(dossier, on=on, lang=args.lang))
    return 0


def _decisions(args: argparse.Namespace) -> int:
    dossier = load(args.file)
    if not dossier.decisions:
        print("Ingen beslutninger i filen." if args.lang == "da" else "No decisions in the file.")
        return 0
    sys.stdout.write(minutes_text(dossier, lang=args.lang))
    return 0
