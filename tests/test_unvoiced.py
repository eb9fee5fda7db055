"""An article in a script no installed voice reads (Khmer: espeak-ng has no voice for it, and
its English voice spells out each letter's code point, "letter one seven eight zero", 37 s
for a headline): no narration is made, with a warning; the other formats are, and the EPUB is
a text-only book that epubcheck and DAISY Ace pass; asked for the MP3 alone, one line."""

from __future__ import annotations

import zipfile

from lxml import etree

from tests.render.epub_tools import ace_violations, epubcheck

from .conftest import ROOT
from .test_hostile import assert_one_line_failure
from .test_hostile_odd import run

KHMER = ROOT / "tests" / "data" / "scripts" / "km.txt"


def test_no_narration_for_a_script_no_voice_reads_and_the_rest_is_made(tmp_path):
    out = tmp_path / "out"
    result = run("convert", str(KHMER), "-o", str(out), "-f", "html", "-f", "mp3", "-f", "epub",
                 "-f", "json", seconds=240)
    err = result.stderr.decode()
    assert result.returncode == 0, err
    assert "no pyttsx3 voice reads Khmer ('km'), so no narration is made" in err
    made = {path.suffix for path in out.glob("*/*")}
    assert {".html", ".epub", ".json"} <= made and not made & {".mp3", ".vtt"}
    book = next(out.glob("*/*.epub"))
    opf = etree.fromstring(zipfile.ZipFile(book).read("EPUB/content.opf"))
    metas = {(m.get("property"), m.text) for m in opf.iter("{*}meta")}
    assert ("schema:accessModeSufficient", "textual") in metas
    assert not any(value in ("auditory", "synchronizedAudioText") for _, value in metas)
    kinds = {item.get("media-type") for item in opf.iter("{*}item")}
    assert not kinds & {"audio/mpeg", "application/smil+xml"}
    assert epubcheck(book, tmp_path) == []
    assert ace_violations(book, tmp_path) == []


def test_the_mp3_alone_of_a_script_no_voice_reads_is_one_line(tmp_path):
    out = tmp_path / "out"
    err = assert_one_line_failure(run("convert", str(KHMER), "-o", str(out), "-f", "mp3"), out)
    assert "no narration" in err


def test_an_undetermined_language_is_not_called_english():
    from access.render.audio.voices import unvoiced

    reason = unvoiced("pyttsx3", None, "und", "ᚠᚢᚦᚨᚱᚲ ᚷᚹᚺᚾᛁᛃ ᛇᛈᛉᛊᛏᛒ")
    assert reason == "no pyttsx3 voice reads its language ('und'), so no narration is made"
    assert "Khmer ('km')" in unvoiced("pyttsx3", None, "km", "ព័ត៌មាន")


def test_japanese_with_kanji_is_narrated_with_no_warning_and_captioned_as_written(tmp_path):
    """espeak-ng's Japanese voice reads kana and says "Chinese letter" for each kanji: the
    speech script hands it the kanji as kana (access/speech/kana.py); the captions keep them."""
    out = tmp_path / "out"
    result = run("convert", str(ROOT / "tests" / "data" / "scripts" / "ja.txt"), "-o", str(out),
                 "-f", "html", "-f", "mp3", seconds=240)
    err = result.stderr.decode()
    assert result.returncode == 0, err
    assert "warning" not in err and "narration" not in err, err
    assert next(out.glob("*/*.mp3")).stat().st_size > 50_000
    captions = next(out.glob("*/*.vtt")).read_text(encoding="utf-8")
    assert "駅前の商店街で、店員のいない古本市が始まった。" in captions
