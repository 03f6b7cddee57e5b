r"""Draft a committee file from a kommissorium text.

:func:`read_kommissorium` reads a kommissorium or a council's setting-up decision (plain Danish
text) into a :class:`KommissoriumDraft`: every fact with the span of the sentence it came from,
warnings, and a TODO list. :func:`draft_dossier` turns the draft into a
:class:`~kommissorium.model.Dossier` with a comment for every value, and :func:`draft_toml`
writes it as a TOML committee file that :func:`kommissorium.io.loads` reads. Names and dates
are never invented: what the text does not state stays out of the file or is a TODO.

Examples:
    >>> from kommissorium.io import loads
    >>> text = ("Byrådet besluttede den 29. juni 2016 at nedsætte et udvalg jf. § 17, stk. 4.\n\n"
    ...         "Udvalget sammensættes af:\n\n- borgmester\n\n"
    ...         "Udvalget fastsætter selv sin mødeplan.\n")
    >>> draft = read_kommissorium(text, name="k.txt")
    >>> toml = draft_toml(draft)
    >>> print(toml[toml.index("[[mandate.composition]]") : toml.index("[[bodies]]")], end="")
    [[mandate.composition]]  # »borgmester« (k.txt, line 5)
    id = "borgmester"
    kind = "position"
    position = "borgmester"
    basis = "born"
    text = "borgmester"
    <BLANKLINE>
    [mandate.meetings]  # »Udvalget fastsætter selv sin mødeplan.« (k.txt, line 7)
    plan_set_by = "committee"
    text = "Udvalget fastsætter selv sin mødeplan."
    <BLANKLINE>
    >>> loads(toml).mandate.established_by.date
    datetime.date(2016, 6, 29)
"""

from kommissorium.io.tomlfile import Notes, toml_text
from kommissorium.read.kommissorium.build import NO_NAME, DraftFile, draft_dossier, short_quote
from kommissorium.read.kommissorium.reader import (
    MAX_TEXT_CHARS,
    TextTooLargeError,
    read_kommissorium,
)
from kommissorium.read.kommissorium.result import KommissoriumDraft, Todo

__all__ = [
    "MAX_TEXT_CHARS",
    "NO_NAME",
    "DraftFile",
    "KommissoriumDraft",
    "TextTooLargeError",
    "Todo",
    "draft_dossier",
    "draft_toml",
    "read_kommissorium",
    "short_quote",
]


def draft_toml(draft: KommissoriumDraft) -> str:
    """The draft as the text of a TOML committee file, with a comment after every value.

    The header lists what could not be read as ``# TODO`` lines.
    """
    drafted = draft_dossier(draft)
    notes = Notes(header=list(drafted.header))
    for path, comment in drafted.comments:
        notes.comment(path, comment)
    return toml_text(drafted.dossier, notes=notes)
