"""The article as trafilatura XML: the two candidates, the pick, the lead in the article's header (or in a
box classed as its lead), trafilatura's escalation."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterator
from functools import cache, cached_property

import lxml.html
from lxml import etree

from access.clean.fields.dates import iso_date
from access.clean.html.pick.agreement import SHINGLE, folded_words, shingles, text_held
from access.clean.html.pick.candidates import readability_main, trafilatura_main
from access.clean.html.pick.choose import pick
from access.clean.html.pick.edges import RUNNING_TAGS, from_shared, mostly_lines
from access.clean.html.pick.join import page_tokens
from access.clean.html.pick.lead import LEAD_SENTENCES
from access.clean.html.pick.prose import (
    PROSE_WORDS,
    SENTENCE_END,
    block_text,
    is_prose,
    leaf_blocks,
    node_text,
    runs_prose,
)
from access.clean.html.prepare import RULES_FILE
from access.clean.html.settings import SETTINGS, HtmlSettings
from access.clean.html.trim import STAMP_WORDS, like_title
from access.document.model import SCRIPT_STOPS, count_words
from access.document.sentences import split_sentences

ESCALATION_MAX_CHARS = 3000  # trafilatura's escalation: an article shorter than this
ESCALATION_SHARE = 0.125  # ... and holding less than this share of the page's words
ESCALATION_ACCEPT = 1.5  # ... is replaced by the retry when this much longer
ESCALATION_KEEPS = 0.5  # ... and holding this share of it (the same article, extended)
LEAD_HELD = 0.5  # a header paragraph trafilatura's article holds this much of is not put back
# A sentence ends inside: a lead's last may lack its stop
INNER_STOP = re.compile(rf"[.!?…]\s+\w|[{SCRIPT_STOPS}]\s*\w")
UNREAD_TAGS = ("script", "style", "aside", "footer", "svg", "template", "noscript")


def extract_xml(tree: lxml.html.HtmlElement, url: str, reread: Callable[[], lxml.html.HtmlElement],
                settings: HtmlSettings = SETTINGS,
                title: str = "") -> tuple[etree._Element | None, list[str]]:
    """The article as trafilatura XML, chosen from the two candidates (access.clean.html.pick),
    and the standfirst under its headline, for the header (``settings.header_standfirst``).
    trafilatura works on its own copy of ``tree``; readability prunes the tree it is given, so
    it runs last, on ``tree`` itself (read what else you need from the page before). The few
    steps after it that need the page whole read ``reread()``, the page prepared again (rare:
    copying the page for them whenever they might run cost more). ``title``: the page's
    headline, under which a standfirst stands (in the body with ``settings.standfirsts``, else
    in the header)."""
    first = trafilatura_main(tree, url, "precision", tails=settings.empty_tails)
    text = node_text(first) if first is not None else ""  # read once: three steps need it
    thin = first is None or count_words(text) < settings.recall_below
    bare = not thin and settings.retry_no_prose and bare_lines(first)
    if settings.recall_retry and (thin or bare):
        retry = trafilatura_main(tree, url, "recall")
        retry_text = node_text(retry) if retry is not None else ""
        if retry is not None and count_words(retry_text) > count_words(text) and (
                not bare or _long_prose(retry, settings.retry_prose)):
            if settings.retry_prose:
                retry = prose_span(retry, settings.retry_prose, settings.retry_lines)
                retry_text = node_text(retry)
            first, text = retry, retry_text
    # trafilatura's escalation, for a short article: the page's words counted while it is whole
    words = page_words(tree) if settings.escalate and len(text) < ESCALATION_MAX_CHARS else None
    whole = cache(reread)
    lead = standfirst = None
    if settings.header_lead and first is not None:
        names = STANDFIRST_CLASS if settings.standfirst_names else LEAD_CLASS
        read = _LeadReading(tree, first, settings.lead_boxes, settings.header_reach,
                            settings.bare_lead_boxes, settings.bare_holders, names,
                            settings.unstopped_subheads)  # (both searches read it)

        def lead_under(headline: str) -> tuple[etree._Element, list[str]] | None:
            return header_lead(tree, first, boxes=settings.lead_boxes, reach=settings.header_reach,
                               bare=settings.bare_lead_boxes, nested=settings.nested_headers,
                               repeats=settings.lead_repeats, bare_holders=settings.bare_holders,
                               headline=headline, read=read, names=names)

        lead = lead_under(title if settings.standfirsts else "")
        if settings.header_standfirst and not settings.standfirsts and title:
            standfirst = lead_under(title)  # the lead the switch would put in the body
    second = None
    if settings.pick.mode != "trafilatura":
        second = readability_main(tree, url, settings.pick.port, settings.pick.segments,
                                  settings.pick.main_frame, settings.pick.uncommented,
                                  settings.pick.leads)
    chosen = pick(first, second, settings.pick, text,
                  None if words is None else lambda: page_tokens(whole(), settings.pick.shown_gap))
    header: list[str] = []  # (read before the lead goes above the article's opening)
    if standfirst is not None and chosen is not None and opens_with(
            chosen, standfirst[0], settings.lead_under_pictures, settings.standfirst_over_lines):
        header = [text for text in standfirst[1] if lead is None or text not in lead[1]]
    if lead is not None and chosen is not None:
        put_lead(chosen, *lead, settings.lead_under_pictures)
    if words is not None:
        chosen = escalate(chosen, words, whole, url, settings.pick.shared)
    return chosen, header


def bare_lines(main: etree._Element) -> bool:
    """No paragraph of running prose and no table: short lines only (a paywall's offer, a
    price list), which trafilatura's precise pass may take for the article beside it."""
    return not runs_prose(main) and main.find(".//table") is None


