r"""Reading user files safely, and the checks every document gets before it is structured (private).

:func:`read_file` reads a file named by a user: only a regular file (a symbolic link to one is
fine), and never more than a limit, so that ``/dev/zero``, a named pipe (FIFO) or a file that
grows while it is read neither hangs nor fills the memory. :func:`parse_json` reads JSON that
refuses duplicate keys and integers too long to convert. :func:`text_problem` finds the first
character that committee files do not allow (see :data:`FORBIDDEN_CHARACTERS`).

Examples:
    >>> text_problem({"committee": {"name": "Udvalg\u0007"}})
    ('committee.name', 'U+0007 (BEL) at character 7')
    >>> text_problem({"people": [{"id": "a", "name": "\ud800"}]})
    ('people[0].name', 'a lone surrogate U+D800 at character 1')
    >>> text_problem({"ok": ["tab\tand\nnew line"]}) is None
    True
"""

from __future__ import annotations

import ast
import json
import os
import re
import stat
from typing import Any

from kommissorium.errors import LoadError

__all__ = [
    "FORBIDDEN_CHARACTERS",
    "MAX_INTEGER_DIGITS",
    "HugeInteger",
    "JsonShapeError",
    "json_problem",
    "key_path",
    "might_hold_forbidden",
    "parse_json",
    "printable",
    "read_file",
    "text_problem",
]

#: The characters no string (value or key) of a committee file may hold: the C0 controls
#: except tab, line feed and carriage return, DEL and the C1 controls, lone surrogates, and the
#: two noncharacters U+FFFE and U+FFFF (XML 1.0 cannot carry any of them, and RFC 5545 forbids
#: the controls in iCalendar text).
FORBIDDEN_CHARACTERS = "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]"

_FORBIDDEN = re.compile(FORBIDDEN_CHARACTERS)

#: Escapes in JSON or TOML text that can produce a forbidden character (``\\b``, ``\\f``,
#: ``\\u0007``, ``\\ud800``, ``\\U0000001b``; TOML 1.1's ``\\e`` and ``\\x1b`` too).
_ESCAPES = re.compile(
    r"\\(?:[bfe]|x(?:[01189][0-9a-fA-F]|7[fF])"
    r"|u(?:00[0189][0-9a-fA-F]|007[fF]|[dD][89a-fA-F][0-9a-fA-F]{2}|[fF]{3}[eEfF])"
    r"|U0000(?:00[0189][0-9a-fA-F]|007[fF]|[fF]{3}[eEfF]))"
)
#: The forbidden characters from U+007F up, as UTF-8: DEL, C1 (``C2 80``–``C2 9F``), U+FFFE/FFFF.
#: (Raw C0 controls never reach a string: JSON and TOML parsers refuse them; lone surrogates
#: cannot be UTF-8.) Three searches with a fixed first byte are much faster than one class.
_C1_UTF8 = re.compile(rb"\xc2[\x80-\x9f]")
_NONCHARACTER_UTF8 = re.compile(rb"\xef\xbf[\xbe\xbf]")

#: Integers with more digits than this are refused while parsing: Python's own limit for
#: converting text to an integer, which keeps a huge literal from taking quadratic time. (No
#: field needs more than four digits; each has its range, see docs/files.md.)
MAX_INTEGER_DIGITS = 4300

_NAMES = {
    0x00: "NUL",
    0x07: "BEL",
    0x08: "BS",
    0x0B: "VT",
    0x0C: "FF",
    0x1B: "ESC",
    0x7F: "DEL",
    0x85: "NEL",
}

