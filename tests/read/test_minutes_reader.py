"""The minutes reader on real documents and on input that is wrong on purpose."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kommissorium.errors import KommissoriumError
from kommissorium.read import (
    NotMinutesError,
    ReadError,
    read_firstagenda_agenda,
    read_firstagenda_committees,
    read_minutes_file,
    read_minutes_html,
    read_minutes_text,
)
from kommissorium.read.data import minutes_data, minutes_json
from kommissorium.read.markup import MAX_HTML_CHARS, HtmlTooLargeError, html_to_text

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "data" / "minutes"
AGENDA = CORPUS / "hvidovre-oeu-2026-05-18" / "document.json"
COMMITTEE = CORPUS / "hvidovre-buu-udvalg" / "document.json"


def _documents() -> list[Path]:
    return sorted(
        p
        for name in ("minutes", "minutes-heldout", "minutes-heldout2")
        for folder in (CORPUS.parent / name,)
        for p in folder.glob("*/document.*")
    )


@pytest.mark.parametrize("path", _documents(), ids=lambda p: p.parent.name)
def test_every_fact_points_at_its_words(path: Path) -> None:
    """No corpus document crashes the reader; every source quotes text of the document."""
    try:
        minutes = read_minutes_file(path)
    except KommissoriumError:
        return  # refused with a message: the not-minutes examples, and PDF transcripts
    data = minutes_data(minutes)
    text = minutes.document.text

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if "source" in node and isinstance(node["source"], dict):
                source = node["source"]
                assert text[source["start"] : source["end"]] == source["quote"]
                assert source["quote"].strip()
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(data)


def test_the_same_input_gives_the_same_bytes_in_any_process() -> None:
    paths = [str(p) for p in _documents()[:8]]
    code = (
        "import sys; from kommissorium.read import read_minutes_file; "
        "from kommissorium.read.data import minutes_json; "
        "from kommissorium.errors import KommissoriumError\n"
        "docs = []\n"
        "for p in sys.argv[1:]:\n"
        "    try: docs.append(read_minutes_file(p))\n"
        "    except KommissoriumError: pass\n"
        "sys.stdout.write(minutes_json(docs))"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", code, *paths],
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONHASHSEED": seed, "PATH": "/usr/bin:/bin"},
        ).stdout
        for seed in ("0", "1", "4242")
    }
    assert len(outputs) == 1
    assert json.loads(outputs.pop())["documents"]


def test_a_page_that_is_not_minutes_is_refused_with_its_name() -> None:
    with pytest.raises(NotMinutesError, match=r"^odense\.txt: expected minutes or an agenda"):
        read_minutes_text(
            (CORPUS / "odense-saadan-laeser-du" / "document.txt").read_text(), name="odense.txt"
        )


def test_an_unknown_template_gives_a_partial_result_with_warnings() -> None:
    minutes = read_minutes_text(
        "Beslutning\nUdvalget besluttede at nedsætte en arbejdsgruppe med tre medlemmer.\n",
        name="x.txt",
    )
    (item,) = minutes.items
    assert item.outcome is None
    assert [u.value for u in item.unread] == [
        "Udvalget besluttede at nedsætte en arbejdsgruppe med tre medlemmer."
    ]
    assert [w.code for w in minutes.warnings] == ["unread-statement"]


def test_a_substitute_after_an_absence_replaces_that_member() -> None:
    # Wording of Allerød (2018) and Lyngby-Taarbæk (2017), where the PDF transcript lost the
    # full stop between two records.
    minutes = read_minutes_text(
        "1. Fraværende\nBeslutning\nDer er afbud fra Lone Hansen. Niels Kirkegaard er indkaldt som "
        "suppleant.\nHenrik Brade Johansen (B) var fraværende. I stedet deltog Kasper Langberg (B) "
        "Jakob Engel-Schmidt (V) var fraværende. I stedet deltog Jørn Moos (V)\n",
        name="x.txt",
    )
    (item,) = minutes.items
    assert [
        (s.value.person.name, s.value.replaces and s.value.replaces.name) for s in item.substitutes
    ] == [
        ("Niels Kirkegaard", "Lone Hansen"),
        ("Kasper Langberg", "Henrik Brade Johansen"),
        ("Jørn Moos", "Jakob Engel-Schmidt"),
    ]
    assert [a.value.person.name for a in item.absentees] == [
        "Lone Hansen",
        "Henrik Brade Johansen",
        "Jakob Engel-Schmidt",
    ]
    for fact in (*item.substitutes, *item.absentees):
        assert fact.value.person.name in minutes.document.text[fact.source.start : fact.source.end]


def test_a_participant_list_with_status_gives_absences() -> None:
    # The layout of Ballerup's minutes (2019): every member with "- Deltog" or "- Afbud", and a
    # note under a member who missed some items.
    minutes = read_minutes_text(
        "Kommunalbestyrelsen\n26.08.2019 kl. 18:00\nDeltagere\n"
        "  • Jesper Würtzen (A) (borgmester) - Deltog\n"
        "  • Birgitte Dahl (O) - Deltog\n  • Deltog ikke under punkterne 20-21\n"
        "  • Michael Jensen (O) - Afbud\n"
        "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n",
        name="x.txt",
    )
    assert [p.value.name for p in minutes.meeting.present] == ["Jesper Würtzen", "Birgitte Dahl"]
    absent = {
        (a.value.person.name, a.value.reason.value, a.value.items)
        for a in minutes.meeting.absentees
    }
    assert absent == {
        ("Birgitte Dahl", "unknown", ("20", "21")),
        ("Michael Jensen", "leave", ()),
    }


def test_scripts_styles_and_comments_in_html_are_not_read() -> None:
    page = (
        "<html><head><title>Referat</title><style>.x{}</style>"
        "<script>document.write('Godkendt.')</script></head><body>"
        "<h2>1. Godkendelse af dagsorden</h2><p>Sagsnr. 20/1</p>"
        "<h3>Beslutning</h3><p>Udsat.</p><!-- Godkendt. --><noscript>Godkendt.</noscript>"
        "</body></html>"
    )
    minutes = read_minutes_html(page, name="p.html")
    assert "document.write" not in minutes.document.text
    assert "Godkendt" not in minutes.document.text
    assert minutes.items[0].outcome is not None
    assert minutes.items[0].outcome.value.value == "postponed"


def test_broken_html_is_read_as_far_as_it_goes() -> None:
    text = html_to_text("<div><p>Beslutning<p>Godkendt.</div></span></table><b>end")
    assert text.text.splitlines() == ["Beslutning", "Godkendt.", "end"]


def test_huge_pages_are_refused() -> None:
    with pytest.raises(HtmlTooLargeError):
        html_to_text("x" * (MAX_HTML_CHARS + 1))


def test_broken_json_names_the_place() -> None:
    with pytest.raises(ReadError, match=r"^a\.json: line 1, column 26: expected valid JSON"):
        read_firstagenda_agenda('{"Dagsordenpunkter": [1, }', name="a.json")


def test_a_committee_list_is_not_an_agenda() -> None:
    with pytest.raises(ReadError, match=r"expected a FirstAgenda agenda .* got a committee"):
        read_firstagenda_agenda(COMMITTEE.read_bytes(), name="udvalg.json")


def test_a_binary_file_is_refused(tmp_path: Path) -> None:
    file = tmp_path / "referat.txt"
    file.write_bytes(b"%PDF-1.7\x00\x01\x02")
    with pytest.raises(ReadError, match=r"referat\.txt: byte 8: expected text \(UTF-8\)"):
        read_minutes_file(file)


def test_a_folder_or_fifo_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="expected a regular file"):
        read_minutes_file(tmp_path)


def test_firstagenda_agenda_from_hvidovre() -> None:
    minutes = read_firstagenda_agenda(AGENDA.read_bytes(), name="hvidovre.json")
    numbers = [i.number.value for i in minutes.items if i.number]
    assert numbers == ["1", "2", "3"]
    third = minutes.items[2]
    assert third.case_number is not None
    assert third.case_number.value == "26/1172"
    assert third.public is not None
    assert third.public.value is True
    assert third.proposal is not None
    assert third.proposal.value.proposer == "Kommunaldirektøren"
    assert len(third.proposal.value.clauses) == 5
    assert len(third.attachments) == 9
    # the kept excerpt has no meeting data, so the dated ØU decision cannot be told from an
    # earlier treatment: it is read as the decision
    assert third.decision_body is not None
    assert third.decision_body.value == "Økonomiudvalget"
    assert third.outcome is not None
    assert third.outcome.value.value == "postponed"


def test_a_committee_object_becomes_a_register_with_meetings() -> None:
    register = read_firstagenda_committees(COMMITTEE.read_bytes(), name="buu.json")
    (committee,) = register.committees
    assert committee.name == "Børne- og Uddannelsesudvalget"
    assert len(committee.meetings) == 58
    dossier = register.dossier(committee)
    # agenda, supplementary agenda and minutes of one meeting are one meeting
    starts = [m.start for m in dossier.meetings]
    assert len(starts) == len(set(starts))
    assert len(dossier.meetings) == len({p.start for p in committee.meetings if p.start})
    assert all(m.end > m.start for m in dossier.meetings)
    held = [m for m in dossier.meetings if m.status.value == "held"]
    assert held
    assert dossier.meetings[0].start.isoformat() == "2022-01-10T08:00:00+01:00"


def test_a_committee_list_groups_committees_by_period() -> None:
    committee = json.loads(COMMITTEE.read_text(encoding="utf-8"))
    # the list's own wrapper around a real committee object (api/agenda/udvalgsliste)
    data = json.dumps({"Udvalg": {"Udvalg 2022-2025": [committee]}})
    register = read_firstagenda_committees(data, name="liste.json")
    assert register.periods == ("Udvalg 2022-2025",)
    assert register.committee("børne- og uddannelsesudvalget").period == "Udvalg 2022-2025"
    with pytest.raises(KeyError, match="the register has: Børne- og Uddannelsesudvalget"):
        register.committee("Økonomiudvalget")


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_any_text_is_read_or_refused_with_a_message(text: str) -> None:
    try:
        minutes = read_minutes_text(text, name="fuzz.txt")
    except NotMinutesError:
        return
    minutes_json([minutes])


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Beslutning", "Indstilling", "Fraværende:", "Godkendt.", "Ad 1. Udsat.",
                "For stemte: A og V (5).", "Jens Hansen (O) tog forbehold.", "1. Punkt",
                "Sagsnr. 20/1", "Beslutning i Byrådet den 01-02-2024", "Bilag:", "- at x",
                "Anne Hansen (A) har følgende bemærkninger til punktet:", "", "•", "(",
            ]
        ),
        max_size=30,
    )
)  # fmt: skip
def test_any_arrangement_of_minutes_lines_is_read_or_refused(lines: list[str]) -> None:
    try:
        minutes = read_minutes_text("\n".join(lines), name="fuzz.txt")
    except NotMinutesError:
        return
    minutes_json([minutes])