def _long_prose(main: etree._Element, words: int) -> bool:
    """A paragraph of running prose at least ``words`` long."""
    return any(is_prose(p) and count_words(block_text(p)) >= words for p in main.iter("p"))


def prose_span(main: etree._Element, words: int, least: int) -> etree._Element:
    """``main`` without what lies before its first block of running text (a paragraph of
    prose, a list, a quote or a table at least ``words`` long) and after its last, where that
    is at least ``least`` lines, mostly short ones (``mostly_lines``): trafilatura's recall
    pass, taken for a thin precise article, brings the page's menus, rating widgets and teaser
    lists (a title and a one-line blurb, repeated) around the article. A closing line or two
    of the article beside a picture is half prose, and a signature with the picture credits
    and the copyright under the article is a few lines: both stay."""
    blocks = leaf_blocks(main)
    long = [i for i, b in enumerate(blocks) if (b.tag in RUNNING_TAGS or is_prose(b))
            and count_words(block_text(b)) >= words]
    if not long:
        return main
    first, last = long[0], long[-1]
    if not mostly_lines(blocks[:first], least):
        first = 0
    if not mostly_lines(blocks[last + 1:], least):
        last = len(blocks) - 1
    if first == 0 and last == len(blocks) - 1:
        return main
    trimmed = etree.Element("main")
    for block in blocks[first:last + 1]:
        trimmed.append(block)
    return trimmed


LEADS = tomllib.loads(RULES_FILE.read_text(encoding="utf-8"))["leads"]
LEAD_WORDS = LEADS["classes"]
LEAD_CLASS = re.compile(rf"(?:^|[\s_-])(?:{'|'.join(LEAD_WORDS)})(?:$|\s)", re.IGNORECASE)  # 'entry-excerpt'
# A standfirst's box: a lead word or a subheadline's, then perhaps a generic last word, a BEM
# modifier ('c-page-intro__copy', 'ArticleHeroBlack__teaser--light', 'article-subheadline')
STANDFIRST_CLASS = re.compile(rf"(?:^|[\s_-])(?:{'|'.join(LEAD_WORDS + LEADS['subheads'])})"
                              rf"(?:[_-]+(?:{'|'.join(LEADS['generic'])}))?(?:--\w+)?(?:$|\s)", re.IGNORECASE)
BOX_REACH = 3  # a lead's box: its container is one of its nearest this many ancestors
BOX_TAGS = ("div", "p", "section")  # the tags a lead's box is set in (a walk of all costs 3% of a page)


def _lead_box(element: lxml.html.HtmlElement, pattern: re.Pattern = LEAD_CLASS) -> bool:
    """An element whose class or id names it as the article's lead (page.toml [leads]; ``pattern``)."""
    names = element.get("class"), element.get("id")
    return bool((names[0] and pattern.search(names[0])) or (names[1] and pattern.search(names[1])))


