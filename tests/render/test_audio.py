"""The narration, measured: complete, chaptered, captioned, at a natural pace."""

import io
import json
import subprocess
import wave
from itertools import pairwise

import numpy as np
import pytest
from mutagen.id3 import ID3
from mutagen.mp3 import MP3

from access.convert import Options, convert
from access.document import Document, Heading, Paragraph, runs
from access.document.reading import build_reading
from access.render.audio import narrate, synthesis
from access.render.audio.encode import Mp3Encoder, tag_mp3

from ..conftest import SAMPLE, dev_truth

SAMPLE_RATE = 22050
pytestmark = pytest.mark.xdist_group("audio")  # one worker narrates the sample with Piper, once


def decoded(path, start: float = 0.0, end: float | None = None) -> np.ndarray:
    """PCM samples of [start, end) seconds, decoded by ffmpeg."""
    span = ["-ss", f"{start}"] + (["-to", f"{end}"] if end else [])
    raw = subprocess.run(["ffmpeg", "-v", "error", *span, "-i", str(path), "-f", "s16le",
                          "-ac", "1", "-ar", str(SAMPLE_RATE), "-"],
                         capture_output=True, check=True).stdout
    return np.frombuffer(raw, dtype=np.int16).astype(np.float64)


def rms(samples: np.ndarray) -> float:
    return float(np.sqrt(np.mean(samples**2))) if len(samples) else 0.0


@pytest.fixture(scope="session")
def piper_output(tmp_path_factory):
    """The sample narrated by Piper, once (tests switching engines must not redo it)."""
    out = tmp_path_factory.mktemp("piper")
    return convert(str(SAMPLE), out, Options(formats=("mp3",), engine="piper"))


@pytest.fixture(scope="module", params=["pyttsx3", "piper"])
def narrated(request):
    """The sample narrated by each engine: the default one is the shared full conversion."""
    return request.getfixturevalue("sample_output" if request.param == "pyttsx3" else "piper_output")


@pytest.fixture(scope="module")
def timings(narrated):
    return json.loads(narrated.files["timings"].read_text(encoding="utf-8"))


def test_every_sentence_of_the_plan_has_a_plausible_clip(sample_doc, timings):
    planned = [s.text for s in build_reading(sample_doc).sentences]
    assert [t["text"] for t in timings] == planned
    for timing in timings:
        words = len(timing["text"].split())
        seconds = timing["end"] - timing["start"]
        assert 0.15 * words < seconds < 1.0 * words + 1.0, timing


def test_mp3_duration_equals_timing_end(narrated, timings):
    audio = MP3(narrated.files["mp3"])
    assert abs(audio.info.length - timings[-1]["end"]) < 0.1
    assert abs(narrated.audio_seconds - timings[-1]["end"]) < 0.01


def test_last_sentence_is_audible(narrated, timings):
    last = timings[-1]
    assert rms(decoded(narrated.files["mp3"], last["start"], last["end"])) > 300


def test_pauses_are_silent(narrated, timings):
    gap_start, gap_end = timings[0]["end"] + 0.05, timings[1]["start"] - 0.05
    assert gap_end > gap_start
    assert rms(decoded(narrated.files["mp3"], gap_start, gap_end)) < 100


def test_cues_in_order_inside_the_audio(narrated, timings):
    vtt = narrated.files["vtt"].read_text(encoding="utf-8").split("\n\n")
    assert vtt[0] == "WEBVTT"
    cues = [block.splitlines() for block in vtt[1:] if block.strip()]
    assert len(cues) == len(timings)
    previous_end = 0.0

    def clock(text: str) -> float:
        h, m, s = text.split(":")
        return int(h) * 3600 + int(m) * 60 + float(s)

    for cue, timing in zip(cues, timings, strict=True):
        start, end = (clock(x) for x in cue[1].split(" --> "))
        assert previous_end <= start < end <= narrated.audio_seconds + 0.001
        assert cue[2] == timing["text"]
        previous_end = end


def test_one_chapter_per_section_in_order(narrated, sample_doc):
    sections = [sample_doc.title] + [b.text for b in sample_doc.blocks if isinstance(b, Heading)]
    probe = json.loads(subprocess.run(
        ["ffprobe", "-v", "error", "-show_chapters", "-of", "json",
         str(narrated.files["mp3"])], capture_output=True, check=True, text=True).stdout)
    chapters = probe["chapters"]  # in file order: players list them so
    assert [c["tags"]["title"] for c in chapters] == sections
    toc = ID3(narrated.files["mp3"]).getall("CTOC")[0]
    assert list(toc.child_element_ids) == [f"ch{i}" for i in range(len(sections))]
    assert float(chapters[0]["start_time"]) == 0.0
    assert all(a["end_time"] == b["start_time"] for a, b in pairwise(chapters))
    tags = ID3(narrated.files["mp3"])
    assert (str(tags["TIT2"]), str(tags["TLAN"])) == (sample_doc.title, "eng")  # ISO 639-2


