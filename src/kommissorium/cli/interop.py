"""The interchange commands: ``export`` (OParl 1.1 or Popolo JSON) and ``import-roster``.

``export --format oparl`` writes ``created``/``modified`` from ``--stamp``, else
``SOURCE_DATE_EPOCH``, else midnight UTC of the latest day the file records something happening
(:func:`kommissorium.interop.stamp_day`) — the same rule as ``kommissorium ics`` (the export
never reads the clock). ``export --format popolo`` writes no time stamps and needs none.
"""

from __future__ import annotations

import argparse
from typing import Any

from kommissorium.cli._args import check_output_option, export_stamp, series_in, write_output
from kommissorium.errors import LoadError
from kommissorium.interop import dumps_oparl, dumps_popolo, read_roster, with_roster
from kommissorium.io import dumps, load

__all__ = ["register"]

#: Base URL of the OParl object URLs when ``--base-url`` is not given.
DEFAULT_BASE_URL = "https://example.invalid/oparl/"


def register(sub: Any) -> None:
    """Add ``export`` and ``import-roster``."""
    export = sub.add_parser(
        "export",
        help="write a committee file as OParl 1.1 or Popolo JSON",
        description="OParl objects get URLs below --base-url and created/modified from --stamp "
        "(else $SOURCE_DATE_EPOCH, else midnight UTC of the latest day the file records "
        "something happening). Popolo output has no time stamps.",
    )
    export.add_argument("file", metavar="FILE", help="committee file (.toml or .json)")
    export.add_argument("--format", required=True, choices=["oparl", "popolo"])
    export.add_argument("-o", "--output", default="-", metavar="OUT", help="'-' for stdout")
    export.add_argument(
        "--base-url",
        default=DEFAULT_BASE_URL,
        metavar="URL",
        help=f"absolute URL the OParl ids are made under (default {DEFAULT_BASE_URL})",
    )
    export.add_argument(
        "--stamp",
        metavar="DATETIME",
        help="OParl created/modified, e.g. 2025-01-06T09:00:00Z (default: $SOURCE_DATE_EPOCH, "
        "else from the file's dates)",
    )
    export.set_defaults(func=_export)

    roster = sub.add_parser(
        "import-roster",
        help="add people, bodies and memberships from an OParl listing to a committee file",
    )
    roster.add_argument("listings", nargs="+", metavar="LISTING", help="OParl JSON listing(s)")
    roster.add_argument("--into", required=True, metavar="FILE", help="committee file to extend")
    roster.add_argument("-o", "--output", default="-", metavar="OUT.json", help="'-' for stdout")
    roster.set_defaults(func=_import_roster)


def _export(args: argparse.Namespace) -> int:
    check_output_option(args.output)
    dossier = load(args.file)
    if args.format == "oparl":
        stamp = export_stamp(args.stamp, [dossier], [args.file])
        text = dumps_oparl(dossier, base_url=args.base_url, stamp=stamp)
    else:
        with series_in([dossier], [args.file]):
            text = dumps_popolo(dossier)
    write_output(text, args.output)
    return 0


def _import_roster(args: argparse.Namespace) -> int:
    check_output_option(args.output)
    dossier = load(args.into)
    roster = read_roster(*args.listings)
    try:
        merged = with_roster(dossier, roster)
    except LoadError as exc:  # the merge of the files, not one of them, is inconsistent
        source = f"{args.into} with {', '.join(args.listings)}"
        raise LoadError(source, exc.path, exc.expected, exc.got) from None
    write_output(dumps(merged), args.output)
    return 0
