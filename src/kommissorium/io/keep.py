r"""Update a hand-written committee file from Python, keeping its comments, order and layout.

:func:`edit` opens a committee file. The caller replaces :attr:`Editor.dossier` with a changed
dossier (``attrs.evolve``, :meth:`~kommissorium.model.Dossier.move_recommendation`, …) and
calls :meth:`Editor.save`. For a TOML file only the *difference* between the file's dossier
and the new one is written into the file, through tomlkit (which keeps comments, order and
layout):

- a changed value is replaced where it stands; the comment after it stays;
- a new entry of an array of tables (``[[memberships]]``) goes after the last one, and the
  comment lines that stood above the next table stay there;
- a removed entry or field is deleted;
- a new field or table goes where the model's order puts it among those present;
- periods are written back as their Danish expression when they were one and still read the
  same; a datetime written without an offset (Danish local time) is written back the same way.

So the diff of the file shows that change and nothing else. The result is read back and
compared with the new dossier before anything is written; files are replaced atomically. A
JSON file is written as :func:`~kommissorium.io.dumps` writes it.

Examples:
    >>> import attrs, tempfile
    >>> from pathlib import Path
    >>> from kommissorium.model import Membership, Role
    >>> folder = Path(tempfile.mkdtemp())
    >>> file = folder / "udvalg.toml"
    >>> _ = file.write_text('''# Udvalget for X
    ... [committee]
    ... id = "u"
    ... name = "Udvalget"   # som i kommissoriet
    ...
    ... [[people]]
    ... id = "anna"
    ... name = "Anna"
    ... ''', encoding="utf-8")
    >>> with edit(file) as editor:
    ...     d = editor.dossier
    ...     editor.dossier = attrs.evolve(d, memberships=(
    ...         Membership(person="anna", committee="u", role=Role.CHAIR),))
    >>> print(file.read_text(encoding="utf-8"), end="")
    # Udvalget for X
    [committee]
    id = "u"
    name = "Udvalget"   # som i kommissoriet
    <BLANKLINE>
    [[people]]
    id = "anna"
    name = "Anna"
    <BLANKLINE>
    [[memberships]]
    person = "anna"
    committee = "u"
    role = "chair"
"""

from __future__ import annotations

import difflib
import json
import os
import re
import tomllib
import types
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, Self

import attrs
import tomlkit
from tomlkit.container import Container
from tomlkit.exceptions import TOMLKitError
from tomlkit.items import (
    AoT,
    Array,
    Comment,
    DateTime,
    InlineTable,
    Item,
    Null,
    Table,
    Whitespace,
)

from kommissorium._write import write_atomic
from kommissorium.errors import KommissoriumError, LoadError
from kommissorium.io._convert import CPH, UnexpectedValueError, _structure_datetime
from kommissorium.io.files import (
    Format,
    _format_for,
    _read_file,
    _structure,
    dumps,
    loads,
)
from kommissorium.io.tomlfile import (
    PathError,
    field_type,
    format_path,
    fragment,
    inline_item,
    key_order,
    reindex,
    toml_data,
)
from kommissorium.model import (
    Case,
    Committee,
    DecisionRecord,
    Dossier,
    Hearing,
    Meeting,
    MeetingSeries,
    Membership,
    Person,
    Recommendation,
    Stakeholder,
    StatusSchedule,
    Tie,
)

__all__ = [
    "EditError",
    "Editor",
    "MergeResult",
    "edit",
    "merge_records",
    "set_value",
]

_MISSING: Any = object()


class EditError(KommissoriumError, ValueError):
    """A change that cannot be written into the file while keeping its layout."""


