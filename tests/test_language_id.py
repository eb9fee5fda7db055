"""The language model cache: unpacked once, mapped after, the same answers as py3langid's own."""

import os
import subprocess
import sys
from pathlib import Path

import py3langid

from access.document import language_id

SAMPLES = ["Le gouvernement a annoncé mardi une réforme des retraites très contestée.",
           "Die Regierung hat am Dienstag eine umstrittene Rentenreform angekündigt.",
           "The government announced a contested pension reform on Tuesday.",
           "الحكومة أعلنت يوم الثلاثاء عن إصلاح مثير للجدل لنظام التقاعد."]


def _classify_in_fresh_process(cache: Path) -> list[str]:
    code = ("import sys; from access.document.language_id import classify; "
            "print('\\n'.join(classify(t)[0] for t in sys.argv[1:]))")
    env = {**os.environ, "ACCESS_CACHE_DIR": str(cache)}
    out = subprocess.run([sys.executable, "-c", code, *SAMPLES], env=env, check=True,
                         capture_output=True, text=True)
    return out.stdout.split()


def test_the_first_process_unpacks_the_model_and_later_ones_map_it(tmp_path):
    first = _classify_in_fresh_process(tmp_path)
    [folder] = [p for p in tmp_path.iterdir() if not p.name.startswith(".")]
    files = {p.name for p in folder.iterdir()}
    assert {"meta.json", "ptc.npy", "nextmove.bin"} <= files and "model.npz" not in files
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".unpacking-")]
    assert _classify_in_fresh_process(tmp_path) == first == ["fr", "de", "en", "ar"]


def test_the_mapped_model_answers_as_py3langid_does():
    for text in SAMPLES:
        assert language_id.classify(text) == py3langid.classify(text)


def test_an_unwritable_cache_falls_back_to_py3langid(tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    assert _classify_in_fresh_process(blocked / "cache") == ["fr", "de", "en", "ar"]
