"""Trim what an extractor kept with the article: tag lines and a caption line said again under
every picture. (A lead-in before the headline and teaser cards after the article are left to
the candidates' agreement, access.clean.html_pick: the trims that did it did not help on
held-out sites, benchmarks/html_sitecv.py.)"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from access.document import Block, Figure, Paragraph

RULES_FILE = Path(__file__).parent / "rules" / "page.toml"
TITLE_OVERLAP = 0.5  # word overlap that makes a heading the headline again


@dataclass(frozen=True)
class TrimSettings:
    """Which trims run; each is judged on held-out sites by benchmarks/html_sitecv.py."""

    tag_lines: bool = True
    repeated_captions: bool = True


@dataclass(frozen=True)
class TrimRules:
    tag_line: re.Pattern[str]


@cache
def load_trim_rules(path: Path = RULES_FILE) -> TrimRules:
    """page.toml's [trim] table, compiled once."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))["trim"]
    pattern = "|".join(f"(?:{p})" for p in data["tag_lines"]) or r"(?!)"
    return TrimRules(re.compile(pattern, re.IGNORECASE | re.DOTALL))


def like_title(text: str, title: str, overlap: float = TITLE_OVERLAP) -> bool:
    """The page's headline again (often worded a little differently from og:title)."""
    words, title_words = set(text.casefold().split()), set(title.casefold().split())
    if not words or not title_words:
        return False
    return len(words & title_words) / len(words | title_words) >= overlap


def _words(blocks: list[Block]) -> int:
    return sum(len(block.text.split()) for block in blocks)


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
    if settings.tag_lines:
        blocks = drop_tag_lines(blocks, rules)
    if settings.repeated_captions:
        blocks = drop_repeated_captions(blocks)
    return blocks
