"""PDF/UA-1 structure of real PDFs (the sample and two cleaned dev pages), parsed and measured."""

from __future__ import annotations

import base64
import io
import re
import subprocess
from collections import Counter
from pathlib import Path

import lxml.html
import pikepdf
import pytest
from PIL import Image

from access.document import Document, Figure, Heading, Table
from access.errors import AccessError
from access.render.markup import anchored_blocks, render_template
from access.render.pdf import described_figures, print_css, render_pdf
from access.render.pdf.audit import audit, kids, outline_titles, walk
from tests.conftest import dev_file, dev_page

# One page with a table and a figure, one with lists, headings and a figure (both with links).
DEV_PAGES = ("11ea381ad92b", "4219d096902d")


def _png_data_uri() -> str:
    buffer = io.BytesIO()
    Image.new("RGB", (320, 180), (40, 90, 160)).save(buffer, "PNG")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def _clean_dev(prefix: str, tmp: Path) -> Document:
    from access.convert import load

    page = dev_file(prefix, "html").name.removesuffix(".html.gz")
    path = tmp / f"{prefix}.html"
    path.write_text(dev_page(page, "html"), encoding="utf-8")
    return load(str(path))


@pytest.fixture(scope="session")
def rendered(sample_doc, tmp_path_factory) -> dict[str, tuple[Document, dict, bytes]]:
    """Each document with its embedded pictures and its PDF, made once."""
    tmp = tmp_path_factory.mktemp("pdfua")
    docs = {"sample": sample_doc, **{p: _clean_dev(p, tmp) for p in DEV_PAGES}}
    out = {}
    for name, doc in docs.items():
        picture = _png_data_uri()
        images = {b.src: picture for b in doc.blocks if isinstance(b, Figure) and b.src}
        out[name] = (doc, images, render_pdf(doc, images=images))
    return out


NAMES = ("sample", *DEV_PAGES)
PAGE_NUMBER = re.compile(r"^(\d+) ?/ ?(\d+)$", re.MULTILINE)


def test_dev_pages_have_what_the_checks_need(rendered):
    kinds = {name: {b.type for b in rendered[name][0].blocks} for name in DEV_PAGES}
    assert {"table", "figure"} <= kinds[DEV_PAGES[0]]
    assert {"list", "heading", "figure"} <= kinds[DEV_PAGES[1]]


@pytest.mark.parametrize("name", NAMES)
def test_no_pdf_ua_problem_found(rendered, name):
    with pikepdf.open(io.BytesIO(rendered[name][2])) as pdf:
        assert audit(pdf) == []
        assert str(pdf.Root.Lang) == rendered[name][0].lang
        assert pdf.docinfo.Title == rendered[name][0].title


@pytest.mark.parametrize("name", NAMES)
def test_every_page_numbered_by_an_artifact(rendered, name, tmp_path):
    path = tmp_path / "out.pdf"
    path.write_bytes(rendered[name][2])
    with pikepdf.open(path) as pdf:
        total = len(pdf.pages)
        for number, page in enumerate(pdf.pages, start=1):
            text = subprocess.run(["pdftotext", "-f", str(number), "-l", str(number), "-enc",
                                   "UTF-8", str(path), "-"], capture_output=True, check=True,
                                  text=True).stdout
            assert (str(number), str(total)) in PAGE_NUMBER.findall(text)
            pagination = [operands for operands, operator in pikepdf.parse_content_stream(page)
                          if str(operator) == "BDC" and operands[0] == "/Artifact"
                          and operands[1].get("/Type") == "/Pagination"]
            assert len(pagination) == 1


@pytest.mark.parametrize("name", NAMES)
def test_outline_equals_the_headings(rendered, name):
    doc = rendered[name][0]
    expected = [doc.title] + [b.text for b in anchored_blocks(doc) if b.type == "heading"]
    with pikepdf.open(io.BytesIO(rendered[name][2])) as pdf:
        assert outline_titles(pdf) == expected
        levels = [int(e.tag[2]) for e in walk(pdf.Root.StructTreeRoot) if re.match(r"/H\d", e.tag)]
    assert levels == [1] + [b.level for b in anchored_blocks(doc) if b.type == "heading"]


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


