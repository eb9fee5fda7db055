"""HTML cleaner on the 116 dev pages: quality (score.py), pages per second, ms per page."""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from access.clean.html import clean_html
from benchmarks.devscore import page_ids, page_input, predict, score


def run() -> dict:
    pages = [page_input(page_id, "html") for page_id in page_ids()]
    times = []
    for markup in pages:
        start = time.perf_counter()
        clean_html(markup)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    with tempfile.TemporaryDirectory() as folder:
        predict("html", Path(folder))
        quality = score(Path(folder))
    return {
        **quality,
        "pages_per_second": round(1000 * len(times) / sum(times), 1),
        "median_ms_per_page": round(statistics.median(times), 2),
        "p95_ms_per_page": round(times[int(len(times) * 0.95)], 2),
    }
