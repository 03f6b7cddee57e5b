"""Reading kommissorium texts: every field from real wording, nothing invented, TODOs."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

import pytest

from kommissorium.model import ChairRuleKind, Function, PayKind, PersonKind, Role, SeatRuleKind
from kommissorium.read.kommissorium import TextTooLargeError, read_kommissorium
from kommissorium.read.kommissorium.reader import MAX_TEXT_CHARS
from kommissorium.read.names import name_key
from kommissorium.read.source import Certainty

ROOT = Path(__file__).resolve().parents[3]
DATA = ROOT / "tests" / "data"
#: The seeds that are kommissorier (002 and 004 are minutes).
KOMMISSORIUM_SEEDS = (
    "000_e8deef672db40fe7.txt",
    "001_0b70cf62755bb1ca.txt",
    "003_19ee46c6d1fdba58.txt",
)
DOCUMENTS = sorted(
    p
    for folder in (DATA / "kommissorier", DATA / "kommissorier-heldout")
    for p in folder.iterdir()
    if p.is_dir()
) + [ROOT / "examples" / "seeds" / name for name in KOMMISSORIUM_SEEDS]


def _read(path: Path):  # type: ignore[no-untyped-def]
    if path.is_dir():
        meta = tomllib.loads((path / "labels.toml").read_text(encoding="utf-8"))
        text = (path / "document.txt").read_text(encoding="utf-8")
        return read_kommissorium(text, name=path.name, excerpt=not meta["document"]["complete"])
    return read_kommissorium(path.read_text(encoding="utf-8"), name=path.name)


# -- field by field, on real wording ------------------------------------------------------------


def test_establishing_decision_with_day() -> None:
    draft = read_kommissorium(
        "Byrådet besluttede den 29. juni 2016, at der skal ske en bred forankring af analysen. "
        "Beslutningen betyder, at der nedsættes et udvalg jfr. Styrelseslovens § 17, stk. 4."
    )
    assert draft.established_by is not None
    assert (draft.established_by.value.body, draft.established_by.value.date) == (
        "Byrådet",
        date(2016, 6, 29),
    )
    assert draft.legal_basis is not None
    assert draft.legal_basis.value == "§ 17, stk. 4"


def test_a_day_without_year_is_not_completed() -> None:
    draft = read_kommissorium(
        "Kommunalbestyrelsen besluttede den 19. marts at nedsætte et Ældreudvalg."
    )
    assert draft.established_by is not None
    assert draft.established_by.value.date is None
    assert any(t.field == "mandate.established_by.date" for t in draft.todo)


def test_an_adjusted_kommissorium_is_not_the_setting_up() -> None:
    draft = read_kommissorium(
        "Byrådet godkendte på sit møde den 22. februar 2022 et justeret kommissorium for "
        "udvalget.\n\nUdvalget fastsætter selv sin mødeplan.\n"
    )
    assert draft.established_by is None


def test_functions_and_served_bodies() -> None:
    draft = read_kommissorium(
        "For de strategiske områder samt planområderne vil udvalget have rådgivende funktioner "
        "til Økonomi- og planudvalget og for udmøntning af indsatser og konkrete tiltag vil "
        "udvalget have rådgivende funktioner til Erhvervs-, natur og teknikudvalget.\n\n"
        "Udvalget fastsætter selv sin mødeplan.\n"
    )
    assert [f.value for f in draft.functions] == [Function.ADVISORY]
    assert [s.value for s in draft.serves] == [
        "Økonomi- og planudvalget",
        "Erhvervs-, natur og teknikudvalget",
    ]


@pytest.mark.parametrize(
    ("text", "kind", "target"),
    [
        ("Formanden for Udvalget for Social Omsorg er formand for udvalget.",
         ChairRuleKind.CHAIR_OF, "Udvalget for Social Omsorg"),
        ("Birgit Jakobsen (KD) er formand for udvalget.", ChairRuleKind.NAMED, "Birgit Jakobsen"),
        ("Det klimaudvalg er nu nedsat med Kresten Bjerre (R) som formand.",
         ChairRuleKind.NAMED, "Kresten Bjerre"),
        ("Byrådet udpeger formanden for udvalget.", ChairRuleKind.APPOINTED_BY_COUNCIL, None),
        ("Direktøren for Ankestyrelsen er formand for udvalget.", ChairRuleKind.POSITION,
         "direktøren for ankestyrelsen"),
    ],
)  # fmt: skip
def test_chair_rules(text: str, kind: ChairRuleKind, target: str | None) -> None:
    draft = read_kommissorium(text)
    assert draft.chair is not None
    rule = draft.chair.value
    assert rule.kind is kind
    got = rule.person.name if rule.person else rule.committee or rule.position
    assert got == target


def test_composition_list_of_seed_001() -> None:
    draft = read_kommissorium(
        "Udvalget sammensættes af:\n\n- medlemmer fra Udvalget for Social Omsorg\n"
        "- én repræsentant fra de partier i Byrådet, der ikke måtte være repræsenteret i "
        "Udvalget for Social Omsorg.\n- chefen for Social Omsorg\n- borgmester\n"
    )
    seats = [s.value for s in draft.composition]
    assert [s.kind for s in seats] == [
        SeatRuleKind.MEMBERS_OF,
        SeatRuleKind.PARTIES_NOT_REPRESENTED,
        SeatRuleKind.POSITION,
        SeatRuleKind.POSITION,
    ]
    assert seats[1].committees == ("Udvalget for Social Omsorg",)
    assert seats[1].count == 1


@pytest.mark.parametrize(
    ("text", "seats"),
    [
        ("Udvalget består af syv borgere  - og syv byrådsmedlemmer.",
         [("other", "citizens", 7), ("councillors", None, 7)]),
        ("Opgaveudvalget består af 11 medlemmer, heraf tre repræsentanter fra Byrådet samt "
         "medlemmer af skolebestyrelsen, lokale borgere og fagpersoner med relevante kompetencer.",
         [("councillors", None, 3), ("other", "other", None), ("other", "citizens", None),
          ("other", "experts", None)]),
        ("Opgaveudvalget består af 11 medlemmer, heraf tre Byrådsmedlemmer samt medlemmer med en "
         "række kompetencer, herunder borgere, der har kendskab til livet i Mørkhøj som unge.",
         [("councillors", None, 3), ("other", "citizens", None)]),
        ("De første 5 pladser i udvalget er allerede besat af medlemmerne fra Social- og "
         "Seniorudvalget.", [("members-of", None, 5)]),
        ("Herudover vælges der eksterne interessenter og borgere.",
         [("other", "organisations", None), ("other", "citizens", None)]),
        ("Ifølge vedtægternes § 2, stk. 1 skal disse 3 medlemmer vælges blandt Kultur- og "
         "Fritidsudvalgets medlemmer.", [("one-from-each", None, 3)]),
        ("Landdistriktsudvalget består af 9 medlemmer. 4 medlemmer der ikke er valgt til Byrådet, "
         "som tilknyttes udvalget.", [("other", "citizens", 4)]),
    ],
)  # fmt: skip
def test_composition_sentences(text: str, seats: list[tuple[str, str | None, int | None]]) -> None:
    draft = read_kommissorium(text)
    assert [(s.value.kind.value, s.value.group, s.value.count) for s in draft.composition] == seats


def test_one_from_each_of_a_listed_set() -> None:
    draft = read_kommissorium(
        "Konkret foreslås, at der, foruden formanden for udvalget, udpeges en politiker fra "
        "hvert af de fire udvalg:\n\n- Social Omsorg\n- Læring\n- Beskæftigelse\n- Fællesskab\n"
    )
    (seat,) = [s.value for s in draft.composition]
    assert seat.kind is SeatRuleKind.ONE_FROM_EACH
    assert seat.count == 1
    assert seat.committees == ("Social Omsorg", "Læring", "Beskæftigelse", "Fællesskab")
    assert draft.people == ()  # committee names in that list are not people


def test_position_with_named_holder() -> None:
    draft = read_kommissorium(
        "Udvalget bemannes desuden med direktør for Social Omsorg, Ann Hermansen samt en sekretær."
    )
    position, secretary = (s.value for s in draft.composition)
    assert position.position == "direktør for Social Omsorg"
    assert position.holder is not None
    assert position.holder.name == "Ann Hermansen"
    assert secretary.role is Role.SECRETARY
    assert secretary.count == 1
    (person,) = draft.people
    assert person.value.kind is PersonKind.EMPLOYEE


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Tidsramme for § 17, stk. 4-udvalgets funktionsperiode er til udgangen af 2018.",
         None, date(2018, 12, 31)),
        ("Det forestående udvalg skal således arbejde i valgperiodens to sidste år, 2024-25.",
         date(2024, 1, 1), date(2025, 12, 31)),
        ("Opgaveudvalgets funktionsperiode løber fra 1. februar 2020 til opgaveudvalget har "
         "udført sine opgaver, dog senest udgangen af 2021.", date(2020, 2, 1), date(2021, 12, 31)),
        ("Opgaveudvalgets arbejde er påbegyndt i november 2018 og afsluttes april 2020.",
         date(2018, 11, 1), date(2020, 4, 30)),
        ("Arbejdet i selve opgaveudvalget begynder i august 2018.", date(2018, 8, 1), None),
    ],
)  # fmt: skip
def test_terms(text: str, start: date | None, end: date | None) -> None:
    draft = read_kommissorium(text)
    assert draft.term is not None
    assert (draft.term.value.start, draft.term.value.end) == (start, end)


def test_term_bound_to_the_election_period() -> None:
    draft = read_kommissorium(
        "Udvalgets funktionsperiode følger ifølge vedtægternes § 5 den kommunale valgperiode."
    )
    assert draft.term is not None
    assert draft.term.value.condition


def test_meetings_powers_reporting() -> None:
    draft = read_kommissorium(
        "Udvalget fastsætter selv sin mødeplan. Musikudvalget holder som udgangspunkt fire møder "
        "om året. Udvalget har ikke beslutningskompetence, men indstiller anbefalinger til "
        "Kommunalbestyrelsens beslutning."
    )
    assert draft.meetings is not None
    assert (draft.meetings.value.per_year, draft.meetings.value.plan_set_by) == (4, "committee")
    assert draft.powers is not None
    assert draft.powers.value is False
    assert draft.reporting is not None
    assert draft.reporting.value.to == ("Kommunalbestyrelsen",)


def test_phase_plan_with_relative_periods() -> None:
    draft = read_kommissorium(
        "En foreløbig skitse kunne se sådan ud:\n\n"
        "- Første kvartal 2024 arbejdes der med konstituering af udvalget\n"
        "- Resten af 2024 arbejdes der med temaet *Forpligtende fællesskaber*\n"
        "- Tredje kvartal arbejdes der med temaet *Implementering*\n"
    )
    phases = [p.value for p in draft.phases]
    assert [p.title for p in phases] == [
        "Konstituering af udvalget",
        "Forpligtende fællesskaber",
        "Implementering",
    ]
    periods = [p.period for p in phases]
    assert all(p is not None for p in periods)
    assert [(p.start, p.end) for p in periods if p is not None] == [
        (date(2024, 1, 1), date(2024, 3, 31)),
        (date(2024, 4, 1), date(2024, 12, 31)),
        # a quarter without a year takes the previous phase's year, as the file loader reads it
        (date(2024, 7, 1), date(2024, 9, 30)),
    ]


def test_aims_with_perspective_and_sub_points() -> None:
    draft = read_kommissorium(
        "Pejlemærkerne for økonomiperspektivet er:\n\n- Effekter følges ved målinger.\n"
        "- Effektbaserede økonomimodeller, det vil sige:\n - Større ledelsesrum.\n"
    )
    (aim,) = [a.value for a in draft.aims]
    assert aim.perspective == "Økonomiperspektivet"
    assert [p.text for p in aim.points] == [
        "Effekter følges ved målinger.",
        "Effektbaserede økonomimodeller, det vil sige:",
    ]
    assert [p.text for p in aim.points[1].points] == ["Større ledelsesrum."]


def test_numbered_tasks_skip_a_numbered_list_inside() -> None:
    draft = read_kommissorium(
        "I kommissoriet er fastlagt nedenstående tre opgaver.\n\n1. Afklaring af politikker.\n\n"
        "2. Sikre dialog.\n\nTil mødet drøftede man:\n\n1. Hvad er vigtigst?\n2. Hvem?\n\n"
        "3. Beskrive omfanget.\n"
    )
    assert [(t.value.number, t.value.text) for t in draft.tasks] == [
        (1, "Afklaring af politikker."),
        (2, "Sikre dialog."),
        (3, "Beskrive omfanget."),
    ]


def test_deliverable_with_due_period() -> None:
    draft = read_kommissorium(
        "Gennem en drøftelse i Byrådet skal der ske en fastlæggelse af de økonomiske "
        "rammevilkår senest ved udgangen af 2016."
    )
    (deliverable,) = [d.value for d in draft.deliverables]
    assert deliverable.title == "fastlæggelse af de økonomiske rammevilkår"
    assert deliverable.due_text == "senest ved udgangen af 2016"


def test_pay() -> None:
    draft = read_kommissorium(
        "Byrådet havde endvidere besluttet, at der kunne ydes diæter og erstatning for "
        "dokumenteret tabt arbejdsfortjeneste til de udpegede medlemmer."
    )
    (pay,) = [p.value for p in draft.pay]
    assert pay.kinds == (PayKind.DAILY_ALLOWANCE, PayKind.LOST_EARNINGS)


def test_member_lines() -> None:
    draft = read_kommissorium(
        "Udvalget består af følgende medlemmer:\n\nAnnette Wiencken (V), formand\n"
        "Jan H. Klit (C)\nAllan Ludvigsen, Centerchef for Arbejdsmarked\n"
        "Niels Heinel, Miljølisten, næstformand\n"
    )
    people = [p.value for p in draft.people]
    assert [(p.name.name, p.party_label, p.role) for p in people] == [
        ("Annette Wiencken", "V", Role.CHAIR),
        ("Jan H. Klit", "C", Role.MEMBER),
        ("Allan Ludvigsen", None, Role.MEMBER),
        ("Niels Heinel", "Miljølisten", Role.VICE_CHAIR),
    ]
    assert people[2].kind is PersonKind.EMPLOYEE
    assert people[2].title == "Centerchef for Arbejdsmarked"
    assert draft.chair is not None
    assert draft.chair.value.person is not None
    assert draft.chair.value.person.name == "Annette Wiencken"


def test_names_without_a_member_list_are_not_people() -> None:
    draft = read_kommissorium("Social Omsorg\n\nLæring\n\nUdvalget fastsætter selv sin mødeplan.")
    assert draft.people == ()


# -- what is not read --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Dagens ret: fiskefrikadeller med remoulade.",
        "Et opgaveudvalg består typisk af ti borgere og fem lokalpolitikere. Typisk mødes man "
        "5-7 gange i 2-3 timer.",
        "§17,4-udvalg\n\nEt §17, stk. 4-udvalg er et midlertidigt politisk udvalg, som byrådet kan "
        "nedsætte til at varetage særlige opgaver eller rådgive.",
    ],
)
def test_nothing_recognised(text: str) -> None:
    draft = read_kommissorium(text)
    assert not draft.recognised
    assert draft.fields() == []
    assert draft.todo == ()


def test_too_long_text_is_refused() -> None:
    with pytest.raises(TextTooLargeError):
        read_kommissorium("x" * (MAX_TEXT_CHARS + 1))


def test_an_excerpt_says_so() -> None:
    draft = read_kommissorium("Udvalget fastsætter selv sin mødeplan.\nMa", excerpt=True)
    assert [w.code for w in draft.warnings] == ["excerpt"]


def test_composed_name_is_flagged_uncertain() -> None:
    draft = read_kommissorium(
        "Baggrund og kommissorium for udredningsarbejde omkring Social Omsorg\n\n"
        "Sammensætning af § 17, stk. 4-udvalget\n\nUdvalget fastsætter selv sin mødeplan.\n"
    )
    assert draft.name is not None
    assert draft.name_composed
    assert draft.name.value == "§ 17, stk. 4-udvalget for udredningsarbejde omkring Social Omsorg"
    assert draft.name.source.certainty is Certainty.UNCERTAIN
    assert draft.todo[0].field == "committee.name"


# -- over every real document ------------------------------------------------------------------


@pytest.mark.parametrize("path", DOCUMENTS, ids=[p.name for p in DOCUMENTS])
def test_nothing_is_invented(path: Path) -> None:
    draft = _read(path)
    flat = " ".join(draft.document.text.split())
    keyed = name_key(flat)
    for fact in draft.people:
        assert name_key(fact.value.name.name) in keyed, fact.value.name
        if fact.value.name.party:
            assert f"({fact.value.name.party}" in flat.replace("( ", "(")
        assert name_key(fact.value.name.name) in name_key(draft.quote(fact))
    for fact in draft.composition:
        for committee in fact.value.committees:
            assert name_key(committee[:-1]) in keyed, committee
    for field in ("established_by", "term"):
        fact = getattr(draft, field)
        if fact is not None:
            value = fact.value
            for day in (getattr(value, "date", None), getattr(value, "start", None)):
                if day is not None:
                    assert str(day.year) in draft.quote(fact) or str(day.year)[2:] in draft.quote(
                        fact
                    ), (field, day)


@pytest.mark.parametrize("path", DOCUMENTS, ids=[p.name for p in DOCUMENTS])
def test_every_fact_points_at_text(path: Path) -> None:
    draft = _read(path)
    for field in draft.fields():
        value = getattr(draft, field)
        for fact in value if isinstance(value, tuple) else (value,):
            assert fact.source.document == draft.document.name
            assert 0 <= fact.source.start < fact.source.end <= len(draft.document.text)
            assert fact.source.pattern, field


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Borgmesteren er formand for udvalget.", ChairRuleKind.POSITION),
        ("Udvalget vælger selv sin formand.", ChairRuleKind.ELECTED_BY_COMMITTEE),
    ],
)
def test_chair_variants_without_a_real_example(text: str, kind: ChairRuleKind) -> None:
    # read by chair.holder and chair.chosen-by; no published text with these words was found
    draft = read_kommissorium(text)
    assert draft.chair is not None
    assert draft.chair.value.kind is kind
