"""OParl 1.1 export: schema validity for every example, references, mapping, determinism."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from interop_data import make_dossier
from interop_schemas import oparl_errors

from kommissorium.interop import ExportError, dumps_oparl, to_oparl
from kommissorium.io import load

EXAMPLES = sorted((Path(__file__).resolve().parents[2] / "examples").glob("*.toml"))
BASE = "https://example.invalid/oparl/"
STAMP = datetime(2025, 1, 6, 9, tzinfo=UTC)


def _objects(doc: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        doc["body"],
        *(o for key, value in doc.items() if isinstance(value, list) for o in value),
    ]


def test_there_are_examples() -> None:
    assert len(EXAMPLES) >= 5


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_every_example_validates_against_the_oparl_schema(path: Path) -> None:
    doc = to_oparl(load(path), base_url=BASE, stamp=STAMP)
    errors = [e for obj in _objects(doc) for e in oparl_errors(obj)]
    assert errors == []
    assert doc["organization"], "every dossier has at least its committee"


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_references_point_to_objects_in_the_bundle(path: Path) -> None:
    doc = to_oparl(load(path), base_url=BASE, stamp=STAMP)
    ids = {o["id"] for o in _objects(doc)}
    ids.update(c["id"] for p in doc["paper"] for c in p.get("consultation", []))
    for m in doc["membership"]:
        assert m["person"] in ids
        assert m["organization"] in ids
        assert m.get("onBehalfOf", m["organization"]) in ids
    for org in doc["organization"]:
        assert org.get("subOrganizationOf", org["id"]) in ids
        assert set(org.get("membership", [])) <= ids
    for c in doc["consultation"]:
        assert c["paper"] in ids
        assert set(c["organization"]) <= ids
    assert len(ids) == len(_objects(doc)), "ids are unique"


def test_the_hand_made_dossier_validates_too() -> None:
    doc = to_oparl(make_dossier(), base_url=BASE, stamp=STAMP)
    assert [e for obj in _objects(doc) for e in oparl_errors(obj)] == []


def test_the_validator_is_not_toothless() -> None:
    doc = to_oparl(make_dossier(), base_url=BASE, stamp=STAMP)
    meeting = dict(doc["meeting"][0], start="2024-02-06 14:00")  # no T, no offset
    assert oparl_errors(meeting)
    item = {k: v for k, v in doc["agendaItem"][0].items() if k != "order"}
    assert oparl_errors(item)
    org = dict(doc["organization"][0], id="organization/kb")  # not an absolute URL
    assert oparl_errors(org)


def test_body_and_legislative_term() -> None:
    doc = to_oparl(make_dossier(), base_url=BASE, stamp=STAMP)
    body = doc["body"]
    assert body["id"] == BASE + "body/999"
    assert body["name"] == "Testrup Kommune"
    assert body["mainOrganization"] == BASE + "organization/kb"
    (term,) = body["legislativeTerm"]
    assert (term["startDate"], term["endDate"]) == ("2022-01-01", "2025-12-31")
    assert doc["legislativeTerm"] == [term]
    assert body["created"] == body["modified"] == "2025-01-06T09:00:00+00:00"


def test_organizations() -> None:
    doc = to_oparl(make_dossier(), base_url=BASE, stamp=STAMP)
    orgs = {o["id"].removeprefix(BASE): o for o in doc["organization"]}
    assert list(orgs) == [
        "organization/kb",
        "organization/s174",
        "organization/su",
        "organization/sub",
        "organization/party/A",
        "organization/party/V",
        "organization/stakeholder/dh",
    ]
    committee = orgs["organization/s174"]
    assert committee["organizationType"] == "Gremium"
    assert committee["classification"] == "særligt udvalg efter § 17, stk. 4"
    assert (committee["startDate"], committee["endDate"]) == ("2024-01-01", "2025-06-30")
    assert orgs["organization/sub"]["subOrganizationOf"] == BASE + "organization/s174"
    assert orgs["organization/party/V"]["organizationType"] == "Partei"
    # what OParl has no field for travels in the vendor-prefixed extension
    assert committee["kommissorium:mandate"]["composition"][0]["id"] == "fra-su"
    assert committee["kommissorium:meetingSeries"][0]["rule"] == "FREQ=MONTHLY;BYDAY=1MO"


def test_memberships_roles_voting_right_and_on_behalf_of() -> None:
    doc = to_oparl(make_dossier(), base_url=BASE, stamp=STAMP)
    by_url = {m["id"].removeprefix(BASE): m for m in doc["membership"]}
    chair = by_url["membership/anne/s174/chair"]
    assert (chair["role"], chair["votingRight"]) == ("formand", True)
    assert chair["onBehalfOf"] == BASE + "organization/su"
    bo = by_url["membership/bo/s174/member"]
    assert bo["onBehalfOf"] == BASE + "organization/party/V"
    assert (bo["startDate"], bo["endDate"]) == ("2024-03-01", "2025-06-30")
    secretary = by_url["membership/cai/s174/secretary"]
    assert (secretary["role"], secretary["votingRight"]) == ("sekretær", False)
    assert by_url["membership/dea/s174/member"]["onBehalfOf"] == (
        BASE + "organization/stakeholder/dh"
    )
    # a councillor's party is a membership in the party
    assert by_url["membership/anne/party/A"]["organization"] == BASE + "organization/party/A"


def test_people_embed_their_memberships_without_the_back_reference() -> None:
    doc = to_oparl(make_dossier(), base_url=BASE, stamp=STAMP)
    anne = next(p for p in doc["person"] if p["name"] == "Anne Hansen")
    assert "familyName" not in anne
    assert "givenName" not in anne
    assert len(anne["membership"]) == 4  # s174 chair, su, kb, party A
    assert all("person" not in m for m in anne["membership"])
    bo = next(p for p in doc["person"] if p["name"] == "Bo Jensen")
    assert bo["email"] == ["bo@example.invalid"]


def test_meetings_agenda_items_papers_and_consultations() -> None:
    doc = to_oparl(make_dossier(), base_url=BASE, stamp=STAMP)
    m1, m2 = doc["meeting"]
    assert m1["meetingState"] == "durchgeführt"
    assert "cancelled" not in m1
    assert m2["cancelled"] is True
    assert m1["location"]["description"] == "Rådhuset, mødelokale 2"
    assert len(doc["meeting"]) == 2, "series are not expanded into meetings"
    (item,) = m1["agendaItem"]
    assert item["result"] == "Godkendt; Ikke godkendt"
    assert item["resolutionText"] == "Ad. 1 Godkendt.\nAd. 2 Ikke godkendt."
    assert (item["order"], item["number"]) == (0, "3")
    (paper,) = doc["paper"]
    assert (paper["reference"], paper["date"]) == ("24/100", "2024-02-06")
    first, last = paper["consultation"]
    assert first["agendaItem"] == item["id"]
    assert first["meeting"] == m1["id"]
    assert item["consultation"] == first["id"]
    assert (first["authoritative"], first["role"]) == (False, "forberedende behandling")
    assert (last["authoritative"], last["role"]) == (True, "beslutning")
    assert last["organization"] == [BASE + "organization/kb"]
    assert [r["id"] for r in paper["kommissorium:recommendations"]] == ["R1"]
    assert [r["id"] for r in doc["body"]["kommissorium:recommendations"]] == ["R2"]


def test_output_is_deterministic_and_depends_only_on_the_parameters() -> None:
    a = dumps_oparl(make_dossier(), base_url=BASE, stamp=STAMP)
    b = dumps_oparl(make_dossier(), base_url=BASE, stamp=STAMP)
    assert a == b
    other = dumps_oparl(make_dossier(), base_url="https://ris.invalid/x", stamp=STAMP)
    assert "https://ris.invalid/x/organization/s174" in other
    assert BASE not in other


def test_ids_with_reserved_characters_are_escaped() -> None:
    from kommissorium.model import Committee, Dossier

    d = Dossier(committee=Committee(id="udvalg/2 ø", name="U"))
    doc = to_oparl(d, base_url=BASE, stamp=STAMP)
    assert doc["organization"][0]["id"] == BASE + "organization/udvalg%2F2%20%C3%B8"
    assert oparl_errors(doc["organization"][0]) == []


@pytest.mark.parametrize(
    ("base", "stamp"),
    [("example.invalid/oparl", STAMP), ("ftp://x/", STAMP), (BASE, datetime(2025, 1, 6))],
)
def test_bad_parameters_are_refused(base: str, stamp: datetime) -> None:
    with pytest.raises(ExportError):
        to_oparl(make_dossier(), base_url=base, stamp=stamp)
