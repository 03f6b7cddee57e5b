r"""Committee files as TOML that people read: the normal layout, comments, and paths.

:func:`toml_text` writes a dossier (or a committee file's plain data) in the *normal layout*
that ``kommissorium fmt`` also gives a hand-written file:

- the top-level tables in the order of :data:`TOP_LEVEL_ORDER` (council, committee, mandate,
  bodies, people, memberships, plan, series, meetings, stakeholders, ties, workflows,
  recommendations, cases, hearings, decisions, status_schedules, accepted, sectors), and inside
  a table the fields in the order of the model;
- a table's own values first, then its sub-tables; a blank line before every table header and
  nowhere else; a table that holds nothing but sub-tables (``plan``) gets no header of its own;
- arrays of tables as ``[[...]]``; a table whose values are all plain values or arrays of
  them is written inline (``municipality = { name = "Hedensted", code = "766" }``) when its
  line fits in :data:`LINE_LENGTH` characters;
- arrays of plain values on one line when it fits, else one item a line, indented by two
  spaces, with a trailing comma;
- strings in double quotes with the shortest escapes; a string with a line break as a
  multi-line string (``\"\"\"``) only where that reads back as exactly the same string;
- dates as TOML dates, datetimes as TOML datetimes with their offset (``+01:00``);
- UTF-8, ``\n`` line ends, one final newline.

Comments are attached to *paths* (:func:`parse_path`): ``"mandate.chair"``,
``"mandate.composition[2]"``, ``"mandate.composition[2].count"``. A :class:`Notes` holds the
comments of a document: lines above an item, a comment after it on its line, comment lines at
the end of a table, and the file's header and footer. Callers that build a file (a draft read
from a kommissorium text, for example) pass notes to :func:`toml_text` or
:func:`to_document`, or add them afterwards with :func:`add_comment` and :func:`add_header` on
the :class:`tomlkit.TOMLDocument`.

Examples:
    >>> from kommissorium.model import ChairRule, ChairRuleKind, Committee, Dossier, Mandate
    >>> d = Dossier(committee=Committee(id="u", name="Udvalget"),
    ...             mandate=Mandate(chair=ChairRule(kind=ChairRuleKind.CHAIR_OF, committee="u"),
    ...                             purpose="At gentænke"))
    >>> notes = Notes(header=["# Udkast"])
    >>> notes.comment("mandate.chair", "# »Formanden for udvalget er formand«")
    >>> print(toml_text(d, notes=notes), end="")
    # Udkast
    <BLANKLINE>
    [committee]
    id = "u"
    name = "Udvalget"
    <BLANKLINE>
    [mandate]
    purpose = "At gentænke"
    chair = { kind = "chair-of", committee = "u" }  # »Formanden for udvalget er formand«
"""

from __future__ import annotations

import enum
import functools
import math
import re
import tomllib
import types
import typing
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime, time
from typing import Any

import attrs
import tomlkit
from tomlkit.items import AoT, Comment, Item, Table, Trivia, Whitespace

from kommissorium.errors import KommissoriumError
from kommissorium.model import Dossier, Period

__all__ = [
    "LINE_LENGTH",
    "TOP_LEVEL_ORDER",
    "Notes",
    "PathError",
    "add_comment",
    "add_header",
    "field_type",
    "format_path",
    "fragment",
    "inline_item",
    "key_order",
    "parse_path",
    "reindex",
    "to_document",
    "toml_data",
    "toml_text",
]

#: The widest line the normal layout puts an inline table or a one-line array on.
LINE_LENGTH = 100

#: The order of the top-level tables in the normal layout (every field of :class:`Dossier`).
TOP_LEVEL_ORDER: tuple[str, ...] = (
    "council",
    "committee",
    "mandate",
    "bodies",
    "people",
    "memberships",
    "plan",
    "series",
    "meetings",
    "stakeholders",
    "ties",
    "workflows",
    "recommendations",
    "cases",
    "hearings",
    "decisions",
    "status_schedules",
    "accepted",
    "sectors",
)

_INDENT = "  "
_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")

PathPart = str | int
Path = tuple[PathPart, ...]


