r"""Reading published documents from files: the format by suffix or content, with limits.

Examples:
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "ref.txt").write_text("Beslutning i Byrådet den 1-2-2024\nGodkendt.\n")
    >>> read_minutes_file(folder / "ref.txt").items[0].outcome.value.value
    'approved'
    >>> _ = (folder / "x.bin").write_bytes(b"\x00\x01\x02")
    >>> read_minutes_file(folder / "x.bin")
    Traceback (most recent call last):
    ...
    kommissorium.read.firstagenda.ReadError: .../x.bin: byte 0: expected text (UTF-8), got a ...
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from kommissorium.read.firstagenda import ReadError, read_firstagenda_agenda
from kommissorium.read.minutes.reader import read_minutes_html, read_minutes_text
from kommissorium.read.minutes.result import ReadMinutes

__all__ = ["MAX_DOCUMENT_BYTES", "document_format", "read_bytes", "read_minutes_file"]

#: Documents larger than this are refused; a year of a council's minutes is a few MB.
MAX_DOCUMENT_BYTES = 32 * 1024 * 1024


def read_bytes(path: str | os.PathLike[str], *, limit: int = MAX_DOCUMENT_BYTES) -> bytes:
    """The bytes of a regular file, at most ``limit`` of them.

    Raises:
        ReadError: The file is missing, not a regular file (a folder, FIFO or device), larger
            than ``limit``, or cannot be read.
    """
    file = Path(path)
    try:
        info = file.stat()
        if not stat.S_ISREG(info.st_mode):
            raise ReadError(str(file), "", "a regular file", "a folder or special file")
        with file.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise ReadError(str(file), "", "a readable file", exc.strerror or str(exc)) from None
    if len(data) > limit:
        raise ReadError(str(file), "", f"a document of at most {limit} bytes", "a larger file")
    return data


def _text(data: bytes, name: str) -> str:
    nul = data.find(b"\x00", 0, 4096)
    if nul != -1:
        raise ReadError(name, f"byte {nul}", "text (UTF-8)", "a binary file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        try:
            return data.decode("cp1252")  # older Danish pages and PDF copies
        except UnicodeDecodeError:
            raise ReadError(name, f"byte {exc.start}", "text (UTF-8)") from None


def document_format(name: str, data: bytes) -> str:
    r"""``"json"``, ``"html"`` or ``"text"``: by suffix, else by the first characters.

    Examples:
        >>> document_format("x.txt", b"<p>a</p>"), document_format("x", b"  {\"a\": 1}")
        ('text', 'json')
    """
    suffix = Path(name).suffix.lower()
    if suffix == ".json":
        return "json"
    if suffix in (".html", ".htm", ".xhtml"):
        return "html"
    if suffix in (".txt", ".text", ".md"):
        return "text"
    head = data[:2048].lstrip().lower()
    if head.startswith((b"{", b"[")):
        return "json"
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in head:
        return "html"
    return "text"


def read_minutes_file(path: str | os.PathLike[str], *, format: str | None = None) -> ReadMinutes:
    """Read minutes or an agenda from a file: text, HTML, or FirstAgenda JSON.

    Args:
        path: The file.
        format: ``"text"``, ``"html"`` or ``"json"``; by default from the suffix or content.

    Raises:
        ReadError: The file cannot be read, is binary, too large, or broken JSON.
        NotMinutesError: The document has neither agenda items nor decisions.
    """
    name = str(path)
    data = read_bytes(path)
    kind = format or document_format(name, data)
    if kind == "json":
        return read_firstagenda_agenda(data, name=name)
    text = _text(data, name)
    if kind == "html":
        return read_minutes_html(text, name=name)
    return read_minutes_text(text, name=name)
