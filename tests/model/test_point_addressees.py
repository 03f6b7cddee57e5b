"""Addressees of single sub-points of a recommendation (seed 003's 5.4)."""

from __future__ import annotations

import json
from datetime import date

import pytest

import kommissorium as k
from kommissorium.errors import IntegrityError, LoadError, ModelError
from kommissorium.model import (
    Committee,
    CommitteeKind,
    Dossier,
    PointAddressees,
    Recommendation,
    status_report,
)
from kommissorium.report.recommendations import recommendations_json, recommendations_text

U = Committee(id="u", name="Udvalget", kind=CommitteeKind.STANDING)
V = Committee(id="v", name="Andet udvalg", kind=CommitteeKind.STANDING)


def _rec(*entries: PointAddressees) -> Recommendation:
    return Recommendation(
        id="r",
        text="at der arbejdes videre, herunder",
        addressees=("u", "v"),
        points=("a", "b", "c"),
        point_addressees=entries,
    )


def _dossier(rec: Recommendation) -> Dossier:
    return Dossier(committee=U, bodies=(V,), recommendations=(rec,))


def test_a_point_without_its_own_addressees_has_the_recommendations() -> None:
    rec = _rec(PointAddressees(point=2, addressees=("v",)))
    assert [rec.addressees_of_point(n) for n in (1, 2, 3)] == [("u", "v"), ("v",), ("u", "v")]


def test_point_number_outside_the_points_is_refused() -> None:
    with pytest.raises(IntegrityError) as info:
        _dossier(_rec(PointAddressees(point=4, addressees=("v",))))
    assert info.value.path == "recommendations[0] ('r').point_addressees[0].point"


@pytest.mark.parametrize("point", [0, -1, 10**40])
def test_point_number_below_one_or_huge_cannot_exist(point: int) -> None:
    with pytest.raises(ModelError) as info:
        PointAddressees(point=point, addressees=("v",))
    assert info.value.field == "point"
    assert info.value.expected == "a point number from 1 to 9999"


@pytest.mark.parametrize("point", [1, 3])
def test_point_numbers_at_the_edges_are_accepted(point: int) -> None:
    d = _dossier(_rec(PointAddressees(point=point, addressees=("v",))))
    assert d.recommendations[0].addressees_of_point(point) == ("v",)


def test_a_point_given_twice_is_refused() -> None:
    entry = PointAddressees(point=1, addressees=("v",))
    with pytest.raises(IntegrityError) as info:
        _dossier(_rec(entry, entry))
    assert info.value.path == "recommendations[0] ('r').point_addressees[1].point"


def test_unknown_body_in_point_addressees_is_named() -> None:
    with pytest.raises(IntegrityError) as info:
        _dossier(_rec(PointAddressees(point=1, addressees=("nobody",))))
    assert info.value.path == "recommendations[0] ('r').point_addressees[0].addressees[0]"


def test_file_error_names_the_file_and_path() -> None:
    text = """
[committee]
id = "u"
name = "Udvalget"
kind = "standing"

[[recommendations]]
id = "r"
text = "t"
points = ["a"]
point_addressees = [{ point = 2, addressees = ["u"] }]
"""
    with pytest.raises(LoadError) as info:
        k.loads(text, source="udvalg.toml")
    message = str(info.value)
    assert "udvalg.toml" in message
    assert "point_addressees[0].point" in message


def test_seed_003_point_addressees_and_report() -> None:
    d = k.load("examples/skanderborg-alle-med-2021.toml")
    rec = next(r for r in d.recommendations if r.id == "5.4")
    assert rec.addressees_of_point(1) == ("ksb",)
    assert rec.addressees_of_point(2) == ("ksb",)
    assert rec.addressees_of_point(3) == ("ksb", "ubu")
    assert k.loads(k.dumps(d)) == d
    report = status_report(d, on=date(2021, 4, 30))
    row = next(r for r in report.rows if r.id == "5.4")
    assert row.point_addressees == (("ksb",), ("ksb",), ("ksb", "ubu"))
    data = json.loads(recommendations_json(d, on=date(2021, 4, 30)))
    entry = next(r for r in data["recommendations"] if r["id"] == "5.4")
    assert entry["point_addressees"] == [["ksb"], ["ksb"], ["ksb", "ubu"]]
    text = recommendations_text(d, on=date(2021, 4, 30))
    assert "(til: Kultur-, Sundheds- og Beskæftigelsesudvalget)" in text
