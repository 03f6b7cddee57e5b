"""The cattrs converters behind load and dump (private).

Two converters share one set of hooks: a fast one without detailed validation for the common
case, and a detailed one that is only used to find *where* a document is wrong once the fast
one has failed.
"""

from __future__ import annotations

import contextvars
import difflib
import enum
import math
import types
import typing
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import attrs
import cattrs
from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError, IterableValidationError
from cattrs.gen import make_dict_structure_fn

from kommissorium.errors import KommissoriumError, ModelError, PeriodParseError
from kommissorium.model import ElectionPeriod, Period, PhasePlan
from kommissorium.model._limits import shown
from kommissorium.time.elections import election_period
from kommissorium.time.periods import PeriodContext, parse_period

CPH = ZoneInfo("Europe/Copenhagen")

#: The context relative period expressions ("tredje kvartal", "resten af 2024") are read in.
_context: contextvars.ContextVar[PeriodContext | None] = contextvars.ContextVar(
    "kommissorium_period_context", default=None
)


class StructureError(Exception):
    """One problem found while structuring, with the path to it (private)."""

    def __init__(self, path: str, expected: str, got: str | None = None) -> None:
        super().__init__(path, expected, got)
        self.path = path
        self.expected = expected
        self.got = got


def describe(value: object) -> str:
    """A short description of a value as a file author would name it (no Python wording).

    Examples:
        >>> describe(None), describe(True), describe(-3), describe(10**40)
        ('null', 'true', 'the integer -3', 'an integer of 41 digits')
        >>> describe(float("nan")), describe(float("inf")), describe(2.5)
        ('not a number (NaN)', 'infinity', 'the number 2.5')
        >>> describe(time(7, 30)), describe(date(2024, 1, 2)), describe([1]), describe({})
        ('the time of day 07:30:00', 'the date 2024-01-02', 'an array', 'a table')
    """
    if isinstance(value, str):
        text = repr(value)
        return text if len(text) <= 60 else text[:57] + "...'"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        text = shown(value)  # a huge one by its length
        return text if text.startswith("an integer") else f"the integer {text}"
    if isinstance(value, float):
        if math.isnan(value):
            return "not a number (NaN)"
        if math.isinf(value):
            return "infinity" if value > 0 else "minus infinity"
        return f"the number {value!r}"
    if isinstance(value, list | tuple):
        return "an array"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, datetime):
        return f"the date and time {value.isoformat()}"
    if isinstance(value, date):
        return f"the date {value.isoformat()}"
    if isinstance(value, time):
        return f"the time of day {value.isoformat()}"
    return "a value of another kind"


class UnexpectedValueError(ValueError):
    """A hook's verdict on a value: what was expected, and what was found (private).

    ``note`` is added to the description of the value (``" (there is no month 13)"``).
    """

    def __init__(self, expected: str, value: object, note: str = "") -> None:
        super().__init__(expected)
        self.expected = expected
        self.got = describe(value) + note


# -- dates, datetimes, periods ----------------------------------------------------------------


_DATE = "a date (YYYY-MM-DD, or one day written as '18. december 2023' or '16.8.2016')"


def _structure_date(value: object, _: type) -> date:
    if isinstance(value, datetime):
        raise UnexpectedValueError("a date without a time of day", value)
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
        try:
            period = parse_period(value, context=_context.get())
        except PeriodParseError as exc:
            raise UnexpectedValueError(_DATE, value, f" ({exc.reason})") from None
        if period.end != period.start:
            raise UnexpectedValueError("a single day, not a range of days", value)
        return period.start
    raise UnexpectedValueError(_DATE, value)


_DATETIME = "a date and time (YYYY-MM-DDTHH:MM, optionally with an offset such as +01:00)"


