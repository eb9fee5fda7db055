"""Render the Document as narrated audio: a complete, chaptered MP3 with sentence timings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from access.render.audio.captions import Timing
from access.render.audio.encode import ChapterMark, Mp3Encoder, encode_wav, tag_mp3
from access.render.audio.engines import DEFAULT_ENGINE, DEFAULT_RATE, EngineSpec
from access.render.audio.synthesis import BYTES_PER_SAMPLE, MAX_WORKERS, speak
from access.render.audio.voices import choose_voice

if TYPE_CHECKING:  # the speech worker imports this package: it needs none of these
    from access.document import Document
    from access.document.reading import Reading

EMPTY_SAMPLE_RATE = 22050  # of an article with nothing to say (no engine spoke)


@dataclass
class Narration:
    mp3: bytes
    wav: bytes | None
    duration: float  # seconds, from the PCM sample count
    timings: list[Timing]
    chapters: list[ChapterMark]
    voice: dict[str, str | list[str]]  # engine, id, name, languages of the voice that spoke


def narrate(doc: Document, voice: str | None = None, rate: int = DEFAULT_RATE,
            volume: float = 1.0, pause_scale: float = 1.0, wav: bool = False,
            reading: Reading | None = None,
            progress: Callable[[float], None] | None = None,
            engine: str = DEFAULT_ENGINE, workers: int = MAX_WORKERS) -> Narration:
    """Speak the Reading sentence by sentence and join the clips with pauses.

    Every start and end comes from sample counts, so the timings match the audio exactly;
    ``progress`` is told the fraction of sentences spoken as they are spoken; at most
    ``workers`` runs are spoken at once."""
    from access.document.reading import build_reading
    from access.speech import speech_script

    chosen = choose_voice(engine, voice, doc.lang)  # fails early, in one line, on a bad voice
    reading = reading or speech_script(build_reading(doc))
    spoken = speak(reading, EngineSpec(engine, chosen.id, rate, volume), progress, workers)
    pcm = bytearray()  # kept only for the WAV file: 3 GB for a megabyte of text
    length = 0  # bytes of PCM so far
    timings: list[Timing] = []
    marks: list[ChapterMark] = []
    encoder: Mp3Encoder | None = None
    sample_rate = 0

    def seconds() -> float:
        return length / BYTES_PER_SAMPLE / sample_rate if sample_rate else 0.0

    remaining = len(reading.sentences)
    for chapter in reading.chapters:
        chapter_start = seconds()
        for sentence in chapter.sentences:
            sample_rate, clip = next(spoken)
            encoder = encoder or Mp3Encoder(sample_rate)
            start = seconds()
            length += len(clip)
            timings.append(Timing(sentence.id, len(timings), sentence.block, sentence.chapter,
                                  sentence.text, round(start, 3), round(seconds(), 3)))
            remaining -= 1
            pause = b""
            if remaining:  # no silence after the last sentence: the audio ends with it
                pause = bytes(int(sentence.pause_after * pause_scale * sample_rate)
                              * BYTES_PER_SAMPLE)
                length += len(pause)
            if wav:
                pcm += clip + pause
            encoder.encode(clip + pause)  # beside the engines still speaking what follows
        marks.append(ChapterMark(chapter.title, chapter_start, seconds()))
    spoken.close()
    encoder = encoder or Mp3Encoder(sample_rate or EMPTY_SAMPLE_RATE)
    mp3 = tag_mp3(encoder.finish(), doc.title, doc.site or doc.byline, doc.lang, marks)
    return Narration(mp3=mp3, wav=encode_wav(bytes(pcm), sample_rate) if wav else None,
                     duration=round(seconds(), 3), timings=timings, chapters=marks,
                     voice={"engine": chosen.engine, "id": chosen.id, "name": chosen.name,
                            "languages": list(chosen.languages)})
