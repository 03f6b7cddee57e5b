"""Updating a hand-written committee file keeps its comments, order and layout."""

from __future__ import annotations

import difflib
import shutil
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import attrs
import pytest
from dossier_strategies import dossiers
from hypothesis import HealthCheck, given, settings

from kommissorium.errors import IntegrityError, LoadError
from kommissorium.io import dumps, load, loads
from kommissorium.io.keep import EditError, edit, merge_records, set_value
from kommissorium.io.tomlfile import Notes, PathError, toml_text
from kommissorium.model import (
    AgendaItem,
    DecisionRecord,
    Dossier,
    Meeting,
    Membership,
    Outcome,
    Person,
    PointOutcome,
    Recommendation,
    Role,
)

CPH = ZoneInfo("Europe/Copenhagen")
EXAMPLES = sorted((Path(__file__).resolve().parents[2] / "examples").glob("*.toml"))


def _comments(text: str) -> Counter[str]:
    return Counter(line.strip() for line in text.splitlines() if line.strip().startswith("#"))


def _changes(old: str, new: str) -> tuple[list[str], list[str]]:
    """The lines removed from and added to the file."""
    removed: list[str] = []
    added: list[str] = []
    a, b = old.splitlines(), new.splitlines()
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag != "equal":
            removed += a[i1:i2]
            added += b[j1:j2]
    return removed, added


def _save(tmp_path: Path, example: Path, change: object) -> tuple[str, str, Dossier]:
    target = tmp_path / example.name
    shutil.copy(example, target)
    before = target.read_text(encoding="utf-8")
    with edit(target) as editor:
        editor.dossier = change(editor.dossier)  # type: ignore[operator]
        new = editor.dossier
    after = target.read_text(encoding="utf-8")
    assert load(target) == new
    assert _comments(after) == _comments(before), "a comment was lost or duplicated"
    return before, after, new


@pytest.fixture(params=EXAMPLES, ids=lambda p: p.name)
def example(request: pytest.FixtureRequest) -> Path:
    path: Path = request.param
    return path


def _add_membership(d: Dossier) -> Dossier:
    people = d.people or (Person(id="ny-person", name="Ny Person"),)
    membership = Membership(person=people[0].id, committee=d.committee.id, role=Role.OBSERVER)
    return attrs.evolve(d, people=people, memberships=(*d.memberships, membership))


def test_record_a_new_membership(example: Path, tmp_path: Path) -> None:
    before, after, new = _save(tmp_path, example, _add_membership)
    removed, added = _changes(before, after)
    assert removed == []
    expected = [
        "[[memberships]]",
        f'person = "{new.memberships[-1].person}"',
        f'committee = "{new.committee.id}"',
        'role = "observer"',
    ]
    if not load(example).people:
        expected = ["[[people]]", 'id = "ny-person"', 'name = "Ny Person"', *expected]
    assert [line for line in added if line] == expected
    # the new entry comes right after the last membership (or where the model puts it)
    old = load(example)
    if old.memberships:
        last = after.split(expected[0])
        assert len(last) == len(old.memberships) + 2


def _add_decision(d: Dossier) -> Dossier:
    record = DecisionRecord(
        id="ny-beslutning",
        body=d.committee.id,
        date=date(2025, 6, 2),
        item=AgendaItem(title="Godkendelse af procesplan", case_number="25/123"),
        outcomes=(PointOutcome(point=1, outcome=Outcome.APPROVED),),
    )
    return attrs.evolve(d, decisions=(*d.decisions, record))


def test_add_a_decision_record(example: Path, tmp_path: Path) -> None:
    before, after, _ = _save(tmp_path, example, _add_decision)
    removed, added = _changes(before, after)
    assert removed == []
    assert [line for line in added if line] == [
        "[[decisions]]",
        'id = "ny-beslutning"',
        'body = "' + load(example).committee.id + '"',
        "date = 2025-06-02",
        'item = { title = "Godkendelse af procesplan", case_number = "25/123" }',
        "[[decisions.outcomes]]",
        "point = 1",
        'outcome = "approved"',
    ]
    # after the last decision, if there is one
    assert after.index('id = "ny-beslutning"') > after.rindex("[[decisions]]")


def _move_meeting(d: Dossier) -> Dossier:
    if d.meetings:
        m = d.meetings[0]
        moved = attrs.evolve(m, start=m.start + timedelta(days=7), end=m.end + timedelta(days=7))
        return attrs.evolve(d, meetings=(moved, *d.meetings[1:]))
    start = datetime(2025, 3, 3, 16, tzinfo=CPH)
    meeting = Meeting(
        id="nyt-moede", committee=d.committee.id, start=start, end=start + timedelta(hours=2)
    )
    return attrs.evolve(d, meetings=(meeting,))


