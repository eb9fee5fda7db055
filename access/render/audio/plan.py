"""The reading plan: what the narrator says, in order, grouped into chapters."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files

from access.document import Code, Document, Figure, Heading, ListBlock, Quote, Table, plain
from access.document.model import Block
from access.document.sentences import split_sentences

PAUSE_AFTER_SENTENCE = 0.25
PAUSE_AFTER_PARAGRAPH = 0.6
PAUSE_AFTER_HEADING = 0.8
PHRASES_FILE = files("access.render.audio").joinpath("phrases.toml")
WORD = re.compile(r"\w+")


@dataclass
class Utterance:
    text: str
    block: int  # index into doc.blocks; -1 for the title and byline
    pause_after: float


@dataclass
class Chapter:
    title: str
    utterances: list[Utterance] = field(default_factory=list)


@cache
def _all_phrases() -> dict[str, dict[str, str]]:
    return tomllib.loads(PHRASES_FILE.read_text(encoding="utf-8"))


def phrases(lang: str) -> dict[str, str]:
    """The narrator's framing phrases for ``lang`` (English when the language has none)."""
    table = _all_phrases()
    return table.get(lang.casefold().split("-")[0], table["en"])


def _adds_something(alt: str, caption: str) -> bool:
    """Whether the alt text says more than the caption already does."""
    return bool(set(WORD.findall(alt.casefold())) - set(WORD.findall(caption.casefold())))


def _figure(block: Figure, say: dict[str, str]) -> list[str]:
    caption, alt = block.caption.strip(), block.alt.strip()
    if not caption:
        return [say["image"].format(caption=alt)] if alt else []
    parts = [say["image"].format(caption=caption)]
    if alt and _adds_something(alt, caption):
        parts.append(say["image_description"].format(alt=alt))
    return parts


def _spoken(block: Block, say: dict[str, str]) -> list[str]:
    """The texts a block is read as, each ending a paragraph-length pause."""
    if isinstance(block, Figure):
        return _figure(block, say)
    if isinstance(block, Table):
        if not block.rows:
            return []
        return [say["table"].format(caption=block.caption) if block.caption
                else say["table_untitled"]]
    if isinstance(block, Code):
        return [say["code"]]
    if isinstance(block, ListBlock):
        return [plain(item) for item in block.items]
    if isinstance(block, Quote):
        inner = [text for child in block.blocks for text in _spoken(child, say)]
        return inner + ([f"— {block.attribution}"] if block.attribution else [])
    return [block.text]


def _sentences(text: str, lang: str, block: int, final_pause: float) -> list[Utterance]:
    sentences = split_sentences(text, lang)
    return [Utterance(s, block, final_pause if i == len(sentences) - 1 else PAUSE_AFTER_SENTENCE)
            for i, s in enumerate(sentences)]


def _byline(byline: str, say: dict[str, str]) -> str:
    template = say["byline"]
    prefix = template.split("{", 1)[0].strip().casefold()
    if prefix and byline.casefold().startswith(prefix + " "):
        return byline if byline.endswith(".") else byline + "."
    return template.format(byline=byline.rstrip("."))


def reading_plan(doc: Document) -> list[Chapter]:
    """Chapters of utterances: the title (and byline) first, then one chapter per section."""
    say = phrases(doc.lang)
    intro = Chapter(doc.title)
    intro.utterances += _sentences(doc.title, doc.lang, -1, PAUSE_AFTER_HEADING)
    if doc.byline:
        intro.utterances += _sentences(_byline(doc.byline, say), doc.lang, -1,
                                       PAUSE_AFTER_PARAGRAPH)
    chapters = [intro]
    for index, block in enumerate(doc.blocks):
        if isinstance(block, Heading):
            chapters.append(Chapter(block.text))
            chapters[-1].utterances += _sentences(block.text, doc.lang, index, PAUSE_AFTER_HEADING)
            continue
        for text in _spoken(block, say):
            chapters[-1].utterances += _sentences(text, doc.lang, index, PAUSE_AFTER_PARAGRAPH)
    return chapters
