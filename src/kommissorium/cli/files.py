"""Commands that keep committee files: ``fmt``, ``set`` and ``move``.

``kommissorium fmt FILE... [--check]`` writes files in the normal layout (comments kept; see
:mod:`kommissorium.io.layout`). With ``--check`` nothing is written: the files that would
change are named and the exit code is 1.

``kommissorium set FILE PATH VALUE`` changes one value in a file, keeping the rest of it as it
is: ``kommissorium set udvalg.toml "meetings[vpu-2025-04-28].start" 2025-04-28T13:00:00``.
PATH uses the file's names, with an entry's position (from 0) or its id in brackets; VALUE is
read as a TOML value where the field takes one (a date, a number, ``true``, an array) and as
text otherwise.

``kommissorium move FILE RECOMMENDATION STATE --on DATE [--by BODY] [--note TEXT]`` moves a
recommendation to another state of its workflow and records the move in its history, as a
decision in the minutes does; moves the workflow does not allow are refused.

Each prints the change it made as a diff (``--quiet`` for none). Files that do not load are
refused with the loader's one-line error and exit code 2, and never written.

Examples:
    >>> import shutil, tempfile
    >>> from pathlib import Path
    >>> from kommissorium.cli import main
    >>> folder = Path(tempfile.mkdtemp())
    >>> file = folder / "status.toml"
    >>> _ = shutil.copy("examples/norddjurs-status-2025.toml", file)
    >>> main(["set", str(file), "meetings[vpu-2025-04-28].end", "2025-04-28T16:30:00",
    ...       "--quiet"])
    0
    >>> [line for line in file.read_text(encoding="utf-8").splitlines()
    ...  if line.startswith("end = 2025-04-28")]
    ['end = 2025-04-28T16:30:00']
    >>> main(["fmt", "--check", str(file)])  # doctest: +ELLIPSIS
    would reformat .../status.toml
    1 file would be reformatted
    1
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from kommissorium.cli._args import parse_day
from kommissorium.errors import KommissoriumError, TransitionError
from kommissorium.io.keep import edit, set_value
from kommissorium.io.layout import format_file
from kommissorium.io.tomlfile import PathError

__all__ = ["register"]


def register(sub: Any) -> None:
    """Add the ``fmt``, ``set`` and ``move`` sub-commands."""
    fmt = sub.add_parser(
        "fmt", help="write committee files in the normal layout, keeping their comments"
    )
    fmt.add_argument("files", nargs="+", metavar="FILE", help="committee files (.toml or .json)")
    fmt.add_argument(
        "--check",
        action="store_true",
        help="write nothing; name the files that would change and exit 1 if any would",
    )
    fmt.set_defaults(func=_fmt)

    setter = sub.add_parser(
        "set", help="change one value in a committee file, keeping the rest of it as it is"
    )
    setter.add_argument("file", help="committee file (.toml or .json)")
    setter.add_argument(
        "path", help="where: committee.name, meetings[2].start, meetings[vpu-2025-04-28].start"
    )
    setter.add_argument("value", help="the new value (a TOML value, or text)")
    setter.add_argument("--quiet", action="store_true", help="do not print the diff")
    setter.set_defaults(func=_set)

    move = sub.add_parser(
        "move", help="move a recommendation to another state and record it in its history"
    )
    move.add_argument("file", help="committee file (.toml or .json)")
    move.add_argument("recommendation", help="id of the recommendation")
    move.add_argument("state", help="the state it moves to (e.g. approved, in-implementation)")
    move.add_argument("--on", required=True, help="the day of the move (YYYY-MM-DD)")
    move.add_argument("--by", help="id of the body that decided the move")
    move.add_argument("--note", help="a note for the history (e.g. the minutes' wording)")
    move.add_argument("--quiet", action="store_true", help="do not print the diff")
    move.set_defaults(func=_move)


def _fmt(args: argparse.Namespace) -> int:
    changed: list[str] = []
    failed = False
    for name in args.files:
        try:
            if format_file(name, check=args.check):
                changed.append(name)
                print(f"would reformat {name}" if args.check else f"reformatted {name}")
        except KommissoriumError as exc:
            print(f"kommissorium: {exc}", file=sys.stderr)
            failed = True
    count = len(changed)
    files = "file" if count == 1 else "files"
    if args.check and count:
        print(f"{count} {files} would be reformatted")
    elif args.check and not failed:  # a file that did not load is not "formatted"
        print("all files are formatted")
    elif count:
        print(f"{count} {files} reformatted")
    if failed:
        return 2
    return 1 if args.check and changed else 0


def _set(args: argparse.Namespace) -> int:
    editor = edit(args.file)
    try:
        editor.dossier = set_value(editor.dossier, args.path, args.value, source=args.file)
    except PathError as exc:  # a path that leads nowhere: name the file it was meant for
        raise PathError(f"{args.file}: {exc}") from None
    return _finish(editor, args.quiet)


def _move(args: argparse.Namespace) -> int:
    editor = edit(args.file)
    on = parse_day(args.on, "--on")
    try:
        editor.dossier = editor.dossier.move_recommendation(
            args.recommendation, args.state, by=args.by, on=on, note=args.note
        )
    except TransitionError as exc:
        what = str(exc).removeprefix(f"{exc.subject}: ")
        print(f"kommissorium: {args.file}: recommendations[{exc.subject}]: {what}", file=sys.stderr)
        return 2
    except KeyError:
        known = ", ".join(r.id for r in editor.dossier.recommendations) or "none"
        print(
            f"kommissorium: {args.file}: no recommendation {args.recommendation!r} "
            f"(the file has: {known})",
            file=sys.stderr,
        )
        return 2
    return _finish(editor, args.quiet)


def _finish(editor: Any, quiet: bool) -> int:
    diff = editor.diff()
    editor.save()
    if not quiet:
        sys.stdout.write(diff or f"{editor.path}: unchanged\n")
    return 0
