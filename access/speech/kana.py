"""Japanese text → the kana it is said as, for an engine that reads kana but not kanji.

espeak-ng's Japanese voice reads hiragana, katakana and digits, and names each kanji ("Chinese
letter"). MeCab (fugashi, with the UniDic-lite dictionary) splits a sentence into words and
gives each its pronunciation in katakana, as said: the topic particle は as ワ, を as オ, へ as
エ, long vowels as ー (トーキョー), a kanji's reading by its word (人 as ヒト or ニン). A word
the dictionary does not know, in Latin letters say, stays as written; a number in digits before
a counter whose reading depends on it (9日, 2人) is said whole, from kana.toml, and any other
in Japanese words by num2words: espeak-ng groups digits by thousands, as English does (12000
"juu ni sen" for いちまんにせん) and drops a decimal point (3.5 "san go")."""

from __future__ import annotations

import re
import tomllib
import unicodedata
from decimal import Decimal
from functools import cache
from importlib.resources import files
from typing import Any

from num2words import num2words

# Full-width digits made plain (UniDic reads １０ as テン); a NUL, where MeCab's C string ends, a space
BEFORE_TAGGING = str.maketrans("０１２３４５６７８９\x00", "0123456789 ")
# Kana against Latin letters: espeak-ng spells a word of both letter by letter, naming ー and
# the voicing marks ("Wi-Fiリヨージ": ri yo "Japanese letter" shi "Japanese letter")
LATIN_KANA = re.compile(r"(?<=[A-Za-z])(?=[\u3040-\u30ff])|(?<=[\u3040-\u30ff])(?=[A-Za-z])")
# A number as written, up to 15 digits (a longer one, an ID, the engine reads digit by digit),
# its thousands apart by commas; not a code that opens on a zero (06 of 2024-06-02)
NUMBER = re.compile(r"(?<![\d.,])(?:[1-9]\d{0,2}(?:,\d{3}){1,4}|[1-9]\d{0,14}|0)(?:\.\d{1,6})?(?![\d,]|\.\d)")


@cache
def _tagger() -> Any:
    import fugashi  # only for Japanese: its dictionary is mapped on first use

    return fugashi.Tagger()


@cache
def _table() -> dict[str, dict]:
    return tomllib.loads(files("access.speech").joinpath("kana.toml").read_text("utf-8"))


def _said(word: Any) -> str:
    pron = word.feature.pron
    return pron if pron and pron != "*" else word.surface


def kana(text: str) -> str:
    """``text`` with every word the dictionary knows in katakana as said, numbers in kana; the
    spaces between words kept, full-width letters made plain, Latin words apart from kana."""
    words = _tagger()(text.translate(BEFORE_TAGGING))
    said: list[str] = []
    counted = False  # the word is a counter, said with its number
    for word, after in zip(words, [*words[1:], None][:len(words)], strict=True):
        if counted:
            counted = False
            continue
        readings = _table()["counted"].get(after.surface, {}) if after and not after.white_space else {}
        number = unicodedata.normalize("NFKC", word.surface)
        if readings and number.isascii() and number.isdecimal():
            counted = True
            whole = readings.get(number.lstrip("0")) or number + readings.get("other", _said(after))
            said.append(word.white_space + whole)
        else:
            said.append(word.white_space + _said(word))
    said_text = unicodedata.normalize("NFKC", "".join(said))
    symbols = _table()["symbols"]
    said_text = re.sub("|".join(map(re.escape, symbols)), lambda m: symbols[m[0]], said_text)
    said_text = NUMBER.sub(lambda m: num2words(Decimal(m[0].replace(",", "")), lang="ja", reading=True),
                           said_text)
    return LATIN_KANA.sub(" ", said_text)