def _lead_paragraphs(holder: lxml.html.HtmlElement, bare: bool, itself: bool = False,
                     heads: tuple[str, ...] = (), pattern: re.Pattern = LEAD_CLASS) \
        -> list[lxml.html.HtmlElement]:
    """The paragraphs of a lead's holder (and its subheadings of ``heads``); with ``bare``, also
    each box in it classed as a lead that holds no block (its text one paragraph: a lead set in
    a heading or in no element); with ``itself``, the holder too when it is such a box."""
    found = list(holder.iter("p", *heads))
    if bare:
        found += [b for b in holder.iter("div", "section")
                  if (itself or b is not holder) and _lead_box(b, pattern)
                  and next(b.iterdescendants(*LEAD_BLOCKS), None) is None]
    return found


LEAD_BLOCKS = ("p", "div", "section", "ul", "ol", "dl", "table")  # a box holding none is one paragraph


def _lead_holders(tree: lxml.html.HtmlElement, boxes: bool, reach: int = 1, heads: tuple[str, ...] = (),
                  pattern: re.Pattern = LEAD_CLASS) -> Iterator[tuple[lxml.html.HtmlElement, int]]:
    """Each ``<header>`` (its container: one of its nearest ``reach`` ancestors) and, with
    ``boxes``, each box classed as a lead (``pattern``), or subheading of ``heads`` so classed
    (its container: one of its nearest BOX_REACH)."""
    named: dict[str, bool] = {}  # class attribute → whether it names a lead: a page repeats them
    for element in tree.iter("header", *((*BOX_TAGS, *heads) if boxes else ())):
        if element.tag == "header":
            yield element, reach
            continue
        classes, ident = element.get("class"), element.get("id")  # (_lead_box, its classes read once)
        if classes:
            known = named.get(classes)
            if known is None:
                known = named[classes] = pattern.search(classes) is not None
            if known:
                yield element, BOX_REACH
                continue
        if ident and pattern.search(ident):
            yield element, BOX_REACH


def header_lead(tree: lxml.html.HtmlElement, first: etree._Element, boxes: bool = False,
                reach: int = 1, bare: bool = False, nested: bool = False,
                repeats: bool = False, bare_holders: bool = False,
                headline: str = "", read: _LeadReading | None = None,
                names: re.Pattern = LEAD_CLASS) -> tuple[etree._Element, list[str]] | None:
    """The article's lead set in its ``<header>`` (beside the headline and byline), which
    trafilatura's precise pass drops whole: the header's paragraphs of sentences (the last
    may lack its stop), two sentences or more, that trafilatura's article (``first``) does not
    hold, where the header's container (one of its nearest ``reach`` ancestors: a header set
    in a column of its own) holds that article's first paragraph outside it, below the lead.
    Returns that paragraph and the lead's texts. (One sentence there is a standfirst, which
    the dev truth leaves out; a site's header, a child of the body, holds no article's lead.)
    With ``boxes``, a box classed as a lead too, its container one of its nearest ancestors;
    with ``bare``, a lead box holding no block, in a header or a lead box, is one paragraph;
    with ``nested``, a header in a header (a site's header left open around the article) is
    read too; with ``repeats``, a lead whose first sentence the article's first paragraph
    repeats is one (the header holds the article only when it holds most of that paragraph);
    with ``bare_holders``, a lead box holding no block outside any header is one paragraph too;
    with a ``headline`` (the page's title), a standfirst is one too: one sentence, or a sentence
    set as a subheading (h2, h3), below the page's heading that is that headline (a site's
    tagline, a menu's help line stand above it; the caption of a picture in the header is none).
    ``names``: the class or id naming a standfirst's box (a lead's is LEAD_CLASS, always).
    ``read``: what the search reads of the page, kept for another search of it (built with the
    same ``boxes``, ``reach``, ``bare``, ``bare_holders``, ``names``)."""
    seen: set[str] = set()
    if read is None:
        read = _LeadReading(tree, first, boxes, reach, bare, bare_holders, names)
    article = read.article
    heads = STANDFIRST_HEADS if headline else ()
    for header, levels in read.holders(heads):
        if levels > 1 and not (nested and header.tag == "header") and read.in_header(header):
            continue  # in a header: read with it (unless a header read on its own, ``nested``)
        lead = read.sentences_in(header, bool(heads))
        if not heads:
            lead = [(p, t) for p, t in lead if p.tag not in STANDFIRST_HEADS]
        inner_header = nested and header.tag == "header"
        if heads:  # the headline itself, when a subheading, is no lead; nor a time stamp, nor a caption
            lead = [(p, t) for p, t in lead if not (p.tag in heads and like_title(t, headline))
                    and not (count_words(t) <= STAMP_WORDS and iso_date(t))
                    and next(p.iterancestors("figcaption"), None) is None]
        if levels > 1 and not inner_header:  # a box in a box: its paragraphs read once
            lead = [(p, t) for p, t in lead if t not in seen]
            seen.update(t for _, t in lead)
        if lead:  # rare: the rest is read only now
            found = _lead_above(header, article, lead, levels, repeats,
                                (lambda kept: _below_headline(tree, kept, headline)) if headline else None,
                                read.sentence_count)
            if found is not None:
                return found
    return None


