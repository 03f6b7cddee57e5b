"""Reading and writing committee files, keeping hand-written ones, and the JSON Schema.

- :func:`load`/:func:`loads` read TOML or JSON; :func:`dump`/:func:`dumps` write either
  (:mod:`kommissorium.io.files`).
- :func:`toml_text`, :func:`to_document` and :class:`Notes` write TOML in the normal layout,
  with comments attached to paths (:mod:`kommissorium.io.tomlfile`).
- :func:`edit`, :func:`merge_records` and :func:`set_value` change a hand-written file while
  keeping its comments, order and layout (:mod:`kommissorium.io.keep`).
- :func:`format_text`/:func:`format_file` are ``kommissorium fmt`` (:mod:`kommissorium.io.layout`).
"""

from kommissorium.io.files import (
    MAX_FILE_BYTES,
    Format,
    dump,
    dumps,
    load,
    loads,
    to_data,
)
from kommissorium.io.keep import EditError, Editor, MergeResult, edit, merge_records, set_value
from kommissorium.io.layout import format_file, format_text
from kommissorium.io.schema import json_schema
from kommissorium.io.tomlfile import (
    Notes,
    PathError,
    add_comment,
    add_header,
    parse_path,
    to_document,
    toml_data,
    toml_text,
)
from kommissorium.io.workflows import dump_workflow, dumps_workflow, load_workflow, loads_workflow

__all__ = [
    "MAX_FILE_BYTES",
    "EditError",
    "Editor",
    "Format",
    "MergeResult",
    "Notes",
    "PathError",
    "add_comment",
    "add_header",
    "dump",
    "dump_workflow",
    "dumps",
    "dumps_workflow",
    "edit",
    "format_file",
    "format_text",
    "json_schema",
    "load",
    "load_workflow",
    "loads",
    "loads_workflow",
    "merge_records",
    "parse_path",
    "set_value",
    "to_data",
    "to_document",
    "toml_data",
    "toml_text",
]
