"""Seconds per pipeline stage on the bundled sample (median of runs, in-process)."""

from __future__ import annotations

import resource

from access.clean import clean
from access.read import read_source
from access.render.audio import narrate
from access.render.html import render_html
from access.render.pdf import render_pdf
from benchmarks.timing import SAMPLE, median_seconds


def run() -> dict:
    source = read_source(str(SAMPLE))
    doc = clean(source)
    render_pdf(doc)  # warm fonts and imports once
    narration = narrate(doc)
    figures = {
        "read_s": median_seconds(lambda: read_source(str(SAMPLE))),
        "clean_s": median_seconds(lambda: clean(source)),
        "render_html_s": median_seconds(lambda: render_html(doc)),
        "render_pdf_s": median_seconds(lambda: render_pdf(doc)),
        "render_audio_s": median_seconds(lambda: narrate(doc), runs=3),
        "audio_seconds": narration.duration,
        "words": doc.word_count(),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    figures["audio_real_time_factor"] = round(figures["render_audio_s"] / narration.duration, 4)
    return figures
