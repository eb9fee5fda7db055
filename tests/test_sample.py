"""The bundled sample, end to end: the article survives whole and the residue goes, in every output."""

import json
import re
import subprocess

import pytest
from bs4 import BeautifulSoup

from access.document import Figure, Heading, Note

from .conftest import SAMPLE

TITLE = "North Korean forces join Russia's fight against Ukraine"
CAPTION_START = "FILE - A TV screen shows"
RESIDUE = re.compile(r"^\s*(Accessibility links|Breaking News|update|XS|SM|MD|LG)\s*$",
                     re.IGNORECASE | re.MULTILINE)
RESIDUE_WORDS = ("Accessibility links", "Breaking News")


def body_paragraphs() -> list[str]:
    """Every body paragraph of the sample, in order, read from the source itself."""
    lines = [line.strip() for line in SAMPLE.read_text(encoding="utf-8").splitlines()]
    start = lines.index(TITLE) + 1
    return [line for line in lines[start:]
            if len(line.split()) > 8 and not line.startswith(CAPTION_START)]


def test_title_caption_heading_and_note(sample_doc):
    assert sample_doc.title == TITLE
    figures = [b for b in sample_doc.blocks if isinstance(b, Figure)]
    assert len(figures) == 1 and figures[0].caption.startswith(CAPTION_START)
    headings = [b.text for b in sample_doc.blocks if isinstance(b, Heading)]
    assert headings == ["More aid for Ukraine"]
    assert isinstance(sample_doc.blocks[-1], Note)
    assert sample_doc.blocks[-1].text == "Some information for this story was provided by Reuters."
    assert sample_doc.lang == "en"


def test_every_paragraph_kept_in_order(sample_doc):
    kept = [b.text for b in sample_doc.blocks if b.type in ("paragraph", "note")]
    assert kept == body_paragraphs()


def _assert_clean(text: str) -> None:
    assert not RESIDUE.search(text), RESIDUE.search(text)
    assert not re.search(r"\bupdate\b", text, re.IGNORECASE)
    for word in RESIDUE_WORDS:
        assert word.casefold() not in text.casefold()
    assert text.count(CAPTION_START) == 1
    assert "More aid for Ukraine" in text
    assert "Some information for this story was provided by Reuters." in text


def test_html_output_is_clean(sample_output):
    soup = BeautifulSoup(sample_output.files["html"].read_text(encoding="utf-8"), "lxml")
    assert [h.get_text() for h in soup.find_all("h1")] == [TITLE]
    assert soup.find("h2", string="More aid for Ukraine")
    _assert_clean(soup.find("article").get_text("\n"))


def test_pdf_output_is_clean(sample_output):
    text = subprocess.run(["pdftotext", "-layout", str(sample_output.files["pdf"]), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert " ".join(TITLE.split()) in " ".join(text.split())
    _assert_clean(text)


def test_audio_transcript_is_clean(sample_output):
    timings = json.loads(sample_output.files["timings"].read_text(encoding="utf-8"))
    spoken = "\n".join(t["text"] for t in timings)
    assert timings[0]["text"] == TITLE
    assert timings[-1]["text"] == "Some information for this story was provided by Reuters."
    assert not RESIDUE.search(spoken)
    assert spoken.count(CAPTION_START.removeprefix("FILE - ")) == 1


@pytest.mark.parametrize("kind", ["json", "manifest"])
def test_json_outputs_are_clean(sample_output, kind):
    text = sample_output.files[kind].read_text(encoding="utf-8")
    for word in (*RESIDUE_WORDS, "update"):
        assert word.casefold() not in text.casefold()
    data = json.loads(text)
    assert data["title"] == TITLE


def test_manifest_lists_files_sizes_and_duration(sample_output):
    manifest = json.loads(sample_output.files["manifest"].read_text(encoding="utf-8"))
    for kind in ("html", "pdf", "mp3", "json"):
        entry = manifest["files"][kind]
        assert (sample_output.folder / entry["name"]).stat().st_size == entry["bytes"] > 0
    assert manifest["audio_seconds"] == pytest.approx(sample_output.audio_seconds)
