"""Enumerations whose members carry a Danish and an English label.

Examples:
    >>> @labelled({"open": ("åben", "open"), "closed": ("lukket", "closed")})
    ... class Access(LabelledEnum):
    ...     OPEN = "open"
    ...     CLOSED = "closed"
    >>> Access.CLOSED.label_da, Access.CLOSED.label_en
    ('lukket', 'closed')
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from typing import TypeVar

__all__ = ["LabelledEnum", "labelled"]

_TABLES: dict[type, Mapping[str, tuple[str, str]]] = {}


class LabelledEnum(enum.StrEnum):
    """A string enumeration with a Danish and an English label for every member.

    The labels are given with the :func:`labelled` class decorator.
    """

    @property
    def label_da(self) -> str:
        """Danish label."""
        return _TABLES[type(self)][self.value][0]

    @property
    def label_en(self) -> str:
        """English label."""
        return _TABLES[type(self)][self.value][1]

    def label(self, lang: str) -> str:
        """The label in ``"da"`` or ``"en"``."""
        return self.label_da if lang == "da" else self.label_en


E = TypeVar("E", bound=LabelledEnum)


def labelled(table: Mapping[str, tuple[str, str]]) -> Callable[[type[E]], type[E]]:
    """Class decorator giving a :class:`LabelledEnum` its labels (value → (Danish, English)).

    Raises:
        TypeError: A member has no label, or the table names a value that is not a member.
    """

    def register(cls: type[E]) -> type[E]:
        values = {member.value for member in cls}
        if values != set(table):
            raise TypeError(f"labels of {cls.__name__} do not match its members")
        _TABLES[cls] = dict(table)
        return cls

    return register
