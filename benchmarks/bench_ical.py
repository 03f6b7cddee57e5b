"""Benchmark: exporting meetings and phases to iCalendar, against icalendar used directly.

For each size the script builds a dossier with N single meetings, one weekly series and 1,000
phases, then times

* ``ours``: ``kommissorium.ical.to_ics`` (holiday policy ``skip``, no previous export, no
  context events);
* ``baseline``: hand-written code that builds the same calendar directly with icalendar's
  ``Calendar``/``Event`` — the same calendar properties, the same VEVENTs with the same
  properties and values (descriptions, X-KOMMISSORIUM-DATA JSON, UIDs, the series with its
  RRULE and the EXDATE of each holiday, computed with dateutil and the holiday table) — and
  serialises it. The script checks that both give *byte-identical* output before it times
  anything, so the two do the same work and the ratio is only the cost of the model walk and
  the export's generality.

The two runs alternate (ours, baseline, ours, baseline, …) so that a change in machine load
hits both; the table gives the best and the median of the repeats, in CPU time of this process
(less disturbed by other jobs on a shared machine) and as wall-clock ratios. Run:
``PYTHONPATH=src python benchmarks/bench_ical.py``.
"""

from __future__ import annotations

import json
import os
import statistics
import time
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from dateutil.rrule import MO, WEEKLY, rrule
from icalendar import Calendar, Event, vCalAddress, vDuration, vRecur, vText

from kommissorium.ical import PRODID, to_ics
from kommissorium.ical.identity import stable_uid
from kommissorium.ical.timezone import copenhagen_vtimezone
from kommissorium.model import (
    Committee,
    CommitteeKind,
    Dossier,
    Meeting,
    MeetingSeries,
    Period,
    Phase,
    PhasePlan,
)
from kommissorium.time import danish_holidays

CPH = ZoneInfo("Europe/Copenhagen")
STAMP = datetime(2025, 1, 6, 9, 0, tzinfo=UTC)


def make(n_meetings: int, n_phases: int) -> Dossier:
    start = datetime(2024, 1, 2, 9, 0, tzinfo=CPH)
    meetings = tuple(
        Meeting(
            id=f"m{i}",
            committee="u",
            start=start + timedelta(days=i % 700, hours=i % 5),
            end=start + timedelta(days=i % 700, hours=i % 5 + 1),
            title=f"Møde {i}",
            location="Rådhuset, lokale 2",
        )
        for i in range(n_meetings)
    )
    phases = tuple(
        Phase(
            id=f"p{i}",
            title=f"Fase {i}",
            period=Period(
                date(2024, 1, 1) + timedelta(days=i), date(2024, 3, 1) + timedelta(days=i)
            ),
        )
        for i in range(n_phases)
    )
    series = (
        MeetingSeries(
            id="s",
            committee="u",
            start=start + timedelta(days=6),  # Monday 8 January 2024
            end=start + timedelta(days=6, hours=2),
            rule="FREQ=WEEKLY;BYDAY=MO",
            until=date(2025, 12, 31),
        ),
    )
    return Dossier(
        committee=Committee(id="u", name="Udvalget", kind=CommitteeKind.SPECIAL_17_4),
        meetings=meetings,
        series=series,
        plan=PhasePlan(phases=phases),
    )


def ours(d: Dossier) -> bytes:
    return to_ics(d, stamp=STAMP, context_events=False)


def _data(event: Event, payload: dict[str, object]) -> None:
    value = vText(json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":")))
    value.params["VALUE"] = "TEXT"
    event.add("X-KOMMISSORIUM-DATA", value)


def _common(e: Event, uid: str, summary: str, categories: list[str], organizer: object) -> None:
    e.add("UID", uid)
    e.add("DTSTAMP", STAMP)
    e.add("SUMMARY", summary)
    e.add("CATEGORIES", categories)
    e["ORGANIZER"] = organizer


def _stamp(e: Event, description: str) -> None:
    e.add("DESCRIPTION", description)
    e.add("LAST-MODIFIED", STAMP)
    e.add("SEQUENCE", 0)


