r"""The layout of a kommissorium text: headings, paragraphs, list items, table rows, sentences.

A kommissorium reaches the reader as plain text copied from a PDF, a Word note or a web page.
Its structure is in its lines: short lines without a full stop are headings ("Kommissorium",
"Formål:"), lines that start with a bullet (``-``, ``•``, ``o``, ``*``) or a number (``1.``)
are list items, lines with ``|`` are table rows, and everything else is running text. A line
that starts in lower case continues the text before it when that text did not end a sentence
(a page break in the middle of a sentence). Every block and sentence keeps its character span
in the document.

Examples:
    >>> text = "Kommissorium\n\nUdvalget sammensættes af:\n\n- borgmester\n- kommunaldirektør\n"
    >>> layout = Layout.of(text)
    >>> [b.kind.value for b in layout.blocks]
    ['heading', 'paragraph', 'item', 'item']
    >>> [b.text for b in layout.blocks if b.kind is BlockKind.ITEM]
    ['borgmester', 'kommunaldirektør']
    >>> [lst.lead_in for lst in layout.lists()]
    ['Udvalget sammensættes af:']
    >>> for s in split_sentences("Byrådet besluttede den 29. juni 2016 det. Jf. bl.a. "
    ...                          "§ 17, stk. 4. Formanden er formand.", 0):
    ...     print(s.text)
    Byrådet besluttede den 29. juni 2016 det.
    Jf. bl.a. § 17, stk. 4.
    Formanden er formand.
"""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Iterator, Sequence

import attrs

__all__ = [
    "Block",
    "BlockKind",
    "Layout",
    "ListItem",
    "Sentence",
    "TextList",
    "is_table_header",
    "split_sentences",
]

_MONTHS = (
    "januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec"
)
_BULLET = re.compile(r"^(?P<indent>[ ]*)(?P<marker>[-–•*·▪◦►]|o(?=[ ]{2,}|[ ]+[A-ZÆØÅ]))[ ]+")
_NUMBER = re.compile(
    rf"^(?P<indent>[ ]*)(?P<number>\d{{1,2}})[.)][ ]+(?!(?:{_MONTHS})\b)(?=\S)", re.IGNORECASE
)
_ABBREVIATIONS = frozenset(
    {"bl.a", "jf", "jfr", "f.eks", "fx", "nr", "stk", "kl", "ca", "evt", "mhp", "m.fl", "m.v",
     "mv", "inkl", "dvs", "pkt", "d", "ang", "vedr", "eks", "t.o.m", "m.m", "bl", "a", "hhv",
     "mht", "iht", "vha", "ift", "pga", "p.t", "pt", "tlf", "sr", "jr", "dr", "ekskl", "st",
     "div", "min", "max", "ml", "resp", "o.l", "lign", "s", "ff", "afd", "adm", "pr"}
)  # fmt: skip
_SENTENCE_END = re.compile(r"[.!?](?:[\"”’»)*]*)(?=\s+[\"”„»*(]*[A-ZÆØÅ0-9§])")
_TERMINAL = re.compile(r"[.!?;,][\"”’»)*]*\s*$")
_TABLE_WORDS = re.compile(
    r"^(?:medlem(?:mer)?|stedfortræder(?:e)?|suppleant(?:er)?|navn|parti|rolle|funktion|"
    r"repræsenterer|udpeget af)$",
    re.IGNORECASE,
)


class BlockKind(enum.StrEnum):
    """What a block of text is."""

    HEADING = "heading"
    """A short line that names a section ("Kommissorium", "Formål:")."""
    PARAGRAPH = "paragraph"
    """Running text: one or more sentences."""
    ITEM = "item"
    """A bulleted or numbered list item."""
    ROW = "row"
    """A table row (cells separated by ``|``)."""


@attrs.frozen(kw_only=True)
class Sentence:
    """One sentence with its span in the document.

    Attributes:
        start: Offset of its first character.
        end: Offset just after its last character.
        text: The sentence, line breaks turned into blanks.
    """

    start: int
    end: int
    text: str


@attrs.frozen(kw_only=True)
class Block:
    """A heading, a paragraph, a list item or a table row.

    Attributes:
        kind: What the block is.
        start: Offset of the first character of its text (after a bullet or number).
        end: Offset just after its text.
        text: The text, line breaks turned into blanks, bullet or number left out.
        indent: Blanks before the line's first character (nesting of list items).
        marker: The bullet (``"-"``, ``"•"``) or ``"1."`` of a list item.
        number: The number of a numbered item.
        heading: Index (in :attr:`Layout.blocks`) of the heading the block falls under.
        cells: The cells of a table row.
        line: The 1-based line number the block starts on.
    """

    kind: BlockKind
    start: int
    end: int
    text: str
    indent: int = 0
    marker: str | None = None
    number: int | None = None
    heading: int | None = None
    cells: tuple[str, ...] = ()
    line: int = 1

    @functools.cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        """The block's sentences."""
        return tuple(split_sentences(self.text, self.start))


