"""Follow-up: status schedules, status reports at a date, and dated items for calendars.

Seed 004 describes a process followed up by status reports "to gange årligt" to named bodies.
A :class:`StatusSchedule` records such a rule. :func:`status_report` answers "where does every
recommendation stand on this day, and what is overdue?" — grouped by task, addressee and state.
:func:`hearing_deadlines` and :func:`status_report_dates` return plain :class:`DatedItem`
objects that a calendar export can turn into events; this module imports no calendar library.

Nothing here reads a clock: the day is always a parameter.

Examples:
    >>> from datetime import date
    >>> s = StatusSchedule(id="status", title="Status", to=("vpu",), per_year=2,
    ...                    period=Period(date(2023, 1, 1), date(2024, 12, 31)))
    >>> [(i.period.start.isoformat(), i.period.end.isoformat()) for i in s.windows()][:2]
    [('2023-01-01', '2023-06-30'), ('2023-07-01', '2023-12-31')]
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, timedelta
from typing import TYPE_CHECKING

import attrs

from kommissorium.errors import ModelError
from kommissorium.model._limits import shown
from kommissorium.model.period import Period
from kommissorium.model.recommendation import Recommendation, state_on
from kommissorium.model.workflow import WorkflowState

if TYPE_CHECKING:
    from kommissorium.model.dossier import Dossier

__all__ = [
    "DatedItem",
    "OverdueItem",
    "StatusReport",
    "StatusRow",
    "StatusSchedule",
    "hearing_deadlines",
    "next_status_reports",
    "status_report",
    "status_report_dates",
]


@attrs.frozen(kw_only=True)
class DatedItem:
    """A dated thing for a calendar: a deadline, a report due, a planned treatment.

    Attributes:
        id: Stable id, unique within one call's result (``"hearing:strategi-hoering"``).
        title: What it is.
        period: When (inclusive); a single day has ``start == end``.
        kind: ``"hearing-deadline"``, ``"hearing-period"`` or ``"status-report"``.
        bodies: Ids of the bodies concerned.
        source: Where in the dossier it comes from (``"hearings[0]"``).
    """

    id: str
    title: str
    period: Period
    kind: str
    bodies: tuple[str, ...] = ()
    source: str = ""


def _per_year(
    instance: StatusSchedule, attribute: attrs.Attribute[object], value: int | None
) -> None:
    if value is not None and value not in (1, 2, 3, 4, 6, 12):
        raise ModelError(
            f"per_year must divide the year into whole months, got {value}",
            field="per_year",
            expected="a number of reports a year that divides it into whole months "
            "(1, 2, 3, 4, 6 or 12)",
            got=shown(value),
        )


@attrs.frozen(kw_only=True)
class StatusSchedule:
    """A recurring status report (status to gange årligt).

    Attributes:
        id: Stable id.
        title: What is reported.
        to: Ids of the bodies that receive the status.
        per_year: How many times a year (1, 2, 3, 4, 6 or 12), if fixed.
        period: The years or period the rule covers (``"2023-2024"``).
        dates: Dates on which status was or will be given, where known.
        approximate_dates: Reports known only by a month or another period, when the source
            gives no day ("seneste status i september", seed 004: ``"september 2024"``).
        recommendations: Ids of the recommendations followed up.
        text: The rule as worded.
    """

    id: str
    title: str
    to: tuple[str, ...] = ()
    per_year: int | None = attrs.field(default=None, validator=_per_year)  # type: ignore[misc]
    period: Period | None = None
    dates: tuple[date, ...] = ()
    approximate_dates: tuple[Period, ...] = ()
    recommendations: tuple[str, ...] = ()
    text: str | None = None

    def windows(self) -> tuple[DatedItem, ...]:
        """The windows within which each report falls due.

        With ``per_year`` and a closed ``period``, each calendar year is cut into
        ``per_year`` equal runs of months (twice a year: January–June and July–December),
        clipped to the period. Without them there are no windows. The source rarely gives more
        than "twice a year", so a window is a due range, not a date.
        """
        if self.per_year is None or self.period is None or self.period.end is None:
            return ()
        months = 12 // self.per_year
        out: list[DatedItem] = []
        for year in range(self.period.start.year, self.period.end.year + 1):
            for index in range(self.per_year):
                first = date(year, index * months + 1, 1)
                last_month = (index + 1) * months
                last = (
                    date(year, 12, 31)
                    if last_month == 12
                    else date(year, last_month + 1, 1) - timedelta(days=1)
                )
                start, end = max(first, self.period.start), min(last, self.period.end)
                if start > end:
                    continue
                out.append(
                    DatedItem(
                        id=f"status:{self.id}:{year}-{index + 1}",
                        title=f"{self.title} ({index + 1}/{self.per_year} {year})",
                        period=Period(start, end),
                        kind="status-report",
                        bodies=self.to,
                    )
                )
        return tuple(out)


@attrs.frozen(kw_only=True)
class OverdueItem:
    """Something about a recommendation that should have happened before the report day.

    Attributes:
        kind: ``"milestone"``, ``"implementation"``, ``"hearing-answer"`` or ``"route-step"``.
        what: A short Danish description.
        due: The deadline that passed.
        source: Where in the dossier the deadline is (``"hearings[0]"``).
    """

    kind: str
    what: str
    due: date
    source: str


@attrs.frozen(kw_only=True)
class StatusRow:
    """One recommendation in a status report.

    Attributes:
        id: Recommendation id.
        text: Its text.
        task: Task number, if any.
        addressees: Ids of the bodies it is addressed to.
        state: State id.
        state_da: Danish state label.
        state_en: English state label.
        polarity: ``"do"`` or ``"do-not"``.
        progress: Progress in percent, if known.
        last_move: Date of the last dated move on or before the report day, if any.
        overdue: What is overdue on the report day.
        proposed_by: Id of the proposing body, if known.
        target_groups: The target groups it names.
        points: Its sub-points, as worded.
        point_addressees: For each sub-point, the bodies it is addressed to.
        recorded_state: The state the file records (later than ``state`` when moves are
            dated after the report day).
    """

    id: str
    text: str
    task: int | None
    addressees: tuple[str, ...]
    state: str
    state_da: str
    state_en: str
    polarity: str
    progress: int | None
    last_move: date | None
    overdue: tuple[OverdueItem, ...] = ()
    proposed_by: str | None = None
    target_groups: tuple[str, ...] = ()
    points: tuple[str, ...] = ()
    point_addressees: tuple[tuple[str, ...], ...] = ()
    recorded_state: str | None = None


def _group(
    rows: Iterable[StatusRow], keys: Callable[[StatusRow], Iterable[str]]
) -> tuple[tuple[str, tuple[StatusRow, ...]], ...]:
    groups: dict[str, list[StatusRow]] = {}
    for row in rows:
        for key in keys(row):
            groups.setdefault(key, []).append(row)
    return tuple((key, tuple(groups[key])) for key in groups)


@attrs.frozen(kw_only=True)
class StatusReport:
    """Where every recommendation stands on a day.

    Attributes:
        on: The report day.
        rows: One row per recommendation, in file order.
    """

    on: date
    rows: tuple[StatusRow, ...]

    @property
    def overdue(self) -> tuple[StatusRow, ...]:
        """The rows with something overdue."""
        return tuple(r for r in self.rows if r.overdue)

    def by_task(self) -> tuple[tuple[str, tuple[StatusRow, ...]], ...]:
        """Rows grouped by task number (``"-"`` without a task), in order of first appearance."""
        return _group(self.rows, lambda r: ("-" if r.task is None else str(r.task),))

    def by_addressee(self) -> tuple[tuple[str, tuple[StatusRow, ...]], ...]:
        """Rows grouped by addressee id; a row with several addressees is in each group."""
        return _group(self.rows, lambda r: r.addressees or ("-",))

    def by_state(self) -> tuple[tuple[str, tuple[StatusRow, ...]], ...]:
        """Rows grouped by state id, in order of first appearance."""
        return _group(self.rows, lambda r: (r.state,))


def _overdue(
    dossier: Dossier, index: int, rec: Recommendation, state: WorkflowState, on: date
) -> list[OverdueItem]:
    out: list[OverdueItem] = []
    follow = rec.follow_up
    at = f"recommendations[{index}].follow_up"
    if follow is not None:
        for i, milestone in enumerate(follow.milestones):
            if milestone.overdue_on(on) and milestone.due is not None:
                assert milestone.due.end is not None
                out.append(
                    OverdueItem(
                        kind="milestone",
                        what=milestone.title,
                        due=milestone.due.end,
                        source=f"{at}.milestones[{i}]",
                    )
                )
        due = follow.due
        if (
            due is not None
            and due.end is not None
            and due.end < on
            and not state.final
            and state.id != "implemented"
            and follow.progress != 100
        ):
            out.append(
                OverdueItem(
                    kind="implementation",
                    what="implementering ikke afsluttet",
                    due=due.end,
                    source=f"{at}.due",
                )
            )
    if state.final:
        return out
    for h_index, hearing in enumerate(dossier.hearings):
        if rec.id not in hearing.recommendations or hearing.deadline is None:
            continue
        if hearing.deadline < on:
            # an answer dated after the report day had not come yet on that day
            for body in hearing.missing_answers(on=on):
                out.append(
                    OverdueItem(
                        kind="hearing-answer",
                        what=f"høringssvar fra {dossier.body_name(body)}",
                        due=hearing.deadline,
                        source=f"hearings[{h_index}]",
                    )
                )
    for c_index, case in enumerate(dossier.cases):
        if rec.id not in case.recommendations:
            continue
        for s_index, step in enumerate(case.route):
            planned = step.planned
            if (
                (step.date is None or step.date > on)
                and planned is not None
                and planned.end is not None
                and planned.end < on
            ):
                out.append(
                    OverdueItem(
                        kind="route-step",
                        what=(
                            f"behandling i {dossier.body_name(step.body)}"
                            + (f" ({planned.text})" if planned.text else "")
                        ),
                        due=planned.end,
                        source=f"cases[{c_index}].route[{s_index}]",
                    )
                )
    return out


def status_report(dossier: Dossier, *, on: date) -> StatusReport:
    """Where every recommendation of the dossier stands on ``on``, and what is overdue.

    A thing is overdue when its deadline (the inclusive end of its period) lies before ``on``:
    an unfinished follow-up milestone; the implementation deadline of a recommendation that is
    not final, not implemented and not at 100 %; a missing hearing answer after the hearing
    deadline; a planned treatment on the case route that had not taken place by ``on``.
    Answers and treatments dated after ``on`` count as not yet given. Recommendations in
    a final state only report their unfinished milestones.

    The state shown is the state on ``on``: the history is replayed up to that day
    (:func:`~kommissorium.model.recommendation.state_on`), so a move dated after ``on`` does
    not count and a move dated ``on`` does. ``last_move`` is the last dated move on or before
    ``on``; ``recorded_state`` keeps the state the file records.

    Examples:
        >>> from kommissorium.model import Committee, Dossier
        >>> d = Dossier(committee=Committee(id="u", name="U"),
        ...             recommendations=(Recommendation(id="r1", text="at …"),))
        >>> report = status_report(d, on=date(2024, 1, 1))
        >>> [(r.id, r.state_da) for r in report.rows]
        [('r1', 'udkast')]
    """
    rows = []
    for index, rec in enumerate(dossier.recommendations):
        workflow = dossier.workflow(rec.workflow_id)
        state_id = state_on(rec, workflow, on)
        state = workflow.state(state_id)
        overdue = sorted(_overdue(dossier, index, rec, state, on), key=lambda o: (o.due, o.source))
        moves = [c.date for c in rec.history if c.date is not None and c.date <= on]
        rows.append(
            StatusRow(
                id=rec.id,
                text=rec.text,
                task=rec.task,
                addressees=rec.addressees,
                state=state_id,
                state_da=state.label_da,
                state_en=state.label_en,
                polarity=rec.polarity.value,
                progress=rec.follow_up.progress if rec.follow_up is not None else None,
                last_move=max(moves, default=None),
                overdue=tuple(overdue),
                proposed_by=rec.proposed_by,
                target_groups=rec.target_groups,
                points=rec.points,
                point_addressees=tuple(
                    rec.addressees_of_point(n) for n in range(1, len(rec.points) + 1)
                ),
                recorded_state=rec.state,
            )
        )
    return StatusReport(on=on, rows=tuple(rows))


def hearing_deadlines(dossier: Dossier) -> tuple[DatedItem, ...]:
    """The hearings of the dossier as dated items, in file order.

    A hearing with a deadline gives a one-day ``hearing-deadline`` item; one with only a
    period gives a ``hearing-period`` item spanning it; one with neither gives nothing.

    Examples:
        >>> from kommissorium.model import Committee, Dossier, Hearing
        >>> d = Dossier(committee=Committee(id="u", name="U"), hearings=(
        ...     Hearing(id="h1", title="Strategi", bodies=("u",), deadline=date(2023, 11, 20)),))
        >>> [(i.id, i.kind, i.period.end) for i in hearing_deadlines(d)]
        [('hearing:h1', 'hearing-deadline', datetime.date(2023, 11, 20))]
    """
    out = []
    for index, hearing in enumerate(dossier.hearings):
        if hearing.deadline is not None:
            period, kind = Period(hearing.deadline, hearing.deadline), "hearing-deadline"
            title = f"Høringsfrist: {hearing.title}"
        elif hearing.period is not None:
            period, kind = hearing.period, "hearing-period"
            title = f"Høring: {hearing.title}"
        else:
            continue
        out.append(
            DatedItem(
                id=f"hearing:{hearing.id}",
                title=title,
                period=period,
                kind=kind,
                bodies=hearing.bodies,
                source=f"hearings[{index}]",
            )
        )
    return tuple(out)


def _schedule_items(schedule: StatusSchedule, index: int) -> list[DatedItem]:
    """One schedule's known dates and the due windows that hold no known date, by date."""
    items = [
        DatedItem(
            id=f"status:{schedule.id}:{day.isoformat()}",
            title=schedule.title,
            period=Period(day, day),
            kind="status-report",
            bodies=schedule.to,
            source=f"status_schedules[{index}].dates[{i}]",
        )
        for i, day in enumerate(schedule.dates)
    ]
    for i, period in enumerate(schedule.approximate_dates):
        label = period.text or (
            period.start.isoformat() if period.end is None else f"{period.start}–{period.end}"
        )
        items.append(
            DatedItem(
                id=f"status:{schedule.id}:~{period.start.isoformat()}",
                title=f"{schedule.title} ({label})",
                period=period,
                kind="status-report",
                bodies=schedule.to,
                source=f"status_schedules[{index}].approximate_dates[{i}]",
            )
        )
    for window in schedule.windows():
        # a known date (or a month) inside a window is that window's report: list it once
        if any(day in window.period for day in schedule.dates) or any(
            p.start in window.period and p.end is not None and p.end in window.period
            for p in schedule.approximate_dates
        ):
            continue
        items.append(attrs.evolve(window, source=f"status_schedules[{index}]"))
    items.sort(key=lambda item: (item.period.start, item.id))
    return items