_FILE_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def read_file(path: str | os.PathLike[str], limit: int, what: str = "a committee file") -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes.

    The file is opened without blocking (a FIFO without a writer would block ``open``), checked
    to be a regular file, and read up to ``limit + 1`` bytes, so the limit holds for what is
    actually read, not only for the size the file system reports.

    Args:
        path: The file; a symbolic link is followed.
        limit: The largest number of bytes accepted.
        what: What the file should be, for the message (``"a committee file"``).

    Raises:
        LoadError: The file cannot be opened, is not a regular file, or holds more than
            ``limit`` bytes.

    Examples:
        >>> read_file("/dev/null", 10)
        Traceback (most recent call last):
        ...
        kommissorium.errors.LoadError: /dev/null: expected a regular file, got a character device
    """
    source = str(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise LoadError(source, "", "a readable file", exc.strerror or str(exc)) from None
    try:
        info = os.fstat(fd)
        for test, kind in _FILE_KINDS:
            if test(info.st_mode):
                raise LoadError(source, "", "a regular file", kind)
        if not stat.S_ISREG(info.st_mode):
            raise LoadError(source, "", "a regular file", "another kind of file")
        too_big = LoadError(source, "", f"{what} of at most {limit} bytes", "more bytes")
        if info.st_size > limit:
            raise LoadError(source, "", f"{what} of at most {limit} bytes", f"{info.st_size} bytes")
        chunks: list[bytes] = []
        left = limit + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        if left <= 0:
            raise too_big
        return b"".join(chunks)
    except OSError as exc:
        raise LoadError(source, "", "a readable file", exc.strerror or str(exc)) from None
    finally:
        os.close(fd)


# -- JSON ----------------------------------------------------------------------------------------


class JsonShapeError(ValueError):
    """A JSON object with one key twice, or an integer with too many digits (private).

    Raised by :func:`parse_json`; :func:`json_problem` then says where it is.
    """


class HugeInteger:
    """An integer literal with more than :data:`MAX_INTEGER_DIGITS` digits (a placeholder).

    Only :func:`json_problem` builds it, to find where the integer is.
    """

    __slots__ = ("digits",)

    def __init__(self, digits: int) -> None:
        self.digits = digits


class _Marked(dict[str, Any]):
    """A JSON object that had a key twice (only built when looking for the place)."""

    duplicate: str = ""


def _unique_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise JsonShapeError("a key twice")
    return result


def _marking_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        marked = _Marked(result)
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                marked.duplicate = key
                break
            seen.add(key)
        return marked
    return result


def _digits(text: str) -> int:
    return len(text) - text.startswith("-")


def _marking_int(text: str) -> int | HugeInteger:
    digits = _digits(text)
    return HugeInteger(digits) if digits > MAX_INTEGER_DIGITS else int(text)


def parse_json(text: str) -> object:
    """JSON text as Python data, refusing duplicate keys and integers of too many digits.

    Raises:
        json.JSONDecodeError: The text is not JSON.
        JsonShapeError: An object has a key twice, or an integer has more than
            :data:`MAX_INTEGER_DIGITS` digits; :func:`json_problem` says where.
        RecursionError: The document is nested too deeply.

    Examples:
        >>> parse_json('{"a": [1, 2]}')
        {'a': [1, 2]}
        >>> parse_json('{"a": 1, "a": 2}')
        Traceback (most recent call last):
        ...
        kommissorium.io._read.JsonShapeError: a key twice
    """
    try:
        return json.loads(text, object_pairs_hook=_unique_pairs)
    except (json.JSONDecodeError, JsonShapeError):
        raise
    except ValueError:  # int() refuses more than MAX_INTEGER_DIGITS digits
        raise JsonShapeError("a huge integer") from None


def json_problem(text: str) -> tuple[str, str, str]:
    """``(path, expected, got)`` for the first problem :func:`parse_json` refused.

    Examples:
        >>> json_problem('{"people": [{"id": "a"}, {"id": "b", "id": "c"}]}')
        ('people[1].id', 'each key once in an object', "the key 'id' a second time")
        >>> json_problem('{"council": {"seats": ' + "9" * 5000 + '}}')[0::2]
        ('council.seats', 'an integer of 5000 digits')
    """
    data = json.loads(text, object_pairs_hook=_marking_pairs, parse_int=_marking_int)
    found = _find(data, "", lambda value: isinstance(value, _Marked | HugeInteger))
    if found is None:  # pragma: no cover - only called after JsonShapeError
        return "", "valid JSON", "data the loader could not read"
    value, path = found
    if isinstance(value, HugeInteger):
        return (
            path,
            f"an integer of at most {MAX_INTEGER_DIGITS} digits",
            f"an integer of {value.digits} digits",
        )
    assert isinstance(value, _Marked)
    return (
        key_path(path, value.duplicate),
        "each key once in an object",
        f"the key '{printable(value.duplicate)}' a second time",
    )


def _find(value: object, path: str, test: Any) -> tuple[object, str] | None:
    if test(value):
        return value, path
    if isinstance(value, dict):
        for key, item in value.items():
            found = _find(item, key_path(path, key), test)
            if found is not None:
                return found
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found = _find(item, f"{path}[{index}]", test)
            if found is not None:
                return found
    return None


_BARE_KEY = re.compile(r"[A-Za-z0-9_$-]+")


def key_path(path: str, key: str) -> str:
    r"""``path`` extended by ``key``, the key quoted when it is not a bare word.

    Examples:
        >>> key_path("committee", "name"), key_path("", "a b"), key_path("x", "\x07")
        ('committee.name', '"a b"', 'x."\\u0007"')
    """
    shown = key if _BARE_KEY.fullmatch(key) else '"' + printable(key) + '"'
    return f"{path}.{shown}" if path else shown


def printable(text: str) -> str:
    r"""``text`` with every forbidden character and quote written as an escape (``\u0007``).

    Examples:
        >>> printable('a"b\x1bc')
        'a\\"b\\u001bc'
    """
    text = text.replace("\\", "\\\\").replace('"', '\\"')
    return _FORBIDDEN.sub(lambda m: f"\\u{ord(m[0]):04x}", text)


# -- characters ----------------------------------------------------------------------------------


def _character(text: str, index: int) -> str:
    code = ord(text[index])
    if 0xD800 <= code <= 0xDFFF:
        return f"a lone surrogate U+{code:04X} at character {index + 1}"
    name = _NAMES.get(code)
    label = f"U+{code:04X}" + (f" ({name})" if name else "")
    return f"{label} at character {index + 1}"


def might_hold_forbidden(text: str, raw: bytes | None = None) -> bool:
    r"""Whether parsed JSON or TOML text may hold a forbidden character (a quick test).

    ``raw`` is the UTF-8 form of ``text`` when the caller has it (a file's bytes). A ``True``
    only means the parsed document must be searched (:func:`text_problem`); most files give
    ``False`` after a few fast scans, and the search is then skipped.

    Examples:
        >>> might_hold_forbidden('name = "Anna"'), might_hold_forbidden('name = "\\u001b"')
        (False, True)
        >>> might_hold_forbidden('name = "\ud800"'), might_hold_forbidden('"\x85"')
        (True, True)
    """
    if raw is None:
        try:
            raw = text.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate
            return True
    return (
        b"\x7f" in raw
        or _C1_UTF8.search(raw) is not None
        or _NONCHARACTER_UTF8.search(raw) is not None
        or (b"\\" in raw and _ESCAPES.search(text) is not None)
    )


def text_problem(data: object, path: str = "") -> tuple[str, str] | None:
    """The first string (value or key) holding a forbidden character: ``(path, what)``.

    ``what`` names the code point and its position in the string, counted from 1.
    """
    if isinstance(data, str):
        found = _FORBIDDEN.search(data)
        return None if found is None else (path, _character(data, found.start()))
    if isinstance(data, dict):
        for key, value in data.items():
            if isinstance(key, str):
                bad = _FORBIDDEN.search(key)
                if bad is not None:
                    return key_path(path, key), _character(key, bad.start()) + " of the key"
            found_in = text_problem(value, key_path(path, str(key)))
            if found_in is not None:
                return found_in
    elif isinstance(data, list | tuple):
        for index, value in enumerate(data):
            found_in = text_problem(value, f"{path}[{index}]")
            if found_in is not None:
                return found_in
    return None


# -- TOML messages -------------------------------------------------------------------------------

_TOML_WHERE = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")
_TOML_STRING = r"(?:'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\")"
_TOML_TUPLE = re.compile(r"\(" + _TOML_STRING + "(?:, *" + _TOML_STRING + r")*,?\)")
_TOML_HEADER = re.compile(r"^\s*\[\[?\s*(.+?)\s*\]\]?\s*(?:#.*)?$")
_TOML_KEY = re.compile(r"^\s*([^=#\[]+?)\s*=")
_TOML_CHARACTER = re.compile(r"(?:Illegal|Found invalid) character (.+)$")
_LONG_NUMBER = re.compile(r"[0-9][0-9_]{" + str(MAX_INTEGER_DIGITS) + ",}")


def _dotted(match: re.Match[str]) -> str:
    parts = ast.literal_eval(match[0])
    return "'" + ".".join(key_path("", part) for part in parts) + "'"


def _line(text: str, number: int) -> str:
    lines = text.splitlines()
    return lines[number - 1] if 0 < number <= len(lines) else ""


def _table_before(text: str, number: int) -> str:
    """The name of the last table header above line ``number`` (approximate: by lines)."""
    lines = text.splitlines()[: max(number - 1, 0)]
    for line in reversed(lines):
        header = _TOML_HEADER.match(line)
        if header:
            return header[1]
    return ""


def toml_problem(text: str, message: str) -> tuple[str, str, str]:
    r"""``(place, expected, got)`` for a :class:`tomllib.TOMLDecodeError` message.

    The place is ``line L, column C``. tomllib's wording is made readable: a key or table
    declared twice is named as a dotted key (``'committee.name'``), not as a Python tuple, and
    a character it refuses is named by its code point.

    Examples:
        >>> toml_problem('[committee]\nid = "u"\nid = "v"\n',
        ...              "Cannot overwrite a value (at line 3, column 9)")
        ('line 3, column 9', 'each key once in a table', "the key 'committee.id' a second time")
        >>> toml_problem("[a]\n[a]\n", "Cannot declare ('a',) twice (at line 2, column 4)")
        ('line 2, column 4', 'each table declared once', "the table 'a' a second time")
        >>> toml_problem('a = "\x07"', "Illegal character '\\x07' (at line 1, column 6)")[2]
        'the character U+0007 (BEL), which TOML does not allow here'
    """
    where = _TOML_WHERE.search(message)
    place = ""
    line = column = 0
    if where:
        message = message[: where.start()]
        line, column = int(where[1]), int(where[2])
        place = f"line {line}, column {column}"
    if message == "Cannot overwrite a value":
        source = _line(text, line)
        header = _TOML_HEADER.match(source)
        if header:
            return place, "each table declared once", f"the table '{header[1]}' a second time"
        key = _TOML_KEY.match(source)
        if key:
            table = _table_before(text, line)
            full = f"{table}.{key[1]}" if table else key[1]
            return place, "each key once in a table", f"the key '{full}' a second time"
        return place, "each key once in a table", "a key a second time"
    if message.startswith("Cannot declare "):
        name = _TOML_TUPLE.sub(_dotted, message[len("Cannot declare ") :])
        return (
            place,
            "each table declared once",
            f"the table {name.removesuffix(' twice')} a second time",
        )
    if message.startswith(("Cannot mutate immutable namespace", "Cannot redefine namespace")):
        name = _TOML_TUPLE.sub(_dotted, message.split("namespace ", 1)[1])
        return (
            place,
            "each table declared once (an inline table is complete as written)",
            f"more keys for the table {name}",
        )
    if message == "Escaped character is not a Unicode scalar value":
        return place, "valid TOML", "an escape that is not a Unicode character (a lone surrogate)"
    if message.startswith("Duplicate inline table key "):
        return place, "each key once in a table", f"the key {message[27:]} a second time"
    character = _TOML_CHARACTER.match(message)
    if character:
        try:
            char = ast.literal_eval(character[1])
        except (ValueError, SyntaxError):
            char = ""
        if isinstance(char, str) and len(char) == 1:
            return (
                place,
                "valid TOML",
                (
                    f"the character {_character(char, 0).rsplit(' at ', 1)[0]}, "
                    "which TOML does not allow here"
                ),
            )
    return place, "valid TOML", message


def long_number_place(text: str) -> str:
    r"""``line L, column C`` of the first run of more than :data:`MAX_INTEGER_DIGITS` digits.

    Examples:
        >>> long_number_place("a = 1\nb = " + "9" * 5000)
        'line 2, column 5'
    """
    found = _LONG_NUMBER.search(text)
    if found is None:
        return ""
    line = text.count("\n", 0, found.start()) + 1
    column = found.start() - (text.rfind("\n", 0, found.start()) + 1) + 1
    return f"line {line}, column {column}"
