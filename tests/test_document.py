"""The document model round-trips through JSON and gives score.py what it reads."""

import json
from dataclasses import replace

from access.document import (
    Code,
    Document,
    Figure,
    Heading,
    Inline,
    ListBlock,
    Note,
    Paragraph,
    Quote,
    Table,
    from_json,
    to_dict,
    to_json,
)


def full_document() -> Document:
    return Document(
        title="A title", byline="Ann Writer", date="2024-12-16", lang="en", site="Example",
        source_url="https://example.org/a", description="About things.",
        standfirst="Things happened, and here is what they mean.",
        blocks=[
            Heading(2, "Section"),
            Paragraph([Inline("See "), Inline("this", href="https://example.org"),
                       Inline(" now", style="em")]),
            ListBlock(True, [[Inline("one")], [Inline("two", style="strong")]]),
            ListBlock(False, [[Inline("fares")], [Inline("adults")], [Inline("by card")],
                              [Inline("children")], [Inline("timetable")]],
                      levels=[0, 1, 2, 1, 0], numbered=[False, True, False, True, False]),
            Quote([Paragraph([Inline("Quoted words.")])], attribution="Someone"),
            Figure("https://example.org/i.jpg", alt="A cat", caption="The cat.", credit="AP"),
            Table([["Year", "Sales"]], [["2023", "10"], ["2024", "12"]], caption="Sales"),
            Code("print('hi')"),
            Note("Some information for this story was provided by Reuters."),
        ],
    )


def test_json_round_trip_keeps_everything():
    doc = full_document()
    assert from_json(to_json(doc)) == doc


def test_a_document_without_a_standfirst_writes_the_json_it_wrote_before_and_old_json_loads():
    data = to_dict(replace(full_document(), standfirst=""))
    assert "standfirst" not in data
    assert from_json(json.dumps(data)) == replace(full_document(), standfirst="")
    assert to_dict(full_document())["standfirst"] == full_document().standfirst


def test_every_block_has_type_and_text():
    data = to_dict(full_document())
    assert data["version"] == 1
    for block in data["blocks"]:
        content = block.get("text") or block.get("items") or block.get("blocks")
        assert block["type"] and content
        assert ("text" in block) != (block["type"] in ("list", "quote"))
    listing = next(b for b in data["blocks"] if b["type"] == "list")
    assert [item["text"] for item in listing["items"]] == ["one", "two"]


def test_plain_paragraph_needs_no_inline_runs():
    data = to_dict(Document("T", [Paragraph([Inline("Just text.")])]))
    assert "inlines" not in data["blocks"][0]
    assert from_json(to_json(Document("T", [Paragraph([Inline("Just text.")])]))).text == "Just text."


def test_a_nested_list_says_each_level_in_its_items():
    listing = to_dict(full_document())["blocks"][3]
    assert listing["items"] == [
        {"text": "fares"}, {"text": "adults", "level": 1, "ordered": True},
        {"text": "by card", "level": 2}, {"text": "children", "level": 1, "ordered": True},
        {"text": "timetable"}]
    assert full_document().blocks[3].text == "fares\nadults\nby card\nchildren\ntimetable"


def test_a_flat_list_is_written_as_before_and_old_json_loads():
    """JSON written before lists nested (no level, no per-item kind) reads as a flat list."""
    old = ('{"version": 1, "title": "T", "blocks": [{"type": "list", "ordered": true, '
           '"items": [{"text": "one"}, {"text": "two", "inlines": [{"text": "two", '
           '"style": "strong"}]}]}]}')
    doc = from_json(old)
    assert doc.blocks == [full_document().blocks[2]]
    assert doc.blocks[0].levels == [] and doc.blocks[0].numbered == []
    assert to_dict(doc)["blocks"] == json.loads(old)["blocks"]


def test_levels_are_made_ones_a_renderer_can_nest():
    """A first item deeper than level 0, a jump of two levels, more levels than items or fewer,
    as a hand-written JSON might give them."""
    items = [[Inline(word)] for word in ("a", "b", "c")]
    assert ListBlock(False, items, levels=[2, 3, 0, 1]).levels == [0, 1, 0]
    assert ListBlock(False, items, levels=[0, 0]).levels == []
    assert ListBlock(False, items, numbered=[True] * 3).numbered == []  # flat: one kind