def edit(path: str | os.PathLike[str], *, format: Format | None = None) -> Editor:
    """Open a committee file for changing it from Python.

    Args:
        path: The file (``.toml`` or ``.json``).
        format: ``"toml"`` or ``"json"``; by default taken from the suffix.

    Returns:
        An :class:`Editor`; use it as a context manager to save on leaving the block (unless
        the block raised), or call :meth:`Editor.save`.

    Raises:
        LoadError: The file cannot be read or is not a valid committee file.
    """
    file = Path(path)
    fmt = _format_for(file, format)
    data = _read_file(file)
    dossier = loads(data, format=fmt, source=str(file))
    text = data.decode("utf-8").removeprefix("\ufeff")
    document = None
    if fmt == "toml":
        try:
            document = tomlkit.parse(text)
        except TOMLKitError as exc:  # pragma: no cover - tomllib accepted it already
            raise LoadError(str(file), "", "TOML that tomlkit can read", str(exc)) from None
    return Editor(file, fmt, text, dossier, document)


class Editor:
    """An open committee file: its dossier, which the caller replaces, and :meth:`save`.

    Attributes:
        path: The file.
        format: ``"toml"`` or ``"json"``.
        original: The dossier as the file holds it.
        dossier: The dossier to write; starts as :attr:`original`.
    """

    def __init__(
        self,
        path: Path,
        format: Format,
        text: str,
        original: Dossier,
        document: tomlkit.TOMLDocument | None,
    ) -> None:
        self.path = path
        self.format: Format = format
        self.original = original
        self.dossier = original
        self._text = text
        self._document = document

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        if kind is None:
            self.save()

    @property
    def changed(self) -> bool:
        """Whether :attr:`dossier` differs from the file's."""
        return self.dossier != self.original

    def text(self) -> str:
        """The file's new text (nothing is written).

        Raises:
            EditError: The change could not be written while keeping the layout.
        """
        if not self.changed:
            return self._text
        if self.format == "json":
            raw = json.loads(self._text)
            out = dumps(self.dossier)
            if isinstance(raw, dict) and "$schema" in raw:
                data = {"$schema": raw["$schema"], **json.loads(out)}
                out = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
            return out
        assert self._document is not None
        document = tomlkit.parse(self._text)
        _ensure_final_newline(document)
        _apply_table(document, toml_data(self.original), toml_data(self.dossier), (), Dossier)
        text = document.as_string()
        try:
            again = loads(text, format="toml", source=str(self.path))
        except LoadError as exc:
            raise EditError(
                f"{self.path}: the change could not be written into the file's layout ({exc})"
            ) from None
        if again != self.dossier:
            raise EditError(
                f"{self.path}: the change could not be written into the file's layout; "
                "run `kommissorium fmt` on the file and try again"
            )
        return text

    def diff(self) -> str:
        """The unified diff the change makes to the file (empty when nothing changes)."""
        name = str(self.path)
        return "".join(
            difflib.unified_diff(
                _lines(self._text),
                _lines(self.text()),
                name,
                name,
            )
        )

    def save(self) -> bool:
        """Write the change into the file (atomically).

        Returns:
            Whether the file was written (``False`` when nothing changed).

        Raises:
            EditError: The change could not be written while keeping the layout.
            OSError: The file cannot be written.
        """
        if not self.changed:
            return False
        text = self.text()
        write_atomic(self.path, text)
        self._text = text
        self.original = self.dossier
        return True


def _lines(text: str) -> list[str]:
    """The lines of a text, split at line feeds only (as TOML does)."""
    return [line for line in re.split(r"(?<=\n)", text) if line]


# -- applying the difference ---------------------------------------------------------------------


def _body(node: Any) -> list[tuple[Any, Item]] | None:
    if isinstance(node, Table):
        body: list[tuple[Any, Item]] = node.value.body
        return body
    if isinstance(node, Container):
        return node.body
    return None


def _container(node: Any) -> Container | None:
    if isinstance(node, Table):
        return node.value
    if isinstance(node, Container):
        return node
    return None


def _is_tableish(item: Any) -> bool:
    return isinstance(item, AoT) or (isinstance(item, Table) and not isinstance(item, InlineTable))


