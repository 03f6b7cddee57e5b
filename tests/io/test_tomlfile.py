"""The TOML writer's comment API (used by drafts that quote their sources)."""

from __future__ import annotations

import pytest

from kommissorium.io import (
    Notes,
    PathError,
    add_comment,
    add_header,
    loads,
    parse_path,
    to_document,
    toml_text,
)
from kommissorium.io.tomlfile import format_path
from kommissorium.model import Committee, Dossier, Mandate, SeatRule, SeatRuleKind

DOSSIER = Dossier(
    committee=Committee(id="u", name="Udvalget"),
    mandate=Mandate(
        purpose="At gentænke socialområdet",
        composition=(
            SeatRule(id="formand", kind=SeatRuleKind.POSITION, position="formand"),
            SeatRule(id="fra-udvalg", kind=SeatRuleKind.ONE_FROM_EACH, count=1),
            SeatRule(id="borgere", kind=SeatRuleKind.OTHER, count=2),
        ),
    ),
)


@pytest.mark.parametrize(
    "text",
    ["mandate.chair", "mandate.composition[2]", "mandate.composition[2].count", '"$schema"'],
)
def test_paths_round_trip(text: str) -> None:
    assert format_path(parse_path(text)) == text


@pytest.mark.parametrize("text", ["", ".a", "a..b", "a[x]", "a b"])
def test_bad_paths(text: str) -> None:
    with pytest.raises(PathError):
        parse_path(text)


def test_notes_on_values_entries_and_header() -> None:
    notes = Notes(header=["# TODO: formanden er ikke nævnt"])
    notes.comment("mandate.purpose", "»… at gentænke socialområdet«")
    notes.comment("mandate.composition[2]", "»to borgere«")
    notes.comment("mandate.composition[1].count", "»en fra hvert udvalg«", above=True)
    text = toml_text(DOSSIER, notes=notes)
    lines = text.split("\n")
    assert lines[0] == "# TODO: formanden er ikke nævnt"
    assert lines[1] == ""
    assert 'purpose = "At gentænke socialområdet"  # »… at gentænke socialområdet«' in lines
    third = [i for i, line in enumerate(lines) if line.startswith("[[mandate.composition]]")][2]
    assert lines[third] == "[[mandate.composition]]  # »to borgere«"
    count = lines.index("count = 1")
    assert lines[count - 1] == "# »en fra hvert udvalg«"
    assert loads(text) == DOSSIER


def test_comments_on_a_tomlkit_document() -> None:
    doc = to_document(DOSSIER)
    assert doc.as_string() == toml_text(DOSSIER)
    add_comment(doc, "mandate.composition[0]", "# første regel")
    add_comment(doc, "mandate.composition[0]", "anden bemærkning")
    add_comment(doc, "committee.name", "fra overskriften", above=True)
    add_header(doc, ["TODO: perioden"])
    text = doc.as_string()
    assert text.startswith("# TODO: perioden\n\n[committee]\n")
    assert "[[mandate.composition]]  # første regel; anden bemærkning\n" in text
    assert '# fra overskriften\nname = "Udvalget"\n' in text
    assert loads(text) == DOSSIER
    with pytest.raises(PathError, match=r"no item at mandate\.nothing"):
        add_comment(doc, "mandate.nothing", "x")
