"""Committee files survive load -> dump -> load, for the examples and for generated dossiers."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from dossier_strategies import danish_periods, dossiers, exact_text, periods
from hypothesis import HealthCheck, given, settings

from kommissorium.errors import LoadError, ModelError, PeriodParseError
from kommissorium.io import dump, dumps, load, loads, to_data
from kommissorium.model import (
    Committee,
    Dossier,
    Mandate,
    Membership,
    Period,
    Person,
    Phase,
    PhasePlan,
    Stakeholder,
    Tie,
)
from kommissorium.time import parse_period

CPH = ZoneInfo("Europe/Copenhagen")
UTC = ZoneInfo("UTC")
EXAMPLES = sorted((Path(__file__).resolve().parent.parent.parent / "examples").glob("*.toml"))
HEDENSTED = (
    Path(__file__).resolve().parent.parent.parent / "examples" / "hedensted-social-2024.toml"
)

# -- the examples --------------------------------------------------------------------------------


def test_there_are_examples() -> None:
    assert HEDENSTED in EXAMPLES


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
def test_example_round_trips(example: Path) -> None:
    dossier = load(example)
    text = dumps(dossier)
    assert loads(text) == dossier
    assert loads(text, format="json") == dossier
    assert dumps(loads(text)) == text


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
def test_dumps_is_deterministic(example: Path) -> None:
    first = dumps(load(example))
    second = dumps(load(example))
    assert first == second
    assert first.encode("utf-8") == second.encode("utf-8")
    assert first.endswith("\n")
    assert not first.endswith("\n\n")


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
def test_json_file_of_toml_example(example: Path, tmp_path: Path) -> None:
    dossier = load(example)
    target = tmp_path / (example.stem + ".json")
    dump(dossier, target)
    assert target.read_text(encoding="utf-8") == dumps(dossier)
    assert load(target) == dossier
    # The JSON is plain data and equals to_data.
    assert json.loads(target.read_text(encoding="utf-8")) == to_data(dossier)


def test_dump_writes_utf8_not_escapes(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    dump(load(HEDENSTED), target)
    raw = target.read_bytes()
    assert "gentænkning".encode() in raw
    assert b"\\u00e6" not in raw


def test_to_data_leaves_out_defaults() -> None:
    dossier = Dossier(
        committee=Committee(id="u", name="Udvalget"),
        people=(Person(id="anna", name="Anna"),),
        memberships=(Membership(person="anna", committee="u"),),
        stakeholders=(Stakeholder(id="s", name="S"),),
        ties=(Tie(source="s", target="anna"),),
    )
    assert to_data(dossier) == {
        "committee": {"id": "u", "name": "Udvalget"},
        "people": [{"id": "anna", "name": "Anna"}],
        "memberships": [{"person": "anna", "committee": "u"}],
        "stakeholders": [{"id": "s", "name": "S"}],
        "ties": [{"source": "s", "target": "anna"}],
    }
    assert loads(dumps(dossier)) == dossier


def _empty_values(data: object, path: str = "") -> list[str]:
    """Paths of empty arrays and tables anywhere in the data."""
    found = []
    if isinstance(data, dict):
        for key, value in data.items():
            if value in ([], {}, None):
                found.append(f"{path}.{key}")
            found += _empty_values(value, f"{path}.{key}")
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += _empty_values(value, f"{path}[{index}]")
    return found


def test_to_data_of_example_has_no_empty_defaults() -> None:
    data = to_data(load(HEDENSTED))
    assert _empty_values(data) == []
    assert "meetings" not in data
    assert "powers" not in data["mandate"]
    assert "legal_basis" not in data["mandate"]
    for membership in data["memberships"]:
        assert "phases" not in membership
        assert "on_behalf_of" not in membership


def test_period_texts_survive() -> None:
    dossier = load(HEDENSTED)
    data = json.loads(dumps(dossier))
    periods = [phase["period"] for phase in data["plan"]["phases"]]
    assert periods == [
        "Første kvartal 2024",
        "Resten af 2024",
        "Første og andet kvartal af 2025",
        "Tredje kvartal",
        "Fjerde kvartal 2025",
    ]
    assert data["mandate"]["term"] == "2024-25"
    assert data["mandate"]["deliverables"][0]["due"] == "første kvartal 2024"
    # verbatim from the note; the year comes from the milestone's own date
    assert data["plan"]["milestones"][0]["period"] == "ultimo november"
    assert data["council"]["election_period"] == "2022-2025"
    phases = loads(dumps(dossier)).plan.phases
    assert phases[1].period == Period(date(2024, 4, 1), date(2024, 12, 31), "Resten af 2024")
    assert phases[3].period == Period(date(2025, 7, 1), date(2025, 9, 30), "Tredje kvartal")


def test_period_whose_text_no_longer_matches_is_written_as_table() -> None:
    stale = Period(date(2024, 2, 1), date(2024, 5, 31), "første kvartal 2024")
    unreadable = Period(date(2024, 6, 1), None, "når det passer")
    dossier = Dossier(
        committee=Committee(id="u", name="Udvalget"),
        plan=PhasePlan(
            phases=(
                Phase(id="p1", title="Start", period=stale),
                Phase(id="p2", title="Resten", period=unreadable),
            )
        ),
        mandate=Mandate(term=stale),
    )
    data = to_data(dossier)
    table = {"start": "2024-02-01", "end": "2024-05-31", "text": "første kvartal 2024"}
    assert data["plan"]["phases"][0]["period"] == table
    assert data["plan"]["phases"][1]["period"] == {"start": "2024-06-01", "text": "når det passer"}
    assert data["mandate"]["term"] == table
    again = loads(dumps(dossier))
    assert again == dossier
    assert again.plan.phases[0].period.text == "første kvartal 2024"


def test_relative_text_depends_on_previous_phase() -> None:
    # "Resten af 2024" after a phase that now ends in May reads differently: written as a table.
    first = Period(date(2024, 1, 1), date(2024, 5, 31))
    rest = Period(date(2024, 4, 1), date(2024, 12, 31), "Resten af 2024")
    dossier = Dossier(
        committee=Committee(id="u", name="Udvalget"),
        plan=PhasePlan(
            phases=(
                Phase(id="p1", title="A", period=first),
                Phase(id="p2", title="B", period=rest),
            )
        ),
    )
    data = to_data(dossier)
    assert data["plan"]["phases"][0]["period"] == {"start": "2024-01-01", "end": "2024-05-31"}
    assert data["plan"]["phases"][1]["period"] == {
        "start": "2024-04-01",
        "end": "2024-12-31",
        "text": "Resten af 2024",
    }
    assert loads(dumps(dossier)) == dossier


@pytest.mark.parametrize(
    ("toml_value", "expected", "offset"),
    [
        ("2024-02-06T14:00:00", datetime(2024, 2, 6, 14, tzinfo=CPH), "+01:00"),
        ("2024-06-11T09:30:00", datetime(2024, 6, 11, 9, 30, tzinfo=CPH), "+02:00"),
        ('"2024-06-11T09:30"', datetime(2024, 6, 11, 9, 30, tzinfo=CPH), "+02:00"),
        ("2024-06-11T07:30:00Z", datetime(2024, 6, 11, 9, 30, tzinfo=CPH), "+02:00"),
    ],
)
def test_datetimes_without_offset_are_copenhagen(
    toml_value: str, expected: datetime, offset: str
) -> None:
    text = f"""