def _apply_table(
    node: Any, old: Mapping[str, Any], new: Mapping[str, Any], path: tuple[Any, ...], type_: Any
) -> None:
    for key in key_order(type_, dict.fromkeys([*old, *new])):
        before = old.get(key, _MISSING)
        after = new.get(key, _MISSING)
        if before == after and (before is _MISSING or type(before) is type(after)):
            continue
        sub = (*path, key)
        sub_type = field_type(type_, key)
        present = key in node
        if after is _MISSING:
            if present:
                _remove(node, key)
        elif before is _MISSING or not present:
            _insert(node, key, after, sub, sub_type, type_)
        else:
            _change(node, key, before, after, sub, sub_type, type_)


def _change(
    node: Any,
    key: str,
    before: Any,
    after: Any,
    path: tuple[Any, ...],
    type_: Any,
    parent_type: Any,
) -> None:
    current = node[key]
    if (
        isinstance(before, dict)
        and isinstance(after, dict)
        and isinstance(current, Table | InlineTable)
    ):
        _apply_table(current, before, after, path, type_)
        return
    if (
        isinstance(before, list)
        and isinstance(after, list)
        and isinstance(current, AoT)
        and len(current) == len(before)
        and after
        and all(isinstance(x, dict) for x in after)
    ):
        _apply_aot(current, before, after, path, type_)
        return
    if (
        isinstance(before, list)
        and isinstance(after, list)
        and isinstance(current, Array)
        and len(current) == len(before)
        and after
    ):
        _apply_array(current, before, after, path, type_)
        return
    item = fragment(path, _styled(after, current), type_)
    if _is_tableish(item) or _is_tableish(current):
        if _is_tableish(current):
            _remove(node, key)
        else:
            del node[key]
        _insert(node, key, after, path, type_, parent_type)
        return
    node[key] = item


def _styled(value: Any, like: Any) -> Any:
    """``value`` written in the style of the item it replaces: a local datetime stays local."""
    if (
        isinstance(value, datetime)
        and isinstance(like, DateTime)
        and like.tzinfo is None
        and value.tzinfo is not None
    ):
        local = value.astimezone(CPH).replace(tzinfo=None)
        try:
            again = _structure_datetime(local, datetime)
        except UnexpectedValueError:
            return value
        if again == value and again.utcoffset() == value.astimezone(CPH).utcoffset():
            return local
    return value


def _insert(
    node: Any, key: str, value: Any, path: tuple[Any, ...], type_: Any, parent_type: Any
) -> None:
    item = fragment(path, value, type_)
    container = _container(node)
    if container is None:  # an inline table, or a table defined in several places
        node[key] = item
        return
    body = container.body
    keyed = [(i, k.key, v) for i, (k, v) in enumerate(body) if k is not None]
    order = key_order(parent_type, [k for _, k, _ in keyed] + [key]) if parent_type else None
    later = order[order.index(key) + 1 :] if order else []
    if not _is_tableish(item):
        plain = [(i, k) for i, k, v in keyed if not _is_tableish(v)]
        target = next((i for i, k in plain if k in later), None)
        if target is not None:
            while (
                target > 0
                and body[target - 1][0] is None
                and isinstance(body[target - 1][1], Comment)
            ):
                target -= 1  # above the comments of the key it goes before
            container._insert_at(target, key, item)
            return
        if plain:
            after_last = plain[-1][0] + 1
            if after_last < len(body):
                container._insert_at(after_last, key, item)
                return
        first_table = next((i for i, _, v in keyed if _is_tableish(v)), None)
        if first_table is not None:
            container._insert_at(first_table, key, item)
            return
        container.append(key, item)
        return
    tables = [(i, k, v) for i, k, v in keyed if _is_tableish(v)]
    target = next((i for i, k, _ in tables if k in later), None)
    previous = None
    if target is None:
        previous = tables[-1][2] if tables else None
        moved = _detach_next(previous) if previous is not None else []
        if previous is not None:
            _ensure_blank(previous)
        else:
            moved = _split_next(container)
            if body:
                container.append(None, Whitespace("\n"))
        container.append(key, item)
        _attach(item, moved)
        return
    before = [v for i, _, v in tables if i < target]
    previous = before[-1] if before else None
    moved = _detach_next(previous) if previous is not None else []
    if previous is not None:
        _ensure_blank(previous)
    else:  # the comment lines right above the next header stay with it
        while (
            target > 0 and body[target - 1][0] is None and isinstance(body[target - 1][1], Comment)
        ):
            target -= 1
    container._insert_at(target, key, item)
    _attach(item, moved)
    if not moved:
        _ensure_blank(item)


