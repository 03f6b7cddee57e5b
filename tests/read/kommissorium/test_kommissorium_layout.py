"""The layout of kommissorium texts: blocks, lists, sentences, spans."""

from __future__ import annotations

from kommissorium.read.kommissorium.layout import BlockKind, Layout, is_table_header


def test_blocks_keep_their_spans() -> None:
    text = "Kommissorium\n\nUdvalget sammensættes af:\n\n- borgmester\n- kommunaldirektør\n"
    layout = Layout.of(text)
    for block in layout.blocks:
        assert " ".join(text[block.start : block.end].split()) == block.text
        for sentence in block.sentences:
            assert " ".join(text[sentence.start : sentence.end].split()) == sentence.text


def test_a_sentence_broken_by_a_page_break_runs_on() -> None:
    # seed 001: "... at udvalget følger\n\nop på den løbende implementering ..."
    text = (
        "Det tyder bl.a., at udvalget følger\n\nop på den løbende implementering af ændringerne.\n"
    )
    layout = Layout.of(text)
    assert [b.kind for b in layout.blocks] == [BlockKind.PARAGRAPH]
    assert layout.blocks[0].text.endswith("følger op på den løbende implementering af ændringerne.")


def test_numbered_items_and_dates() -> None:
    text = (
        "1. Afklaring af politikker.\n\n1. januar 2024 må der ikke længere anvendes pesticider.\n"
    )
    layout = Layout.of(text)
    assert layout.blocks[0].kind is BlockKind.ITEM
    assert layout.blocks[0].number == 1
    assert layout.blocks[1].kind is BlockKind.PARAGRAPH  # a date, not item 1


def test_nested_items_and_lead_in() -> None:
    text = (
        "Pejlemærkerne for økonomiperspektivet er:\n\n- Effekter følges ved målinger.\n"
        "- Effektbaserede økonomimodeller, det vil sige:\n - Større ledelsesrum.\n"
        " - Gennemsigthed.\n"
    )
    (text_list,) = Layout.of(text).lists()
    assert text_list.lead_in == "Pejlemærkerne for økonomiperspektivet er:"
    assert [len(item.children) for item in text_list.items] == [0, 2]


def test_bullets_of_several_kinds() -> None:
    text = (
        "Sammensætning:\n\no   To repræsentanter for lokalsamfundene\n • Lars Abel (C), formand\n"
    )
    kinds = [b.kind for b in Layout.of(text).blocks]
    assert kinds == [BlockKind.HEADING, BlockKind.ITEM, BlockKind.ITEM]


def test_table_rows_and_header() -> None:
    text = "Medlemmer | Stedfortrædere |\nLotte Kofoed, formand | Kristoffer Appel |\n"
    layout = Layout.of(text)
    assert [b.cells for b in layout.blocks] == [
        ("Medlemmer", "Stedfortrædere"),
        ("Lotte Kofoed, formand", "Kristoffer Appel"),
    ]
    assert is_table_header(layout.blocks[0].cells)
    assert not is_table_header(layout.blocks[1].cells)


def test_an_excerpt_leaves_its_last_line_out() -> None:
    text = "Medlemmer:\n\n • Serdal Benli (F), formand\n • Tom Vang Knu"
    assert [b.text for b in Layout.of(text, skip_last_line=True).blocks] == [
        "Medlemmer:",
        "Serdal Benli (F), formand",
    ]
