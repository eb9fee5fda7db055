"""Reading choices (font, line spacing, line length) as data, and their CSS and @font-face."""

from __future__ import annotations

import base64
import io
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

HERE = Path(__file__).parent
FONT_FILES = {"normal": "AccessLegible-Regular.woff2", "bold": "AccessLegible-Bold.woff2"}


@dataclass(frozen=True)
class Option:
    value: str
    name: str
    css: str
    description: str = ""


@dataclass(frozen=True)
class Choice:
    key: str
    label: str
    attr: str
    default: str
    options: tuple[Option, ...]


@cache
def load_choices() -> tuple[Choice, ...]:
    data = tomllib.loads((HERE / "choices.toml").read_text(encoding="utf-8"))
    return tuple(
        Choice(key, group["label"], group["attr"], group["default"],
               tuple(Option(**option) for option in group["options"]))
        for key, group in data.items()
    )


def choices_css() -> str:
    """One rule per option, keyed on the attribute of <html>."""
    return "\n".join(f":root[{c.attr}='{o.value}'] {{ {o.css} }}"
                     for c in load_choices() for o in c.options)


def unicode_range(font: bytes) -> str:
    """The characters a font draws, as a CSS unicode-range, read from its own cmap."""
    from fontTools.ttLib import TTFont

    codes = sorted(TTFont(io.BytesIO(font)).getBestCmap())
    spans: list[list[int]] = []
    for code in codes:
        if spans and code == spans[-1][1] + 1:
            spans[-1][1] = code
        else:
            spans.append([code, code])
    return ", ".join(f"U+{a:X}" if a == b else f"U+{a:X}-{b:X}" for a, b in spans)


@cache
def font_faces() -> str:
    """The shipped legible font (a Latin subset), embedded so that nothing is fetched, and
    used only for the characters it has: other scripts fall through to their own fonts."""
    rules = []
    for weight, name in FONT_FILES.items():
        font = (HERE / "fonts" / name).read_bytes()
        data = base64.b64encode(font).decode("ascii")
        rules.append(f"@font-face {{ font-family: 'Access Legible'; font-style: normal; "
                     f"font-weight: {weight}; font-display: swap; "
                     f"src: url(data:font/woff2;base64,{data}) format('woff2'); "
                     f"unicode-range: {unicode_range(font)}; }}")
    return "\n".join(rules)
