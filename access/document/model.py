"""The article model: dataclasses for a document, its blocks and inline runs."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import icu

SCHEMA_VERSION = 1
# Scripts written without spaces between words: Thai, Lao, Myanmar, Khmer, kana and Han (with
# CJK punctuation and full-width forms, which ICU tells from words).
UNSPACED_CHAR = (r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3000-\u30ff\u3400-\u4dbf"
                 r"\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
UNSPACED = re.compile(UNSPACED_CHAR + "+")
# Marks ending a sentence in other scripts, beside ".!?…": the ideographic full stop and full-width
# marks (Chinese, Japanese), the danda (Hindi, Bengali, Nepali, …), the Arabic question mark and
# the Urdu full stop, the Armenian, Ethiopic, Myanmar and Khmer full stops. (The Greek question mark is
# ";" once normalised, as it is in Latin text: not a sentence's end.)
SCRIPT_STOPS = "。！？｡।॥؟۔։።။។"
# Marks ending a statement, a question, an exclamation, in Latin and other scripts (for
# str.endswith): SCRIPT_STOPS' full stops; the full-width marks (Chinese, Japanese), the Arabic and
# the Ethiopic question marks, the doubled ones ("‼", "⁉").
FULL_STOPS = (".", "。", "｡", "।", "॥", "۔", "։", "።", "။", "។")
QUESTION_ENDS = ("?", "？", "؟", "፧", "⁇", "⁈", "⁉")
EXCLAMATION_ENDS = ("!", "！", "‼")
SPOKEN_ENDS = QUESTION_ENDS + EXCLAMATION_ENDS  # a question or an exclamation speaks to the reader
# The UTF-8 lead bytes of every character UNSPACED_CHAR holds (U+0800-U+1FFF, U+3000-U+9FFF,
# U+F000-U+FFFF): a text whose encoding has none holds no unspaced script
UNSPACED_LEADS = (b"\xe0", b"\xe1", b"\xe3", b"\xe4", b"\xe5", b"\xe6", b"\xe7", b"\xe8", b"\xe9",
                  b"\xef")
LONG_TEXT = 256  # from this length the lead-byte test is faster than the regular expression's scan
WORD_STATUS = 100  # ICU's rule status at or above which a segment is a word, not space or punctuation
# Lists nested deeper than this are shown at this depth: no article needs more, and every level
# is two more elements for the page, the PDF and the EPUB to nest
MAX_LIST_DEPTH = 8


@cache
def _word_breaker() -> icu.BreakIterator:
    import icu  # PyICU: only for scripts written without spaces

    return icu.BreakIterator.createWordInstance(icu.Locale.getRoot())


def _dictionary_words(run: str) -> int:
    """Words in a run of unspaced script, found by ICU's dictionaries."""
    breaker = _word_breaker()
    breaker.setText(run)
    return sum(1 for _end in breaker if breaker.getRuleStatus() >= WORD_STATUS)


def has_unspaced(text: str) -> bool:
    """Whether ``text`` holds a script written without spaces. A long text is first encoded and
    searched for those scripts' lead bytes (a byte search, eight times faster than the regular
    expression's scan of a page's text, which most pages would pass without a match)."""
    if text.isascii():
        return False
    if len(text) >= LONG_TEXT:
        data = text.encode("utf-8", "surrogatepass")
        if not any(lead in data for lead in UNSPACED_LEADS):
            return False
    return UNSPACED.search(text) is not None


def count_words(text: str) -> int:
    """Words in ``text``: spaced scripts by their spaces; Chinese, Japanese, Thai and other
    scripts without spaces by ICU's word dictionaries."""
    if text.isascii() or not has_unspaced(text):
        return len(text.split())  # most lines: no unspaced script to look for
    runs = UNSPACED.findall(text)
    spaced = len(UNSPACED.sub(" ", text).split()) if runs else len(text.split())
    return spaced + sum(_dictionary_words(run) for run in runs)


@dataclass
class Inline:
    """A run of text, optionally a link and/or emphasised."""

    text: str
    href: str | None = None
    style: str | None = None  # None, "em", "strong" or "code"


def plain(inlines: list[Inline]) -> str:
    """The plain text of a list of inline runs."""
    return "".join(run.text for run in inlines).strip()


def runs_before(inlines: list[Inline], at: int) -> list[Inline]:
    """The runs of ``inlines`` before character ``at`` of their joined text, the last one
    shortened where ``at`` falls inside it."""
    kept: list[Inline] = []
    seen = 0
    for run in inlines:
        if seen >= at:
            break
        kept.append(run if seen + len(run.text) <= at else replace(run, text=run.text[:at - seen]))
        seen += len(run.text)
    return kept


def runs(text: str) -> list[Inline]:
    """A single plain run holding ``text``."""
    return [Inline(text)]


