"""Encode PCM to MP3 (lameenc) and tag it with ID3: title, artist, language and chapters."""

from __future__ import annotations

import io
import wave
from dataclasses import dataclass

import lameenc
from mutagen.id3 import CHAP, CTOC, ID3, TIT2, TLAN, TPE1, CTOCFlags

BITRATE_KBPS = 48  # mono speech at 22 kHz: clear, about 350 KB a minute


@dataclass(frozen=True)
class ChapterMark:
    title: str
    start: float  # seconds
    end: float


def encode_mp3(pcm: bytes, sample_rate: int) -> bytes:
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(BITRATE_KBPS)
    encoder.set_in_sample_rate(sample_rate)
    encoder.set_channels(1)
    encoder.set_quality(5)
    return bytes(encoder.encode(pcm) + encoder.flush())


def encode_wav(pcm: bytes, sample_rate: int) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(sample_rate)
        out.writeframes(pcm)
    return buffer.getvalue()


def tag_mp3(mp3: bytes, title: str, artist: str, lang: str,
            chapters: list[ChapterMark]) -> bytes:
    """The MP3 with an ID3v2 tag prepended: title, artist, language, CHAP/CTOC chapters."""
    tags = ID3()
    tags.add(TIT2(encoding=3, text=title))
    if artist:
        tags.add(TPE1(encoding=3, text=artist))
    tags.add(TLAN(encoding=3, text=lang))
    ids = [f"ch{i}" for i in range(len(chapters))]
    if chapters:
        tags.add(CTOC(element_id="toc", flags=CTOCFlags.TOP_LEVEL | CTOCFlags.ORDERED,
                      child_element_ids=ids, sub_frames=[TIT2(encoding=3, text=title)]))
    for element_id, chapter in zip(ids, chapters, strict=True):
        tags.add(CHAP(element_id=element_id, start_time=round(chapter.start * 1000),
                      end_time=round(chapter.end * 1000),
                      sub_frames=[TIT2(encoding=3, text=chapter.title)]))
    buffer = io.BytesIO(mp3)
    tags.save(buffer)
    return buffer.getvalue()
