"""The article's semantic HTML, rendered once from the Document for page and PDF alike."""

from __future__ import annotations

import math
import unicodedata
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime
from functools import cache

from jinja2 import ChoiceLoader, Environment, FileSystemBytecodeCache, PackageLoader, select_autoescape
from markupsafe import Markup

from access.document import Document, Heading
from access.document.direction import document_direction
from access.document.tags import base_language
from access.document.words import words

TEMPLATE_PACKAGES = (("access.render", "templates"), ("access.render.html", "."),
                     ("access.render.pdf", "."))
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


class _CompiledTemplates(FileSystemBytecodeCache):
    """Jinja's cache of compiled templates, in its own folder for this user in the temp
    folder, each keyed by the template's source (compiling them cost 55 ms a process); a
    cache that cannot be read or written is passed over, never the page."""

    def load_bytecode(self, bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception:  # (a damaged file: the template is compiled again)
            bucket.reset()

    def dump_bytecode(self, bucket) -> None:
        with suppress(OSError):
            super().dump_bytecode(bucket)


def _compiled_templates() -> FileSystemBytecodeCache | None:
    try:
        return _CompiledTemplates()
    except (OSError, RuntimeError):  # no temp folder, or one that others could write
        return None


@cache
def environment() -> Environment:
    env = Environment(
        loader=ChoiceLoader([PackageLoader(package, folder) for package, folder in TEMPLATE_PACKAGES]),
        autoescape=select_autoescape(default=True, default_for_string=True),
        bytecode_cache=_compiled_templates(),
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


WINDOWS_RESERVED = frozenset(
    ["con", "prn", "aux", "nul"] + [f"{kind}{n}" for kind in ("com", "lpt") for n in "0123456789¹²³"])
SLUG_CHARS, SLUG_BYTES = 60, 100  # <slug>.timings.json stays far below 255 bytes
ACCENTED_SCRIPTS = ("LATIN", "GREEK")  # scripts whose marks are accents to fold (not й)


def _fold_accents(text: str) -> str:
    """Drop combining marks that sit on Latin or Greek letters ("musée" → "musee");
    keep those that are letters of their script (Devanagari vowel signs, Thai tone marks)."""
    out, fold = [], False
    for char in unicodedata.normalize("NFKD", text):
        if unicodedata.category(char).startswith("M"):
            if not fold:
                out.append(char)
            continue
        fold = unicodedata.name(char, "").startswith(ACCENTED_SCRIPTS)
        out.append(char)
    return unicodedata.normalize("NFC", "".join(out))


def slug(text: str, fallback: str = "article") -> str:
    """A short file name safe on Windows, macOS and Linux: letters, marks and digits joined by
    "-", Latin accents folded, short in characters and in UTF-8 bytes, never a reserved
    device name ("con", "nul", "com1"…)."""
    folded = _fold_accents(text.casefold())
    words = "".join(c if unicodedata.category(c)[0] in "LMN" else " " for c in folded).split()
    joined = "-".join(words)
    out = joined[:SLUG_CHARS].encode("utf-8")[:SLUG_BYTES].decode("utf-8", errors="ignore")
    if len(out) < len(joined) and joined[len(out)] != "-" and "-" in out:
        out = out[:out.rindex("-")]  # a word cut short reads as another word ("কুপিয়" of "কুপিয়ে")
    out = out.strip("-")
    if out in WINDOWS_RESERVED:
        return f"{out}-{fallback}"
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
