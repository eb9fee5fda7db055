"""Text cleaner on the 116 dev pages: quality (score.py) and ms per page."""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from access.clean.text import clean_text
from benchmarks.devscore import page_ids, page_input, predict, score


def run() -> dict:
    pages = [page_input(page_id, "text") for page_id in page_ids()]
    cpu_start = time.process_time()
    for text in pages:
        clean_text(text)
    cpu_ms = (time.process_time() - cpu_start) * 1000 / len(pages)
    times = []
    for text in pages:
        start = time.perf_counter()
        clean_text(text)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    with tempfile.TemporaryDirectory() as folder:
        predict("text", Path(folder))
        quality = score(Path(folder))
    return {
        **quality,
        "cpu_ms_per_page": round(cpu_ms, 2),
        "median_ms_per_page": round(statistics.median(times), 2),
        "p95_ms_per_page": round(times[int(len(times) * 0.95)], 2),
    }
