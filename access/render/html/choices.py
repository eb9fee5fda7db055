"""Reading choices (font, line spacing, line length) as data, and their CSS and @font-face."""

from __future__ import annotations

import base64
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

HERE = Path(__file__).parent


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


@cache
def font_faces() -> str:
    """The shipped legible font (a Latin subset), embedded so that nothing is fetched, and
    used only for the characters it has (``fonts/faces.toml``): other scripts fall through to
    their own fonts."""
    faces = tomllib.loads((HERE / "fonts" / "faces.toml").read_text(encoding="utf-8"))["faces"]
    rules = []
    for face in faces:
        data = base64.b64encode((HERE / "fonts" / face["file"]).read_bytes()).decode("ascii")
        rules.append(f"@font-face {{ font-family: 'Access Legible'; font-style: normal; "
                     f"font-weight: {face['weight']}; font-display: swap; "
                     f"src: url(data:font/woff2;base64,{data}) format('woff2'); "
                     f"unicode-range: {face['unicode_range']}; }}")
    return "\n".join(rules)
