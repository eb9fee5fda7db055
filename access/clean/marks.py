"""Blocks that hold no words, shared by the saved-page and copied-text cleaners: a stray mark
(".", ",", "?", "×", "©"), a separator line ("———", "* * *", "+++") or a number alone set as a
heading ("9", "06.12.2022", "#2"). A reader hears "heading, em dash" or "heading, 9"."""

from __future__ import annotations

import re
from dataclasses import replace

from access.document import Block, Figure, Heading, ListBlock, Paragraph, Quote, runs

LETTER = re.compile(r"[^\W\d_]")
WORD_CHAR = re.compile(r"[^\W_]")
# A bracket, a brace or an angle keeps a markless line: a piece of code ("}", ">>>") or an
# ellipsis marking a cut ("[…]"), the author's text.
KEPT_MARKS = re.compile(r"[(){}\[\]<>]")
# A separator: one mark three times or more, spaces allowed ("———", "* * *", "___"): the author's
# break between parts, kept as a paragraph (never a heading).
SEPARATOR = re.compile(r"(\S)(?:\s*\1){2,}")


def _markless(text: str) -> bool:
    """Whether ``text`` holds some mark but no letter or digit, and no bracket."""
    text = text.strip()
    return bool(text) and not WORD_CHAR.search(text) and not KEPT_MARKS.search(text)


def drop_marks(blocks: list[Block]) -> list[Block]:
    """``blocks`` without the headings, paragraphs, list items and captions of marks alone, but
    for separators; a heading with no letter (a separator, a number, a day, a score) is a
    paragraph. Quotes are read inside; code, tables and notes are left as they are."""
    kept: list[Block] = []
    for block in blocks:
        if isinstance(block, Heading | Paragraph) and _markless(block.text) and not SEPARATOR.fullmatch(
                block.text.strip()):
            continue
        if isinstance(block, Heading) and not LETTER.search(block.text):
            kept.append(Paragraph(runs(block.text), lang=block.lang, dir=block.dir))
        elif isinstance(block, ListBlock):
            kept += _list_without_marks(block)
        elif isinstance(block, Figure) and _markless(block.caption):
            if block.src or block.alt or block.credit:
                kept.append(replace(block, caption=""))
        elif isinstance(block, Quote):
            inner = drop_marks(block.blocks)
            if inner:
                kept.append(replace(block, blocks=inner))
        else:
            kept.append(block)
    return kept


def _list_without_marks(block: ListBlock) -> list[Block]:
    """The list without its items of marks alone (none left: no list)."""
    keep = [i for i, item in enumerate(block.items) if not _markless("".join(run.text for run in item))]
    if len(keep) == len(block.items):
        return [block]
    if not keep:
        return []
    return [replace(block, items=[block.items[i] for i in keep],
                    levels=[block.levels[i] for i in keep] if block.levels else [],
                    numbered=[block.numbered[i] for i in keep] if block.numbered else [])]
