"""Days and clock times as Danish minutes print them.

Examples:
    >>> find_day("Beslutning i Voksen- og plejeudvalget den 26-10-2023")
    (datetime.date(2023, 10, 26), 42, 52)
    >>> find_day("Dato: Onsdag, April 3, 2019 - 18:00")[0]
    datetime.date(2019, 4, 3)
    >>> find_day("mødet den 29. januar 2020 kl. 19")[0]
    datetime.date(2020, 1, 29)
    >>> find_time("Mødet sluttede kl.21.33")[0]
    datetime.time(21, 33)
"""

from __future__ import annotations

import re
from datetime import date, time

__all__ = ["MONTHS", "find_day", "find_time"]

#: Month names, Danish and English (some municipal sites print English dates).
MONTHS = {
    "januar": 1, "februar": 2, "marts": 3, "april": 4, "maj": 5, "juni": 6, "juli": 7,
    "august": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "okt": 10, "nov": 11, "dec": 12,
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7,
    "october": 10,
}  # fmt: skip
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAYS = [
    # 26-10-2023, 26.10.2023, 26/10 2023
    re.compile(r"(?<![\d/.-])(\d{1,2})[-./](\d{1,2})[-./ ](\d{4})(?![\d])"),
    # 2019-04-03
    re.compile(r"(?<![\d/.-])(\d{4})-(\d{2})-(\d{2})(?![\d])"),
    # 29. januar 2020, 3. apr. 2019
    re.compile(rf"(?<!\d)(\d{{1,2}})\.?\s+({_MONTH})\.?\s+(\d{{4}})\b", re.IGNORECASE),
    # April 3, 2019
    re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})\b", re.IGNORECASE),
]
_TIME = re.compile(
    r"(?:\bkl\.?\s*|\bklokken\s+|(?<![\d.,:/-]))([01]?\d|2[0-3])[.:]([0-5]\d)(?!\d)(?![.,:/]\d)",
    re.IGNORECASE,
)
_HOUR = re.compile(r"\bkl\.?\s*([01]?\d|2[0-3])\b(?![.:]\d)", re.IGNORECASE)


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def find_day(text: str) -> tuple[date, int, int] | None:
    """The first day written in ``text``, with its start and end offsets; ``None`` if none."""
    best: tuple[date, int, int] | None = None
    for index, pattern in enumerate(_DAYS):
        for found in pattern.finditer(text):
            if index == 0:
                day = _make(int(found[3]), int(found[2]), int(found[1]))
            elif index == 1:
                day = _make(int(found[1]), int(found[2]), int(found[3]))
            elif index == 2:
                day = _make(int(found[3]), MONTHS[found[2].lower()], int(found[1]))
            else:
                day = _make(int(found[3]), MONTHS[found[1].lower()], int(found[2]))
            if day is not None:
                if best is None or found.start() < best[1]:
                    best = (day, found.start(), found.end())
                break
    return best


def find_time(text: str) -> tuple[time, int, int] | None:
    """The first clock time in ``text`` ("kl. 18.40", "18:40", "kl. 19"), with its offsets."""
    found = _TIME.search(text)
    hour = _HOUR.search(text)
    if hour is not None and (found is None or hour.start() < found.start()):
        return time(int(hour[1])), hour.start(), hour.end()
    if found is None:
        return None
    return time(int(found[1]), int(found[2])), found.start(), found.end()
