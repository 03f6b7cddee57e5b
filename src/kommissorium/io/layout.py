"""``kommissorium fmt``: a committee file in the normal layout, its comments kept.

A TOML file is rewritten in the normal layout of :mod:`kommissorium.io.tomlfile`; what it
says is not changed: every key the author wrote stays (also one that repeats a default), every
value keeps its kind (a date written as a string stays a string, a local datetime stays local),
and every comment is kept where it belongs:

- comment lines directly above a key or a table header stay above it;
- a comment after a value or a header on its line stays after it;
- comment lines directly below a table's last value (with a blank line after them) stay at the
  end of that table;
- comment paragraphs standing on their own between tables go above the next table header,
  separated from it by a blank line as before;
- the comments at the top of the file stay at the top, those at the end at the end;
- an array with comments inside is kept exactly as written.

Blank lines inside a table are dropped; numbers, strings and dates are written in their normal
form (``1_000`` becomes ``1000``, ``'text'`` becomes ``"text"``).

A JSON file is written the way :func:`~kommissorium.io.dumps` writes it (a top-level
``"$schema"`` key is kept first).

Formatting is idempotent: ``format_text(format_text(x)) == format_text(x)``. A file that does
not load is refused with the same :class:`~kommissorium.errors.LoadError` as
:func:`~kommissorium.io.load` and never written.

Examples:
    >>> text = '''# Udvalget
    ...
    ... [committee]
    ... name   = 'Udvalget'   # som i kommissoriet
    ... id = "u"
    ...
    ... # rammen
    ... [mandate]
    ... term = "2024-25"
    ... '''
    >>> print(format_text(text), end="")
    # Udvalget
    <BLANKLINE>
    [committee]
    id = "u"
    name = "Udvalget"  # som i kommissoriet
    <BLANKLINE>
    # rammen
    [mandate]
    term = "2024-25"
    >>> format_text(format_text(text)) == format_text(text)
    True
"""

from __future__ import annotations

import json
import os
import tomllib
from pathlib import Path
from typing import Any

import tomlkit
from tomlkit.exceptions import TOMLKitError
from tomlkit.items import AoT, Array, Comment, Item, Null, Table, Whitespace

from kommissorium._write import write_atomic
from kommissorium.errors import LoadError
from kommissorium.io.files import Format, _format_for, _read_file, dumps, loads
from kommissorium.io.tomlfile import Notes, toml_text
from kommissorium.io.tomlfile import Path as ItemPath

__all__ = ["format_file", "format_text", "notes_of"]


def format_text(
    text: str | bytes, *, format: Format | None = None, source: str = "<string>"
) -> str:
    """The committee file ``text`` in the normal layout.

    Args:
        text: The file's content.
        format: ``"toml"`` or ``"json"``; by default JSON if the text starts with ``{``.
        source: Name used in error messages.

    Returns:
        The formatted text.

    Raises:
        LoadError: The text is not a valid committee file.
    """
    dossier = loads(text, format=format, source=source)  # refuse what does not load
    if isinstance(text, bytes):
        text = text.decode("utf-8")
    text = text.removeprefix("\ufeff")
    if format is None:
        format = "json" if text.lstrip().startswith("{") else "toml"
    if format == "json":
        raw = json.loads(text)
        out = dumps(dossier)
        if isinstance(raw, dict) and "$schema" in raw:
            data = {"$schema": raw["$schema"], **json.loads(out)}
            out = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        return out
    raw_data = tomllib.loads(text)
    try:
        doc = tomlkit.parse(text)
    except TOMLKitError as exc:  # pragma: no cover - tomllib accepted it already
        raise LoadError(source, "", "TOML that tomlkit can read", str(exc)) from None
    return toml_text(raw_data, notes=notes_of(doc))


def format_file(path: str | os.PathLike[str], *, check: bool = False) -> bool:
    """Format a committee file in place.

    Args:
        path: The file (``.toml`` or ``.json``).
        check: Only tell whether the file would change; never write it.

    Returns:
        Whether the file is (or, with ``check``, would be) changed.

    Raises:
        LoadError: The file cannot be read or is not a valid committee file; it is not
            written.
    """
    file = Path(path)
    fmt = _format_for(file, None)
    data = _read_file(file)
    new = format_text(data, format=fmt, source=str(file))
    if new.encode("utf-8") == data:
        return False
    if not check:
        write_atomic(file, new)
    return True


# -- the comments of a tomlkit document ---------------------------------------------------------


def _blank_lines(text: str) -> int:
    return text.count("\n")


