"""Encode PCM to MP3 (lameenc) and tag it (mutagen ID3)."""

from __future__ import annotations

import io

import lameenc
from mutagen.id3 import ID3, TIT2, TLAN, TPE1

BITRATE_KBPS = 64


def encode_mp3(pcm: bytes, sample_rate: int) -> bytes:
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(BITRATE_KBPS)
    encoder.set_in_sample_rate(sample_rate)
    encoder.set_channels(1)
    encoder.set_quality(5)
    return bytes(encoder.encode(pcm) + encoder.flush())


def tag_mp3(mp3: bytes, title: str, artist: str, lang: str) -> bytes:
    """The MP3 with an ID3v2 tag for title, artist and language prepended."""
    tags = ID3()
    tags.add(TIT2(encoding=3, text=title))
    if artist:
        tags.add(TPE1(encoding=3, text=artist))
    tags.add(TLAN(encoding=3, text=lang))
    buffer = io.BytesIO(mp3)
    tags.save(buffer)
    return buffer.getvalue()
