"""The default time stamp of an export, read from the dossier itself (never from the clock).

Exports (OParl ``created``/``modified``, the calendar's ``DTSTAMP``) carry a time stamp. When
the user gives none, the command line uses :func:`default_stamp`: midnight UTC of
:func:`stamp_day`, the latest day on which the file records something having happened:

- the date of the establishing decision (``mandate.established_by.date``);
- the dates in the recommendations' histories;
- the dates of the decision records;
- the dates of hearing answers;
- the dates of case route steps (the days the bodies dealt with the case).

A file that records none of these (a plan not yet under way) falls back to the earliest start of
its phases, meetings and meeting series. Only a file without any of these dates has no default.

Examples:
    >>> from datetime import date
    >>> from kommissorium.model import Committee, Dossier, EstablishingDecision, Mandate
    >>> d = Dossier(
    ...     committee=Committee(id="u", name="U"),
    ...     mandate=Mandate(established_by=EstablishingDecision(body="u", date=date(2024, 3, 5))),
    ... )
    >>> stamp_day(d)
    datetime.date(2024, 3, 5)
    >>> default_stamp(d).isoformat()
    '2024-03-05T00:00:00+00:00'
    >>> default_stamp(Dossier(committee=Committee(id="u", name="U"))) is None
    True
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from kommissorium.model import Dossier

__all__ = ["default_stamp", "recorded_days", "stamp_day"]


def recorded_days(dossier: Dossier) -> list[date]:
    """Every day on which the dossier records something having happened, sorted, repeats kept.

    See the module text for the list of dates considered.

    Examples:
        >>> from kommissorium.model import Committee, Dossier
        >>> recorded_days(Dossier(committee=Committee(id="u", name="U")))
        []
    """
    days: list[date] = []
    established = dossier.mandate.established_by
    if established is not None and established.date is not None:
        days.append(established.date)
    for rec in dossier.recommendations:
        days.extend(change.date for change in rec.history if change.date is not None)
    days.extend(record.date for record in dossier.decisions)
    for hearing in dossier.hearings:
        days.extend(answer.date for answer in hearing.answers if answer.date is not None)
    for case in dossier.cases:
        days.extend(step.date for step in case.route if step.date is not None)
    return sorted(days)


def stamp_day(dossier: Dossier) -> date | None:
    """The day of the default stamp: the latest recorded day, else the earliest planned start.

    The planned starts are those of the phases, the meetings and the meeting series (each
    meeting's day in its own time zone). ``None`` when the file has none of these dates.

    Examples:
        >>> from datetime import date
        >>> from kommissorium.model import Committee, Dossier, Period, Phase, PhasePlan
        >>> plan = PhasePlan(phases=(
        ...     Phase(id="b", title="B", period=Period(date(2025, 5, 1))),
        ...     Phase(id="a", title="A", period=Period(date(2025, 2, 1))),
        ... ))
        >>> stamp_day(Dossier(committee=Committee(id="u", name="U"), plan=plan))
        datetime.date(2025, 2, 1)
    """
    recorded = recorded_days(dossier)
    if recorded:
        return recorded[-1]
    starts = [phase.period.start for phase in dossier.plan.phases]
    starts.extend(meeting.start.date() for meeting in dossier.meetings)
    starts.extend(series.start.date() for series in dossier.series)
    return min(starts, default=None)


def default_stamp(dossier: Dossier) -> datetime | None:
    """Midnight UTC of :func:`stamp_day`, or ``None`` when the file has no date at all.

    Examples:
        >>> from kommissorium.model import Committee, Dossier
        >>> default_stamp(Dossier(committee=Committee(id="u", name="U"))) is None
        True
    """
    day = stamp_day(dossier)
    return None if day is None else datetime.combine(day, time(0, 0), tzinfo=UTC)
