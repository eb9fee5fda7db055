"""The reading page's markup from real documents: figures, tables, headings, meta, hostile input."""

from __future__ import annotations

from bs4 import BeautifulSoup

from access.document import Document, Figure, Heading, Inline, Paragraph, Table
from access.render.html import render_html
from access.render.images import embed_images
from tests.conftest import DATA

PIXEL = ("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAh"
         "KmMIQAAAABJRU5ErkJggg==")


def _para(text: str) -> Paragraph:
    return Paragraph([Inline(text)])


def _soup(doc: Document, **kwargs) -> BeautifulSoup:
    return BeautifulSoup(render_html(doc, **kwargs), "lxml")


def test_figures_tables_headings_and_meta_are_wired():
    doc = Document(
        title="Harbour reopens", byline="Ana Silva", date="2024-05-03", site="Example News",
        source_url="https://news.example.org/harbour",
        blocks=[Heading(3, "Why it closed"), _para("Storm damage closed the harbour."),
                Figure(PIXEL, alt="Boats at the quay", caption="The quay in May.", credit="Photo: A. S."),
                Figure("https://images.example.org/missing.jpg", alt="A crane", caption="Repairs."),
                Heading(5, "Costs"), Table(header=[["Item", "Cost"]], rows=[["Quay", "£2m"]])])
    soup = _soup(doc, images=embed_images(doc, fetch=False))
    assert [h.name for h in soup.select("main h1, main h2, main h3, main h4")] == ["h1", "h2", "h3"]
    embedded, missing = soup.select("main figure")
    assert embedded.img["src"].startswith("data:image/png;base64,") and embedded.img["alt"]
    assert embedded["aria-labelledby"] == embedded.figcaption["id"]
    assert not missing.img and "A crane" in missing.get_text()  # not fetched: alt and caption shown
    assert [th["scope"] for th in soup.select("main th")] == ["col", "col"]
    assert soup.select_one(".byline").get_text() == "By Ana Silva"
    assert soup.select_one("time")["datetime"] == "2024-05-03"
    assert soup.select_one(".reading-time")
    assert soup.select_one("footer.source a")["href"] == "https://news.example.org/harbour"
    root = soup.html
    assert root["data-text-size"] == "MD" and root["data-theme"] == "auto" and root["data-font"]


def test_settings_are_real_buttons_in_labelled_groups_with_names_starting_with_their_text():
    soup = _soup(Document(title="T", blocks=[_para("Text.")]))
    groups = soup.select(".toolbar [role=group]")
    assert len(groups) >= 5
    for group in groups:
        assert soup.find(id=group["aria-labelledby"]).get_text().strip()
        for button in group.find_all("button"):
            assert button["type"] == "button" and button["aria-pressed"] in ("true", "false")
            assert button.get("aria-label", button.get_text()).startswith(button.get_text())
        assert [b["aria-pressed"] for b in group.find_all("button")].count("true") <= 1
    assert "font/woff2" in soup.style.get_text() and "font-src data:" in str(soup.head)


def test_nothing_executable_from_a_hostile_page_reaches_the_page():
    from access.convert import load

    doc = load(str(DATA / "pages" / "hostile.html"))
    soup = _soup(doc, images=embed_images(doc, fetch=False))
    scripts = soup.find_all("script")
    assert len(scripts) == 2 and all("alert" not in s.get_text() for s in scripts)  # ours only
    assert not soup.find_all(["iframe", "svg", "object", "embed"])
    assert not [a for a in soup.find_all(True) for attr in a.attrs if attr.startswith("on")]
    hrefs = [a["href"] for a in soup.find_all("a", href=True)]
    assert not [h for h in hrefs if h.lower().startswith(("javascript:", "data:"))]
    assert not [i for i in soup.find_all("img") if not i["src"].startswith("data:image/png")]
