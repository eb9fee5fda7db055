"""The EPUB 3 on the sample and on a page with a figure, a list and a table: container,
accessibility metadata, nav, and a media overlay whose every par points at a sentence."""

from __future__ import annotations

import io
import json
import zipfile

import pytest
from lxml import etree
from mutagen.mp3 import MP3

from access.convert import load
from access.document.reading import build_reading
from tests.conftest import DATA

HARBOUR = DATA / "pages" / "harbour-article.html"

NS = {"opf": "http://www.idpf.org/2007/opf", "dc": "http://purl.org/dc/elements/1.1/",
      "smil": "http://www.w3.org/ns/SMIL", "x": "http://www.w3.org/1999/xhtml",
      "epub": "http://www.idpf.org/2007/ops"}
FEATURES = {"structuralNavigation", "readingOrder", "synchronizedAudioText", "tableOfContents",
            "displayTransformability"}


class Book:
    """An EPUB opened as its reading system would: container → package → its items."""

    def __init__(self, data: bytes) -> None:
        self.zip = zipfile.ZipFile(io.BytesIO(data))
        container = etree.fromstring(self.zip.read("META-INF/container.xml"))
        self.opf_path = container.find(".//{*}rootfile").get("full-path")
        self.base = self.opf_path.rsplit("/", 1)[0] + "/"
        self.opf = etree.fromstring(self.zip.read(self.opf_path))

    def meta(self, prop: str, refines: str | None = None) -> list[str]:
        return [m.text for m in self.opf.iterfind("opf:metadata/opf:meta", NS)
                if m.get("property") == prop and m.get("refines") == refines]

    def item(self, **attrs) -> etree._Element:
        for item in self.opf.iterfind("opf:manifest/opf:item", NS):
            if all(item.get(k.replace("_", "-")) == v for k, v in attrs.items()):
                return item
        raise AssertionError(f"no manifest item with {attrs}")

    def read(self, item: etree._Element) -> bytes:
        return self.zip.read(self.base + item.get("href"))

    def xml(self, item: etree._Element) -> etree._Element:
        return etree.fromstring(self.read(item))


def seconds(clock: str) -> float:
    hours, minutes, secs = clock.split(":")
    return int(hours) * 3600 + int(minutes) * 60 + float(secs)


@pytest.fixture(scope="module", params=["sample", "harbour"])
def converted(request, sample_output, harbour_output):
    return {"sample": sample_output, "harbour": harbour_output}[request.param]


def test_container_comes_first_and_uncompressed(converted):
    book = zipfile.ZipFile(converted.files["epub"])
    first = book.infolist()[0]
    assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
    assert book.read("mimetype") == b"application/epub+zip"


def test_accessibility_metadata(converted):
    book = Book(converted.files["epub"].read_bytes())
    assert set(book.meta("schema:accessMode")) >= {"textual", "auditory"}
    assert "textual" in book.meta("schema:accessModeSufficient")
    assert set(book.meta("schema:accessibilityFeature")) >= FEATURES
    assert book.meta("schema:accessibilityHazard") == ["none"]
    assert len(book.meta("schema:accessibilitySummary")[0]) > 40
    assert book.meta("dcterms:conformsTo") == ["EPUB Accessibility 1.1 - WCAG 2.2 Level AA"]
    assert book.meta("media:active-class") == ["-epub-media-overlay-active"]
    assert book.opf.get("{http://www.w3.org/XML/1998/namespace}lang")
    total = seconds(book.meta("media:duration")[0])
    overlay = book.item(media_type="application/smil+xml")
    assert seconds(book.meta("media:duration", f"#{overlay.get('id')}")[0]) == pytest.approx(total)
    assert total == pytest.approx(converted.audio_seconds, abs=0.001)


def test_overlay_points_every_par_at_a_sentence_in_order_inside_the_audio(converted):
    book = Book(converted.files["epub"].read_bytes())
    text = book.item(media_overlay=book.item(media_type="application/smil+xml").get("id"))
    xhtml = book.xml(text)
    ids = set(xhtml.xpath("//@id"))
    smil = book.xml(book.item(media_type="application/smil+xml"))
    audio = book.item(media_type="audio/mpeg")
    heard = MP3(io.BytesIO(book.read(audio))).info.length
    pars = smil.findall(".//smil:par", NS)
    timings = json.loads(converted.files["timings"].read_text(encoding="utf-8"))
    previous_end = 0.0
    for par in pars:
        href, _, fragment = par.find("smil:text", NS).get("src").partition("#")
        assert href.endswith(text.get("href")) and fragment in ids
        clip = par.find("smil:audio", NS)
        assert clip.get("src").endswith(audio.get("href"))
        begin, end = seconds(clip.get("clipBegin")), seconds(clip.get("clipEnd"))
        assert previous_end <= begin < end <= heard + 0.05
        previous_end = end
    assert len(pars) == len(timings)
    marked = xhtml.xpath("//*[@data-sentence]")
    assert {m.get("id") for m in marked} == {p.find("smil:text", NS).get("src").partition("#")[2]
                                             for p in pars}
    assert len(ids) == len(xhtml.xpath("//@id"))  # ids unique


def test_every_spoken_sentence_is_marked_once_in_reading_order(harbour_output):
    reading = build_reading(load(str(HARBOUR)))
    book = Book(harbour_output.files["epub"].read_bytes())
    xhtml = book.xml(book.item(id="article"))
    listed = [sid for m in xhtml.xpath("//*[@data-sentence]") for sid in m.get("data-sentence").split()]
    assert sorted(listed) == sorted(s.id for s in reading.sentences)
    smil = book.xml(book.item(media_type="application/smil+xml"))
    assert [p.get("id") for p in smil.findall(".//smil:par", NS)] == [
        f"par-{s.id}" for s in reading.sentences]
    table = xhtml.find(".//x:table", NS)
    assert table.get("data-sentence") and xhtml.findall(".//x:li/x:span[@data-sentence]", NS)


def test_nav_lists_title_and_headings_nested(harbour_output):
    book = Book(harbour_output.files["epub"].read_bytes())
    nav = book.xml(book.item(properties="nav"))
    toc = nav.find(".//x:nav", NS)
    assert toc.get(f"{{{NS['epub']}}}type") == "toc"
    top = [a.text for a in toc.xpath("x:ol/x:li/*[1]", namespaces=NS)]
    assert top == ["Harbour ferry returns after ten-year gap", "How the service will work"]
    nested = toc.xpath("x:ol/x:li[2]/x:ol/x:li/x:a", namespaces=NS)
    assert [a.text for a in nested] == ["What residents say"]
    article = book.xml(book.item(id="article"))
    for link in toc.xpath(".//x:a/@href", namespaces=NS):
        assert article.xpath(f"//*[@id='{link.partition('#')[2]}']")


def test_epub_alone_narrates_but_writes_only_the_book(tmp_path):
    from tests.conftest import run_cli

    result = run_cli("convert", str(HARBOUR), "-o", str(tmp_path), "-f", "epub")
    assert result.returncode == 0, result.stderr
    folder = next(tmp_path.iterdir())
    assert sorted(p.suffix for p in folder.iterdir()) == [".epub", ".json"]  # and manifest.json
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert set(manifest["files"]) == {"epub"} and manifest["audio_seconds"] > 10
    book = Book((folder / manifest["files"]["epub"]["name"]).read_bytes())
    assert book.read(book.item(media_type="audio/mpeg"))[:3] in (b"ID3", b"\xff\xfb")
