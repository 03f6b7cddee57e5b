r"""Reading the Danish period expressions that committee documents use.

:func:`parse_period` turns text such as ``"første kvartal 2024"``, ``"resten af 2024"``,
``"ultimo november"`` or ``"marts – september 2023"`` into an *inclusive*
:class:`~kommissorium.model.period.Period` whose ``text`` is the original text.
:func:`format_period` writes a period back as readable dates.

Conventions
-----------
Some expressions have no fixed legal meaning. :data:`CONVENTIONS` is the single place where the
library fixes one: each row names the expression, the convention, and an example with the range
it resolves to. ``docs/periods.md`` shows the same table, rendered by :func:`conventions_table`;
a test keeps the page equal to the data and checks every example against :func:`parse_period`.
These are conventions, not law.

Text is matched case-insensitively, with any kind of dash (``-``, ``–``, ``—``, ``‐``) and any
amount of white space. Forms without a year (``"tredje kvartal"``, ``"ultimo november"``) take
it from :class:`PeriodContext`; relative forms (``"resten af 2024"``) need its ``after``.
There is no hidden clock: nothing is resolved against today's date.

Examples:
    >>> from datetime import date
    >>> p = parse_period("Første kvartal 2024")
    >>> p.start, p.end, p.text
    (datetime.date(2024, 1, 1), datetime.date(2024, 3, 31), 'Første kvartal 2024')
    >>> format_period(parse_period("resten af 2024", context=PeriodContext(after=date(2024, 4, 1))))
    '1. april 2024 – 31. december 2024'
"""

from __future__ import annotations

import calendar
import functools
import itertools
import re
import unicodedata
from collections.abc import Callable
from datetime import date
from typing import Literal

import attrs

from kommissorium.errors import PeriodParseError
from kommissorium.model.period import Period

__all__ = [
    "CONVENTIONS",
    "KNOWN_FORMS",
    "Convention",
    "PeriodContext",
    "conventions_table",
    "format_period",
    "parse_period",
]


@attrs.frozen
class Convention:
    """One convention for a vague expression, with an example that shows it.

    Attributes:
        expression: The expression, in Markdown (``"primo *måned*"``).
        meaning: What the library makes of it, in Markdown.
        example: A text :func:`parse_period` reads by this convention.
        resolves_to: The example's inclusive range as ``"YYYY-MM-DD – YYYY-MM-DD"``
            (``"YYYY-MM-DD – …"`` when open-ended).
        year: The context year the example is read with, if it needs one.
        after: The context's ``after`` day the example is read with, if it needs one.
    """

    expression: str
    meaning: str
    example: str
    resolves_to: str
    year: int | None = None
    after: date | None = None


