"""The ``kommissorium`` command line.

Each sub-command lives in its own module with a ``register(subparsers)`` function that adds its
parser and sets ``func``. Errors for bad input go to standard error with exit code 2; no
traceback is shown for a :class:`~kommissorium.errors.KommissoriumError`.

Examples:
    >>> main(["periods", "første kvartal 2024"])
    første kvartal 2024: 2024-01-01 – 2024-03-31 (1. januar 2024 – 31. marts 2024)
    0
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from kommissorium.cli import (
    basic,
    checking,
    drafting,
    files,
    ical,
    interop,
    network,
    read,
    recommendations,
    reporting,
)
from kommissorium.errors import KommissoriumError

__all__ = ["build_parser", "main"]

#: Modules that contribute sub-commands, in the order they appear in ``--help``.
_COMMAND_MODULES = (
    basic,
    files,
    checking,
    drafting,
    ical,
    network,
    recommendations,
    reporting,
    interop,
    read,
)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every sub-command registered."""
    parser = argparse.ArgumentParser(
        prog="kommissorium",
        description="Danish municipal committees (§ 17, stk. 4) as data: show, check, export.",
    )
    from kommissorium import __version__

    parser.add_argument("--version", action="version", version=f"kommissorium {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in _COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return the exit code.

    Exit codes: 0 success, 1 the command found problems (``check``), 2 bad input or usage.
    """
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0) if not isinstance(exc.code, str) else 2
    try:
        code: int = args.func(args)
    except KommissoriumError as exc:
        print(f"kommissorium: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # pragma: no cover - e.g. `kommissorium show x | head`
        return 0
    return code


def run() -> None:  # pragma: no cover - console-script entry point
    """Entry point for the ``kommissorium`` script."""
    sys.exit(main())
