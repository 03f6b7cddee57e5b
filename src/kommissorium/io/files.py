r"""Load and save committee files (TOML or JSON).

A committee file holds one :class:`~kommissorium.model.Dossier`. People write TOML; tools
exchange JSON. Periods may be written as ISO dates, as tables with ``start``/``end``/``text``, or
as the Danish expressions documents use (``"første kvartal 2024"``); the expression is kept and
written back. Datetimes without an offset are read as Danish local time (``Europe/Copenhagen``).

Every problem with a file raises :class:`~kommissorium.errors.LoadError`, which names the file,
the place inside it and what was expected; no partial object is returned.

Examples:
    >>> from kommissorium.io import loads, dumps
    >>> d = loads('''
    ... [committee]
    ... id = "u"
    ... name = "Udvalget"
    ... kind = "special-17-4"
    ... [[plan.phases]]
    ... id = "p1"
    ... title = "Konstituering"
    ... period = "Første kvartal 2024"
    ... [[plan.phases]]
    ... id = "p2"
    ... title = "Tema 1"
    ... period = "Resten af 2024"
    ... ''', format="toml")
    >>> d.plan.phases[1].period.start, d.plan.phases[1].period.end
    (datetime.date(2024, 4, 1), datetime.date(2024, 12, 31))
    >>> loads(dumps(d)) == d
    True
    >>> bad = '''
    ... [committee]
    ... id = "u"
    ... name = "U"
    ... kind = "udvalg"
    ... '''
    >>> loads(bad, source="u.toml")
    Traceback (most recent call last):
    ...
    kommissorium.errors.LoadError: u.toml: committee.kind: expected one of 'council', ...
"""

from __future__ import annotations

import json
import os
import tomllib
from pathlib import Path
from typing import Any, Literal

from kommissorium._write import write_atomic
from kommissorium.errors import IntegrityError, LoadError, ModelError
from kommissorium.io._convert import (
    DETAILED,
    FAST,
    StructureError,
    compact_phase_periods,
    describe,
    locate,
    resolve_phase_periods,
)
from kommissorium.io._read import (
    MAX_INTEGER_DIGITS,
    JsonShapeError,
    json_problem,
    long_number_place,
    might_hold_forbidden,
    parse_json,
    read_file,
    text_problem,
    toml_problem,
)
from kommissorium.model import Dossier

__all__ = [
    "MAX_FILE_BYTES",
    "Format",
    "dump",
    "dumps",
    "load",
    "loads",
    "to_data",
]

#: Files larger than this are refused (a real committee file is a few kilobytes).
MAX_FILE_BYTES = 10 * 1024 * 1024

Format = Literal["toml", "json"]

#: What every string of a document must be (the rule for characters; see docs/files.md).
ALLOWED_TEXT = (
    "text without control characters (tab, line feed and carriage return are allowed), "
    "lone surrogates or U+FFFE/U+FFFF"
)


def _format_for(path: Path, format: Format | None) -> Format:
    if format is not None:
        return format
    suffix = path.suffix.lower()
    if suffix == ".toml":
        return "toml"
    if suffix == ".json":
        return "json"
    raise LoadError(
        str(path), "", "a file ending in .toml or .json (or pass format=)", repr(path.suffix)
    )


def load(path: str | os.PathLike[str], *, format: Format | None = None) -> Dossier:
    """Load a committee file.

    Args:
        path: The file.
        format: ``"toml"`` or ``"json"``; by default taken from the file's suffix.

    Returns:
        The dossier.

    Raises:
        LoadError: The file cannot be read or does not describe a valid dossier.
    """
    file = Path(path)
    fmt = _format_for(file, format)
    return loads(_read_file(file), format=fmt, source=str(file))


def _read_file(file: Path) -> bytes:
    """The bytes of a committee file, read with the limits of :func:`load`."""
    return read_file(file, MAX_FILE_BYTES)


def loads(data: str | bytes, *, format: Format | None = None, source: str = "<string>") -> Dossier:
    """Load a committee from TOML or JSON text.

    Args:
        data: The document, as text or UTF-8 bytes.
        format: ``"toml"`` or ``"json"``; by default JSON if the text starts with ``{``,
            otherwise TOML.
        source: Name used in error messages (normally the file name).

    Returns:
        The dossier.

    Raises:
        LoadError: The text does not describe a valid dossier.
    """
    raw = _parse(data, format, source)
    return _structure(raw, source)


