"""Narration per engine: real-time factor (synthesis + encoding) and MP3 size per minute."""

from __future__ import annotations

import os
import resource
import time

from access.convert import load
from access.document import Document, Paragraph, runs
from access.render.audio import narrate
from benchmarks.devscore import SHARED
from benchmarks.timing import SAMPLE


def _long_document(words: int) -> Document:
    import json

    truth = json.loads((SHARED / "dev" / "ground-truth.json").read_text(encoding="utf-8"))
    paragraphs = [p for body in truth.values() for p in body["articleBody"].split("\n")
                  if len(p.split()) > 20 and p.isascii()]
    blocks, count = [], 0
    for paragraph in paragraphs:
        blocks.append(Paragraph(runs(paragraph)))
        count += len(paragraph.split())
        if count >= words:
            break
    return Document("Long article", blocks, lang="en")


def _cpu_seconds() -> float:
    """CPU time of this process and of its finished workers: what a shared machine hides."""
    own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


def _measure(doc: Document, engine: str) -> dict:
    start, cpu_start = time.perf_counter(), _cpu_seconds()
    narration = narrate(doc, engine=engine)
    seconds, cpu = time.perf_counter() - start, _cpu_seconds() - cpu_start
    minutes = narration.duration / 60
    return {"words": doc.word_count(), "audio_seconds": narration.duration,
            "render_seconds": round(seconds, 2),
            "real_time_factor": round(seconds / narration.duration, 4),
            "cpu_seconds_per_audio_second": round(cpu / narration.duration, 4),
            "load_average": round(os.getloadavg()[0], 1),
            "mp3_kb_per_minute": round(len(narration.mp3) / 1024 / minutes, 1)}


def run() -> dict:
    sample = load(str(SAMPLE))
    return {
        "pyttsx3": {"sample": _measure(sample, "pyttsx3"),
                    "10k_words": _measure(_long_document(10_000), "pyttsx3")},
        "piper": {"sample": _measure(sample, "piper"),
                  "2k_words": _measure(_long_document(2_000), "piper")},
    }
