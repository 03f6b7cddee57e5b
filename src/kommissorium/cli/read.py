"""The ``read`` and ``register`` commands: published minutes and committee lists in.

``kommissorium read FILE-OR-FOLDER... [--format text|json|toml] [-o OUT] [--skip-unreadable]``
reads minutes and agendas (plain text, HTML, FirstAgenda JSON; a folder is read file by file in
name order) and prints what was read with the line of each fact (text), every fact with its
source and quote (JSON), or the decision records as a committee-file fragment (TOML).

``kommissorium register COMMITTEE-LIST.json -o FOLDER`` reads a saved FirstAgenda committee list
(``/api/agenda/udvalgsliste``) into a register folder: one committee file per committee of each
election period, with its meetings, and ``register.json`` listing them.

Examples:
    >>> from kommissorium.cli import main
    >>> main(["read", "examples/seeds/004_fb4ab46d81ac6adf.txt"])  # doctest: +ELLIPSIS
    examples/seeds/004_fb4ab46d81ac6adf.txt
    Møde (referat):
    ...
      beslutning: Godkendt  [l. 35]
      fraværende: Tom Bytoft (A)  [l. 45]
    ...
    0
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from kommissorium.cli._args import ArgumentError, write_output
from kommissorium.errors import KommissoriumError
from kommissorium.read import (
    ReadMinutes,
    read_firstagenda_committees,
    read_minutes_file,
    to_dossier,
)
from kommissorium.read.data import minutes_json, minutes_summary
from kommissorium.read.files import read_bytes
from kommissorium.read.names import slug

__all__ = ["register"]

_SUFFIXES = (".txt", ".text", ".html", ".htm", ".json")


def register(sub: Any) -> None:
    """Add the ``read`` and ``register`` sub-commands."""
    read = sub.add_parser(
        "read", help="read published minutes and agendas (text, HTML, FirstAgenda JSON)"
    )
    read.add_argument("paths", nargs="+", metavar="FILE", help="documents, or folders of them")
    read.add_argument("--format", choices=("text", "json", "toml"), default="text")
    read.add_argument("-o", "--output", help="write to this file (default: standard output)")
    read.add_argument(
        "--body", help="id of the deciding body, when the minutes do not name it as the file does"
    )
    read.add_argument(
        "--into",
        metavar="COMMITTEE-FILE",
        help=(
            "add the decisions to this committee file, keeping its comments and layout "
            "(prints the change and the matches)"
        ),
    )
    read.add_argument(
        "--dry-run", action="store_true", help="with --into: show the change, write nothing"
    )
    read.add_argument(
        "--skip-unreadable",
        action="store_true",
        help="go on past documents that cannot be read, listing them on standard error",
    )
    read.add_argument("--lang", choices=("da", "en"), default="da", help="language of text output")
    read.set_defaults(func=_read)

    reg = sub.add_parser(
        "register", help="read a saved FirstAgenda committee list into a register folder"
    )
    reg.add_argument("file", help="the committee list (api/agenda/udvalgsliste), saved as JSON")
    reg.add_argument(
        "agendas",
        nargs="*",
        metavar="AGENDA",
        help="saved agendas or minutes (api/agenda/dagsorden/ID, or text/HTML) whose decisions "
        "go into their committee's file",
    )
    reg.add_argument("-o", "--output", required=True, help="the folder to write")
    reg.add_argument("--period", help="only the committees of this period label")
    reg.set_defaults(func=_register)


def _documents(paths: list[str]) -> list[Path]:
    out: list[Path] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found = sorted(
                p for p in path.iterdir() if p.is_file() and p.suffix.lower() in _SUFFIXES
            )
            if not found:
                raise ArgumentError(
                    f"{name}: expected a folder with documents ({', '.join(_SUFFIXES)}), found none"
                )
            out.extend(found)
        else:
            out.append(path)
    return out


def _read(args: argparse.Namespace) -> int:
    read: list[ReadMinutes] = []
    skipped: list[str] = []
    for path in _documents(args.paths):
        try:
            read.append(read_minutes_file(path))
        except KommissoriumError as exc:
            if not args.skip_unreadable:
                raise
            skipped.append(str(exc))
    if not read:
        raise ArgumentError(f"no document could be read ({'; '.join(skipped)})")
    failed = len(skipped)
    if args.into is not None:
        _into(read, args)
        _report_on_stderr(read, skipped)
        return 2 if failed else 0
    if args.format == "json":
        text = minutes_json(read)
    elif args.format == "toml":
        text = _fragment(read, args.body)
    else:
        text = "\n".join(minutes_summary(m, lang=args.lang) for m in read)
    write_output(text, args.output)
    _report_on_stderr(read, skipped)
    return 2 if failed else 0


def _report_on_stderr(read: list[ReadMinutes], skipped: list[str]) -> None:
    """One line on standard error: the documents skipped, and the warnings of the rest."""
    parts = []
    if skipped:
        parts.append(
            f"skipped {len(skipped)} document(s) that could not be read: " + "; ".join(skipped)
        )
    warnings = sum(len(m.warnings) for m in read)
    if warnings:
        parts.append(f"{warnings} warning(s): statements or lines not read (see the output)")
    if parts:
        print("kommissorium: " + "; ".join(parts), file=sys.stderr)


def _into(read: list[ReadMinutes], args: argparse.Namespace) -> None:
    from kommissorium.io import edit

    editor = edit(args.into)
    dossier = editor.dossier
    for minutes in read:
        attached = to_dossier(minutes, dossier, body=args.body)
        dossier = attached.dossier
        for match in attached.matches:
            print(f"{minutes.document.name}: {match.how}: {match.what!r} -> {match.ref}")
        for warning in attached.warnings:
            print(f"{minutes.document.name}: {warning.code}: {warning.message}", file=sys.stderr)
    editor.dossier = dossier
    sys.stdout.write(editor.diff())
    if not args.dry_run:
        editor.save()


def _fragment(read: list[ReadMinutes], body: str | None) -> str:
    from kommissorium.io import dumps

    dossier = None
    for minutes in read:
        dossier = to_dossier(minutes, dossier, body=body).dossier
    assert dossier is not None
    return dumps(dossier, format="toml")


def _register(args: argparse.Namespace) -> int:
    register_ = read_firstagenda_committees(read_bytes(args.file), name=args.file)
    committees = [c for c in register_.committees if args.period is None or c.period == args.period]
    if not committees:
        periods = ", ".join(repr(p) for p in register_.periods) or "none"
        raise ArgumentError(f"{args.file}: no committees for --period {args.period!r}; "
                            f"periods: {periods}")  # fmt: skip
    from kommissorium.io import dumps

    dossiers = {id(c): register_.dossier(c) for c in committees}
    decisions: dict[int, int] = {}
    for agenda in args.agendas:
        minutes = read_minutes_file(agenda)
        named = minutes.meeting.body.value if minutes.meeting.body else None
        committee = next(
            (c for c in reversed(committees) if named and c.name.casefold() == named.casefold()),
            None,
        )
        if committee is None:
            names = ", ".join(sorted({c.name for c in committees}))
            raise ArgumentError(
                f"{agenda}: its committee {named!r} is not in the register; the register has: "
                f"{names}"
            )
        before = len(dossiers[id(committee)].decisions)
        attached = to_dossier(minutes, dossiers[id(committee)], body=slug(committee.name))
        dossiers[id(committee)] = attached.dossier
        decisions[id(committee)] = decisions.get(id(committee), 0) + (
            len(attached.dossier.decisions) - before
        )
    folder = Path(args.output)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ArgumentError(f"cannot write {folder}: {exc.strerror}") from None
    index = []
    used: set[str] = set()
    for committee in committees:
        name = slug(f"{committee.period}-{committee.name}" if committee.period else committee.name)
        while name in used:
            name += "-2"
        used.add(name)
        dossier = dossiers[id(committee)]
        file = folder / f"{name}.toml"
        write_output(dumps(dossier, format="toml"), str(file))
        index.append({
            "file": file.name,
            "committee": committee.name,
            "id": committee.id,
            "period": committee.period,
            "publications": len(committee.meetings),
            "meetings": len(dossier.meetings),
            "decisions": decisions.get(id(committee), 0),
        })  # fmt: skip
    data = {"source": args.file, "committees": index}
    write_output(
        json.dumps(data, ensure_ascii=False, indent=2) + "\n", str(folder / "register.json")
    )
    print(f"{len(index)} committee file(s) written to {folder}")
    return 0
