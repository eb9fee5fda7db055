"""Kinds of recall and precision loss, each pinned by a small page: short and untitled articles,
file names as captions, one blurb as every image's alt text."""

import textwrap
from pathlib import Path

import pytest

from access.clean import clean
from access.clean.html import clean_html
from access.clean.text import clean_text
from access.document import Figure
from access.errors import AccessError
from access.read import Source

from .test_text import PARAGRAPHS

PROSE = PARAGRAPHS


def source(text: str, kind: str = "text") -> Source:
    return Source(name="page", kind=kind, text=text, url="")


def test_a_short_article_with_no_title_is_an_article():
    doc = clean(source("The library opens on Sunday at ten, with free coffee for everyone who comes."))
    assert doc.title.startswith("The library opens on Sunday")
    assert "free coffee" in doc.text


def test_a_short_article_whose_one_paragraph_was_pasted_twice_is_an_article_said_once():
    """Taken for a caption pasted twice, the only paragraph left no prose: "no article found"."""
    text = (Path(__file__).resolve().parents[1] / "data" / "copied" / "paragraph-pasted-twice-de.txt"
            ).read_text(encoding="utf-8")
    doc = clean(source(text))
    assert doc.title == "DFV auf der Vorbereitungstagung der Interkulturellen Woche"
    assert doc.text.count("Die bundesweite Vorbereitungstagung") == 1


def test_a_page_with_no_prose_is_refused():
    with pytest.raises(AccessError, match="no article"):
        clean(source("Home\nMenu\nSearch\nSign in\nXS\nSM\n"))


def page_with_images(alt: str, caption: str = "") -> str:
    figures = "".join(
        f'<figure><img src="https://example.org/{n}.jpg" alt="{alt}">'
        f'{f"<figcaption>{caption}</figcaption>" if caption else ""}</figure><p>{p}</p>'
        for n, p in enumerate(PROSE))
    return (f"<html><head><title>Buses</title></head><body><article><h1>City expands bus network</h1>"
            f"{figures}</article></body></html>")


def test_a_file_name_is_not_a_caption():
    doc = clean_html(page_with_images("", "IMG_2041.jpg"))
    figures = [b for b in doc.blocks if isinstance(b, Figure)]
    assert figures and all(not f.caption for f in figures)


def test_one_sharing_blurb_as_every_alt_text_is_dropped():
    blurb = "Share this story with your friends #city #buses"
    doc = clean_html(page_with_images(blurb))
    assert all(f.alt != blurb for f in doc.blocks if isinstance(f, Figure))
    assert blurb not in doc.text


def test_copied_text_title_is_the_line_the_opening_repeats():
    text = "\n\n".join(["Bus network to reach three new districts", "Sign up now for our daily briefing",
                        *PROSE])
    assert clean_text(text).title == "Bus network to reach three new districts"


def test_a_topics_line_above_the_body_does_not_cut_the_article():
    body = "".join(f"<p>{p}</p>" for p in PROSE)
    markup = ("<html><head><title>Buses</title></head><body><article><h1>City expands bus network</h1>"
              f"<p>Topics: transport, council, buses, city</p>{body}</article></body></html>")
    assert all(p in clean_html(markup).text for p in PROSE)


def test_a_lead_paragraph_the_caption_repeats_is_kept():
    # newsrooms often caption the lead picture with the lead's own opening words
    lead = ("Roughly two hundred commuters crossed the harbour on Monday, six weeks after the storm "
            "cracked the ferry's hull against the pier and the crossing was closed.")
    caption = "Roughly two hundred commuters crossed the harbour on Monday [File: Reuters]"
    markup = ("<html><head><title>Ferry</title></head><body><article><h1>Ferry returns</h1>"
              f'<figure><img src="https://example.org/f.jpg" alt="{caption}"><figcaption>{caption}'
              f"</figcaption></figure><p>{lead}</p>{''.join(f'<p>{p}</p>' for p in PROSE)}"
              "</article></body></html>")
    doc = clean_html(markup)
    assert lead in doc.text
    assert [b.caption for b in doc.blocks if isinstance(b, Figure)] == [caption]


@pytest.mark.parametrize("between", ["\n\n", "\n"])
def test_copied_text_with_paragraphs_broken_inside_sentences_is_kept_whole(between):
    # a page set with <br> or preformatted text copies as short lines: each paragraph
    # broken inside its sentences, with or without blank lines between paragraphs
    wrapped = [textwrap.fill(p, 50) for p in PROSE * 3]
    doc = clean_text("Home\nNews\nSport\n\nBus network to reach three new districts\n\n"
                     + between.join(wrapped) + "\n\nShare this\nBus fares to rise")
    assert " ".join(doc.text.split()).endswith(" ".join(PROSE[-1].split()))
    assert sum(p in " ".join(doc.text.split()) for p in PROSE) == 3


@pytest.mark.parametrize("promo", ["Sign up for our daily newsletter", "Share this article",
                                   "Follow us on Instagram"])