def test_move_a_meeting(example: Path, tmp_path: Path) -> None:
    old = load(example)
    before, after, new = _save(tmp_path, example, _move_meeting)
    removed, added = _changes(before, after)
    if not old.meetings:  # nothing to move: a meeting is recorded
        assert removed == []
        assert [line for line in added if line] == [
            "[[meetings]]",
            'id = "nyt-moede"',
            f'committee = "{old.committee.id}"',
            "start = 2025-03-03T16:00:00+01:00",
            "end = 2025-03-03T18:00:00+01:00",
        ]
        return
    assert [line.split(" =")[0] for line in removed] == ["start", "end"]
    assert [line.split(" =")[0] for line in added] == ["start", "end"]
    # written as it was: local time without an offset stays so
    for old_line, new_line in zip(removed, added, strict=True):
        assert ("+" in old_line) == ("+" in new_line)
    if old.meetings:
        assert new.meetings[0].start == old.meetings[0].start + timedelta(days=7)


def _move_recommendation(d: Dossier) -> Dossier:
    for rec in d.recommendations:
        workflow = d.workflow(rec.workflow_id)
        free = [t for t in workflow.transitions if t.source == rec.state and not t.body_kinds]
        if free:
            return d.move_recommendation(rec.id, free[0].target, by=None, on=date(2025, 6, 2))
    rec = Recommendation(id="ny-anbefaling", text="At gøre noget", state="draft")
    added = attrs.evolve(d, recommendations=(*d.recommendations, rec))
    return added.move_recommendation(rec.id, "proposed", by=None, on=date(2025, 6, 2))


def test_move_a_recommendation(example: Path, tmp_path: Path) -> None:
    old = load(example)
    before, after, new = _save(tmp_path, example, _move_recommendation)
    removed, added = _changes(before, after)
    moved = next(r for r in new.recommendations if r not in old.recommendations)
    assert all(line.startswith(("state = ", "history = ")) for line in removed)
    assert f'state = "{moved.state}"' in added
    inline = [line for line in added if line.startswith("history = [")]
    if inline:  # a history written as an inline array gets one entry more on its line
        (line,) = inline
        (old_line,) = [x for x in removed if x.startswith("history = ")]
        assert line.startswith(old_line[:-1] + ", { source = ")
        assert "date = 2025-06-02" in line
        added.remove(line)
    else:
        assert "[[recommendations.history]]" in added
        assert "date = 2025-06-02" in added
    assert set(added) <= {
        "",
        f'state = "{moved.state}"',
        "[[recommendations.history]]",
        f'source = "{moved.history[-1].source}"',
        f'target = "{moved.state}"',
        "date = 2025-06-02",
        "[[recommendations]]",
        'id = "ny-anbefaling"',
        'text = "At gøre noget"',
    }


def test_a_change_to_nothing_writes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "x.toml"
    shutil.copy(EXAMPLES[0], target)
    editor = edit(target)
    assert editor.save() is False
    assert editor.diff() == ""


def test_removing_an_entry_keeps_the_comments_of_the_next(tmp_path: Path) -> None:
    text = """[committee]
id = "u"
name = "U"

[[people]]
id = "a"
name = "A"
# about A

# about B
[[people]]
id = "b"
name = "B"

# about C
[[people]]
id = "c"
name = "C"
"""
    target = tmp_path / "u.toml"
    target.write_text(text, encoding="utf-8")
    with edit(target) as editor:
        editor.dossier = attrs.evolve(editor.dossier, people=editor.dossier.people[::2])
    after = target.read_text(encoding="utf-8")
    assert "# about C" in after
    assert 'id = "b"' not in after
    assert after.index("# about C") < after.index('id = "c"')
    assert load(target).people == editor.dossier.people


def test_changed_scalar_keeps_its_comment(tmp_path: Path) -> None:
    target = tmp_path / "u.toml"
    target.write_text('[committee]\nid = "u"\nname = "U"  # the name\n', encoding="utf-8")
    with edit(target) as editor:
        committee = attrs.evolve(editor.dossier.committee, name="Udvalget")
        editor.dossier = attrs.evolve(editor.dossier, committee=committee)
    assert (
        target.read_text(encoding="utf-8")
        == '[committee]\nid = "u"\nname = "Udvalget"  # the name\n'
    )


def test_new_field_goes_in_model_order(tmp_path: Path) -> None:
    target = tmp_path / "u.toml"
    target.write_text('[committee]\nid = "u"\n# the name\nname = "U"\n', encoding="utf-8")
    with edit(target) as editor:
        committee = attrs.evolve(editor.dossier.committee, short_name="UU")
        editor.dossier = attrs.evolve(editor.dossier, committee=committee)
    text = target.read_text(encoding="utf-8")
    assert text == '[committee]\nid = "u"\n# the name\nname = "U"\nshort_name = "UU"\n'


