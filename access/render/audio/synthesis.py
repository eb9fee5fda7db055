"""Speak a Reading sentence by sentence, each fixed run of sentences by a fresh engine.

espeak-ng carries state from one utterance to the next, so the same sentence sounds a few
samples different later on. The Reading is therefore cut into fixed runs of sentences, decided
by the text alone, and each run is spoken by a new engine (pyttsx3's on its own clean copy of
espeak-ng, ``espeak_copy``): identical input gives identical bytes on any machine, whatever its
number of cores, in a local pool or a Dask worker. Runs are spoken on threads of this process
(the engines synthesise in C, outside the GIL), so narration never starts a process of its own."""

from __future__ import annotations

import queue
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor

from access.document.reading import Reading
from access.render.audio.engines import EngineSpec, build

RUN_SENTENCES = 150  # sentences per fresh engine: fewer would not repay its start
MAX_WORKERS = 4  # runs spoken at once, at most
_RUN_DONE = object()


def speak_run(spec: EngineSpec, texts: list[str], out: queue.SimpleQueue) -> None:
    """One run of sentences spoken by a fresh engine, each (sample rate, clip) put on ``out``
    as it is spoken; then the end mark, or the error that stopped the run."""
    try:
        engine = build(spec)
        try:
            for text in texts:
                out.put((engine.sample_rate, engine.synthesize(text)))
        finally:
            close = getattr(engine, "close", None)
            if close:
                close()
    except BaseException as error:  # handed to the reader, which raises it in its own thread
        out.put(error)
        return
    out.put(_RUN_DONE)


def _runs(items: list[str]) -> list[list[str]]:
    return [items[i:i + RUN_SENTENCES] for i in range(0, len(items), RUN_SENTENCES)]


def speak(reading: Reading, spec: EngineSpec, progress: Callable[[float], None] | None = None,
          workers: int = MAX_WORKERS) -> Iterator[tuple[int, bytes]]:
    """(sample rate, PCM clip) of each sentence's speech, in reading order, each as soon as it
    and those before it are spoken (so the encoder can work beside the engines); at most
    ``workers`` runs at once. With one worker nothing runs beside the caller: each run is
    spoken, then handed on (one core busy, the same clips). ``progress`` is told the fraction
    of sentences delivered."""
    texts = [sentence.speech for sentence in reading.sentences]
    runs = _runs(texts)
    outs = [queue.SimpleQueue() for _ in runs]
    if workers <= 1:
        yield from _delivered(_spoken_in_turn(spec, runs, outs), progress, len(texts))
        return
    pool = ThreadPoolExecutor(min(workers, MAX_WORKERS, len(runs)) or 1)
    try:
        for run, out in zip(runs, outs, strict=True):
            pool.submit(speak_run, spec, run, out)
        yield from _delivered(outs, progress, len(texts))
    finally:  # stopped early (an error, Ctrl-C): the runs not yet begun are never spoken
        pool.shutdown(cancel_futures=True)


def _spoken_in_turn(spec: EngineSpec, runs: list[list[str]],
                    outs: list[queue.SimpleQueue]) -> Iterator[queue.SimpleQueue]:
    """Each run spoken in this thread, its queue handed on once it is full."""
    for run, out in zip(runs, outs, strict=True):
        speak_run(spec, run, out)
        yield out


def _delivered(outs: Iterable[queue.SimpleQueue], progress: Callable[[float], None] | None,
               total: int) -> Iterator[tuple[int, bytes]]:
    """The clips of each run's queue in turn, up to its end mark; a run's error is raised."""
    delivered = 0
    for out in outs:
        while (item := out.get()) is not _RUN_DONE:
            if isinstance(item, BaseException):
                raise item
            delivered += 1
            if progress:
                progress(delivered / total)
            yield item
