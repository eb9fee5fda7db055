"""JSON round-trip for the document model: versioned; blocks carry a type and their text."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from access.document.model import (
    SCHEMA_VERSION,
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
)
from access.errors import AccessError

META_FIELDS = ("title", "byline", "date", "lang", "dir", "site", "source_url", "description")
# Written only when set: a document without them writes the JSON it wrote before they were added
OPTIONAL_FIELDS = ("standfirst",)
BLOCK_LOCALE = ("lang", "dir")  # carried by a block only where it differs from the document


def _has_markup(inlines: list[Inline]) -> bool:
    return any(run.href or run.style for run in inlines)


def _inlines_out(inlines: list[Inline]) -> list[dict[str, str]]:
    out = []
    for run in inlines:
        item = {"text": run.text}
        if run.href:
            item["href"] = run.href
        if run.style:
            item["style"] = run.style
        out.append(item)
    return out


def _inlines_in(data: dict[str, Any]) -> list[Inline]:
    if "inlines" in data:
        return [Inline(r["text"], r.get("href"), r.get("style")) for r in data["inlines"]]
    return [Inline(data.get("text", ""))]


def _items_out(block: ListBlock) -> list[dict[str, Any]]:
    """A list's items; a nested item also carries its ``level`` and, where its list is not of
    the outer list's kind, ``ordered``: a flat list's JSON is what it was before nesting."""
    out = []
    for index, item in enumerate(block.items):
        entry: dict[str, Any] = {"text": plain(item)}
        if _has_markup(item):
            entry["inlines"] = _inlines_out(item)
        if block.levels and block.levels[index]:
            entry["level"] = block.levels[index]
        if block.numbered and block.numbered[index] != block.ordered:
            entry["ordered"] = block.numbered[index]
        out.append(entry)
    return out


def _list_in(data: dict[str, Any]) -> ListBlock:
    """A list block; items without ``level`` (all of them in JSON written before nesting) are
    at the outer level."""
    ordered = bool(data.get("ordered"))
    items = data["items"]
    return ListBlock(ordered, [_inlines_in(i) for i in items],
                     [int(i.get("level", 0)) for i in items],
                     [bool(i.get("ordered", ordered)) for i in items])


def block_to_dict(block: Block) -> dict[str, Any]:
    """A block as JSON. Lists carry ``items`` and quotes ``blocks`` instead of ``text``, so that
    a reader summing every text (score.py does) counts each word once."""
    out: dict[str, Any] = {"type": block.type}
    if not isinstance(block, ListBlock | Quote):
        out["text"] = block.text
    match block:
        case Heading(level=level):
            out["level"] = level
        case Paragraph(inlines=inlines) if _has_markup(inlines):
            out["inlines"] = _inlines_out(inlines)
        case ListBlock(ordered=ordered):
            out["ordered"] = ordered
            out["items"] = _items_out(block)
        case Quote(blocks=blocks, attribution=attribution):
            out["blocks"] = [block_to_dict(b) for b in blocks]
            if attribution:
                out["attribution"] = attribution
        case Figure():
            out.update(src=block.src, alt=block.alt, caption=block.caption, credit=block.credit)
        case Table(header=header, rows=rows, caption=caption):
            out.update(header=header, rows=rows, caption=caption)
    out.update({name: getattr(block, name) for name in BLOCK_LOCALE if getattr(block, name)})
    return out


def block_from_dict(data: dict[str, Any]) -> Block:
    block = _block_content(data)
    locale = {name: data[name] for name in BLOCK_LOCALE if data.get(name)}
    return replace(block, **locale) if locale else block


def _block_content(data: dict[str, Any]) -> Block:
    kind = data.get("type")
    match kind:
        case "heading":
            return Heading(int(data.get("level", 2)), data["text"])
        case "paragraph":
            return Paragraph(_inlines_in(data))
        case "list":
            return _list_in(data)
        case "quote":
            return Quote([block_from_dict(b) for b in data["blocks"]], data.get("attribution"))
        case "figure":
            return Figure(data.get("src"), data.get("alt", ""), data.get("caption", ""),
                          data.get("credit", ""))
        case "table":
            return Table(data.get("header", []), data.get("rows", []), data.get("caption", ""))
        case "code":
            return Code(data["text"])
        case "note":
            return Note(data["text"])
    raise AccessError(f"unknown block type in document JSON: {kind!r}")


def to_dict(doc: Document) -> dict[str, Any]:
    out: dict[str, Any] = {"version": SCHEMA_VERSION}
    out.update({name: getattr(doc, name) for name in META_FIELDS})
    out.update({name: getattr(doc, name) for name in OPTIONAL_FIELDS if getattr(doc, name)})
    out["blocks"] = [block_to_dict(b) for b in doc.blocks]
    return out


def from_dict(data: dict[str, Any]) -> Document:
    if data.get("version") != SCHEMA_VERSION:
        raise AccessError(f"unsupported document version {data.get('version')!r}")
    meta = {name: data.get(name) or "" for name in (*META_FIELDS, *OPTIONAL_FIELDS)}
    return Document(blocks=[block_from_dict(b) for b in data.get("blocks", [])], **meta)


def to_json(doc: Document) -> str:
    return json.dumps(to_dict(doc), ensure_ascii=False, indent=2) + "\n"


def from_json(text: str) -> Document:
    return from_dict(json.loads(text))