def _structure_datetime(value: object, _: type) -> datetime:
    original = value
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            raise UnexpectedValueError(_DATETIME, original) from None
    if not isinstance(value, datetime):
        raise UnexpectedValueError(_DATETIME, original)
    if value.tzinfo is None:
        # Committee files are written in Danish local time. A wall-clock time inside the
        # spring-forward gap does not exist there and would silently move by an hour; one in
        # the autumn repeat (02:00-03:00 on the last Sunday of October) happens twice.
        first = value.replace(tzinfo=CPH)
        second = value.replace(tzinfo=CPH, fold=1)
        if first.utcoffset() != second.utcoffset():
            if first.astimezone(UTC).astimezone(CPH).replace(tzinfo=None) != value:
                raise UnexpectedValueError(
                    "a time that exists in Danish local time (clocks skip an hour in spring)",
                    original,
                )
            raise UnexpectedValueError(
                "a time with its offset: clocks go back an hour that night, so it is "
                f"{_with_offset(first)} or {_with_offset(second)}; write the offset",
                original,
            )
        return first
    try:
        return value.astimezone(CPH)
    except (OverflowError, ValueError):
        raise UnexpectedValueError(_DATETIME, original) from None


def _with_offset(value: datetime) -> str:
    """``2024-10-27T02:15+02:00``: minutes, with seconds only when there are any."""
    return value.isoformat(timespec="seconds" if value.second else "minutes")


def _unstructure_datetime(value: datetime) -> str:
    return value.isoformat()


_TIME = "a time of day as 'HH:MM' (Danish local time), such as '18:40'"


def _structure_time(value: object, _: type) -> time:
    """A wall-clock time of day: ``"18:40"`` (or a TOML local time ``18:40:00``)."""
    if isinstance(value, time):
        if value.tzinfo is not None:
            raise UnexpectedValueError(_TIME + " without an offset", value)
        return value
    if isinstance(value, str) and len(value) in (5, 8):
        try:
            found = time.fromisoformat(value)
        except ValueError:
            raise UnexpectedValueError(_TIME, value) from None
        if found.tzinfo is None:
            return found
    raise UnexpectedValueError(_TIME, value)


def _unstructure_time(value: time) -> str:
    return value.isoformat(timespec="seconds" if value.second else "minutes")


def _structure_period(value: object, _: type) -> Period:
    if isinstance(value, Period):
        return value
    if isinstance(value, str):
        try:
            day = date.fromisoformat(value)
        except ValueError:
            return parse_period(value, context=_context.get())
        return Period(day, day)
    if isinstance(value, date) and not isinstance(value, datetime):
        return Period(value, value)
    if isinstance(value, dict):
        extra = set(value) - {"start", "end", "text"}
        if extra:
            raise ForbiddenExtraKeysError(None, Period, extra)
        if "start" not in value:
            if isinstance(value.get("text"), str) and "end" not in value:
                return parse_period(value["text"], context=_context.get())
            raise UnexpectedValueError(
                "a period table with 'start' (and optionally 'end' and 'text')", value
            )
        start = _structure_date(value["start"], date)
        end = None if value.get("end") is None else _structure_date(value["end"], date)
        text = value.get("text")
        if text is not None and not isinstance(text, str):
            raise UnexpectedValueError("'text' as a string", text)
        return Period(start, end, text)
    raise UnexpectedValueError(
        "a period: a Danish expression such as 'første kvartal 2024', a date, "
        "or a table with start/end",
        value,
    )


def _unstructure_period(period: Period) -> object:
    if period.text is not None:
        try:
            again = parse_period(period.text, context=_context.get())
        except PeriodParseError:
            again = None
        if again is not None and (again.start, again.end) == (period.start, period.end):
            return period.text
        out: dict[str, object] = {"start": period.start.isoformat()}
        if period.end is not None:
            out["end"] = period.end.isoformat()
        out["text"] = period.text
        return out
    if period.end == period.start:
        return period.start.isoformat()
    out = {"start": period.start.isoformat()}
    if period.end is not None:
        out["end"] = period.end.isoformat()
    return out


def _plan_context(previous: Period | None, base: PeriodContext | None) -> PeriodContext | None:
    if previous is None or previous.end is None:
        return base
    return PeriodContext(year=previous.end.year, after=previous.end + timedelta(days=1))