class PathError(KommissoriumError, ValueError):
    """A path into a committee file that cannot be read or does not lead anywhere."""


# -- paths ------------------------------------------------------------------------------------

_PART = re.compile(r"\.?([A-Za-z0-9_$-]+)|\[(\d+)\]|\.?\"((?:[^\"\\]|\\.)*)\"")


def parse_path(text: str) -> Path:
    """The parts of a path such as ``"mandate.composition[2].count"``.

    Names are separated by dots, array positions (from 0) written in brackets; a name that is
    not a bare TOML key is written in double quotes.

    Examples:
        >>> parse_path("mandate.composition[2].count")
        ('mandate', 'composition', 2, 'count')
        >>> parse_path('"$schema"')
        ('$schema',)
        >>> parse_path("mandate..chair")
        Traceback (most recent call last):
        ...
        kommissorium.io.tomlfile.PathError: 'mandate..chair': expected a path such as \
'mandate.composition[2].count', got '..chair' at character 8

    Raises:
        PathError: The text is not a path.
    """
    parts: list[PathPart] = []
    at = 0
    while at < len(text):
        found = _PART.match(text, at)
        if found is None or (at == 0 and text.startswith(".")) or found.end() == at:
            raise PathError(
                f"{text!r}: expected a path such as 'mandate.composition[2].count', got "
                f"{text[at:]!r} at character {at + 1}"
            )
        name, index, quoted = found.groups()
        if index is not None:
            parts.append(int(index))
        elif quoted is not None:
            parts.append(quoted.replace('\\"', '"').replace("\\\\", "\\"))
        else:
            parts.append(name)
        at = found.end()
    if not parts:
        raise PathError("expected a path such as 'mandate.chair', got an empty text")
    return tuple(parts)


def format_path(path: Sequence[PathPart]) -> str:
    """The text of a path (the inverse of :func:`parse_path`).

    Examples:
        >>> format_path(("memberships", 3, "role"))
        'memberships[3].role'
    """
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            name = part if _BARE_KEY.fullmatch(part) else _quote(part)
            out += f".{name}" if out else name
    return out


def _as_path(path: str | Sequence[PathPart]) -> Path:
    return parse_path(path) if isinstance(path, str) else tuple(path)


# -- notes (comments by path) ---------------------------------------------------------------


@attrs.define
class Notes:
    """The comments of a TOML committee file, by path.

    Every comment is a full comment text starting with ``#`` (``"# from the decision of
    29 June 2016"``); one that does not is given a ``"# "`` in front.

    Attributes:
        header: Lines at the top of the file (comments, and ``""`` for a blank line).
        footer: Comment lines at the end of the file, after everything else.
        above: Comment lines above an item (a key, a table or an entry of an array of
            tables); for a table, ``""`` marks a blank line between them and the header.
        after: The comment after an item on its line (for a table, after its header).
        tail: Comment lines after a table's own values (before its sub-tables).
        verbatim: Values written exactly as given (an array with comments inside, kept by
            ``fmt``).
    """

    header: list[str] = attrs.Factory(list)
    footer: list[str] = attrs.Factory(list)
    above: dict[Path, list[str]] = attrs.Factory(dict)
    after: dict[Path, str] = attrs.Factory(dict)
    tail: dict[Path, list[str]] = attrs.Factory(dict)
    verbatim: dict[Path, str] = attrs.Factory(dict)

    def comment(self, path: str | Sequence[PathPart], text: str, *, above: bool = False) -> None:
        """Attach a comment to the item at ``path``: after it on its line, or on a line above.

        A second comment after the same item is joined to the first with ``"; "``.
        """
        key = _as_path(path)
        if above:
            self.above.setdefault(key, []).extend(_comment_lines(text))
        else:
            line = " ".join(_comment_lines(text))
            old = self.after.get(key)
            self.after[key] = line if old is None else f"{old}; {line.lstrip('# ')}"

    def under(self, path: Path) -> bool:
        """Whether anything below ``path`` (or a tail of ``path`` itself) has a comment."""
        n = len(path)
        for table in (self.above, self.after, self.verbatim):
            if any(len(k) > n and k[:n] == path for k in table):
                return True
        return path in self.tail or any(len(k) > n and k[:n] == path for k in self.tail)