CONVENTIONS: tuple[Convention, ...] = (
    Convention("primo *måned*", "day 1–10", "primo marts 2024", "2024-03-01 – 2024-03-10"),
    Convention("medio *måned*", "day 11–20", "medio juni 2024", "2024-06-11 – 2024-06-20"),
    Convention(
        "ultimo *måned*",
        "day 21 – last day of the month",
        "ultimo februar 2024",
        "2024-02-21 – 2024-02-29",
    ),
    Convention(
        "primo *år*", "1 January – end of February", "primo 2025", "2025-01-01 – 2025-02-28"
    ),
    Convention("medio *år*", "1 June – 31 July", "medio 2025", "2025-06-01 – 2025-07-31"),
    Convention("ultimo *år*", "1 November – 31 December", "ultimo 2025", "2025-11-01 – 2025-12-31"),
    Convention(
        "først / midt / sidst i *måned*",
        "as primo / medio / ultimo *måned*",
        "sidst i marts 2024",
        "2024-03-21 – 2024-03-31",
    ),
    Convention(
        "først / midt / sidst på året",
        "as primo / medio / ultimo *år*",
        "først på året 2024",
        "2024-01-01 – 2024-02-29",
    ),
    Convention(
        "foråret, sommeren, efteråret",
        "March–May, June–August, September–November",
        "efteråret 2023",
        "2023-09-01 – 2023-11-30",
    ),
    Convention(
        "vinteren *år*",
        "1 December *år* – end of February *år + 1* (`vinteren 2023/24` is the same)",
        "vinteren 2023",
        "2023-12-01 – 2024-02-29",
    ),
    Convention(
        "først / midt / sidst på *sæson*",
        "the first / middle / last month of the season",
        "sidst på efteråret 2023",
        "2023-11-01 – 2023-11-30",
    ),
    Convention(
        "*år*-*yy* (`2024-25`)",
        "both calendar years in full (not a school or budget year)",
        "2024-25",
        "2024-01-01 – 2025-12-31",
    ),
    Convention(
        "two-digit year (`14.12.23`)", "always 20*yy*", "14.12.23", "2023-12-14 – 2023-12-14"
    ),
    Convention(
        "udgangen af *X*",
        "a point in time: the single last day of *X*",
        "udgangen af 2018",
        "2018-12-31 – 2018-12-31",
    ),
    Convention(
        "resten af *X*",
        "from `after` (or the start of *X* if that is later) to the end of *X*; an error "
        "without `after`, or if `after` is past the end of *X*",
        "resten af 2024",
        "2024-04-01 – 2024-12-31",
        after=date(2024, 4, 1),
    ),
    Convention(
        "fra *X*", "open-ended from the start of *X*", "fra 1. januar 2024", "2024-01-01 – …"
    ),
    Convention(
        "*A* – *B*, *A* til *B*",
        "start of *A* to end of *B*; a side without a year takes the other side's year, moved "
        "one year if needed to keep the range forwards",
        "november – februar 2024",
        "2023-11-01 – 2024-02-29",
    ),
    Convention(
        "senest / inden / ved / til *X*",
        "the range of *X*; the deadline word is not interpreted",
        "senest ved udgangen af marts 2024",
        "2024-03-31 – 2024-03-31",
    ),
    Convention(
        "*kvartal* og *kvartal*",
        "a union only of adjacent quarters (or halves); a gap is an error",
        "første og andet kvartal af 2025",
        "2025-01-01 – 2025-06-30",
    ),
    Convention(
        "a form without a year",
        "the context's year: the previous phase's in a phase plan, the milestone's own date's "
        "for a milestone, `--context-year` on the command line",
        "tredje kvartal",
        "2025-07-01 – 2025-09-30",
        year=2025,
    ),
)
"""The conventions for vague expressions: the one source for the module and ``docs/periods.md``."""


def conventions_table() -> str:
    """:data:`CONVENTIONS` as the Markdown table that ``docs/periods.md`` shows.

    Examples:
        >>> print(conventions_table().splitlines()[2])
        | primo *måned* | day 1–10 | `primo marts 2024` | 2024-03-01 – 2024-03-10 |
    """
    lines = ["| Expression | Convention | Example | Resolves to |", "|---|---|---|---|"]
    for row in CONVENTIONS:
        context = []
        if row.year is not None:
            context.append(f"year {row.year}")
        if row.after is not None:
            context.append(f"after {row.after.isoformat()}")
        example = f"`{row.example}`" + (f" ({', '.join(context)})" if context else "")
        lines.append(f"| {row.expression} | {row.meaning} | {example} | {row.resolves_to} |")
    return "\n".join(lines) + "\n"


