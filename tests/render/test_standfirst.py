"""The standfirst under a real page's headline: in the header of every output, said once, read
with the title."""

from __future__ import annotations

import io
import re
import subprocess
from dataclasses import replace

import pikepdf
import pytest
from bs4 import BeautifulSoup

from access.clean.html import SETTINGS, clean_html
from access.clean.html.standfirst import standfirst
from access.convert import Options, convert, load
from access.document import Paragraph, from_json, runs
from access.document.reading import TITLE_BLOCK, build_reading
from access.render.pdf.audit import audit, walk
from access.render.pdf.glyphs import marked_texts
from access.render.pdf.tagging import _element_text
from tests.conftest import DATA
from tests.render.test_epub import Book

# pcmag.com (held-out pcmag.com.platters.html): '<header><h1>…</h1><p>one sentence</p></header>'
PAGE = DATA / "pages" / "standfirst-under-headline.html"
DEK = "We're about to get 20 terabyte hard drives, but the path looks clear to scale up to 80TB."


def _words(text: str) -> str:
    return " " + " ".join(re.findall(r"\w+", text.casefold())) + " "


def _times(text: str) -> int:
    """How often the standfirst's words stand, in order, in ``text``."""
    return _words(text).count(_words(DEK))


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    out = tmp_path_factory.mktemp("standfirst")
    return convert(str(PAGE), out, Options(formats=("html", "pdf", "mp3", "epub", "json"),
                                           fetch_images=False))


def test_the_standfirst_is_the_documents_not_the_bodys():
    doc = load(str(PAGE))
    assert doc.standfirst == DEK
    assert _times(doc.text) == 0 and doc.blocks[0].text.startswith("As the world's demand")


def test_in_the_body_with_the_switch_on_it_is_not_in_the_header_too():
    doc = clean_html(PAGE.read_text(encoding="utf-8"), settings=replace(SETTINGS, standfirsts=True))
    assert doc.standfirst == "" and _times(doc.text) == 1


def test_none_where_the_bodys_opening_says_it_already():
    doc = load(str(PAGE))
    assert standfirst([DEK], doc.blocks) == DEK
    assert standfirst([DEK], [Paragraph(runs(DEK.upper())), *doc.blocks]) == ""


def test_none_where_it_is_the_title_again():
    # madame.lefigaro.fr (held-out dintestin): the header's one sentence is the headline
    title = "Les clés pour donner les bonnes bactéries à son intestin et aller bien"
    assert standfirst([title + "."], load(str(PAGE)).blocks, title) == ""
    assert standfirst([DEK], load(str(PAGE)).blocks, title) == DEK


def test_a_pictures_caption_in_the_header_is_no_standfirst():
    # mopo.de (held-out): '<header><h2>…</h2>… <figure>…<figcaption><p>one sentence</p>'
    doc = load(str(DATA / "pages" / "caption-in-header.html"))
    assert doc.standfirst == "" and doc.blocks[0].text.startswith("Läuft Piotr Trochowski")


def test_read_right_after_the_title():
    reading = build_reading(load(str(PAGE)))
    first = reading.sentences[:2]
    assert [s.part for s in first] == [("title",), ("standfirst",)]
    assert first[1].block == TITLE_BLOCK and first[1].text == DEK and first[1].span == (0, len(DEK))


def test_the_page_shows_it_once_in_its_header_and_marks_its_sentence(converted):
    soup = BeautifulSoup(converted.files["html"].read_text(encoding="utf-8"), "lxml")
    shown = soup.select("article header p.standfirst")
    assert len(shown) == 1 and shown[0].get_text() == DEK
    assert shown[0].select_one("[data-sentence]").get_text() == DEK  # followed by the read-along
    assert _times(soup.select_one("article").get_text(" ")) == 1


def test_the_pdf_holds_it_once_tagged_as_a_paragraph(converted):
    path = converted.files["pdf"]
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                          check=True, text=True).stdout
    assert _times(text) == 1
    with pikepdf.open(io.BytesIO(path.read_bytes())) as pdf:
        assert audit(pdf) == []
        pages = {page.obj.objgen: index for index, page in enumerate(pdf.pages)}
        texts = marked_texts(pdf)
        drawn = [(e.tag, "".join(_element_text(e.node, pages, texts).split()))
                 for e in walk(pdf.Root.StructTreeRoot) if e.tag in ("/H1", "/P")]
    tags = [tag for tag, text in drawn if text == "".join(DEK.split())]
    assert tags == ["/P"] and drawn[0][0] == "/H1"  # one paragraph, under the title


def test_the_epub_shows_it_once_in_its_header_and_its_overlay_reads_it(converted):
    book = Book(converted.files["epub"].read_bytes())
    text = book.item(media_overlay=book.item(media_type="application/smil+xml").get("id"))
    xhtml = book.xml(text)
    shown = xhtml.xpath("//x:header/x:p[@class='standfirst']",
                        namespaces={"x": "http://www.w3.org/1999/xhtml"})
    assert len(shown) == 1 and "".join(shown[0].itertext()) == DEK
    assert _times(" ".join(xhtml.itertext())) == 1
    sentence = shown[0].xpath(".//*[@data-sentence]")[0].get("id")
    smil = book.read(book.item(media_type="application/smil+xml")).decode("utf-8")
    assert f"#{sentence}\"" in smil


def test_the_json_round_trips_it(converted):
    data = converted.files["json"].read_text(encoding="utf-8")
    doc = from_json(data)
    assert doc.standfirst == DEK and doc == load(str(PAGE))
