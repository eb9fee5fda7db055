"""Encode PCM to MP3 (lameenc) and tag it with ID3: title, artist, language and chapters."""

from __future__ import annotations

import io
import wave
from dataclasses import dataclass

import icu
import lameenc
from mutagen.id3 import CHAP, CTOC, TIT2, TLAN, TPE1, CTOCFlags, Frame
from mutagen.id3._tags import save_frame
from mutagen.id3._util import BitPaddedInt, ID3SaveConfig

from access.render.audio.voices import language

BITRATE_KBPS = 48  # mono speech at 22 kHz: clear, about 350 KB a minute
PCM_SLICE = 2**20  # bytes of PCM handed to LAME at once (an even number: whole samples)


@dataclass(frozen=True)
class ChapterMark:
    title: str
    start: float  # seconds
    end: float


class Mp3Encoder:
    """Mono PCM to MP3, fed piece by piece: the same bytes as encoding it whole, and LAME works
    outside the GIL, so it encodes while the engines speak."""

    def __init__(self, sample_rate: int) -> None:
        self._lame = lameenc.Encoder()
        self._lame.set_bit_rate(BITRATE_KBPS)
        self._lame.set_in_sample_rate(sample_rate)
        self._lame.set_channels(1)
        self._lame.set_quality(5)
        self._mp3 = bytearray()

    def encode(self, pcm: bytes) -> None:
        """Encode ``pcm`` a slice at a time: LAME takes a buffer the size of what it is given,
        and an utterance of an hour (a 100,000-digit number read out) made it ask for
        gigabytes and fail ("can't allocate in_buffer buffer")."""
        for start in range(0, len(pcm), PCM_SLICE):
            self._mp3 += self._lame.encode(pcm[start:start + PCM_SLICE])

    def finish(self) -> bytes:
        self._mp3 += self._lame.flush()
        return bytes(self._mp3)


def encode_wav(pcm: bytes, sample_rate: int) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(sample_rate)
        out.writeframes(pcm)
    return buffer.getvalue()


def _id3v24(frames: list[Frame]) -> bytes:
    """An ID3v2.4 tag with the frames in the order given.

    mutagen's own writer sorts frames by size, which scrambles CHAP frames, and players and
    ffprobe list chapters in file order; so the tag is assembled here from mutagen's frames."""
    config = ID3SaveConfig(4)
    body = b"".join(save_frame(frame, config=config) for frame in frames)
    return b"ID3\x04\x00\x00" + BitPaddedInt.to_str(len(body), width=4, bits=7) + body


def id3_language(lang: str) -> str:
    """The ISO 639-2 code ID3 wants for a BCP 47 tag: es-HN → spa, cmn → zho; und if none."""
    for code in (lang, language(lang)):  # cmn has no 639-2 code: its macrolanguage's (zh)
        if three := icu.Locale(code).getISO3Language():
            return three
    return "und"


def tag_mp3(mp3: bytes, title: str, artist: str, lang: str,
            chapters: list[ChapterMark]) -> bytes:
    """The MP3 with an ID3v2 tag prepended: title, artist, language, CTOC then CHAP frames."""
    frames: list[Frame] = [TIT2(encoding=3, text=title)]
    if artist:
        frames.append(TPE1(encoding=3, text=artist))
    frames.append(TLAN(encoding=3, text=id3_language(lang)))
    ids = [f"ch{i}" for i in range(len(chapters))]
    if chapters:
        frames.append(CTOC(element_id="toc", flags=CTOCFlags.TOP_LEVEL | CTOCFlags.ORDERED,
                           child_element_ids=ids, sub_frames=[TIT2(encoding=3, text=title)]))
    for element_id, chapter in zip(ids, chapters, strict=True):
        frames.append(CHAP(element_id=element_id, start_time=round(chapter.start * 1000),
                           end_time=round(chapter.end * 1000),
                           sub_frames=[TIT2(encoding=3, text=chapter.title)]))
    return _id3v24(frames) + mp3