def _comment_lines(text: str) -> list[str]:
    return [line if line.startswith("#") else f"# {line}".rstrip() for line in text.split("\n")]


# -- typed plain data ------------------------------------------------------------------------


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    return {f.name: hints[f.name] for f in attrs.fields(cls)}


def _inner(type_: Any) -> Any:
    """``X`` for ``X | None``; the type itself otherwise."""
    if typing.get_origin(type_) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(type_) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return type_


def field_type(type_: Any, key: PathPart) -> Any:
    """The type of ``key`` inside a value of ``type_`` (``None`` when the model has none)."""
    type_ = _inner(type_)
    if isinstance(key, int):
        if typing.get_origin(type_) is tuple:
            return typing.get_args(type_)[0]
        return None
    if type_ is Period:
        return date if key in ("start", "end") else str
    if attrs.has(type_):
        return _hints(type_).get(key)
    return None


def key_order(type_: Any, keys: Iterable[str]) -> list[str]:
    """``keys`` in the model's order for a table of ``type_``; unknown keys first, as given."""
    type_ = _inner(type_)
    if type_ is Dossier:
        order: Sequence[str] = TOP_LEVEL_ORDER
    elif type_ is Period:
        order = ("start", "end", "text")
    elif attrs.has(type_):
        order = list(_hints(type_))
    else:
        return list(keys)
    rank = {name: i for i, name in enumerate(order)}
    given = list(keys)
    return sorted(given, key=lambda k: (k in rank, rank.get(k, given.index(k))))


def _typed(value: Any, type_: Any) -> Any:
    """JSON-ready data made TOML-typed: dates and datetimes as such, keys in model order."""
    type_ = _inner(type_)
    if isinstance(value, str):
        if type_ is date:
            return date.fromisoformat(value)
        if type_ is datetime:
            return datetime.fromisoformat(value)
        if type_ is Period:
            try:
                return date.fromisoformat(value)  # the loader reads it as that one day
            except ValueError:
                return value
        return value
    if isinstance(value, dict):
        return {k: _typed(value[k], field_type(type_, k)) for k in key_order(type_, value)}
    if isinstance(value, list):
        item = field_type(type_, 0)
        return [_typed(v, item) for v in value]
    return value


def toml_data(dossier: Dossier) -> dict[str, Any]:
    """The dossier as TOML-ready plain data, in layout order.

    This is :func:`~kommissorium.io.to_data` with dates and datetimes as
    :class:`~datetime.date` and :class:`~datetime.datetime`.

    Examples:
        >>> from kommissorium.model import Committee, Dossier, Meeting
        >>> from datetime import datetime
        >>> from zoneinfo import ZoneInfo
        >>> start = datetime(2024, 2, 5, 16, tzinfo=ZoneInfo("Europe/Copenhagen"))
        >>> end = datetime(2024, 2, 5, 18, tzinfo=ZoneInfo("Europe/Copenhagen"))
        >>> d = Dossier(committee=Committee(id="u", name="U"),
        ...             meetings=(Meeting(id="m", committee="u", start=start, end=end),))
        >>> toml_data(d)["meetings"][0]["start"].isoformat()
        '2024-02-05T16:00:00+01:00'
    """
    from kommissorium.io.files import to_data

    typed: dict[str, Any] = _typed(to_data(dossier), Dossier)
    return typed


# -- rendering values ------------------------------------------------------------------------

_ESCAPES = {"\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r", '"': '\\"'}
_ESCAPES["\\"] = "\\\\"


def _escape_char(char: str, *, multiline: bool) -> str:
    if multiline and char == "\n":
        return char
    if char in _ESCAPES:
        return _ESCAPES[char]
    code = ord(char)
    if code < 0x20 or code == 0x7F:
        return f"\\u{code:04x}"
    return char


def _quote(text: str) -> str:
    return '"' + "".join(_escape_char(c, multiline=False) for c in text) + '"'