KNOWN_FORMS: tuple[str, ...] = (
    "første kvartal 2024",
    "1. kvartal 2024",
    "1. kvt. 2024",
    "Q1 2024",
    "2024 Q1",
    "første og andet kvartal af 2025",
    "3.-4. kvartal 2025",
    "tredje kvartal (year from context)",
    "1. halvår 2019",
    "andet halvår 2019",
    "resten af 2024 (needs context.after)",
    "resten af året (needs context.after)",
    "primo 2025",
    "medio juni 2025",
    "ultimo november 2023",
    "udgangen af 2018",
    "senest ved udgangen af marts 2024",
    "foråret 2024",
    "efterår 2023",
    "vinteren 2023",
    "sidst på efteråret 2023",
    "marts 2023",
    "marts – september 2023",
    "efterår 2023 – 1. kvartal 2024",
    "fra 1. januar 2024",
    "2024",
    "2024-25",
    "2024–2025",
    "18. december 2023",
    "den 26. maj (year from context)",
    "26-10-2023",
    "14.12.23",
    "16.8.2016",
    "2016-08-16",
)
"""Examples of every accepted form; quoted by :class:`~kommissorium.errors.PeriodParseError`."""

MONTHS_DA: tuple[str, ...] = (
    "januar", "februar", "marts", "april", "maj", "juni",
    "juli", "august", "september", "oktober", "november", "december",
)  # fmt: skip
MONTHS_EN: tuple[str, ...] = tuple(calendar.month_name[m] for m in range(1, 13))

_MONTH_NUMBERS: dict[str, int] = {name: i for i, name in enumerate(MONTHS_DA, start=1)}
_MONTH_NUMBERS.update(
    {
        "jan": 1, "feb": 2, "mar": 3, "mrt": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
        "sep": 9, "sept": 9, "okt": 10, "nov": 11, "dec": 12,
    }
)  # fmt: skip

_WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")

# Seasons: (first month, number of months). Winter starts in December of the named year.
_SEASONS: dict[str, tuple[int, int]] = {
    "forår": (3, 3),
    "sommer": (6, 3),
    "efterår": (9, 3),
    "vinter": (12, 3),
}

_FILLERS = frozenset({"i", "af", "til", "senest", "inden", "ved", "den", "hele", "per", "pr."})

# --- regular expressions, compiled once -----------------------------------------------------

_MONTH = (
    "(?:"
    + "|".join(
        re.escape(name) + ("" if name in MONTHS_DA else r"\.?")
        for name in sorted(_MONTH_NUMBERS, key=len, reverse=True)
    )
    + ")"
)
_YEAR = r"\d{4}"
_QORD = r"(?:første|andet|anden|tredje|fjerde|sidste|[1-4]\.?)"
_HORD = r"(?:første|andet|anden|sidste|[12]\.?)"
_SEASON = r"(?:forår(?:et)?|sommer(?:en)?|efterår(?:et)?|vinter(?:en)?)"
_OF = r"(?:\s+(?:af|i))?"

_DASHES = re.compile("[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d]")
_ORDINAL_TOKEN = re.compile(r"første|andet|anden|tredje|fjerde|sidste|[1-4]")
_SEPARATOR_TOKEN = re.compile(r"-|og|,")

