from __future__ import annotations

from datetime import date

import attrs
import networkx as nx
import pytest

import kommissorium as k
from kommissorium.errors import IntegrityError
from kommissorium.network import (
    NetworkError,
    derived_ties,
    phase_coverage,
    phase_coverage_findings,
    phase_participants,
    stakeholder_graph,
)

FILE = """
[council]
id = "kb"
name = "Byrådet"
election_period = "2022-2025"
municipality = { name = "Skanderborg", code = "746" }

[committee]
id = "u"
name = "Udvalget"
kind = "special-17-4"

[mandate.reporting]
to = ["kb"]

[[mandate.involve]]
phase = "f2"
stakeholders = ["foreninger", "handicapraad"]
sectors = ["civil-society", "private"]

[[mandate.involve]]
stakeholders = ["erhverv"]

[[bodies]]
id = "so"
name = "Socialudvalget"
kind = "standing"

[[bodies]]
id = "handicapraad"
name = "Handicaprådet"
kind = "statutory-council"

[[people]]
id = "cllr"
name = "C"
kind = "councillor"

[[people]]
id = "emp"
name = "E"
kind = "employee"

[[people]]
id = "rep"
name = "R"
kind = "representative"
organisation = "dif"

[[people]]
id = "rep2"
name = "R2"
kind = "representative"

[[people]]
id = "cit"
name = "B"
kind = "citizen"

[[memberships]]
person = "cllr"
committee = "u"
role = "chair"
on_behalf_of = { kind = "committee", ref = "so" }

[[memberships]]
person = "emp"
committee = "u"
role = "secretary"
basis = "staff"

[[memberships]]
person = "rep2"
committee = "u"
basis = "phase-invited"
phases = ["f2"]
on_behalf_of = { kind = "organisation", ref = "erhverv" }

[[plan.phases]]
id = "f1"
title = "Første fase"
period = "første halvår 2024"
participants = ["cit"]

[[plan.phases]]
id = "f2"
title = "Anden fase"
period = "andet halvår 2024"
participants = ["rep"]

[[stakeholders]]
id = "foreninger"
name = "Foreninger"
sector = "civil-society"

[[stakeholders]]
id = "dif"
name = "Idrætsforening"
sector = "civil-society"
parent = "foreninger"

[[stakeholders]]
id = "erhverv"
name = "Erhvervsforum"
sector = "private"

[[stakeholders]]
id = "boligforening"
name = "Boligforeningen"
sector = "housing"

[[sectors]]
id = "housing"
label_da = "Boligorganisationer"
colour = "#123456"

[[ties]]
source = "dif"
target = "boligforening"
type = "collaboration"
period = "2024-10-01"

[[ties]]
source = "u"
target = "handicapraad"
type = "consultation"
phases = ["f1"]
directed = true
"""


@pytest.fixture
def dossier():
    return k.loads(FILE)


def test_node_sectors_derived_and_documented(dossier):
    G = stakeholder_graph(dossier)
    sector = nx.get_node_attributes(G, "sector")
    assert sector["cllr"] == "political"  # councillor
    assert sector["emp"] == "administration"  # employee
    assert sector["rep"] == "civil-society"  # representative of dif (civil society)
    assert sector["rep2"] == "private"  # on behalf of erhverv (private)
    assert sector["cit"] == "citizens"
    assert sector["handicapraad"] == "user-councils"  # statutory council
    assert sector["so"] == sector["kb"] == sector["u"] == "political"
    assert sector["boligforening"] == "housing"  # declared extra sector
    assert G.nodes["rep"]["type"] == "person"
    assert G.nodes["u"]["type"] == "body"
    assert G.nodes["dif"]["type"] == "stakeholder"


def test_ties_derived_from_the_model(dossier):
    G = stakeholder_graph(dossier)
    assert G.edges["cllr", "u"]["types"] == "membership"
    assert G.edges["cllr", "so"]["types"] == "representation"  # on behalf of a committee
    assert G.edges["rep", "dif"]["types"] == "representation"  # Person.organisation
    assert G.edges["rep", "u"]["types"] == "participation"  # phase participant
    assert G.edges["u", "kb"]["types"] == "reporting"
    assert G.edges["dif", "foreninger"]["types"] == "membership"  # stakeholder parent
    assert G.edges["rep2", "u"]["phases"] == "f2"
    origins = {t.origin for t in derived_ties(dossier)}
    assert "memberships[0].on_behalf_of" in origins
    assert "ties[1]" in origins


def test_insertion_order_is_sorted_and_deterministic(dossier):
    G = stakeholder_graph(dossier)
    assert list(G.nodes) == sorted(G.nodes)
    assert list(G.edges) == sorted(G.edges)
    H = stakeholder_graph(k.loads(FILE))
    assert list(G.edges(data=True)) == list(H.edges(data=True))


