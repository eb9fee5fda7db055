"""The article's semantic HTML, rendered once from the Document for page and PDF alike."""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from access.document import Document, Heading
from access.document.direction import base_language, document_direction
from access.document.words import words

TEMPLATE_DIRS = [Path(__file__).parent / "templates", Path(__file__).parent / "html",
                 Path(__file__).parent / "pdf"]
WORDS_PER_MINUTE = 230


def human_date(value: str, lang: str = "en") -> str:
    """An ISO date as people write it in ``lang`` ("3 May 2024", "2024年5月3日", CLDR's long
    form through Babel); anything else as it is."""
    from babel import Locale, UnknownLocaleError
    from babel.dates import format_date

    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        return value
    base = base_language(lang)
    try:
        locale = Locale.parse("en_GB" if base in ("", "en") else base)
    except (UnknownLocaleError, ValueError):
        locale = Locale.parse("en_GB")
    return format_date(moment.date(), format="long", locale=locale)


def machine_date(value: str) -> str:
    """The ISO date for a <time datetime>, or "" when the value is not one."""
    try:
        return datetime.fromisoformat(value.strip()).date().isoformat()
    except ValueError:
        return ""


@cache
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader([str(p) for p in TEMPLATE_DIRS]),
        autoescape=select_autoescape(default=True, default_for_string=True),
    )
    env.filters.update(human_date=human_date, machine_date=machine_date)
    return env


@dataclass
class AnchoredHeading:
    """A heading with a stable id for links, bookmarks and chapters."""

    level: int
    text: str
    anchor: str
    type: str = "heading"
    lang: str = ""
    dir: str = ""


def slug(text: str, fallback: str = "article") -> str:
    """A short, file-name-safe slug: accents folded ("musée" → "musee"); scripts without a
    Latin form keep their own letters."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    folded = "".join(c for c in decomposed if not unicodedata.combining(c))
    words = re.findall(r"\w+", unicodedata.normalize("NFC", folded))
    out = "-".join(words)[:60].strip("-")
    return out or fallback


def anchored_blocks(doc: Document) -> list:
    """The blocks, with headings given unique anchors and levels that skip none (h2 first)."""
    seen: set[str] = set()
    out = []
    previous = 1
    for block in doc.blocks:
        if isinstance(block, Heading):
            anchor = base = slug(block.text, "section")
            count = 1
            while anchor in seen:
                count += 1
                anchor = f"{base}-{count}"
            seen.add(anchor)
            previous = min(max(block.level, 2), previous + 1)
            out.append(AnchoredHeading(previous, block.text, anchor, lang=block.lang, dir=block.dir))
        else:
            out.append(block)
    return out


def reading_minutes(doc: Document) -> int:
    return max(1, math.ceil(doc.word_count() / WORDS_PER_MINUTE))


def render_template(name: str, doc: Document, css: str = "", script: str = "",
                    images: dict[str, str] | None = None, **context) -> str:
    """Render ``name``; ``css`` and ``script`` are our own trusted assets, inserted raw;
    ``images`` maps a figure's address to the data URI embedded in its place."""
    return environment().get_template(name).render(
        css=Markup(css), script=Markup(script), images=images or {},
        doc=doc, blocks=anchored_blocks(doc), reading_minutes=reading_minutes(doc),
        dir=document_direction(doc), w=words(doc.lang), **context
    )
