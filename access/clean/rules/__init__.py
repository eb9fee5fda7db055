"""Cleaning rules as data: named tables loaded from residue.toml."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

RULES_FILE = Path(__file__).with_name("residue.toml")
# The end of a line that a pattern anchored at the end is searched in: no credit or "more" link
# is longer, and searching a long paragraph from every position is most of the cleaner's time.
LINE_END_CHARS = 200
MAX_CAPTION_WORDS = 50
# A "more" link and the word before it are shorter still ("… continua a leggere …"): a teaser's
# end is searched for in this many characters (identical on the 196,679 dev and held-out lines).
TEASER_END_CHARS = 64


def _alternation(patterns: list[str], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns) or r"(?!)", flags)


def _key(line: str) -> str:
    return line.strip().casefold()


@dataclass(frozen=True)
class Rules:
    residue_lines: frozenset[str]
    residue_pattern: re.Pattern[str]
    attribution_pattern: re.Pattern[str]
    caption_pattern: re.Pattern[str]
    caption_credit_pattern: re.Pattern[str]
    text_source_pattern: re.Pattern[str]
    stop_pattern: re.Pattern[str]
    promo_pattern: re.Pattern[str]
    soft_stop_pattern: re.Pattern[str]
    byline_pattern: re.Pattern[str]
    date_pattern: re.Pattern[str]
    inline_residue_pattern: re.Pattern[str]
    hidden_classes: frozenset[str]
    hidden_style_pattern: re.Pattern[str]
    shown_from_width_pattern: re.Pattern[str]
    chrome_pattern: re.Pattern[str]  # residue, inline residue, stops and soft stops in one
    consent_cookie_pattern: re.Pattern[str]
    consent_use_pattern: re.Pattern[str]
    teaser_end_pattern: re.Pattern[str]
    comment_pattern: re.Pattern[str]

    def is_residue(self, line: str) -> bool:
        """Chrome anywhere on a page: skip links, alerts, widgets, share and nav labels."""
        key = _key(line)
        return key in self.residue_lines or bool(self.residue_pattern.fullmatch(key))

    def is_attribution(self, line: str) -> bool:
        return bool(self.attribution_pattern.fullmatch(line.strip()))

    def is_caption(self, line: str) -> bool:
        """A caption's label opens the line, or a credit closes it; a line longer than a
        caption with the credit glued to its last sentence's stop is a paragraph its picture's
        credit was run into ("… Kartellbehörden.Foto: photocase.de")."""
        line = line.strip()
        if self.caption_pattern.match(line):
            return True
        end = line[-LINE_END_CHARS:]
        credit = self.caption_credit_pattern.search(end)
        return bool(credit) and not (credit.start() and end[credit.start() - 1] in ".!?"
                                     and len(line.split()) > MAX_CAPTION_WORDS)

    def is_credit(self, line: str) -> bool:
        """The whole line is a picture's credit ('Titelbild: …', 'Crédits photos : …',
        '© Oli Scarff/Getty Images'): no prose of the article. The text's own source
        ('Quelle: kathpress', '© Reuters') is not one: it closes the article."""
        line = line.strip()
        return (len(line) <= LINE_END_CHARS and bool(self.caption_credit_pattern.match(line))
                and not self.text_source_pattern.fullmatch(line))

    def is_stop(self, line: str) -> bool:
        """A line after which the article is over (comments, tags), or a promotion."""
        return bool(self.stop_pattern.fullmatch(_key(line)))

    def is_promo(self, line: str) -> bool:
        """A share, newsletter or follow-us line: it ends the article unless prose follows."""
        return bool(self.promo_pattern.fullmatch(_key(line)))

    def is_soft_stop(self, line: str) -> bool:
        """A related or "more" box: the end of the article, or a box inside it."""
        return bool(self.soft_stop_pattern.fullmatch(_key(line)))

    def is_byline(self, line: str) -> bool:
        return len(line) < 160 and bool(self.byline_pattern.fullmatch(_key(line)))

    def is_date(self, line: str) -> bool:
        return len(line) < 80 and bool(self.date_pattern.fullmatch(_key(line)))

    def is_chrome(self, line: str) -> bool:
        """Residue, inline residue, a stop or a soft stop: one match for the four tables."""
        key = _key(line)
        return key in self.residue_lines or bool(self.chrome_pattern.fullmatch(key))

    def is_consent(self, line: str) -> bool:
        """A line of a cookie-consent or privacy-settings dialog."""
        return bool(self.consent_cookie_pattern.search(line) and self.consent_use_pattern.search(line))

    def is_teaser(self, line: str) -> bool:
        """A teaser card's summary: a line ending in its "more" link ("… Mehr…", "… Read more")."""
        return bool(self.teaser_end_pattern.search(_key(line[-TEASER_END_CHARS:])))

    def is_comment_mark(self, line: str) -> bool:
        """A comment's "… says:" line or its reply link: what a comment section repeats."""
        return len(line) < 100 and bool(self.comment_pattern.fullmatch(_key(line)))

    def is_inline_residue(self, line: str) -> bool:
        """Media and widget labels that sit between body paragraphs."""
        return bool(self.inline_residue_pattern.fullmatch(_key(line)))


@cache
def load_rules(path: Path = RULES_FILE) -> Rules:
    """Load and compile the rule tables once."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    lines = frozenset(w.casefold() for table in data["lines"].values() for w in table)
    residue = [p for table in data["patterns"].values() for p in table]
    return Rules(
        residue_lines=lines,
        residue_pattern=_alternation(residue),
        attribution_pattern=_alternation(data["attribution"]["patterns"]),
        caption_pattern=_alternation(data["captions"]["prefixes"], 0),
        caption_credit_pattern=_alternation([f"(?:{p})$" for p in data["captions"]["credit_suffixes"]]),
        text_source_pattern=_alternation(data["captions"]["text_sources"]),
        stop_pattern=_alternation(data["stop"]["hard"] + data["stop"]["promo"]),
        promo_pattern=_alternation(data["stop"]["promo"]),
        soft_stop_pattern=_alternation(data["stop"]["soft"]),
        byline_pattern=_alternation(data["byline"]["patterns"]),
        date_pattern=_alternation(data["byline"]["dates"]),
        inline_residue_pattern=_alternation(data["inline_residue"]["patterns"]),
        hidden_classes=frozenset(data["page"]["hidden_classes"]),
        hidden_style_pattern=_alternation(data["page"]["hidden_styles"]),
        shown_from_width_pattern=re.compile(data["page"]["shown_from_width"]),
        chrome_pattern=_alternation(residue + data["inline_residue"]["patterns"] + data["stop"]["hard"]
                                    + data["stop"]["promo"] + data["stop"]["soft"]),
        consent_cookie_pattern=re.compile(data["consent"]["cookie"], re.IGNORECASE),
        consent_use_pattern=re.compile(data["consent"]["use"], re.IGNORECASE),
        teaser_end_pattern=_alternation([rf"\S\s+(?:{p})$" for p in data["teasers"]["more_links"]]),
        comment_pattern=_alternation(data["comments"]["says"] + data["comments"]["reply"]),
    )
