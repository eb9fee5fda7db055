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


def unvoiced(engine: str, wanted: str | None, lang: str, text: str) -> str:
    """Why no voice of ``engine`` can read ``text`` ("" when one can): no voice speaks its
    language and the default voice, which reads Latin letters, would spell out each other
    letter's code ("letter one seven eight zero" for a Khmer one). A voice asked for by name
    is always used."""
    if wanted:
        return ""
    _, fell_back = pick_voice(engine_voices(engine), None, lang, engine)
    if not fell_back or mostly_latin(text):
        return ""
    from babel import Locale, UnknownLocaleError

    try:  # (babel names "und", an undetermined language, after its likeliest: English)
        name = Locale.parse(lang.replace("-", "_")).get_display_name("en") if lang != "und" else ""
    except (ValueError, UnknownLocaleError):
        name = ""
    return f"no {engine} voice reads {name or 'its language'} ('{lang}'), so no narration is made"


def choose_voice(engine: str, wanted: str | None, lang: str) -> VoiceInfo:
    """``pick_voice`` among the engine's installed voices; a fallback is said on stderr."""
    voice, fell_back = pick_voice(engine_voices(engine), wanted, lang, engine)
    if fell_back:
        warn(f"no {engine} voice speaks {lang!r}; reading with {voice.id} ({voice.name})")
    return voice
