"""Other parsers agree with us: recurring-ical-events and vobject expand every series of the
export exactly like :func:`expand_series`, over several years with summer-time changes; the
VTIMEZONE agrees with zoneinfo."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta

import icalendar
import pytest
import recurring_ical_events
import vobject
from dateutil.tz import tzical
from ical_data import STAMP, make_dossier

from kommissorium.ical import CPH, expand_series, to_ics
from kommissorium.ical.export import _prefix
from kommissorium.ical.identity import stable_uid
from kommissorium.ical.series import OccurrenceKind
from kommissorium.ical.timezone import VTIMEZONE_TEXT
from kommissorium.model import Dossier, MeetingStatus, Period

SUMMER = Period(date(2024, 7, 8), date(2024, 8, 2), "sommerferie")


def _ours(d: Dossier, policy: str) -> dict[str, list[tuple[datetime, datetime]]]:
    result = {}
    for series in d.series:
        uid = stable_uid(*_prefix(d), "series", series.id)
        occurrences = expand_series(
            series,
            holidays=policy,
            closed=[SUMMER],
            overrides=[m for m in d.meetings if m.series == series.id],
        )
        result[uid] = sorted(
            (o.start.astimezone(UTC), o.end.astimezone(UTC))
            for o in occurrences
            if o.kind is not OccurrenceKind.SKIPPED and o.status is not MeetingStatus.CANCELLED
        )
    return result


@pytest.mark.parametrize("policy", ["skip", "move", "keep"])
def test_recurring_ical_events_agrees(policy: str) -> None:
    d = make_dossier()
    data = to_ics(d, stamp=STAMP, holidays=policy, closed=[SUMMER])
    ours = _ours(d, policy)
    calendar = icalendar.Calendar.from_ical(data)
    theirs: dict[str, list[tuple[datetime, datetime]]] = {uid: [] for uid in ours}
    for event in recurring_ical_events.of(calendar).between(date(2023, 1, 1), date(2027, 12, 31)):
        uid = str(event["UID"])
        if uid in theirs and str(event.get("STATUS", "")) != "CANCELLED":
            theirs[uid].append(
                (event.decoded("DTSTART").astimezone(UTC), event.decoded("DTEND").astimezone(UTC))
            )
    assert {uid: sorted(v) for uid, v in theirs.items()} == ours
    assert sum(len(v) for v in ours.values()) > 80  # several years of meetings


@pytest.mark.parametrize("policy", ["skip", "move", "keep"])
def test_vobject_agrees(policy: str) -> None:
    d = make_dossier()
    data = to_ics(d, stamp=STAMP, holidays=policy, closed=[SUMMER]).decode()
    ours = _ours(d, policy)
    parsed = vobject.readOne(data)
    masters: dict[str, list[datetime]] = {}
    overrides: dict[str, dict[datetime, tuple[datetime, datetime, str]]] = {}
    durations: dict[str, timedelta] = {}
    for event in parsed.vevent_list:
        uid = event.uid.value
        if uid not in ours:
            continue
        if hasattr(event, "recurrence_id"):
            status = event.status.value if hasattr(event, "status") else ""
            overrides.setdefault(uid, {})[event.recurrence_id.value.astimezone(UTC)] = (
                event.dtstart.value.astimezone(UTC),
                event.dtend.value.astimezone(UTC),
                status,
            )
        else:
            masters[uid] = [x.astimezone(UTC) for x in event.getrruleset(addRDate=True)]
            durations[uid] = event.dtend.value - event.dtstart.value
    assert set(masters) == set(ours)
    for uid, starts in masters.items():
        result = []
        for start in starts:
            new_start, new_end, status = overrides.get(uid, {}).get(
                start, (start, start + durations[uid], "")
            )
            if status == "CANCELLED":
                continue
            result.append((new_start, new_end))
        assert sorted(result) == ours[uid], uid


def test_the_test_dossier_has_every_form() -> None:
    texts = {s.id: s.text for s in make_dossier().series}
    assert texts["s4"] == "twice a year"
    assert texts["s5"] == "every second Thursday from 9:00 to 10:30"
    rules = {s.id: s.rule for s in make_dossier().series}
    assert rules["s4"] == "FREQ=MONTHLY;INTERVAL=6;BYDAY=4TU"


def test_vtimezone_matches_zoneinfo_1996_to_2037() -> None:
    zone = tzical(io.StringIO(VTIMEZONE_TEXT.replace("\r\n", "\n"))).get("Europe/Copenhagen")
    day = date(1996, 1, 1)
    mismatches = []
    while day.year < 2038:
        # noon every day, and every hour on the last Sundays of March and October
        transition = day.month in (3, 10) and day.weekday() == 6 and day.day > 24
        for hour in range(24) if transition else (12,):
            instant = datetime(day.year, day.month, day.day, hour, tzinfo=UTC)
            if instant.astimezone(zone).utcoffset() != instant.astimezone(CPH).utcoffset():
                mismatches.append(instant)
        day += timedelta(days=1)
    assert mismatches == []
