"""The phase plan as a timeline: an SVG drawn by our own code.

:func:`timeline_svg` draws the phases of a dossier as bars on a date axis with year and quarter
ticks, the mandate's deliverables as bars (or a marker when they are due on one day), the
milestones as diamonds, and vertical reference lines for the committee's term end, the
election day(s), the council term's end and, when given, the report day. Every coordinate is
computed from the dates alone and rounded to one decimal, so the same dossier gives the same
bytes. The picture is an SVG fragment for inlining in HTML (no XML declaration) with a
``<title>`` and ``<desc>`` for screen readers; it needs no fonts, scripts or network.

Examples:
    >>> import kommissorium as k
    >>> svg = timeline_svg(k.load("examples/hedensted-social-2024.toml"), lang="en")
    >>> svg.startswith("<svg"), svg.count('class="phase"')
    (True, 5)
    >>> timeline_svg(k.Dossier(committee=k.Committee(id="u", name="U"))) is None
    True
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from datetime import date

import attrs

from kommissorium.model import Dossier, Period
from kommissorium.model.text import export_text
from kommissorium.time import format_period

__all__ = ["PHASE_COLOURS", "TimelineRow", "timeline_rows", "timeline_svg"]

#: Bar colours of the phases, in plan order (repeated when there are more phases).
PHASE_COLOURS = ("#1f77b4", "#2ca02c", "#9467bd", "#17becf", "#8c564b", "#e377c2", "#bcbd22")

_WIDTH = 1000.0
_LABEL_W = 270.0
_RIGHT = 20.0
_ROW = 26.0
_GROUP = 22.0
_AXIS = 44.0
_REF_ROW = 16.0
_CHAR_W = 7.0  # generous average width of a 12 px sans-serif character, for truncating labels

_WORDS = {
    "phases": ("Faser", "Phases"),
    "deliverables": ("Leverancer", "Deliverables"),
    "milestones": ("Milepæle", "Milestones"),
    "term_end": ("Udvalgets funktionsperiode slutter", "Committee term ends"),
    "election": ("Kommunalvalg", "Municipal election"),
    "council_end": ("Valgperioden slutter", "Election period ends"),
    "on": ("Rapportdato", "Report day"),
    "title": ("Procesplan for {name}", "Phase plan of {name}"),
    "desc": (
        "{phases} faser, {deliverables} leverancer og {milestones} milepæle fra {start} til {end}.",
        "{phases} phases, {deliverables} deliverables and {milestones} milestones "
        "from {start} to {end}.",
    ),
    "open": ("åben slutning", "open-ended"),
}


def _w(key: str, lang: str) -> str:
    da, en = _WORDS[key]
    return en if lang == "en" else da


def _e(text: object) -> str:
    return html.escape(export_text(str(text)), quote=True)


def _num(value: float) -> str:
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


@attrs.frozen(kw_only=True)
class TimelineRow:
    """One row of the timeline.

    Attributes:
        kind: ``"phase"``, ``"deliverable"`` or ``"milestone"``.
        label: The text in the label column.
        start: First day drawn.
        end: Last day drawn (inclusive); ``None`` for an open-ended phase.
        detail: Hover text: the label with its dates.
    """

    kind: str
    label: str
    start: date
    end: date | None
    detail: str


def _when(period: Period, lang: str) -> str:
    rendered = format_period(period, lang="en" if lang == "en" else "da")
    if period.text and period.text != rendered:
        return f"{rendered} ({period.text})"
    return rendered


def timeline_rows(dossier: Dossier, *, lang: str = "da") -> tuple[TimelineRow, ...]:
    """The rows :func:`timeline_svg` draws: phases, dated deliverables, milestones.

    Examples:
        >>> import kommissorium as k
        >>> rows = timeline_rows(k.load("examples/hedensted-social-2024.toml"))
        >>> [r.kind for r in rows].count("phase"), rows[0].start.isoformat()
        (5, '2024-01-01')
    """
    rows: list[TimelineRow] = []
    for phase in dossier.plan.phases:
        label = phase.title
        rows.append(
            TimelineRow(
                kind="phase",
                label=label,
                start=phase.period.start,
                end=phase.period.end,
                detail=f"{label}: {_when(phase.period, lang)}",
            )
        )
    for deliverable in dossier.mandate.deliverables:
        if deliverable.due is None:
            continue
        rows.append(
            TimelineRow(
                kind="deliverable",
                label=deliverable.title,
                start=deliverable.due.start,
                end=deliverable.due.end or deliverable.due.start,
                detail=f"{deliverable.title}: {_when(deliverable.due, lang)}",
            )
        )
    for milestone in sorted(dossier.plan.milestones, key=lambda m: (m.date, m.id)):
        period = milestone.period or Period(milestone.date, milestone.date)
        rows.append(
            TimelineRow(
                kind="milestone",
                label=milestone.title,
                start=milestone.date,
                end=milestone.date,
                detail=f"{milestone.title}: {_when(period, lang)}",
            )
        )
    return tuple(rows)


def _references(dossier: Dossier, on: date | None, lang: str) -> list[tuple[date, str, str]]:
    """``(day, css class, label)`` of every reference line, before range filtering."""
    refs: list[tuple[date, str, str]] = []
    term = dossier.mandate.term
    if term is not None and term.end is not None:
        refs.append((term.end, "ref-term", _w("term_end", lang)))
    if dossier.council is not None:
        period = dossier.council.election_period
        refs.append((period.election_day, "ref-election", _w("election", lang)))
        refs.append((period.next_election_day, "ref-election", _w("election", lang)))
        refs.append((period.last_day, "ref-council", _w("council_end", lang)))
    if on is not None:
        refs.append((on, "ref-on", _w("on", lang)))
    return refs


def _quarter_start(day: date) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def _next_quarter(day: date) -> date:
    month = day.month + 3
    return date(day.year + (month - 1) // 12, (month - 1) % 12 + 1, 1)


def _truncate(text: str, width: float) -> str:
    limit = max(4, int(width / _CHAR_W))
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _range(rows: Iterable[TimelineRow], term: Period | None) -> tuple[date, date]:
    days: list[date] = []
    for row in rows:
        days.append(row.start)
        if row.end is not None:
            days.append(row.end)
    if term is not None:
        days.append(term.start)
        if term.end is not None:
            days.append(term.end)
    first = _quarter_start(min(days))
    last = _next_quarter(_quarter_start(max(days)))  # exclusive
    return first, last


def timeline_svg(
    dossier: Dossier, *, lang: str = "da", on: date | None = None, svg_id: str = "timeline"
) -> str | None:
    """The phase plan as an inline SVG, or ``None`` when the dossier has nothing dated to draw.

    Args:
        dossier: The dossier.
        lang: ``"da"`` or ``"en"`` for the labels.
        on: The report day, drawn as a reference line when it falls on the axis.
        svg_id: The ``id`` of the ``<svg>`` element (ids inside are derived from it).

    Returns:
        An ``<svg>`` element as text (no XML declaration), or ``None``.
    """
    rows = timeline_rows(dossier, lang=lang)
    if not rows:
        return None
    first, last = _range(rows, dossier.mandate.term)
    total = (last - first).days
    plot_left, plot_right = _LABEL_W, _WIDTH - _RIGHT
    scale = (plot_right - plot_left) / total

    def x(day: date) -> float:
        return round(plot_left + (day - first).days * scale, 1)

    refs = [
        (day, cls, label)
        for day, cls, label in _references(dossier, on, lang)
        if first <= day < last
    ]
    refs = sorted(set(refs), key=lambda r: (r[0], r[1]))

    groups: list[tuple[str, list[TimelineRow]]] = []
    for kind, key in (
        ("phase", "phases"),
        ("deliverable", "deliverables"),
        ("milestone", "milestones"),
    ):
        members = [r for r in rows if r.kind == kind]
        if members:
            groups.append((key, members))
    body_height = sum(_GROUP + _ROW * len(members) for _, members in groups)
    height = _AXIS + body_height + 8 + _REF_ROW * len(refs) + 6
    top, bottom = _AXIS, _AXIS + body_height

    title = _w("title", lang).format(name=dossier.committee.name)
    counts = {
        kind: sum(1 for r in rows if r.kind == kind)
        for kind in ("phase", "deliverable", "milestone")
    }
    last_day = date.fromordinal(last.toordinal() - 1)
    desc = _w("desc", lang).format(
        phases=counts["phase"],
        deliverables=counts["deliverable"],
        milestones=counts["milestone"],
        start=format_period(Period(first, first), lang="en" if lang == "en" else "da"),
        end=format_period(Period(last_day, last_day), lang="en" if lang == "en" else "da"),
    )
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" id="{_e(svg_id)}" class="timeline" '
        f'viewBox="0 0 {_num(_WIDTH)} {_num(height)}" width="100%" role="img" '
        f'aria-labelledby="{_e(svg_id)}-title {_e(svg_id)}-desc" '
        'font-family="system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif" '
        'font-size="12">',
        f'<title id="{_e(svg_id)}-title">{_e(title)}</title>',
        f'<desc id="{_e(svg_id)}-desc">{_e(desc)}</desc>',
    ]

    # Axis: year band and quarter ticks, with grid lines through the rows.
    quarters: list[date] = []
    day = first
    while day < last:
        quarters.append(day)
        day = _next_quarter(day)
    show_quarters = len(quarters) <= 32
    out.append('<g class="axis">')
    for year in range(first.year, last.year + 1):
        y_start = max(first, date(year, 1, 1))
        y_end = min(last, date(year + 1, 1, 1))
        if y_start >= y_end:
            continue
        x0, x1 = x(y_start), x(y_end)
        out.append(
            f'<rect x="{_num(x0)}" y="2" width="{_num(x1 - x0)}" height="18" '
            f'fill="{"#eef2f7" if year % 2 else "#e2e8f0"}"/>'
        )
        if x1 - x0 >= 30:
            out.append(
                f'<text x="{_num((x0 + x1) / 2)}" y="15" text-anchor="middle" '
                f'font-weight="600">{year}</text>'
            )
    for q in quarters:
        xq = x(q)
        major = q.month == 1
        out.append(
            f'<line x1="{_num(xq)}" y1="{_num(2 if major else 20)}" x2="{_num(xq)}" '
            f'y2="{_num(bottom)}" stroke="{"#94a3b8" if major else "#e2e8f0"}" '
            f'stroke-width="{"1" if major else "0.8"}"/>'
        )
        if show_quarters:
            xe = x(_next_quarter(q))
            out.append(
                f'<text x="{_num((xq + xe) / 2)}" y="34" text-anchor="middle" '
                f'font-size="10" fill="#475569">{"K" if lang != "en" else "Q"}'
                f"{(q.month - 1) // 3 + 1}</text>"
            )
    out.append(
        f'<line x1="{_num(plot_left)}" y1="{_num(bottom)}" x2="{_num(x(last))}" '
        f'y2="{_num(bottom)}" stroke="#94a3b8"/>'
    )
    out.append("</g>")

    # Rows.
    y = top
    phase_index = 0
    for key, members in groups:
        out.append(
            f'<text class="group" x="4" y="{_num(y + 15)}" font-weight="700" '
            f'fill="#0f172a">{_e(_w(key, lang))}</text>'
        )
        y += _GROUP
        for row in members:
            mid = y + _ROW / 2
            label = _truncate(row.label, _LABEL_W - 16)
            out.append(f'<g class="{row.kind}">')
            out.append(f"<title>{_e(row.detail)}</title>")
            out.append(f'<text x="12" y="{_num(mid + 4)}" fill="#1e293b">{_e(label)}</text>')
            x0 = x(row.start)
            if row.kind == "milestone":
                size = 6.0
                out.append(
                    f'<path d="M{_num(x0)} {_num(mid - size)} L{_num(x0 + size)} {_num(mid)} '
                    f'L{_num(x0)} {_num(mid + size)} L{_num(x0 - size)} {_num(mid)} Z" '
                    'fill="#dc2626" stroke="#7f1d1d" stroke-width="0.8"/>'
                )
            else:
                end = row.end
                open_ended = end is None
                x1 = x(last) if end is None else x(date.fromordinal(end.toordinal() + 1))
                if row.kind == "phase":
                    colour = PHASE_COLOURS[phase_index % len(PHASE_COLOURS)]
                    phase_index += 1
                    extra = ' stroke-dasharray="4 3" fill-opacity="0.55"' if open_ended else ""
                    out.append(
                        f'<rect x="{_num(x0)}" y="{_num(mid - 8)}" '
                        f'width="{_num(max(x1 - x0, 2.0))}" height="16" rx="3" '
                        f'fill="{colour}" stroke="{colour}"{extra}/>'
                    )
                elif x1 - x0 < 4:
                    out.append(
                        f'<path d="M{_num(x0)} {_num(mid - 7)} L{_num(x0 + 6)} {_num(mid + 5)} '
                        f'L{_num(x0 - 6)} {_num(mid + 5)} Z" fill="#f59e0b" stroke="#92400e" '
                        'stroke-width="0.8"/>'
                    )
                else:
                    out.append(
                        f'<rect x="{_num(x0)}" y="{_num(mid - 6)}" width="{_num(x1 - x0)}" '
                        'height="12" rx="2" fill="#fde68a" stroke="#b45309" '
                        'stroke-dasharray="3 2"/>'
                    )
            out.append("</g>")
            y += _ROW

    # Reference lines, each with its own label row under the plot so that labels never overlap.
    colours = {
        "ref-term": "#b91c1c",
        "ref-election": "#7c3aed",
        "ref-council": "#475569",
        "ref-on": "#0f766e",
    }
    label_y = bottom + 8
    middle = (plot_left + plot_right) / 2
    for day, cls, label in refs:
        xr = x(day)
        label_y += _REF_ROW
        colour = colours[cls]
        when = format_period(Period(day, day), lang="en" if lang == "en" else "da")
        anchor, dx = ("end", -4) if xr > middle else ("start", 4)
        out.append(f'<g class="ref {cls}">')
        out.append(f"<title>{_e(label)}: {_e(when)}</title>")
        out.append(
            f'<line x1="{_num(xr)}" y1="{_num(top)}" x2="{_num(xr)}" y2="{_num(label_y - 4)}" '
            f'stroke="{colour}" stroke-width="1.4" stroke-dasharray="5 3"/>'
        )
        out.append(
            f'<text x="{_num(xr + dx)}" y="{_num(label_y)}" text-anchor="{anchor}" '
            f'font-size="11" fill="{colour}">{_e(label)} {_e(when)}</text>'
        )
        out.append("</g>")
    out.append("</svg>")
    return "\n".join(out)
