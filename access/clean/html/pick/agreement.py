"""How much two texts agree: their words, their 4-word shingles, and the share one holds of another."""

from __future__ import annotations

import re
from functools import lru_cache

from access.clean.html.pick.prose import TEXT_CACHE, block_text
from access.document.model import UNSPACED_CHAR, has_unspaced

WORD = re.compile(r"\w+")
# in scripts written without spaces each letter is a token: a shingle is four characters (a word
# by \w+ is a whole clause there, and two candidates that cut a clause apart differently agree
# on none of its shingles)
SPACELESS_TOKEN = re.compile(rf"(?:(?!{UNSPACED_CHAR})\w)+|(?=\w){UNSPACED_CHAR}")
# soft hyphens and zero-width marks inside words: readability keeps them, trafilatura drops
# them (as every non-printable character), so the two texts are compared without them
INVISIBLE = re.compile("[\xad\u200b\u200c\u200d\u2060\ufeff]")
SHINGLE = 4
Shingles = frozenset[tuple[str, ...]]  # a text's runs of SHINGLE words
GAP_NEW = 0.2  # a block the other candidate holds less than this share of is its own


@lru_cache(maxsize=TEXT_CACHE)
def folded_words(text: str) -> tuple[str, ...]:
    """The words of ``text``, casefolded, invisible marks dropped (an ASCII text has none:
    str.translate reads a non-ASCII text a character at a time, five times slower); in a
    script written without spaces, its letters."""
    text = text.casefold()
    if text.isascii():
        return tuple(WORD.findall(text))
    text = INVISIBLE.sub("", text)
    return tuple((SPACELESS_TOKEN if has_unspaced(text) else WORD).findall(text))


@lru_cache(maxsize=TEXT_CACHE)
def shingles(text: str) -> Shingles:
    """The shingles of ``text``: each run of SHINGLE words (``folded_words``), or all of a shorter
    text. Kept for the next call: trimming the edges, filling the gaps and marking captions
    ask for the same blocks' shingles."""
    toks = folded_words(text)
    if len(toks) < SHINGLE:
        return frozenset((toks,)) if toks else frozenset()
    return frozenset(zip(*(toks[i:] for i in range(SHINGLE)), strict=False))  # each SHINGLE-word run


def forget_texts() -> None:
    """Drop the words and shingles kept from the last page: a page's texts are compared
    within it (and a page's time is its own, not eased by the one before)."""
    folded_words.cache_clear()
    shingles.cache_clear()
    block_text.cache_clear()


def text_held(text: str, other: Shingles, share: float) -> bool:
    """Whether ``other`` holds ``share`` of the shingles of ``text`` at least."""
    return shingles_held(shingles(text), other, share)


def shingles_held(own: Shingles, other: Shingles, share: float) -> bool:
    """Whether ``other`` holds ``share`` of ``own`` at least (none when ``own`` is empty)."""
    return bool(own) and len(own & other) >= share * len(own)


def mostly_new(text: str, others: Shingles) -> bool:
    """Whether ``others`` hold less than GAP_NEW of the shingles of ``text`` (a block new to them)."""
    own = shingles(text)
    return bool(own) and len(own & others) < GAP_NEW * len(own)


def holding_block(own: Shingles, blocks: list[Shingles], share: float) -> int | None:
    """The block holding most of ``own`` (at least ``share`` of it), if any."""
    best = max(range(len(blocks)), key=lambda i: len(own & blocks[i]), default=None)
    if best is None or not own or len(own & blocks[best]) < share * len(own):
        return None
    return best
