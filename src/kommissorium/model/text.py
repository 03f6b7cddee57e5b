r"""The one rule for control characters in exported text.

Files loaded from disk cannot carry control characters (the loader refuses them), but objects
built in Python can. The formats kommissorium writes forbid them: RFC 5545 allows no control
character but TAB in a ``TEXT`` value (a raw one makes lines the RFC forbids), and XML 1.0 —
GraphML, GEXF, SVG — allows none but TAB, LF and CR (a raw one makes the file not
well-formed, and parsers stop), and matplotlib cannot draw a lone surrogate. Every text
written to an ``.ics`` file, GraphML, GEXF, the HTML report (with its SVG pictures) or a
network picture therefore goes through :func:`export_text`, which applies one rule:

* TAB (U+0009), LF (U+000A) and CR (U+000D) stay; each format escapes them in its own way
  (``\n`` in iCalendar, ``&#10;`` in XML attributes);
* VT (U+000B), FF (U+000C) and NEL (U+0085) become LF: they are the line and page breaks that
  text pasted from word processors carries;
* every other control character — U+0000–U+0008, U+000E–U+001F, DEL U+007F and the C1
  controls U+0080–U+009F other than NEL — and every code point no UTF-8 file can hold or XML
  allows (a lone surrogate U+D800–U+DFFF, the noncharacters U+FFFE and U+FFFF) becomes
  U+FFFD REPLACEMENT CHARACTER, so the damage stays visible rather than silently joining
  words.

Machine-readable payloads inside an export (the JSON of ``X-KOMMISSORIUM-DATA`` in a
calendar) escape these characters instead (``\u0007``), so a calendar read back gives the
objects exactly.

Examples:
    >>> export_text("Møde\x0bkl. 14")
    'Møde\nkl. 14'
    >>> export_text("a\x00b\x1bc\x7f") == "a\ufffdb\ufffdc\ufffd"
    True
    >>> export_text("tab\tand\r\nline")
    'tab\tand\r\nline'
"""

from __future__ import annotations

import re

__all__ = ["UNSAFE_CHARACTERS", "export_text"]

#: The characters :func:`export_text` changes (see the module docs).
UNSAFE_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")

_BREAKS = frozenset("\x0b\x0c\x85")


def _replace(match: re.Match[str]) -> str:
    return "\n" if match.group() in _BREAKS else "\ufffd"


def export_text(text: str) -> str:
    """``text`` with control characters replaced by the rule of the module docs.

    Args:
        text: Any text.

    Returns:
        The text, unchanged when it holds no such character.
    """
    return UNSAFE_CHARACTERS.sub(_replace, text) if UNSAFE_CHARACTERS.search(text) else text
