"""The input limits of docs/files.md, one by one, on both sides of each limit.

The hostile corpus (tests/hostile) shows that each bad input ends in one located line; these
tests pin the rules themselves: what is still accepted next to what is refused.
"""

from __future__ import annotations

import json
import os
from datetime import UTC
from pathlib import Path

import pytest

from kommissorium.cli import main
from kommissorium.errors import LoadError, ModelError
from kommissorium.io import MAX_FILE_BYTES, dumps, load, load_workflow, loads, loads_workflow
from kommissorium.io._read import read_file
from kommissorium.model import Committee, Dossier, Task

HEAD = '[committee]\nid = "u"\nname = "Udvalget"\nkind = "special-17-4"\n'
COUNCIL = (
    '[council]\nid = "kb"\nname = "KB"\nelection_period = "2022-2025"\n{extra}'
    '[council.municipality]\nname = "Hedensted"\ncode = "766"\n'
)


def _refused(text: str, path: str, *fragments: str, fmt: str = "toml") -> str:
    with pytest.raises(LoadError) as info:
        loads(text, format=fmt, source="f")  # type: ignore[arg-type]
    assert info.value.path == path, str(info.value)
    for fragment in fragments:
        assert fragment in str(info.value), str(info.value)
    return str(info.value)


# -- reading files -------------------------------------------------------------------------------


def test_the_limit_holds_for_the_bytes_read_not_the_size_reported() -> None:
    # Files under /proc report a size of 0 and still have content.
    status = Path("/proc/self/status")
    if not status.exists() or status.stat().st_size != 0:
        pytest.skip("no /proc file that reports size 0 here")
    with pytest.raises(LoadError) as info:
        read_file(status, 16)
    assert "at most 16 bytes" in str(info.value)
    assert len(read_file(status, 1 << 20)) > 16


def test_a_file_exactly_at_the_limit_is_read(tmp_path: Path) -> None:
    file = tmp_path / "x.bin"
    file.write_bytes(b"x" * 100)
    assert read_file(file, 100) == b"x" * 100
    with pytest.raises(LoadError, match="at most 99 bytes, got 100 bytes"):
        read_file(file, 99)


def test_load_applies_max_file_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    file = tmp_path / "u.toml"
    file.write_text(HEAD, encoding="utf-8")
    assert load(file).committee.id == "u"
    monkeypatch.setattr("kommissorium.io.files.MAX_FILE_BYTES", len(HEAD.encode()) - 1)
    with pytest.raises(LoadError, match="a committee file of at most"):
        load(file)
    assert MAX_FILE_BYTES == 10 * 1024 * 1024


