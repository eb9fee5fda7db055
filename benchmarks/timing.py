"""What the benchmarks share: the bundled sample and a median-of-runs timer."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path

SAMPLE = Path(__file__).resolve().parents[1] / "access" / "samples" / "voa-north-korea-kursk.txt"


def median_seconds(func: Callable[[], object], runs: int = 5) -> float:
    """The median wall-clock seconds of ``runs`` calls of ``func``."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return round(statistics.median(times), 4)
