"""access.clean.html.precise gives bare_extraction's result: on real pages, on pages made to
trip each prune, and with the prunes' XPath expressions still those its filters were read from."""

import gzip
import time
from copy import copy

import lxml.html
from lxml import etree
from trafilatura import bare_extraction
from trafilatura.core import determine_returnstring
from trafilatura.metadata import Document
from trafilatura.readability_lxml import Document as ReadabilityPort
from trafilatura.settings import Extractor
from trafilatura.xpaths import (
    RAW_TREE_PRUNE_XPATH,
    REMOVE_COMMENTS_AND_LISTS_XPATH,
    REMOVE_COMMENTS_XPATH,
)

from access.clean.html import clean_html
from access.clean.html.content_search import FAST_BODY, FAST_OVERALL, FAST_PRECISION, Search
from access.clean.html.pick.candidates import (
    EXTRACT_OPTIONS,
    Readability,
    extractor,
    fragment_in_div,
    trafilatura_main,
    unindent_inline,
)
from access.clean.html.pick.prose import node_text
from access.clean.html.pick.xml_string import strip_double_tags, xml_string
from access.clean.html.precise import PRUNES, _cleaned, candidates, is_fast_precise, precise_extraction
from access.clean.html.prepare import HTML_PARSER, prepare
from access.clean.rules import load_rules

from ..conftest import DATA, DEV, needs_dev

# The expressions html/precise.py's candidates were read from (trafilatura 2.3.1). If
# trafilatura changes one, read the new one and update SCOPE and the regular expressions first.
PINNED = {
    "RAW_TREE_PRUNE_XPATH[0]": ".//*[self::div or self::section or self::aside][ re:test(@id, "
    "'mvp-post-add-(?:box|wrap)|infinite-?scroll') or re:test(@class, "
    "'mvp-post-add-(?:box|wrap)|infinite-?scroll')][ not(.//h1) or re:test(@id, "
    "'mvp-post-add-(?:box|wrap)') or re:test(@class, 'mvp-post-add-(?:box|wrap)')]",
    "RAW_TREE_PRUNE_XPATH[1]": ".//*[self::div or self::section or self::aside]"
    "[contains(@class, 'elementor-share-buttons')]",
    "REMOVE_COMMENTS_AND_LISTS_XPATH[0]": ".//*[self::div or self::list or self::section or "
    "self::details or self::ol or self::ul][ re:test(@id, '^(?:[Cc]omment(?!ary)|comol|"
    "disqus_thread|dsq-comments)') or re:test(@class, '^[Cc]omment(?!ary)|(?:article|post)-"
    "comments')][ not(self::ol or self::ul) or re:test(@id, '^(?:[Cc]omment(?!ary)|comol)') or "
    "re:test(@class, '^[Cc]omment(?!ary)|(?:article|post)-comments')]",
    "REMOVE_COMMENTS_XPATH[0]": ".//*[self::div or self::list or self::section or "
    "self::details][ re:test(@id, '^(?:[Cc]omment(?!ary)|comol|disqus_thread|dsq-comments)') or "
    "re:test(@class, '^[Cc]omment(?!ary)|(?:article|post)-comments')]",
}
PROSE = " ".join(["The harbour reopened on Monday after a storm closed it for three weeks."] * 4)
SHARED_STEP = 3  # every third page of the shared dev set (all 116 take five seconds)
FORUM = ('<script type="application/ld+json">{"@type": "DiscussionForumPosting"}</script>')
MADE = {  # each trips one prune, or the forum rule
    "comments": f'<article><p>{PROSE}</p><div class="comments-area"><p>{PROSE} Me too.</p>'
                f'</div><ol id="comment-list"><li>{PROSE} Great.</li></ol></article>',
    "forum": f'{FORUM}<div class="post"><p>{PROSE}</p></div><div id="comments"><p>{PROSE}'
             f' Agreed.</p></div>',
    "scroll": f'<div class="main"><h1>Harbour</h1><p>{PROSE}</p></div><div id="infinite-scroll'
              f'-wrap"><div class="post"><h2>Next story</h2><p>{PROSE} Again.</p><p>{PROSE} '
              f'More.</p></div></div>',
    "share": f'<article><p>{PROSE}</p><div class="elementor-share-buttons"><p>Share this on a '
             f'social network of your choice today, it is free and easy.</p></div></article>',
}


def pages() -> list[tuple[str, str]]:
    found = [(name, f"<html><body>{body}</body></html>") for name, body in MADE.items()]
    found += [(p.name, p.read_text(encoding="utf-8", errors="replace"))
              for p in sorted((DATA / "pages").glob("*.html"))]
    shared = sorted((DEV / "pages").glob("*.html.gz"))[::SHARED_STEP] if DEV.exists() else []
    for path in sorted((DATA / "dev").glob("*.html.gz")) + shared:
        found.append((path.name, gzip.decompress(path.read_bytes()).decode("utf-8")))
    return found