def test_workflow_file_from_a_pipe_is_refused(tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes")
    pipe = tmp_path / "flow.toml"
    os.mkfifo(pipe)
    with pytest.raises(LoadError, match="expected a regular file, got a named pipe"):
        load_workflow(pipe)


def test_workflow_text_refuses_duplicate_keys_and_control_characters() -> None:
    with pytest.raises(LoadError) as info:
        loads_workflow('{"id": "w", "id": "v"}', source="w.json")
    assert info.value.path == "id"
    with pytest.raises(LoadError) as info:
        loads_workflow('id = "w"\nname = "x\\u001b"\n', source="w.toml")
    assert info.value.path == "name"


@pytest.mark.parametrize(
    ("listing", "place"),
    [
        ('{"person": [{"id": "https://x/p/1", "id": "https://x/p/2"}]}', "person[0].id"),
        ('{"person": [{"id": "https://x/p/1", "name": "A\\u0007"}]}', "person[0].name"),
        ('{"person": [{"id": 1' + "0" * 5000 + "}]}", "person[0].id"),
    ],
)
def test_roster_listings_keep_the_same_rules(
    listing: str, place: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    into = tmp_path / "u.toml"
    into.write_text(HEAD, encoding="utf-8")
    file = tmp_path / "listing.json"
    file.write_text(listing, encoding="utf-8")
    assert main(["import-roster", str(file), "--into", str(into)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith(f"kommissorium: {file}: {place}: "), err
    assert err.count("\n") == 1


# -- characters ----------------------------------------------------------------------------------


def test_tab_line_feed_and_carriage_return_are_text() -> None:
    d = loads(HEAD + '[mandate]\npurpose = "a\\tb\\nc\\r\\nd"\n')
    assert d.mandate.purpose == "a\tb\nc\r\nd"
    assert loads(dumps(d)) == d


def test_json_escapes_of_ordinary_characters_load() -> None:
    # ensure_ascii JSON (\u00e6 for æ, a surrogate pair for an emoji) is not refused
    text = json.dumps({"committee": {"id": "u", "name": "Udvalg for æøå 😀"}})
    assert "\\u00e6" in text
    assert "\\ud83d\\ude00" in text
    assert loads(text).committee.name == "Udvalg for æøå 😀"


@pytest.mark.parametrize(
    ("character", "shown"),
    [("\x85", "U+0085 (NEL)"), ("\x9f", "U+009F"), ("\ud800", "a lone surrogate U+D800"),
     ("\ufffe", "U+FFFE")],
)  # fmt: skip
def test_text_given_as_a_python_string_follows_the_rule(character: str, shown: str) -> None:
    # TOML's parser lets these through raw (it refuses the C0 controls and DEL itself)
    _refused(HEAD + f'[mandate]\npurpose = "ab{character}"\n', "mandate.purpose", shown)
    text = json.dumps({"committee": {"id": "u", "name": f"ab{character}"}}, ensure_ascii=False)
    _refused(text, "committee.name", shown, fmt="json")


def test_dumps_refuses_what_load_would_refuse() -> None:
    d = Dossier(committee=Committee(id="u", name="U", description="tekst\x07"))
    with pytest.raises(ModelError) as info:
        dumps(d)
    assert info.value.field == "committee.description"
    assert "U+0007 (BEL)" in str(info.value)


# -- numbers -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("seats", "ok"), [(1, True), (9999, True), (0, False), (10000, False)])
def test_council_seats_range(seats: int, ok: bool) -> None:
    text = HEAD + COUNCIL.format(extra=f"seats = {seats}\n")
    if ok:
        council = loads(text).council
        assert council is not None
        assert council.seats == seats
    else:
        _refused(text, "council.seats", "from 1 to 9999")


def test_zero_votes_are_a_count() -> None:
    text = HEAD + (
        '[[decisions]]\nid = "d"\nbody = "u"\ndate = 2024-03-01\n[decisions.item]\ntitle = "P"\n'
        '[[decisions.outcomes]]\noutcome = "approved"\n'
        '[[decisions.outcomes.counts]]\noption = "against"\ncount = 0\n'
    )
    assert loads(text).decisions[0].outcomes[0].counts[0].count == 0


def test_ranges_hold_for_objects_made_in_python() -> None:
    assert Task(number=9999, text="x").number == 9999
    with pytest.raises(ModelError) as info:
        Task(number=-3, text="x")
    assert info.value.expected == "a task number from 1 to 9999"
    assert info.value.got == "-3"


# -- ids -----------------------------------------------------------------------------------------


def test_a_stakeholder_may_share_an_id_with_a_person_or_a_body() -> None:
    d = loads(
        HEAD + '[[people]]\nid = "anna"\nname = "Anna"\n'
        '[[stakeholders]]\nid = "anna"\nname = "Anna"\nsector = "citizens"\n'
        '[[stakeholders]]\nid = "u"\nname = "Udvalget"\nsector = "political"\n'
    )
    assert [s.id for s in d.stakeholders] == ["anna", "u"]


def test_the_council_may_be_listed_among_the_bodies_as_itself() -> None:
    d = loads(
        HEAD + COUNCIL.format(extra="") + '[[bodies]]\nid = "kb"\nname = "KB"\nkind = "council"\n'
    )
    assert d.body("kb").name == "KB"


def test_the_committee_may_be_the_council() -> None:
    text = '[committee]\nid = "kb"\nname = "KB"\nkind = "council"\n' + COUNCIL.format(extra="")
    assert loads(text).committee.id == "kb"


def test_an_id_may_hold_inner_spaces() -> None:
    assert loads(HEAD + '[[people]]\nid = "anna b"\nname = "A"\n').people[0].id == "anna b"


# -- sectors -------------------------------------------------------------------------------------


def test_a_declared_sector_is_known_and_offered_as_a_correction() -> None:
    declared = '[[sectors]]\nid = "boligorganisationer"\n'
    ok = loads(
        HEAD + declared + '[[stakeholders]]\nid = "b"\nname = "B"\nsector = "boligorganisationer"\n'
    )
    assert ok.stakeholders[0].sector == "boligorganisationer"
    message = _refused(
        HEAD + declared + '[[stakeholders]]\nid = "b"\nname = "B"\nsector = "boligorganisation"\n',
        "stakeholders[0].sector",
        "this file declares boligorganisationer",
        "did you mean 'boligorganisationer'?",
    )
    assert "political, administration, civil-society" in message


# -- histories -----------------------------------------------------------------------------------


def test_a_history_may_stay_on_one_day_and_skip_dates() -> None:
    text = HEAD + (
        '[[recommendations]]\nid = "r"\ntext = "x"\nstate = "considered"\n'
        '[[recommendations.history]]\ntarget = "proposed"\ndate = 2024-05-01\n'
        '[[recommendations.history]]\nsource = "proposed"\ntarget = "considered"\n'
    )
    assert loads(text).recommendations[0].state == "considered"
    same_day = text.replace('target = "considered"\n', 'target = "considered"\ndate = 2024-05-01\n')
    assert loads(same_day).recommendations[0].history[1].date is not None
    back = text.replace('target = "considered"\n', 'target = "considered"\ndate = 2024-04-30\n')
    _refused(back, "recommendations[0] ('r').history[1].date", "2024-05-01", "2024-04-30")


# -- messages ------------------------------------------------------------------------------------


def test_a_bad_date_is_not_called_a_period() -> None:
    message = _refused(
        HEAD + '[[plan.milestones]]\nid = "m"\ntitle = "M"\ndate = "2024-02-30"\n',
        "plan.milestones[0].date",
        "a date (YYYY-MM-DD",
    )
    assert "period expression" not in message


def test_a_relative_due_date_says_what_to_write_in_the_file() -> None:
    message = _refused(
        HEAD + '[[mandate.deliverables]]\nid = "d"\ntitle = "R"\ndue = "resten af 2026"\n',
        "mandate.deliverables[0].due",
        'text = "resten af 2026"',
    )
    assert "PeriodContext" not in message
    assert "context=" not in message
    # what the message suggests loads
    fixed = HEAD + (
        '[[mandate.deliverables]]\nid = "d"\ntitle = "R"\n'
        'due = { start = "2026-05-01", end = "2026-12-31", text = "resten af 2026" }\n'
    )
    assert loads(fixed).mandate.deliverables[0].due.end is not None


def test_a_toml_duplicate_key_names_the_key_in_its_table() -> None:
    message = _refused(
        HEAD + '[[people]]\nid = "a"\nname = "A"\nname = "B"\n',
        "line 8, column 11",
        "the key 'people.name' a second time",
    )
    assert "Cannot overwrite" not in message


def test_ambiguous_time_with_an_offset_loads_and_dumps_its_instant() -> None:
    text = HEAD + (
        '[[meetings]]\nid = "m"\ncommittee = "u"\n'
        "start = 2024-10-27T02:15:00+01:00\nend = 2024-10-27T03:00:00+01:00\n"
    )
    d = loads(text)
    assert d.meetings[0].start.astimezone(UTC).hour == 1
    assert '"start": "2024-10-27T02:15:00+01:00"' in dumps(d)


def test_a_roster_person_with_the_committee_id_is_refused_naming_both_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    into = tmp_path / "u.toml"
    into.write_text(HEAD, encoding="utf-8")
    listing = tmp_path / "people.json"
    listing.write_text(
        json.dumps(
            {
                "person": [
                    {
                        "id": "https://x/oparl/person/u",
                        "type": "https://schema.oparl.org/1.1/Person",
                        "name": "Anna",
                    }
                ]
            }
        ),
        encoding="utf-8",
    )
    assert main(["import-roster", str(listing), "--into", str(into)]) == 2
    _, err = capsys.readouterr()
    assert err.startswith(f"kommissorium: {into} with {listing}: people[0].id: "), err
    assert "already the id at committee.id" in err


@pytest.mark.parametrize(
    ("text", "path"),
    [
        ('id = ""\nname = "x"\n', "id"),
        ('id = "w"\nname = "x"\n', "states[0].id"),
    ],
)
def test_workflow_ids_are_not_blank(text: str, path: str) -> None:
    state_id = " " if path.startswith("states") else "a"
    state = f'id = "{state_id}"\nlabel_da = "a"\nlabel_en = "a"\ninitial = true\n'
    with pytest.raises(LoadError) as info:
        loads_workflow(text + "[[states]]\n" + state, source="w")
    assert info.value.path == path
    assert "not empty or blank" in str(info.value)
    with pytest.raises(LoadError) as info:
        loads(HEAD + "[[workflows]]\n" + text + "[[workflows.states]]\n" + state, source="d")
    assert info.value.path == f"workflows[0].{path}"
