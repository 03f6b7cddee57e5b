"""Municipality, council, parties and election periods.

Examples:
    >>> from datetime import date
    >>> term = ElectionPeriod(
    ...     election_day=date(2021, 11, 16),
    ...     first_day=date(2022, 1, 1),
    ...     last_day=date(2025, 12, 31),
    ...     next_election_day=date(2025, 11, 18),
    ... )
    >>> term.label, date(2023, 6, 1) in term
    ('2022–2025', True)
    >>> term.constituent_window
    Period(start=datetime.date(2021, 12, 1), end=datetime.date(2021, 12, 15), text=None)
"""

from __future__ import annotations

from datetime import date

import attrs

from kommissorium.errors import ModelError
from kommissorium.model._limits import count
from kommissorium.model.period import Period

__all__ = ["Council", "ElectionPeriod", "Municipality", "Party"]


def _three_digit_code(
    instance: Municipality, attribute: attrs.Attribute[object], value: str
) -> None:
    if not (len(value) == 3 and value.isascii() and value.isdigit()):
        raise ModelError(f"municipality code must be three digits, got {value!r}", field="code")


@attrs.frozen
class Municipality:
    """A Danish municipality (kommune).

    Attributes:
        name: The name, for example ``"Hedensted"``.
        code: The three-digit kommunekode, for example ``"766"``.
    """

    name: str
    code: str = attrs.field(validator=_three_digit_code)  # type: ignore[misc]


@attrs.frozen
class Party:
    """A party or list in the council.

    Attributes:
        letter: The list letter, such as ``"A"``, ``"V"``, ``"KD"`` or ``"O"``.
        name: The party's name.
    """

    letter: str
    name: str


@attrs.frozen(kw_only=True)
class ElectionPeriod:
    """A municipal election period (valgperiode) under KRVL § 6 and § 97.

    Attributes:
        election_day: The election that elected this council (third Tuesday of November).
        first_day: First day of the term (1 January after the election).
        last_day: Last day of the term (31 December of the next election year).
        next_election_day: The election that ends the term.
        note: Why this period departs from the general rule, if it does.
    """

    election_day: date
    first_day: date
    last_day: date
    next_election_day: date
    note: str | None = None

    def __attrs_post_init__(self) -> None:
        if self.last_day < self.first_day:
            raise ModelError(
                f"election period ends ({self.last_day}) before it starts ({self.first_day})"
            )

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.first_day <= day <= self.last_day

    @property
    def label(self) -> str:
        """The usual way to write the period, for example ``"2022–2025"``."""
        return f"{self.first_day.year}–{self.last_day.year}"

    @property
    def period(self) -> Period:
        """The term as an inclusive :class:`Period`."""
        return Period(self.first_day, self.last_day)

    @property
    def constituent_window(self) -> Period:
        """1–15 December of the election year: when the constituent meeting is held (KSTL § 6)."""
        year = self.election_day.year
        return Period(date(year, 12, 1), date(year, 12, 15))


@attrs.frozen(kw_only=True)
class Council:
    """A municipal council (kommunalbestyrelse, byråd).

    The councillors themselves are the people of kind ``councillor`` in the dossier; the council
    does not keep a second list of them.

    Attributes:
        id: The id other objects use to refer to the council as a body (for example ``"kb"``).
        name: ``"Kommunalbestyrelsen"`` or ``"Byrådet"``.
        municipality: The municipality.
        election_period: The election period the data describes.
        seats: Number of seats.
        parties: Parties represented in the council.

    There is no list of councillors here: councillors are the dossier's people of kind
    ``councillor`` (see ``Dossier.councillors``), each with the letter of one of ``parties``.
    """

    id: str
    name: str
    municipality: Municipality
    election_period: ElectionPeriod
    seats: int | None = attrs.field(default=None, validator=count("a number of seats", low=1))
    parties: tuple[Party, ...] = ()

    def party(self, letter: str) -> Party | None:
        """The party with this list letter, or ``None``."""
        for party in self.parties:
            if party.letter == letter:
                return party
        return None
