"""The narration options, through the real CLI: WAV, rate, volume and pauses are honoured."""

import json
import wave

import numpy as np
import pytest

from ..conftest import SAMPLE, run_cli


@pytest.fixture(scope="module")
def tuned(tmp_path_factory):
    """The sample narrated once, faster, quieter, with doubled pauses, and a WAV."""
    out = tmp_path_factory.mktemp("tuned")
    result = run_cli("convert", str(SAMPLE), "-f", "mp3", "--wav", "--rate", "260",
                     "--volume", "0.5", "--pauses", "2", "-o", str(out))
    assert result.returncode == 0, result.stderr.decode()
    return next(out.iterdir())


def _wpm(timings: list[dict]) -> float:
    words = sum(len(t["text"].split()) for t in timings)
    return words / (sum(t["end"] - t["start"] for t in timings) / 60)


def _rms(path) -> float:
    with wave.open(str(path)) as clip:
        samples = np.frombuffer(clip.readframes(clip.getnframes()), dtype=np.int16)
    return float(np.sqrt(np.mean(samples.astype(np.float64) ** 2)))


def test_manifest_lists_every_audio_output(tuned):
    manifest = json.loads((tuned / "manifest.json").read_text(encoding="utf-8"))
    assert set(manifest["files"]) == {"mp3", "wav", "vtt", "timings"}
    for entry in manifest["files"].values():
        assert (tuned / entry["name"]).stat().st_size == entry["bytes"] > 0


def test_wav_is_the_timed_audio(tuned):
    timings = json.loads(next(tuned.glob("*.timings.json")).read_text(encoding="utf-8"))
    with wave.open(str(next(tuned.glob("*.wav")))) as clip:
        assert (clip.getnchannels(), clip.getsampwidth()) == (1, 2)
        seconds = clip.getnframes() / clip.getframerate()
    assert seconds == pytest.approx(timings[-1]["end"], abs=0.001)


def test_rate_volume_and_pauses_change_the_sound(tuned, sample_output, tmp_path):
    fast = json.loads(next(tuned.glob("*.timings.json")).read_text(encoding="utf-8"))
    normal = json.loads(sample_output.files["timings"].read_text(encoding="utf-8"))
    assert _wpm(fast) > 1.3 * _wpm(normal)
    fast_gap, normal_gap = (t[1]["start"] - t[0]["end"] for t in (fast, normal))
    assert fast_gap == pytest.approx(2 * normal_gap, abs=0.01)
    default = tmp_path / "default"
    assert run_cli("convert", str(SAMPLE), "-f", "mp3", "--wav", "--rate", "260",
                   "-o", str(default)).returncode == 0
    loud = _rms(next(default.glob("*/*.wav")))
    assert 0.35 * loud < _rms(next(tuned.glob("*.wav"))) < 0.65 * loud
