"""Trim what an extractor kept around the article: a lead-in before the headline, tag lines,
a caption line said again under every picture, and headings with no text under them
(teaser cards of related stories) at the end."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from access.document import Block, Figure, Heading, Paragraph

RULES_FILE = Path(__file__).parent / "rules" / "page.toml"
TITLE_OVERLAP = 0.5  # word overlap that makes a heading the headline again


@dataclass(frozen=True)
class TrimRules:
    tag_line: re.Pattern[str]
    max_lead_in_share: float
    lead_in_title_overlap: float


@cache
def load_trim_rules(path: Path = RULES_FILE) -> TrimRules:
    """page.toml's [trim] table, compiled once."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))["trim"]
    pattern = "|".join(f"(?:{p})" for p in data["tag_lines"]) or r"(?!)"
    return TrimRules(re.compile(pattern, re.IGNORECASE | re.DOTALL),
                     float(data["max_lead_in_share"]), float(data["lead_in_title_overlap"]))


def like_title(text: str, title: str, overlap: float = TITLE_OVERLAP) -> bool:
    """The page's headline again (often worded a little differently from og:title)."""
    words, title_words = set(text.casefold().split()), set(title.casefold().split())
    if not words or not title_words:
        return False
    return len(words & title_words) / len(words | title_words) >= overlap


def _words(blocks: list[Block]) -> int:
    return sum(len(block.text.split()) for block in blocks)


def drop_lead_in(blocks: list[Block], title: str, rules: TrimRules) -> list[Block]:
    """Start at a heading repeating the title when little text comes before it."""
    total = _words(blocks)
    for index, block in enumerate(blocks):
        if isinstance(block, Heading) and like_title(block.text, title,
                                                     rules.lead_in_title_overlap):
            if index and _words(blocks[:index]) <= rules.max_lead_in_share * total:
                return blocks[index:]
            break
    return blocks


def drop_tag_lines(blocks: list[Block], rules: TrimRules) -> list[Block]:
    """Cut the body at a block that is only a list of tags."""
    for index, block in enumerate(blocks):
        if not isinstance(block, Figure) and rules.tag_line.fullmatch(block.text.strip()):
            return blocks[:index]
    return blocks


def drop_empty_sections(blocks: list[Block]) -> list[Block]:
    """Cut at the first of the trailing headings that have only figures (or nothing) after
    them: teaser cards, not sections of the article."""
    end = len(blocks)
    cut = end
    for index in range(end - 1, -1, -1):
        block = blocks[index]
        if isinstance(block, Heading):
            cut = index
        elif not isinstance(block, Figure):
            break
    return blocks[:cut]


def drop_repeated_captions(blocks: list[Block]) -> list[Block]:
    """Drop a paragraph right after a picture that repeats an earlier paragraph word for word:
    one caption line set under every picture. (Elsewhere repeats can be content: meal plans.)"""
    seen: set[str] = set()
    kept: list[Block] = []
    for index, block in enumerate(blocks):
        if isinstance(block, Paragraph):
            key = " ".join(block.text.casefold().split())
            if key in seen and index and isinstance(blocks[index - 1], Figure):
                continue
            seen.add(key)
        kept.append(block)
    return kept


def trim(blocks: list[Block], title: str) -> list[Block]:
    """All trims, in reading order."""
    rules = load_trim_rules()
    blocks = drop_tag_lines(drop_lead_in(blocks, title, rules), rules)
    return drop_empty_sections(drop_repeated_captions(blocks))
