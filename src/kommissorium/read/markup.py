"""HTML to text for the readers, with the standard library's HTML parser.

Minutes pages are read as text: the structure that matters (items, sections, decisions) is
written in words and headings, the same in every publishing system. This module turns a page
into that text — paragraphs, headings, list items and table rows on lines of their own,
ordered lists numbered as a browser numbers them — and drops what a reader never reads:
scripts, styles, templates and the document head. It also remembers where each heading and each
element with a ``class`` or ``id`` lands in the text, so a reader of one system's pages can use
that system's markup (FirstAgenda's ``tr.punktrow``, ``span.sagsnummer``) where it has it.

The parser never raises on broken markup: unclosed elements end with their parent, stray end
tags are ignored. Pages larger than :data:`MAX_HTML_CHARS` are refused.

Examples:
    >>> page = html_to_text('''<html><head><style>p {color: red}</style></head><body>
    ... <h1 class="dato">Referat 1. oktober 2025</h1><script>alert(1)</script>
    ... <p>Indstilling:</p><ol><li>at planen godkendes</li><li>at den sendes i høring</li></ol>
    ... <h3>Beslutning</h3><p>Ad 1&nbsp;Godkendt.<br>Ad 2 Udsat.</p></body></html>''')
    >>> print(page.text)
    Referat 1. oktober 2025
    <BLANKLINE>
    Indstilling:
    1. at planen godkendes
    2. at den sendes i høring
    <BLANKLINE>
    Beslutning
    <BLANKLINE>
    Ad 1 Godkendt.
    Ad 2 Udsat.
    >>> [page.text[e.start:e.end] for e in page.find(tag="h1", cls="dato")]
    ['Referat 1. oktober 2025']
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import attrs

from kommissorium.errors import KommissoriumError

__all__ = ["MAX_HTML_CHARS", "Element", "HtmlText", "HtmlTooLargeError", "html_to_text"]

#: Pages longer than this (in characters) are refused; a council's longest minutes are a few MB.
MAX_HTML_CHARS = 32 * 1024 * 1024

_SKIP = frozenset(
    {"script", "style", "noscript", "template", "head", "title", "svg", "math", "iframe"}
)
_VOID = frozenset(
    {"br", "img", "hr", "meta", "link", "input", "area", "base", "col", "embed", "source",
     "track", "wbr", "param"}
)  # fmt: skip
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_BLOCKS = frozenset(
    {"p", "div", "section", "article", "header", "footer", "main", "nav", "aside", "table",
     "thead", "tbody", "tfoot", "tr", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre",
     "form", "fieldset", "figure", "figcaption", "address", "body", "html", "caption", "hr",
     "li", "details", "summary"}
)  # fmt: skip
_CELLS = frozenset({"td", "th"})
_SPACE = re.compile(r"\s+")


class HtmlTooLargeError(KommissoriumError, ValueError):
    """A page larger than :data:`MAX_HTML_CHARS`."""


@attrs.frozen(kw_only=True)
class Element:
    """Where an element's text lies in the extracted text.

    Attributes:
        tag: The tag name, lower case.
        classes: Its ``class`` names.
        id: Its ``id``, if any.
        start: Offset of its first character in the text.
        end: Offset just after its last character.
    """

    tag: str
    classes: tuple[str, ...] = ()
    id: str | None = None
    start: int
    end: int


@attrs.frozen(kw_only=True)
class HtmlText:
    """The text of a page and where its headings and classed elements are.

    Attributes:
        text: The text, one paragraph, heading, list item or table row per line; blank lines
            around headings.
        elements: Headings and every element with a ``class`` or ``id``, in document order.
    """

    text: str
    elements: tuple[Element, ...] = ()

    def find(self, *, tag: str | None = None, cls: str | None = None) -> list[Element]:
        """The recorded elements with this tag and/or class, in document order."""
        return [
            e
            for e in self.elements
            if (tag is None or e.tag == tag) and (cls is None or cls in e.classes)
        ]


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.length = 0
        self.breaks = 0  # line breaks owed before the next text (0, 1 or 2)
        self.space = False  # a blank owed before the next text on this line
        self.at_line_start = True
        self.skip = 0
        self.pre = 0
        self.stack: list[tuple[str, int, tuple[str, ...], str | None, bool]] = []
        self.lists: list[list[int]] = []  # [ordered (0/1), counter]
        self.elements: list[Element] = []
        self.cells = 0  # cells written on the current line

    # -- writing -------------------------------------------------------------------------

    def _write(self, text: str) -> None:
        if not text:
            return
        if self.length and self.breaks:
            text = "\n" * self.breaks + text
            self.at_line_start = True
        elif self.space and not self.at_line_start:
            text = " " + text
        self.breaks = 0
        self.space = False
        self.parts.append(text)
        self.length += len(text)
        self.at_line_start = text.endswith("\n")

    def _break(self, lines: int) -> None:
        self.breaks = max(self.breaks, lines)
        self.space = False
        self.cells = 0

    # -- parser callbacks ---------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            self.handle_startendtag(tag, attrs)
            return
        if tag in _SKIP:
            self.skip += 1
        elif not self.skip:
            if tag in _HEADINGS:
                self._break(2)
            elif tag in _BLOCKS:
                self._break(1)
            elif tag in _CELLS and self.cells:
                self.space = True
            if tag in ("ul", "ol"):
                start = _int(dict(attrs).get("start"))
                self.lists.append([1 if tag == "ol" else 0, (start or 1) - 1])
            elif tag == "li":
                marker = "- "
                if self.lists:
                    kind = self.lists[-1]
                    kind[1] += 1
                    if kind[0]:
                        marker = f"{kind[1]}. "
                self._write(marker)
            elif tag == "pre":
                self.pre += 1
        values = dict(attrs)
        classes = tuple((values.get("class") or "").split())
        ident = values.get("id") or None
        record = tag in _HEADINGS or bool(classes) or ident is not None
        self.stack.append((tag, self._next_offset(), classes, ident, record))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skip:
            return
        if tag == "br":
            if self.at_line_start and self.breaks:
                self.breaks = min(2, self.breaks + 1)
            else:
                self._break(1)
        elif tag == "hr":
            self._break(2)

    def handle_endtag(self, tag: str) -> None:
        if not any(entry[0] == tag for entry in self.stack):
            return  # a stray end tag
        while self.stack:
            name, start, classes, ident, record = self.stack.pop()
            self._close(name)
            if record and not self.skip:
                end = max(start, self.length)
                self.elements.append(
                    Element(tag=name, classes=classes, id=ident, start=start, end=end)
                )
            if name == tag:
                break

    def _close(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if self.skip:
            return
        if tag in _HEADINGS:
            self._break(2)
        elif tag in _BLOCKS:
            self._break(1)
        elif tag in _CELLS:
            self.cells += 1
        if tag in ("ul", "ol") and self.lists:
            self.lists.pop()
        elif tag == "pre":
            self.pre = max(0, self.pre - 1)

    def handle_data(self, data: str) -> None:
        if self.skip or not data:
            return
        if self.pre:
            for index, line in enumerate(data.replace("\r\n", "\n").split("\n")):
                if index:
                    self._break(1)
                self._write(line.replace("\t", " "))
            return
        collapsed = _SPACE.sub(" ", data)
        if collapsed.startswith(" "):
            self.space = True
        body = collapsed.strip()
        if body:
            self._write(body)
        if collapsed.endswith(" ") and body:
            self.space = True

    def _next_offset(self) -> int:
        """Where the next text will start (after the line breaks owed)."""
        if self.length and self.breaks:
            return self.length + self.breaks
        return self.length

    def finish(self) -> HtmlText:
        self.close()
        while self.stack:  # elements never closed end with the document
            name, start, classes, ident, record = self.stack.pop()
            if record and not self.skip:
                self.elements.append(
                    Element(tag=name, classes=classes, id=ident, start=start, end=self.length)
                )
        text = "".join(self.parts)
        elements = sorted(
            (
                attrs.evolve(e, start=min(e.start, len(text)), end=min(e.end, len(text)))
                for e in self.elements
            ),
            key=lambda e: (e.start, -e.end),
        )
        return HtmlText(text=text, elements=tuple(elements))


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def html_to_text(html: str) -> HtmlText:
    """The text of an HTML page or fragment, and where its headings and classed elements are.

    Args:
        html: The markup.

    Returns:
        The text and elements.

    Raises:
        HtmlTooLargeError: The page is longer than :data:`MAX_HTML_CHARS`.
    """
    if len(html) > MAX_HTML_CHARS:
        raise HtmlTooLargeError(
            f"an HTML page of at most {MAX_HTML_CHARS} characters, got {len(html)}"
        )
    parser = _Extractor()
    parser.feed(html)
    return parser.finish()
