"""espeak-ng through pyttsx3: every language espeak-ng speaks, robotic but light and fast."""

from __future__ import annotations

import ctypes
import threading
from functools import cache

from access.errors import AccessError
from access.render.audio.engines import EngineSpec, VoiceInfo
from access.render.audio.espeak_copy import PrivateEspeak

NAME = "pyttsx3"
SECONDS_PER_CHARACTER_LIMIT = 1.0  # a sentence taking longer than this has hung
MISSING_ENGINE_FIX = {  # what is missing → the one command that fixes it
    "pyttsx3": "pyttsx3 is not installed; run: .venv/bin/pip install pyttsx3 (or make demo)",
    "espeak-ng": "espeak-ng is not installed; run: apt-get install espeak-ng (or make demo)",
}


def _driver():
    """pyttsx3's engine and its espeak-ng binding, or a one-line error naming the fix."""
    try:
        import pyttsx3

        engine = pyttsx3.init()
        from pyttsx3.drivers import _espeak
    except ImportError as exc:
        raise AccessError(f"no speech engine: {MISSING_ENGINE_FIX['pyttsx3']}") from exc
    except Exception as exc:  # the driver raises bare errors when espeak-ng is missing
        raise AccessError(f"no speech engine: {MISSING_ENGINE_FIX['espeak-ng']}") from exc
    return engine, _espeak


@cache
def voices() -> list[VoiceInfo]:
    """The voices pyttsx3 lists for espeak-ng, read once per process."""
    engine, _espeak = _driver()
    return [VoiceInfo(v.id, v.name, tuple(v.languages or ()), NAME)
            for v in engine.getProperty("voices")]


class Engine:
    """pyttsx3's espeak-ng voice, one sentence at a time, its samples taken as they come.

    pyttsx3 2.99's own save_to_file + runAndWait is not used for the sound: espeak-ng in
    retrieval mode synthesises on its own thread, so runAndWait can return before the WAV is
    written (long text comes out empty or cut), and the driver drops the last callback's
    samples, grows its buffer quadratically and prints on stdout. pyttsx3 still loads
    espeak-ng and lists its voices; voice, rate and volume are set on espeak-ng directly, the
    samples go to our callback, and each sentence waits for espeak-ng's end-of-message event."""

    sample_rate = 22050  # espeak-ng's fixed output rate

    def __init__(self, spec: EngineSpec) -> None:
        _driver()  # a one-line error when pyttsx3 or espeak-ng is missing
        # Our own copy of espeak-ng, so this engine starts clean (see espeak_copy); set
        # straight on it: pyttsx3 queues properties until a runAndWait.
        _espeak = PrivateEspeak()
        if _espeak.SetVoiceByName(spec.voice.encode("utf-8")) != _espeak.EE_OK:
            raise AccessError(f"voice {spec.voice!r} did not load; reinstall espeak-ng-data")
        _espeak.SetParameter(_espeak.RATE, spec.rate, 0)
        _espeak.SetParameter(_espeak.VOLUME, round(spec.volume * 100), 0)
        self._espeak = _espeak
        self._chunks: list[bytes] = []
        self._done = threading.Event()
        _espeak.SetSynthCallback(self._on_synth)

    def _on_synth(self, wav, numsamples: int, events) -> int:
        if numsamples > 0:
            self._chunks.append(ctypes.string_at(wav, numsamples * ctypes.sizeof(ctypes.c_short)))
        index = 0
        while events[index].type != self._espeak.EVENT_LIST_TERMINATED:
            if events[index].type == self._espeak.EVENT_MSG_TERMINATED:
                self._done.set()
            index += 1
        return 0

    def synthesize(self, text: str) -> bytes:
        self._chunks, self._done = [], threading.Event()
        self._espeak.Synth(text.encode("utf-8"),
                           flags=self._espeak.ENDPAUSE | self._espeak.CHARS_UTF8)
        if not self._done.wait(timeout=SECONDS_PER_CHARACTER_LIMIT * len(text) + 30):
            raise AccessError(f"the speech engine stopped while reading: {text[:60]!r}")
        return b"".join(self._chunks)

    def close(self) -> None:
        self._espeak.close()
