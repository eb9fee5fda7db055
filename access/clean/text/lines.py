"""The copied page as lines: wrapped sentences joined, paragraphs and repeats marked."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache
from itertools import accumulate

from access.clean.fields import dates
from access.document.model import SCRIPT_STOPS, count_words

TERMINAL = re.compile(rf"(?:[.!?…:;\"”’)\]{SCRIPT_STOPS}」』）、]"
                      r"|[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?)$")
TERMINAL_CHARS = 3  # a terminal match takes two characters at most, and "$" may stand before a "\n"
# A closing quotation mark after a stop ends a sentence too, whichever the language's marks:
# „… dein Tun.“, «… im Haus zu haben.», »… sauber!«, ‚… ja.‘ (”, " and ’ end one alone). Alone
# they close a quoted title as often („Die große Comedy Chance“, « ministre de la pandémie »).
QUOTE_CLOSERS = "»«›‹“‘"
QUOTED_STOP = re.compile(rf"[.!?…][{QUOTE_CLOSERS}]$")
QUOTED_STOPS: ContextVar[bool] = ContextVar("quoted_stops", default=True)  # TextSettings.quoted_stops


def ends_sentence(line: str) -> bool:
    """Whether ``line`` ends as a sentence does (``TERMINAL``, or ``QUOTED_STOP`` while
    ``QUOTED_STOPS`` holds), looked for in its last characters only: searched from each
    character, a paragraph took time in its length."""
    tail = line[-TERMINAL_CHARS:]
    if TERMINAL.search(tail):
        return True
    return QUOTED_STOPS.get() and bool(QUOTED_STOP.search(tail))


# A line of only icon-font glyphs (the private use area: a share bar's or a recipe card's icons copy
# as such characters) or invisible format characters (zero-width space, word joiner, byte-order
# mark) is blank to a reader.
GLYPHS = re.compile("[\u00ad\u200b-\u200f\u2060-\u2064\ufeff\ue000-\uf8ff\U000f0000-\U0010ffff]+")
GLYPH_LINE_CHARS = 8  # such a line is no longer (an icon is one character)


def _glyphs_only(line: str) -> bool:
    return 0 < len(line) <= GLYPH_LINE_CHARS and bool(GLYPHS.fullmatch(line))


@contextmanager
def quoted_stops(on: bool) -> Iterator[None]:
    """``ends_sentence`` counts a stop inside closing quotes (``on``) while the block runs: the
    switch reaches every stage that asks without being passed down to each."""
    token = QUOTED_STOPS.set(on)
    try:
        yield
    finally:
        QUOTED_STOPS.reset(token)


SIGNS = "•●▪◦·*–▢☐□-"  # a bullet's signs, a checklist's empty boxes among them ("▢ 1 cup milk")
BARE_MARKER = re.compile(rf"^(?:[{SIGNS}]|\d{{1,2}}[.)])$")
REPEATED_PARAGRAPH_WORDS = 50  # a line this long said twice is a paragraph repeated on purpose, not
# a caption pasted twice (the dev set's longest such caption has 41 words)
WRAP_WORDS = 5  # a line this long not ending a sentence, and the next going on, are one


REMEMBERED = 8192  # lines whose answers are kept from one page to the next, at most


@cache
def word_count(line: str) -> int:
    """Words in a line, remembered: every stage asks again."""
    return count_words(line)


def iso_date(text: str, written: bool = True, day_first: bool = False) -> str:
    """dates.iso_date remembered: the header, the body's top and the leads ask of the same lines
    (under one key however the call is written: ``iso_date(line)`` and ``iso_date(line, True)``)."""
    return _iso_date(text, written, day_first)


@cache
def _iso_date(text: str, written: bool, day_first: bool) -> str:
    return dates.iso_date(text, written, day_first)


def forget_long_page() -> None:
    """After a page: the answers above forgotten when more than ``REMEMBERED`` lines asked.
    Within a page each is kept whatever the page's length, as every stage asks of the same lines
    again (a bounded cache lost them on a page of many distinct short lines, each asked anew)."""
    for remembered in (word_count, _iso_date):
        if remembered.cache_info().currsize > REMEMBERED:
            remembered.cache_clear()


@dataclass
class Lines:
    """The page's non-empty lines; ``paragraph`` marks those set apart by blank lines, which
    is how a browser copies <p> elements (menus and lists come one line after another)."""

    text: list[str]
    paragraph: list[bool]
    repeated: set[int]
    blank_before: list[bool]
    cells: dict[int, list[str]] = field(default_factory=dict)  # a table row's cells (a browser
    # copies a row with a tab between its cells), by line


def _continues(line: str, following: str, long: bool = False) -> bool:
    """``following`` goes on with ``line``'s sentence: a paragraph broken inside a sentence
    (a page set with <br>, preformatted text), not the next line of a menu or a list;
    ``long``: ``line`` is known to have ``WRAP_WORDS`` words (its words not counted again)."""
    return (following[0].islower() and not ends_sentence(line) and (long or word_count(line) >= WRAP_WORDS)
            and (ends_sentence(following) or word_count(following) >= WRAP_WORDS))


BACKLINK = re.compile(r"(?:↩[\ufe0e\ufe0f]?|\[↩\])\s*$")  # a footnote's link back to where it is cited


def backlinked(line: str) -> bool:
    """Whether ``line`` closes on a footnote's link back to where the text cites it ("… S. 177 ↩",
    "[↩]", "↩︎"): the note is over, whatever follows."""
    return "↩" in line and BACKLINK.search(line) is not None  # (the sign first: most lines lack it)


def _drop_cap(joined: list[str]) -> int:
    """Where a drop cap copied alone on its line is, at the end or over a blank line; -1 if none."""
    cap = len(joined) - 1 - (joined[-1:] == [""])
    return cap if cap >= 0 and len(joined[cap]) == 1 and joined[cap].isupper() else -1


def join_wrapped(raw: list[str], header_line: Callable[[str], bool] | None = None,
                 backlinks: bool = True) -> list[str]:
    """Lines broken inside a sentence joined again, so a wrapped paragraph scores as one; a
    list's number or bullet alone on its line ("1.") joined to its item, a drop cap to its word.
    A line ``header_line`` says is a dateline or byline, ending no sentence, goes on no line above
    it ("jeudi 13 juin 2019, par Attac France", "by Laura June July 10, 2015" under a headline);
    with ``backlinks``, a footnote ending in its backlink ("… S. 169 ↩") takes no line after it."""
    joined: list[str] = []
    tail: list[str] = []  # the lines going on with joined[-1]'s sentence, joined to it once it ends:
    # joined[-1] has WRAP_WORDS words then, and ends as tail[-1] does (a paragraph wrapped over
    # thousands of lines was copied whole, its words counted again, at each)
    for line in raw:
        if line[:1].islower() and (cap := _drop_cap(joined)) >= 0 and word_count(line) >= WRAP_WORDS:
            joined[cap:] = [joined[cap] + line]  # "T" over "urkey, Poland and …" (no tail: one letter)
        elif line and joined and joined[-1] and (
                (goes_on := _continues(tail[-1] if tail else joined[-1], line, bool(tail))
                 and not _header_line(line, header_line)
                 and not (backlinks and backlinked(tail[-1] if tail else joined[-1])))
                or BARE_MARKER.match(joined[-1])):
            if goes_on:
                tail.append(line)
            else:  # (a marker alone: no tail)
                joined[-1] = f"{joined[-1]} {line}"
        else:
            _join_tail(joined, tail)
            joined.append(line)
    _join_tail(joined, tail)
    return joined


def _join_tail(joined: list[str], tail: list[str]) -> None:
    """``tail``'s lines joined to the last of ``joined``, one space between, ``tail`` emptied."""
    if tail:
        joined[-1] = " ".join([joined[-1], *tail])
        tail.clear()