def test_directed_graph(dossier):
    D = stakeholder_graph(dossier, directed=True)
    assert D.has_edge("cllr", "u")
    assert not D.has_edge("u", "cllr")
    # the undirected explicit tie becomes two arcs
    assert D.has_edge("dif", "boligforening")
    assert D.has_edge("boligforening", "dif")
    assert D.has_edge("u", "handicapraad")
    assert not D.has_edge("handicapraad", "u")


def test_phase_and_date_snapshots(dossier):
    f1 = stakeholder_graph(dossier, phase="f1")
    f2 = stakeholder_graph(dossier, phase="f2")
    assert "cit" in f1
    assert "cit" not in f2
    assert "rep2" in f2
    assert "rep2" not in f1
    assert f1.has_edge("u", "handicapraad")
    assert not f2.has_edge("u", "handicapraad")
    # the dated tie (1 October 2024) belongs to the second half-year only
    assert f2.has_edge("dif", "boligforening")
    assert not f1.has_edge("dif", "boligforening")
    march = stakeholder_graph(dossier, at=date(2024, 3, 1))
    assert "cit" in march
    assert "boligforening" not in march
    assert not march.has_edge("rep", "u")  # rep takes part in f2 only
    october = stakeholder_graph(dossier, at=date(2024, 10, 1))
    assert october.has_edge("dif", "boligforening")
    assert f1.graph == {"committee": "u", "phase": "f1", "at": ""}
    # the full graph keeps isolated actors, snapshots keep the committee
    assert "erhverv" in stakeholder_graph(dossier)
    with pytest.raises(NetworkError, match="not the id of a phase"):
        stakeholder_graph(dossier, phase="nope")


def test_repeated_relations_counted_once():
    d = k.load("examples/hedensted-social-2024.toml")
    # reporting.to, mandate.serves, committee.serves and two deliverables all name kb
    G = stakeholder_graph(d)
    assert G.edges["gentaenkning-social", "kb"]["count"] == 1


def test_coverage_and_findings(dossier):
    coverage = {c.phase: c for c in phase_coverage(dossier)}
    assert set(coverage) == {"f1", "f2", None}
    f2 = coverage["f2"]
    # rep takes part (phase participant) and represents dif, which sits under foreninger
    assert {"rep", "dif", "rep2", "erhverv"} <= set(f2.participants)
    assert f2.missing_stakeholders == ("handicapraad",)  # consulted in f1 only
    assert f2.missing_sectors == ()  # private through rep2 (on behalf of erhverv)
    assert coverage[None].missing_stakeholders == ()  # erhverv takes part in f2
    gaps = phase_coverage_findings(dossier)
    assert [(g.phase, g.kind, g.ref, g.path) for g in gaps] == [
        ("f2", "stakeholder", "handicapraad", "mandate.involve[0].stakeholders[1]")
    ]
    assert "Handicaprådet" in gaps[0].message("da")
    assert "handicapraad" in phase_participants(dossier, "f1")


def test_coverage_reports_missing_sectors(dossier):
    without = attrs.evolve(dossier, memberships=dossier.memberships[:2])
    gaps = phase_coverage_findings(without)
    refs = [(g.kind, g.ref) for g in gaps]
    assert ("sector", "private") in refs
    assert ("stakeholder", "erhverv") in refs  # the whole-work requirement
    whole = next(g for g in gaps if g.ref == "erhverv")
    assert whole.phase is None
    assert whole.path == "mandate.involve[1].stakeholders[0]"
    assert "the work" in whole.message("en")


def test_declared_sectors_round_trip_and_integrity(dossier):
    assert k.loads(k.dumps(dossier)) == dossier
    assert "sectors" in k.json_schema()["properties"]
    bad = FILE.replace('colour = "#123456"', 'colour = "blue"')
    with pytest.raises(k.KommissoriumError, match=r"sectors\[0\]\.colour"):
        k.loads(bad)
    twice = FILE + '\n[[sectors]]\nid = "housing"\n'
    with pytest.raises(k.KommissoriumError, match=r"sectors\[1\]\.id"):
        k.loads(twice)
    assert issubclass(IntegrityError, k.KommissoriumError)


# -- hearings and case routes -------------------------------------------------------------------

SEED_002 = "examples/norddjurs-strategi-2023.toml"
HEARD = ("handicapraadet", "omu", "lmu", "beboer-paaroerende")


def _without_participants(d: k.Dossier) -> k.Dossier:
    phases = tuple(attrs.evolve(p, participants=()) for p in d.plan.phases)
    return attrs.evolve(d, plan=attrs.evolve(d.plan, phases=phases))