def _remove(node: Any, key: str) -> None:
    item = node[key]
    container = _container(node)
    if _is_tableish(item) and container is not None:
        moved = _detach_next(item)
        tables = [v for k, v in container.body if k is not None and _is_tableish(v)]
        index = next(i for i, v in enumerate(tables) if v is item)
        if index > 0:
            _attach(tables[index - 1], moved)
        elif moved:  # no table before it: the lines stay where the table stood
            body = container.body
            position = next(i for i, (_, v) in enumerate(body) if v is item)
            del node[key]
            body[position:position] = [(None, line) for line in moved]
            reindex(container)
            return
    del node[key]


def _identity(value: Any) -> str:
    if isinstance(value, dict) and isinstance(value.get("id"), str):
        return "id:" + str(value["id"])
    return "value:" + json.dumps(value, sort_keys=True, default=str, ensure_ascii=False)


@attrs.frozen
class _Step:
    """One step of turning a list into another, at ``index`` of the list being changed.

    ``kind`` is ``"change"`` (``old`` becomes ``new``, at ``path_index`` of the new list),
    ``"delete"`` or ``"insert"`` (``new`` goes in, at ``path_index`` of the new list).
    """

    kind: str
    index: int
    old: Any = None
    new: Any = None
    path_index: int = 0


def _list_steps(before: list[Any], after: list[Any]) -> list[_Step]:
    """The steps from ``before`` to ``after``, last place first, so that indexes stay valid.

    Entries are matched by id (or by value where they have none); a matched entry whose value
    changed is a ``change``.
    """
    matcher = difflib.SequenceMatcher(
        None, [_identity(x) for x in before], [_identity(x) for x in after], autojunk=False
    )
    steps: list[_Step] = []
    for tag, i1, i2, j1, j2 in reversed(matcher.get_opcodes()):
        pairs = min(i2 - i1, j2 - j1) if tag in ("equal", "replace") else 0
        for offset in range(pairs):
            old, new = before[i1 + offset], after[j1 + offset]
            if old != new:
                steps.append(_Step("change", i1 + offset, old, new, j1 + offset))
        steps.extend(_Step("delete", index) for index in reversed(range(i1 + pairs, i2)))
        steps.extend(
            _Step("insert", i1 + pairs + offset, None, value, j1 + pairs + offset)
            for offset, value in enumerate(after[j1 + pairs : j2])
        )
    return steps


def _apply_aot(
    aot: AoT, before: list[Any], after: list[Any], path: tuple[Any, ...], type_: Any
) -> None:
    item_type = field_type(type_, 0)
    for step in _list_steps(before, after):
        if step.kind == "change":
            _apply_table(aot[step.index], step.old, step.new, (*path, step.path_index), item_type)
        elif step.kind == "delete":
            _delete_entry(aot, step.index)
        else:
            _insert_entry(aot, step.index, step.new, (*path, step.path_index), item_type)


def _apply_array(
    array: Array, before: list[Any], after: list[Any], path: tuple[Any, ...], type_: Any
) -> None:
    """Apply a list's changes to an inline array, entry by entry (tomlkit keeps its style)."""
    item_type = field_type(type_, 0)
    for step in _list_steps(before, after):
        if step.kind == "delete":
            del array[step.index]
        elif step.kind == "insert":
            array.insert(step.index, inline_item(step.new, item_type))
        elif (
            isinstance(step.old, dict)
            and isinstance(step.new, dict)
            and isinstance(current := array[step.index], InlineTable)
        ):
            _apply_table(current, step.old, step.new, (*path, step.path_index), item_type)
        else:
            array[step.index] = inline_item(step.new, item_type)


