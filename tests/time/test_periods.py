from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kommissorium.errors import PeriodParseError
from kommissorium.model.period import Period
from kommissorium.time.periods import (
    KNOWN_FORMS,
    MONTHS_DA,
    PeriodContext,
    format_period,
    parse_period,
)

D = date
Y23 = PeriodContext(year=2023)
Y24 = PeriodContext(year=2024)
Y25 = PeriodContext(year=2025)

CASES: list[tuple[str, PeriodContext | None, date, date]] = [
    # seeds
    ("Første kvartal 2024", None, D(2024, 1, 1), D(2024, 3, 31)),
    ("Resten af 2024", PeriodContext(after=D(2024, 4, 1)), D(2024, 4, 1), D(2024, 12, 31)),
    ("Første og andet kvartal af 2025", None, D(2025, 1, 1), D(2025, 6, 30)),
    ("Tredje kvartal", Y25, D(2025, 7, 1), D(2025, 9, 30)),
    ("Fjerde kvartal 2025", None, D(2025, 10, 1), D(2025, 12, 31)),
    ("ultimo november", Y23, D(2023, 11, 21), D(2023, 11, 30)),
    ("udgangen af 2018", None, D(2018, 12, 31), D(2018, 12, 31)),
    ("udgangen af 2016", None, D(2016, 12, 31), D(2016, 12, 31)),
    ("efteråret 2023", None, D(2023, 9, 1), D(2023, 11, 30)),
    ("sidst på efteråret", Y23, D(2023, 11, 1), D(2023, 11, 30)),
    ("marts – september 2023", None, D(2023, 3, 1), D(2023, 9, 30)),
    ("Oktober – november 2023", None, D(2023, 10, 1), D(2023, 11, 30)),
    ("efterår 2023 – 1. kvartal 2024", None, D(2023, 9, 1), D(2024, 3, 31)),
    ("januar 2020- april 2021", None, D(2020, 1, 1), D(2021, 4, 30)),
    ("1. kvartal 2024", None, D(2024, 1, 1), D(2024, 3, 31)),
    ("1. halvår 2019", None, D(2019, 1, 1), D(2019, 6, 30)),
    ("medio 2025", None, D(2025, 6, 1), D(2025, 7, 31)),
    ("2024-25", None, D(2024, 1, 1), D(2025, 12, 31)),
    ("18. december 2023", None, D(2023, 12, 18), D(2023, 12, 18)),
    ("26-10-2023", None, D(2023, 10, 26), D(2023, 10, 26)),
    ("14.12.23", None, D(2023, 12, 14), D(2023, 12, 14)),
    ("28-04-2025", None, D(2025, 4, 28), D(2025, 4, 28)),
    ("16.8.2016", None, D(2016, 8, 16), D(2016, 8, 16)),
    ("29. juni 2016", None, D(2016, 6, 29), D(2016, 6, 29)),
    ("15. november 2022", None, D(2022, 11, 15), D(2022, 11, 15)),
    # quarters
    ("1. kvt. 2024", None, D(2024, 1, 1), D(2024, 3, 31)),
    ("Q1 2024", None, D(2024, 1, 1), D(2024, 3, 31)),
    ("2024 Q1", None, D(2024, 1, 1), D(2024, 3, 31)),
    ("q2 2024", None, D(2024, 4, 1), D(2024, 6, 30)),
    ("Q3-Q4 2024", None, D(2024, 7, 1), D(2024, 12, 31)),
    ("3.-4. kvartal 2025", None, D(2025, 7, 1), D(2025, 12, 31)),
    ("3.–4. kvartal 2025", None, D(2025, 7, 1), D(2025, 12, 31)),
    ("anden kvartal i 2024", None, D(2024, 4, 1), D(2024, 6, 30)),
    ("sidste kvartal 2024", None, D(2024, 10, 1), D(2024, 12, 31)),
    ("andet, tredje og fjerde kvartal 2024", None, D(2024, 4, 1), D(2024, 12, 31)),
    # halves
    ("første halvår 2019", None, D(2019, 1, 1), D(2019, 6, 30)),
    ("andet halvår 2019", None, D(2019, 7, 1), D(2019, 12, 31)),
    ("2. halvår", Y24, D(2024, 7, 1), D(2024, 12, 31)),
    ("H2 2024", None, D(2024, 7, 1), D(2024, 12, 31)),
    # relative
    ("resten af 2024", PeriodContext(after=D(2023, 6, 1)), D(2024, 1, 1), D(2024, 12, 31)),
    ("resten af året", PeriodContext(after=D(2024, 9, 2)), D(2024, 9, 2), D(2024, 12, 31)),
    ("resten af året", PeriodContext(2025, D(2024, 9, 2)), D(2025, 1, 1), D(2025, 12, 31)),
    # primo / medio / ultimo
    ("primo 2025", None, D(2025, 1, 1), D(2025, 2, 28)),
    ("primo 2024", None, D(2024, 1, 1), D(2024, 2, 29)),
    ("ultimo 2025", None, D(2025, 11, 1), D(2025, 12, 31)),
    ("ultimo november 2023", None, D(2023, 11, 21), D(2023, 11, 30)),
    ("ultimo februar 2024", None, D(2024, 2, 21), D(2024, 2, 29)),
    ("primo marts 2024", None, D(2024, 3, 1), D(2024, 3, 10)),
    ("medio juni", Y24, D(2024, 6, 11), D(2024, 6, 20)),
    ("først i marts 2024", None, D(2024, 3, 1), D(2024, 3, 10)),
    ("sidst på året", Y24, D(2024, 11, 1), D(2024, 12, 31)),
    # points in time
    ("til udgangen af 2018", None, D(2018, 12, 31), D(2018, 12, 31)),
    ("ved udgangen af 2016", None, D(2016, 12, 31), D(2016, 12, 31)),
    ("senest ved udgangen af 2016", None, D(2016, 12, 31), D(2016, 12, 31)),
    ("udgangen af marts 2024", None, D(2024, 3, 31), D(2024, 3, 31)),
    ("udgangen af 1. kvartal 2024", None, D(2024, 3, 31), D(2024, 3, 31)),
    # seasons
    ("foråret 2024", None, D(2024, 3, 1), D(2024, 5, 31)),
    ("sommeren 2024", None, D(2024, 6, 1), D(2024, 8, 31)),
    ("efterår 2023", None, D(2023, 9, 1), D(2023, 11, 30)),
    ("vinteren 2023", None, D(2023, 12, 1), D(2024, 2, 29)),
    ("vinteren 2023/24", None, D(2023, 12, 1), D(2024, 2, 29)),
    ("først på foråret", Y24, D(2024, 3, 1), D(2024, 3, 31)),
    ("midt på sommeren 2024", None, D(2024, 7, 1), D(2024, 7, 31)),
    ("sidst på vinteren 2023", None, D(2024, 2, 1), D(2024, 2, 29)),
    ("i efteråret", Y23, D(2023, 9, 1), D(2023, 11, 30)),
    # months and ranges
    ("marts 2023", None, D(2023, 3, 1), D(2023, 3, 31)),
    ("november", Y23, D(2023, 11, 1), D(2023, 11, 30)),
    ("sept. 2023", None, D(2023, 9, 1), D(2023, 9, 30)),
    ("marts-september 2023", None, D(2023, 3, 1), D(2023, 9, 30)),
    ("fra marts til september 2023", None, D(2023, 3, 1), D(2023, 9, 30)),
    ("november 2023 - februar", None, D(2023, 11, 1), D(2024, 2, 29)),
    ("november – februar 2024", None, D(2023, 11, 1), D(2024, 2, 29)),
    ("marts — september 2023", PeriodContext(year=2019), D(2023, 3, 1), D(2023, 9, 30)),
    ("26-10-2023 - 28-04-2025", None, D(2023, 10, 26), D(2025, 4, 28)),
    ("marts til udgangen af 2024", None, D(2024, 3, 1), D(2024, 12, 31)),
    # years
    ("2024", None, D(2024, 1, 1), D(2024, 12, 31)),
    ("2024–2025", None, D(2024, 1, 1), D(2025, 12, 31)),
    ("2024-2025", None, D(2024, 1, 1), D(2025, 12, 31)),
    ("1999-00", None, D(1999, 1, 1), D(2000, 12, 31)),
    # dates
    ("den 18. december 2023", None, D(2023, 12, 18), D(2023, 12, 18)),
    ("tirsdag den 16. august 2016", None, D(2016, 8, 16), D(2016, 8, 16)),
    ("26. maj", Y24, D(2024, 5, 26), D(2024, 5, 26)),
    ("2016-08-16", None, D(2016, 8, 16), D(2016, 8, 16)),
    ("29.02.24", None, D(2024, 2, 29), D(2024, 2, 29)),
    # tolerance
    ("  FØRSTE   kvartal   2024 ", None, D(2024, 1, 1), D(2024, 3, 31)),
    ("senest 1. kvt. 2024.", None, D(2024, 1, 1), D(2024, 3, 31)),
    ("i 2024", None, D(2024, 1, 1), D(2024, 12, 31)),
]


