r"""Recommendation status reports as text, JSON and CSV.

All three are deterministic for the same dossier and day. The CSV has a fixed column order
(:data:`CSV_COLUMNS`), is written with Python's :mod:`csv` module, uses ``\\n`` line ends
(not the RFC 4180 ``\\r\\n``, so that files diff cleanly in git), joins list values with
``"; "`` and leaves unknown values empty.

Examples:
    >>> from datetime import date
    >>> from kommissorium.model import Committee, Dossier, Mandate, Recommendation, Task
    >>> d = Dossier(committee=Committee(id="u", name="Udvalget"),
    ...             mandate=Mandate(tasks=(Task(number=1, text="Opgave"),)),
    ...             recommendations=(Recommendation(id="1.1", text="at …", task=1,
    ...                                             addressees=("u",)),))
    >>> print(recommendations_csv(d, on=date(2024, 1, 1)), end="")
    id,task,state,state_da,state_en,polarity,addressees,progress,last_move,overdue,text
    1.1,1,draft,udkast,draft,do,Udvalget,,,,at …
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from typing import Any

from kommissorium.model import Dossier, StatusReport, StatusRow, status_report

__all__ = [
    "CSV_COLUMNS",
    "latest_recorded_date",
    "recommendations_csv",
    "recommendations_data",
    "recommendations_json",
    "recommendations_text",
]

#: Column order of :func:`recommendations_csv`.
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


def _names(dossier: Dossier, ids: tuple[str, ...]) -> list[str]:
    return [dossier.body_name(i) for i in ids]


def recommendations_data(dossier: Dossier, *, on: date) -> dict[str, Any]:
    """The status report as plain JSON-ready data."""
    report = status_report(dossier, on=on)
    return {
        "on": on.isoformat(),
        "recommendations": [
            {
                "id": row.id,
                "task": row.task,
                "state": row.state,
                "state_da": row.state_da,
                "state_en": row.state_en,
                "polarity": row.polarity,
                "addressees": list(row.addressees),
                "addressee_names": _names(dossier, row.addressees),
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
    }


def recommendations_json(dossier: Dossier, *, on: date) -> str:
    """The status report as JSON text (two-space indent, final newline)."""
    return json.dumps(recommendations_data(dossier, on=on), ensure_ascii=False, indent=2) + "\n"


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
            ]
        )
    return buffer.getvalue()


def _short(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _row_lines(dossier: Dossier, row: StatusRow, lang: str) -> list[str]:
    state = row.state_en if lang == "en" else row.state_da
    neg = ""
    if row.polarity == "do-not":
        neg = " [do not]" if lang == "en" else " [ikke]"
    lines = [f"  {row.id}  {state}{neg}  {_short(row.text, 70)}"]
    to = ", ".join(_names(dossier, row.addressees)) or "-"
    lines.append(f"        {'to' if lang == 'en' else 'til'}: {to}")
    if row.progress is not None:
        lines.append(f"        {'progress' if lang == 'en' else 'fremdrift'}: {row.progress} %")
    for o in row.overdue:
        word = "overdue" if lang == "en" else "overskredet"
        lines.append(f"        {word}: {o.what} ({o.due.isoformat()})")
    return lines


def recommendations_text(dossier: Dossier, *, on: date, lang: str = "da") -> str:
    """The status report as readable text, grouped by task, with a summary by state."""
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
        return "\n".join(out) + "\n"
    tasks = {t.number: t for t in dossier.mandate.tasks}
    for key, rows in report.by_task():
        out.append("")
        if key == "-":
            out.append("Without a task:" if en else "Uden opgave:")
        else:
            task = tasks.get(int(key))
            title = f" {_short(task.title or task.text, 80)}" if task is not None else ""
            out.append(f"{'Task' if en else 'Opgave'} {key}.{title}")
        for row in rows:
            out.extend(_row_lines(dossier, row, lang))
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
    return "\n".join(out) + "\n"
