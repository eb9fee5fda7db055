"""Document: the one article model every renderer reads, with its JSON form."""

from access.document.model import (
    Block,
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
    plain,
    runs,
)
from access.document.serialize import from_json, to_dict, to_json

__all__ = [
    "Block", "Code", "Document", "Figure", "Heading", "Inline", "ListBlock", "Note",
    "Paragraph", "Quote", "Table", "from_json", "plain", "runs", "to_dict", "to_json",
]
