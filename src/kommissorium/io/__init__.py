"""Reading and writing committee files, and the JSON Schema of the format."""

from kommissorium.io.files import MAX_FILE_BYTES, Format, dump, dumps, load, loads, to_data
from kommissorium.io.schema import json_schema
from kommissorium.io.workflows import dump_workflow, dumps_workflow, load_workflow, loads_workflow

__all__ = [
    "MAX_FILE_BYTES",
    "Format",
    "dump",
    "dump_workflow",
    "dumps",
    "dumps_workflow",
    "json_schema",
    "load",
    "load_workflow",
    "loads",
    "loads_workflow",
    "to_data",
]