def _structure_election_period(value: object, _: type) -> ElectionPeriod:
    if isinstance(value, ElectionPeriod):
        return value
    if isinstance(value, str):
        parts = value.replace("–", "-").split("-")
        if len(parts) == 2 and all(p.strip().isdigit() for p in parts):
            first, last = (int(p) for p in parts)
            try:
                found = election_period(date(first, 1, 1))
            except KommissoriumError as exc:
                raise UnexpectedValueError(f"a supported election period ({exc})", value) from None
            if found.first_day.year == first and found.last_day.year == last:
                return found
            raise UnexpectedValueError(f"a regular election period such as {found.label!r}", value)
        raise UnexpectedValueError(
            "an election period written as 'YYYY-YYYY', such as '2022-2025'", value
        )
    if isinstance(value, dict):
        return _TABLE_CONVERTER.structure(value, ElectionPeriod)
    raise UnexpectedValueError("an election period written as 'YYYY-YYYY' or a table", value)


def _unstructure_election_period(value: ElectionPeriod) -> object:
    try:
        regular = election_period(value.first_day)
    except KommissoriumError:
        regular = None
    if regular == value:
        return f"{value.first_day.year}-{value.last_day.year}"
    return _TABLE_CONVERTER.unstructure(value)


# -- converters ---------------------------------------------------------------------------------


def _is_homogeneous_tuple(type_: Any) -> bool:
    args = typing.get_args(type_)
    return typing.get_origin(type_) is tuple and len(args) == 2 and args[1] is Ellipsis


def _tuple_hook(conv: cattrs.Converter, detailed: bool) -> Any:
    """A structure hook factory for ``tuple[X, ...]`` that refuses strings and tables.

    cattrs would happily iterate a string into characters. The fast converter also looks the
    item hook up once; the detailed one keeps cattrs' own error groups (they carry the index).
    """

    def factory(type_: Any) -> Any:
        item_type = typing.get_args(type_)[0]
        item_hook = None if detailed else conv.get_structure_hook(item_type)

        scalar = not detailed and item_type in _STRICT_SCALARS

        def structure(value: object, _: object) -> tuple[Any, ...]:
            if not isinstance(value, list | tuple):
                raise UnexpectedValueError("an array", value)
            if item_hook is None:
                return conv._structure_tuple(value, type_)
            if scalar and all(type(item) is item_type for item in value):
                return tuple(value)  # ids and names: nothing to convert
            return tuple([item_hook(item, item_type) for item in value])

        return structure

    return factory


def _is_optional(type_: Any) -> bool:
    args = typing.get_args(type_)
    return (
        typing.get_origin(type_) in (typing.Union, types.UnionType)
        and len(args) == 2
        and type(None) in args
    )


def _optional_hook(conv: cattrs.Converter) -> Any:
    """A structure hook factory for ``X | None`` that looks the hook for ``X`` up once.

    cattrs' own optional hook dispatches on the inner type at every call, which was the largest
    single cost of loading a file (every optional field of every person and membership).
    """

    def factory(type_: Any) -> Any:
        inner = next(a for a in typing.get_args(type_) if a is not type(None))
        hook = conv.get_structure_hook(inner)
        if inner in _STRICT_SCALARS:
            # The strict scalar check inlined: optional strings are most fields of a file.
            expected = _STRICT_SCALARS[inner]

            def scalar(value: object, _: object) -> Any:
                if value is None or type(value) is inner:
                    return value
                raise UnexpectedValueError(expected, value)

            return scalar

        def structure(value: object, _: object) -> Any:
            return None if value is None else hook(value, inner)

        return structure

    return factory


_STRICT_SCALARS: dict[type, str] = {str: "a string", int: "an integer", bool: "true or false"}


def _strict(kind: type, expected: str) -> Any:
    def structure(value: object, _: object) -> Any:
        if type(value) is not kind:
            raise UnexpectedValueError(expected, value)
        return value

    return structure