@pytest.mark.parametrize("name", NAMES)
def test_text_extracted_in_reading_order(rendered, name, tmp_path):
    doc, images, pdf_bytes = rendered[name]
    path = tmp_path / "out.pdf"
    path.write_bytes(pdf_bytes)
    extracted = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"],
                               capture_output=True, check=True, text=True).stdout
    extracted = PAGE_NUMBER.sub("", extracted)  # the artifacts at each page's foot
    doc, images = described_figures(doc, images)
    markup = render_template("print.html.j2", doc, css=print_css("MD", "A4"), images=images)
    article = lxml.html.fromstring(markup).find(".//article")
    for ordered in article.iter("ol"):  # the PDF shows the numbers as list labels
        for number, item in enumerate(ordered.findall("li"), start=1):
            item.text = f"{number}. {item.text or ''}"
    assert _words(extracted) == _words(" ".join(article.itertext()))
    body = _words(doc.text.replace("\t", " "))
    position = 0
    found = _words(extracted)
    for word in body:  # every word of the document, in the document's order
        position = found.index(word, position) + 1


@pytest.mark.parametrize("name", NAMES)
def test_figures_tables_and_links(rendered, name):
    doc, images, pdf_bytes = rendered[name]
    figures = [b for b in doc.blocks if isinstance(b, Figure) and b.src in images]
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        elements = list(walk(pdf.Root.StructTreeRoot))
        alts = [str(e.node.Alt) for e in elements if e.tag == "/Figure"]
        assert alts == [f.alt or f.caption for f in figures if (f.alt or f.caption).strip()]
        tags = Counter(e.tag for e in elements)
        # a table longer than a page is one Table element per page (WeasyPrint 70)
        assert len(pdf.pages) >= tags["/Table"] >= len(tables) and tags["/Art"] == 1
        for e in elements:
            if e.tag == "/TH":
                assert e.node.A.Scope in ("/Column", "/Row")
            if e.tag == "/Caption":
                assert e.node.P.S in ("/Div", "/Table")
            if e.tag == "/L":
                assert {str(k.S) for k in kids(e.node)} == {"/LI"}
        contents = [str(a.Contents) for page in pdf.pages for a in page.obj.get("/Annots", [])]
    links = [(r.href, r.text) for b in doc.blocks for r in getattr(b, "inlines", []) if r.href]
    assert len(contents) >= len(links)
    for href, text in links:
        assert any(c.startswith(" ".join(text.split())) and href in c for c in contents), href


def _body_points(pdf_bytes: bytes) -> float:
    """The most used text size in points, glyph-weighted, from the content streams."""
    sizes: Counter = Counter()
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        for page in pdf.pages:
            ctm, stack, font_size, scale = [1.0], [], 0.0, 1.0
            for operands, operator in pikepdf.parse_content_stream(page):
                op = str(operator)
                if op == "q":
                    stack.append(ctm[0])
                elif op == "Q":
                    ctm[0] = stack.pop()
                elif op == "cm":
                    ctm[0] *= abs(float(operands[0]) or float(operands[1]))
                elif op == "Tm":
                    scale = abs(float(operands[0]) or float(operands[1]))
                elif op == "Tf":
                    font_size = float(operands[1])
                elif op in ("Tj", "TJ"):
                    sizes[round(font_size * scale * ctm[0], 1)] += len(bytes(operands[0])
                                                                       if op == "Tj" else
                                                                       operands[0].unparse())
    return sizes.most_common(1)[0][0]


