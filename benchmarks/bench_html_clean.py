"""HTML cleaner on the 116 dev pages, one core: pages per second (wall and CPU), median and p95 ms, F1."""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from access.clean.html import clean_html
from benchmarks.devscore_html import page_ids, page_markup, predict, score

ROUNDS = 3  # each page's time is its median over these rounds (the machine is shared)


def run() -> dict:
    pages = [page_markup(page_id) for page_id in page_ids()]
    for markup in pages:  # imports, rule tables and jusText's stop lists (the escalation's) loaded once
        clean_html(markup)
    cpu_start = time.process_time()
    for markup in pages:
        clean_html(markup)
    cpu_ms = (time.process_time() - cpu_start) * 1000 / len(pages)
    times = []
    for markup in pages:
        rounds = []
        for _ in range(ROUNDS):
            start = time.perf_counter()
            clean_html(markup)
            rounds.append((time.perf_counter() - start) * 1000)
        times.append(statistics.median(rounds))
    times.sort()
    with tempfile.TemporaryDirectory() as folder:
        predict(Path(folder))
        quality = score(Path(folder))
    return {
        **quality,
        "pages_per_second": round(1000 * len(times) / sum(times), 1),
        # CPU time is what one core spends, whatever else the shared machine is running
        "cpu_ms_per_page": round(cpu_ms, 2),
        "cpu_pages_per_second": round(1000 / cpu_ms, 1),
        "median_ms_per_page": round(statistics.median(times), 2),
        "p95_ms_per_page": round(times[int(len(times) * 0.95)], 2),
    }