def status_report_dates(dossier: Dossier) -> tuple[DatedItem, ...]:
    """The status reports of the dossier's schedules as dated items.

    A schedule's known ``dates`` give one-day items and its ``approximate_dates`` items
    spanning their period (a month); a schedule with ``per_year`` and a closed period gives
    its due windows (:meth:`StatusSchedule.windows`) as well, except a window that holds a
    known date or approximate date (that is the window's report, so it is listed once). Items
    are in schedule order, then date order.

    Examples:
        >>> from kommissorium.model import Committee, Dossier
        >>> d = Dossier(committee=Committee(id="u", name="U"), status_schedules=(
        ...     StatusSchedule(id="s", title="Status", to=("u",), per_year=2,
        ...                    period=Period(date(2025, 1, 1), date(2025, 12, 31)),
        ...                    dates=(date(2025, 4, 28),)),))
        >>> [(i.id, i.period.start) for i in status_report_dates(d)]
        [('status:s:2025-04-28', datetime.date(2025, 4, 28)), \
('status:s:2025-2', datetime.date(2025, 7, 1))]
    """
    out: list[DatedItem] = []
    for index, schedule in enumerate(dossier.status_schedules):
        out.extend(_schedule_items(schedule, index))
    return tuple(out)


def next_status_reports(dossier: Dossier, *, on: date) -> tuple[tuple[str, DatedItem | None], ...]:
    """For each status schedule, the next report due on or after ``on``.

    The next report is the first of the schedule's items (:func:`status_report_dates`) that
    ends on or after ``on``: a known date from ``on`` on, or the window ``on`` falls in or the
    next one. ``None`` when the schedule has nothing left (or no dates and no windows).

    Returns:
        ``(schedule id, item or None)`` pairs, in schedule order.

    Examples:
        >>> from kommissorium.model import Committee, Dossier
        >>> d = Dossier(committee=Committee(id="u", name="U"), status_schedules=(
        ...     StatusSchedule(id="s", title="Status", to=("u",), per_year=2,
        ...                    period=Period(date(2023, 1, 1), date(2024, 12, 31))),))
        >>> [(i, x.period.start, x.period.end) for i, x in next_status_reports(
        ...     d, on=date(2023, 6, 30)) if x is not None]
        [('s', datetime.date(2023, 1, 1), datetime.date(2023, 6, 30))]
        >>> next_status_reports(d, on=date(2025, 1, 1))
        (('s', None),)
    """
    out: list[tuple[str, DatedItem | None]] = []
    for index, schedule in enumerate(dossier.status_schedules):
        upcoming = [
            item
            for item in _schedule_items(schedule, index)
            if item.period.end is not None and item.period.end >= on
        ]
        out.append((schedule.id, upcoming[0] if upcoming else None))
    return tuple(out)
