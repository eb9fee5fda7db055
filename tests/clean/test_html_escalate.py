"""trafilatura's escalation: a short article covering little of the page is retried with its
full cascade (access.clean.html.escalate)."""

from dataclasses import replace
from pathlib import Path

import lxml.html
from lxml import etree

from access.clean.html import SETTINGS, clean_html, page_words
from access.clean.html.pick.agreement import shingles
from access.clean.html.pick.edges import from_shared

# smava.de (trafilatura's held-out evaluation set), trimmed: scripts, styles, navigation,
# forms and pictures removed. The article is set in several page modules (cards, a text
# column, an FAQ accordion); the precise extraction keeps the first card only (54 words of
# the page's ~800), readability a table card
PAGE = Path(__file__).resolve().parents[1] / "data" / "pages" / "smava-zinsen.html"
LEAD = "Für einen günstigen Kredit spielt die Höhe der Zinsen meist die entscheidende Rolle."
FAQ = "Gilt die vereinbarte Zinsbindung für die gesamte Kreditlaufzeit"


def test_an_article_set_in_many_modules_is_found_whole():
    markup = PAGE.read_text(encoding="utf-8")
    text = clean_html(markup).text
    assert text.index(LEAD) < text.index(FAQ)
    assert "Zinsaufwand" in text  # the worked examples' tables
    # readability's segment merge finds the FAQ's module too: without both, it is lost
    alone = replace(SETTINGS, escalate=False, pick=replace(SETTINGS.pick, segments=False))
    assert FAQ not in clean_html(markup, settings=alone).text
    assert FAQ in clean_html(markup, settings=replace(SETTINGS, escalate=False)).text


def blocks(*texts: str) -> etree._Element:
    root = etree.Element("main")
    for text in texts:
        etree.SubElement(root, "p").text = text
    return root


def test_the_retry_is_kept_from_the_first_block_the_article_found_holds():
    dek = "How the two exchanges compare on fees, security and ease of use for new investors."
    found = ["Coinbase is designed with beginners in mind, offering a simple interface.",
             "Coinbase makes it easy to get started with a simple signup form."]
    more = "Both offer two-factor authentication via SMS or an authenticator app."
    kept = from_shared(blocks(dek, *found, more), shingles(" ".join(found)), 0.6)
    assert [p.text for p in kept] == [*found, more]
    assert len(from_shared(blocks(dek, more), shingles(" ".join(found)), 0.6)) == 2


def test_page_words_leave_out_scripts_styles_and_footers():
    page = lxml.html.document_fromstring(
        "<html><body><p>one two three</p><script>var a = 1 + 2;</script>"
        "<footer><p>four five</p><style>p { color: red }</style></footer></body></html>")
    assert page_words(page) == 3