@pytest.mark.parametrize(("text", "context", "start", "end"), CASES)
def test_forms(text: str, context: PeriodContext | None, start: date, end: date) -> None:
    period = parse_period(text, context=context)
    assert (period.start, period.end) == (start, end)
    assert period.text == text


def test_open_ended_from() -> None:
    period = parse_period("fra 1. januar 2024")
    assert period == Period(D(2024, 1, 1), None, text="fra 1. januar 2024")


def test_cache_keeps_original_text() -> None:
    a = parse_period("Første kvartal 2024")
    b = parse_period("første  kvartal 2024")
    assert a.text == "Første kvartal 2024"
    assert b.text == "første  kvartal 2024"
    assert (a.start, a.end) == (b.start, b.end)


@pytest.mark.parametrize(
    ("text", "context", "reason"),
    [
        ("blah blah", None, "not a known period form"),
        ("", None, "empty"),
        ("30. februar 2024", None, "29 days"),
        ("31-04-2024", None, "30 days"),
        ("29-02-2023", None, "28 days"),
        ("13-13-2024", None, "no month 13"),
        ("tredje kvartal", None, "has no year: write the year"),
        ("ultimo november", None, "has no year: write the year"),
        ("26. maj", None, "has no year: write the year"),
        ("sidst på efteråret", None, "has no year: write the year"),
        ("resten af 2024", None, "PeriodContext(after=...)"),
        ("resten af 2024", Y24, "PeriodContext(after=...)"),
        ("resten af året", None, "PeriodContext(after=...)"),
        ("resten af 2024", PeriodContext(after=D(2025, 1, 1)), "nothing is left"),
        ("første og tredje kvartal 2025", None, "not adjacent"),
        ("5. kvartal 2025", None, "not a known period form"),
        ("2025-2024", None, "does not run forwards"),
        ("september 2023 - marts 2023", None, "before it starts"),
        ("mandag den 16. august 2016", None, "tirsdag"),
    ],
)
def test_errors(text: str, context: PeriodContext | None, reason: str) -> None:
    with pytest.raises(PeriodParseError) as info:
        parse_period(text, context=context)
    err = info.value
    assert err.text == text
    assert reason in err.reason
    assert err.known_forms == KNOWN_FORMS
    assert repr(text) in str(err)
    assert isinstance(err, ValueError)