class _LeadReading:
    """What header_lead reads of a page, read once for its two searches (the lead, and the
    standfirst under the headline): the lead's holders, the paragraphs of sentences in each,
    trafilatura's article opening, the sentences of a text. Each search reads the same as it
    would alone: the holders found with the standfirst's subheadings too, those paragraphs
    with them too, and the standfirst's ``names`` (a search without subheadings leaves them aside,
    and the holders among them, and reads a lead's names only)."""

    def __init__(self, tree: lxml.html.HtmlElement, first: etree._Element, boxes: bool, reach: int,
                 bare: bool, bare_holders: bool, names: re.Pattern = LEAD_CLASS,
                 unstopped: bool = False) -> None:
        self.boxes, self.bare, self.bare_holders, self.names = boxes, bare, bare_holders, names
        self.unstopped = unstopped
        self.article = _Opening(first)
        # the holders, found with the standfirst's subheadings and names (a few more elements walked)
        found = _lead_holders(tree, boxes, reach, STANDFIRST_HEADS, names)
        self._holders = [(h, levels) for h, levels in found
                         if (parent := h.getparent()) is not None and parent.tag not in ("body", "html")]
        self._leads = [(h, levels) for h, levels in self._holders if h.tag not in STANDFIRST_HEADS
                       and (names is LEAD_CLASS or h.tag == "header" or _lead_box(h))]
        self._sentences: dict[tuple[lxml.html.HtmlElement, bool], list[tuple[lxml.html.HtmlElement, str]]]
        self._sentences = {}
        self._counts: dict[str, int] = {}

    def holders(self, heads: tuple[str, ...]) -> list[tuple[lxml.html.HtmlElement, int]]:
        """``_lead_holders(tree, boxes, reach, heads)``, those with a parent below the body (with
        ``heads``, those the standfirst's names name too)."""
        return self._holders if heads else self._leads

    @staticmethod
    def in_header(holder: lxml.html.HtmlElement) -> bool:
        return next(holder.iterancestors("header"), None) is not None

    def sentences_in(self, holder: lxml.html.HtmlElement,
                     standfirst: bool = False) -> list[tuple[lxml.html.HtmlElement, str]]:
        """The paragraphs (and subheadings of STANDFIRST_HEADS) of ``holder`` that hold a
        sentence at least (PROSE_WORDS, a stop), with their texts (its bare boxes named as a
        ``standfirst``'s, or a lead's; a ``standfirst``'s subheading itself so named, with ``unstopped``,
        needs no stop: 'h2.c-article-head__subtitle')."""
        key = holder, standfirst and (self.names is not LEAD_CLASS or self.unstopped)
        found = self._sentences.get(key)
        if found is None:
            paragraphs = _lead_paragraphs(holder, self.boxes and self.bare,
                                          self.bare_holders and holder.tag != "header", STANDFIRST_HEADS,
                                          self.names if key[1] else LEAD_CLASS)
            texts = ((p, " ".join(" ".join(p.itertext()).split())) for p in paragraphs)
            bare = STANDFIRST_HEADS if key[1] and self.unstopped else ()  # (named so, needing no stop)
            found = self._sentences[key] = [
                (p, t) for p, t in texts if count_words(t) >= PROSE_WORDS
                and (SENTENCE_END.search(t) or INNER_STOP.search(t)
                     or (p.tag in bare and _lead_box(p, self.names)))]
        return found

    def sentence_count(self, text: str) -> int:
        """``len(split_sentences(text))``, split once (slow)."""
        count = self._counts.get(text)
        if count is None:
            count = self._counts[text] = len(split_sentences(text))
        return count


