"""Clean text copied from a browser window into a Document."""

from __future__ import annotations

import re

from access.clean.rules import Rules, load_rules
from access.document import Block, Document, Figure, Heading, Note, Paragraph, runs

TERMINAL = re.compile(r"[.!?…:;\"”’)\]]$")
MAX_TITLE_WORDS = 25
MAX_HEADING_WORDS = 12


def _lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines()]


def _without_repeats(lines: list[str]) -> tuple[list[str], set[int]]:
    """Drop a line repeated right after itself; return kept lines and caption positions."""
    kept: list[str] = []
    repeated: set[int] = set()
    previous = None
    for line in lines:
        if not line:
            continue
        if line == previous:
            repeated.add(len(kept) - 1)
            continue
        kept.append(line)
        previous = line
    return kept, repeated


def _is_heading_like(line: str) -> bool:
    return len(line.split()) <= MAX_HEADING_WORDS and not TERMINAL.search(line)


def _block_for(line: str, is_caption: bool, next_line: str | None, rules: Rules) -> Block:
    if is_caption or rules.is_caption(line):
        return Figure(src=None, caption=line)
    if rules.is_attribution(line):
        return Note(line)
    if _is_heading_like(line) and next_line is not None and not _is_heading_like(next_line):
        return Heading(2, line)
    return Paragraph(runs(line))


def clean_text(text: str, rules: Rules | None = None) -> Document:
    """Turn copied page text into a Document: title first, residue dropped."""
    rules = rules or load_rules()
    lines = [line for line in _lines(text) if line and not rules.is_residue(line)]
    lines, captions = _without_repeats(lines)
    title_at = next(
        (i for i, line in enumerate(lines)
         if i not in captions and len(line.split()) <= MAX_TITLE_WORDS
         and not line.endswith(".")),
        None,
    )
    title = lines[title_at] if title_at is not None else ""
    blocks: list[Block] = []
    for i, line in enumerate(lines):
        if i == title_at:
            continue
        following = lines[i + 1] if i + 1 < len(lines) else None
        blocks.append(_block_for(line, i in captions, following, rules))
    return Document(title=title, blocks=blocks, lang="")
