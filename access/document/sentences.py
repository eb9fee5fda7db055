"""Split text into sentences once, for audio, captions and read-along alike.

pysbd where it has rules for the language (English, Arabic, Persian, Urdu, Hindi, Chinese,
Japanese, Russian, Greek, …: it knows their full stops and abbreviations); ICU's sentence rules
for the others (Hebrew, Korean, …). Thai marks the end of a sentence with a space, not a stop;
Tibetan (and Dzongkha) with a shad ("།") before a space."""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files

import icu
import pysbd
from pysbd.languages import LANGUAGE_CODES

from access.document.tags import base_language

# A space between two Thai characters ends a Thai sentence (or clause).
THAI_BREAK = re.compile(r"(?<=[\u0e00-\u0e7f])\s+(?=[\u0e00-\u0e7f])")
# pysbd's Arabic and Persian rules end a sentence at a colon, and the Arabic ones at the Arabic
# comma too ("قال الوزير،" | "في مؤتمر صحفي،" | …): a piece ending in one of these runs on.
CLAUSE_ENDS = {"ar": ("،", ":"), "fa": ("،", ":")}
# A shad (or two) before a space ends a Tibetan sentence or clause; ICU knows none of them.
SHAD_BREAK = re.compile(r"(?<=།)\s+(?=[\u0f00-\u0fff])")
# pysbd's time grows with the square of a text's length (each abbreviation it meets is replaced
# over the whole text, each sentence searched for from its start): a longer text is given to it
# in runs of ICU's sentences this long at most (no real paragraph is so long).
PYSBD_CHARS = 3_000
PYSBD_LONGEST = 20 * PYSBD_CHARS  # one ICU sentence longer (a 1 MB title) is kept whole:
# pysbd takes time in the square of it (minutes)
# The longest utterance handed to a speech engine at once: its sound is held whole (a 1 MB run
# without spaces, or a 20,000-digit number read out, was an hour of PCM, 0.8 GB and more). The
# longest real sentences of the held-out and dev texts have under 1,600 characters.
UTTERANCE_CHARS = 2_000
# A word the narration says in a few words however long it is written, kept whole when it
# alone is past that length: a run of digits (said by its length: "a number of 20,001 digits")
# or a web address (said by its site). Cut, each piece was said as a number or a word of its own.
# Only in a language the speech has rules for (access/speech/rules/<language>.toml): in
# another the engine reads the word as written, which a piece's length must bound.
SAID_SHORT = re.compile(r"(?:\d[\d.,]*|(?:https?://|www\.)\S*)[^\w\s]*")


@cache
def says_short(lang: str) -> bool:
    """Whether the narration of ``lang`` says long numbers and addresses short (has rules)."""
    primary = (base_language(lang) or "en").casefold()
    return files("access.speech").joinpath("rules", f"{primary}.toml").is_file()


@cache
def _segmenter(lang: str) -> pysbd.Segmenter:
    return pysbd.Segmenter(language=lang, clean=False)


def _icu_sentences(text: str, lang: str) -> list[str]:
    breaker = icu.BreakIterator.createSentenceInstance(icu.Locale(lang))
    breaker.setText(text)
    # ICU counts offsets in UTF-16 code units; slice the text the same way.
    units = text.encode("utf-16-le")
    start, out = 0, []
    for end in breaker:
        out.append(units[start * 2:end * 2].decode("utf-16-le"))
        start = end
    return out


def _runs(text: str, lang: str) -> list[str]:
    """``text`` cut between ICU's sentences into runs of at most PYSBD_CHARS characters (a
    longer sentence is a run of its own)."""
    if len(text) <= PYSBD_CHARS:
        return [text]
    runs = [""]
    for sentence in _icu_sentences(text, lang):
        if runs[-1] and len(runs[-1]) + len(sentence) > PYSBD_CHARS:
            runs.append("")
        runs[-1] += sentence
    return runs


# A web address's "?" or "!" inside it ends no sentence (pysbd and ICU both cut "example.com/
# story?id=5 today" after its "?", and narration said "id equals five today" apart): hidden
# from the splitters behind two noncharacters, then put back.
ADDRESS_STOPS = re.compile(r"(?:https?://|www\.)[^\s<>\"]*[?!][^\s<>\"]+")
HIDE_STOPS, SHOW_STOPS = str.maketrans("?!", "\ufdd0\ufdd1"), str.maketrans("\ufdd0\ufdd1", "?!")


def _stops_hidden(address: re.Match) -> str:
    return address[0][:-1].translate(HIDE_STOPS) + address[0][-1]


def _run_on(pieces: list[str], marks: tuple[str, ...]) -> list[str]:
    """``pieces`` with each one ending in one of ``marks`` joined to the next."""
    out: list[str] = []
    for piece in pieces:
        if out and out[-1].rstrip().endswith(marks):
            out[-1] += piece
        else:
            out.append(piece)
    return out


def split_sentences(text: str, lang: str = "en") -> list[str]:
    """The sentences of ``text``, stripped, empty ones dropped."""
    if ADDRESS_STOPS.search(text) and "\ufdd0" not in text and "\ufdd1" not in text:
        hidden = ADDRESS_STOPS.sub(_stops_hidden, text)
        return [sentence.translate(SHOW_STOPS) for sentence in split_sentences(hidden, lang)]
    lang = base_language(lang) or "en"
    if lang == "th":
        pieces = [p for part in _icu_sentences(text, lang) for p in THAI_BREAK.split(part)]
    elif lang in ("bo", "dz"):
        pieces = [p for part in _icu_sentences(text, lang) for p in SHAD_BREAK.split(part)]
    elif lang in LANGUAGE_CODES:
        pieces = [p for run in _runs(text, lang) for p in (
            [run] if len(run) > PYSBD_LONGEST else _segmenter(lang).segment(run))]
        if lang in CLAUSE_ENDS:
            pieces = _run_on(pieces, CLAUSE_ENDS[lang])
    else:
        pieces = _icu_sentences(text, lang)
    return [s.strip() for s in pieces if s.strip()]


def bounded(sentence: str, limit: int = UTTERANCE_CHARS, short: bool = False) -> list[str]:
    """``sentence`` in pieces of at most ``limit`` characters, each cut at its last space, or
    where the limit falls when it has none (``short``: a word said short, ``SAID_SHORT``, kept
    whole)."""
    pieces, start = [], 0
    while len(sentence) - start > limit:
        cut = sentence.rfind(" ", start + 1, start + limit + 1)
        end = cut if cut > 0 else start + limit
        if cut <= 0 and short:
            word_end = sentence.find(" ", start + 1) % (len(sentence) + 1)  # (-1: the end)
            if SAID_SHORT.fullmatch(sentence, start + (sentence[start] == " "), word_end):
                end = word_end
        pieces.append(sentence[start:end].strip())
        start = end
    pieces.append(sentence[start:].strip())
    return [p for p in pieces if p]


def utterances(text: str, lang: str = "en") -> list[str]:
    """The sentences of ``text``, each cut to at most UTTERANCE_CHARS characters (``bounded``):
    what narration speaks one at a time, and captions and read-along follow."""
    short = says_short(lang)
    return [piece for sentence in split_sentences(text, lang) for piece in bounded(sentence, short=short)]
