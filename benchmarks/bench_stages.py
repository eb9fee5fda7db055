"""Seconds per pipeline stage on the bundled sample (median of runs, in-process)."""

from __future__ import annotations

import resource
import statistics
import time
from pathlib import Path

from access.clean import clean
from access.read import read_source
from access.render.audio import narrate
from access.render.html import render_html
from access.render.pdf import render_pdf

SAMPLE = Path(__file__).resolve().parents[1] / "access" / "samples" / "voa-north-korea-kursk.txt"
RUNS = 5


def _median_seconds(func, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return round(statistics.median(times), 4)


def run() -> dict:
    source = read_source(str(SAMPLE))
    doc = clean(source)
    render_pdf(doc)  # warm fonts and imports once
    narration = narrate(doc)
    figures = {
        "read_s": _median_seconds(lambda: read_source(str(SAMPLE))),
        "clean_s": _median_seconds(lambda: clean(source)),
        "render_html_s": _median_seconds(lambda: render_html(doc)),
        "render_pdf_s": _median_seconds(lambda: render_pdf(doc)),
        "render_audio_s": _median_seconds(lambda: narrate(doc), runs=3),
        "audio_seconds": narration.duration,
        "words": doc.word_count(),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    figures["audio_real_time_factor"] = round(figures["render_audio_s"] / narration.duration, 4)
    return figures