def _insert_entry(aot: AoT, index: int, value: Any, path: tuple[Any, ...], type_: Any) -> None:
    entry = fragment(path, value, type_)
    assert isinstance(entry, Table)
    entry.trivia.indent = ""
    previous = aot[index - 1] if index > 0 else None
    following = aot[index] if index < len(aot) else None
    saved = following.trivia.indent if following is not None else None
    moved = _detach_next(previous) if previous is not None else []
    if previous is not None:
        _ensure_blank(previous)
    if index >= len(aot):
        aot.append(entry)
    else:
        aot.insert(index, entry)
    entry = aot[index]
    entry.trivia.indent = ""
    if following is not None and saved is not None:
        following.trivia.indent = saved
    _attach(entry, moved)
    if following is not None and not moved:
        _ensure_blank(entry)


def _delete_entry(aot: AoT, index: int) -> None:
    entry = aot[index]
    moved = _detach_next(entry)
    del aot[index]
    if index > 0:
        _attach(aot[index - 1], moved)
    elif len(aot) and moved:
        body = aot[0].value.body
        body[0:0] = [(None, item) for item in moved]


# -- the comment lines below a table that belong to the next header -----------------------------


def _deep_tail(item: Any) -> Container | None:
    """The container whose end is the last line of ``item`` in the file."""
    while True:
        if isinstance(item, AoT):
            if not len(item):
                return None
            item = item[-1]
            continue
        if not isinstance(item, Table):
            return None
        container = item.value
        keyed = [v for k, v in container.body if k is not None]
        last_index = max(
            (i for i, (k, _) in enumerate(container.body) if k is not None), default=-1
        )
        trailing = container.body[last_index + 1 :]
        if (
            keyed
            and _is_tableish(keyed[-1])
            and not any(not isinstance(v, Null) for _, v in trailing)
        ):
            item = keyed[-1]
            continue
        return container


def _detach_next(item: Any) -> list[Item]:
    """Remove and return the lines at the end of ``item`` that belong to what follows it.

    Those are the blank line(s) before the next header and the comment paragraphs above it;
    a comment paragraph directly below the last value (with a blank line after it) stays.
    """
    container = _deep_tail(item)
    if container is None:
        return []
    return _split_next(container)


def _split_next(container: Container) -> list[Item]:
    """Remove and return the lines at the end of a container that belong to what follows."""
    body = container.body
    start = max((i for i, (k, _) in enumerate(body) if k is not None), default=-1) + 1
    run = [(i, v) for i, (_, v) in enumerate(body[start:], start) if not isinstance(v, Null)]
    if not run:
        return []
    blank = next((i for i, v in run if isinstance(v, Whitespace) and "\n" in v.as_string()), None)
    cut = run[0][0] if blank is None else blank
    moved = [v for _, v in body[cut:] if not isinstance(v, Null)]
    del body[cut:]
    return moved


def _attach(item: Any, lines: Iterable[Item]) -> None:
    container = _deep_tail(item)
    if container is None:
        return
    for line in lines:
        container.body.append((None, line))


def _ensure_blank(item: Any) -> None:
    container = _deep_tail(item)
    if container is None:
        return
    body = container.body
    tail = [v for _, v in body if not isinstance(v, Null)]
    if tail and isinstance(tail[-1], Whitespace) and "\n" in tail[-1].as_string():
        return
    body.append((None, Whitespace("\n")))


def _ensure_final_newline(document: tomlkit.TOMLDocument) -> None:
    if not document.as_string().endswith("\n") and document.body:
        container = _deep_tail(document.body[-1][1]) or document
        last = container.body[-1][1]
        if isinstance(last, Whitespace):
            container.body.append((None, Whitespace("\n")))
        else:
            last.trivia.trail += "\n"


# -- merging records and setting values ----------------------------------------------------------

#: The dossier field each kind of record goes into.
_RECORD_FIELDS: dict[type, str] = {
    DecisionRecord: "decisions",
    Meeting: "meetings",
    MeetingSeries: "series",
    Person: "people",
    Membership: "memberships",
    Recommendation: "recommendations",
    Case: "cases",
    Hearing: "hearings",
    Stakeholder: "stakeholders",
    Tie: "ties",
    Committee: "bodies",
    StatusSchedule: "status_schedules",
}


