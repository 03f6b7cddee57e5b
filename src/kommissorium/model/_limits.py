"""The ranges of the model's numbers (private; the table is in docs/files.md, "Input limits").

A number outside its range is structurally impossible (a task numbered -3, a council of 10**40
seats), so construction refuses it with :class:`~kommissorium.errors.ModelError` naming the
field, what was expected and what was given; a file loader shows that with the path.

Examples:
    >>> import attrs
    >>> @attrs.frozen
    ... class T:
    ...     number: int = attrs.field(validator=ordinal("a task number"))
    >>> T(3).number
    3
    >>> T(-3)
    Traceback (most recent call last):
    ...
    kommissorium.errors.ModelError: number: expected a task number from 1 to 9999, got -3
"""

from __future__ import annotations

import math
from typing import Any

import attrs

from kommissorium.errors import ModelError

__all__ = [
    "MAX_COUNT",
    "MAX_NUMBER",
    "MAX_PER_YEAR",
    "MAX_WEIGHT",
    "count",
    "ordinal",
    "per_year",
    "percent",
    "shown",
]

#: The largest number of a task, point of a recommendation or decision, or attachment.
MAX_NUMBER = 9999
#: The largest count of seats or votes.
MAX_COUNT = 9999
#: The largest "times a year" (one a day).
MAX_PER_YEAR = 366
#: The largest weight of a tie.
MAX_WEIGHT = 1_000_000.0


def shown(value: object) -> str:
    """A number as a file author would read it (a huge one by its length).

    Examples:
        >>> shown(-3), shown(10**40), shown(2.5), shown("7")
        ('-3', 'an integer of 41 digits', '2.5', "'7'")
    """
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        if abs(value) >= 10**20:
            try:
                return f"an integer of {len(str(abs(value)))} digits"
            except ValueError:  # more digits than Python converts
                return "an integer of thousands of digits"
        return str(value)
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else str(value)
    return repr(value)


@attrs.frozen
class _InRange:
    """An attrs validator: a whole number (or each of a tuple of them) within a range."""

    low: int
    high: int
    what: str

    @property
    def schema_bounds(self) -> dict[str, int]:
        """The range as JSON Schema keywords (``minimum``, ``maximum``)."""
        return {"minimum": self.low, "maximum": self.high}

    def __call__(self, instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None:
            return
        if isinstance(value, tuple):
            for index, item in enumerate(value):
                self._check(item, f"{attribute.name}[{index}]")
        else:
            self._check(value, attribute.name)

    def _check(self, value: object, field: str) -> None:
        if (
            isinstance(value, int)
            and not isinstance(value, bool)
            and self.low <= value <= self.high
        ):
            return
        expected = f"{self.what} from {self.low} to {self.high}"
        got = shown(value)
        raise ModelError(
            f"{field}: expected {expected}, got {got}", field=field, expected=expected, got=got
        )


@attrs.frozen
class _Fraction:
    """An attrs validator: a finite number within ``low`` (exclusive or not) and ``high``."""

    low: float
    high: float
    what: str
    low_inclusive: bool = True

    @property
    def schema_bounds(self) -> dict[str, float]:
        """The range as JSON Schema keywords."""
        low = "minimum" if self.low_inclusive else "exclusiveMinimum"
        return {low: self.low, "maximum": self.high}

    def __call__(self, instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None:
            return
        if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
            above = value >= self.low if self.low_inclusive else value > self.low
            if above and value <= self.high:
                return
        expected = self.what
        got = shown(value)
        raise ModelError(
            f"{attribute.name}: expected {expected}, got {got}",
            field=attribute.name,
            expected=expected,
            got=got,
        )


def ordinal(what: str) -> _InRange:
    """A validator for a number that counts from 1 (a task, a point, an attachment)."""
    return _InRange(1, MAX_NUMBER, what)


def count(what: str, low: int = 0) -> _InRange:
    """A validator for a count (of seats, votes), from ``low``."""
    return _InRange(low, MAX_COUNT, what)


def per_year(what: str) -> _InRange:
    """A validator for "times a year"."""
    return _InRange(1, MAX_PER_YEAR, what)


def percent(what: str) -> _Fraction:
    """A validator for a percentage from 0 to 100."""
    return _Fraction(0, 100, f"{what} from 0 to 100")


def weight() -> _Fraction:
    """A validator for a tie's weight: above 0, at most :data:`MAX_WEIGHT`."""
    return _Fraction(0, MAX_WEIGHT, f"a positive number (at most {MAX_WEIGHT:.0f})", False)