def test_large_print_sizes_and_page_sizes(sample_doc):
    md = _body_points(render_pdf(sample_doc, text_size="MD"))
    lg = _body_points(render_pdf(sample_doc, text_size="LG", page_size="Letter"))
    xxl_bytes = render_pdf(sample_doc, text_size="XXL", page_size="A5")
    assert md == pytest.approx(13.5, abs=0.1)
    assert lg >= 18 and _body_points(xxl_bytes) >= 27
    with pikepdf.open(io.BytesIO(xxl_bytes)) as pdf:
        width, height = (float(v) for v in pdf.pages[0].mediabox[2:])
        assert (round(width), round(height)) == (420, 595)  # A5 in points
        assert audit(pdf) == []


def test_missing_language_and_unknown_sizes_fail_with_one_line(sample_doc):
    from dataclasses import replace

    for kwargs, doc in (({}, replace(sample_doc, lang="")),
                        ({"page_size": "B5"}, sample_doc), ({"text_size": "HUGE"}, sample_doc)):
        with pytest.raises(AccessError) as caught:
            render_pdf(doc, **kwargs)
        assert "\n" not in str(caught.value)


def test_figure_without_any_description_is_not_drawn(sample_doc):
    from dataclasses import replace

    doc = replace(sample_doc, blocks=[Heading(2, "Pictures"), Figure(src="https://x.test/a.png")])
    with pikepdf.open(io.BytesIO(render_pdf(doc, images={"https://x.test/a.png":
                                                           _png_data_uri()}))) as pdf:
        assert audit(pdf) == []
        assert not any(e.tag == "/Figure" for e in walk(pdf.Root.StructTreeRoot))


def test_audit_finds_an_untagged_pdf():
    from weasyprint import HTML

    plain = HTML(string="<html><body><h1>Title</h1><p>Text</p></body></html>").write_pdf()
    with pikepdf.open(io.BytesIO(plain)) as pdf:
        problems = audit(pdf)
    assert "MarkInfo Marked is not true" in problems and "no StructTreeRoot" in problems


def test_page_numbers_weasyprint_leaves_untagged_are_found_then_fixed():
    from weasyprint import HTML

    from access.render.pdf.tagging import finish_tagging

    raw = HTML(string="<html lang='en'><head><title>T</title><style>@page { @bottom-center {"
                      " content: counter(page) } }</style></head><body><article><h1>Title</h1>"
                      "<p>Text</p></article></body></html>").write_pdf(pdf_variant="pdf/ua-1")
    with pikepdf.open(io.BytesIO(raw)) as pdf:
        assert any("outside the structure tree" in problem for problem in audit(pdf))
    with pikepdf.open(io.BytesIO(finish_tagging(raw))) as pdf:
        assert audit(pdf) == []


def test_extra_extra_large_print_stays_inside_the_page(rendered, tmp_path):
    doc, images, _ = rendered[DEV_PAGES[0]]  # the page with a seven-column table
    path = tmp_path / "xxl.pdf"
    path.write_bytes(render_pdf(doc, text_size="XXL", images=images))
    boxes = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True,
                           check=True, text=True).stdout
    page_width = float(re.search(r'<page width="([\d.]+)"', boxes).group(1))
    right_edges = [float(x) for x in re.findall(r'xMax="([\d.]+)"', boxes)]
    assert right_edges and max(right_edges) <= page_width - 40  # inside the 2 cm margin
    with pikepdf.open(path) as pdf:
        assert audit(pdf) == []


def test_links_described_by_their_text_relative_or_not():
    from access.document import Inline, Paragraph

    doc = Document(title="Links", source_url="https://example.org/news/a", site="Example", blocks=[
        Paragraph([Inline("Read "), Inline("about us", href="/about"), Inline(" and "),
                   Inline("the other site", href="https://other.test/x"), Inline(".")])])
    with pikepdf.open(io.BytesIO(render_pdf(doc))) as pdf:
        assert audit(pdf) == []
        contents = [str(a.Contents) for a in pdf.pages[0].obj.Annots]
    assert contents == ["about us (https://example.org/about)",
                        "the other site (https://other.test/x)",
                        "Example (https://example.org/news/a)"]
