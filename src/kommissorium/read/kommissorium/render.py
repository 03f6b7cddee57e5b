r"""Write a drafted committee file as TOML with a comment after every drafted value.

This is the one place the draft becomes text. It writes the dossier's plain data
(:func:`kommissorium.io.to_data`, so defaults are left out and periods keep their Danish words)
in the usual layout of committee files: the top-level tables in a fixed order, a table's own
values before its sub-tables, arrays of tables as ``[[…]]``, small flat tables inline. A comment
is attached to a *path* (``"mandate.chair"``, ``"mandate.composition[2]"``): after the value on
its line, or after the header of the table or array entry at that path.

(When the style-preserving writer ``kommissorium.io.tomlfile`` is on the branch, this module
becomes a call to its ``toml_text(dossier, notes=Notes(...))`` with the same header and comments
by path.)

Examples:
    >>> from kommissorium.model import Committee, Dossier, Mandate, MeetingRules
    >>> d = Dossier(committee=Committee(id="u", name="Udvalget"),
    ...             mandate=Mandate(meetings=MeetingRules(plan_set_by="committee")))
    >>> print(render(d, header=["# Udkast"],
    ...              comments={"mandate.meetings": "# »Udvalget fastsætter selv sin mødeplan.«"}),
    ...       end="")
    # Udkast
    <BLANKLINE>
    [committee]
    id = "u"
    name = "Udvalget"
    <BLANKLINE>
    [mandate]
    meetings = { plan_set_by = "committee" }  # »Udvalget fastsætter selv sin mødeplan.«
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from kommissorium.io import to_data
from kommissorium.model import Dossier

__all__ = ["TOP_LEVEL_ORDER", "render"]

#: The order of the top-level tables.
TOP_LEVEL_ORDER = (
    "council", "committee", "mandate", "bodies", "people", "memberships", "plan", "series",
    "meetings", "stakeholders", "ties", "workflows", "recommendations", "cases", "hearings",
    "decisions", "status_schedules", "accepted", "sectors",
)  # fmt: skip
_BARE = re.compile(r"[A-Za-z0-9_-]+")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
#: Keys whose ISO-date strings (as plain data writes dates) are written as TOML dates.
_DAY_KEYS = frozenset({"date", "start", "end", "decided_on", "until", "on", "day"})
_INLINE_WIDTH = 100


def _key(name: str) -> str:
    return name if _BARE.fullmatch(name) else _string(name)


def _string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


def _value(value: Any, key: str = "") -> str:
    if isinstance(value, str) and key in _DAY_KEYS and _ISO_DAY.fullmatch(value):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, Mapping):
        if not value:
            return "{}"
        return "{ " + ", ".join(f"{_key(k)} = {_value(v, k)}" for k, v in value.items()) + " }"
    if isinstance(value, Sequence):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__} as TOML")  # pragma: no cover


def _flat(value: Mapping[str, Any]) -> bool:
    return all(
        not isinstance(v, Mapping)
        and not (isinstance(v, list) and any(isinstance(x, Mapping) for x in v))
        for v in value.values()
    )


def _path(parts: Sequence[str | int]) -> str:
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else part
    return out


class _Writer:
    def __init__(self, comments: Mapping[str, str]) -> None:
        self.comments = comments
        self.lines: list[str] = []

    def note(self, parts: Sequence[str | int]) -> str:
        text = self.comments.get(_path(parts))
        return f"  {text}" if text else ""

    def table(self, parts: list[str | int], data: Mapping[str, Any], header: str | None) -> None:
        if header is not None:
            self.lines += ["", header + self.note(parts)]
        later: list[tuple[str, Any]] = []
        depth = len([p for p in parts if isinstance(p, str)])
        for key, value in data.items():
            here = [*parts, key]
            if (
                isinstance(value, Mapping)
                and not (_flat(value) and len(_value(value)) + len(key) <= _INLINE_WIDTH)
            ) or (
                isinstance(value, list)
                and value
                and all(isinstance(v, Mapping) for v in value)
                and depth < 2
                and not (parts and isinstance(parts[-1], int))
            ):
                later.append((key, value))
            elif isinstance(value, list) and any(isinstance(v, Mapping) for v in value):
                self.lines.append(f"{_key(key)} = [" + self.note(here))
                self.lines += [f"  {_value(v)}," for v in value]
                self.lines.append("]")
            else:
                self.lines.append(f"{_key(key)} = {_value(value, key)}" + self.note(here))
        for key, value in later:
            here = [*parts, key]
            dotted = ".".join(_key(p) for p in here if isinstance(p, str))
            if isinstance(value, Mapping):
                self.table(here, value, f"[{dotted}]")
            else:
                for index, item in enumerate(value):
                    self.table([*here, index], item, f"[[{dotted}]]")


def render(
    dossier: Dossier, *, header: Sequence[str] = (), comments: Mapping[str, str] | None = None
) -> str:
    """The dossier as TOML text, with a header and comments by path.

    Args:
        dossier: The committee.
        header: Comment lines for the top of the file (each starting with ``#``).
        comments: Comments by path (``"mandate.composition[2]"``), each starting with ``#``.

    Returns:
        UTF-8 TOML text with a final newline; :func:`kommissorium.io.loads` reads it back as
        ``dossier``.
    """
    data = to_data(dossier)
    writer = _Writer(comments or {})
    order = [k for k in TOP_LEVEL_ORDER if k in data] + sorted(
        k for k in data if k not in TOP_LEVEL_ORDER
    )
    for key in order:
        value = data[key]
        if isinstance(value, Mapping):
            if all(
                isinstance(v, list) and v and all(isinstance(x, Mapping) for x in v)
                for v in value.values()
            ):
                writer.table([key], value, None)  # "plan": only sub-tables, no header of its own
            else:
                writer.table([key], value, f"[{_key(key)}]")
        else:
            for index, item in enumerate(value):
                writer.table([key, index], item, f"[[{_key(key)}]]")
    body = writer.lines
    while body and body[0] == "":
        body.pop(0)
    lines = [*header, ""] if header else []
    return "\n".join([*lines, *body]) + "\n"
