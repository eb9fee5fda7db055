"""Speak a Reading sentence by sentence, each fixed run of sentences by a fresh engine.

espeak-ng carries state from one utterance to the next, so the same sentence sounds a few
samples different later on. The Reading is therefore cut into fixed runs of sentences, decided
by the text alone, and each run is spoken by a new engine (pyttsx3's on its own clean copy of
espeak-ng, ``espeak_copy``): identical input gives identical bytes on any machine, whatever its
number of cores, in a local pool or a Dask worker. Runs are spoken on threads of this process
(the engines synthesise in C, outside the GIL), so narration never starts a process of its own."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from access.document.reading import Reading
from access.render.audio.engines import EngineSpec, build

RUN_SENTENCES = 150  # sentences per fresh engine: fewer would not repay its start
MAX_WORKERS = 4  # runs spoken at once, at most


def speak_run(spec: EngineSpec, texts: list[str]) -> tuple[list[bytes], int]:
    """One run of sentences spoken by a fresh engine: its clips and their sample rate."""
    engine = build(spec)
    try:
        return [engine.synthesize(text) for text in texts], engine.sample_rate
    finally:
        close = getattr(engine, "close", None)
        if close:
            close()


def _runs(items: list[str]) -> list[list[str]]:
    return [items[i:i + RUN_SENTENCES] for i in range(0, len(items), RUN_SENTENCES)]


def speak(reading: Reading, spec: EngineSpec, progress: Callable[[float], None] | None = None,
          workers: int = MAX_WORKERS) -> tuple[list[bytes], int]:
    """One PCM clip per sentence's speech, in reading order, and the sample rate; at most
    ``workers`` runs at once."""
    texts = [sentence.speech for sentence in reading.sentences]
    runs = _runs(texts) or [[]]
    with ThreadPoolExecutor(max(1, min(workers, MAX_WORKERS, len(runs)))) as pool:
        results = []
        for result in pool.map(lambda run: speak_run(spec, run), runs):
            results.append(result)
            if progress:
                progress(len(results) / len(runs))
    clips = [clip for part, _rate in results for clip in part]
    return clips, results[0][1]