def xml(document, options) -> str | None:
    return determine_returnstring(document, options) if document and document.body is not None else None


def test_the_prunes_are_the_expressions_the_filters_were_read_from():
    assert (len(RAW_TREE_PRUNE_XPATH), len(REMOVE_COMMENTS_AND_LISTS_XPATH),
            len(REMOVE_COMMENTS_XPATH)) == (2, 1, 1)
    found = {name: " ".join(expression.path.split()) for name, expression in (
        ("RAW_TREE_PRUNE_XPATH[0]", RAW_TREE_PRUNE_XPATH[0]),
        ("RAW_TREE_PRUNE_XPATH[1]", RAW_TREE_PRUNE_XPATH[1]),
        ("REMOVE_COMMENTS_AND_LISTS_XPATH[0]", REMOVE_COMMENTS_AND_LISTS_XPATH[0]),
        ("REMOVE_COMMENTS_XPATH[0]", REMOVE_COMMENTS_XPATH[0]))}
    assert found == PINNED


def test_only_trafilaturas_precise_fast_options_take_the_short_way():
    assert is_fast_precise(extractor("", "precision"))
    assert not is_fast_precise(extractor("", "recall"))
    assert not is_fast_precise(extractor("", "precision", fast=False))


def test_the_options_copied_for_a_page_are_those_trafilatura_builds_for_it():
    for url in ("", "https://example.org/a", "https://example.org/caf\udce9"):
        for focus, fast in (("precision", True), ("recall", True), ("precision", False)):
            ours = extractor(url, focus, fast)
            theirs = Extractor(url=url or None, fast=fast, **EXTRACT_OPTIONS, **{focus: True})
            assert {k: getattr(ours, k) for k in Extractor.__slots__} == {
                k: getattr(theirs, k) for k in Extractor.__slots__}


@needs_dev
def test_the_result_is_bare_extractions_on_every_page():
    rules = load_rules()
    options = extractor("https://example.org/news/story.html", "precision")
    differ = []
    for name, markup in pages():
        tree = prepare(markup, rules)
        before = etree.tostring(tree)
        ours = xml(precise_extraction(tree, options), options)
        assert etree.tostring(tree) == before, f"{name}: the page was changed"
        theirs = xml(bare_extraction(copy(tree), options=options, as_dict=False), options)
        if ours != theirs:
            differ.append(name)
    assert differ == []


NESTED = ("<body><p>One <p>inner</p> tail</p><quote><p>kept <p>nested</p></p></quote><head>A "
          "<head>B</head></head><list><item><p>x <p>y</p></p></item></list><code>a<code>b</code>"
          "</code><p/><p>  </p></body>")


@needs_dev
def test_the_xml_text_is_trafilaturas_on_every_page():
    rules = load_rules()
    for focus in ("precision", "recall"):
        options = extractor("https://example.org/news/story.html", focus)
        for name, markup in pages():
            tree = prepare(markup, rules)
            found, again = (bare_extraction(copy(tree), options=options, as_dict=False) for _ in "ab")
            if found and found.body is not None:
                assert xml_string(found) == determine_returnstring(again, options), name
    made, theirs = Document(), Document()
    made.body, theirs.body = etree.fromstring(NESTED), etree.fromstring(NESTED)
    assert xml_string(made) == determine_returnstring(theirs, extractor("", "precision"))


def test_nested_blocks_are_found_in_time_linear_in_the_blocks():
    """trafilatura's XPath union took 5 s over 100,000 paragraphs and headings (libxml2 merges
    the node sets in quadratic time); one walk takes hundredths of a second."""
    body = etree.Element("body")
    for n in range(100_000):
        etree.SubElement(body, "head" if n % 2 else "p").text = f"Block {n}"
    started = time.process_time()
    strip_double_tags(body)
    assert time.process_time() - started < 1 and len(body) == 100_000

def test_text_after_an_empty_box_is_kept_only_with_tails():
    # happycoffee.org (held-out): a table cell's text set after three boxes emptied of their
    # <meta>; the precise focus drops it with them ('Aroma' left with no value), balanced keeps it
    markup = (DATA / "pages" / "empty-box-tail.html").read_text(encoding="utf-8")
    for tails in (True, False):
        main = trafilatura_main(prepare(markup, load_rules()), "", "precision", tails=tails)
        assert ("Rote Beeren, Zitrusnoten" in node_text(main)) is tails
        assert "Handgepflückt, gewaschen, sonnengetrocknet" in node_text(main)


def summary(port: type[ReadabilityPort], tree: etree._Element) -> str:
    """The port's article, or the error it raises (on a few odd pages)."""
    try:
        return port(tree, min_text_length=25).summary()
    except Exception as error:  # compared, not handled
        return repr(error)


