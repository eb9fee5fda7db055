"""A body line that is only the document's byline goes (said in the header); a sentence naming
the writer stays."""

from dataclasses import replace
from pathlib import Path

from access.clean.byline_again import byline_again
from access.clean.html import SETTINGS as HTML_SETTINGS
from access.clean.html import clean_html
from access.clean.text import SETTINGS, clean_text

DATA = Path(__file__).resolve().parents[1] / "data"


def test_lines_of_the_byline_alone_with_their_by_word_label_or_day():
    assert byline_again("Von Georg Kasch", "Georg Kasch") and byline_again("MORITZ PAPPERT", "Moritz Pappert")
    assert byline_again("Par Jacques Munier", "Jacques Munier")
    assert byline_again("Eine Kolumne von Nils Pickert", "Nils Pickert")
    assert byline_again("Redaktion - 31. Januar 2022", "Redaktion")
    assert byline_again("Текст: Венера Ерофеева·24 сентября 2018", "Венера Ерофеева")
    assert byline_again("von Marcus Bensmann , Justus von Daniels , Ulrich Stoll",
                        "Marcus Bensmann, Justus von Daniels and Ulrich Stoll")
    assert not byline_again("Georg Kasch", "Georg Kasch", bare=False)  # a heading of the name alone


def test_sentences_naming_the_writer_stay():
    assert not byline_again("Ein Interview von Eugen Zentner mit Sonja Silberhorn.", "Eugen Zentner")
    assert not byline_again("Georg Kasch hat das Stück gesehen.", "Georg Kasch")
    assert not byline_again("Fazit von Alexander Rosenkranz", "Alexander Rosenkranz")
    assert not byline_again("Das Gespräch führte Nicole Collignon.", "Nicole Collignon")
    assert not byline_again("Eine Kolumne von Nils Pickert", "Nils")  # more than the byline


def test_real_page_whose_intro_says_the_byline_again():
    # nachtkritik.de (held-out): "Von Georg Kasch" under the intro; the page's author meta holds it
    markup = (DATA / "pages" / "byline-again.html").read_text(encoding="utf-8")
    doc = clean_html(markup)
    assert doc.byline == "Georg Kasch" and "Von Georg Kasch" not in [b.text for b in doc.blocks]
    off = clean_html(markup, settings=replace(HTML_SETTINGS, byline_again=False))
    assert "Von Georg Kasch" in [b.text for b in off.blocks]


def test_real_copied_page_whose_author_box_heads_the_byline_again():
    # tarnkappe.info (held-out): "Über Lars Sobiraj" over the writer's bio at the article's end
    text = (DATA / "copied" / "byline-again-de.txt").read_text(encoding="utf-8")
    doc = clean_text(text)
    texts = [b.text for b in doc.blocks]
    assert doc.byline == "Lars Sobiraj" and "Über Lars Sobiraj" not in texts
    assert any(t.startswith("Lars Sobiraj fing im Jahr 2000 an") for t in texts)
    # (the "Mehr zu dem Thema" button over it opens a related box that takes it too: left out here)
    unboxed = text.replace("Mehr zu dem Thema\n", "")
    off = clean_text(unboxed, settings=replace(SETTINGS, byline_again=False))
    assert "Über Lars Sobiraj" in [b.text for b in off.blocks]


def test_the_writers_address_or_agency_beside_the_byline_says_no_more():
    assert byline_again("Por Mariano Martín mmartin@ambito.com.ar", "Mariano Martín", bare=False)
    assert byline_again("Von: det/dpa", "det")
    assert not byline_again("Von: det/dpa", "det", beside=False)
    assert not byline_again("Schreiben Sie an castro@larepublica.net", "Johnny Castro")


def test_real_copied_page_whose_byline_line_holds_the_writers_address():
    # larepublica.net (held-out): the byline, its address and its day on one line, over the lead
    text = (DATA / "copied" / "byline-email-es.txt").read_text(encoding="utf-8")
    line = "Johnny Castro johnnycastro.asesor@larepublica.net"
    doc = clean_text(text)
    assert doc.byline == "Johnny Castro" and not any(line in b.text for b in doc.blocks)
    off = clean_text(text, settings=replace(SETTINGS, byline_beside=False))
    assert any(line in b.text for b in off.blocks)
