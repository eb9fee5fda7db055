"""Batch: articles per minute to all formats (--jobs 1, --jobs 2, a 2-worker LocalCluster), peak
memory per worker, a rerun of the finished batch, and `access convert` on the sample against a
naive pipeline (espeak-ng CLI, ffmpeg, WeasyPrint on bare HTML), side by side in one run.

    python -m benchmarks bench_batch              # the first 20 dev pages (ACCESS_BENCH_PAGES=116
                                                  # for all of them)
    python -m benchmarks.bench_batch run CONFIG PAGES_DIR OUT   # one configuration, as JSON

Each configuration runs in a fresh process, so that imports and memory are its own."""

from __future__ import annotations

import gzip
import html
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.devscore import DEV_PAGES
from benchmarks.timing import SAMPLE

CONFIGS = ("jobs1", "jobs2", "dask2")
NAIVE_RUNS = 3


def _pages(folder: Path, count: int) -> int:
    """The first ``count`` saved dev pages, decompressed into ``folder``."""
    pages = sorted(DEV_PAGES.glob("*.html.gz"))[:count]
    for page in pages:
        (folder / page.name.removesuffix(".gz")).write_bytes(gzip.decompress(page.read_bytes()))
    return len(pages)


def run_config(config: str, pages: Path, out: Path) -> dict:
    """Convert every page in ``pages`` with one configuration; seconds and workers' memory."""
    from access.pipeline import Options
    from access.pipeline.batch import expand_inputs, run_batch

    inputs = expand_inputs([str(pages)])
    cluster = None
    if config == "dask2":
        from distributed import LocalCluster

        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                               host="127.0.0.1", dashboard_address=":0", silence_logs=50)
    start = time.perf_counter()
    outcomes = run_batch(inputs, out, Options(), jobs=1 if config == "jobs1" else 2,
                         scheduler=cluster.scheduler_address if cluster else None)
    seconds = time.perf_counter() - start
    if cluster:
        cluster.close()
    peaks: dict[int, float] = {}
    for outcome in outcomes:
        if outcome.worker:
            peaks[outcome.worker["pid"]] = max(peaks.get(outcome.worker["pid"], 0),
                                               outcome.worker["peak_rss_mb"])
    return {"seconds": round(seconds, 1), "articles": len(inputs),
            "converted": sum(o.status == "converted" for o in outcomes),
            "failed": sum(o.status == "failed" for o in outcomes),
            "articles_per_minute": round(len(inputs) / seconds * 60, 1),
            "peak_rss_mb_per_worker": sorted(peaks.values())}


def _in_fresh_process(*args: str) -> dict:
    result = subprocess.run([sys.executable, "-m", "benchmarks.bench_batch", "run", *args],
                            capture_output=True, text=True, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def _seconds(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - start


def naive_vs_access(work: Path) -> dict:
    """The sample to all formats: `access convert` against espeak-ng → ffmpeg MP3 → WeasyPrint
    on bare HTML, alternated run by run so both see the same machine."""
    from access.pipeline import load

    doc = load(str(SAMPLE))
    text = work / "sample.txt"
    text.write_text(f"{doc.title}\n\n{doc.text}", encoding="utf-8")
    bare = work / "sample.html"
    bare.write_text(f"<!DOCTYPE html><html lang='en'><title>{html.escape(doc.title)}</title>"
                    + "".join(f"<p>{html.escape(p)}</p>" for p in doc.text.split("\n\n")),
                    encoding="utf-8")
    weasyprint = str(Path(sys.executable).with_name("weasyprint"))
    access = str(Path(sys.executable).with_name("access"))
    naive_steps = [["espeak-ng", "-w", str(work / "n.wav"), "-f", str(text)],
                   ["ffmpeg", "-loglevel", "error", "-y", "-i", str(work / "n.wav"),
                    str(work / "n.mp3")],
                   [weasyprint, str(bare), str(work / "n.pdf")]]
    naive, ours = [], []
    for _ in range(NAIVE_RUNS):
        naive.append(sum(_seconds(step) for step in naive_steps))
        ours.append(_seconds([access, "convert", str(SAMPLE), "-o", str(work / "out"),
                              "--force"]))
    return {"naive_s": round(statistics.median(naive), 2),
            "access_s": round(statistics.median(ours), 2),
            "access_vs_naive": round(statistics.median(ours) / statistics.median(naive), 2)}


def run() -> dict:
    count = int(os.environ.get("ACCESS_BENCH_PAGES", "20"))
    work = Path(tempfile.mkdtemp(prefix="access-bench-batch-"))
    try:
        pages = work / "pages"
        pages.mkdir()
        figures: dict = {"pages": _pages(pages, count), "load_average": os.getloadavg()[0]}
        for config in CONFIGS:
            figures[config] = _in_fresh_process(config, str(pages), str(work / config))
        first = figures["jobs2"]["seconds"]
        rerun = _in_fresh_process("jobs2", str(pages), str(work / "jobs2"))
        figures["rerun_s"] = rerun["seconds"]
        figures["rerun_vs_first"] = round(rerun["seconds"] / first, 3)
        figures["jobs2_vs_jobs1"] = round(figures["jobs1"]["seconds"] / first, 2)
        figures["sample"] = naive_vs_access(work)
        figures["load_average_after"] = os.getloadavg()[0]
        return figures
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__" and sys.argv[1:2] == ["run"]:
    print(json.dumps(run_config(sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4]))))
