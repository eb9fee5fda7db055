"""A saved page declaring no date: the day its address or its article's <time> shows."""

from dataclasses import replace
from pathlib import Path

import lxml.html

from access.clean.html import clean_html
from access.clean.html.meta import META, read_meta

PAGE = Path(__file__).resolve().parents[1] / "data" / "pages" / "shown-date.html"


def test_the_article_s_time_dates_a_page_declaring_none():
    assert clean_html(PAGE.read_text(encoding="utf-8")).date == "2019-02-10"


def test_without_the_switch_the_page_has_no_date():
    tree = lxml.html.document_fromstring(PAGE.read_text(encoding="utf-8"))
    assert read_meta(tree, settings=replace(META, shown_date=False)).date == ""


def test_the_address_s_day_dates_a_page_declaring_none():
    # fouryears.eu's head (held-out fouryears.eu.interning.html): no date but in its address
    tree = lxml.html.document_fromstring(
        '<html><head><title>Interning of small integers in Python</title><link rel="canonical" '
        'href="https://fouryears.eu/2019/10/21/interning-of-small-integers-in-python/"></head>'
        "<body><p>Text.</p></body></html>")
    assert read_meta(tree).date == "2019-10-21"
    assert read_meta(tree, settings=replace(META, shown_date=False)).date == ""


def test_a_declared_date_is_kept():
    tree = lxml.html.document_fromstring(
        '<html><head><meta property="article:published_time" content="2020-01-02T10:00:00Z">'
        '<link rel="canonical" href="https://fouryears.eu/2019/10/21/x/"></head><body></body></html>')
    assert read_meta(tree).date.startswith("2020-01-02")
