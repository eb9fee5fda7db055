"""Where each spoken sentence sits in the article's markup, for outputs that follow the audio.

The reading page and the EPUB wrap every sentence of the Reading in an element carrying
``data-sentence``; the EPUB's overlay points at that element's ``id``. A sentence that stands
for a whole part (the "Image: …" framing of a caption, a table, a code block) marks the part's
element; several such sentences share it, listed in one ``data-sentence`` value."""

from __future__ import annotations

from collections import defaultdict

from access.document.model import Inline
from access.document.reading import Part, Reading, Sentence, split_runs


def element_ids(reading: Reading) -> dict[str, str]:
    """Each sentence id → the id of the element that shows it."""
    out: dict[str, str] = {}
    for sentences in _by_part(reading).values():
        located = [s for s in sentences if s.span]
        if not located:
            out.update((s.id, sentences[0].id) for s in sentences)
            continue
        previous = located[0].id
        for sentence in sentences:
            if sentence.span:
                previous = sentence.id
            out[sentence.id] = previous
    return out


def _by_part(reading: Reading) -> dict[tuple[int, Part], list[Sentence]]:
    parts: dict[tuple[int, Part], list[Sentence]] = defaultdict(list)
    for sentence in reading.sentences:
        parts[(sentence.block, sentence.part)].append(sentence)
    return parts


class SentenceMarks:
    """Answers the article template: which runs of a part belong to which sentence element."""

    def __init__(self, reading: Reading) -> None:
        self.parts = _by_part(reading)
        self.element_of = element_ids(reading)
        self.shown_in: dict[str, list[str]] = defaultdict(list)
        for sentence_id, element in self.element_of.items():
            self.shown_in[element].append(sentence_id)

    def runs(self, block: int, part: Part, content: list[Inline] | str) -> list[tuple[str, list[Inline]]]:
        """(data-sentence value or "", runs) in order for a part read sentence by sentence."""
        inlines = [Inline(content)] if isinstance(content, str) else content
        sentences = self.parts.get((block, tuple(part)), [])
        if not sentences:
            return [("", inlines)]
        if not any(s.span for s in sentences):
            return [(self.whole(block, part), inlines)]
        return [(" ".join(self.shown_in[sid]) if sid else "", group)
                for sid, group in split_runs(inlines, sentences)]

    def whole(self, block: int, part: Part) -> str:
        """The data-sentence value for a part that one element shows whole ("" if unspoken)."""
        sentences = self.parts.get((block, tuple(part)), [])
        return " ".join(self.shown_in[sentences[0].id]) if sentences else ""
