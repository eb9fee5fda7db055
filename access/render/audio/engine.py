"""Speech engines behind one small interface: text in, 16-bit mono PCM out."""

from __future__ import annotations

import contextlib
import io
import tempfile
import tomllib
import wave
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Protocol

from access.errors import AccessError

DEFAULT_RATE = 175  # words per minute
VOICES_FILE = Path(__file__).with_name("voices.toml")
MISSING_ENGINE_FIX = {  # what is missing → the one command that fixes it
    "pyttsx3": "pyttsx3 is not installed; run: .venv/bin/pip install pyttsx3 (or make demo)",
    "espeak-ng": "espeak-ng is not installed; run: apt-get install espeak-ng (or make demo)",
}


@dataclass(frozen=True)
class VoiceInfo:
    id: str
    name: str
    languages: tuple[str, ...]


class Engine(Protocol):
    sample_rate: int

    def synthesize(self, text: str) -> bytes: ...


class Pyttsx3Engine:
    """pyttsx3 (espeak-ng on Linux), one sentence at a time into a temporary WAV."""

    def __init__(self, voice: str | None = None, lang: str = "en", rate: int = DEFAULT_RATE,
                 volume: float = 1.0) -> None:
        try:
            import pyttsx3

            self._engine = pyttsx3.init()
        except ImportError as exc:
            raise AccessError(f"no speech engine: {MISSING_ENGINE_FIX['pyttsx3']}") from exc
        except Exception as exc:  # the driver raises bare errors when espeak-ng is missing
            raise AccessError(f"no speech engine: {MISSING_ENGINE_FIX['espeak-ng']}") from exc
        self._engine.setProperty("voice", pick_voice(self.voices(), voice, lang).id)
        self._engine.setProperty("rate", rate)
        self._engine.setProperty("volume", volume)
        self._dir = tempfile.TemporaryDirectory(prefix="access-tts-")
        self.sample_rate = 22050

    def voices(self) -> list[VoiceInfo]:
        return [VoiceInfo(v.id, v.name, tuple(v.languages or ()))
                for v in self._engine.getProperty("voices")]

    def synthesize(self, text: str) -> bytes:
        target = Path(self._dir.name) / "clip.wav"
        target.unlink(missing_ok=True)
        with contextlib.redirect_stdout(io.StringIO()):  # the driver prints on every save
            self._engine.save_to_file(text, str(target))
            self._engine.runAndWait()
        if not target.exists():
            raise AccessError(f"the speech engine produced no audio for: {text[:60]!r}")
        with wave.open(str(target), "rb") as clip:
            self.sample_rate = clip.getframerate()
            return clip.readframes(clip.getnframes())


@cache
def preferred_voices() -> dict[str, str]:
    """Language code → preferred voice id, from voices.toml."""
    return tomllib.loads(VOICES_FILE.read_text(encoding="utf-8"))["preferred"]


def pick_voice(voices: list[VoiceInfo], wanted: str | None, lang: str) -> VoiceInfo:
    """The voice named ``wanted`` (id or name), else the preferred or first voice for ``lang``."""
    by_id = {voice.id.casefold(): voice for voice in voices}
    if wanted:
        for voice in voices:
            if wanted.casefold() in (voice.id.casefold(), voice.name.casefold()):
                return voice
        raise AccessError(f"unknown voice {wanted!r}; run 'access voices' to list installed ones")
    lang = lang.casefold()
    preferred = preferred_voices().get(lang, "").casefold()
    if preferred in by_id:
        return by_id[preferred]
    for voice in voices:
        if voice.id.casefold().split("/")[-1] == lang:
            return voice
    for voice in voices:
        if any(code.casefold().split("-")[0] == lang for code in voice.languages):
            return voice
    raise AccessError(f"no installed voice speaks {lang!r}; install espeak-ng or pass --voice")