@dataclass
class _Block:
    """What every block carries: its language and direction where they differ from the
    document's ("" where they do not)."""

    lang: str = field(default="", kw_only=True)
    dir: str = field(default="", kw_only=True)


@dataclass
class Heading(_Block):
    level: int  # 2..6; the document title is the only level 1
    text: str
    type: str = field(default="heading", init=False)


@dataclass
class Paragraph(_Block):
    inlines: list[Inline]
    type: str = field(default="paragraph", init=False)

    @property
    def text(self) -> str:
        return plain(self.inlines)


@dataclass
class ListBlock(_Block):
    """A list, nested lists flattened into ``items`` in reading order so that its text, its
    sentences and their parts ("item", i) are those of a flat list, and a flat list (or old
    JSON) needs nothing more. ``levels`` gives each item's depth (0 the outer list, one more per
    nested list; [] when flat); ``numbered`` whether the list holding each item is ordered (a
    nested list takes its first item's; [] when every list is of the outer kind)."""

    ordered: bool
    items: list[list[Inline]]
    levels: list[int] = field(default_factory=list)
    numbered: list[bool] = field(default_factory=list)
    type: str = field(default="list", init=False)

    def __post_init__(self) -> None:
        """Levels a renderer can nest: the first item at 0, none more than one deeper than the
        item before it nor deeper than MAX_LIST_DEPTH; [] for a flat list or one kind."""
        levels, depth = [], -1
        for level in self.levels[:len(self.items)]:
            depth = max(0, min(level, depth + 1, MAX_LIST_DEPTH))
            levels.append(depth)
        self.levels = levels + [0] * (len(self.items) - len(levels)) if any(levels) else []
        numbered = [*self.numbered[:len(self.items)],
                    *[self.ordered] * (len(self.items) - len(self.numbered))]
        self.numbered = numbered if self.levels and any(
            kind != self.ordered for kind in numbered) else []

    @property
    def text(self) -> str:
        return "\n".join(plain(item) for item in self.items)

    def outline(self) -> ListOutline:
        """The list as the nested lists it shows: each item under the item before it that is
        one level up."""
        top = ListOutline(self.ordered)
        stack = [top]
        for index, item in enumerate(self.items):
            level = self.levels[index] if self.levels else 0
            if level == len(stack):  # the first item of a list inside the previous item
                parent = stack[-1].entries[-1]
                parent.sublist = ListOutline(self.numbered[index] if self.numbered else self.ordered)
                stack.append(parent.sublist)
            del stack[level + 1:]
            stack[level].entries.append(ListEntry(index, item))
        return top


@dataclass
class ListEntry:
    """One item of a ListOutline: its index in ``ListBlock.items``, its runs, the list inside it."""

    index: int
    inlines: list[Inline]
    sublist: ListOutline | None = None


@dataclass
class ListOutline:
    """One list of a nested ListBlock, as renderers show it."""

    ordered: bool
    entries: list[ListEntry] = field(default_factory=list)


@dataclass
class Quote(_Block):
    blocks: list[Block]
    attribution: str | None = None
    type: str = field(default="quote", init=False)

    @property
    def text(self) -> str:
        return "\n".join(block.text for block in self.blocks)


@dataclass
class Figure(_Block):
    src: str | None  # http(s) or data:image URL; None when only the caption survived
    alt: str = ""
    caption: str = ""
    credit: str = ""
    type: str = field(default="figure", init=False)

    @property
    def text(self) -> str:
        return " ".join(part for part in (self.caption, self.credit) if part)


@dataclass
class Table(_Block):
    header: list[list[str]]
    rows: list[list[str]]
    caption: str = ""
    type: str = field(default="table", init=False)

    @property
    def text(self) -> str:
        return "\n".join("\t".join(row) for row in [*self.header, *self.rows])


@dataclass
class Code(_Block):
    code: str
    type: str = field(default="code", init=False)

    @property
    def text(self) -> str:
        return self.code


@dataclass
class Note(_Block):
    """An attribution or editor's line such as "…provided by Reuters."."""

    note: str
    type: str = field(default="note", init=False)

    @property
    def text(self) -> str:
        return self.note


Block = Heading | Paragraph | ListBlock | Quote | Figure | Table | Code | Note


@dataclass
class Document:
    title: str
    blocks: list[Block] = field(default_factory=list)
    byline: str = ""
    date: str = ""
    lang: str = "en"
    dir: str = ""  # "ltr", "rtl", or "" until access.document.direction decides it
    site: str = ""
    source_url: str = ""
    description: str = ""
    standfirst: str = ""  # the sentence set under the headline, shown and read with the header

    @property
    def text(self) -> str:
        """The body's plain text, block by block."""
        return "\n\n".join(block.text for block in self.blocks)

    def word_count(self) -> int:
        return count_words(self.text)