def test_seed_002_hearing_bodies_are_tied_without_phase_participation() -> None:
    d = _without_participants(k.load(SEED_002))
    G = stakeholder_graph(d)
    for body in HEARD:
        assert G.edges["vpu", body]["types"] == "consultation", body
    assert G.edges["vpu", "ou"]["types"] == "reporting"
    assert G.edges["ou", "kb"]["types"] == "reporting"
    D = stakeholder_graph(d, directed=True)
    assert D.has_edge("vpu", "ou")
    assert not D.has_edge("ou", "vpu")
    assert D.has_edge("vpu", "handicapraadet")
    assert not D.has_edge("handicapraadet", "vpu")


def test_seed_002_hearing_ties_respect_snapshots() -> None:
    d = _without_participants(k.load(SEED_002))
    during = stakeholder_graph(d, at=date(2023, 10, 15))
    after = stakeholder_graph(d, at=date(2024, 2, 1))
    for body in HEARD:
        assert during.has_edge("vpu", body)
        assert not after.has_edge("vpu", body)
    in_phase = stakeholder_graph(d, phase="inddragelse-og-politisk-behandling")
    before = stakeholder_graph(d, phase="internt-arbejde")
    assert all(in_phase.has_edge("vpu", b) for b in HEARD)
    assert not any(before.has_edge("vpu", b) for b in HEARD)
    assert in_phase.has_edge("vpu", "ou")
    assert not before.has_edge("vpu", "ou")


def test_seed_002_derived_origins() -> None:
    ties = derived_ties(k.load(SEED_002))
    origins = {t.origin: (t.source, t.target, t.type) for t in ties}
    assert origins["hearings[0].bodies[2]"] == ("vpu", "lmu", "consultation")
    assert origins["cases[1].route[1]"] == ("vpu", "ou", "reporting")
    assert origins["cases[1].route[2]"] == ("ou", "kb", "reporting")
    assert "cases[0].route[0]" not in origins  # a one-step route has no tie


HEARING_FILE = """
[committee]
id = "u"
name = "Udvalget"
[[bodies]]
id = "a"
name = "A"
[[bodies]]
id = "b"
name = "B"
[[bodies]]
id = "c"
name = "C"
[[hearings]]
id = "h"
title = "Høring"
bodies = ["a"]
{when}
[[hearings.answers]]
body = "b"
date = 2024-05-02
[[cases]]
id = "s"
title = "Sag"
[[cases.route]]
body = "a"
{step}
[[cases.route]]
body = "c"
"""


def test_hearing_deadline_dates_the_tie_to_that_day() -> None:
    d = k.loads(HEARING_FILE.format(when="deadline = 2024-05-01", step=""))
    assert stakeholder_graph(d, at=date(2024, 5, 1)).has_edge("u", "a")
    assert not stakeholder_graph(d, at=date(2024, 5, 2)).has_edge("u", "a")
    # An answer from a body not asked is a tie on the answer's day.
    assert stakeholder_graph(d, at=date(2024, 5, 2)).has_edge("u", "b")
    assert not stakeholder_graph(d, at=date(2024, 5, 1)).has_edge("u", "b")
    # Route steps without dates: an undated tie, kept on any day.
    assert stakeholder_graph(d, at=date(1999, 1, 1)).has_edge("a", "c")


def test_undated_hearing_and_dated_route() -> None:
    d = k.loads(HEARING_FILE.format(when="", step="date = 2024-06-03"))
    assert stakeholder_graph(d, at=date(1999, 1, 1)).has_edge("u", "a")
    assert stakeholder_graph(d, at=date(2024, 6, 3)).has_edge("a", "c")
    assert not stakeholder_graph(d, at=date(2024, 6, 4)).has_edge("a", "c")


@pytest.mark.parametrize("weight", ["-3", "0", "nan", "inf", "-inf"])
def test_tie_weight_must_be_positive_at_load(weight):
    text = (
        '[committee]\nid = "u"\nname = "U"\n[[stakeholders]]\nid = "a"\nname = "A"\n'
        f'[[ties]]\nsource = "u"\ntarget = "a"\nweight = {weight}\n'
    )
    with pytest.raises(k.KommissoriumError, match=r"ties\[0\]\.weight.*positive number"):
        k.loads(text)


def test_small_positive_tie_weight_loads_and_round_trips():
    text = (
        '[committee]\nid = "u"\nname = "U"\n[[stakeholders]]\nid = "a"\nname = "A"\n'
        '[[ties]]\nsource = "u"\ntarget = "a"\nweight = 0.001\n'
    )
    d = k.loads(text)
    assert d.ties[0].weight == 0.001
    assert k.loads(k.dumps(d), format="json") == d