@attrs.frozen(kw_only=True)
class ListItem:
    """A list item with the items nested under it.

    Attributes:
        block: The item's block.
        children: Items indented under it.
    """

    block: Block
    children: tuple[ListItem, ...] = ()


@attrs.frozen(kw_only=True)
class TextList:
    """A run of list items and what introduces them.

    Attributes:
        items: The top-level items, in order.
        lead_in: The sentence or heading just before the list (``"Udvalget sammensættes
            af:"``), or ``""``.
        lead_in_block: Index of the block the lead-in is in, or ``None``.
        heading: Index of the heading the list falls under, or ``None``.
        first: Index of the list's first item in :attr:`Layout.blocks`.
    """

    items: tuple[ListItem, ...]
    lead_in: str
    lead_in_block: int | None
    heading: int | None
    first: int

    @property
    def blocks(self) -> list[Block]:
        """Every item's block, nested ones included, in document order."""
        out: list[Block] = []

        def walk(items: Sequence[ListItem]) -> None:
            for item in items:
                out.append(item.block)
                walk(item.children)

        walk(self.items)
        return out


def _is_abbreviation(text: str, end: int) -> bool:
    """Whether the full stop at ``end`` closes an abbreviation or an ordinal ("29.")."""
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "."):
        start -= 1
    word = text[start:end].casefold()
    if word.isdigit():
        return len(word) <= 2  # "den 29. Juni", "1. Afklaring" stay inside the sentence
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def split_sentences(text: str, offset: int = 0) -> list[Sentence]:
    """The sentences of a text, with spans shifted by ``offset``.

    A sentence ends at ``.``, ``!`` or ``?`` before a capital letter, a digit or ``§``, except
    after a known abbreviation ("bl.a.", "jf.", "stk.") or a day or list number ("29.").
    """
    out: list[Sentence] = []
    start = 0
    for found in _SENTENCE_END.finditer(text):
        stop = found.end()
        if text[found.start()] == "." and _is_abbreviation(text, found.start()):
            continue
        piece = text[start:stop]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            out.append(Sentence(start=offset + start + lead, end=offset + stop, text=piece.strip()))
        start = stop
    piece = text[start:]
    if piece.strip():
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece) - len(piece.rstrip())
        out.append(
            Sentence(
                start=offset + start + lead, end=offset + len(text) - trail, text=piece.strip()
            )
        )
    return out


@attrs.frozen(kw_only=True)
class _Line:
    start: int
    end: int
    content: int
    indent: int
    marker: str | None
    number: int | None
    cells: tuple[str, ...]
    number_line: int


def _lines(text: str) -> Iterator[_Line]:
    offset = 0
    for number_line, raw in enumerate(text.split("\n"), start=1):
        end = offset + len(raw)
        stripped = raw.strip()
        if stripped:
            indent = len(raw) - len(raw.lstrip(" "))
            content = offset + indent
            marker: str | None = None
            number: int | None = None
            bullet = _BULLET.match(raw)
            if bullet is not None:
                marker = bullet["marker"]
                content = offset + bullet.end()
                inner = _NUMBER.match(raw[bullet.end() :])
                if inner is not None:
                    number = int(inner["number"])
                    content += inner.end()
            else:
                numbered = _NUMBER.match(raw)
                if numbered is not None:
                    number = int(numbered["number"])
                    marker = f"{number}."
                    content = offset + numbered.end()
            cells: tuple[str, ...] = ()
            if marker is None and "|" in stripped:
                parts = [c.strip() for c in stripped.strip("|").split("|")]
                if len(parts) >= 1 and stripped.count("|") >= 1:
                    cells = tuple(parts)
            trail = len(raw) - len(raw.rstrip())
            yield _Line(
                start=offset,
                end=end - trail,
                content=content,
                indent=indent,
                marker=marker,
                number=number,
                cells=cells,
                number_line=number_line,
            )
        offset = end + 1


@attrs.define
class _Raw:
    """A block being built (private)."""

    kind: BlockKind
    line: _Line
    start: int = 0
    end: int = 0

    def __attrs_post_init__(self) -> None:
        self.start = self.line.content
        self.end = self.line.end


_ENDS_SENTENCE = re.compile(r"[.!?:][\"”’»)*]*$")


def _heading_like(text: str) -> bool:
    words = text.split()
    if not words or len(words) > 12 or len(text) > 120:
        return False
    if _TERMINAL.search(text):
        return False
    return not re.search(r"[.!?] [A-ZÆØÅ]", text)


def _flat(text: str) -> str:
    return " ".join(text.split())


