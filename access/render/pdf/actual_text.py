"""A line's text of a shaped script carried whole in the PDF, as /ActualText on its span.

WeasyPrint maps each glyph to text once, by the first cluster it drew it in, and gives a
cluster of several glyphs to its last one: text copied or extracted from a Devanagari, Bengali,
Tamil, Thai, Khmer or Myanmar line came out garbled ("शर्मा" as "श ार्मा", "ทำงาน" as "ทางาน").
The marked-content span WeasyPrint opens for each piece of a line (a text box) carries that
piece's text as its /ActualText, which extraction (pdftotext), copying and screen readers take
instead of the glyphs'. Not a right-to-left piece: extraction lays an ActualText out as drawn,
left to right, and reversed the Arabic and Hebrew it read right before (their marks aside)."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType

from access.document.direction import strong_counts

# Scripts from Syriac to Mongolian (Indic, Thai, Lao, Tibetan, Myanmar, Ethiopic, Khmer): their
# glyphs are reordered, joined or split; a combining mark anywhere is drawn with its letter.
SHAPED = ("\u0700", "\u1e00")
MARKS = frozenset({"Mn", "Mc", "Me"})


def shaped(text: str) -> bool:
    """Whether a left-to-right text's glyphs may not map one to one, in order, to its characters."""
    return (any(SHAPED[0] <= c < SHAPED[1] or unicodedata.category(c) in MARKS for c in text)
            and strong_counts(text)[0] == 0)


def install(weasyprint: ModuleType) -> None:
    """WeasyPrint's marked-content spans, from now on, with /ActualText where ``shaped``."""
    from weasyprint.formatting_structure.boxes import TextBox
    from weasyprint.pdf.stream import Stream

    if getattr(Stream.marked, "actual_text", False):
        return
    pydyf = weasyprint.pdf.stream.pydyf

    @contextmanager
    def marked(self, box, tag: str) -> Iterator[None]:
        if self._tags is not None:
            mcid = len(self._tags)
            assert box not in self._tags
            self._tags[box] = {"tag": tag, "mcid": mcid}
            properties = pydyf.Dictionary({"MCID": mcid})
            if isinstance(box, TextBox) and shaped(box.text):
                properties["ActualText"] = pydyf.String(box.text)
            self.begin_marked_content(tag, properties)
        try:
            yield
        finally:
            if self._tags is not None:
                self.end_marked_content()

    marked.actual_text = True
    Stream.marked = marked
