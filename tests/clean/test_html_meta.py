"""A saved page's title, byline and date picked from what it declares and what it shows."""

import lxml.html
import pytest

from access.clean.html.meta import pick_title, read_meta


def test_the_site_name_is_never_the_title():
    title = pick_title(["The GiveWell Blog", "A grant to test promising programs | The GiveWell Blog"],
                       "The GiveWell Blog", "The GiveWell Blog")
    assert title == "A grant to test promising programs"


def test_h1_is_kept_when_it_is_the_declared_title_in_short():
    assert pick_title(["Ferry returns after ten years | Coastal Courier"], "Ferry returns after ten years",
                      "Coastal Courier") == "Ferry returns after ten years"


def test_a_section_label_h1_inside_the_title_is_not_the_title():
    assert pick_title(["Opinion | Why the ferry must come back"], "Opinion", "") \
        == "Opinion | Why the ferry must come back"


def _page(head: str, body: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(f"<html><head>{head}</head><body>{body}</body></html>")


def test_the_declared_title_the_page_shows_comes_first():
    tree = _page('<meta property="og:title" content="Ferry is back: what you need to know">'
                 '<script type="application/ld+json">{"@type": "NewsArticle",'
                 ' "headline": "Harbour ferry returns after ten years"}</script>',
                 "<h1>Coastal Courier</h1><h1>Harbour ferry returns after ten years</h1>")
    assert read_meta(tree).title == "Harbour ferry returns after ten years"


def test_a_sharing_text_as_og_title_is_passed_over():
    tree = _page('<title>Harbour ferry returns after ten years | Coastal Courier</title>'
                 '<meta property="og:title" content="Share this with your friends!">',
                 "<h1>Harbour ferry returns after ten years</h1>")
    assert read_meta(tree).title == "Harbour ferry returns after ten years"


@pytest.mark.parametrize(("page_title", "h1", "title"), [
    ("Harbour ferry returns after ten years | Coastal Courier", "Coastal Courier",
     "Harbour ferry returns after ten years"),  # the logo's <h1> is not the headline
    ("Coastal Courier » News » Harbour ferry returns", "", "Harbour ferry returns"),
    ("Home", "Harbour ferry returns after ten years", "Harbour ferry returns after ten years"),
    ("Courier: Harbour ferry returns after ten years", "", "Harbour ferry returns after ten years"),
])
def test_no_declared_title_the_title_element_cut_as_readability_does(page_title, h1, title):
    tree = _page(f"<title>{page_title}</title>", f"<h1>{h1}</h1>" if h1 else "<p>Text.</p>")
    assert read_meta(tree).title == title


def test_an_author_page_address_gives_way_to_the_byline_the_page_shows():
    tree = _page('<meta property="article:author" content="https://www.facebook.com/jane.doe">'
                 '<script type="application/ld+json">{"@type": "NewsArticle",'
                 ' "author": "https://news.example.org/author/jane-doe"}</script>',
                 '<div class="byline">By <a rel="author" href="/author/jane-doe">Jane Doe</a></div>'
                 '<form class="comment-form"><label class="author">Name (required)</label></form>')
    assert read_meta(tree).byline == "Jane Doe"


def test_no_byline_from_a_comment_form():
    tree = _page("", '<section class="comments"><span class="comment-author">Max Power</span> says:'
                     '</section><form><label class="author">Your Name</label></form>')
    assert read_meta(tree).byline == ""


def test_a_declared_title_in_an_unspaced_script_is_confirmed_by_the_title_element():
    tree = _page('<title>北京冬奥会开幕式今晚举行 - 新闻网</title>'
                 '<meta property="og:title" content="北京冬奥会开幕式">', "<h1>新闻网</h1>")
    assert read_meta(tree).title == "北京冬奥会开幕式"


@pytest.mark.parametrize(("declared", "date"), [
    ("2019-11-19T10:00:00Z", "2019-11-19T10:00:00Z"), ("20191119", "2019-11-19"),
    ("2019-11-19 10:00:00", "2019-11-19T10:00:00"), ("Tue, 19 Nov 2019 10:00:00 GMT", "2019-11-19"),
])
def test_a_declared_date_becomes_iso_8601(declared, date):
    tree = _page(f'<meta property="article:published_time" content="{declared}">', "<p>Text.</p>")
    assert read_meta(tree).date == date


@pytest.mark.parametrize(("head", "site"), [
    ('<meta property="og:site_name" content="https://www.newsnation.in">', "newsnation.in"),
    ("<title>Royal visit ends early - Sputnik International</title>", "Sputnik International"),
    ("<title>Die Patientenakte – der lange Marsch ins Digitale Gesundheitswesen</title>", ""),
])
def test_the_site_name_declared_or_beside_the_headline_in_the_title(head, site):
    assert read_meta(_page(head, "<p>Text.</p>")).site == site


def test_the_json_ld_name_is_a_declared_title_when_there_is_no_headline():
    tree = _page('<title>Coastal Courier</title><script type="application/ld+json">'
                 '{"@type": "BlogPosting", "name": "Harbour ferry returns after ten years"}</script>',
                 "<p>Text.</p>")
    assert read_meta(tree).title == "Harbour ferry returns after ten years"