@attrs.frozen
class Layout:
    """The blocks of a text, in order.

    Attributes:
        text: The text the layout is of.
        blocks: Headings, paragraphs, list items and table rows.
    """

    text: str
    blocks: tuple[Block, ...]

    @classmethod
    def of(cls, text: str, *, skip_last_line: bool = False) -> Layout:
        """Lay out a text.

        Args:
            text: The (normalised) text.
            skip_last_line: Leave the last non-blank line out (an excerpt cut off in the
                middle of it).
        """
        lines = list(_lines(text))
        if skip_last_line and lines:
            lines.pop()
        raw: list[_Raw] = []
        for line in lines:
            body = text[line.content : line.end]
            if line.marker is not None:
                kind = BlockKind.ITEM
            elif line.cells:
                kind = BlockKind.ROW
            else:
                kind = BlockKind.PARAGRAPH
            previous = raw[-1] if raw else None
            if (
                previous is not None
                and kind is BlockKind.PARAGRAPH
                and previous.kind in (BlockKind.PARAGRAPH, BlockKind.ITEM)
                and body[:1].islower()
                and not _ENDS_SENTENCE.search(text[previous.start : previous.end])
            ):
                previous.end = line.end  # a sentence running on after a line or page break
                continue
            raw.append(_Raw(kind=kind, line=line))
        blocks: list[Block] = []
        heading: int | None = None
        for index, part in enumerate(raw):
            kind = part.kind
            body = _flat(text[part.start : part.end])
            if kind is BlockKind.PARAGRAPH and _heading_like(body):
                following = raw[index + 1] if index + 1 < len(raw) else None
                next_text = text[following.start : following.end] if following else ""
                if not next_text[:1].islower():
                    kind = BlockKind.HEADING
            blocks.append(
                Block(
                    kind=kind,
                    start=part.start,
                    end=part.end,
                    text=body,
                    indent=part.line.indent,
                    marker=part.line.marker,
                    number=part.line.number,
                    heading=heading,
                    cells=part.line.cells,
                    line=part.line.number_line,
                )
            )
            if kind is BlockKind.HEADING:
                heading = index
        return cls(text, tuple(blocks))

    def heading_text(self, block: Block) -> str:
        """The text of the heading a block falls under, or ``""``."""
        return "" if block.heading is None else self.blocks[block.heading].text

    def lead_in(self, index: int) -> tuple[str, int | None]:
        """The sentence or heading just before block ``index``, and that block's index."""
        if index == 0:
            return "", None
        before = self.blocks[index - 1]
        if before.kind is BlockKind.ITEM:
            return "", None
        sentences = before.sentences
        return (sentences[-1].text if sentences else before.text), index - 1

    def lists(self) -> list[TextList]:
        """Runs of list items with their lead-ins; items indented deeper are nested."""
        out: list[TextList] = []
        index = 0
        blocks = self.blocks
        while index < len(blocks):
            if blocks[index].kind is not BlockKind.ITEM:
                index += 1
                continue
            first = index
            while index < len(blocks) and blocks[index].kind is BlockKind.ITEM:
                index += 1
            run = blocks[first:index]
            lead_in, lead_block = self.lead_in(first)
            out.append(
                TextList(
                    items=_nest(run),
                    lead_in=lead_in,
                    lead_in_block=lead_block,
                    heading=run[0].heading,
                    first=first,
                )
            )
        return out

    def tables(self) -> list[tuple[int, list[Block]]]:
        """Runs of table rows, each with the index of its first row."""
        out: list[tuple[int, list[Block]]] = []
        index = 0
        while index < len(self.blocks):
            if self.blocks[index].kind is not BlockKind.ROW:
                index += 1
                continue
            first = index
            while index < len(self.blocks) and self.blocks[index].kind in (
                BlockKind.ROW,
                BlockKind.HEADING,
            ):
                if self.blocks[index].kind is BlockKind.HEADING and not (
                    index + 1 < len(self.blocks) and self.blocks[index + 1].kind is BlockKind.ROW
                ):
                    break
                index += 1
            out.append((first, list(self.blocks[first:index])))
        return out


def is_table_header(cells: Sequence[str]) -> bool:
    """Whether a row's cells are column names ("Medlemmer | Stedfortrædere")."""
    named = [c for c in cells if c]
    return bool(named) and all(_TABLE_WORDS.match(c) for c in named)


def _nest(run: Sequence[Block]) -> tuple[ListItem, ...]:
    base = min(b.indent for b in run)

    def build(start: int, indent: int) -> tuple[list[ListItem], int]:
        items: list[ListItem] = []
        index = start
        while index < len(run):
            block = run[index]
            if block.indent < indent:
                break
            if block.indent > indent and items:
                children, index = build(index, block.indent)
                last = items[-1]
                items[-1] = ListItem(block=last.block, children=last.children + tuple(children))
                continue
            items.append(ListItem(block=block))
            index += 1
        return items, index

    items, _ = build(0, base)
    return tuple(items)
