"""The examples for seeds 002, 003 and 004: expected content, states, reports and minutes.

The expected minutes are written out by hand from the seed documents (their "Beslutning i …"
sections, "Fraværende:" and "Bilag:" lists), in the printout's layout: one line per
attachment with the record number on the line below, as in the seeds.
"""

from __future__ import annotations

import runpy
from datetime import date
from pathlib import Path

import pytest

import kommissorium as k
from kommissorium.report import minutes_text, recommendations_csv, recommendations_text

EXAMPLES = Path(__file__).resolve().parent.parent.parent / "examples"

MINUTES_002 = """\
Arbejdet med en fælles, langsigtet strategi på Socialområdet
23/2079 Åben Sag

Sagsgang
VPU

Indstilling
Socialchefen indstiller, at:
1. orientering om status på arbejdet med den fælles, langsigtede strategi på Socialområdet \
tages til efterretning
2. strategien sendes i administrativ høring i Handicaprådet, OMU, LMU og Beboer- og \
Pårørenderådene på Socialområdet inden behandling i Voksen- og Plejeudvalget, Økonomiudvalget \
og Kommunalbestyrelsen i efteråret.

Beslutning i Voksen- og plejeudvalget den 26-10-2023
Ad. 1 Godkendt.
Ad. 2 Godkendt.

Fraværende:
Jens Kannegaard Lundager (O)

Bilag:
1 - Åben  Pejlemærker og nøgleord for den fælles, langsigtede strategi på Socialområdet \
(99754/23) (H)
    3524434
2 - Åben  Forslag til fælles langsigtet strategi på Socialområdet september 2023(1).pdf \
(104260/23) (H)
    3529965
3 - Åben  Oversigt: Anbefalinger til handle- og omstillingsmuligheder på Socialområdet \
(102002/23) (H)
    3527014
"""

REMARK_1 = (
    "Karoline Bergkvist Søgaard tager status på omlægningen af bostøtteområdet til efterretning, "
    "men udtrykker på vegne af Socialdemokratiet bekymring for de nye støtteformer. Vi ønsker, at "
    "omlægningen evalueres grundigt ved en brugerundersøgelse blandt borgerne og en faglig "
    "vurdering fra udførerområdets MED-udvalg."
)
REMARK_2 = (
    "Karoline Bergkvist Søgaard tager orienteringen om arbejdet med en ny styringsmodel på "
    "Socialområdet til efterretning. Socialdemokratiet anerkender, at der er behov for et nyt "
    "styringsredskab, men vi er skeptiske over for udgangspunktet i en BUM-baseret model. Vores "
    "skepsis bygger på erfaringer, hvor BUM-modellen har ført til øget bureaukrati, fjernet fokus "
    "fra borgernær service og svækket sammenhængen i indsatsen for borgere med støttebehov."
)

MINUTES_004 = f"""\
Status på udviklingsproces på Socialområdet pr. april 2025
22/6043 Åben Sag

Sagsgang
VPU

Indstilling
Velfærdsdirektøren indstiller, at status på udviklingsprocessen på Socialområdet tages til \
efterretning.

Beslutning i Voksen- og plejeudvalget den 28-04-2025
Godkendt.

Karoline Bergkvist Søgaard (A) har følgende bemærkninger til punktet:

{REMARK_1}

{REMARK_2}

Fraværende:
Tom Bytoft (A)

Bilag:
1 - Åben  Status på udviklingsproces på Socialområdet pr. april 2025 (38956/25) (H)
    3763436
"""


def _load(name: str) -> k.Dossier:
    return k.load(EXAMPLES / name)


@pytest.mark.parametrize(
    "name",
    [
        "norddjurs-strategi-2023.toml",
        "norddjurs-status-2025-decision.toml",
        "skanderborg-alle-med-2021.toml",
    ],
)
def test_examples_round_trip(name: str) -> None:
    dossier = _load(name)
    again = k.loads(k.dumps(dossier))
    assert again == dossier
    assert k.dumps(again) == k.dumps(dossier)


def test_minutes_seed_002() -> None:
    assert minutes_text(_load("norddjurs-strategi-2023.toml")) == MINUTES_002


def test_minutes_seed_004() -> None:
    assert minutes_text(_load("norddjurs-status-2025-decision.toml")) == MINUTES_004


