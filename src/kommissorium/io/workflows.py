r"""Workflow files: a :class:`~kommissorium.model.Workflow` on its own, in TOML or JSON.

A workflow can live in the committee file (``[[workflows]]``) or in a file of its own so that
several committees share it. The format is the same table in both places: ``id``, ``name``,
``states`` (each with ``id``, ``label_da``, ``label_en`` and flags) and ``transitions`` (each
with ``source``, ``target`` and optionally ``bodies`` and ``body_kinds``). States are referred
to by id, as OpenSlides' workflow import refers to states by name.

Examples:
    >>> from kommissorium.model import danish_default_workflow
    >>> text = dumps_workflow(danish_default_workflow())
    >>> loads_workflow(text) == danish_default_workflow()
    True
    >>> loads_workflow('''
    ... id = "kort"
    ... name = "Kort forløb"
    ... [[states]]
    ... id = "ny"
    ... label_da = "ny"
    ... label_en = "new"
    ... [[transitions]]
    ... source = "ny"
    ... target = "slut"
    ... ''', source="kort.toml")
    Traceback (most recent call last):
    ...
    kommissorium.errors.LoadError: kort.toml: ... needs exactly one initial state, has 0
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from kommissorium._write import write_atomic
from kommissorium.errors import KommissoriumError, LoadError, ModelError
from kommissorium.io._convert import DETAILED, FAST, locate
from kommissorium.io._read import read_file
from kommissorium.io.files import MAX_FILE_BYTES, Format, _parse
from kommissorium.model import Workflow

__all__ = ["dump_workflow", "dumps_workflow", "load_workflow", "loads_workflow"]


def loads_workflow(
    data: str | bytes, *, format: Format | None = None, source: str = "<string>"
) -> Workflow:
    """Read a workflow from TOML or JSON text.

    Raises:
        LoadError: The text does not describe a valid workflow; the message names the place.
    """
    raw = _parse(data, format, source)
    try:
        return FAST.structure(raw, Workflow)
    except ModelError as exc:
        if exc.expected is not None:
            raise LoadError(source, exc.field or "", exc.expected, exc.got) from None
        raise LoadError(source, "", "a consistent workflow", str(exc)) from None
    except KommissoriumError as exc:
        raise LoadError(source, "", "a consistent workflow", str(exc)) from None
    except Exception:
        pass
    try:
        DETAILED.structure(raw, Workflow)
    except Exception as exc:
        found = locate(exc, "", Workflow)
        raise LoadError(source, found.path, found.expected, found.got) from None
    raise LoadError(
        source, "", "a valid workflow", "data the loader could not read"
    )  # pragma: no cover


def load_workflow(path: str | os.PathLike[str], *, format: Format | None = None) -> Workflow:
    """Read a workflow file (``.toml`` or ``.json``).

    Raises:
        LoadError: The file cannot be read or does not describe a valid workflow.
    """
    file = Path(path)
    if format is None:
        suffix = file.suffix.lower()
        if suffix not in (".toml", ".json"):
            raise LoadError(str(file), "", "a file ending in .toml or .json", repr(file.suffix))
        format = "toml" if suffix == ".toml" else "json"
    data = read_file(file, MAX_FILE_BYTES, "a workflow file")
    return loads_workflow(data, format=format, source=str(file))


def dumps_workflow(workflow: Workflow) -> str:
    """The workflow as JSON text (two-space indent, final newline; deterministic)."""
    data: dict[str, Any] = FAST.unstructure(workflow)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def dump_workflow(workflow: Workflow, path: str | os.PathLike[str]) -> None:
    """Write the workflow as a JSON file (atomically: a failure leaves no partial file).

    Raises:
        OutputError: The file cannot be written there.
    """
    write_atomic(path, dumps_workflow(workflow))
