"""The pronunciation set, compared as espeak-ng phonemes: what our script makes the engine say
against the words a person would say. Shared by the test and the benchmark."""

from __future__ import annotations

import re
import subprocess
import tomllib
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from pathlib import Path

from access.speech import normalise

CASES = Path(__file__).resolve().parents[1] / "data" / "pronunciation.toml"
ESPEAK_VOICE = {"en": "en-us", "fr": "fr", "de": "de", "es": "es", "it": "it", "pt": "pt", "pt-BR": "pt-br",
                "nl": "nl", "pl": "pl", "sv": "sv", "ru": "ru", "ja": "ja"}
NOT_SOUNDS = re.compile(r"[\s_|!'‘’,]")  # pauses, word gaps and stress marks


def cases() -> dict[str, list[dict]]:
    return tomllib.loads(CASES.read_text(encoding="utf-8"))


@lru_cache(maxsize=4096)
def phonemes(text: str, lang: str) -> str:
    out = subprocess.run(["espeak-ng", "-q", "-x", "-v", ESPEAK_VOICE[lang], text],
                         capture_output=True, text=True, check=True).stdout
    return NOT_SOUNDS.sub("", out)


def says_as(text: str, said: str, lang: str) -> bool:
    """Whether the engine says our script for ``text`` as it says ``said``, and not as it says
    ``text`` unread (so the case tests our script, not the engine)."""
    return phonemes(normalise(text, lang), lang) == phonemes(said, lang) != phonemes(text, lang)


def judged(lang: str, raw: bool = False) -> list[tuple[dict, bool]]:
    """Each case of ``lang`` and whether our script (or the raw text) sounds as expected."""
    def one(case: dict) -> tuple[dict, bool]:
        said = case["text"] if raw else normalise(case["text"], lang)
        return case, phonemes(said, lang) == phonemes(case["say"], lang)

    with ThreadPoolExecutor(4) as pool:
        return list(pool.map(one, cases()[lang]))


def share_right(lang: str, raw: bool = False) -> float:
    results = judged(lang, raw)
    return sum(ok for _case, ok in results) / len(results)