[committee]
id = "u"
name = "Udvalget"

[[meetings]]
id = "m1"
committee = "u"
start = {toml_value}
end = 2024-12-31T23:00:00
"""
    dossier = loads(text, format="toml")
    start = dossier.meetings[0].start
    assert start == expected
    assert start.tzinfo == CPH
    assert start.utcoffset() == expected.utcoffset()
    data = json.loads(dumps(dossier))
    assert data["meetings"][0]["start"].endswith(offset)
    again = loads(dumps(dossier))
    assert again == dossier
    assert again.meetings[0].start.utcoffset() == expected.utcoffset()


_MEETING = """
[committee]
id = "u"
name = "Udvalget"

[[meetings]]
id = "m1"
committee = "u"
start = {start}
end = {end}
"""


def test_nonexistent_local_time_is_refused_or_round_trips() -> None:
    # 02:30 on 31 March 2024 does not exist in Copenhagen (clocks jump from 02:00 to 03:00).
    text = _MEETING.format(start="2024-03-31T02:30:00", end="2024-03-31T05:00:00")
    try:
        dossier = loads(text, format="toml", source="dst.toml")
    except LoadError as exc:
        refused: LoadError | None = exc
    else:
        refused = None
    if refused is not None:
        assert refused.path == "meetings[0].start"
        return
    again = loads(dumps(dossier))
    assert again.meetings[0].start == dossier.meetings[0].start
    assert again == dossier


def test_ambiguous_local_time_is_refused_without_an_offset() -> None:
    # 02:30 on 27 October 2024 happens twice: the file must say which one.
    text = _MEETING.format(start="2024-10-27T02:30:00", end="2024-10-27T05:00:00")
    with pytest.raises(LoadError) as info:
        loads(text, format="toml", source="m.toml")
    assert info.value.path == "meetings[0].start"
    assert "2024-10-27T02:30+02:00 or 2024-10-27T02:30+01:00" in str(info.value)
    assert "write the offset" in str(info.value)


@pytest.mark.parametrize(
    ("start", "utc"),
    [("2024-10-27T02:30:00+02:00", "2024-10-27T00:30:00+00:00"),
     ("2024-10-27T02:30:00+01:00", "2024-10-27T01:30:00+00:00")],
)  # fmt: skip
def test_ambiguous_local_time_with_an_offset_keeps_its_instant(start: str, utc: str) -> None:
    text = _MEETING.format(start=start, end="2024-10-27T05:00:00")
    for fmt in ("toml", "json"):
        source = text if fmt == "toml" else dumps(loads(text, format="toml"))
        dossier = loads(source, format=fmt)
        assert dossier.meetings[0].start.astimezone(UTC).isoformat() == utc
        again = loads(dumps(dossier))
        assert again.meetings[0].start.astimezone(UTC).isoformat() == utc
        assert again.meetings[0].start.utcoffset() == dossier.meetings[0].start.utcoffset()
        assert dumps(again) == dumps(dossier)


def test_meeting_across_the_autumn_clock_change_loads() -> None:
    # 02:30 summer time to 02:10 winter time is 40 minutes later, not before.
    text = _MEETING.format(start="2024-10-27T02:30:00+02:00", end="2024-10-27T02:10:00+01:00")
    dossier = loads(text, format="toml")
    meeting = dossier.meetings[0]
    assert meeting.end.astimezone(UTC) - meeting.start.astimezone(UTC) == timedelta(minutes=40)
    assert loads(dumps(dossier)) == dossier


# -- generated dossiers --------------------------------------------------------------------------

ROUND_TRIP = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@ROUND_TRIP
@given(dossiers())
def test_generated_dossier_round_trips(dossier: Dossier) -> None:
    text = dumps(dossier)
    again = loads(text)
    assert again == dossier
    assert dumps(again) == text
    assert text.endswith("\n")


@ROUND_TRIP
@given(periods())
def test_generated_period_round_trips_in_a_phase(period: Period) -> None:
    dossier = Dossier(
        committee=Committee(id="u", name="Udvalget"),
        plan=PhasePlan(phases=(Phase(id="p", title="Fase", period=period),)),
    )
    written = to_data(dossier)["plan"]["phases"][0]["period"]
    if period.text is not None and period.text == exact_text(period):
        assert written == period.text
    elif period.text is not None and _reads_as(period.text, period):
        assert written == period.text  # a Danish expression is written back as itself
    elif period.text is None:
        assert isinstance(written, str) == (period.end == period.start)
    assert loads(dumps(dossier)).plan.phases[0].period == period


def _reads_as(text: str, period: Period) -> bool:
    try:
        again = parse_period(text)
    except PeriodParseError:
        return False
    return (again.start, again.end) == (period.start, period.end)


@ROUND_TRIP
@given(danish_periods())
def test_danish_expression_is_kept_in_every_period_field(period: Period) -> None:
    dossier = Dossier(
        committee=Committee(id="u", name="Udvalget"),
        mandate=Mandate(term=period),
        plan=PhasePlan(phases=(Phase(id="p", title="Fase", period=period),)),
    )
    data = to_data(dossier)
    assert data["mandate"]["term"] == period.text
    assert data["plan"]["phases"][0]["period"] == period.text
    assert loads(dumps(dossier)) == dossier


# -- a milestone's year-less period takes the year of its own date -------------------------------

_MILESTONE = """
[committee]
id = "u"
name = "U"
kind = "special-17-4"
[[plan.milestones]]
id = "m"
title = "T"
{fields}
"""


@pytest.mark.parametrize(
    ("fields", "start", "end"),
    [
        ('date = 2023-11-21\nperiod = "ultimo november"', date(2023, 11, 21), date(2023, 11, 30)),
        ('date = "14.12.23"\nperiod = "medio december"', date(2023, 12, 11), date(2023, 12, 20)),
        # a period with its own year is not changed by the date's year
        (
            'date = 2024-01-05\nperiod = "ultimo november 2023"',
            date(2023, 11, 21),
            date(2023, 11, 30),
        ),
        ('date = 2025-01-01\nperiod = "primo januar"', date(2025, 1, 1), date(2025, 1, 10)),
    ],
)
def test_milestone_period_reads_in_its_dates_year(fields: str, start: date, end: date) -> None:
    dossier = loads(_MILESTONE.format(fields=fields))
    period = dossier.plan.milestones[0].period
    assert period is not None
    assert (period.start, period.end) == (start, end)
    data = to_data(dossier)
    assert data["plan"]["milestones"][0]["period"] == period.text  # written back verbatim
    assert loads(dumps(dossier)) == dossier


@pytest.mark.parametrize(
    "fields",
    ['period = "ultimo november"', 'date = "engang"\nperiod = "ultimo november"'],
)
def test_milestone_period_without_a_year_anywhere_is_an_error(fields: str) -> None:
    with pytest.raises(LoadError) as caught:
        loads(_MILESTONE.format(fields=fields), source="m.toml")
    assert str(caught.value).startswith("m.toml: plan.milestones[0].period: expected a period")
    assert "has no year" in str(caught.value)


# -- TOML ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
def test_example_round_trips_as_toml(example: Path, tmp_path: Path) -> None:
    dossier = load(example)
    text = dumps(dossier, format="toml")
    assert loads(text, format="toml") == dossier
    assert dumps(loads(text, format="toml"), format="toml") == text
    assert text.endswith("\n")
    assert not text.endswith("\n\n")
    target = tmp_path / (example.stem + ".out.toml")
    dump(dossier, target)
    assert target.read_text(encoding="utf-8") == text
    assert load(target) == dossier


def test_dumps_default_is_still_json() -> None:
    dossier = load(HEDENSTED)
    assert dumps(dossier).startswith("{")
    assert dumps(dossier, format="json") == dumps(dossier)


def test_toml_layout_reads_well() -> None:
    text = dumps(load(HEDENSTED), format="toml")
    lines = text.splitlines()
    # top-level tables in the documented order, each once
    headers = [line for line in lines if line.startswith("[") and "." not in line.split("]")[0]]
    assert headers[:3] == ["[council]", "[committee]", "[mandate]"]
    assert 'municipality = { name = "Hedensted", code = "766" }' in lines
    assert "[[plan.phases]]" in lines
    assert "[plan]" not in lines
    assert "date = 2023-11-21" in lines  # a TOML date, not a string
    assert "start = 2024-02-05T16:00:00+01:00" in lines  # with its offset
    assert 'period = "Første kvartal 2024"' in lines  # the Danish expression kept
    assert all(len(line) <= 100 for line in lines if line.endswith(("{", "[", "}", "]")))


def test_multiline_string_only_where_it_reads_back_exactly() -> None:
    dossier = Dossier(
        committee=Committee(id="u", name="Udvalget", description='to\nlinjer "med" \\ og \t tab')
    )
    text = dumps(dossier, format="toml")
    assert 'description = """\nto\nlinjer' in text
    assert loads(text, format="toml") == dossier
    odd = Dossier(committee=Committee(id="u", name="U", description="a\r\nb\rc"))
    assert loads(dumps(odd, format="toml"), format="toml") == odd
    nul = Dossier(committee=Committee(id="u", name="U", description="a\r\nb\x00"))
    with pytest.raises(ModelError, match=r"committee\.description: .*U\+0000"):
        dumps(nul, format="toml")


def test_dump_chooses_the_format_by_suffix(tmp_path: Path) -> None:
    dossier = load(HEDENSTED)
    dump(dossier, tmp_path / "a.toml")
    dump(dossier, tmp_path / "a.json")
    dump(dossier, tmp_path / "a.txt", format="toml")
    assert (tmp_path / "a.toml").read_text(encoding="utf-8").startswith("# ") is False
    assert (tmp_path / "a.toml").read_text(encoding="utf-8").startswith("[council]")
    assert (tmp_path / "a.json").read_text(encoding="utf-8").startswith("{")
    assert (tmp_path / "a.txt").read_text(encoding="utf-8").startswith("[council]")
    with pytest.raises(LoadError, match=r"a file ending in \.toml or \.json"):
        dump(dossier, tmp_path / "a.txt")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json", "a.toml", "a.txt"]


@ROUND_TRIP
@given(dossiers())
def test_generated_dossier_round_trips_as_toml(dossier: Dossier) -> None:
    from kommissorium.io.layout import format_text

    text = dumps(dossier, format="toml")
    again = loads(text, format="toml")
    assert again == dossier
    assert dumps(again, format="toml") == text
    assert format_text(text, format="toml") == text  # the normal layout is fmt's fixed point
