"""The document model round-trips through JSON and gives score.py what it reads."""

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
        blocks=[
            Heading(2, "Section"),
            Paragraph([Inline("See "), Inline("this", href="https://example.org"),
                       Inline(" now", style="em")]),
            ListBlock(True, [[Inline("one")], [Inline("two", style="strong")]]),
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
