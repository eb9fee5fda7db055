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
class TrimSettings:
    """Which trims run; each is judged on held-out sites by benchmarks/html_sitecv.py."""

    lead_in: bool = True
    tag_lines: bool = True
    empty_sections: bool = True
    repeated_captions: bool = True


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
    """Cut the body at a block that is only a list of tags, once most of the text is above it
    (a topics line over the headline is dropped alone, never with the article under it)."""
    total = _words(blocks)
    for index, block in enumerate(blocks):
        if not isinstance(block, Figure) and rules.tag_line.fullmatch(block.text.strip()):
            if _words(blocks[:index]) >= total / 2:
                return blocks[:index]
            blocks = blocks[:index] + blocks[index + 1:]
            return drop_tag_lines(blocks, rules)
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


def trim(blocks: list[Block], title: str, settings: TrimSettings | None = None) -> list[Block]:
    """All trims, in reading order."""
    settings = settings or TrimSettings()
    rules = load_trim_rules()
    if settings.lead_in:
        blocks = drop_lead_in(blocks, title, rules)
    if settings.tag_lines:
        blocks = drop_tag_lines(blocks, rules)
    if settings.repeated_captions:
        blocks = drop_repeated_captions(blocks)
    if settings.empty_sections:
        blocks = drop_empty_sections(blocks)
    return blocks
