"""Detect the language of a document's text (ISO 639-1 code), from its prose only."""

from __future__ import annotations

import re
import unicodedata

from access.document.model import SCRIPT_STOPS

MIN_CHARS = 200  # below this much prose the declared language (or the default) is trusted
MIN_UNDECLARED_CHARS = 40  # ... but with none declared (copied text), this much is told from the
# default: two short German sentences ("Wie war das nochmal mit den Variablen? …") were read as English
MIN_WORDS = 4  # a sentence in a script written with spaces
MIN_SPACELESS = 12  # letters of a sentence in a script written without spaces (CJK, Thai…)
SPACED_SCRIPTS = ("LATIN", "GREEK", "CYRILLIC", "ARMENIAN", "GEORGIAN")
SENTENCES = re.compile(rf"[^.!?{SCRIPT_STOPS}\n]+[.!?{SCRIPT_STOPS}]?")


def _spaceless_letters(sentence: str) -> int:
    return sum(1 for c in sentence
               if c.isalpha() and not unicodedata.name(c, "").startswith(SPACED_SCRIPTS))


def _is_prose(sentence: str) -> bool:
    """A sentence, not a menu: words ended by a full stop, or a run of a spaceless script
    (menus and link lists are words with no sentence end)."""
    ended = sentence.rstrip()[-1:] in ".!?" + SCRIPT_STOPS
    return (ended and len(sentence.split()) >= MIN_WORDS) or _spaceless_letters(sentence) >= MIN_SPACELESS


def prose(text: str) -> str:
    """The sentences of ``text``, without its menus, link lists and labels."""
    return " ".join(s.strip() for s in SENTENCES.findall(text) if _is_prose(s))


def detect_language(text: str, default: str = "en", least: int = MIN_CHARS) -> str:
    """The most likely language of ``text``'s prose; ``default`` when there is less than
    ``least`` characters of it to tell (a page of navigation keeps its declared language)."""
    sample = prose(text[:20000])[:5000]
    if len(sample) < least:
        return default
    from access.document.language_id import classify  # the model loads on first use

    lang, _score = classify(sample)
    return lang