_RE_ISO = re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})")
_RE_NUMERIC = re.compile(r"(?P<d>\d{1,2})([./-])(?P<m>\d{1,2})\2(?P<y>\d{4}|\d{2})")
_RE_TEXT_DATE = re.compile(
    rf"(?:(?P<wd>{'|'.join(_WEEKDAYS)})\s+)?(?:den\s+|d\.\s*)?"
    rf"(?P<d>\d{{1,2}})\.?\s*(?P<m>{_MONTH})(?:\s+(?P<y>{_YEAR}))?"
)
_RE_YEAR = re.compile(rf"(?P<y>{_YEAR})")
_RE_THIS_YEAR = re.compile(r"året")
_RE_YEAR_SPAN = re.compile(rf"(?P<y>{_YEAR})\s*[-/]\s*(?P<y2>\d{{4}}|\d{{2}})")
_RE_QUARTER = re.compile(
    rf"(?P<q>{_QORD}(?:\s*(?:-|og|,)\s*{_QORD})*)\s*(?:kvartal(?:er)?|kvt\.?|kv\.?)"
    rf"{_OF}(?:\s+(?P<y>{_YEAR}))?"
)
_RE_HALF = re.compile(
    rf"(?P<q>{_HORD}(?:\s*(?:-|og|,)\s*{_HORD})*)\s*(?:halvår(?:et)?|halvdel(?:en)?)"
    rf"{_OF}(?:\s+(?P<y>{_YEAR}))?"
)
_RE_Q_NOTATION = re.compile(
    r"(?P<kind>[qh])(?P<q>[1-4])(?:\s*-\s*(?:[qh])?(?P<q2>[1-4]))?(?:\s+(?P<y>\d{4}))?"
)
_RE_Q_NOTATION_YEAR_FIRST = re.compile(r"(?P<y>\d{4})\s*-?\s*(?P<kind>[qh])(?P<q>[1-4])")
_RE_MONTH = re.compile(rf"(?P<m>{_MONTH})(?:\s+(?P<y>{_YEAR}))?")
_RE_PMU = re.compile(
    rf"(?P<pmu>primo|medio|ultimo)\s+"
    rf"(?:(?P<m>{_MONTH})(?:\s+(?P<y>{_YEAR}))?|(?P<yo>{_YEAR})|(?P<this>året))"
)
_RE_EARLY_LATE = re.compile(
    rf"(?P<mod>først|midt|sidst)\s+(?:i|på)\s+"
    rf"(?:(?P<m>{_MONTH})(?:\s+(?P<y>{_YEAR}))?"
    rf"|(?P<season>{_SEASON})(?:\s+(?P<sy>{_YEAR}))?"
    rf"|(?:året|år)(?:\s+(?P<yo>{_YEAR}))?)"
)
_RE_SEASON = re.compile(
    rf"(?P<s>{_SEASON})(?:\s+(?P<y>{_YEAR})(?:\s*[/-]\s*(?P<y2>\d{{4}}|\d{{2}}))?)?"
)
_RE_END_OF = re.compile(r"udgangen\s+af\s+(?P<rest>.+)")
_RE_REST_OF = re.compile(r"resten\s+af\s+(?P<rest>.+)")


@attrs.frozen
class PeriodContext:
    """What a relative or year-less expression is resolved against.

    Attributes:
        year: The year that a form without one belongs to (``"tredje kvartal"``,
            ``"ultimo november"``, ``"26. maj"``).
        after: The first day that is still open, usually the day after the previous phase
            ended; needed by ``"resten af 2024"`` and ``"resten af året"``.

    Examples:
        >>> parse_period("tredje kvartal", context=PeriodContext(year=2025)).end
        datetime.date(2025, 9, 30)
    """

    year: int | None = None
    after: date | None = None


class _NoMatchError(Exception):
    """The text is not one of the known forms."""


