"""Helpers shared by the OParl and Popolo modules (ids, dates, JSON text)."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any
from urllib.parse import quote, urlsplit

from kommissorium.errors import KommissoriumError
from kommissorium.io._convert import FAST

__all__ = [
    "EXTENSION",
    "ExportError",
    "check_base_url",
    "compact",
    "data_of",
    "day",
    "json_text",
    "segment",
    "stamp_text",
]

#: Vendor prefix of the extension properties (OParl allows prefixed vendor properties).
EXTENSION = "kommissorium:"


class ExportError(KommissoriumError, ValueError):
    """An export argument that cannot be used (a relative base URL, a naive time stamp)."""


def stamp_text(stamp: datetime) -> str:
    """The time stamp as RFC 3339 text; refuses a naive datetime.

    Examples:
        >>> from datetime import UTC
        >>> stamp_text(datetime(2025, 1, 6, 9, tzinfo=UTC))
        '2025-01-06T09:00:00+00:00'
    """
    if stamp.tzinfo is None or stamp.utcoffset() is None:
        raise ExportError(f"stamp: {stamp} has no UTC offset; give an aware datetime")
    return stamp.replace(microsecond=0).isoformat()


def check_base_url(base_url: str) -> str:
    """An absolute http(s) base URL ending in ``/``."""
    parts = urlsplit(base_url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ExportError(
            f"base URL: expected an absolute http(s) URL such as "
            f"'https://example.invalid/oparl/', got {base_url!r}"
        )
    if parts.query or parts.fragment:
        raise ExportError(f"base URL: expected no query or fragment, got {base_url!r}")
    return base_url if base_url.endswith("/") else base_url + "/"


def segment(value: str) -> str:
    """One URL path segment for an id (every reserved character escaped)."""
    return quote(value, safe="")


def day(value: date | None) -> str | None:
    """An ISO date or ``None``."""
    return None if value is None else value.isoformat()


def data_of(value: object) -> Any:
    """A model object as plain JSON data (the committee-file form, defaults left out)."""
    return FAST.unstructure(value)


def compact(obj: dict[str, Any], *, keep: tuple[str, ...] = ()) -> dict[str, Any]:
    """Drop ``None``, empty lists and empty objects, except the keys in ``keep``.

    OParl asks servers to leave out properties they have no value for rather than send
    ``null`` or ``[]`` (spec chapter "Schema", ``null``-Werte und leere Listen).
    """
    return {
        key: value
        for key, value in obj.items()
        if key in keep or not (value is None or (isinstance(value, list | dict) and not value))
    }


def json_text(document: object) -> str:
    """Deterministic JSON text: UTF-8 characters, two-space indent, final newline."""
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
