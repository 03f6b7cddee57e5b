r"""Recommendation status reports as text, JSON and CSV.

All three are deterministic for the same dossier and day. The state of each recommendation
is its state on the day (its history replayed up to the day).

The JSON object (:func:`recommendations_data`) has the keys ``on`` (the day), ``grouping``
(``"task"``, ``"addressee"`` or ``"state"``), ``recommendations`` (one object per
recommendation, in file order: ``id``, ``task``, ``state``, ``state_da``, ``state_en``,
``recorded_state``, ``polarity``, ``proposed_by``, ``proposed_by_name``, ``addressees``,
``addressee_names``, ``target_groups``, ``points``, ``progress``, ``last_move``, ``overdue``,
``text``) and ``status_reports`` (per status schedule: ``schedule``, ``title``, ``to``,
``to_names`` and ``next``, the next report due on or after the day as ``{"start", "end",
"kind"}`` with kind ``"date"`` or ``"window"``, or ``null``). Keys are only ever added.

The CSV has a fixed column order (:data:`CSV_COLUMNS`), is written with Python's :mod:`csv`
module, uses ``\\n`` line ends (not the RFC 4180 ``\\r\\n``, so that files diff cleanly in
git), joins list values with ``"; "`` and leaves unknown values empty.

Examples:
    >>> from datetime import date
    >>> from kommissorium.model import Committee, Dossier, Mandate, Recommendation, Task
    >>> d = Dossier(committee=Committee(id="u", name="Udvalget"),
    ...             mandate=Mandate(tasks=(Task(number=1, text="Opgave"),)),
    ...             recommendations=(Recommendation(id="1.1", text="at …", task=1,
    ...                                             addressees=("u",)),))
    >>> header, row = recommendations_csv(d, on=date(2024, 1, 1)).splitlines()
    >>> header.split(",")[-4:]
    ['text', 'proposed_by', 'target_groups', 'points']
    >>> print(row)
    1.1,1,draft,udkast,draft,do,Udvalget,,,,at …,,,
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from typing import Any

from kommissorium.model import (
    Dossier,
    StatusReport,
    StatusRow,
    StatusSchedule,
    next_status_reports,
    status_report,
)

__all__ = [
    "CSV_COLUMNS",
    "GROUPINGS",
    "default_report_date",
    "latest_recorded_date",
    "recommendations_csv",
    "recommendations_data",
    "recommendations_empty",
    "recommendations_json",
    "recommendations_text",
]

#: The groupings of the text report (``--by``).
GROUPINGS = ("task", "addressee", "state")

#: Column order of :func:`recommendations_csv` (columns are only ever added at the end).
CSV_COLUMNS = (
    "id",
    "task",
    "state",
    "state_da",
    "state_en",
    "polarity",
    "addressees",
    "progress",
    "last_move",
    "overdue",
    "text",
    "proposed_by",
    "target_groups",
    "points",
)


def latest_recorded_date(dossier: Dossier) -> date | None:
    """The latest day the dossier records something happening, or ``None``.

    The days considered are those of recommendation moves, decision records, hearing answers,
    route steps that took place, follow-up milestones done and status report dates. The
    ``recommendations`` command uses it as the report day when ``--on`` is not given, so a
    report reads "as of the last thing the file records" without looking at a clock.

    Examples:
        >>> from kommissorium.model import Committee, Dossier
        >>> latest_recorded_date(Dossier(committee=Committee(id="u", name="U"))) is None
        True
    """
    days: list[date] = []
    for rec in dossier.recommendations:
        days.extend(c.date for c in rec.history if c.date is not None)
        if rec.follow_up is not None:
            days.extend(m.done for m in rec.follow_up.milestones if m.done is not None)
    days.extend(r.date for r in dossier.decisions)
    for hearing in dossier.hearings:
        days.extend(a.date for a in hearing.answers if a.date is not None)
    for case in dossier.cases:
        days.extend(s.date for s in case.route if s.date is not None)
    for schedule in dossier.status_schedules:
        days.extend(schedule.dates)
    return max(days, default=None)


def default_report_date(dossier: Dossier) -> tuple[date, str] | None:
    """The day a status report is made for when none is given, and why that day.

    In order: the latest day the file records something happening
    (:func:`latest_recorded_date`); else the end of the committee's term (when its
    recommendations are due); else the day the committee was set up; else the start of its
    term. ``None`` when the file gives none of them. The reason is a short Danish phrase for
    the report heading.

    Examples:
        >>> from kommissorium.model import Committee, Dossier, Mandate, Period
        >>> d = Dossier(committee=Committee(id="u", name="U"),
        ...             mandate=Mandate(term=Period(date(2020, 1, 1), date(2021, 4, 30))))
        >>> default_report_date(d)
        (datetime.date(2021, 4, 30), 'kommissoriets slutdato')
        >>> default_report_date(Dossier(committee=Committee(id="u", name="U"))) is None
        True
    """
    found = latest_recorded_date(dossier)
    if found is not None:
        return found, "seneste dato filen registrerer"
    mandate = dossier.mandate
    if mandate.term is not None and mandate.term.end is not None:
        return mandate.term.end, "kommissoriets slutdato"
    if mandate.established_by is not None and mandate.established_by.date is not None:
        return mandate.established_by.date, "nedsættelsesdato"
    if mandate.term is not None:
        return mandate.term.start, "kommissoriets startdato"
    return None


def _proposer(dossier: Dossier, ref: str | None) -> str | None:
    """The name of a proposer: a body, the council or a stakeholder."""
    return None if ref is None else dossier.actor_name(ref)


def _names(dossier: Dossier, ids: tuple[str, ...]) -> list[str]:
    return [dossier.body_name(i) for i in ids]


def _upcoming(dossier: Dossier, on: date) -> list[tuple[StatusSchedule, tuple[date, date] | None]]:
    """Each status schedule with the first and last day of its next report due on or after ``on``.

    :func:`next_status_reports` answers in schedule order, one pair per schedule.
    """
    out: list[tuple[StatusSchedule, tuple[date, date] | None]] = []
    pairs = zip(dossier.status_schedules, next_status_reports(dossier, on=on), strict=True)
    for schedule, (_, item) in pairs:
        span = None
        if item is not None:
            assert item.period.end is not None  # report items are closed periods
            span = (item.period.start, item.period.end)
        out.append((schedule, span))
    return out


def _next_data(dossier: Dossier, on: date) -> list[dict[str, Any]]:
    return [
        {
            "schedule": schedule.id,
            "title": schedule.title,
            "to": list(schedule.to),
            "to_names": _names(dossier, schedule.to),
            "next": None
            if span is None
            else {
                "start": span[0].isoformat(),
                "end": span[1].isoformat(),
                "kind": "date" if span[0] == span[1] else "window",
            },
        }
        for schedule, span in _upcoming(dossier, on)
    ]


def recommendations_data(dossier: Dossier, *, on: date, by: str = "task") -> dict[str, Any]:
    """The status report as plain JSON-ready data (keys in the module docstring).

    Args:
        dossier: The dossier.
        on: The report day.
        by: The grouping the text report uses (recorded as ``grouping``; the list of
            recommendations is always in file order).
    """
    report = status_report(dossier, on=on)
    return {
        "on": on.isoformat(),
        "grouping": by,
        "recommendations": [
            {
                "id": row.id,
                "task": row.task,
                "state": row.state,
                "state_da": row.state_da,
                "state_en": row.state_en,
                "recorded_state": row.recorded_state,
                "polarity": row.polarity,
                "proposed_by": row.proposed_by,
                "proposed_by_name": _proposer(dossier, row.proposed_by),
                "addressees": list(row.addressees),
                "addressee_names": _names(dossier, row.addressees),
                "target_groups": list(row.target_groups),
                "points": list(row.points),
                "point_addressees": [list(a) for a in row.point_addressees],
                "progress": row.progress,
                "last_move": row.last_move.isoformat() if row.last_move else None,
                "overdue": [
                    {
                        "kind": o.kind,
                        "what": o.what,
                        "due": o.due.isoformat(),
                        "source": o.source,
                    }
                    for o in row.overdue
                ],
                "text": row.text,
            }
            for row in report.rows
        ],
        "status_reports": _next_data(dossier, on),
    }


def recommendations_json(dossier: Dossier, *, on: date, by: str = "task") -> str:
    """The status report as JSON text (two-space indent, final newline)."""
    data = recommendations_data(dossier, on=on, by=by)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def recommendations_csv(dossier: Dossier, *, on: date) -> str:
    r"""The status report as CSV text (header row, ``\\n`` line ends, fixed columns)."""
    report = status_report(dossier, on=on)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for row in report.rows:
        writer.writerow(
            [
                row.id,
                "" if row.task is None else row.task,
                row.state,
                row.state_da,
                row.state_en,
                row.polarity,
                "; ".join(_names(dossier, row.addressees)),
                "" if row.progress is None else row.progress,
                row.last_move.isoformat() if row.last_move else "",
                "; ".join(f"{o.what} ({o.due.isoformat()})" for o in row.overdue),
                row.text,
                _proposer(dossier, row.proposed_by) or "",
                "; ".join(row.target_groups),
                "; ".join(row.points),
            ]
        )
    return buffer.getvalue()


def recommendations_empty(
    dossier: Dossier, *, fmt: str = "text", lang: str = "da", by: str = "task"
) -> str:
    """The report of a file that has no recommendations and no day to report on.

    Args:
        dossier: The dossier (only its committee's name is used).
        fmt: ``"text"``, ``"json"`` or ``"csv"``.
        lang: ``"da"`` or ``"en"`` for text.
        by: The grouping asked for, written to JSON as ``grouping`` like a full report.

    Examples:
        >>> from kommissorium.model import Committee, Dossier
        >>> print(recommendations_empty(Dossier(committee=Committee(id="u", name="U"))), end="")
        Anbefalinger fra U
        (ingen anbefalinger)
    """
    if fmt == "json":
        data: dict[str, Any] = {
            "on": None,
            "grouping": by,
            "recommendations": [],
            "status_reports": [],
        }
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        return ",".join(CSV_COLUMNS) + "\n"
    en = lang == "en"
    head = ("Recommendations of " if en else "Anbefalinger fra ") + dossier.committee.name
    return head + "\n" + ("(no recommendations)" if en else "(ingen anbefalinger)") + "\n"


def _short(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _row_lines(dossier: Dossier, row: StatusRow, lang: str, by: str) -> list[str]:
    en = lang == "en"
    state = row.state_en if en else row.state_da
    neg = ""
    if row.polarity == "do-not":
        neg = " [do not]" if en else " [ikke]"
    lines = [f"  {row.id}  {state}{neg}  {_short(row.text, 70)}"]
    pad = "        "
    if by != "addressee":
        to = ", ".join(_names(dossier, row.addressees)) or "-"
        lines.append(f"{pad}{'to' if en else 'til'}: {to}")
    if row.proposed_by is not None:
        word = "proposed by" if en else "foreslået af"
        lines.append(f"{pad}{word}: {_proposer(dossier, row.proposed_by)}")
    if row.target_groups:
        word = "target groups" if en else "målgrupper"
        lines.append(f"{pad}{word}: {'; '.join(row.target_groups)}")
    for number, point in enumerate(row.points, start=1):
        lines.append(f"{pad}{number}) {_short(point, 80)}")
        own = row.point_addressees[number - 1] if number <= len(row.point_addressees) else ()
        if own and own != row.addressees:
            to = ", ".join(_names(dossier, own))
            lines.append(f"{pad}   ({'to' if en else 'til'}: {to})")
    if row.recorded_state is not None and row.recorded_state != row.state:
        workflow_state = _recorded_label(dossier, row, lang)
        word = "recorded later" if en else "senere registreret"
        lines.append(f"{pad}{word}: {workflow_state}")
    if row.progress is not None:
        lines.append(f"{pad}{'progress' if en else 'fremdrift'}: {row.progress} %")
    for o in row.overdue:
        word = "overdue" if en else "overskredet"
        lines.append(f"{pad}{word}: {o.what} ({o.due.isoformat()})")
    return lines


def _recorded_label(dossier: Dossier, row: StatusRow, lang: str) -> str:
    assert row.recorded_state is not None
    rec = dossier.recommendation(row.id)
    return dossier.workflow(rec.workflow_id).state(row.recorded_state).label(lang)


def _group_heading(
    dossier: Dossier, by: str, key: str, rows: tuple[StatusRow, ...], en: bool
) -> str:
    if by == "addressee":
        if key == "-":
            return "Without an addressee:" if en else "Uden modtager:"
        return f"{'To' if en else 'Til'} {dossier.body_name(key)}:"
    if by == "state":
        return f"{rows[0].state_en if en else rows[0].state_da}:"
    if key == "-":
        return "Without a task:" if en else "Uden opgave:"
    tasks = {t.number: t for t in dossier.mandate.tasks}
    task = tasks.get(int(key))
    title = f" {_short(task.title or task.text, 80)}" if task is not None else ""
    return f"{'Task' if en else 'Opgave'} {key}.{title}"


def _next_lines(dossier: Dossier, on: date, en: bool) -> list[str]:
    upcoming = _upcoming(dossier, on)
    if not upcoming:
        return []
    out = ["", "Next status report:" if en else "Næste status:"]
    for schedule, span in upcoming:
        to = ", ".join(_names(dossier, schedule.to))
        if span is None:
            when = "none after the day" if en else "ingen efter dagen"
        elif span[0] == span[1]:
            when = span[0].isoformat()
        else:
            first, last = span
            when = ("due " if en else "forfalder ") + f"{first.isoformat()} – {last.isoformat()}"
        out.append(f"  {schedule.title}: {when}" + (f" → {to}" if to else ""))
    return out


def recommendations_text(dossier: Dossier, *, on: date, lang: str = "da", by: str = "task") -> str:
    """The status report as readable text, with a summary by state.

    Args:
        dossier: The dossier.
        on: The report day.
        lang: ``"da"`` or ``"en"``.
        by: Group the recommendations by ``"task"`` (default), ``"addressee"`` (a
            recommendation to several bodies is listed under each) or ``"state"``.

    Raises:
        ValueError: ``by`` is not one of :data:`GROUPINGS`.
    """
    if by not in GROUPINGS:
        raise ValueError(f"by must be one of {', '.join(GROUPINGS)}, got {by!r}")
    report: StatusReport = status_report(dossier, on=on)
    en = lang == "en"
    out = [
        ("Recommendations of " if en else "Anbefalinger fra ")
        + f"{dossier.committee.name}, "
        + ("status on " if en else "status pr. ")
        + on.isoformat()
    ]
    if not report.rows:
        out.append("(no recommendations)" if en else "(ingen anbefalinger)")
        out.extend(_next_lines(dossier, on, en))
        return "\n".join(out) + "\n"
    groups = {
        "task": report.by_task,
        "addressee": report.by_addressee,
        "state": report.by_state,
    }[by]()
    for key, rows in groups:
        out.append("")
        out.append(_group_heading(dossier, by, key, rows, en))
        for row in rows:
            out.extend(_row_lines(dossier, row, lang, by))
    out.append("")
    out.append("By state:" if en else "Efter status:")
    for _key, rows in report.by_state():
        label = rows[0].state_en if en else rows[0].state_da
        out.append(f"  {label}: {len(rows)}")
    overdue = report.overdue
    out.append(
        (f"Overdue on {on.isoformat()}: " if en else f"Overskredet pr. {on.isoformat()}: ")
        + (", ".join(r.id for r in overdue) if overdue else ("none" if en else "intet"))
    )
    out.extend(_next_lines(dossier, on, en))
    return "\n".join(out) + "\n"
