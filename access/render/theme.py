"""Design tokens from themes/ (installed as access.themes): text-size steps and colour themes,
as data and as CSS."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from access.errors import AccessError

THEMES = files("access.themes")
COLOUR_KEYS = ("bg", "fg", "muted", "link", "visited", "accent", "focus", "rule", "code_bg",
               "mark_bg", "mark_fg")


@dataclass(frozen=True)
class SizeStep:
    name: str
    label: str
    scale: float


@dataclass(frozen=True)
class ScriptFonts:
    """The families for one script, put first on elements whose ``lang`` is written in it."""

    script: str
    langs: tuple[str, ...]
    families: tuple[str, ...]
    no_letter_spacing: bool = False
    cjk: bool = False


@dataclass(frozen=True)
class Tokens:
    sizes: tuple[SizeStep, ...]
    themes: dict[str, dict[str, str]]
    default_size: str
    default_theme: str
    base_pt: float
    body_fonts: tuple[str, ...]
    generic_font: str
    scripts: tuple[ScriptFonts, ...]

    @property
    def font_stack(self) -> str:
        """The body's font-family value: every family quoted, the generic family last."""
        return ", ".join([*(quoted(f) for f in self.body_fonts), self.generic_font])

    def size(self, name: str) -> SizeStep:
        for step in self.sizes:
            if step.name.casefold() == name.casefold():
                return step
        names = ", ".join(step.name for step in self.sizes)
        raise AccessError(f"unknown text size {name!r}; choose one of {names}")


@cache
def load_tokens() -> Tokens:
    data = tomllib.loads(THEMES.joinpath("tokens.toml").read_text(encoding="utf-8"))
    return Tokens(
        sizes=tuple(SizeStep(**step) for step in data["sizes"]),
        themes=data["themes"],
        default_size=data["default_size"],
        default_theme=data["default_theme"],
        base_pt=float(data["base_pt"]),
        body_fonts=tuple(data["fonts"]["body"]),
        generic_font=data["fonts"]["generic"],
        scripts=tuple(ScriptFonts(s["script"], tuple(s["langs"]), tuple(s["families"]),
                                  s.get("no_letter_spacing", False), s.get("cjk", False))
                      for s in data["fonts"]["scripts"]),
    )


def quoted(family: str) -> str:
    return '"' + family.replace('"', "") + '"'


LANG_ATTRIBUTE = '[lang|="{lang}" i]'  # the element that carries the lang, not its descendants


def _selector(langs: tuple[str, ...], pattern: str) -> str:
    return ", ".join(pattern.format(lang=lang) for lang in langs)


def script_css(browser: bool = True) -> str:
    """Per script: its families before the body's on every element whose lang is written in it
    (an element with any other lang gets the body's); no letter-spacing on joined or unspaced
    scripts; strict line breaking for CJK in a ``browser`` (WeasyPrint has no line-break
    property: Pango breaks CJK by UAX #14, never before 。 or ）). Emitted after the other styles."""
    scripts = load_tokens().scripts
    base = "var(--font-body)"
    rules = [f"[lang] {{ font-family: {base}; }}"]
    for s in scripts:
        families = ", ".join(quoted(f) for f in s.families)
        rules.append(f"{_selector(s.langs, LANG_ATTRIBUTE)} {{ font-family: {families}, {base}; }}")
    unspaced = tuple(lang for s in scripts if s.no_letter_spacing for lang in s.langs)
    rules.append(f"{_selector(unspaced, ':lang({lang})')} {{ letter-spacing: normal; }}")
    cjk = tuple(lang for s in scripts if s.cjk for lang in s.langs)
    if browser:
        rules.append(f"{_selector(cjk, ':lang({lang})')} {{ line-break: strict; word-break: normal; }}")
    return "\n".join(rules)


def theme_css(theme: dict[str, str]) -> str:
    """The custom-property declarations for one colour theme."""
    return " ".join(f"--{key.replace('_', '-')}: {theme[key]};" for key in COLOUR_KEYS)


@cache
def stylesheet(name: str) -> str:
    """A CSS file from themes/."""
    return THEMES.joinpath(name).read_text(encoding="utf-8")
