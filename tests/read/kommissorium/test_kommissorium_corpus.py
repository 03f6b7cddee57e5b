"""The reader on the labelled corpora: aims on the development corpus; held-out schema.

The development corpus (``tests/data/kommissorier/``) is the text the phrasings were written
with in view, so these numbers guard against regressions; they are not an estimate of how the
reader does on new text (``benchmarks/bench_draft.py`` reports the held-out set for that).
"""

from __future__ import annotations

import importlib.util
import re
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

from kommissorium.read.kommissorium import read_kommissorium
from kommissorium.read.kommissorium.evaluate import Counts, score, total

DATA = Path(__file__).resolve().parents[2] / "data"
DEVELOPMENT = sorted(p for p in (DATA / "kommissorier").iterdir() if p.is_dir())
HELD_OUT = sorted(p for p in (DATA / "kommissorier-heldout").iterdir() if p.is_dir())


def _counts(folders: list[Path]) -> dict[str, Counts]:
    per_doc = []
    for folder in folders:
        meta = tomllib.loads((folder / "labels.toml").read_text(encoding="utf-8"))
        negative = meta["document"]["kind"] == "not-kommissorium"
        draft = read_kommissorium(
            (folder / "document.txt").read_text(encoding="utf-8"),
            name=folder.name,
            excerpt=not meta["document"]["complete"],
        )
        if negative:
            assert not draft.recognised, f"{folder.name}: a negative was drafted"
        per_doc.append(score(draft, None if negative else meta.get("labels", {})))
    return total(per_doc)


def test_development_corpus_meets_the_aims() -> None:
    sums = _counts(DEVELOPMENT)
    for field in ("chair", "term", "composition kinds", "composition counts", "phases"):
        precision = sums[field].precision
        assert precision is not None, field
        assert precision >= 0.9, (field, sums[field])
    for field, counts in sums.items():
        assert counts.recall is None or counts.recall >= 0.8, (field, counts)


def test_held_out_negatives_are_refused() -> None:
    _counts(HELD_OUT)  # asserts that no negative is drafted


def _schema() -> ModuleType:
    path = DATA.parent / "read" / "test_kommissorium_corpus_schema.py"
    spec = importlib.util.spec_from_file_location("_corpus_schema", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("folder", HELD_OUT, ids=[f.name for f in HELD_OUT])
def test_held_out_set_keeps_the_corpus_schema(folder: Path) -> None:
    schema = _schema()
    assert sorted(p.name for p in folder.iterdir()) == ["document.txt", "labels.toml"]
    assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", folder.name)
    data = tomllib.loads((folder / "labels.toml").read_text(encoding="utf-8"))
    document = data["document"]
    assert document["kind"] in schema.KINDS
    assert set(document) <= schema.DOCUMENT_KEYS
    assert set(document) >= schema.DOCUMENT_REQUIRED
    if document["kind"] == "not-kommissorium":
        assert "labels" not in data
        return
    schema._check_labels(data["labels"], folder.name)
    text = " ".join((folder / "document.txt").read_text(encoding="utf-8").split())
    for key, quoted in schema._quoted(data["labels"]):
        assert " ".join(quoted.split()) in text, f"{folder.name}: {key} {quoted!r} not in text"


def test_held_out_sources_list_every_folder() -> None:
    sources = (DATA / "kommissorier-heldout" / "SOURCES.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"^\| ([a-z0-9-]+) \|", sources, flags=re.MULTILINE))
    assert listed - {"folder"} == {f.name for f in HELD_OUT}