class _Opening:
    """Trafilatura's article as the lead tests read it, each part read once, when first asked."""

    def __init__(self, first: etree._Element) -> None:
        self.first = first

    @cached_property
    def anchor(self) -> etree._Element | None:
        """Its first paragraph of running prose."""
        return next((b for b in leaf_blocks(self.first) if b.tag == "p" and is_prose(b)), None)

    @cached_property
    def shingles(self) -> set:
        return shingles(node_text(self.first))


def _sentences(texts: list[str], least: int, count: Callable[[str], int] | None = None) -> bool:
    """Whether ``texts`` (each a sentence at least) hold ``least`` sentences: split only if need be
    (``count``: a text's sentences, ``len(split_sentences(text))`` by default)."""
    count = count or (lambda text: len(split_sentences(text)))
    found = len(texts)
    for text in texts:
        if found >= least:
            return True
        found += count(text) - 1
    return found >= least


def _lead_above(header: lxml.html.HtmlElement, article: _Opening,
                paragraphs: list[tuple[lxml.html.HtmlElement, str]], reach: int = 1, repeats: bool = False,
                standfirst: Callable[[list[lxml.html.HtmlElement]], bool] | None = None,
                count: Callable[[str], int] | None = None) -> tuple[etree._Element, list[str]] | None:
    """The article's first paragraph of running prose and the paragraphs of ``paragraphs`` (in
    ``header``, with their texts) it does not hold, when they hold two sentences or more (or,
    with ``standfirst``, when it passes them: one sentence, a subheading) and the header's
    container (one of its nearest ``reach`` ancestors) holds that paragraph outside the header
    (with ``repeats``, below the lead where the lead opens with that paragraph's words)."""
    anchor = article.anchor
    if anchor is None:
        return None
    paragraphs = [(p, t) for p, t in paragraphs if not text_held(t, article.shingles, LEAD_HELD)]
    lead = [t for _, t in paragraphs]
    if not lead:
        return None
    opening = " ".join(folded_words(block_text(anchor))[:SHINGLE])
    lead_opening = " ".join(folded_words(lead[0])[:SHINGLE])
    repeated = repeats and lead_opening == opening  # the lead opens as the article does
    told = " ".join(header.itertext())
    if opening in " ".join(folded_words(told)) and not (
            repeated and not text_held(block_text(anchor), shingles(told), LEAD_HELD)):
        return None  # the header holds the article itself
    for level, container in enumerate(header.iterancestors()):
        if level >= reach or container.tag in ("body", "html"):
            return None  # the article is elsewhere
        words = " ".join(folded_words(" ".join(container.itertext())))
        above = words.find(lead_opening)
        start = words.find(opening, above + 1) if repeated else words.find(opening)
        if start >= 0:
            if reach > 1 and not 0 <= above < start:
                return None  # a box below the article's opening: an author's, a newsletter's
            elements = [p for p, _ in paragraphs]
            if (any(p.tag in STANDFIRST_HEADS for p in elements)
                    or not _sentences(lead, LEAD_SENTENCES, count)):
                return (anchor, lead) if standfirst is not None and standfirst(elements) else None
            return anchor, lead  # (sentences split last: slow)
    return None


STANDFIRST_HEADS = ("h2", "h3")  # a standfirst set as a subheading under the headline
HEADLINE_TAGS = ("h1", "h2", "h3")  # the page's headline: the first such heading like its title