class _Collector:
    """Walks a tomlkit document in text order and attaches its comments to paths."""

    def __init__(self) -> None:
        self.notes = Notes()
        self.pending: list[str] = []  # comment lines, "" for a blank line
        self.table: ItemPath = ()  # the table the last key or header belongs to
        self.started = False  # whether any key or header was seen

    # events

    def blank(self, count: int = 1) -> None:
        for _ in range(count):
            if self.pending and self.pending[-1] == "":
                continue
            self.pending.append("")

    def comment(self, text: str) -> None:
        self.pending.append(text)

    def key(self, path: ItemPath, item: Item) -> None:
        if not self.started:
            self._to_header()
        comments = [line for line in self.pending if line]
        if comments:
            self.notes.above[path] = comments
        self.pending = []
        self.started = True
        self._after(path, item)
        if isinstance(item, Array) and any(
            getattr(group, "comment", None) is not None for group in item._value
        ):
            self.notes.verbatim[path] = item.as_string()
        self.blank(max(0, _blank_lines(item.trivia.trail) - 1))

    def header(self, path: ItemPath, table: Table) -> None:
        self.blank(_blank_lines(table.trivia.indent))
        if not self.started:
            self._to_header()
        else:
            self._split_tail()
        lines = self.pending
        while lines and lines[0] == "":
            lines.pop(0)
        if lines:
            self.notes.above[path] = lines
        self.pending = []
        self.started = True
        self.table = path
        self._after(path, table)

    def end(self) -> None:
        if self.started and self.pending and self.pending[0] != "":
            # the paragraph right below the last value ends its table
            cut = self.pending.index("") if "" in self.pending else len(self.pending)
            self.notes.tail.setdefault(self.table, []).extend(self.pending[:cut])
            self.pending = self.pending[cut:]
        lines = self.pending
        while lines and lines[0] == "":
            lines.pop(0)
        while lines and lines[-1] == "":
            lines.pop()
        if lines:
            self.notes.footer = lines
        self.pending = []

    # helpers

    def _after(self, path: ItemPath, item: Item) -> None:
        if item.trivia.comment:
            self.notes.after[path] = item.trivia.comment

    def _paragraphs(self) -> list[list[str]]:
        out: list[list[str]] = []
        current: list[str] = []
        for line in self.pending:
            if line == "":
                if current:
                    out.append(current)
                current = []
            else:
                current.append(line)
        if current:
            out.append(current)
        return out

    def _to_header(self) -> None:
        """Split the paragraphs at the top of the file.

        The last one, when it touches the first item, stays with it; the others are the
        file's header.
        """
        paragraphs = self._paragraphs()
        touches = bool(self.pending) and self.pending[-1] != ""
        head = paragraphs[:-1] if touches else paragraphs
        for index, paragraph in enumerate(head):
            if index:
                self.notes.header.append("")
            self.notes.header.extend(paragraph)
        self.pending = paragraphs[-1] if touches and paragraphs else []

    def _split_tail(self) -> None:
        """Give the paragraph right below the last key to its table.

        Unless it also touches the next header; the rest (with its blank lines) stays pending
        for the next item.
        """
        if not self.pending or self.pending[0] == "":
            return
        first_blank = self.pending.index("") if "" in self.pending else None
        if first_blank is None:
            return  # touches both: it belongs to what follows
        paragraph = self.pending[:first_blank]
        self.notes.tail.setdefault(self.table, []).extend(paragraph)
        self.pending = self.pending[first_blank:]


def _walk(body: list[tuple[Any, Item]], path: ItemPath, out: _Collector) -> None:
    for key, item in body:
        if key is None:
            if isinstance(item, Whitespace):
                out.blank(_blank_lines(item.as_string()))
            elif isinstance(item, Comment):
                out.blank(_blank_lines(item.trivia.indent))
                out.comment(item.trivia.comment)
            elif not isinstance(item, Null):  # pragma: no cover - nothing else is keyless
                raise TypeError(f"unexpected {type(item).__name__}")
            continue
        sub = (*path, key.key)
        if isinstance(item, AoT):
            for index, entry in enumerate(item.body):
                out.header((*sub, index), entry)
                _walk(entry.value.body, (*sub, index), out)
        elif isinstance(item, Table):
            if key.is_dotted() or item.is_super_table():
                _walk(item.value.body, sub, out)
            else:
                out.header(sub, item)
                _walk(item.value.body, sub, out)
        else:
            out.key(sub, item)


def notes_of(doc: tomlkit.TOMLDocument) -> Notes:
    """The comments of a parsed TOML file, attached to paths (see the module's rules)."""
    collector = _Collector()
    _walk(doc.body, (), collector)
    collector.end()
    return collector.notes
