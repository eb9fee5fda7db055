"""The MP3, measured: complete, as long as what was synthesised, with the last sentence audible."""

import subprocess

import numpy as np
from mutagen.mp3 import MP3


def decoded(path, start: float, end: float) -> np.ndarray:
    """PCM samples of [start, end) seconds, decoded by ffmpeg."""
    raw = subprocess.run(["ffmpeg", "-v", "error", "-ss", f"{start}", "-to", f"{end}", "-i",
                          str(path), "-f", "s16le", "-ac", "1", "-ar", "22050", "-"],
                         capture_output=True, check=True).stdout
    return np.frombuffer(raw, dtype=np.int16).astype(np.float64)


def test_mp3_duration_matches_synthesis(sample_output):
    audio = MP3(sample_output.files["mp3"])
    assert abs(audio.info.length - sample_output.audio_seconds) < 0.1
    assert str(audio.tags["TIT2"]) == "North Korean forces join Russia's fight against Ukraine"


def test_last_sentence_is_spoken(sample_output):
    import json

    timings = json.loads(sample_output.files["timings"].read_text())
    last = timings[-1]
    assert last["end"] <= sample_output.audio_seconds
    words = len(last["text"].split())
    assert last["end"] - last["start"] > words * 0.2  # not cut short
    speech = decoded(sample_output.files["mp3"], last["start"], last["end"])
    assert np.sqrt(np.mean(speech**2)) > 300  # audible, not silence