def baseline(d: Dossier) -> bytes:
    """The same calendar as :func:`ours`, written out by hand with icalendar."""
    cal = Calendar()
    cal.add("VERSION", "2.0")
    cal.add("PRODID", PRODID)
    cal.add("CALSCALE", "GREGORIAN")
    cal.add("METHOD", "PUBLISH")
    cal.add("UID", stable_uid("calendar", "u"))
    cal["NAME"] = vText(d.committee.name)
    cal["X-WR-CALNAME"] = vText(d.committee.name)
    cal.add("REFRESH-INTERVAL", vDuration(timedelta(hours=12)), parameters={"VALUE": "DURATION"})
    cal.add("X-PUBLISHED-TTL", vDuration(timedelta(hours=12)))
    cal.add("X-WR-TIMEZONE", "Europe/Copenhagen")
    cal.add_component(copenhagen_vtimezone())
    organizer = vCalAddress("mailto:noreply@kommissorium.invalid")
    organizer.params["CN"] = d.committee.name
    for i, phase in enumerate(d.plan.phases, start=1):
        e = Event()
        uid = stable_uid("", "u", "phase", phase.id)
        _common(e, uid, f"Fase {i}: {phase.title}", ["Fase", "Procesplan"], organizer)
        e.add("DTSTART", phase.period.start)
        e.add("DTEND", phase.period.exclusive_end)
        e.add("TRANSP", "TRANSPARENT")
        _data(
            e,
            {
                "type": "phase", "committee": "u", "id": phase.id, "title": phase.title,
                "period_text": None, "open_end": False, "theme": None, "aims": [],
                "participants": [], "deliverables": [], "description": None,
            },
        )  # fmt: skip
        _stamp(
            e,
            f"Udvalg: {d.committee.name}\nPeriode: {phase.period.start.isoformat()} – "
            f"{phase.period.end.isoformat() if phase.period.end else '…'}",
        )
        cal.add_component(e)
    for m in d.meetings:
        e = Event()
        _common(e, stable_uid("", "u", "meeting", m.id), m.title or "", ["Møde"], organizer)
        e.add("DTSTART", m.start)
        e.add("DTEND", m.end)
        e.add("STATUS", "TENTATIVE")
        e.add("LOCATION", m.location)
        _data(
            e,
            {
                "type": "meeting", "committee": m.committee, "dossier": "u", "id": m.id,
                "title": m.title, "description": None, "status": "planned", "series": None,
            },
        )  # fmt: skip
        _stamp(e, f"Organ: {d.committee.name}")
        cal.add_component(e)
    for s in d.series:
        assert s.until is not None
        e = Event()
        summary = f"Møde i {d.committee.name}"
        _common(e, stable_uid("", "u", "series", s.id), summary, ["Møde", "Mødeserie"], organizer)
        e.add("DTSTART", s.start)
        e.add("DTEND", s.end)
        until = datetime.combine(s.until, s.start.time(), tzinfo=CPH).astimezone(UTC)
        e.add("RRULE", vRecur({"FREQ": "WEEKLY", "UNTIL": [until], "BYDAY": ["MO"]}))
        naive = s.start.replace(tzinfo=None)
        starts = rrule(WEEKLY, byweekday=MO, dtstart=naive, until=until.replace(tzinfo=None))
        closed = danish_holidays({s.start.year, s.until.year, s.until.year + 1})
        for start in starts:
            if start.date() in closed:
                e.add("EXDATE", start.replace(tzinfo=CPH))
        _data(
            e,
            {
                "type": "series", "committee": s.committee, "dossier": "u", "id": s.id,
                "title": None, "description": None, "text": None, "rule": s.rule,
                "until": s.until.isoformat(),
            },
        )  # fmt: skip
        _stamp(e, f"Organ: {d.committee.name}")
        cal.add_component(e)
    data: bytes = cal.to_ical()
    return data


def alternate(d: Dossier, repeat: int) -> dict[str, list[float]]:
    """Time ours and baseline in turns, ``repeat`` times each: wall-clock and CPU seconds."""
    out: dict[str, list[float]] = {"ours": [], "base": [], "ours_cpu": [], "base_cpu": []}
    for _ in range(repeat):
        for fn, name in ((ours, "ours"), (baseline, "base")):
            t0, c0 = time.perf_counter(), time.process_time()
            fn(d)
            out[f"{name}_cpu"].append(time.process_time() - c0)
            out[name].append(time.perf_counter() - t0)
    return out


def _cell(values: list[float]) -> str:
    return f"{min(values):.2f} / {statistics.median(values):.2f}"


def main() -> None:
    check = make(200, 50)
    if ours(check) != baseline(check):
        raise SystemExit("the baseline no longer builds the same calendar as to_ics")
    rows = []
    for n in (1_000, 10_000):
        d = make(n, 1_000)
        repeat = 7 if n <= 1_000 else 5
        times = alternate(d, repeat)
        events = ours(d).count(b"BEGIN:VEVENT")
        rows.append((n, events, repeat, times))
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"load average (1 min) at the end: {load:.2f} on {os.cpu_count()} cores\n")
    print(
        "| meetings | phases | VEVENTs | runs | kommissorium CPU best / median (s) "
        "| icalendar directly CPU best / median (s) | CPU ratio best / median "
        "| wall ratio best / median |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for n, events, repeat, t in rows:
        cpu = min(t["ours_cpu"]) / min(t["base_cpu"])
        cpu_m = statistics.median(t["ours_cpu"]) / statistics.median(t["base_cpu"])
        wall = min(t["ours"]) / min(t["base"])
        wall_m = statistics.median(t["ours"]) / statistics.median(t["base"])
        print(
            f"| {n:,} | 1,000 | {events:,} | {repeat} | {_cell(t['ours_cpu'])} "
            f"| {_cell(t['base_cpu'])} | {cpu:.2f} / {cpu_m:.2f} | {wall:.2f} / {wall_m:.2f} |"
        )
    (_, e1, _, t1), (_, e2, _, t2) = rows
    o1, o2 = min(t1["ours_cpu"]), min(t2["ours_cpu"])
    print(
        f"\n{e2 / e1:.1f}× the events took {o2 / o1:.1f}× the CPU time (best runs; "
        f"{o1 / e1 * 1e6:.0f} µs → {o2 / e2 * 1e6:.0f} µs per event)."
    )


if __name__ == "__main__":
    main()