def _string(text: str) -> str:
    """A TOML string: multi-line when the text has a line break and that reads back exactly."""
    if "\n" in text:
        body = "".join(_escape_char(c, multiline=True) for c in text)
        candidate = f'"""\n{body}"""'
        try:
            if tomllib.loads(f"v = {candidate}")["v"] == text:
                return candidate
        except tomllib.TOMLDecodeError:  # pragma: no cover - the escapes above are complete
            pass
    return _quote(text)


def _key(name: str) -> str:
    return name if _BARE_KEY.fullmatch(name) else _quote(name)


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return _scalar(value.value)
    raise TypeError(f"no TOML form for {value!r}")


def _is_flat(value: Mapping[str, Any]) -> bool:
    """Whether a table holds only plain values and arrays of plain values."""
    return all(
        not isinstance(v, dict)
        and not (isinstance(v, list) and any(isinstance(x, dict | list) for x in v))
        and not (isinstance(v, str) and "\n" in v)
        for v in value.values()
    )


def _inline(value: Any, type_: Any = None) -> str:
    """A value on one line (arrays and tables inline)."""
    if isinstance(value, dict):
        if not value:
            return "{}"
        keys = key_order(type_, value)
        items = ", ".join(f"{_key(k)} = {_inline(value[k], field_type(type_, k))}" for k in keys)
        return "{ " + items + " }"
    if isinstance(value, list):
        item_type = field_type(type_, 0)
        return "[" + ", ".join(_inline(v, item_type) for v in value) + "]"
    return _scalar(value)