@attrs.frozen
class MergeResult:
    """What :func:`merge_records` did.

    Attributes:
        added: Records that were new, as ``(field, id or position)``.
        replaced: Records whose id was in the file with other content.
        unchanged: Records the file already held as they are.
        written: Whether the file was written.
    """

    added: tuple[tuple[str, str], ...] = ()
    replaced: tuple[tuple[str, str], ...] = ()
    unchanged: tuple[tuple[str, str], ...] = ()
    written: bool = False


def merge(dossier: Dossier, records: Iterable[object]) -> tuple[Dossier, MergeResult]:
    """The dossier with ``records`` merged in (no file involved; see :func:`merge_records`).

    Raises:
        TypeError: A record is of a kind a dossier does not hold.
        IntegrityError: The result refers to something the dossier lacks.
    """
    fields: dict[str, list[Any]] = {}
    added: list[tuple[str, str]] = []
    replaced: list[tuple[str, str]] = []
    unchanged: list[tuple[str, str]] = []
    for record in records:
        name = _RECORD_FIELDS.get(type(record))
        if name is None:
            kinds = ", ".join(sorted(t.__name__ for t in _RECORD_FIELDS))
            raise TypeError(f"cannot merge a {type(record).__name__}; expected one of {kinds}")
        items = fields.setdefault(name, list(getattr(dossier, name)))
        ident = getattr(record, "id", None)
        if isinstance(ident, str):
            at = next((i for i, x in enumerate(items) if x.id == ident), None)
            if at is None:
                items.append(record)
                added.append((name, ident))
            elif items[at] == record:
                unchanged.append((name, ident))
            else:
                items[at] = record
                replaced.append((name, ident))
        elif record in items:
            unchanged.append((name, str(items.index(record))))
        else:
            items.append(record)
            added.append((name, str(len(items) - 1)))
    changes: dict[str, Any] = {k: tuple(v) for k, v in fields.items()}
    new = attrs.evolve(dossier, **changes)
    return new, MergeResult(tuple(added), tuple(replaced), tuple(unchanged))


def merge_records(
    path: str | os.PathLike[str], records: Iterable[object], *, dry_run: bool = False
) -> MergeResult:
    """Merge records into a committee file, keeping its comments, order and layout.

    Each record goes into the dossier field of its kind (a
    :class:`~kommissorium.model.DecisionRecord` into ``decisions``, a
    :class:`~kommissorium.model.Meeting` into ``meetings``, a
    :class:`~kommissorium.model.Person` into ``people``, …). A record with the id of one in
    the file replaces it; a new one is added after the last of its kind; one without an id
    (a membership, a tie) is added unless the file holds an equal one.

    Args:
        path: The committee file.
        records: The records.
        dry_run: Work out the result without writing the file.

    Returns:
        What was added, replaced and already there, and whether the file was written.

    Raises:
        LoadError: The file cannot be read or is not a valid committee file.
        IntegrityError: A record refers to something the file lacks (a person, a body).
        EditError: The change could not be written while keeping the layout.
    """
    editor = edit(path)
    editor.dossier, result = merge(editor.dossier, records)
    written = False if dry_run else editor.save()
    return attrs.evolve(result, written=written)


def _resolve_steps(data: Any, steps: Sequence[str | int], text: str) -> list[str | int]:
    """Turn ``[id]`` selectors into positions, walking the plain data."""
    out: list[str | int] = []
    node = data
    for step in steps:
        if isinstance(step, str) and step.startswith("[") and isinstance(node, list):
            ident = step[1:-1]
            found = next(
                (i for i, x in enumerate(node) if isinstance(x, dict) and x.get("id") == ident),
                None,
            )
            if found is None:
                raise PathError(f"{text}: no entry with id {ident!r} at {format_path(out)}")
            step = found
        out.append(step)
        if isinstance(step, int):
            node = node[step] if isinstance(node, list) and step < len(node) else None
        else:
            node = node.get(step) if isinstance(node, dict) else None
    return out