def _header_line(line: str, header_line: Callable[[str], bool] | None) -> bool:
    return header_line is not None and not ends_sentence(line) and header_line(line)


def read_lines(text: str, wrapped: bool = True, glyph_lines: bool = True,
               header_line: Callable[[str], bool] | None = None, backlinks: bool = True) -> Lines:
    """Non-empty lines with blank-line separation noted, a line repeated at once dropped
    (unless paragraph-long);
    ``wrapped``: lines broken inside a sentence joined first (a header's line, ``header_line``,
    to none above it, a footnote's line ending in its backlink to none below it, ``backlinks``);
    ``glyph_lines``: a line of only icons or invisible characters (``GLYPHS``) is blank."""
    raw = [" ".join(line.split()) for line in text.splitlines()]
    if glyph_lines:
        raw = ["" if _glyphs_only(line) else line for line in raw]
    rows = _table_rows(text) if "\t" in text else {}
    if wrapped:
        raw = join_wrapped(raw, header_line, backlinks)
    kept: list[str] = []
    paragraph: list[bool] = []
    repeated: set[int] = set()
    blank_before: list[bool] = []
    for i, line in enumerate(raw):
        if not line:
            continue
        if kept and (line == kept[-1] or near_duplicate(line, kept[-1])) and (
                word_count(line) < REPEATED_PARAGRAPH_WORDS):
            repeated.add(len(kept) - 1)
            continue
        before = i == 0 or not raw[i - 1]
        after = i + 1 >= len(raw) or not raw[i + 1]
        kept.append(line)
        paragraph.append(before and after)
        blank_before.append(before)
    cells = {i: rows[line] for i, line in enumerate(kept) if line in rows} if rows else {}
    return Lines(kept, paragraph, repeated, blank_before, cells)


def _table_rows(text: str) -> dict[str, list[str]]:
    """The cells of each line holding a tab between two of its words (a table's row as a browser
    copies it), by the line as read."""
    return {" ".join(line.split()): [" ".join(cell.split()) for cell in line.split("\t")]
            for line in text.splitlines() if "\t" in line.strip()}


def near_duplicate(a: str, b: str) -> bool:
    """The same caption pasted twice, once with a credit or trailing words added."""
    if len(a) < 30 or len(b) < 30:
        return False
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)  # (as sorted by length would: a first if as long)
    return long_.startswith(short[: max(30, int(len(short) * 0.9))])


def holding(texts: dict[int, str], words: Iterable[str]) -> set[int]:
    """The keys of ``texts`` holding one of ``words``: each word looked for once in the texts
    joined (a search a word for the page, not a loop of ``in`` over every word on every line);
    no word holds the NUL joining them."""
    keys = list(texts)
    joined = "\0".join(texts.values())
    starts = list(accumulate((len(text) + 1 for text in texts.values()), initial=0))
    found: set[int] = set()
    for word in words:
        at = joined.find(word)
        while at >= 0:
            k = bisect_right(starts, at) - 1
            found.add(keys[k])
            at = joined.find(word, starts[k + 1])  # (on from the next text)
    return found
