"""Design tokens from themes/: text-size steps and colour themes, as data and as CSS."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from access.errors import AccessError

THEMES_DIR = Path(__file__).resolve().parents[2] / "themes"
COLOUR_KEYS = ("bg", "fg", "muted", "link", "visited", "accent", "focus", "rule", "code_bg",
               "mark_bg", "mark_fg")


@dataclass(frozen=True)
class SizeStep:
    name: str
    label: str
    scale: float


@dataclass(frozen=True)
class Tokens:
    sizes: tuple[SizeStep, ...]
    themes: dict[str, dict[str, str]]
    default_size: str
    default_theme: str
    base_pt: float

    def size(self, name: str) -> SizeStep:
        for step in self.sizes:
            if step.name.casefold() == name.casefold():
                return step
        names = ", ".join(step.name for step in self.sizes)
        raise AccessError(f"unknown text size {name!r}; choose one of {names}")


@cache
def load_tokens() -> Tokens:
    data = tomllib.loads((THEMES_DIR / "tokens.toml").read_text(encoding="utf-8"))
    return Tokens(
        sizes=tuple(SizeStep(**step) for step in data["sizes"]),
        themes=data["themes"],
        default_size=data["default_size"],
        default_theme=data["default_theme"],
        base_pt=float(data["base_pt"]),
    )


def theme_css(theme: dict[str, str]) -> str:
    """The custom-property declarations for one colour theme."""
    return " ".join(f"--{key.replace('_', '-')}: {theme[key]};" for key in COLOUR_KEYS)


@cache
def stylesheet(name: str) -> str:
    """A CSS file from themes/."""
    return (THEMES_DIR / name).read_text(encoding="utf-8")