def test_known_forms_all_parse() -> None:
    ctx = PeriodContext(year=2025, after=D(2024, 3, 1))
    for form in KNOWN_FORMS:
        parse_period(form.split(" (")[0], context=ctx)


def test_format_period() -> None:
    q1 = Period(D(2024, 1, 1), D(2024, 3, 31))
    assert format_period(q1) == "1. januar 2024 – 31. marts 2024"
    assert format_period(q1, lang="en") == "1 January 2024 – 31 March 2024"
    assert format_period(Period(D(2018, 12, 31), D(2018, 12, 31))) == "31. december 2018"
    assert format_period(Period(D(2024, 1, 1))) == "fra 1. januar 2024"
    assert format_period(Period(D(2024, 1, 1)), lang="en") == "from 1 January 2024"
    with pytest.raises(ValueError, match="lang"):
        format_period(q1, lang="de")  # type: ignore[arg-type]


def test_format_round_trip() -> None:
    for text in ("1. kvartal 2024", "18. december 2023", "fra 1. januar 2024"):
        period = parse_period(text)
        again = parse_period(format_period(period))
        assert (again.start, again.end) == (period.start, period.end)


dates = st.dates(min_value=D(1000, 1, 1), max_value=D(9999, 12, 31))


@given(dates)
def test_textual_date_round_trip(day: date) -> None:
    text = f"{day.day}. {MONTHS_DA[day.month - 1]} {day.year}"
    assert parse_period(text) == Period(day, day, text=text)


@given(dates)
def test_numeric_date_round_trip(day: date) -> None:
    text = f"{day.day:02d}-{day.month:02d}-{day.year}"
    assert parse_period(text) == Period(day, day, text=text)


@given(dates)
def test_formatted_date_round_trip(day: date) -> None:
    period = Period(day, day)
    assert parse_period(format_period(period)).start == day


@given(
    st.sampled_from([text for text, *_ in CASES]),
    st.integers(min_value=1900, max_value=2100),
    st.dates(min_value=D(1900, 1, 1), max_value=D(2100, 12, 31)),
)
def test_parsed_periods_are_ordered(text: str, year: int, after: date) -> None:
    try:
        period = parse_period(text, context=PeriodContext(year=year, after=after))
    except PeriodParseError:
        return
    assert period.end is None or period.start <= period.end
