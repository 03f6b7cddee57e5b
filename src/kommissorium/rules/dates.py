r"""The default check date the command line uses when ``--on`` is not given.

There is no hidden clock: the date comes from the file. It is the day of the establishing
decision (``mandate.established_by.date``); failing that, the first day of the term
(``mandate.term.start``); failing that there is no default and ``--on`` must be given.

Examples:
    >>> import kommissorium as k
    >>> d = k.loads('[committee]\nid = "u"\nname = "U"\n[mandate]\nterm = "2024-25"\n')
    >>> default_check_date(d)
    datetime.date(2024, 1, 1)
    >>> default_check_date(k.loads('[committee]\nid = "u"\nname = "U"\n')) is None
    True
"""

from __future__ import annotations

from datetime import date

from kommissorium.model import Dossier

__all__ = ["default_check_date"]


def default_check_date(dossier: Dossier) -> date | None:
    """The establishing decision's date, else the term's start, else ``None``."""
    m = dossier.mandate
    if m.established_by is not None and m.established_by.date is not None:
        return m.established_by.date
    if m.term is not None:
        return m.term.start
    return None
