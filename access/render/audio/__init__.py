"""Render the Document as narrated audio: a complete MP3 with sentence timings."""

from __future__ import annotations

from dataclasses import dataclass

from access.document import Document
from access.render.audio.encode import encode_mp3, tag_mp3
from access.render.audio.engine import DEFAULT_RATE, Engine, Pyttsx3Engine
from access.render.audio.plan import reading_plan

BYTES_PER_SAMPLE = 2


@dataclass
class Timing:
    sentence: int
    block: int
    chapter: int
    text: str
    start: float
    end: float


@dataclass
class Narration:
    mp3: bytes
    duration: float  # seconds, from the PCM sample count
    timings: list[Timing]


def narrate(doc: Document, engine: Engine | None = None, voice: str | None = None,
            rate: int = DEFAULT_RATE) -> Narration:
    """Speak the reading plan sentence by sentence and join the clips with pauses."""
    engine = engine or Pyttsx3Engine(voice=voice, lang=doc.lang, rate=rate)
    pcm = bytearray()
    timings: list[Timing] = []
    for chapter_index, chapter in enumerate(reading_plan(doc)):
        for utterance in chapter.utterances:
            clip = engine.synthesize(utterance.text)
            rate_hz = engine.sample_rate
            start = len(pcm) / BYTES_PER_SAMPLE / rate_hz
            pcm += clip
            end = len(pcm) / BYTES_PER_SAMPLE / rate_hz
            timings.append(Timing(len(timings), utterance.block, chapter_index, utterance.text,
                                  round(start, 3), round(end, 3)))
            pcm += bytes(int(utterance.pause_after * rate_hz) * BYTES_PER_SAMPLE)
    duration = len(pcm) / BYTES_PER_SAMPLE / engine.sample_rate
    mp3 = tag_mp3(encode_mp3(bytes(pcm), engine.sample_rate), doc.title, doc.site or doc.byline,
                  doc.lang)
    return Narration(mp3=mp3, duration=round(duration, 3), timings=timings)
