"""Reading and writing committee files, and the JSON Schema of the format."""

from kommissorium.io.files import MAX_FILE_BYTES, Format, dump, dumps, load, loads, to_data
from kommissorium.io.schema import json_schema

__all__ = ["MAX_FILE_BYTES", "Format", "dump", "dumps", "json_schema", "load", "loads", "to_data"]