def test_seed_002_process_and_state() -> None:
    d = _load("norddjurs-strategi-2023.toml")
    assert [(p.period.start, p.period.end) for p in d.plan.phases] == [
        (date(2023, 3, 1), date(2023, 9, 30)),
        (date(2023, 10, 1), date(2023, 11, 30)),
        (date(2023, 9, 1), date(2024, 3, 31)),
    ]
    dates = {m.id: m.date for m in d.plan.milestones}
    assert dates["temadag"] == date(2023, 5, 26)
    assert dates["omu-godkendelse"] == date(2023, 9, 12)
    assert dates["dialogmoede"] == date(2023, 10, 30)
    assert dates["kb-afrapportering-2022"] == date(2022, 11, 15)
    strategy = d.recommendation("strategi")
    assert strategy.state == "in-hearing"
    assert k.replay(strategy.history, d.workflow()) == "in-hearing"
    hearing = d.hearings[0]
    assert [d.body_name(b) for b in hearing.bodies] == [
        "Handicaprådet",
        "OMU på Socialområdet",
        "LMU på Socialområdet",
        "Beboer- og Pårørenderådene på Socialområdet",
    ]
    assert hearing.deadline is None  # the item gives none
    assert [s.body for s in d.cases[1].route] == ["vpu", "ou", "kb"]
    # "sidst på efteråret" 2023 is November; on 1 December the three treatments are overdue
    report = k.status_report(d, on=date(2023, 12, 1))
    rows = {r.id: r for r in report.rows}
    assert [o.source for o in rows["strategi"].overdue] == [
        "cases[1].route[0]",
        "cases[1].route[1]",
        "cases[1].route[2]",
    ]
    before = {r.id: r for r in k.status_report(d, on=date(2023, 11, 30)).rows}
    assert before["strategi"].overdue == ()
    record = d.decisions[0]
    assert [(o.point, o.outcome) for o in record.outcomes] == [
        (1, k.Outcome.APPROVED),
        (2, k.Outcome.APPROVED),
    ]
    assert record.absentees[0].reason is k.AbsenceReason.UNKNOWN


def test_seed_002_komponent_recommendations_and_status_windows() -> None:
    d = _load("norddjurs-strategi-2023.toml")
    k1 = d.recommendation("komponent-strategi-pr-fagchefomraade")
    assert k1.proposed_by == "komponent"
    assert k1.addressees == ("socialomraadet", "boerne-familieomraadet")
    assert len(k1.points) == 2
    wf = d.workflow()
    # approved by the council on 15 November 2022, implementation from March 2023
    assert k.state_on(k1, wf, date(2022, 11, 14)) == "draft"
    assert k.state_on(k1, wf, date(2022, 11, 15)) == "approved"
    assert k.state_on(k1, wf, date(2023, 3, 1)) == "in-implementation"
    k2 = d.recommendation("komponent-strategien-boer-bidrage-til")
    assert (k2.state, len(k2.points)) == ("proposed", 4)
    ten = d.recommendation("ti-anbefalinger-voksenomraadet")
    assert (ten.state, ten.addressees, ten.history[0].body) == ("approved", ("vpu",), "vpu")
    text = recommendations_text(d, on=date(2023, 10, 26))
    assert "foreslået af: Komponent" in text
    # twice a year over 2024-2028: ten half-year windows, the first due by 30 June 2024
    items = [i for i in k.status_report_dates(d) if i.id.startswith("status:strategi-status")]
    assert len(items) == 10
    assert (items[0].period.start, items[0].period.end) == (date(2024, 1, 1), date(2024, 6, 30))
    assert items[-1].period.end == date(2028, 12, 31)


def test_seed_003_route_hearings_and_dialogue_meeting() -> None:
    d = _load("skanderborg-alle-med-2021.toml")
    case = next(c for c in d.cases if c.id == "anbefalinger")
    assert [(s.body, s.role) for s in case.route] == [
        ("socialudvalget", k.ConsultationRole.PRELIMINARY),
        ("byraadet", k.ConsultationRole.DECISION),
    ]
    assert case.recommendations == tuple(r.id for r in d.recommendations)
    hearings = {h.id: h for h in d.hearings}
    assert hearings["politikkontrol-2020"].period == k.Period(
        date(2020, 1, 1), date(2020, 12, 31), "2020"
    )
    udsatte = hearings["politik-for-udsatte"]
    assert udsatte.bodies == ("socialudvalget", "ksb", "ubu")
    assert udsatte.missing_answers() == ()
    meeting = hearings["virtuelt-dialogmoede"]
    assert meeting.bodies == ("ungdomsraadet", "handicapraadet", "integrationsraadet")
    assert meeting.note is not None
    assert "3. Hvem vil det være relevant" in meeting.note
    assert "KUI" in meeting.note
    # nothing here is dated, so no calendar item is made from it
    assert k.hearing_deadlines(d) == (
        k.DatedItem(
            id="hearing:politikkontrol-2020",
            title="Høring: " + hearings["politikkontrol-2020"].title,
            period=k.Period(date(2020, 1, 1), date(2020, 12, 31), "2020"),
            kind="hearing-period",
            bodies=("socialudvalget", "ksb", "ubu"),
            source="hearings[0]",
        ),
    )
    assert d.recommendation("2.5").target_groups == (
        "borgere, der har komplekse og ofte mangfoldige problemstillinger med behov for "
        "professionelle og specialiserede indsatser",
    )
    five_four = d.recommendation("5.4")
    assert [five_four.addressees_of_point(n) for n in (1, 2, 3)] == [
        ("ksb",),
        ("ksb",),
        ("ksb", "ubu"),
    ]