def test_manifest_names_the_voice_of_each_engine(narrated, sample_doc):
    manifest = json.loads(narrated.files["manifest"].read_text(encoding="utf-8"))
    voice = manifest["voice"]
    assert voice["engine"] in ("pyttsx3", "piper")
    assert voice["id"] == {"pyttsx3": "gmw/en-us", "piper": "en_US-joe-medium"}[voice["engine"]]
    assert any(code.split("-")[0] == sample_doc.lang for code in voice["languages"])


def test_default_rate_is_natural(timings):
    words = sum(len(t["text"].split()) for t in timings)
    speaking_minutes = sum(t["end"] - t["start"] for t in timings) / 60
    assert 130 <= words / speaking_minutes <= 220


@pytest.mark.parametrize("engine", ["pyttsx3", "piper"])
def test_identical_input_gives_identical_bytes(monkeypatch, engine):
    """Same bytes twice, and whether the runs of sentences are spoken one after the other, on one
    thread beside the encoder or on several."""
    doc = Document("Ferry returns", [Paragraph(runs(
        "The ferry runs again from Monday. It takes twelve minutes. Tickets cost two euros. "
        "Bikes travel free. The first boat leaves at six."))], lang="en")
    first = narrate(doc, engine=engine).mp3
    assert narrate(doc, engine=engine).mp3 == first
    monkeypatch.setattr(synthesis, "RUN_SENTENCES", 2)
    monkeypatch.setattr(synthesis, "MAX_WORKERS", 1)
    serial = narrate(doc, engine=engine).mp3
    monkeypatch.setattr(synthesis, "MAX_WORKERS", 2)
    assert narrate(doc, engine=engine).mp3 == serial
    assert narrate(doc, engine=engine, workers=1).mp3 == serial  # each run in turn, one core


def test_ten_thousand_words_are_narrated_completely():
    """Long text is where pyttsx3's save_to_file trap cuts audio short; it must not here."""
    truth = dev_truth()
    paragraphs: list[str] = []
    for page_id in sorted(truth):
        paragraphs += [p for p in truth[page_id]["articleBody"].split("\n")
                       if len(p.split()) > 20 and p.isascii()]
        if sum(len(p.split()) for p in paragraphs) >= 10_000:
            break
    blocks = [Paragraph(runs(p)) for p in paragraphs]
    blocks.insert(len(blocks) // 2, Heading(2, "Second half"))
    doc = Document("Ten thousand words", blocks, lang="en")
    assert doc.word_count() >= 10_000
    narration = narrate(doc)
    planned = [s.text for s in build_reading(doc).sentences]
    assert [t.text for t in narration.timings] == planned
    assert narration.timings[-1].end == pytest.approx(narration.duration, abs=0.01)
    assert narration.duration > 10_000 / 220 * 60
    for timing in narration.timings:
        assert timing.end - timing.start > 0.1 * len(timing.text.split()), timing
    assert len(narration.chapters) == 2


def test_mp3_encoded_sentence_by_sentence_is_the_whole_pcm_encoded_at_once():
    """Narration encodes each clip as it arrives, beside the engines: the bytes must be those
    of encoding the whole narration in one piece."""
    doc = Document("Ferry returns", [Paragraph(runs(
        "The ferry runs again from Monday. It takes twelve minutes. Tickets cost two euros."))],
        lang="en")
    narration = narrate(doc, wav=True)
    with wave.open(io.BytesIO(narration.wav)) as recording:
        rate, pcm = recording.getframerate(), recording.readframes(recording.getnframes())
    whole = Mp3Encoder(rate)
    whole.encode(pcm)
    assert narration.mp3.endswith(whole.finish())


def test_the_id3_language_is_iso_639_2_not_a_bcp_47_tag(tmp_path):
    """ID3's TLAN frame holds three letters (ISO 639-2): "spa" for a Honduran page's es-HN."""
    encoder = Mp3Encoder(22050)
    encoder.encode(b"\x00\x00" * 22050)
    mp3 = encoder.finish()
    for lang, wanted in (("es-HN", "spa"), ("cmn", "zho"), ("", "und")):
        path = tmp_path / f"{lang or 'none'}.mp3"
        path.write_bytes(tag_mp3(mp3, "Título", "", lang, []))
        assert str(ID3(path)["TLAN"]) == wanted, lang