def test_json_file_is_written_as_dumps(tmp_path: Path) -> None:
    target = tmp_path / "u.json"
    dossier = load(EXAMPLES[0])
    target.write_text(dumps(dossier), encoding="utf-8")
    with edit(target) as editor:
        editor.dossier = _add_membership(editor.dossier)
    assert target.read_text(encoding="utf-8") == dumps(editor.dossier)


def test_edit_of_a_broken_file_is_a_load_error(tmp_path: Path) -> None:
    target = tmp_path / "u.toml"
    target.write_text('[committee]\nid = "u"\nname = \n', encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        edit(target)
    assert str(caught.value).startswith(f"{target}: line 3")


def test_a_failing_block_writes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "u.toml"
    shutil.copy(EXAMPLES[0], target)
    before = target.read_bytes()

    def block() -> None:
        with edit(target) as editor:
            editor.dossier = _add_membership(editor.dossier)
            raise RuntimeError("stop")

    with pytest.raises(RuntimeError):
        block()
    assert target.read_bytes() == before


# -- merging records (the minutes reader's --into) ----------------------------------------------


def test_merge_records_adds_and_replaces(tmp_path: Path) -> None:
    example = next(p for p in EXAMPLES if p.name == "norddjurs-strategi-2023.toml")
    target = tmp_path / example.name
    shutil.copy(example, target)
    old = load(target)
    record = _add_decision(old).decisions[-1]
    result = merge_records(target, [record])
    assert result.added == (("decisions", "ny-beslutning"),)
    assert result.written
    again = merge_records(target, [record])
    assert again.unchanged == (("decisions", "ny-beslutning"),)
    assert not again.written
    changed = attrs.evolve(record, note="Rettet")
    third = merge_records(target, [changed])
    assert third.replaced == (("decisions", "ny-beslutning"),)
    assert load(target).decisions[-1].note == "Rettet"
    assert _comments(target.read_text(encoding="utf-8")) == _comments(example.read_text("utf-8"))


def test_merge_of_a_record_referring_to_nothing_fails(tmp_path: Path) -> None:
    target = tmp_path / "u.toml"
    target.write_text('[committee]\nid = "u"\nname = "U"\n', encoding="utf-8")
    with pytest.raises(IntegrityError):
        merge_records(target, [Membership(person="nobody", committee="u")])
    assert target.read_text(encoding="utf-8") == '[committee]\nid = "u"\nname = "U"\n'


# -- set_value ------------------------------------------------------------------------------------


def test_set_value_by_id_and_type() -> None:
    dossier = load(next(p for p in EXAMPLES if p.name == "norddjurs-status-2025.toml"))
    moved = set_value(dossier, "meetings[vpu-2025-04-28].start", "2025-04-28T13:00:00")
    assert moved.meetings[1].start == datetime(2025, 4, 28, 13, tzinfo=CPH)
    named = set_value(dossier, "committee.name", "2025")
    assert named.committee.name == "2025"  # a string field takes the text as it is


def test_set_value_errors_name_the_place() -> None:
    dossier = load(next(p for p in EXAMPLES if p.name == "norddjurs-status-2025.toml"))
    with pytest.raises(LoadError, match=r"^x: meetings\[0\]\.start: expected a date and time"):
        set_value(dossier, "meetings[0].start", "i morgen", source="x")
    with pytest.raises(PathError, match="no entry with id 'nowhere'"):
        set_value(dossier, "meetings[nowhere].start", "2025-01-01T10:00:00")


def test_editor_refuses_a_change_it_cannot_place(tmp_path: Path) -> None:
    # A dossier that does not load back the same cannot be produced through the model, so
    # the check is exercised by tampering with the text the editor starts from.
    target = tmp_path / "u.toml"
    target.write_text('[committee]\nid = "u"\nname = "U"\n', encoding="utf-8")
    editor = edit(target)
    editor._text = '[committee]\nid = "u"\nname = "U"\n[committee.x]\n'  # not a valid file
    editor.dossier = attrs.evolve(
        editor.dossier, committee=attrs.evolve(editor.dossier.committee, name="V")
    )
    with pytest.raises(EditError):
        editor.text()
    assert loads(target.read_text(encoding="utf-8")).committee.name == "U"


# -- any change between two generated dossiers is written correctly -------------------------------


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(first=dossiers(), second=dossiers())
def test_edit_from_one_generated_dossier_to_another(
    first: Dossier, second: Dossier, tmp_path_factory: pytest.TempPathFactory
) -> None:
    target = tmp_path_factory.mktemp("edit") / "u.toml"
    notes = Notes(header=["# kept"])
    notes.comment(("committee",), "# the committee", above=True)
    target.write_text(toml_text(first, notes=notes), encoding="utf-8")
    with edit(target) as editor:
        editor.dossier = second
    text = target.read_text(encoding="utf-8")
    assert loads(text) == second
    assert text.startswith("# kept\n")
    assert "# the committee\n[committee]" in text
