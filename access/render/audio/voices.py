"""Which voice speaks: by id or name, else the preferred one for the document's language,
else the engine's default with a one-line warning. Every engine's voices in one list."""

from __future__ import annotations

import tomllib
import unicodedata
from functools import cache
from importlib.resources import files

from access.document.tags import base_language
from access.errors import AccessError, warn
from access.render.audio.engines import DEFAULT_ENGINE, VoiceInfo, engine_module, engine_names


@cache
def _table() -> dict:
    return tomllib.loads(files("access.render.audio").joinpath("voices.toml")
                         .read_text(encoding="utf-8"))


def engine_table(engine: str) -> dict:
    """voices.toml's table for ``engine``: default, preferred, and engine-specific keys."""
    return _table().get(engine, {})


def language(code: str) -> str:
    """The primary language of a code, as two letters where one exists: en-US → en, cmn → zh."""
    primary = base_language(code)
    return _table()["aliases"].get(primary, primary)


def regional_tags(code: str) -> list[str]:
    """``code`` and the broader tags its region belongs to, as voices name them:
    es-mx → es-mx, es-419 (a Latin American voice where no Mexican one is installed)."""
    subtags = code.casefold().replace("_", "-").split("-")
    region = next((s.upper() for s in subtags[1:] if len(s) == 2 or s.isdigit()), "")
    return [code.casefold(), *(tag.casefold() for tag, regions in _table().get("regions", {}).items()
                               if region in regions and base_language(tag) == subtags[0])]


def speaks(voice: VoiceInfo, lang: str) -> bool:
    return any(language(code) == language(lang) for code in voice.languages)


def engine_voices(engine: str = DEFAULT_ENGINE) -> list[VoiceInfo]:
    return engine_module(engine).voices()


def available_voices() -> list[tuple[str, str, str, tuple[str, ...]]]:
    """(engine, id, name, languages) for every installed voice of every engine."""
    return [(v.engine, v.id, v.name, v.languages)
            for engine in engine_names() for v in engine_voices(engine)]


def pick_voice(voices: list[VoiceInfo], wanted: str | None, lang: str,
               engine: str = DEFAULT_ENGINE) -> tuple[VoiceInfo, bool]:
    """The voice named ``wanted`` (id or name), else the preferred or first voice for ``lang``,
    else the engine's default; and whether it fell back to that default."""
    by_id = {voice.id.casefold(): voice for voice in voices}
    if wanted:
        for voice in voices:
            if wanted.casefold() in (voice.id.casefold(), voice.name.casefold()):
                return voice, False
        raise AccessError(f"unknown voice {wanted!r}; run 'access voices' to list installed ones")
    table = engine_table(engine)
    code = lang.casefold().replace("_", "-")

    preferences = {tag.casefold(): voice.casefold() for tag, voice in table.get("preferred", {}).items()}

    def exact(tag: str) -> VoiceInfo | None:
        return next((v for v in voices if tag == v.id.casefold().split("/")[-1]
                     or tag in (c.casefold() for c in v.languages)), None)

    # yue, en-gb, es-mx (as es-419): that very voice before the language's
    for tag in regional_tags(code) if code != language(code) else []:
        if preferences.get(tag) in by_id:
            return by_id[preferences[tag]], False
        if exact(tag):
            return exact(tag), False
    if preferences.get(language(code)) in by_id:
        return by_id[preferences[language(code)]], False
    if exact(code):
        return exact(code), False
    for voice in voices:
        if speaks(voice, lang):
            return voice, False
    default = by_id.get(table.get("default", "").casefold()) or (voices[0] if voices else None)
    if default is None:
        raise AccessError(f"the {engine} engine has no voice installed (make setup)")
    return default, True


def mostly_latin(text: str) -> bool:
    """Whether most of the text's letters are Latin ones (what an engine's default voice reads)."""
    letters = [c for c in text if c.isalpha()]
    return sum(unicodedata.name(c, "").startswith("LATIN") for c in letters) * 2 >= len(letters)


UNREAD_SHARE = 0.1  # of a text's letters, spelled out one by one: a listener cannot follow it


def share_named(text: str, names: list[str]) -> float:
    """The share of the text's letters whose Unicode names open with one of ``names``."""
    letters = [c for c in text if c.isalpha()]
    return sum(unicodedata.name(c, "").startswith(tuple(names)) for c in letters) / (len(letters) or 1)


def unvoiced(engine: str, wanted: str | None, lang: str, text: str) -> str:
    """Why no voice of ``engine`` can read ``text`` ("" when one can): no voice speaks its
    language and the default voice, which reads Latin letters, would spell out each other
    letter's code ("letter one seven eight zero" for a Khmer one); or the language's voice
    spells out a tenth of its letters or more (voices.toml ``unread``: espeak-ng says "Chinese
    letter" for each kanji of a Japanese text). A voice asked for by name is always used."""
    if wanted:
        return ""
    _, fell_back = pick_voice(engine_voices(engine), None, lang, engine)
    unread = engine_table(engine).get("unread", {}).get(language(lang), [])
    if fell_back and not mostly_latin(text):
        problem = "no {engine} voice reads {name} ('{lang}')"
    elif not fell_back and unread and share_named(text, unread) > UNREAD_SHARE:
        problem = ("the {engine} voice for {name} ('{lang}') cannot read its "
                   + ", ".join(unread).lower() + "s (it would name each one)")
    else:
        return ""
    from babel import Locale, UnknownLocaleError

    try:  # (babel names "und", an undetermined language, after its likeliest: English)
        name = Locale.parse(lang.replace("-", "_")).get_display_name("en") if lang != "und" else ""
    except (ValueError, UnknownLocaleError):
        name = ""
    problem = problem.format(engine=engine, name=name or "its language", lang=lang)
    return f"{problem}, so no narration is made"


def choose_voice(engine: str, wanted: str | None, lang: str) -> VoiceInfo:
    """``pick_voice`` among the engine's installed voices; a fallback is said on stderr."""
    voice, fell_back = pick_voice(engine_voices(engine), wanted, lang, engine)
    if fell_back:
        warn(f"no {engine} voice speaks {lang!r}; reading with {voice.id} ({voice.name})")
    return voice
