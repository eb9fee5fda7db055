"""Speak a Reading sentence by sentence, in fresh worker processes.

espeak-ng carries state from one utterance to the next (its pitch flutter runs on, even
across a voice reset), so the same sentence sounds a few samples different later in a
process. The Reading is therefore cut into fixed runs of sentences, decided by the text alone,
and each run is spoken by a new process whose engine starts clean: identical input gives
identical bytes on any machine, whatever its number of cores. Runs go in parallel."""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context

from access.document.reading import Reading
from access.render.audio.engines import Engine, EngineSpec, build

RUN_SENTENCES = 150  # sentences per fresh process: fewer would not repay its start
MAX_WORKERS = 4


_engine: Engine | None = None


def _start_worker(spec: EngineSpec) -> None:
    global _engine
    _engine = build(spec)


def _speak_all(texts: list[str]) -> tuple[list[bytes], int]:
    assert _engine is not None
    return [_engine.synthesize(text) for text in texts], _engine.sample_rate


def _runs(items: list[str]) -> list[list[str]]:
    return [items[i:i + RUN_SENTENCES] for i in range(0, len(items), RUN_SENTENCES)]


def speak(reading: Reading, spec: EngineSpec,
          progress: Callable[[float], None] | None = None) -> tuple[list[bytes], int]:
    """One PCM clip per sentence's speech, in reading order, and the sample rate."""
    texts = [sentence.speech for sentence in reading.sentences]
    runs = _runs(texts)
    workers = min(MAX_WORKERS, os.cpu_count() or 1, len(runs))
    with ProcessPoolExecutor(workers, mp_context=get_context("spawn"), initializer=_start_worker,
                             initargs=(spec,), max_tasks_per_child=1) as pool:
        results = []
        for result in pool.map(_speak_all, runs):
            results.append(result)
            if progress:
                progress(len(results) / len(runs))
    clips = [clip for part, _rate in results for clip in part]
    return clips, results[0][1]
