"""The ``report`` command: the committee as one self-contained HTML page.

``kommissorium report FILE [-o report.html] [--on DATE] [--lang da|en] [--rules-url TEMPLATE]
[--seed N]`` writes the page of :func:`kommissorium.report.html.html_report` to the output file
(or standard output). Without ``--on`` the report day is the file's default check date (the
establishing decision, else the term's start), else the last day the file records something
happening (a decision, a move of a recommendation), else the earliest start of its phases,
meetings and meeting series (:func:`kommissorium.interop.stamp_day`, the day an export is
stamped with); only a file with none of these dates needs ``--on``.

Examples:
    >>> import tempfile, pathlib
    >>> from kommissorium.cli import main
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     out = pathlib.Path(tmp) / "r.html"
    ...     code = main(["report", "examples/hedensted-social-2024.toml", "-o", str(out)])
    ...     code, out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    (0, True)
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from kommissorium.cli._args import check_output_option, write_output
from kommissorium.errors import KommissoriumError
from kommissorium.io import load

__all__ = ["register"]


class ReportArgumentError(KommissoriumError, ValueError):
    """A ``report`` command-line argument that cannot be used."""


def register(sub: Any) -> None:
    """Add the ``report`` sub-command."""
    from kommissorium.report.html import DEFAULT_RULES_URL

    parser = sub.add_parser(
        "report",
        help="write the committee as one self-contained HTML page",
        description=(
            "One HTML page with the committee, its mandate and members, the phase plan as a "
            "timeline, the stakeholder network, the checker's findings and the recommendations. "
            "The page needs no network access to be viewed."
        ),
    )
    parser.add_argument("file", help="committee file (.toml or .json)")
    parser.add_argument("-o", "--output", help="write to this file instead of standard output")
    parser.add_argument(
        "--on", help="report and check day YYYY-MM-DD (default: from the file, see --help)"
    )
    parser.add_argument("--lang", choices=("da", "en"), default="da", help="language (default da)")
    parser.add_argument(
        "--rules-url",
        default=DEFAULT_RULES_URL,
        help="link template for rule codes, {code} is replaced, e.g. "
        "'site/rules/{code}/index.html' (default: no links; the code is shown with the rule's "
        "title and a 'kommissorium rules CODE' hint)",
    )
    parser.add_argument("--seed", type=int, default=0, help="seed of the network layout")
    parser.set_defaults(func=_report)


def _report(args: argparse.Namespace) -> int:
    from kommissorium.interop.stamp import stamp_day
    from kommissorium.report.html import html_report
    from kommissorium.report.recommendations import latest_recorded_date
    from kommissorium.rules import default_check_date

    check_output_option(args.output)
    dossier = load(args.file)
    on: date | None = None
    if args.on:
        try:
            on = date.fromisoformat(args.on)
        except ValueError:
            raise ReportArgumentError(f"--on: expected YYYY-MM-DD, got {args.on!r}") from None
    on = on or default_check_date(dossier) or latest_recorded_date(dossier) or stamp_day(dossier)
    if on is None:
        raise ReportArgumentError(
            f"{args.file}: no report day: the file has no establishing decision date, no term, "
            "no dated events and no phase or meeting; give --on YYYY-MM-DD"
        )
    page = html_report(
        dossier,
        on=on,
        lang=args.lang,
        source=Path(args.file).name,
        rules_url=args.rules_url,
        seed=args.seed,
    )
    write_output(page, args.output)
    return 0