def test_a_promotion_under_the_lead_does_not_end_the_copied_article(promo):
    text = "\n\n".join(["Home", "News", "Bus network to reach three new districts", PROSE[0], promo,
                        *PROSE[1:], "3 Comments", "I will take the bus every day from now on, and so "
                        "will my children when they start at the new school."])
    doc = clean_text(text)
    assert all(p in doc.text for p in PROSE)
    assert promo not in doc.text and "take the bus every day" not in doc.text


def test_a_newsletter_box_inside_a_saved_article_does_not_end_it():
    body = "".join(f"<p>{p}</p>" for p in PROSE[1:])
    markup = ("<html><head><title>Buses</title></head><body><article><h1>City expands bus network</h1>"
              f"<p>{PROSE[0]}</p><p>Sign up for our daily newsletter</p>{body}</article></body></html>")
    text = clean_html(markup).text
    assert all(p in text for p in PROSE) and "newsletter" not in text


def page_with(paragraph: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in PROSE)
    return ("<html><head><title>Depot</title></head><body><article><h1>The new bus depot</h1>"
            f"{body}<p>{paragraph}</p>{body}</article></body></html>")


@pytest.mark.parametrize("formula, said", [
    ('<math><mi>E</mi><mo>=</mo><mi>m</mi><msup><mi>c</mi><mn>2</mn></msup></math>', "E=mc2"),
    ('<math alttext="E = mc^2"><mi>E</mi></math>', "E = mc^2"),
    ('<math><semantics><mi>E</mi><annotation encoding="application/x-tex">E = mc^2</annotation>'
     '</semantics></math>', "E = mc^2"),
    ('<img src="https://example.org/formula.png" alt="E = mc^2">', "E = mc^2"),
])
def test_a_paragraph_goes_on_past_an_inline_formula(formula, said):
    doc = clean_html(page_with(f"The depot's heating was sized with {formula}, which the engineers "
                               "checked twice before the council signed the contract for the plant."))
    assert f"The depot's heating was sized with {said}, which the engineers checked twice" in doc.text
    assert not any(isinstance(b, Figure) for b in doc.blocks)


def test_a_picture_with_its_caption_beside_it_is_still_a_figure():
    caption = "The depot from the north side on Monday."
    doc = clean_html(page_with(f'<img src="https://example.org/depot.jpg" alt="The depot">{caption}'))
    assert [b.caption for b in doc.blocks if isinstance(b, Figure)] == [caption]


def test_a_few_short_sentences_with_no_paragraph_are_an_article():
    text = ("Home\nNews\nLibrary opens\nThe library opens on Sunday.\nIt has new books.\n"
            "Coffee is free.\nChildren get a story hour.\nContact us")
    doc = clean(source(text))
    assert "It has new books." in doc.text and "Children get a story hour." in doc.text
    assert "Contact us" not in doc.text


def test_an_ending_line_with_most_of_the_article_after_it_does_not_cut_it():
    # an article about copyright: one short paragraph reads like a footer's copyright line
    body = "".join(f"<p>{p}</p>" for p in PROSE)
    markup = ("<html><head><title>Depot</title></head><body><article><h1>The new bus depot</h1>"
              f"<p>{PROSE[0]}</p><p>Copyright law was changed in 2019.</p>{body}</article></body></html>")
    assert clean_html(markup).text.count(PROSE[2]) == 1


def test_a_paragraph_repeated_on_purpose_is_kept_each_time():
    drill = "Breathe in for four counts, hold for four counts, and breathe out slowly for four counts."
    doc = clean_html(page_with(f"{drill}</p><p>{drill}</p><p>{drill}"))
    assert doc.text.count(drill) == 3


def test_separator_lines_are_not_read_as_text():
    """A line of dashes under the lead of a real event page (together.ch, copied) came out as a
    subheading, and "* * *" or a dashed heading in a saved page as text: a screen reader would
    announce them sign by sign. Blocks with no letter or digit go; the article stays."""
    copied = (Path(__file__).parent.parent / "data" / "copied" / "schedule-splits-article-de.txt").read_text()
    assert any(set(b.text) == {"-"} for b in clean_text(copied).blocks)  # the cleaner keeps it…
    doc = clean(source(copied))  # …and the document drops it
    assert not any(set(b.text) == {"-"} for b in doc.blocks)
    assert doc.text.startswith("Vom Industrieunternehmen")
    middle = "<p>* * *</p><h2>-----</h2><p>٣ ٤</p>"
    page = (f"<html><head><title>Buses</title></head><body><article><h1>City expands bus network</h1>"
            f"{''.join(f'<p>{p}</p>' for p in PROSE)}{middle}{''.join(f'<p>{p}</p>' for p in PROSE)}"
            f"</article></body></html>")
    assert "* * *" in clean_html(page).text
    texts = [b.text for b in clean(source(page, "html")).blocks]
    assert "* * *" not in texts and "-----" not in texts and "٣ ٤" in texts  # digits of any script stay