def _parse(data: str | bytes, format: Format | None, source: str) -> dict[str, Any]:
    if len(data) > MAX_FILE_BYTES:
        raise LoadError(
            source, "", f"a committee file of at most {MAX_FILE_BYTES} bytes", f"{len(data)} bytes"
        )
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise LoadError(
                source, f"byte {exc.start}", "UTF-8 text", f"the byte 0x{data[exc.start]:02x}"
            ) from None
    else:
        text = data
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise LoadError(
            source, "", "a committee document with at least a [committee] table", "an empty file"
        )
    if format is None:
        format = "json" if text.lstrip().startswith("{") else "toml"
    try:
        if format == "toml":
            raw: object = tomllib.loads(text)
        elif format == "json":
            raw = parse_json(text)
        else:
            raise LoadError(source, "", "format 'toml' or 'json'", repr(format))
    except tomllib.TOMLDecodeError as exc:
        raise LoadError(source, *toml_problem(text, str(exc))) from None
    except json.JSONDecodeError as exc:
        raise LoadError(
            source, f"line {exc.lineno}, column {exc.colno}", "valid JSON", exc.msg
        ) from None
    except JsonShapeError:
        raise LoadError(source, *json_problem(text)) from None
    except RecursionError:
        raise LoadError(
            source, "", "a document nested less deeply", "nesting too deep to read"
        ) from None
    except ValueError:
        # tomllib converts an integer of more than 4300 digits with int(), which refuses
        raise LoadError(
            source,
            long_number_place(text),
            f"an integer of at most {MAX_INTEGER_DIGITS} digits",
            "a longer number",
        ) from None
    if not isinstance(raw, dict):
        raise LoadError(source, "", "a table (object) at the top level", describe(raw))
    raw.pop("$schema", None)
    if might_hold_forbidden(text, data if isinstance(data, bytes) else None):
        try:
            problem = text_problem(raw)
        except RecursionError:
            raise LoadError(
                source, "", "a document nested less deeply", "nesting too deep to read"
            ) from None
        if problem is not None:
            raise LoadError(source, problem[0], ALLOWED_TEXT, problem[1])
    return raw


def _structure(raw: dict[str, Any], source: str) -> Dossier:
    try:
        resolve_phase_periods(raw, None)
        return FAST.structure(raw, Dossier)
    except IntegrityError as exc:
        raise LoadError(source, exc.path, exc.expected, exc.got) from None
    except StructureError as problem:
        raise LoadError(source, problem.path, problem.expected, problem.got) from None
    except RecursionError:
        raise LoadError(
            source, "", "a document nested less deeply", "nesting too deep to read"
        ) from None
    except Exception:
        pass
    try:
        DETAILED.structure(raw, Dossier)
    except IntegrityError as exc:
        raise LoadError(source, exc.path, exc.expected, exc.got) from None
    except RecursionError:
        raise LoadError(
            source, "", "a document nested less deeply", "nesting too deep to read"
        ) from None
    except Exception as exc:
        found = locate(exc, "", Dossier)
        raise LoadError(source, found.path, found.expected, found.got) from None
    raise LoadError(
        source, "", "a valid committee document", "data the loader could not read"
    )  # pragma: no cover


def to_data(dossier: Dossier) -> dict[str, Any]:
    """The dossier as plain JSON-ready data (dicts, lists, strings, numbers, booleans).

    Fields equal to their defaults are left out; periods are written back as the expressions
    they were read from where those still give the same dates.
    """
    out: dict[str, Any] = FAST.unstructure(dossier)
    compact_phase_periods(out, dossier.plan, None)
    return out


def dumps(dossier: Dossier, format: Format = "json") -> str:
    """The dossier as text: JSON (the default) or TOML.

    JSON is UTF-8 with a two-space indent and a final newline; TOML is written in the normal
    layout of :mod:`kommissorium.io.tomlfile` (the layout ``kommissorium fmt`` gives). Both
    leave out fields equal to their defaults, and both are deterministic: the same dossier
    always gives the same text, and ``loads(dumps(d, format)) == d``.

    Raises:
        ModelError: A string holds a character committee files do not allow (a control
            character, a lone surrogate, U+FFFE or U+FFFF), so the text could not be loaded
            again; the message names the place.
        ValueError: ``format`` is neither ``"json"`` nor ``"toml"``.

    Examples:
        >>> from kommissorium.model import Committee, Dossier
        >>> d = Dossier(committee=Committee(id="u", name="Udvalget"))
        >>> print(dumps(d, format="toml"), end="")
        [committee]
        id = "u"
        name = "Udvalget"
        >>> loads(dumps(d, format="toml"), format="toml") == d
        True
        >>> dumps(Dossier(committee=Committee(id="u", name="Udvalg" + chr(27))))
        Traceback (most recent call last):
        ...
        kommissorium.errors.ModelError: committee.name: cannot be written to a committee file: \
U+001B (ESC) at character 7
    """
    data = to_data(dossier)
    if format == "toml":
        from kommissorium.io.tomlfile import toml_text

        text = toml_text(dossier)
    elif format == "json":
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    else:
        raise ValueError(f"format must be 'toml' or 'json', not {format!r}")
    if might_hold_forbidden(text):
        problem = text_problem(data)
        if problem is not None:
            raise ModelError(
                f"{problem[0]}: cannot be written to a committee file: {problem[1]}",
                field=problem[0],
            )
    return text


def dump(dossier: Dossier, path: str | os.PathLike[str], *, format: Format | None = None) -> None:
    """Write the dossier to a file, as TOML or JSON by the file's suffix (or ``format``).

    The file is replaced atomically (:func:`kommissorium._write.write_atomic`): the text is
    written to a temporary file beside it, which is then renamed over it, so a failure leaves
    no partial file and a reader never sees half a file.

    Raises:
        LoadError: The suffix is neither ``.toml`` nor ``.json`` and no ``format`` is given.
        OutputError: The file cannot be written there.
    """
    file = Path(path)
    write_atomic(file, dumps(dossier, format=_format_for(file, format)))
