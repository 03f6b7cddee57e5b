"""Minutes of decision records: item numbers, and votes printed under their own point."""

from __future__ import annotations

from datetime import date

from kommissorium.model import (
    AgendaItem,
    Committee,
    CommitteeKind,
    DecisionRecord,
    Dossier,
    Outcome,
    Person,
    PointOutcome,
    Vote,
    VoteCount,
    VoteOption,
)
from kommissorium.report.minutes import decision_text

VPU = Committee(id="vpu", name="Voksen- og Plejeudvalget", kind=CommitteeKind.STANDING)


def _record(number: str | None) -> DecisionRecord:
    return DecisionRecord(
        id="d",
        body="vpu",
        date=date(2023, 11, 27),
        item=AgendaItem(title="Strategi for Socialområdet", number=number),
        outcomes=(
            PointOutcome(
                point=1,
                outcome=Outcome.APPROVED,
                counts=(
                    VoteCount(option=VoteOption.FOR, count=5, parties=("A", "V")),
                    VoteCount(option=VoteOption.AGAINST, count=2),
                ),
                votes=(Vote(person="p1", option=VoteOption.AGAINST),),
            ),
            PointOutcome(point=2, outcome=Outcome.NOTED),
        ),
    )


def _dossier(record: DecisionRecord) -> Dossier:
    return Dossier(
        committee=VPU, people=(Person(id="p1", name="Anna Hansen"),), decisions=(record,)
    )


def test_votes_follow_their_own_point() -> None:
    record = _record("7")
    lines = decision_text(_dossier(record), record).splitlines()
    start = lines.index("Ad. 1 Godkendt.")
    assert lines[start : start + 5] == [
        "Ad. 1 Godkendt.",
        "  for: 5 (A, V)",
        "  imod: 2",
        "  Anna Hansen: imod",
        "Ad. 2 Taget til efterretning.",
    ]


def test_votes_on_a_later_point_come_after_the_earlier_point() -> None:
    record = _record(None)
    first, _second = record.outcomes
    record = DecisionRecord(
        id="d",
        body="vpu",
        date=record.date,
        item=record.item,
        outcomes=(
            PointOutcome(point=1, outcome=Outcome.APPROVED),
            PointOutcome(point=2, outcome=Outcome.REJECTED, counts=first.counts),
        ),
    )
    lines = decision_text(_dossier(record), record).splitlines()
    assert lines.index("Ad. 1 Godkendt.") < lines.index("Ad. 2 Ikke godkendt.")
    assert lines.index("Ad. 2 Ikke godkendt.") + 1 == lines.index("  for: 5 (A, V)")


def test_item_number_is_printed_before_the_title() -> None:
    numbered = _record("7")
    assert decision_text(_dossier(numbered), numbered).splitlines()[0] == (
        "7. Strategi for Socialområdet"
    )
    plain = _record(None)
    assert decision_text(_dossier(plain), plain).splitlines()[0] == "Strategi for Socialområdet"


def test_english_minutes_keep_votes_under_their_point() -> None:
    record = _record("7")
    lines = decision_text(_dossier(record), record, lang="en").splitlines()
    assert lines[0] == "7. Strategi for Socialområdet"
    assert lines[lines.index("Re 1 Approved.") + 1] == "  for: 5 (A, V)"


def test_route_shows_what_a_body_recommends_apart_from_the_decision() -> None:
    from kommissorium.model import Case, Council, Municipality, RouteStep
    from kommissorium.time import election_period

    ou = Committee(
        id="ou", name="Økonomiudvalget", short_name="ØU", kind=CommitteeKind.FINANCE_COMMITTEE
    )
    record = DecisionRecord(
        id="kb-d",
        body="kb",
        date=date(2023, 12, 12),
        case="c",
        item=AgendaItem(title="Strategi", number="12"),
        outcomes=(PointOutcome(outcome=Outcome.REJECTED),),
    )
    d = Dossier(
        committee=VPU,
        council=Council(
            id="kb",
            name="Kommunalbestyrelsen",
            municipality=Municipality(name="Norddjurs", code="707"),
            election_period=election_period(date(2023, 1, 1)),
        ),
        bodies=(ou,),
        cases=(
            Case(
                id="c",
                title="Strategi",
                route=(
                    RouteStep(body="vpu", recommends=Outcome.APPROVED),
                    RouteStep(body="ou", recommends=Outcome.APPROVED),
                    RouteStep(body="kb", decision="kb-d"),
                ),
            ),
        ),
        decisions=(record,),
    )
    lines = decision_text(d, record).splitlines()
    route = lines[lines.index("Sagsgang") + 1]
    assert route == (
        "Voksen- og Plejeudvalget (anbefaler: godkendt) → ØU (anbefaler: godkendt) "
        "→ Kommunalbestyrelsen"
    )
    # the recommendation is not the decision: the council rejected
    assert "Ikke godkendt." in lines
    english = decision_text(d, record, lang="en").splitlines()
    assert "ØU (recommends: approved)" in english[english.index("Route") + 1]
    # a step without a recommendation shows the body alone
    plain = RouteStep(body="ou")
    assert plain.recommends is None
