"""The Reading: every spoken sentence of a Document, with a stable id, in chapters.

One model for every output that follows the narration: the audio speaks each sentence's
``speech``, the timings, captions, reading page and EPUB overlay name it by ``id``. A sentence
points at the place it reads: a block (its index), a ``part`` of that block, and the
character ``span`` it covers there, or no span when it stands for the whole part (a spoken
framing such as "Image: …" for a caption)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from itertools import pairwise

from access.document.model import Block, Code, Document, Figure, Heading, Inline, ListBlock, Quote, Table
from access.document.sentences import utterances
from access.document.words import words

PAUSE_AFTER_SENTENCE = 0.25
PAUSE_AFTER_PARAGRAPH = 0.6
PAUSE_AFTER_HEADING = 0.8
WORD = re.compile(r"\w+")
TITLE_BLOCK = -1  # the block index of the title, byline and standfirst, which stand before the blocks

Part = tuple[str | int, ...]
"""Where in a block a sentence reads: () the block's own text; ("item", i) a list item;
("child", i, …) a block inside a quote; ("caption",), ("alt",), ("attribution",);
("title",), ("byline",) and ("standfirst",) for the document's own lines."""


@dataclass(frozen=True)
class Sentence:
    id: str  # "s0", "s1", … in reading order
    block: int  # index into doc.blocks; TITLE_BLOCK for the title, byline and standfirst
    chapter: int
    part: Part
    span: tuple[int, int] | None  # offsets in the part's text; None: the whole part
    text: str  # the wording people read (captions, timings)
    speech: str  # what the engine is handed; the speech stage may rewrite it
    pause_after: float  # seconds of silence after it


@dataclass
class Chapter:
    title: str
    sentences: list[Sentence] = field(default_factory=list)


@dataclass
class Reading:
    lang: str
    chapters: list[Chapter]

    @property
    def sentences(self) -> list[Sentence]:
        return [s for chapter in self.chapters for s in chapter.sentences]

    def in_part(self, block: int, part: Part = ()) -> list[Sentence]:
        """The sentences reading ``part`` of ``block``, in order."""
        return [s for s in self.sentences if s.block == block and s.part == part]

    def with_speech(self, speak) -> Reading:
        """A copy whose every sentence's speech is ``speak(sentence)``."""
        return Reading(self.lang, [Chapter(c.title, [replace(s, speech=speak(s))
                                                    for s in c.sentences])
                                   for c in self.chapters])


def phrases(lang: str) -> dict[str, str]:
    """The narrator's framing phrases for ``lang`` (English where the language has none)."""
    return words(lang)


def part_text(inlines_or_text: list[Inline] | str) -> str:
    """The text a part's spans index: the runs joined as they are (not stripped)."""
    if isinstance(inlines_or_text, str):
        return inlines_or_text
    return "".join(run.text for run in inlines_or_text)


def located_sentences(text: str, lang: str) -> list[tuple[str, tuple[int, int] | None]]:
    """Each sentence of ``text`` with its character span there (None if it cannot be found)."""
    out: list[tuple[str, tuple[int, int] | None]] = []
    cursor = 0
    for sentence in utterances(text, lang):
        at = text.find(sentence, cursor)
        if at < 0:
            out.append((sentence, None))
            continue
        cursor = at + len(sentence)
        out.append((sentence, (at, cursor)))
    return out


def split_runs(inlines: list[Inline], sentences: list[Sentence]) -> list[tuple[str | None, list[Inline]]]:
    """The runs cut at sentence edges and grouped: (sentence id or None, runs) in order, so a
    renderer can wrap each sentence in one element even when it spans links or emphasis."""
    edges = sorted((s.span[0], s.span[1], s.id) for s in sentences if s.span)
    groups: list[tuple[str | None, list[Inline]]] = []
    position = 0

    def owner(offset: int) -> str | None:
        for start, end, sid in edges:
            if start <= offset < end:
                return sid
        return None

    for run in inlines:
        cuts = sorted({0, len(run.text), *(
            edge - position for start, end, _ in edges for edge in (start, end)
            if position < edge < position + len(run.text))})
        for a, b in pairwise(cuts):
            piece = replace(run, text=run.text[a:b])
            sid = owner(position + a)
            if groups and groups[-1][0] == sid:
                groups[-1][1].append(piece)
            else:
                groups.append((sid, [piece]))
        position += len(run.text)
    return groups