def _structure_str_enum(value: object, type_: type[enum.StrEnum]) -> enum.StrEnum:
    try:
        return type_._value2member_map_[value]  # type: ignore[return-value]
    except (KeyError, TypeError):
        values = ", ".join(repr(m.value) for m in type_)
        raise UnexpectedValueError(f"one of {values}", value) from None


def _structure_float(value: object, _: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise UnexpectedValueError("a number", value)
    try:
        return float(value)
    except OverflowError:  # an integer beyond the largest float
        raise UnexpectedValueError("a number", value) from None


def _make(detailed: bool) -> cattrs.Converter:
    conv = cattrs.Converter(
        forbid_extra_keys=True, omit_if_default=True, detailed_validation=detailed
    )
    conv.register_structure_hook(date, _structure_date)
    conv.register_unstructure_hook(date, lambda d: d.isoformat())
    conv.register_structure_hook(datetime, _structure_datetime)
    conv.register_unstructure_hook(datetime, _unstructure_datetime)
    conv.register_structure_hook(time, _structure_time)
    conv.register_unstructure_hook(time, _unstructure_time)
    conv.register_structure_hook(Period, _structure_period)
    conv.register_unstructure_hook(Period, _unstructure_period)
    conv.register_structure_hook(ElectionPeriod, _structure_election_period)
    conv.register_structure_hook_factory(_is_homogeneous_tuple, _tuple_hook(conv, detailed))
    if not detailed:
        conv.register_structure_hook_factory(_is_optional, _optional_hook(conv))
    # Strict scalars: cattrs would turn 1 into "1" and "3" into 3. StrEnum gets its own hook,
    # since the class hook for ``str`` would otherwise catch the enum fields too.
    for kind, expected in _STRICT_SCALARS.items():
        conv.register_structure_hook(kind, _strict(kind, expected))
    conv.register_structure_hook(float, _structure_float)
    conv.register_structure_hook(enum.StrEnum, _structure_str_enum)
    conv.register_unstructure_hook(ElectionPeriod, _unstructure_election_period)
    if detailed:
        # Only used to say where a document is wrong: a table that is something else is
        # named as what it is ("got an array"), where cattrs would fail inside its own code.
        conv.register_structure_hook_factory(attrs.has, _table_hook(conv))
    return conv


def _table_hook(conv: cattrs.Converter) -> Any:
    def factory(cls: type) -> Any:
        inner: Any = make_dict_structure_fn(cls, conv)

        def structure(value: object, _: object) -> Any:
            if not isinstance(value, dict):
                raise UnexpectedValueError("a table", value)
            return inner(value, cls)

        return structure

    return factory


_TABLE_CONVERTER = cattrs.Converter(forbid_extra_keys=True, omit_if_default=True)
_TABLE_CONVERTER.register_structure_hook(date, _structure_date)
_TABLE_CONVERTER.register_unstructure_hook(date, lambda d: d.isoformat())
FAST = _make(detailed=False)
DETAILED = _make(detailed=True)


def resolve_phase_periods(raw: object, base: PeriodContext | None) -> None:
    """Read the phases' period expressions in plan order, in place (before structuring).

    A phase's relative expression ("resten af 2024", "tredje kvartal") is read in the context
    of the phase before it: its year, and the day after it ends. A milestone's period without a
    year ("ultimo november") takes the year of the milestone's own ``date``.

    Raises:
        StructureError: A period expression could not be read.
    """
    if not isinstance(raw, dict):
        return
    plan = raw.get("plan")
    if not isinstance(plan, dict):
        return
    _resolve_milestone_periods(plan.get("milestones"), base)
    phases = plan.get("phases")
    if not isinstance(phases, list):
        return
    previous: Period | None = None
    for index, phase in enumerate(phases):
        if not isinstance(phase, dict) or "period" not in phase:
            continue
        phase["period"] = _period_in_context(
            phase["period"], _plan_context(previous, base), f"plan.phases[{index}].period"
        )
        previous = phase["period"]


def _period_in_context(value: object, context: PeriodContext | None, path: str) -> Period:
    """Structure one period with ``context`` in force; a problem is located at ``path``."""
    token = _context.set(context)
    try:
        return _structure_period(value, Period)
    except (
        PeriodParseError,
        ModelError,
        ValueError,
        TypeError,
        ForbiddenExtraKeysError,
    ) as exc:
        raise locate(exc, path, Period) from None
    finally:
        _context.reset(token)


def _period_out_in_context(period: Period, context: PeriodContext | None) -> object:
    """Unstructure one period with ``context`` in force, the way :func:`_period_in_context` reads.

    Its text is written back when it reads as the same range in that context.
    """
    token = _context.set(context)
    try:
        return _unstructure_period(period)
    finally:
        _context.reset(token)


def _milestone_context(day: object, base: PeriodContext | None) -> PeriodContext | None:
    """The context of a milestone's period: the year of its ``date``, if that is readable."""
    if isinstance(day, str):
        try:
            day = _structure_date(day, date)
        except (PeriodParseError, ValueError):
            return base
    if not isinstance(day, date):
        return base
    return PeriodContext(year=day.year, after=base.after if base is not None else None)


def _resolve_milestone_periods(milestones: object, base: PeriodContext | None) -> None:
    if not isinstance(milestones, list):
        return
    for index, milestone in enumerate(milestones):
        if not isinstance(milestone, dict) or "period" not in milestone:
            continue
        milestone["period"] = _period_in_context(
            milestone["period"],
            _milestone_context(milestone.get("date"), base),
            f"plan.milestones[{index}].period",
        )


def compact_phase_periods(out: dict[str, Any], plan: PhasePlan, base: PeriodContext | None) -> None:
    """Write the phases' and milestones' periods back as expressions where they read the same.

    Milestones are read in the context of their own date's year.
    """
    milestones = out.get("plan", {}).get("milestones") or []
    for raw, milestone in zip(milestones, plan.milestones, strict=True):
        if milestone.period is None:
            continue
        raw["period"] = _period_out_in_context(
            milestone.period, _milestone_context(milestone.date, base)
        )
    phases = out.get("plan", {}).get("phases")
    if not phases:
        return
    previous: Period | None = None
    for raw, phase in zip(phases, plan.phases, strict=True):
        raw["period"] = _period_out_in_context(phase.period, _plan_context(previous, base))
        previous = phase.period


def use_context(context: PeriodContext | None) -> contextvars.Token[PeriodContext | None]:
    """Set the document's period context; pass the token to :func:`reset_context`."""
    return _context.set(context)


def reset_context(token: contextvars.Token[PeriodContext | None]) -> None:
    """Undo :func:`use_context`."""
    _context.reset(token)


# -- turning cattrs errors into one located problem ----------------------------------------------


def _fields_of(cls: type) -> list[str]:
    return [a.name for a in attrs.fields(cls)] if attrs.has(cls) else []


def _expected_for(exc: BaseException, type_: Any) -> tuple[str, str | None]:
    """What was expected and what was found, for a leaf exception."""
    if isinstance(exc, ForbiddenExtraKeysError):
        names = _fields_of(exc.cl) if exc.cl is not Period else ["start", "end", "text"]
        extra = sorted(exc.extra_fields)
        hints = []
        for key in extra:
            close = difflib.get_close_matches(key, names, n=1)
            hints.append(f"{key!r} (did you mean {close[0]!r}?)" if close else repr(key))
        return (
            "only the fields " + ", ".join(names),
            "unknown field " + ", ".join(hints),
        )
    if isinstance(exc, UnexpectedValueError):
        return exc.expected, exc.got
    if isinstance(exc, KeyError):
        return f"the required field {exc.args[0]!r}", "nothing"
    if isinstance(exc, PeriodParseError):
        relative = _relative_advice(exc.text)
        if relative is not None:
            return relative, repr(exc.text)
        return "a period expression such as " + "; ".join(exc.known_forms[:6]), repr(
            exc.text
        ) + f" ({exc.reason})"
    if isinstance(exc, ModelError) and exc.expected is not None:
        return exc.expected, exc.got
    if isinstance(exc, KommissoriumError):
        return "a consistent value", str(exc)
    if isinstance(exc, StructureError):
        return exc.expected, exc.got
    if isinstance(type_, type) and issubclass(type_, enum.Enum):
        values = ", ".join(repr(m.value) for m in type_)
        return f"one of {values}", None
    if type_ is not None:
        return _type_name(type_), None
    return "a valid value", None


def _type_name(type_: Any) -> str:
    origin = typing.get_origin(type_)
    args = typing.get_args(type_)
    if type_ is str:
        return "a string"
    if type_ is int:
        return "an integer"
    if type_ is float:
        return "a number"
    if type_ is bool:
        return "true or false"
    if type_ is date:
        return "a date (YYYY-MM-DD)"
    if type_ is datetime:
        return "a date and time"
    if origin is tuple or origin is list:
        return "an array"
    if args and type(None) in args:
        inner = [a for a in args if a is not type(None)]
        return _type_name(inner[0]) if len(inner) == 1 else " or ".join(map(_type_name, inner))
    if attrs.has(type_):
        return "a table with the fields " + ", ".join(_fields_of(type_))
    if isinstance(type_, type) and issubclass(type_, enum.Enum):
        return "one of " + ", ".join(repr(m.value) for m in type_)
    return "a valid value"


def _relative_advice(text: str) -> str | None:
    """What to write instead of a period that is relative to the day it starts at, if it is.

    "resten af 2026" is read in a phase plan from the day after the phase before it; anywhere
    else (or in the first phase) there is no such day, and a file cannot supply one.

    Examples:
        >>> print(_relative_advice("resten af 2026"))
        a period with its own dates: 'resten af 2026' runs from the day after the phase before \
it, which only a later phase of plan.phases has; write the dates, e.g. \
{ start = "YYYY-MM-DD", end = "2026-12-31", text = "resten af 2026" }, or an expression with \
its own start such as 'andet halvår 2026'
        >>> _relative_advice("første kvartal 2024") is None
        True
    """
    try:
        parse_period(text)
    except PeriodParseError:
        pass
    else:
        return None
    try:
        probe = parse_period(text, context=PeriodContext(after=date(1, 1, 1)))
    except PeriodParseError:
        return None
    end = "YYYY-MM-DD" if probe.end is None else probe.end.isoformat()
    year = probe.end.year if probe.end is not None else probe.start.year
    return (
        f"a period with its own dates: {text!r} runs from the day after the phase before it, "
        "which only a later phase of plan.phases has; write the dates, e.g. "
        f'{{ start = "YYYY-MM-DD", end = "{end}", text = "{text}" }}, or an expression with '
        f"its own start such as 'andet halvår {year}'"
    )


def locate(exc: BaseException, path: str, type_: Any = None) -> StructureError:
    """The first leaf problem inside a cattrs error, with its path."""
    from cattrs.errors import AttributeValidationNote, IterableValidationNote

    if isinstance(exc, ClassValidationError | IterableValidationError):
        # An unknown field explains the "missing" field next to it (a typo), so it goes first.
        ordered = sorted(exc.exceptions, key=lambda e: not isinstance(e, ForbiddenExtraKeysError))
        for sub in ordered:
            notes = getattr(sub, "__notes__", [])
            sub_path, sub_type = path, None
            for note in notes:
                if isinstance(note, AttributeValidationNote):
                    sub_path = f"{path}.{note.name}" if path else note.name
                    sub_type = note.type
                elif isinstance(note, IterableValidationNote):
                    sub_path = f"{path}[{note.index!r}]"
                    sub_type = note.type
            return locate(sub, sub_path, sub_type)
        return StructureError(path, "valid data")
    if isinstance(exc, ModelError) and exc.field:
        path = f"{path}.{exc.field}" if path else exc.field
    expected, got = _expected_for(exc, type_)
    return StructureError(path, expected, got)