_STEP = re.compile(r"\.?([A-Za-z0-9_-]+)|\[(\d+)\]|\[([^\]]+)\]")


def _steps(text: str) -> list[str | int]:
    steps: list[str | int] = []
    at = 0
    while at < len(text):
        found = _STEP.match(text, at)
        if found is None or (at == 0 and text.startswith(".")):
            raise PathError(
                f"{text!r}: expected a path such as 'meetings[2].start' or "
                f"'meetings[vpu-2025-04-28].start', got {text[at:]!r}"
            )
        name, index, ident = found.groups()
        steps.append(int(index) if index is not None else name if name else f"[{ident}]")
        at = found.end()
    if not steps:
        raise PathError("expected a path such as 'committee.name', got an empty text")
    return steps


def _type_at(steps: Sequence[str | int]) -> Any:
    type_: Any = Dossier
    for step in steps:
        if type_ is None:
            return None
        type_ = field_type(type_, step)
    return type_


def _value_for(text: str, type_: Any) -> Any:
    """The value a command-line text stands for: TOML if it reads as such, else the text."""
    try:
        value = tomllib.loads(f"v = {text}")["v"]
    except tomllib.TOMLDecodeError:
        return text
    inner = type_
    if isinstance(type_, types.UnionType) or getattr(type_, "__args__", None):
        args = [a for a in getattr(type_, "__args__", ()) if a is not type(None)]
        inner = args[0] if len(args) == 1 else type_
    wants_text = inner is str or (isinstance(inner, type) and issubclass(inner, str))
    if wants_text and not isinstance(value, str):
        return text
    return value


def set_value(
    dossier: Dossier, path: str, value: str | object, *, source: str = "<set>"
) -> Dossier:
    """The dossier with the value at ``path`` replaced.

    Args:
        dossier: The dossier.
        path: Where, in the file's terms: ``"committee.name"``, ``"meetings[1].start"``, or
            with an entry's id in brackets, ``"meetings[vpu-2025-04-28].start"``.
        value: The new value. A string is read as a TOML value (``2025-05-05T14:00:00``,
            ``true``, ``["kb", "ou"]``) where that makes sense for the field, else taken
            as text.
        source: Name used in error messages.

    Returns:
        The new dossier.

    Raises:
        PathError: The path cannot be read or does not lead into the file's data.
        LoadError: The new value is not valid there (names the path and what was expected).

    Examples:
        >>> from kommissorium.model import Committee, Dossier
        >>> d = Dossier(committee=Committee(id="u", name="Udvalget"))
        >>> set_value(d, "committee.name", "Udvalget for Social Omsorg").committee.name
        'Udvalget for Social Omsorg'
        >>> set_value(d, "committee.kind", "udvalg", source="u.toml")
        Traceback (most recent call last):
        ...
        kommissorium.errors.LoadError: u.toml: committee.kind: expected one of 'council', ...
    """
    data = toml_data(dossier)
    steps = _resolve_steps(data, _steps(path), path)
    type_ = _type_at(steps)
    if isinstance(value, str):
        value = _value_for(value, type_)
    node: Any = data
    for depth, step in enumerate(steps[:-1]):
        nxt = steps[depth + 1]
        if isinstance(step, int):
            if not isinstance(node, list) or step >= len(node):
                raise PathError(f"{path}: no entry at {format_path(steps[: depth + 1])}")
            node = node[step]
        else:
            if not isinstance(node, dict):
                raise PathError(f"{path}: {format_path(steps[:depth])} is not a table")
            node = node.setdefault(step, [] if isinstance(nxt, int) else {})
    last = steps[-1]
    if isinstance(last, int):
        if not isinstance(node, list) or last > len(node):
            raise PathError(f"{path}: no entry at {format_path(steps)}")
        if last == len(node):
            node.append(value)
        else:
            node[last] = value
    else:
        if not isinstance(node, dict):
            raise PathError(f"{path}: {format_path(steps[:-1])} is not a table")
        node[last] = value
    return _structure(data, source)
