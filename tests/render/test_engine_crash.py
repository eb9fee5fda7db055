"""A text that crashes the speech engine's C code costs only the words it crashed on.

espeak-ng 1.51 aborts its process on some texts (espeak-ng#2495: "s'" repeated 220 times
overflows its stack; a Burmese sentence fails a buffer check). The conversion runs in a child
process here, so that the crash this guards against cannot take pytest down with it."""

import json
import subprocess
import sys
from pathlib import Path

from ..conftest import DATA, ROOT
from .test_audio import decoded, rms

CRASHES_ESPEAK = "s'" * 220
WARNING = "access: warning: the speech engine crashed on a sentence ("


def converted(tmp_path, text: str) -> tuple[subprocess.CompletedProcess, list[dict], float, Path]:
    """The text converted to MP3 by the command line: its run, timings and MP3's length."""
    source = tmp_path / "article.txt"
    source.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    run = subprocess.run([sys.executable, "-m", "access", "convert", str(source), "-o", str(out),
                          "-f", "mp3", "-j", "2"], capture_output=True, text=True, cwd=ROOT,
                         timeout=600)
    assert run.returncode == 0, run.stderr
    (mp3,) = out.glob("*/*.mp3")
    (timings,) = out.glob("*/*.timings.json")
    probe = subprocess.run(["ffprobe", "-v", "error", "-show_entries", "format=duration",
                            "-of", "csv=p=0", str(mp3)], capture_output=True, text=True, check=True)
    return run, json.loads(timings.read_text(encoding="utf-8")), float(probe.stdout), mp3


def test_a_sentence_that_crashes_the_engine_leaves_the_rest_spoken(tmp_path):
    run, timings, seconds, mp3 = converted(tmp_path, (
        "Council backs the new budget\n\n"
        f"The city council approved a new budget on Tuesday after a long debate. {CRASHES_ESPEAK}"
        "\n\nSchools will get more money next year, and the roads in the north will be repaired.\n"))
    warnings = [line for line in run.stderr.splitlines() if line.startswith(WARNING)]
    assert len(warnings) == 1 and "s's's's" in warnings[0] and "left silent" in warnings[0]
    crashed = [t for t in timings if CRASHES_ESPEAK in t["text"]]
    assert len(crashed) == 1 and crashed[0]["end"] - crashed[0]["start"] < 1.0  # its pause
    spoken = [t for t in timings if CRASHES_ESPEAK not in t["text"]]
    assert [t["text"].split()[0] for t in spoken][-2:] == ["The", "Schools"]
    for timing in spoken:
        assert timing["end"] - timing["start"] > 1.5, timing
        assert rms(decoded(mp3, timing["start"], timing["end"])) > 300, timing
    assert abs(seconds - timings[-1]["end"]) < 0.1


def test_a_burmese_article_that_crashes_the_engine_is_narrated(tmp_path):
    run, timings, seconds, mp3 = converted(
        tmp_path, (DATA / "speech" / "my.txt").read_text(encoding="utf-8"))
    assert run.stderr.count(WARNING) == 1
    assert len(timings) == 4 and abs(seconds - timings[-1]["end"]) < 0.1
    for timing in timings:  # the crashed sentence is spoken but for the words that crash it
        assert rms(decoded(mp3, timing["start"], timing["end"])) > 300, timing