def _is_aot(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


# -- the emitter -----------------------------------------------------------------------------


class _Emitter:
    def __init__(self, notes: Notes) -> None:
        self.notes = notes
        self.lines: list[str] = []

    def blank(self) -> None:
        if self.lines and self.lines[-1] != "":
            self.lines.append("")

    def comment_lines(self, lines: Iterable[str], *, blanks: bool) -> None:
        for line in lines:
            if line == "":
                if blanks:
                    self.blank()
            else:
                self.lines.append(line)

    def with_after(self, line: str, path: Path) -> str:
        after = self.notes.after.get(path)
        return f"{line}  {after}" if after else line

    def is_table(self, path: Path, value: Any, type_: Any) -> bool:
        """Whether ``value`` at ``path`` is written as a table or an array of tables."""
        if path in self.notes.verbatim:
            return False
        if _is_aot(value):
            return True
        if not isinstance(value, dict):
            return False
        if len(path) == 1 or self.notes.under(path):
            return True
        if not value:
            return False
        if not _is_flat(value):
            return True
        line = self.with_after(f"{_key(str(path[-1]))} = {_inline(value, type_)}", path)
        return len(line) > LINE_LENGTH

    def value_lines(self, path: Path, value: Any, type_: Any) -> list[str]:
        """The lines of ``key = value`` for a value that is not a table."""
        key = _key(str(path[-1]))
        if path in self.notes.verbatim:
            return self.with_after(f"{key} = {self.notes.verbatim[path]}", path).split("\n")
        if isinstance(value, list) and value:
            one = self.with_after(f"{key} = {_inline(value, type_)}", path)
            multi = any(isinstance(v, str) and "\n" in v for v in value)
            if len(one) > LINE_LENGTH or multi or "\n" in one:
                item_type = field_type(type_, 0)
                out = [self.with_after(f"{key} = [", path)]
                for item in value:
                    rendered = _inline(item, item_type).split("\n")
                    out.append(_INDENT + rendered[0])
                    out.extend(rendered[1:])
                    out[-1] += ","
                out.append("]")
                return out
            return [one]
        return self.with_after(f"{key} = {_inline(value, type_)}", path).split("\n")

    def table(self, path: Path, value: Mapping[str, Any], type_: Any, header: str | None) -> None:
        keys = key_order(type_, value)
        tables = [k for k in keys if self.is_table((*path, k), value[k], field_type(type_, k))]
        plain = [k for k in keys if k not in tables]
        own_notes = path in self.notes.above or path in self.notes.after or path in self.notes.tail
        if header is not None and (plain or own_notes or not tables or header.startswith("[[")):
            self.blank()
            self.comment_lines(self.notes.above.get(path, ()), blanks=True)
            self.lines.append(self.with_after(header, path))
        for k in plain:
            sub = (*path, k)
            self.comment_lines(self.notes.above.get(sub, ()), blanks=False)
            self.lines.extend(self.value_lines(sub, value[k], field_type(type_, k)))
        self.comment_lines(self.notes.tail.get(path, ()), blanks=False)
        for k in tables:
            sub = (*path, k)
            sub_type = field_type(type_, k)
            name = ".".join(_key(str(p)) for p in sub if isinstance(p, str))
            if isinstance(value[k], list):
                item_type = field_type(sub_type, 0)
                first = (*sub, 0)
                moved = list(self.notes.above.get(sub, ()))
                if sub in self.notes.after:
                    moved.append(self.notes.after[sub])
                if moved:
                    self.notes.above[first] = [*moved, *self.notes.above.get(first, ())]
                for index, item in enumerate(value[k]):
                    self.table((*sub, index), item, item_type, f"[[{name}]]")
            else:
                self.table(sub, value[k], sub_type, f"[{name}]")


def toml_text(data: Dossier | Mapping[str, Any], *, notes: Notes | None = None) -> str:
    """A dossier, or a committee file's plain data, as TOML in the normal layout.

    Args:
        data: A :class:`~kommissorium.model.Dossier`, or plain data as :func:`toml_data`
            gives it (or as read from a TOML file: its spellings are kept).
        notes: Comments to write, by path.

    Returns:
        The text (deterministic: the same input always gives the same text).
    """
    plain = toml_data(data) if isinstance(data, Dossier) else data
    emitter = _Emitter(_copy_notes(notes))
    header = emitter.notes.header
    if header:
        emitter.comment_lines(header, blanks=True)
        emitter.blank()
    emitter.table((), plain, Dossier, None)
    if emitter.notes.footer:
        emitter.blank()
        emitter.comment_lines(emitter.notes.footer, blanks=True)
    while emitter.lines and emitter.lines[0] == "":
        emitter.lines.pop(0)
    while emitter.lines and emitter.lines[-1] == "":
        emitter.lines.pop()
    return "\n".join(emitter.lines) + "\n"


def _copy_notes(notes: Notes | None) -> Notes:
    if notes is None:
        return Notes()
    return Notes(
        header=list(notes.header),
        footer=list(notes.footer),
        above={k: list(v) for k, v in notes.above.items()},
        after=dict(notes.after),
        tail={k: list(v) for k, v in notes.tail.items()},
        verbatim=dict(notes.verbatim),
    )


# -- tomlkit documents ------------------------------------------------------------------------


def to_document(
    data: Dossier | Mapping[str, Any], *, notes: Notes | None = None
) -> tomlkit.TOMLDocument:
    """A :class:`tomlkit.TOMLDocument` of the dossier in the normal layout.

    ``to_document(d).as_string() == toml_text(d)``; the document can be given comments with
    :func:`add_comment` and :func:`add_header` and then written with ``as_string()``.

    Examples:
        >>> from kommissorium.model import Committee, Dossier
        >>> doc = to_document(Dossier(committee=Committee(id="u", name="Udvalget")))
        >>> add_comment(doc, "committee.name", "# fra kommissoriets overskrift")
        >>> add_header(doc, ["# TODO: udvalgets periode", "# TODO: formanden"])
        >>> print(doc.as_string(), end="")
        # TODO: udvalgets periode
        # TODO: formanden
        <BLANKLINE>
        [committee]
        id = "u"
        name = "Udvalget"  # fra kommissoriets overskrift
    """
    return tomlkit.parse(toml_text(data, notes=notes))


def _resolve(doc: tomlkit.TOMLDocument, path: Path) -> Any:
    node: Any = doc
    for depth, part in enumerate(path):
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            raise PathError(
                f"{format_path(path)}: no item at {format_path(path[: depth + 1])}"
            ) from None
    return node


def add_comment(
    doc: tomlkit.TOMLDocument,
    path: str | Sequence[PathPart],
    text: str,
    *,
    above: bool = False,
) -> None:
    """Give the item at ``path`` of a tomlkit document a comment.

    Args:
        doc: The document (from :func:`to_document` or :func:`tomlkit.parse`).
        path: A key (``"mandate.term"``), a table (``"mandate.chair"``) or an entry of an
            array of tables (``"mandate.composition[2]"``).
        text: The comment; ``"# "`` is put in front when it does not start with ``#``.
        above: Write it on lines above the item instead of after it on its line (for a key
            only; a table's comment is always written after its header).

    Raises:
        PathError: Nothing is at ``path``, or it is inside an inline value.
    """
    parts = _as_path(path)
    lines = _comment_lines(text)
    if not parts:
        raise PathError("a comment needs a path")
    parent = _resolve(doc, parts[:-1])
    item = _resolve(doc, parts)
    if not isinstance(item, Item) or isinstance(item, AoT):
        raise PathError(f"{format_path(parts)}: not a key, a table or an entry of an array")
    if above and not isinstance(item, Table):
        container = parent.value if isinstance(parent, Table) else parent
        body = getattr(container, "body", None)
        if body is None:
            raise PathError(f"{format_path(parts)}: inside an inline value")
        index = next(i for i, (k, v) in enumerate(body) if v is item)
        for offset, line in enumerate(lines):
            body.insert(index + offset, (None, Comment(Trivia(comment=line, trail="\n"))))
        reindex(container)
        return
    joined = "; ".join(line.lstrip("# ") if i else line for i, line in enumerate(lines))
    if item.trivia.comment:
        joined = f"{item.trivia.comment}; {joined.lstrip('# ')}"
    item.trivia.comment_ws = "  "
    item.trivia.comment = joined


def reindex(container: Any) -> None:
    """Rebuild a tomlkit container's key index after lines were inserted into its body."""
    index: dict[Any, Any] = {}
    for i, (key, _) in enumerate(container.body):
        if key is None:
            continue
        if key in index:
            old = index[key]
            index[key] = (*old, i) if isinstance(old, tuple) else (old, i)
        else:
            index[key] = i
    container._map = index


def add_header(doc: tomlkit.TOMLDocument, lines: Sequence[str]) -> None:
    """Put comment lines at the top of a tomlkit document, followed by a blank line."""
    body = doc.body
    new: list[tuple[None, Item]] = [
        (None, Comment(Trivia(comment=line, trail="\n")))
        for line in _comment_lines("\n".join(lines))
    ]
    new.append((None, Whitespace("\n")))
    body[0:0] = new
    reindex(doc)


def fragment(path: Sequence[PathPart], value: Any, type_: Any) -> Item:
    """A tomlkit item for ``value`` at ``path``, in the normal layout.

    The item is what :func:`toml_text` would write there: a plain value (with inline arrays
    and tables), a table, an array of tables, or one entry of an array of tables (when
    ``path`` ends with a position). ``type_`` is the model type of the value.
    """
    where = tuple(path)
    emitter = _Emitter(Notes())
    names = [str(p) for p in where if isinstance(p, str)]
    dotted = ".".join(_key(n) for n in names)
    if isinstance(where[-1], int):
        emitter.table(where, value, type_, f"[[{dotted}]]")
        node: Any = tomlkit.parse("\n".join(emitter.lines) + "\n")
        for name in names:
            node = node[name]
        entry: Item = node[0]
        return entry
    if emitter.is_table(where, value, type_):
        if isinstance(value, list):
            item_type = field_type(type_, 0)
            for index, item in enumerate(value):
                emitter.table((*where, index), item, item_type, f"[[{dotted}]]")
        else:
            emitter.table(where, value, type_, f"[{dotted}]")
        lines = emitter.lines
    else:
        lines = emitter.value_lines(where, value, type_)
    node = tomlkit.parse("\n".join(lines) + "\n")
    key = names[-1] if len(lines) and not lines[0].startswith("[") else None
    if key is not None:
        found: Item = node.item(key)
        return found
    for name in names:
        node = node[name]
    assert isinstance(node, Item)
    return node


def inline_item(value: Any, type_: Any) -> Item:
    """A tomlkit item for ``value`` written inline (an entry of an inline array, for example)."""
    found = tomlkit.parse(f"v = {_inline(value, type_)}\n").item("v")
    assert isinstance(found, Item)
    return found
