"""The reading plan: what the narrator says, in order, grouped into chapters."""

from __future__ import annotations

from dataclasses import dataclass, field

from access.document import Document, Figure, Heading, ListBlock, Note, Quote, Table
from access.document.sentences import split_sentences

PAUSE_AFTER_SENTENCE = 0.25
PAUSE_AFTER_PARAGRAPH = 0.6
PAUSE_AFTER_HEADING = 0.8


@dataclass
class Utterance:
    text: str
    block: int  # index into doc.blocks; -1 for the title and byline
    pause_after: float


@dataclass
class Chapter:
    title: str
    utterances: list[Utterance] = field(default_factory=list)


def _spoken_text(block) -> str:
    if isinstance(block, Figure):
        described = block.caption or block.alt
        return f"Image: {described}" if described else ""
    if isinstance(block, Table):
        return "A table follows in the text version." if block.rows else ""
    if isinstance(block, ListBlock | Quote | Note):
        return block.text
    return block.text


def _sentences(text: str, lang: str, block: int, final_pause: float) -> list[Utterance]:
    sentences = split_sentences(text, lang)
    return [Utterance(s, block, final_pause if i == len(sentences) - 1 else PAUSE_AFTER_SENTENCE)
            for i, s in enumerate(sentences)]


def reading_plan(doc: Document) -> list[Chapter]:
    """Chapters of utterances: the title (and byline) first, then one chapter per section."""
    intro = Chapter(doc.title)
    intro.utterances += _sentences(doc.title, doc.lang, -1, PAUSE_AFTER_HEADING)
    if doc.byline:
        intro.utterances += _sentences(f"By {doc.byline}.", doc.lang, -1, PAUSE_AFTER_PARAGRAPH)
    chapters = [intro]
    for index, block in enumerate(doc.blocks):
        if isinstance(block, Heading):
            chapters.append(Chapter(block.text))
            chapters[-1].utterances += _sentences(block.text, doc.lang, index, PAUSE_AFTER_HEADING)
            continue
        text = _spoken_text(block)
        if text:
            chapters[-1].utterances += _sentences(text, doc.lang, index, PAUSE_AFTER_PARAGRAPH)
    return chapters
