"""Benchmark: exporting meetings and phases to iCalendar, against icalendar used directly.

For each size the script builds a dossier with N single meetings (plus one series) and 1,000
phases, then times

* ``ours``: ``kommissorium.ical.to_ics`` (holiday policy ``skip``, no previous export);
* ``baseline``: the same VEVENTs — same properties and values, including the generated
  descriptions and the X-KOMMISSORIUM-DATA JSON — built directly with icalendar's ``Event``
  and serialised.

The ratio ours/baseline is the export's overhead over hand-written icalendar code. Run:
``PYTHONPATH=src python benchmarks/bench_ical.py``.
"""

from __future__ import annotations

import json
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, vCalAddress, vText

from kommissorium.ical import to_ics
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
            start=start,
            end=start + timedelta(hours=2),
            rule="FREQ=WEEKLY;BYDAY=TU",
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


def baseline(d: Dossier) -> bytes:
    """The same events, written out by hand with icalendar (no series expansion)."""
    cal = Calendar()
    cal.add("VERSION", "2.0")
    cal.add("PRODID", "-//bench//EN")
    cal.add("METHOD", "PUBLISH")
    cal.add_component(copenhagen_vtimezone())
    organizer = vCalAddress("mailto:noreply@kommissorium.invalid")
    organizer.params["CN"] = d.committee.name
    for i, phase in enumerate(d.plan.phases, start=1):
        e = Event()
        e.add("UID", str(uuid.uuid5(uuid.NAMESPACE_URL, f"phase/{phase.id}")))
        e.add("DTSTAMP", STAMP)
        e.add("SUMMARY", f"Fase {i}: {phase.title}")
        e.add("CATEGORIES", ["Fase", "Procesplan"])
        e["ORGANIZER"] = organizer
        e.add("DTSTART", phase.period.start)
        e.add("DTEND", phase.period.exclusive_end)
        e.add("TRANSP", "TRANSPARENT")
        _data(e, {"type": "phase", "id": phase.id, "title": phase.title})
        e.add("DESCRIPTION", f"Udvalg: {d.committee.name}\nPeriode: {phase.period.start}")
        e.add("LAST-MODIFIED", STAMP)
        e.add("SEQUENCE", 0)
        cal.add_component(e)
    for m in d.meetings:
        e = Event()
        e.add("UID", stable_uid("", "u", "meeting", m.id))
        e.add("DTSTAMP", STAMP)
        e.add("SUMMARY", m.title)
        e.add("CATEGORIES", ["Møde"])
        e["ORGANIZER"] = organizer
        e.add("DTSTART", m.start)
        e.add("DTEND", m.end)
        e.add("STATUS", "TENTATIVE")
        e.add("LOCATION", m.location)
        _data(e, {"type": "meeting", "id": m.id, "committee": m.committee, "title": m.title})
        e.add("DESCRIPTION", f"Organ: {d.committee.name}")
        e.add("LAST-MODIFIED", STAMP)
        e.add("SEQUENCE", 0)
        cal.add_component(e)
    data: bytes = cal.to_ical()
    return data


def best(fn, arg, repeat: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn(arg)
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    rows = []
    for n in (1_000, 10_000):
        d = make(n, 1_000)
        repeat = 3 if n <= 1_000 else 2
        t_ours = best(ours, d, repeat)
        t_base = best(baseline, d, repeat)
        events = ours(d).count(b"BEGIN:VEVENT")
        rows.append((n, events, t_ours, t_base))
    print("| meetings | phases | VEVENTs | kommissorium (s) | icalendar directly (s) | ratio |")
    print("|---:|---:|---:|---:|---:|---:|")
    for n, events, t_ours, t_base in rows:
        print(
            f"| {n:,} | 1,000 | {events:,} | {t_ours:.2f} | {t_base:.2f} | {t_ours / t_base:.2f} |"
        )
    (_, e1, o1, _), (_, e2, o2, _) = rows
    print(
        f"\n{e2 / e1:.1f}× the events took {o2 / o1:.1f}× the time "
        f"({o1 / e1 * 1e6:.0f} µs → {o2 / e2 * 1e6:.0f} µs per event): linear growth."
    )


if __name__ == "__main__":
    main()