class _InvalidError(Exception):
    """The text has a known form but cannot be resolved."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class _NeedsYearError(_InvalidError):
    """The form has no year and the context gives none."""


_Span = tuple[date, date]


# --- helpers ----------------------------------------------------------------------------------


def _normalise(text: str) -> str:
    s = unicodedata.normalize("NFC", text).lower()
    s = _DASHES.sub("-", s)
    s = " ".join(s.split())
    return s.strip(" ,;:").rstrip(".")


def _strip_fillers(s: str) -> str:
    words = s.split(" ")
    while len(words) > 1 and words[0] in _FILLERS:
        words.pop(0)
    return " ".join(words)


def _year(raw: str | None, ctx: PeriodContext, what: str) -> int:
    if raw is not None:
        return _check_year(int(raw))
    if ctx.year is None:
        raise _NeedsYearError(
            f"{what!r} has no year: write the year (for example '{what} 2025'), or read it "
            "in context (in a phase plan, after a phase that fixes the year)"
        )
    return _check_year(ctx.year)


def _check_year(year: int) -> int:
    if not 1 <= year <= 9999:
        raise _InvalidError(f"year {year} is outside 1–9999")
    return year


def _day(year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        if 1 <= month <= 12:
            last = calendar.monthrange(year, month)[1]
            raise _InvalidError(
                f"{MONTHS_DA[month - 1]} {year} has {last} days, so day {day} does not exist"
            ) from None
        raise _InvalidError(f"there is no month {month}") from None


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _months(year: int, first: int, count: int) -> _Span:
    """``count`` whole months from ``first`` of ``year`` (may run into the next year)."""
    last_index = year * 12 + (first - 1) + (count - 1)
    end_year, end_month = divmod(last_index, 12)
    if end_year > 9999:
        raise _InvalidError("the period would end after year 9999")
    return date(year, first, 1), _month_end(end_year, end_month + 1)


def _month_number(token: str) -> int:
    return _MONTH_NUMBERS[token.rstrip(".")]


def _season_key(token: str) -> str:
    for key in _SEASONS:
        if token.startswith(key):
            return key
    raise _NoMatchError  # pragma: no cover - the regex admits only the four seasons


def _two_digit_span_end(first: int, raw: str) -> int:
    if len(raw) == 4:
        return int(raw)
    end = first - first % 100 + int(raw)
    if end <= first:
        end += 100
    return end


def _ordinal_span(group: str, size: int, what: str, year: int) -> _Span:
    """Resolve ``"første og andet"``/``"3.-4."`` quarters (size 3) or halves (size 6)."""
    numbers = [_ordinal_value(tok, 12 // size) for tok in _ORDINAL_TOKEN.findall(group)]
    separators = _SEPARATOR_TOKEN.findall(group)
    if any(n > 12 // size for n in numbers):
        raise _InvalidError(f"a year has only {12 // size} {what}")
    if len(numbers) == 2 and separators == ["-"]:
        first, last = numbers
        if last < first:
            raise _InvalidError(f"{what} {first} to {last} runs backwards")
    else:
        for a, b in itertools.pairwise(numbers):
            if b != a + 1:
                raise _InvalidError(
                    f"{what} {a} and {b} are not adjacent; a period must be one unbroken range"
                )
        first, last = numbers[0], numbers[-1]
    start, _ = _months(year, (first - 1) * size + 1, size)
    _, end = _months(year, (last - 1) * size + 1, size)
    return start, end


def _ordinal_value(token: str, last: int) -> int:
    words = {"første": 1, "andet": 2, "anden": 2, "tredje": 3, "fjerde": 4, "sidste": last}
    return words[token] if token in words else int(token)


# --- the forms --------------------------------------------------------------------------------


def _iso(m: re.Match[str], ctx: PeriodContext) -> _Span:
    d = _day(_check_year(int(m["y"])), int(m["m"]), int(m["d"]))
    return d, d


def _numeric(m: re.Match[str], ctx: PeriodContext) -> _Span:
    raw = m["y"]
    year = 2000 + int(raw) if len(raw) == 2 else _check_year(int(raw))
    d = _day(year, int(m["m"]), int(m["d"]))
    return d, d


def _text_date(m: re.Match[str], ctx: PeriodContext) -> _Span:
    month = _month_number(m["m"])
    d = _day(_year(m["y"], ctx, m.group(0)), month, int(m["d"]))
    if m["wd"] is not None and _WEEKDAYS[d.weekday()] != m["wd"]:
        raise _InvalidError(f"{d.isoformat()} is a {_WEEKDAYS[d.weekday()]}, not a {m['wd']}")
    return d, d


def _whole_year(m: re.Match[str], ctx: PeriodContext) -> _Span:
    year = _check_year(int(m["y"]))
    return date(year, 1, 1), date(year, 12, 31)


def _this_year(m: re.Match[str], ctx: PeriodContext) -> _Span:
    year = _year(None, ctx, m.group(0))
    return date(year, 1, 1), date(year, 12, 31)


def _year_span(m: re.Match[str], ctx: PeriodContext) -> _Span:
    first = _check_year(int(m["y"]))
    last = _two_digit_span_end(first, m["y2"])
    if last <= first:
        raise _InvalidError(f"the span {first}–{last} does not run forwards")
    if last - first > 50 or last > 9999:
        raise _InvalidError(f"{m.group(0)!r} is not a plausible span of years")
    return date(first, 1, 1), date(last, 12, 31)


def _quarter(m: re.Match[str], ctx: PeriodContext) -> _Span:
    return _ordinal_span(m["q"], 3, "quarters", _year(m["y"], ctx, m.group(0)))


def _half(m: re.Match[str], ctx: PeriodContext) -> _Span:
    return _ordinal_span(m["q"], 6, "halves", _year(m["y"], ctx, m.group(0)))


def _q_notation(m: re.Match[str], ctx: PeriodContext) -> _Span:
    size = 3 if m["kind"] == "q" else 6
    q2 = m.groupdict().get("q2")
    group = m["q"] if q2 is None else f"{m['q']}-{q2}"
    what = "quarters" if size == 3 else "halves"
    return _ordinal_span(group, size, what, _year(m["y"], ctx, m.group(0)))


def _month(m: re.Match[str], ctx: PeriodContext) -> _Span:
    return _months(_year(m["y"], ctx, m.group(0)), _month_number(m["m"]), 1)


def _part_of_month(part: str, year: int, month: int) -> _Span:
    if part == "primo":
        return date(year, month, 1), date(year, month, 10)
    if part == "medio":
        return date(year, month, 11), date(year, month, 20)
    return date(year, month, 21), _month_end(year, month)


def _part_of_year(part: str, year: int) -> _Span:
    first, count = {"primo": (1, 2), "medio": (6, 2), "ultimo": (11, 2)}[part]
    return _months(year, first, count)


def _pmu(m: re.Match[str], ctx: PeriodContext) -> _Span:
    part = m["pmu"]
    if m["m"] is not None:
        return _part_of_month(part, _year(m["y"], ctx, m.group(0)), _month_number(m["m"]))
    return _part_of_year(part, _year(m["yo"], ctx, m.group(0)))


def _early_late(m: re.Match[str], ctx: PeriodContext) -> _Span:
    part = {"først": "primo", "midt": "medio", "sidst": "ultimo"}[m["mod"]]
    if m["m"] is not None:
        return _part_of_month(part, _year(m["y"], ctx, m.group(0)), _month_number(m["m"]))
    if m["season"] is not None:
        first, count = _SEASONS[_season_key(m["season"])]
        year = _year(m["sy"], ctx, m.group(0))
        offset = {"primo": 0, "medio": count // 2, "ultimo": count - 1}[part]
        return _months(*_shift(year, first + offset), 1)
    return _part_of_year(part, _year(m["yo"], ctx, m.group(0)))


def _shift(year: int, month: int) -> tuple[int, int]:
    extra, index = divmod(month - 1, 12)
    return year + extra, index + 1


def _season(m: re.Match[str], ctx: PeriodContext) -> _Span:
    key = _season_key(m["s"])
    first, count = _SEASONS[key]
    year = _year(m["y"], ctx, m.group(0))
    if m["y2"] is not None and (key != "vinter" or _two_digit_span_end(year, m["y2"]) != year + 1):
        raise _InvalidError(f"{m.group(0)!r}: only winter spans two years, and consecutive ones")
    return _months(year, first, count)


def _end_of(m: re.Match[str], ctx: PeriodContext) -> _Span:
    _, end = _atom(_strip_fillers(m["rest"]), ctx)
    return end, end


def _rest_of(m: re.Match[str], ctx: PeriodContext) -> _Span:
    rest = _strip_fillers(m["rest"])
    after = ctx.after
    if after is None:
        raise _InvalidError(
            f"{m.group(0)!r} is relative; pass context=PeriodContext(after=...), the first day "
            "that is still open (usually the day after the previous phase ended)"
        )
    if rest == "året" and ctx.year is None:
        ctx = attrs.evolve(ctx, year=after.year)
    start, end = _atom(rest, ctx)
    if after > end:
        raise _InvalidError(
            f"nothing is left of {rest!r}: context.after ({after.isoformat()}) is after "
            f"its end ({end.isoformat()})"
        )
    return max(start, after), end


_FORMS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str], PeriodContext], _Span]], ...] = (
    (_RE_YEAR, _whole_year),
    (_RE_ISO, _iso),
    (_RE_NUMERIC, _numeric),
    (_RE_YEAR_SPAN, _year_span),
    (_RE_TEXT_DATE, _text_date),
    (_RE_QUARTER, _quarter),
    (_RE_HALF, _half),
    (_RE_Q_NOTATION, _q_notation),
    (_RE_Q_NOTATION_YEAR_FIRST, _q_notation),
    (_RE_MONTH, _month),
    (_RE_PMU, _pmu),
    (_RE_EARLY_LATE, _early_late),
    (_RE_SEASON, _season),
    (_RE_THIS_YEAR, _this_year),
    (_RE_END_OF, _end_of),
    (_RE_REST_OF, _rest_of),
)


def _atom(s: str, ctx: PeriodContext) -> _Span:
    for pattern, handler in _FORMS:
        match = pattern.fullmatch(s)
        if match is not None:
            return handler(match, ctx)
    raise _NoMatchError


def _split_points(s: str) -> list[tuple[int, int]]:
    """Where ``s`` may split into two sides of a range, most likely first."""
    til = [(m.start(), m.end()) for m in re.finditer(r" til ", s)]
    spaced = [(m.start(), m.end()) for m in re.finditer(r" - ", s)]
    half = [(m.start(), m.end()) for m in re.finditer(r"(?<! )- | -(?! )", s)]
    tight = [(m.start(), m.end()) for m in re.finditer(r"(?<! )-(?! )", s)]
    return til + spaced + half + tight


def _range(left: str, right: str, ctx: PeriodContext) -> _Span:
    try:
        r_start, r_end = _atom(right, ctx)
    except _NeedsYearError:
        l_start, l_end = _atom(left, ctx)
        r_start, r_end = _atom(right, attrs.evolve(ctx, year=l_end.year))
        if r_end < l_start:
            r_start, r_end = _atom(right, attrs.evolve(ctx, year=l_end.year + 1))
    else:
        try:
            l_start, l_end = _atom(left, attrs.evolve(ctx, year=None))
        except _NeedsYearError:
            l_start, l_end = _atom(left, attrs.evolve(ctx, year=r_start.year))
            if l_start > r_end:
                l_start, l_end = _atom(left, attrs.evolve(ctx, year=r_start.year - 1))
    if r_end < l_start:
        raise _InvalidError(
            f"the range ends ({r_end.isoformat()}) before it starts ({l_start.isoformat()})"
        )
    return l_start, r_end


def _try_ranges(s: str, ctx: PeriodContext) -> tuple[_Span | None, _InvalidError | None]:
    invalid: _InvalidError | None = None
    for cut_start, cut_end in _split_points(s):
        left = _strip_fillers(s[:cut_start].strip())
        right = _strip_fillers(s[cut_end:].strip())
        if not left or not right:
            continue
        try:
            return _range(left, right, ctx), None
        except _NoMatchError:
            continue
        except _InvalidError as err:
            invalid = invalid or err
    return None, invalid


def _expression(s: str, ctx: PeriodContext) -> tuple[date, date | None]:
    s = _strip_fillers(s)
    if s.startswith("fra "):
        rest = _strip_fillers(s[4:])
        span, invalid = _try_ranges(rest, ctx)
        if span is not None:
            return span
        try:
            start, _ = _atom(rest, ctx)
        except _NoMatchError:
            if invalid is not None:
                raise invalid from None
            raise
        return start, None
    try:
        return _atom(s, ctx)
    except _NoMatchError:
        pass
    span, invalid = _try_ranges(s, ctx)
    if span is not None:
        return span
    if invalid is not None:
        raise invalid
    raise _NoMatchError


@functools.lru_cache(maxsize=8192)
def _parse_normalised(s: str, ctx: PeriodContext) -> Period | str:
    """Parse normalised text; a ``str`` result is the reason it failed."""
    if not s:
        return "the text is empty"
    try:
        start, end = _expression(s, ctx)
    except _InvalidError as err:
        return err.reason
    except _NoMatchError:
        return "not a known period form"
    return Period(start, end)


_NO_CONTEXT = PeriodContext()


def parse_period(text: str, *, context: PeriodContext | None = None) -> Period:
    """Read a Danish period expression as an inclusive :class:`Period`.

    See the module documentation for the accepted forms and the conventions behind the vague
    ones (primo/medio/ultimo, seasons, "udgangen af").

    Args:
        text: The expression, exactly as the document writes it.
        context: The year for forms without one and the ``after`` day for relative forms.

    Returns:
        The period, inclusive of its ``end``, with ``text`` set to ``text`` unchanged.
        ``"fra <X>"`` gives an open-ended period (``end=None``).

    Raises:
        PeriodParseError: If the text is not a known form, names an impossible date, or needs
            context that was not given. The error lists :data:`KNOWN_FORMS`.

    Examples:
        >>> from datetime import date
        >>> p = parse_period("Første og andet kvartal af 2025")
        >>> p.start, p.end
        (datetime.date(2025, 1, 1), datetime.date(2025, 6, 30))
        >>> parse_period("marts – september 2023").start
        datetime.date(2023, 3, 1)
        >>> p = parse_period("ultimo november", context=PeriodContext(year=2023))
        >>> p.start, p.end
        (datetime.date(2023, 11, 21), datetime.date(2023, 11, 30))
        >>> p = parse_period("senest ved udgangen af 2016")
        >>> p.start == p.end == date(2016, 12, 31)
        True
        >>> parse_period("30. februar 2024").start
        Traceback (most recent call last):
        ...
        kommissorium.errors.PeriodParseError: cannot read period '30. februar 2024': februar \
