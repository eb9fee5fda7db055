"""Speak a Reading sentence by sentence, each fixed run of sentences by a fresh engine.

espeak-ng carries state from one utterance to the next, so the same sentence sounds a few
samples different later on. The Reading is therefore cut into fixed runs of sentences, decided
by the text alone, and each run is spoken by a new engine (pyttsx3's on its own clean copy of
espeak-ng, ``espeak_copy``): identical input gives identical bytes on any machine, whatever its
number of cores, in a local pool or a Dask worker. Each run is spoken in a child process
(``worker``), watched by a thread of this one: espeak-ng aborts the process on some texts, and
such a crash ends only the child. The sentence it crashed on is spoken again in pieces, those
that crash it left silent, with a warning on stderr; a new child speaks the rest of the run."""

from __future__ import annotations

import os
import pickle
import queue
import signal
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

import access
from access import errors
from access.errors import AccessError
from access.render.audio.engines import EngineSpec

if TYPE_CHECKING:
    from access.document.reading import Reading

RUN_SENTENCES = 150  # sentences per fresh engine: fewer would not repay its start
MAX_WORKERS = 4  # runs spoken at once, at most
SILENT_SECONDS = 0.5  # in place of a sentence the engine crashed or hung on
# A worker that hands back no sentence (nor, starting, its sample rate) for this long is hung
# (deadlocked, stopped): it is killed. The longest utterance takes piper well under a minute.
HANG_SECONDS = 300
BYTES_PER_SAMPLE = 2
WORKER = "access.render.audio.worker"  # the module a child process runs to speak
_RUN_DONE = object()
_CRASHES = {-signal.SIGABRT, -signal.SIGSEGV, -signal.SIGBUS, -signal.SIGILL, -signal.SIGFPE}


def speak_run(spec: EngineSpec, texts: list[str], out: queue.SimpleQueue) -> None:
    """One run of sentences spoken by a fresh engine, each (sample rate, clip) put on ``out``
    as it is spoken; then the end mark, or the error that stopped the run."""
    try:
        _spoken(spec, texts, lambda sample_rate, clip: out.put((sample_rate, clip)), warn=True)
    except BaseException as error:  # handed to the reader, which raises it in its own thread
        out.put(error)
        return
    out.put(_RUN_DONE)


def _spoken(spec: EngineSpec, texts: list[str], put: Callable[[int, bytes], None],
            warn: bool = False) -> None:
    """``texts`` spoken in child processes, ``put(sample rate, clip)`` for each in turn. A
    text the engine crashed on is spoken again in halves, and a fresh child goes on after it;
    ``warn``: say on stderr which sentence crashed it."""
    done = 0
    while done < len(texts):
        sample_rate, done, hung = _spoken_in_child(spec, texts, done, put)
        if done < len(texts):  # a hung engine's sentence is not tried again: each try is a wait
            clip = _silence(sample_rate) if hung else _salvaged(spec, texts[done], sample_rate)
            if warn:
                lost = "the words it crashed on are" if clip.strip(b"\0") else "it is"
                shown = texts[done] if len(texts[done]) <= 60 else texts[done][:60] + "…"
                errors.warn(f"the speech engine {'hung' if hung else 'crashed'} on a sentence "
                            f"({shown!r}); {lost} left silent")
            put(sample_rate, clip)
            done += 1


def _silence(sample_rate: int) -> bytes:
    return bytes(BYTES_PER_SAMPLE * round(SILENT_SECONDS * sample_rate))


def _salvaged(spec: EngineSpec, text: str, sample_rate: int) -> bytes:
    """Speech for a text the engine crashed on: its two halves (cut between words) each spoken,
    or salvaged in turn; a single word is left silent."""
    words = text.split()
    if len(words) < 2:
        return _silence(sample_rate)
    middle = len(words) // 2
    clips: list[bytes] = []
    _spoken(spec, [" ".join(words[:middle]), " ".join(words[middle:])],
            lambda _rate, clip: clips.append(clip))
    return b"".join(clips)


def _spoken_in_child(spec: EngineSpec, texts: list[str], start: int,
                     put: Callable[[int, bytes], None]) -> tuple[int, int, bool]:
    """``texts[start:]`` spoken by a fresh engine in a child process, ``put`` each clip:
    (the engine's sample rate, the index of the first sentence not spoken, whether the engine
    hung on it). It is short of the end only when the engine crashed or hung on that sentence;
    any other failure is raised."""
    with tempfile.TemporaryFile() as errors, subprocess.Popen(
            [sys.executable, "-m", WORKER], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=errors, env=_worker_env()) as child:
        pickle.dump((spec, texts[start:]), child.stdin)
        child.stdin.close()
        sample_rate, done = 0, start
        watchdog = _Watchdog(child, HANG_SECONDS)
        try:
            sample_rate = pickle.load(child.stdout)
            while done < len(texts):
                watchdog.fed()
                item = pickle.load(child.stdout)
                if isinstance(item, BaseException):
                    raise item
                put(sample_rate, item)
                done += 1
        except (EOFError, pickle.UnpicklingError):  # the child ended before the run did
            pass
        finally:
            watchdog.stop()
        if watchdog.fired:
            child.wait()
            if not sample_rate:
                raise AccessError(f"the speech engine hung (nothing from it in {HANG_SECONDS:g} s)")
            return sample_rate, done, True
        if child.wait() in _CRASHES and sample_rate:
            return sample_rate, done, False
        if done < len(texts) or child.returncode:
            errors.seek(0)
            said = errors.read().decode("utf-8", "replace").strip().splitlines()
            raise AccessError(f"the speech engine stopped (exit status {child.returncode})"
                              + (f": {said[-1]}" if said else ""))
        return sample_rate, done, False


class _Watchdog:
    """Kills ``child`` when it is not fed for ``seconds`` (from its start, then from each
    ``fed``): a worker alive but silent would be waited on for ever."""

    def __init__(self, child: subprocess.Popen, seconds: float) -> None:
        self.fired, self._child, self._seconds = False, child, seconds
        self._fed, self._stopped = threading.Event(), False
        threading.Thread(target=self._watch, daemon=True).start()

    def fed(self) -> None:
        self._fed.set()

    def stop(self) -> None:
        self._stopped = True
        self._fed.set()

    def _watch(self) -> None:
        while self._fed.wait(self._seconds):
            if self._stopped:
                return
            self._fed.clear()
        if not self._stopped:
            self.fired = True
            self._child.kill()


def _worker_env() -> dict[str, str]:
    """This process's environment, with this very copy of access first on the child's path."""
    path = [os.path.dirname(access.__path__[0]), os.environ.get("PYTHONPATH", "")]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, path))}


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