@needs_dev
def test_readabilitys_pruning_in_one_walk_gives_the_ports_article_on_every_page():
    rules = load_rules()
    differ = []
    for name, markup in pages():
        tree = prepare(markup, rules)
        ours, theirs = copy(tree), copy(tree)
        if summary(Readability, ours) != summary(ReadabilityPort, theirs) or etree.tostring(
                ours) != etree.tostring(theirs):
            differ.append(name)
    assert differ == []


def test_only_the_indentation_between_inline_elements_is_dropped():
    """Between two inline elements with no text between them the pretty-printer's line break
    is dropped; between two paragraphs in a table's cell it stays, the words' only separator."""
    inline = etree.fromstring("<main><p>\n  <hi>nach </hi>\n  <hi>NDR</hi>\n  <hi>-Recherchen</hi>\n"
                              "</p></main>")
    assert "".join(unindent_inline(inline).itertext()).strip() == "nach NDR-Recherchen"
    cell = etree.fromstring("<main><table><row><cell>\n <p>Windows 10</p>\n <p>und 7</p>\n</cell>"
                            "</row></table></main>")
    assert " ".join("".join(unindent_inline(cell).itertext()).split()) == "Windows 10 und 7"
    mixed = etree.fromstring("<main><p>Folgt <ref>uns</ref>\n<ref>dort</ref></p></main>")
    assert "".join(unindent_inline(mixed).itertext()) == "Folgt uns\ndort"


def test_words_set_in_two_inline_elements_stay_one_word():
    """'nach <strong><em>NDR</em></strong><strong>-Recherchen': trafilatura's pretty-printed XML
    put a line break between the two elements, read back as a space ('NDR -Recherchen')."""
    doc = clean_html((DATA / "pages" / "inline-bold-lead.html").read_text(encoding="utf-8"))
    assert "nach NDR-Recherchen von einem Datenleck" in doc.text


@needs_dev
def test_a_prune_selects_only_its_candidates_and_each_as_its_test_says():
    rules = load_rules()
    matched = set()
    for name, markup in pages():
        tree = prepare(markup, rules, boxes=False)  # (the boxes named by class are what some prunes find)
        found = candidates(tree)
        for prune, (xpath, test) in PRUNES.items():
            selected = xpath(tree)
            assert selected == [e for e in found[prune] if test(e)], f"{name}: {prune}"
            matched.update([prune] if selected else [])
    assert matched == set(PRUNES)  # every prune was tried on a page it matches


@needs_dev
def test_a_search_selects_what_its_expression_selects():
    """Each Search (content_search) selects what trafilatura's expression selects (the first
    only, where the search takes the first), in the cleaned page and in each of its containers,
    as its content search reads them."""
    from trafilatura.xpaths import BODY_XPATH, OVERALL_DISCARD_XPATH, PRECISION_DISCARD_XPATH

    rules = load_rules()
    options = extractor("https://example.org/news/story.html", "precision")
    pairs = [(x, s) for x, s in zip(BODY_XPATH + OVERALL_DISCARD_XPATH + PRECISION_DISCARD_XPATH,
                                    FAST_BODY + FAST_OVERALL + FAST_PRECISION, strict=True)
             if isinstance(s, Search)]
    assert len(pairs) == 6  # trafilatura's expressions with re:test (if more, they are Searches too)
    matched = set()
    for name, markup in pages():
        cleaned = _cleaned(prepare(markup, rules), options, False, False)
        for tree in [cleaned, *cleaned.iter("article", "div", "main", "section")]:
            for xpath, search in pairs:
                theirs = xpath(tree)
                assert search(tree) == (theirs[:1] if search.first else theirs), f"{name}: {xpath.path}"
                matched.update([xpath.path] if theirs else [])
    assert len(matched) == len(pairs)  # each was tried on a page it matches


def test_an_expression_of_another_form_is_no_search():
    for path in (".//p[not(@class)]", "//*[@id='a' and @class='b']", ".//*[@id='a' or count(*) > 2]"):
        try:
            Search(etree.XPath(path))
        except ValueError:
            continue
        raise AssertionError(path)


@needs_dev
def test_the_summary_is_read_as_lxml_html_reads_it_on_every_page():
    """fragment_in_div (the div made by our parser) gives lxml.html.fragment_fromstring's tree:
    its leading text, every element, in order."""
    rules = load_rules()
    summaries = ["Lead text <p>One</p> between <p>Two</p> tail", "<p>Only</p>", ""]
    for _name, markup in pages():
        summary = summary_of(prepare(markup, rules))
        if summary is not None:
            summaries.append(summary)
    for text in summaries:
        theirs = lxml.html.fragment_fromstring(text, create_parent="div", parser=HTML_PARSER)
        assert etree.tostring(fragment_in_div(text)) == etree.tostring(theirs)


def summary_of(tree: etree._Element) -> str | None:
    try:
        return Readability(tree, min_text_length=25).summary()
    except Exception:  # the port fails on a few odd pages
        return None
