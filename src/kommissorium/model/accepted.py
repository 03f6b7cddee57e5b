"""Accepted findings: departures the council decided knowingly.

A committee file can record that a finding of the checker is accepted, with the reason — for
example the council's unanimous decision to depart from proportional election. The checker still
reports such a finding, marked as accepted with the reason, and does not count it as an error.

Examples:
    >>> from datetime import date
    >>> a = AcceptedFinding(code="STL202", reason="Enstemmig beslutning i byrådet",
    ...                     decided_on=date(2016, 6, 29))
    >>> a.matches("STL202", "mandate.appointment", ("x",))
    True
    >>> AcceptedFinding(code="STL204", path="mandate.composition[1]", reason="r").matches(
    ...     "STL204", "mandate.composition[2]", ())
    False
"""

from __future__ import annotations

from datetime import date

import attrs

__all__ = ["AcceptedFinding"]


@attrs.frozen(kw_only=True)
class AcceptedFinding:
    """A finding the council has accepted, with its reason.

    Attributes:
        code: The rule code accepted (``"STL202"``).
        reason: Why it is accepted (the decision, in brief).
        path: Only findings at this model path are accepted; ``None`` for any path.
        ids: Only findings involving all of these ids are accepted; empty for any.
        decided_on: When the acceptance was decided, if known.
    """

    code: str
    reason: str
    path: str | None = None
    ids: tuple[str, ...] = ()
    decided_on: date | None = None

    def matches(self, code: str, path: str, ids: tuple[str, ...]) -> bool:
        """Whether a finding with this code, path and ids is covered by the acceptance."""
        if code != self.code or (self.path is not None and self.path != path):
            return False
        return all(i in ids for i in self.ids)
