"""Export -> roster import gives the checker the same council: every example, both ways.

1. Importing a file's own OParl export into it adds nothing (no membership twice).
2. Importing the export into a copy without memberships (and without the people only the
   memberships name) brings back the same people and memberships, and ``check`` gives the same
   findings as on the original.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import attrs
import pytest

import kommissorium as k
from kommissorium.cli import main
from kommissorium.errors import KommissoriumError, LoadError
from kommissorium.interop import dumps_oparl, loads_roster, stamp_day, with_roster
from kommissorium.model import Dossier, Membership, Period, Role, SeatBasis
from kommissorium.rules import check, default_check_date

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "examples").glob("*.toml"))
STAMP = datetime(2025, 1, 6, 9, tzinfo=UTC)
BASE = "https://ris.invalid/oparl/"


def _without_roster(d: Dossier) -> Dossier:
    """``d`` without memberships, and without every person nothing else refers to."""
    people = list(d.people)
    for person in d.people:
        trial = [p for p in people if p != person]
        try:
            attrs.evolve(d, people=tuple(trial), memberships=())
        except KommissoriumError:
            continue  # named elsewhere (a chair, a vote, a case step): kept
        people = trial
    return attrs.evolve(d, people=tuple(people), memberships=())


def _findings(d: Dossier, on: date) -> list[tuple[str, str, str, str]]:
    return sorted(
        (f.code, f.path, f.severity.value, f.message_en) for f in check(d, on=on).findings
    )


def _day(d: Dossier) -> date:
    on = default_check_date(d) or stamp_day(d)
    assert on is not None
    return on


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_reimporting_the_export_adds_nothing(example: Path) -> None:
    d = k.load(example)
    roster = loads_roster(dumps_oparl(d, base_url=BASE, stamp=STAMP))
    merged = with_roster(d, roster)
    assert merged.memberships == d.memberships
    assert merged.people == d.people
    assert _findings(merged, _day(d)) == _findings(d, _day(d))


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_import_into_a_bare_copy_gives_the_same_findings(example: Path) -> None:
    d = k.load(example)
    bare = _without_roster(d)
    back = with_roster(bare, loads_roster(dumps_oparl(d, base_url=BASE, stamp=STAMP)))
    assert back.memberships == d.memberships
    assert sorted(back.people, key=lambda p: p.id) == sorted(d.people, key=lambda p: p.id)
    assert _findings(back, _day(d)) == _findings(d, _day(d))


def test_the_round_trip_is_not_empty() -> None:
    """The examples above do exercise the extension fields (seats, bases, notes, removed people)."""
    d = k.load(ROOT / "examples" / "hedensted-social-omsorg-2016.toml")
    assert len(d.memberships) == 18
    assert len(_without_roster(d).people) < len(d.people)
    assert {m.seat for m in d.memberships} - {None}
    assert {m.basis for m in d.memberships} - {SeatBasis.ELECTED}
    assert any(m.note for m in d.memberships)


def test_cli_round_trip_keeps_findings(tmp_path: Path) -> None:
    example = ROOT / "examples" / "hedensted-social-omsorg-2016.toml"
    d = k.load(example)
    listing, bare, merged = tmp_path / "o.json", tmp_path / "bare.json", tmp_path / "m.json"
    assert main(["export", str(example), "--format", "oparl", "-o", str(listing)]) == 0
    k.dump(_without_roster(d), bare)
    assert main(["import-roster", str(listing), "--into", str(bare), "-o", str(merged)]) == 0
    back = k.load(merged)
    assert len(back.memberships) == 18
    assert _findings(back, _day(d)) == _findings(d, _day(d))
    assert main(["import-roster", str(listing), "--into", str(example), "-o", str(merged)]) == 0
    assert k.load(merged).memberships == d.memberships


def test_matching_uses_person_body_role_and_period() -> None:
    d = k.load(ROOT / "examples" / "hedensted-social-omsorg-2016.toml")
    own = d.memberships[0]
    spring, autumn = Period(date(2016, 7, 1), date(2016, 9, 30)), Period(date(2016, 10, 1))
    roster = k.interop.Roster(
        memberships=(
            attrs.evolve(own, seat=None, note="other wording"),  # same person, body, role
            attrs.evolve(own, period=spring),  # the dossier's has no period: the whole term
            attrs.evolve(
                own, role=Role.VICE_CHAIR if own.role is not Role.VICE_CHAIR else Role.MEMBER
            ),
        )
    )
    merged = with_roster(d, roster)
    assert len(merged.memberships) == len(d.memberships) + 1
    timed = attrs.evolve(d, memberships=(attrs.evolve(own, period=spring), *d.memberships[1:]))
    twice = with_roster(
        timed,
        k.interop.Roster(
            memberships=(attrs.evolve(own, period=autumn), attrs.evolve(own, period=autumn))
        ),
    )
    assert len(twice.memberships) == len(d.memberships) + 1  # another period: added, once


def test_plain_oparl_listing_has_no_seats() -> None:
    """Without the kommissorium: fields a membership has only person, body, role and dates."""
    d = k.load(ROOT / "examples" / "hedensted-social-omsorg-2016.toml")
    bundle = json.loads(dumps_oparl(d, base_url=BASE, stamp=STAMP))

    def plain(value: object) -> object:
        if isinstance(value, dict):
            return {a: plain(b) for a, b in value.items() if not a.startswith("kommissorium:")}
        if isinstance(value, list):
            return [plain(v) for v in value]
        return value

    roster = loads_roster(json.dumps(plain(bundle)))
    assert roster.memberships
    assert all(m.seat is None and m.note is None and m.phases == () for m in roster.memberships)
    assert all(m.basis is SeatBasis.ELECTED for m in roster.memberships)


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("basis", "elected-by-lot", "one of elected"),
        ("phases", "phase-1", "a list of strings"),
        ("onBehalfOf", {"kind": "guild", "ref": "x"}, "one of "),
        ("onBehalfOf", {"kind": "party", "ref": 7}, "an id"),
        ("onBehalfOf", "A", "an object with kind and ref"),
    ],
)
def test_bad_extension_fields_name_the_place(field: str, value: object, expected: str) -> None:
    listing = {
        "organization": [
            {
                "id": "https://r.invalid/org/u",
                "type": "https://schema.oparl.org/1.1/Organization",
                "name": "Udvalget",
            }
        ],
        "person": [
            {
                "id": "https://r.invalid/person/p",
                "type": "https://schema.oparl.org/1.1/Person",
                "name": "Per",
            }
        ],
        "membership": [
            {
                "id": "https://r.invalid/m/1",
                "type": "https://schema.oparl.org/1.1/Membership",
                "person": "https://r.invalid/person/p",
                "organization": "https://r.invalid/org/u",
                f"kommissorium:{field}": value,
            }
        ],
    }
    with pytest.raises(LoadError) as caught:
        loads_roster(json.dumps(listing), source="l.json")
    text = str(caught.value)
    assert "l.json" in text
    assert f"membership[0].kommissorium:{field}" in text
    assert expected in text


def test_membership_model_fields_are_all_carried() -> None:
    """A guard: a new Membership field must be exported and imported (or this test updated)."""
    assert [f.name for f in attrs.fields(Membership)] == [
        "person",
        "committee",
        "role",
        "basis",
        "on_behalf_of",
        "seat",
        "period",
        "phases",
        "note",
    ]
