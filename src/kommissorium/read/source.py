r"""Where a read fact came from: documents, character spans, certainty.

Every fact a reader returns is wrapped in :class:`Sourced`: the value, and a :class:`Source`
naming the document, the agenda item, the character span in the document's text, the phrasing
that read it and how certain the reading is. A :class:`Document` is the text the reader worked
on: for plain text, the file's own characters (normalised one for one, so spans are offsets into
the file as given); for HTML and JSON, the text the reader extracted from the markup, which the
result keeps so that every span can be quoted.

Examples:
    >>> doc = Document.from_text("Beslutning\nGodkendt.\n", name="ref.txt")
    >>> fact = Sourced("approved", doc.source(11, 20, pattern="outcome.approved"))
    >>> doc.quote(fact.source)
    'Godkendt.'
    >>> fact.source.certainty.value, doc.line_column(11)
    ('pattern', (2, 1))
"""

from __future__ import annotations

import bisect
import enum
import functools
from typing import Generic, TypeVar

import attrs

__all__ = [
    "Certainty",
    "Document",
    "ReadWarning",
    "Source",
    "Sourced",
    "normalise_text",
]

T = TypeVar("T")


class Certainty(enum.StrEnum):
    """How a fact was read.

    ``pattern`` facts match a known phrasing completely; ``uncertain`` facts were read from a
    known phrasing inside a sentence that says more than the phrasing, or from structure alone
    (a name without the words that say why it is there). A phrasing the reader does not know is
    never read: it stays as text in the item's ``unread`` list.
    """

    PATTERN = "pattern"
    """Read by a known phrasing that covers the whole statement."""
    UNCERTAIN = "uncertain"
    """Read, but the statement says more than the phrasing covers: check it."""


@attrs.frozen(kw_only=True)
class Source:
    """Where a fact was read.

    Attributes:
        document: The document's name (normally its file name).
        start: Offset of the first character in the document's text.
        end: Offset just after the last character (``text[start:end]`` is the evidence).
        item: The agenda item number (or title, when it has no number) the fact belongs to;
            ``None`` for the meeting or the whole document.
        pattern: The name of the phrasing that read the fact (see the phrasing table), or
            ``None`` for structure (a heading, a JSON field).
        certainty: How certain the reading is.
    """

    document: str
    start: int
    end: int
    item: str | None = None
    pattern: str | None = None
    certainty: Certainty = Certainty.PATTERN

    def __attrs_post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"source span {self.start}-{self.end} is not a span")


@attrs.frozen
class Sourced(Generic[T]):
    """A value with its source.

    Attributes:
        value: What was read.
        source: Where and how it was read.
    """

    value: T
    source: Source


@attrs.frozen(kw_only=True)
class ReadWarning:
    """Something the reader could not read, or read with doubt.

    Attributes:
        code: A stable short code (``"unread-decision"``, ``"no-items"``, …).
        message: The warning in English.
        source: Where in the document it concerns, when it concerns one place.
    """

    code: str
    message: str
    source: Source | None = None


# One character for one: the offsets of the normalised text are the offsets of the input.
_SAME_LENGTH = str.maketrans(
    {
        # Control characters (text pasted from Word or PDF carries them): a page or line
        # feed is a line break, anything else a blank; DEL and C1 controls likewise.
        **dict.fromkeys((*range(32), 127, *range(128, 160)), " "),
        0x0A: "\n",
        0x0B: "\n",
        0x0C: "\n",
        "\u00a0": " ",  # no-break space
        "\u202f": " ",  # narrow no-break space
        "\u2007": " ",  # figure space
        "\t": " ",
        "\r": "\n",
        "\u00ad": " ",  # soft hyphen (pasted from Word)
        "\u200b": " ",  # zero-width space
        "\ufeff": " ",  # byte-order mark
        "\u2028": "\n",  # line separator
        "\u2029": "\n",  # paragraph separator
        "\u2010": "-",  # hyphen
        "\u2011": "-",  # non-breaking hyphen
        "\u2212": "-",  # minus sign
    }
)


def normalise_text(text: str) -> str:
    r"""The text with odd spaces, tabs, carriage returns and soft hyphens made plain.

    Every character is replaced by exactly one character, so offsets into the result are
    offsets into the input. A ``\r\n`` pair becomes a blank and a newline.

    Examples:
        >>> normalise_text("Godkendt.\u00a0Ad 2\r\nUdsat")
        'Godkendt. Ad 2 \nUdsat'
    """
    out = text.translate(_SAME_LENGTH)
    if "\r\n" in text:
        chars = list(out)
        index = text.find("\r\n")
        while index != -1:
            chars[index] = " "
            index = text.find("\r\n", index + 2)
        out = "".join(chars)
    return out


@attrs.frozen(kw_only=True)
class Document:
    """The text a reader worked on, with its name.

    Attributes:
        name: The document's name (file name, or a name the caller chose).
        text: The text; every :class:`Source` of a fact read from it indexes this text.
        kind: What the text was read from: ``"text"``, ``"html"`` or ``"json"``.
    """

    name: str
    text: str
    kind: str = "text"

    @classmethod
    def from_text(cls, text: str, *, name: str = "<text>") -> Document:
        """A plain-text document, normalised one character for one (see :func:`normalise_text`)."""
        return cls(name=name, text=normalise_text(text), kind="text")

    def source(
        self,
        start: int,
        end: int,
        *,
        item: str | None = None,
        pattern: str | None = None,
        certainty: Certainty = Certainty.PATTERN,
    ) -> Source:
        """A :class:`Source` in this document."""
        return Source(
            document=self.name,
            start=start,
            end=end,
            item=item,
            pattern=pattern,
            certainty=certainty,
        )

    def quote(self, source: Source) -> str:
        """The text a source points at."""
        return self.text[source.start : source.end]

    @functools.cached_property
    def _line_starts(self) -> list[int]:
        starts = [0]
        index = self.text.find("\n")
        while index != -1:
            starts.append(index + 1)
            index = self.text.find("\n", index + 1)
        return starts

    def line_column(self, offset: int) -> tuple[int, int]:
        """The 1-based line and column of an offset (for messages)."""
        line = bisect.bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1
