"""Japanese text → the kana it is said as, for an engine that reads kana but not kanji.

espeak-ng's Japanese voice reads hiragana, katakana and digits, and names each kanji ("Chinese
letter"). MeCab (fugashi, with the UniDic-lite dictionary) splits a sentence into words and
gives each its pronunciation in katakana, as said: the topic particle は as ワ, を as オ, へ as
エ, long vowels as ー (トーキョー), a kanji's reading by its word (人 as ヒト or ニン). A word
the dictionary does not know, in Latin letters say, stays as written; a number in digits before
a counter whose reading depends on it (9日, 2人) is said whole, from kana.toml."""

from __future__ import annotations

import tomllib
import unicodedata
from functools import cache
from importlib.resources import files
from typing import Any


@cache
def _tagger() -> Any:
    import fugashi  # only for Japanese: its dictionary is mapped on first use

    return fugashi.Tagger()


@cache
def _counted() -> dict[str, dict[str, str]]:
    return tomllib.loads(files("access.speech").joinpath("kana.toml").read_text("utf-8"))["counted"]


def _said(word: Any) -> str:
    pron = word.feature.pron
    return pron if pron and pron != "*" else word.surface


def kana(text: str) -> str:
    """``text`` with every word the dictionary knows in katakana as said; the spaces between
    words kept, full-width digits and letters made plain (espeak-ng says nothing for ２０２４)."""
    words = _tagger()(text)
    said: list[str] = []
    counted = False  # the word is a counter, said with its number
    for word, after in zip(words, [*words[1:], None], strict=True):
        if counted:
            counted = False
            continue
        readings = _counted().get(after.surface, {}) if after and not after.white_space else {}
        number = unicodedata.normalize("NFKC", word.surface)
        if readings and number.isascii() and number.isdecimal():
            counted = True
            whole = readings.get(number.lstrip("0")) or number + readings.get("other", _said(after))
            said.append(word.white_space + whole)
        else:
            said.append(word.white_space + _said(word))
    return unicodedata.normalize("NFKC", "".join(said))
