"""The ``draft`` command: a committee file drafted from a kommissorium text.

``kommissorium draft TEXT-FILE [-o committee.toml] [--excerpt] [--on DATE] [--force]`` reads a
kommissorium or a council's setting-up decision (plain UTF-8 text, or an HTML page saved as
``.html``), writes a TOML committee file in which every value is followed by a comment quoting
the sentence it came from and what could not be read is listed at the top as TODO lines, then
checks the draft with the same checker as ``kommissorium check`` and prints the findings.

Exit codes: 0 when a draft was written (a partial draft too: its TODO list says what is
missing; the checker's findings do not change the exit code, a draft is expected to have
some); 2 for input that cannot be drafted: a file that cannot be read, binary data, text
that is not UTF-8, a text longer than the limit, or a text in which nothing of a kommissorium
is recognised. In that last case no file is written, so a file that already exists is never
replaced by an empty draft.

Without ``-o`` the TOML goes to standard output and the summary and findings to standard
error; with ``-o FILE`` the file is written (an existing one only with ``--force``) and the
summary and findings go to standard output.

Examples:
    >>> import tempfile, pathlib
    >>> from kommissorium.cli import main
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> text = folder / "menu.txt"
    >>> _ = text.write_text("Dagens ret: fiskefrikadeller med remoulade.", encoding="utf-8")
    >>> main(["draft", str(text), "-o", str(folder / "menu.toml")])
    2
    >>> (folder / "menu.toml").exists()
    False
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from kommissorium.cli._args import ArgumentError, parse_day, write_output
from kommissorium.io import loads
from kommissorium.read.kommissorium import (
    MAX_TEXT_CHARS,
    KommissoriumDraft,
    draft_toml,
    read_kommissorium,
)
from kommissorium.read.markup import html_to_text
from kommissorium.report.check import report_text
from kommissorium.rules import check, default_check_date

__all__ = ["MAX_TEXT_BYTES", "read_text_file", "register"]

#: Files larger than this are refused before they are read (a kommissorium is a few pages).
MAX_TEXT_BYTES = 4 * MAX_TEXT_CHARS


def register(sub: Any) -> None:
    """Add the ``draft`` sub-command."""
    p = sub.add_parser(
        "draft",
        help="draft a committee file (TOML) from a kommissorium text",
        description="Read a kommissorium or setting-up decision (Danish text) and write a "
        "committee file with the source sentence after every value and a TODO list; then "
        "check it.",
    )
    p.add_argument("text", metavar="TEXT-FILE", help="the kommissorium as UTF-8 text (or .html)")
    p.add_argument("-o", "--output", help="the TOML file to write (default: standard output)")
    p.add_argument(
        "--excerpt",
        action="store_true",
        help="the text is an excerpt cut off at its end: leave its last line unread",
    )
    p.add_argument("--on", help="check date YYYY-MM-DD (default: decision date, else term start)")
    p.add_argument("--force", action="store_true", help="replace an existing output file")
    p.add_argument("--lang", choices=("da", "en"), default="da", help="language of the findings")
    p.set_defaults(func=_draft)


def read_text_file(path: str) -> str:
    """The text of a kommissorium file, refusing what is not text.

    HTML pages (``.html``, ``.htm``, or text that starts like one) are turned into their text.

    Raises:
        ArgumentError: The file cannot be read, is larger than :data:`MAX_TEXT_BYTES`, holds
            binary data or is not UTF-8; the message names the file and what was found.
    """
    file = Path(path)
    try:
        size = file.stat().st_size
        if size > MAX_TEXT_BYTES:
            raise ArgumentError(
                f"{path}: {size} bytes is too large for a kommissorium text (at most "
                f"{MAX_TEXT_BYTES} bytes); give the kommissorium itself, not a whole agenda"
            )
        raw = file.read_bytes()
    except OSError as exc:
        raise ArgumentError(f"{path}: cannot read the file: {exc.strerror}") from None
    nul = raw.find(b"\x00")
    if nul != -1:
        raise ArgumentError(
            f"{path}: binary data (a NUL byte at offset {nul}), not text; save the document "
            "as plain text (UTF-8) first"
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArgumentError(
            f"{path}: not UTF-8 text (byte 0x{raw[exc.start]:02x} at offset {exc.start}); "
            "save the document as plain text in UTF-8"
        ) from None
    head = text.lstrip()[:200].casefold()
    if file.suffix.casefold() in (".html", ".htm") or head.startswith(("<!doctype html", "<html")):
        text = html_to_text(text).text
    if len(text) > MAX_TEXT_CHARS:
        raise ArgumentError(
            f"{path}: {len(text)} characters is too long for a kommissorium text (at most "
            f"{MAX_TEXT_CHARS})"
        )
    return text


def _draft(args: argparse.Namespace) -> int:
    on: date | None = parse_day(args.on, "--on") if args.on else None
    to_stdout = args.output in (None, "-")
    if not to_stdout and Path(args.output).exists() and not args.force:
        raise ArgumentError(
            f"{args.output}: the file exists; give --force to replace it with the draft"
        )
    text = read_text_file(args.text)
    draft = read_kommissorium(text, name=Path(args.text).name, excerpt=args.excerpt)
    if not draft.recognised:
        print(
            f"kommissorium: {args.text}: nothing recognised: no committee name, setting-up "
            "decision, legal basis, chair, composition, term, task or other part of a "
            "kommissorium was found in the text; no file written",
            file=sys.stderr,
        )
        return 2
    toml = draft_toml(draft)
    target = "<stdout>" if to_stdout else args.output
    dossier = loads(toml, format="toml", source=target)  # the draft must load; see tests
    write_output(toml, None if to_stdout else args.output)
    out: TextIO = sys.stderr if to_stdout else sys.stdout
    out.write(_summary(draft, target))
    day = on or default_check_date(dossier)
    if day is None:
        out.write(
            "\nNot checked: the text gives no date of the setting-up decision and no term; "
            f"run `kommissorium check {args.output or 'FILE'} --on YYYY-MM-DD`.\n"
        )
        return 0
    report = check(dossier, on=day)
    out.write("\n" + report_text(report, source=target, lang=args.lang))
    return 0


def _summary(draft: KommissoriumDraft, target: str) -> str:
    fields = draft.fields()
    lines = [
        f"Drafted {target} from {draft.document.name}: read {', '.join(fields)}.",
    ]
    if draft.todo:
        lines.append(f"TODO ({len(draft.todo)}):")
        for item in draft.todo:
            where = ""
            if item.source is not None:
                where = f" (line {draft.document.line_column(item.source.start)[0]})"
            lines.append(f"  {item.field}: {item.message}{where}")
    for warning in draft.warnings:
        lines.append(f"Note: {warning.message}")
    return "\n".join(lines) + "\n"
