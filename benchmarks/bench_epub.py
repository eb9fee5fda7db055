"""EPUB and read-along page on the sample: seconds to render each from one narration, and sizes."""

from __future__ import annotations

from access.clean import clean
from access.document.reading import build_reading
from access.read import read_source
from access.render.audio import narrate
from access.render.epub import render_epub
from access.render.html import render_html
from benchmarks.timing import SAMPLE, median_seconds


def run() -> dict:
    doc = clean(read_source(str(SAMPLE)))
    reading = build_reading(doc)
    narration = narrate(doc, reading=reading)
    book = render_epub(doc, reading, narration)  # warm imports once

    def page() -> str:
        return render_html(doc, audio_file="a.mp3", reading=reading, timings=narration.timings)

    return {
        "render_epub_s": median_seconds(lambda: render_epub(doc, reading, narration)),
        "render_readalong_page_s": median_seconds(page),
        "render_plain_page_s": median_seconds(lambda: render_html(doc)),
        "epub_bytes": len(book),
        "mp3_bytes": len(narration.mp3),
        "readalong_page_bytes": len(page()),
        "sentences": len(narration.timings),
    }