def _below_headline(tree: lxml.html.HtmlElement, elements: list[lxml.html.HtmlElement], title: str) -> bool:
    """Whether each of ``elements`` follows the page's headline (the first heading like
    ``title``), outside it: where a standfirst stands."""
    headline = next((h for h in tree.iter(*HEADLINE_TAGS) if like_title(node_text(h), title)), None)
    if headline is None:
        return False
    path = {headline, *headline.iterancestors()}
    return all(_after(element, path) for element in elements)


def _after(element: lxml.html.HtmlElement, path: set[lxml.html.HtmlElement]) -> bool:
    """Whether ``element`` follows, in the page's order, the element whose ancestors (and itself)
    are ``path``, outside it."""
    for node in (element, *element.iterancestors()):
        if node in path:
            return False  # inside it, or above it in the same container
        if any(sibling in path for sibling in node.itersiblings(preceding=True)):
            return True
    return False


def opens_with(chosen: etree._Element, anchor: etree._Element, under_pictures: bool = False,
               over_lines: int = 0) -> bool:
    """Whether the chosen article opens with ``anchor`` (with ``under_pictures``, its pictures
    and headings above it aside: the lead picture, a subheading that trafilatura keeps; with
    ``over_lines``, up to that many lines above it that are no prose: 'Es gilt das gesprochene Wort')."""
    blocks = leaf_blocks(chosen)
    if under_pictures:
        blocks = [b for b in blocks if b.tag not in ("head", "graphic")]
    lines = 0  # (the lines above it passed over)
    while (lines < min(over_lines, len(blocks) - 1) and blocks[lines] is not anchor
           and not is_prose(blocks[lines])):
        lines += 1
    return bool(blocks) and blocks[lines] is anchor


def put_lead(chosen: etree._Element, anchor: etree._Element, lead: list[str],
             under_pictures: bool = False) -> None:
    """The lead's paragraphs above ``anchor``, if the chosen article still opens with it (with
    ``under_pictures``, its pictures and headings above it aside: the lead picture, a
    subheading that trafilatura keeps and the lead goes under)."""
    if not opens_with(chosen, anchor, under_pictures):
        return
    for text in lead:
        paragraph = etree.Element("p")
        paragraph.text = text
        anchor.addprevious(paragraph)


RAW_TAGS = ("script", "style")  # of UNREAD_TAGS, those holding only raw text, no elements
UNREAD_BOXES = tuple(tag for tag in UNREAD_TAGS if tag not in RAW_TAGS)
# The text outside them, found by one XPath in C: theirs is most of a page's text (scripts),
# and is neither joined nor split
SHOWN_TEXT = etree.XPath("descendant::text()[not(parent::script or parent::style)]", smart_strings=False)


def page_words(tree: lxml.html.HtmlElement) -> int:
    """Words of the page's text outside scripts, styles, asides and footers (what trafilatura's
    html2txt counts, five times faster)."""
    body = tree.find("body")
    body = tree if body is None else body
    words = count_words(" ".join(SHOWN_TEXT(body)))  # one search for unspaced script, not one a node
    for element in body.iter(*UNREAD_BOXES):
        if next(element.iterancestors(*UNREAD_TAGS), None) is None:  # counted once
            words -= count_words(" ".join(SHOWN_TEXT(element)))
    return words


def escalate(chosen: etree._Element | None, words: int, whole: Callable[[], lxml.html.HtmlElement],
             url: str, shared: float) -> etree._Element | None:
    """trafilatura's own escalation: an article that is short and covers little of the page
    was under-extracted (a page laid out as no article is: a product page, a forum thread, an
    FAQ); trafilatura's full cascade (balanced focus, compared with readability and jusText on
    the whole page) is taken when clearly longer and holding the article found, from the first
    block they share (what the retry adds above it is a dek or a lead-in the precise
    extraction left out). ``words``: the page's (page_words); ``whole``: the page, whole."""
    text = node_text(chosen) if chosen is not None else ""
    if len(text) >= ESCALATION_MAX_CHARS or count_words(text) >= ESCALATION_SHARE * words:
        return chosen
    retry = trafilatura_main(whole(), url, "balanced", fast=False)
    if retry is None or len(node_text(retry)) <= ESCALATION_ACCEPT * len(text):
        return chosen
    own = shingles(text)
    if len(own & shingles(node_text(retry))) < ESCALATION_KEEPS * len(own):
        return chosen
    return from_shared(retry, own, shared) if own else retry
