"""Cleaning rules as data: named tables loaded from residue.toml."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

RULES_FILE = Path(__file__).with_name("residue.toml")


@dataclass(frozen=True)
class Rules:
    residue_lines: frozenset[str]
    residue_pattern: re.Pattern[str]
    attribution_pattern: re.Pattern[str]
    caption_pattern: re.Pattern[str]

    def is_residue(self, line: str) -> bool:
        key = line.strip().casefold()
        return key in self.residue_lines or bool(self.residue_pattern.fullmatch(key))

    def is_attribution(self, line: str) -> bool:
        return bool(self.attribution_pattern.fullmatch(line.strip()))

    def is_caption(self, line: str) -> bool:
        return bool(self.caption_pattern.match(line.strip()))


def _alternation(patterns: list[str], flags: int = 0) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns) or r"(?!)", flags)


@cache
def load_rules(path: Path = RULES_FILE) -> Rules:
    """Load and compile the rule tables once."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    lines = frozenset(w.casefold() for table in data["lines"].values() for w in table)
    residue = [p for table in data["patterns"].values() for p in table]
    return Rules(
        residue_lines=lines,
        residue_pattern=_alternation(residue, re.IGNORECASE),
        attribution_pattern=_alternation(data["attribution"]["patterns"], re.IGNORECASE),
        caption_pattern=_alternation(data["captions"]["prefixes"]),
    )
