"""Trims on real dev pages: a sidebar before the headline and teaser cards after the article
(both gone by the candidates' agreement, access.clean.html.pick), tag lines, repeated captions."""


from access.clean.html import clean_html
from access.clean.html.trim import drop_repeated_captions
from access.document import Figure, Paragraph, runs

from ..conftest import dev_page


def test_caption_line_under_every_picture_is_kept_once_but_other_repeats_stay():
    caption, step = Paragraph(runs("Festival poster")), Paragraph(runs("Eat every 2 hours"))
    picture = Figure("https://x.org/a.jpg")
    blocks = [picture, caption, step, picture, Paragraph(runs("festival  poster")), step]
    assert drop_repeated_captions(blocks) == [picture, caption, step, picture, step]


def test_real_page_with_one_caption_line_under_each_picture():
    doc = clean_html(dev_page("8cad00dc22de45ba42e9540421b5f78333f7ac57b385d69acb27a53b9fd69f0c",
                              "html"))
    line = "2018 Jeongdong Theater Tradition Series Performance [The Palace"
    assert 1 <= sum(b.text.startswith(line) for b in doc.blocks) <= 2  # was 12


def test_sidebar_before_the_headline_is_dropped():
    doc = clean_html(dev_page("232a43fb15abde807427b2a7bf4f772e27b8760554370956d8291df4e8166dbf",
                              "html"))
    assert "Night mode" not in doc.text and "Now Available" not in doc.text
    assert "scissor switch keyboard" in doc.text


def test_related_story_cards_after_the_article_are_dropped():
    doc = clean_html(dev_page("94fbcc26772088646cb977cecf1abc4012847a1f6927d09505cbf0c3d417ba07",
                              "html"))
    assert "FLOS pays tribute" not in doc.text and "DOUTDESign" not in doc.text
    assert "Jewels after Jewels" in doc.text


def test_tag_list_ends_the_article():
    doc = clean_html(dev_page("cc03ddb5ef7d5f1fdb8a87f5e6dfd058a2a70acedf2551655a898dc5c18eb79e",
                              "html"))
    assert "stock car cascavel" not in doc.text.casefold()
    assert doc.word_count() > 100