2024 has 29 days, so day 30 does not exist; known forms: ...
    """
    result = _parse_text(text, context or _NO_CONTEXT)
    if isinstance(result, str):
        raise PeriodParseError(text, result, KNOWN_FORMS)
    return result


@functools.lru_cache(maxsize=8192)
def _parse_text(text: str, ctx: PeriodContext) -> Period | str:
    """:func:`parse_period` before raising, cached on the exact text (periods are frozen)."""
    result = _parse_normalised(_normalise(text), ctx)
    if isinstance(result, str):
        return result
    return Period(result.start, result.end, text)


def _format_day(day: date, lang: str) -> str:
    if lang == "da":
        return f"{day.day}. {MONTHS_DA[day.month - 1]} {day.year}"
    return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"


def format_period(period: Period, *, lang: Literal["da", "en"] = "da") -> str:
    """Write a period as readable dates in Danish or English.

    Args:
        period: The period (its ``text`` is not used).
        lang: ``"da"`` or ``"en"``.

    Returns:
        ``"1. januar 2024 – 31. marts 2024"``; one date for a single day; ``"fra …"``
        (``"from …"``) for an open-ended period.

    Raises:
        ValueError: If ``lang`` is neither ``"da"`` nor ``"en"``.

    Examples:
        >>> from datetime import date
        >>> q1 = Period(date(2024, 1, 1), date(2024, 3, 31))
        >>> format_period(q1)
        '1. januar 2024 – 31. marts 2024'
        >>> format_period(q1, lang="en")
        '1 January 2024 – 31 March 2024'
        >>> format_period(Period(date(2018, 12, 31), date(2018, 12, 31)))
        '31. december 2018'
        >>> format_period(Period(date(2024, 1, 1)))
        'fra 1. januar 2024'
    """
    if lang not in ("da", "en"):
        raise ValueError(f"lang must be 'da' or 'en', got {lang!r}")
    start = _format_day(period.start, lang)
    if period.end is None:
        return ("fra " if lang == "da" else "from ") + start
    if period.end == period.start:
        return start
    return f"{start} – {_format_day(period.end, lang)}"