def test_seed_003_recommendations() -> None:
    d = _load("skanderborg-alle-med-2021.toml")
    assert d.committee.kind is k.CommitteeKind.WORKING_GROUP
    assert d.mandate.established_by is not None
    assert d.mandate.established_by.date == date(2019, 10, 2)
    assert d.mandate.term == k.Period(
        date(2020, 1, 1), date(2021, 4, 30), "januar 2020 - april 2021"
    )
    assert [t.number for t in d.mandate.tasks] == [1, 2, 3, 4, 5]
    # the seed names no members
    assert d.people == ()
    assert d.memberships == ()
    rule = d.mandate.composition[0]
    assert (rule.kind, rule.count, rule.expected_seats) == (k.SeatRuleKind.ONE_FROM_EACH, 2, 6)
    per_task = {n: [r.id for r in d.recommendations if r.task == n] for n in range(1, 6)}
    # counted by hand from the seed's "Anbefaling fra arbejdsgruppen" lists: 3, 8, 7, 2, 7
    assert {n: len(ids) for n, ids in per_task.items()} == {1: 3, 2: 8, 3: 7, 4: 2, 5: 7}
    negative = {r.id: r.text for r in d.recommendations if r.polarity is k.Polarity.DO_NOT}
    assert negative == {
        "2.6": "at der ikke laves en politik for udsatte.",
        "2.7": "at der ikke laves et råd for udsatte.",
    }
    assert {r.state for r in d.recommendations} == {"proposed"}
    assert d.decisions == ()  # nothing decided in the seed
    groups = {g for r in d.recommendations for g in r.target_groups}
    assert groups == {
        "borgere, der har komplekse og ofte mangfoldige problemstillinger med behov for "
        "professionelle og specialiserede indsatser",
        "16-29-årige",
        "ældste ældre +85 år",
        "mennesker med psykisk sårbarhed",
        "mennesker med anden etnisk baggrund end dansk",
        "mennesker udenfor arbejdsmarkedet",
    }
    to_admin = [r.id for r in d.recommendations if "administrationen" in r.addressees]
    assert to_admin == ["2.8", "3.7", "5.7"]
    assert len(d.recommendation("2.1").points) == 3


def test_seed_003_csv_is_deterministic() -> None:
    d = _load("skanderborg-alle-med-2021.toml")
    text = recommendations_csv(d, on=date(2021, 4, 30))
    assert text == recommendations_csv(
        _load("skanderborg-alle-med-2021.toml"), on=date(2021, 4, 30)
    )
    lines = text.split("\n")
    assert lines[0] == (
        "id,task,state,state_da,state_en,polarity,addressees,progress,last_move,overdue,text,"
        "proposed_by,target_groups,points"
    )
    assert len(lines) == 1 + 27 + 1
    assert lines[-1] == ""
    assert "\r" not in text
    # header, 1.1–1.3 on lines 1–3, 2.1–2.8 on lines 4–11: 2.7 is line 10
    assert lines[10].startswith("2.7,2,proposed,indstillet,proposed,do-not,Byrådet,,,,")


def test_seed_004_schedule_and_state() -> None:
    d = _load("norddjurs-status-2025-decision.toml")
    rec = d.recommendation("udviklingsproces")
    assert rec.state == "in-implementation"
    items = k.status_report_dates(d)
    # twice a year in 2023 and 2024 (four half-years), and in 2025 the known status of
    # 28 April 2025 (which stands for the first half, listed once) and the second half
    # the second half of 2024 is the status "i september" (the month is all the item gives)
    assert [(i.period.start, i.period.end) for i in items[:4]] == [
        (date(2023, 1, 1), date(2023, 6, 30)),
        (date(2023, 7, 1), date(2023, 12, 31)),
        (date(2024, 1, 1), date(2024, 6, 30)),
        (date(2024, 9, 1), date(2024, 9, 30)),
    ]
    assert items[3].source == "status_schedules[0].approximate_dates[0]"
    assert items[3].title.endswith("(september 2024)")
    assert [(i.period.start, i.period.end) for i in items[4:]] == [
        (date(2025, 4, 28), date(2025, 4, 28)),
        (date(2025, 7, 1), date(2025, 12, 31)),
    ]
    remark = d.decisions[0].remarks[0]
    assert remark.paragraphs == (REMARK_1, REMARK_2)
    assert [d.person(a.person).name for a in d.decisions[0].absentees] == ["Tom Bytoft"]


@pytest.mark.parametrize(
    "script",
    [
        "norddjurs-strategi-2023.py",
        "norddjurs-status-2025-decision.py",
        "skanderborg-alle-med-2021.py",
    ],
)
def test_example_scripts_run(script: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        runpy.run_path(str(EXAMPLES / script), run_name="__main__")
    assert info.value.code == 0
    assert capsys.readouterr().out