def _adds_something(alt: str, caption: str) -> bool:
    """Whether the alt text says more than the caption already does."""
    return bool(set(WORD.findall(alt.casefold())) - set(WORD.findall(caption.casefold())))


class _Builder:
    """Collects sentences in reading order, numbering them and opening chapters."""

    def __init__(self, doc: Document) -> None:
        self.lang = doc.lang
        self.say = phrases(doc.lang)
        self.chapters = [Chapter(doc.title)]
        self.count = 0

    def add(self, block: int, part: Part, text: str, pause: float, whole: bool = False) -> None:
        """The sentences of ``text``; ``whole`` marks a spoken framing of the whole part."""
        pieces = ([(s, None) for s in utterances(text, self.lang)] if whole
                  else located_sentences(text, self.lang))
        for index, (sentence, span) in enumerate(pieces):
            after = pause if index == len(pieces) - 1 else PAUSE_AFTER_SENTENCE
            self.chapters[-1].sentences.append(Sentence(
                f"s{self.count}", block, len(self.chapters) - 1, part, span, sentence, sentence,
                after))
            self.count += 1

    def block(self, index: int, block: Block, part: Part = ()) -> None:
        pause = PAUSE_AFTER_PARAGRAPH
        match block:
            case Heading():
                if not part:  # a heading inside a quote opens no chapter
                    self.chapters.append(Chapter(block.text))
                self.add(index, part, block.text, PAUSE_AFTER_HEADING)
            case Figure():
                self.figure(index, block, part)
            case Table(rows=rows, caption=caption) if rows:
                framing = (self.say["table"].format(caption=caption) if caption
                           else self.say["table_untitled"])
                self.add(index, (*part, "table"), framing, pause, whole=True)
            case Code():
                self.add(index, (*part, "code"), self.say["code"], pause, whole=True)
            case ListBlock(items=items):
                for item_index, item in enumerate(items):
                    self.add(index, (*part, "item", item_index), part_text(item), pause)
            case Quote(blocks=children, attribution=attribution):
                for child_index, child in enumerate(children):
                    self.block(index, child, (*part, "child", child_index))
                if attribution:
                    self.add(index, (*part, "attribution"), f"— {attribution}", pause, whole=True)
            case Table():
                pass
            case _:
                source = block.inlines if hasattr(block, "inlines") else block.text
                self.add(index, part, part_text(source), pause)

    def figure(self, index: int, block: Figure, part: Part) -> None:
        caption, alt = block.caption.strip(), block.alt.strip()
        if caption:
            self.add(index, (*part, "caption"), self.say["image"].format(caption=caption),
                     PAUSE_AFTER_PARAGRAPH, whole=True)
            if alt and _adds_something(alt, caption):
                self.add(index, (*part, "alt"), self.say["image_description"].format(alt=alt),
                         PAUSE_AFTER_PARAGRAPH, whole=True)
        elif alt:
            self.add(index, (*part, "alt"), self.say["image"].format(caption=alt),
                     PAUSE_AFTER_PARAGRAPH, whole=True)


def _byline(byline: str, say: dict[str, str]) -> str:
    template = say["byline"]
    prefix = template.split("{", 1)[0].strip().casefold()
    if prefix and byline.casefold().startswith(prefix + " "):
        return byline if byline.endswith(".") else byline + "."
    return template.format(byline=byline.rstrip("."))


def build_reading(doc: Document) -> Reading:
    """The title (and byline, standfirst) first, then the blocks; one chapter per section."""
    builder = _Builder(doc)
    builder.add(TITLE_BLOCK, ("title",), doc.title, PAUSE_AFTER_HEADING)
    if doc.byline:
        builder.add(TITLE_BLOCK, ("byline",), _byline(doc.byline, builder.say),
                    PAUSE_AFTER_PARAGRAPH, whole=True)
    if doc.standfirst:
        builder.add(TITLE_BLOCK, ("standfirst",), doc.standfirst, PAUSE_AFTER_PARAGRAPH)
    for index, block in enumerate(doc.blocks):
        builder.block(index, block)
    return Reading(doc.lang, builder.chapters)
