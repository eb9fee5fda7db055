"""A body line that is only the document's byline: "Von Georg Kasch", "MORITZ PAPPERT", "Par
Jacques Munier", "Redaktion - 31. Januar 2022", a writer's box's "Über Moritz Bachmann". The
document carries the byline in its metadata, read before the body: the reader heard it already.
A line saying more than the name (beside its "by" word or label, its day) is the article's own;
so is a heading of the name alone: a writer's box's over the bio (its heading), or a section's
whose words were misread as the byline ("Configuring Stunnel", "PNE AG"). The writer's address
beside the name ("Por Mariano Martín mmartin@ambito.com.ar") says no more than the name, nor
does an agency after it ("Von: det/dpa")."""

from __future__ import annotations

import re
from functools import cache

from access.clean.fields.bylines import words_joined
from access.clean.fields.dates import MONTH_NUMBERS, day_words, world_months
from access.clean.fields.wordlists import byline_words
from access.document import Block, Heading, Note, Paragraph

WORD = re.compile(r"[^\W_]+")
EMAIL = re.compile(r"\S+@\S+\.\w+")  # "johnnycastro.asesor@larepublica.net"
MAX_LINE_WORDS = 16  # a longer line is a sentence, whatever words it holds
MAX_LINE_CHARS = 200  # (a longer one is not read at all)


def _words(text: str) -> list[str]:
    return WORD.findall(text.casefold())


@cache
def _prefix_words() -> frozenset[str]:
    """Words that may stand before the name: a "by" word, a label's, an about heading's."""
    return words_joined("by_words", "author_labels", "writer_labels", "about_words")


@cache
def _date_words() -> frozenset[str]:
    return frozenset(byline_words()["dated_words"]) | day_words() | frozenset(MONTH_NUMBERS)


@cache
def _agencies() -> frozenset[str]:
    return frozenset(byline_words()["agencies"])


def _dated(word: str) -> bool:
    return word.isdigit() or word in _date_words() or word in world_months()


def _names(byline: str) -> list[str]:
    joiners = byline_words()["joiners"]
    return [word for word in _words(byline) if word not in joiners]


def byline_again(text: str, byline: str, bare: bool = True, beside: bool = True) -> bool:
    """Whether ``text`` is ``byline`` alone, perhaps after its "by" word or label ("Von", "Par",
    "Eine Kolumne von", "Über") and before its day ("31. Januar 2022 um 10:14 Uhr"); with
    ``bare`` false, only with one of them; with ``beside``, its e-mail address beside it counts
    as neither ("Por Mariano Martín mmartin@ambito.com.ar"), and an agency after it is as its
    day ("Von: det/dpa")."""
    names = _names(byline)
    if not names or len(text) > MAX_LINE_CHARS or names[-1] not in text.casefold():
        return False
    if beside and "@" in text:
        text = EMAIL.sub(" ", text)
    words = _words(text)
    if len(words) > MAX_LINE_WORDS:
        return False
    words = [word for word in words if word not in byline_words()["joiners"]]
    for start in range(len(words) - len(names) + 1):
        if words[start:start + len(names)] == names:
            before, after = words[:start], words[start + len(names):]
            return (all(w in _prefix_words() for w in before)
                    and all(_dated(w) or (beside and w in _agencies()) for w in after)
                    and (bare or bool(before or after)))
        if words[start] not in _prefix_words():
            return False
    return False


def drop_byline_again(blocks: list[Block], byline: str, beside: bool = True) -> list[Block]:
    """``blocks`` without the paragraphs and notes that are only ``byline`` again, and the
    headings that are it with its "by" word, label or day (``beside``: its address aside, an
    agency after it)."""
    if not byline.strip():
        return blocks
    return [block for block in blocks
            if not (isinstance(block, Paragraph | Heading | Note)
                    and byline_again(block.text, byline, not isinstance(block, Heading), beside))]
