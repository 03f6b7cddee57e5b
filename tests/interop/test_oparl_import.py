"""Roster import from OParl listings: forms of input, mapping, errors, round trip."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from interop_data import make_dossier

from kommissorium.errors import LoadError
from kommissorium.interop import loads_roster, read_roster, to_oparl, with_roster
from kommissorium.model import (
    Committee,
    CommitteeKind,
    Council,
    Dossier,
    ElectionPeriod,
    Municipality,
    OnBehalfOf,
    Party,
    Period,
    PersonKind,
    RepresentedKind,
    Role,
)

T = "https://schema.oparl.org/1.1/"
RIS = "https://ris.invalid/oparl/"


def org(n: str, name: str, **extra: Any) -> dict[str, Any]:
    return {"id": f"{RIS}organization/{n}", "type": T + "Organization", "name": name, **extra}


def person(n: str, name: str | None = None, **extra: Any) -> dict[str, Any]:
    obj = {"id": f"{RIS}person/{n}", "type": T + "Person", **extra}
    if name is not None:
        obj["name"] = name
    return obj


def membership(n: str, p: str, o: str, **extra: Any) -> dict[str, Any]:
    return {
        "id": f"{RIS}membership/{n}",
        "type": T + "Membership",
        "person": f"{RIS}person/{p}",
        "organization": f"{RIS}organization/{o}",
        **extra,
    }


def page(*objects: dict[str, Any]) -> str:
    return json.dumps({"data": list(objects), "pagination": {}, "links": {}})


ORGS = page(
    org("1", "Byrådet", classification="Parlament"),
    org("2", "Ældreudvalget", classification="stående udvalg"),
    org("3", "Socialdemokratiet", shortName="A", organizationType="Fraktion"),
    org("4", "Venstre", shortName="V", organizationType="Partei"),
)
PEOPLE = page(
    person("10", "Anne Hansen", email=["anne@example.invalid"]),
    person("11", givenName="Bo", familyName="Jensen"),
    person("12", "Cai Berg"),
)
MEMBERSHIPS = page(
    membership("m1", "10", "2", role="Vorsitzender", onBehalfOf=f"{RIS}organization/3"),
    membership("m2", "11", "2", role="medlem", startDate="2024-03-01", endDate="2025-12-31"),
    membership("m3", "11", "4"),
    membership("m4", "12", "2", role="Protokollführung", votingRight=False),
    membership("m5", "10", "1"),
)


def test_one_page_per_type_read_together() -> None:
    roster = loads_roster(ORGS, PEOPLE, MEMBERSHIPS)
    assert [(b.id, b.name, b.kind) for b in roster.bodies] == [
        ("1", "Byrådet", CommitteeKind.COUNCIL),
        ("2", "Ældreudvalget", CommitteeKind.STANDING),
    ]
    assert roster.parties == (Party("A", "Socialdemokratiet"), Party("V", "Venstre"))
    people = {p.id: p for p in roster.people}
    assert (people["10"].party, people["10"].kind, people["10"].email) == (
        "A",  # from onBehalfOf the party group
        PersonKind.COUNCILLOR,
        "anne@example.invalid",
    )
    assert (people["11"].name, people["11"].party) == ("Bo Jensen", "V")  # party membership
    assert (people["12"].party, people["12"].kind) == (None, PersonKind.OTHER)
    ms = {(m.person, m.committee): m for m in roster.memberships}
    assert set(ms) == {("10", "2"), ("11", "2"), ("12", "2"), ("10", "1")}
    assert ms[("10", "2")].role is Role.CHAIR
    assert ms[("10", "2")].on_behalf_of == OnBehalfOf(RepresentedKind.PARTY, "A")
    assert ms[("11", "2")].period == Period(date(2024, 3, 1), date(2025, 12, 31))
    assert ms[("12", "2")].role is Role.OBSERVER  # unknown role without a vote


def test_a_bundle_a_plain_array_and_files_read_the_same(tmp_path: Path) -> None:
    objects = [*json.loads(ORGS)["data"], *json.loads(PEOPLE)["data"]]
    objects += json.loads(MEMBERSHIPS)["data"]
    by_pages = loads_roster(ORGS, PEOPLE, MEMBERSHIPS)
    assert loads_roster(json.dumps(objects)) == by_pages
    bundle = {
        "organization": json.loads(ORGS)["data"],
        "person": json.loads(PEOPLE),
        "membership": json.loads(MEMBERSHIPS)["data"],
    }
    assert loads_roster(json.dumps(bundle)) == by_pages
    files = []
    for name, text in (("o.json", ORGS), ("p.json", PEOPLE), ("m.json", MEMBERSHIPS)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        files.append(tmp_path / name)
    assert read_roster(*files) == by_pages


def test_memberships_embedded_in_a_person_and_other_types_ignored() -> None:
    listing = page(
        org("2", "Ældreudvalget"),
        {"id": f"{RIS}meeting/1", "type": T + "Meeting", "name": "Møde"},
        person(
            "10",
            "Anne",
            membership=[
                {
                    "id": f"{RIS}membership/m1",
                    "type": "https://schema.oparl.org/1.0/Membership",
                    "organization": f"{RIS}organization/2",
                    "role": "næstformand",
                }
            ],
        ),
    )
    roster = loads_roster(listing)
    (m,) = roster.memberships
    assert (m.person, m.committee, m.role) == ("10", "2", Role.VICE_CHAIR)


@pytest.mark.parametrize(
    ("text", "path", "expected"),
    [
        ("[1, 2", "line 1, column 6", "valid JSON"),
        ('{"foo": 1}', "", "an OParl list page"),
        ('{"data": {}}', "data", "a list of OParl objects"),
        (page({"type": T + "Person", "name": "x"}), "data[0].id", "the object's URL"),
        (page(person("1")), "data[0].name", "the person's name"),
        (
            page(org("1", "U"), person("1", "P"), membership("m", "1", "9")),
            "data[2].organization",
            "the URL of an Organization in the listing",
        ),
        (
            page(org("1", "U"), person("1", "P"), membership("m", "2", "1")),
            "data[2].person",
            "the URL of a Person in the listing",
        ),
        (
            page(org("1", "U"), person("1", "P"), membership("m", "1", "1", startDate="primo")),
            "data[2].startDate",
            "a date such as 2022-01-01",
        ),
        (
            page(org("1", "U"), dict(org("1", "V"), id=RIS + "other/1")),
            "data[1].id",
            "a URL whose last segment is unique",
        ),
    ],
)
def test_malformed_listings_name_the_place(text: str, path: str, expected: str) -> None:
    with pytest.raises(LoadError) as info:
        loads_roster(text, source="liste.json")
    err = info.value
    assert err.source == "liste.json"
    assert err.path == path
    assert expected in err.expected


def test_the_same_object_twice_is_read_once() -> None:
    roster = loads_roster(page(org("1", "U")), page(org("1", "U")))
    assert len(roster.bodies) == 1


def test_an_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(LoadError) as info:
        read_roster(tmp_path / "missing.json")
    assert info.value.expected == "a readable file"


def test_round_trip_export_then_import() -> None:
    dossier = make_dossier()
    doc = to_oparl(dossier, base_url=RIS, stamp=datetime(2025, 1, 6, tzinfo=UTC))
    roster = loads_roster(json.dumps(doc))
    assert {(p.id, p.name, p.kind, p.party, p.email) for p in roster.people} == {
        (p.id, p.name, p.kind, p.party, p.email) for p in dossier.people
    }
    council = dossier.council
    assert council is not None
    expected_bodies = [council.id, dossier.committee.id, *(b.id for b in dossier.bodies)]
    assert [b.id for b in roster.bodies if b.id != "dh"] == expected_bodies
    assert {(b.id, b.kind, b.parent) for b in roster.bodies if b.id != "dh"} == {
        (b.id, b.kind, b.parent) for b in (dossier.committee, *dossier.bodies)
    } | {(council.id, CommitteeKind.COUNCIL, None)}
    assert roster.parties == council.parties
    # memberships come back with person, body, role and period; representations of parties
    # and committees too (an organisation is imported as a body, see the docs)
    back = {(m.person, m.committee, m.role, m.period) for m in roster.memberships}
    assert back == {(m.person, m.committee, m.role, m.period) for m in dossier.memberships}
    behalf = {(m.person, m.committee): m.on_behalf_of for m in roster.memberships}
    assert behalf[("anne", "s174")] == OnBehalfOf(RepresentedKind.COMMITTEE, "su")
    assert behalf[("bo", "s174")] == OnBehalfOf(RepresentedKind.PARTY, "V")


def test_with_roster_bootstraps_a_council_for_the_checker() -> None:
    term = ElectionPeriod(
        election_day=date(2021, 11, 16),
        first_day=date(2022, 1, 1),
        last_day=date(2025, 12, 31),
        next_election_day=date(2025, 11, 18),
    )
    dossier = Dossier(
        committee=Committee(id="2", name="Ældreudvalget", kind=CommitteeKind.STANDING),
        council=Council(
            id="1",
            name="Byrådet",
            municipality=Municipality("Testrup", "999"),
            election_period=term,
            parties=(Party("A", "Socialdemokratiet"),),
        ),
    )
    merged = with_roster(dossier, loads_roster(ORGS, PEOPLE, MEMBERSHIPS))
    assert merged.council is not None
    assert [p.letter for p in merged.council.parties] == ["A", "V"]
    assert [p.name for p in merged.members_of("2", role=Role.CHAIR)] == ["Anne Hansen"]
    assert [p.id for p in merged.councillors] == ["10", "11"]
    assert merged.bodies == ()  # both organisations are already the council and committee
    # merging twice adds nothing
    again = with_roster(merged, loads_roster(ORGS, PEOPLE, MEMBERSHIPS))
    assert again == merged
