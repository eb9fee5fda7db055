"""Two article candidates for a saved page, and the choice between them.

trafilatura (its own extractor, precise) and readability-lxml each find an article; their
outputs are both put in trafilatura's XML form (p, head, list, quote, graphic, table, …). Where
they agree the article is sure. The choice uses only signals that carry over to sites never
seen: how much of one candidate the other keeps (4-word shingles, as the benchmark counts them)
and how long each is. trafilatura's article is the base; what it kept before the first and after
the last passage readability also kept is cut (a lead-in of teasers, a tail of related stories;
unless what is kept is under half of it and the running text cut, short lines not counted: a
gallery's or a shop widget's lines weigh nothing), except running prose right beside that part,
past a picture, a subheading or a short question between, or a picture with its caption or
credit (readability often keeps only one container of an article set in several; above the
article a heading as long as a paragraph and ending like one is its lead, set in a heading's
type, and a subheading with the pictures beside it opens a section of it: a gallery that
readability dropped with the prose above it), and from the farthest run of two prose paragraphs
in a row (an introduction set apart by a table of contents; above, also each under a subheading
of its own: an abstract in parts; one paragraph alone may be a dek, which the dev truth leaves
out). A block too short for a shingle (a signature, 'Viel Glück!') is shared when the other
candidate has it as a block of its own; the first shared block is not when a later shared block
holds its words (a summary above the article repeating its lead: the other holds them only in
that lead). No edge is trimmed when readability's article is under a quarter of trafilatura's:
it found a fragment (a newsletter notice, one paragraph of several), too little to tell where
the article starts. When the two found different texts, both running prose, and on the page one
ends a few words before the other begins, or begins inside the other and goes on past its end,
they are two pieces of one article (an intro and the body, a standfirst and what a paywall
leaves, the prose above a table and the text below it) and are joined in the page's order, what
they share once. Other different texts: trafilatura's wins unless it is a scrap beside
readability's, under a seventh of its length, or holds no running prose at all beside
readability's prose that is not a scrap itself (a menu) (choosing the denser one lost on sites
never seen: a login form's messages are denser than a short news item; a text a few times longer
is as often another part of the page, the answers below a question, a form, as the article).
Paragraphs readability repeats in a row, which trafilatura keeps once, are repeated again.
Putting back paragraphs only readability kept mid-article, or taking readability's whole article
when it is a subset, both lost on held-out sites (benchmarks/html_sitecv.py), so neither is
done; but subheadings, lists and paragraphs of running prose (up to four in a row) that
readability has between two blocks trafilatura keeps one right after the other, or with only
pictures or short lines (a label that readability left out) between, are put back there, after
the first (an interview's questions, a list of the questions a section answers, a lead beside
its picture: the two agree on both sides; a short line among them is a link to another story, a
box's label or a comment's stamp, and all of them stay out). A run of trafilatura's paragraphs
that are pieces of one paragraph readability has, clearly longer, is that paragraph (the precise
pass cut it at a line break or around a link, and dropped the rest), unless the words it adds
stand elsewhere in the article. A short line under a picture that readability left out while
keeping what follows is marked as the picture's caption. Running prose readability has right
above the first block both keep, where trafilatura's article starts, is put back as the
article's lead (a lead set apart in a header or a box of its own, which the precise pass drops;
past a picture or a short line between, its credit or the story's time stamp, which stay out)
when it holds two sentences or more, or one long sentence (a news story's lede; one short
sentence above the body is a standfirst, which the dev truth leaves out). Before all this,
trafilatura's own fallback test (readability's text when over twice as long, or when
trafilatura's has no paragraphs), which its fast mode skips, is made
on the readability candidate already at hand: on ~900 unseen sites it rescues pages where
trafilatura kept a scrap of the article (benchmarks/heldout.py). Between two different texts it
decides only when trafilatura's holds no running prose (a teaser column, tables); else the scrap
rule does. readability's article taken so is cut to the part both keep, its edges beyond only
where they are mostly short lines (a related-posts list with its heading, the tags): the prose
it adds is what the fallback is for."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise

import lxml.html
from lxml import etree
from readability import Document as ReadabilityDocument
from trafilatura import bare_extraction
from trafilatura.core import determine_returnstring
from trafilatura.external import _prefer_readability, sanitize_tree
from trafilatura.readability_lxml import FRAME_TAGS, REGEXES, Candidate
from trafilatura.readability_lxml import Document as ReadabilityPort
from trafilatura.settings import Extractor

from access.clean.html import port09
from access.clean.html.precise import is_fast_precise, precise_extraction
from access.clean.html.prepare import HTML_PARSER
from access.clean.html.segments import main_frame, merge_segments
from access.document.model import SCRIPT_STOPS, UNSPACED_CHAR, count_words, has_unspaced
from access.document.sentences import split_sentences

WORD = re.compile(r"\w+")
# in scripts written without spaces each letter is a token: a shingle is four characters (a word
# by \w+ is a whole clause there, and two candidates that cut a clause apart differently agree
# on none of its shingles)
SPACELESS_TOKEN = re.compile(rf"(?:(?!{UNSPACED_CHAR})\w)+|(?=\w){UNSPACED_CHAR}")
# soft hyphens and zero-width marks inside words: readability keeps them, trafilatura drops
# them (as every non-printable character), so the two texts are compared without them
INVISIBLE = re.compile("[\xad\u200b\u200c\u200d\u2060\ufeff]")
SHINGLE = 4
SENTENCE_END = re.compile(rf"[.!?…{SCRIPT_STOPS}»«”“’‘\"'):：]$")  # closing quotes; a colon before a quote
PICTURE_LINE = 15  # a line this short beside a picture is its caption or credit
PROSE_WORDS = 6  # a paragraph this long ending like a sentence is running prose
BLOCK_TAGS = ("p", "head", "list", "quote", "table", "code", "graphic")
EXTRACT_OPTIONS = dict(output_format="xml", formatting=True, links=False, images=True,
                       tables=True, comments=False, dedup=False, with_metadata=False)


@dataclass(frozen=True)
class PickSettings:
    """How the candidates are combined; every field is judged by benchmarks/html_sitecv.py."""

    mode: str = "edges"  # trafilatura | readability | edges
    port: bool = True  # readability as trafilatura's port of it, not the readability-lxml package
    segments: bool = True  # ... the port merging an article set in several containers into the best one
    main_frame: bool = True  # ... the port taking the page's <main> over a container in no <article>
    uncommented: bool = True  # ... the port reading the page without its comments (one beside an
    # empty box made it raise: no readability candidate)
    leads: bool = True  # ... putting a standfirst/dek box above its best container, in the same
    # <article> or <main>, on top (readability-lxml 0.9; access.clean.html.port09)
    disagree: float = 0.5  # candidates sharing less than this are two different texts
    scrap: float = 0.15  # a chosen text this much shorter than the other is a scrap of the page
    denser: bool = False  # of two different texts the denser is chosen (else trafilatura's)
    shared: float = 0.6  # a block whose shingles the other candidate keeps this much is shared
    edge_keep: float = 0.5  # an edge trim keeps at least this share of the words
    keep_prose: bool = True  # ... of the words kept and of the running prose cut (not teaser lines)
    edge_prose: bool = True  # an edge trim stops at running prose next to the shared part
    edge_passes: tuple[str, ...] = BLOCK_TAGS  # ... past one such block with prose beyond it
    tail_heads: bool = False  # ... below, past a subheading too (else a new section only the base
    # kept after the shared part ends it: a box's label over its blurb, 'About us', 'Partners')
    edge_picture: bool = True  # ... past a picture with its caption or credit, or two pictures
    lead_heads: int = 12  # ... past a heading this long ending like a sentence, above (a lead)
    edge_gallery: bool = True  # ... past a subheading with the pictures under it, above
    edge_run: int = 2  # an edge trim keeps a run of this many prose paragraphs, and all within
    edge_sections: bool = True  # ... above, also each under a subheading of its own
    edge_other: float = 0.25  # no edge trim when the other candidate has fewer words than this share
    short_shared: bool = True  # a block under a shingle long is shared when the other has it whole
    repeats_unshared: bool = True  # the first shared block is not, when a later block repeats it
    gaps: bool = True  # a block only readability kept, between two it shares that trafilatura has in a row
    gap_run: int = 4  # ... up to this many such blocks in a row
    gap_pictures: bool = True  # ... also where trafilatura has only pictures between the two
    gap_labels: bool = True  # ... or short lines that are no sentence (labels), or both
    captions: bool = True  # a short line under a picture that readability skipped is its caption
    repeats: bool = True  # a paragraph readability repeats in a row is repeated on purpose
    fallback: bool = True  # first trafilatura's own test for taking readability's text instead
    fallback_apart: bool = False  # ... also between two different texts (else only the scrap rule)
    fallback_edges: bool = True  # ... readability's article then loses what lies outside the part
    # both keep when that is mostly short lines (a related-posts list, tags; not its own prose)
    prose_apart: bool = True  # of two different texts, running prose wins over none (not a scrap)
    lead_run: int = 2  # up to this many prose paragraphs only readability has right above the
    # first block both keep, when trafilatura's article starts there, are its lead (0: never)
    lead_past: int = 2  # ... past up to this many pictures and short lines between (a credit, a stamp)
    lead_long: int = 25  # ... two sentences, or one this many words long: a news lede (0: two always)
    adjoin: int = 40  # ... both running prose, one ending this few words before the other begins
    # on the page: two pieces of one article, joined (0: never)
    overlap: bool = True  # ... or one beginning inside the other and going on past its end
    span_fit: bool = True  # ... each found where its opening words begin the span nearest its length
    shown_gap: bool = True  # ... the words between them those a reader sees (no script's)
    fuller: bool = True  # paragraphs trafilatura cut short, that readability has whole, taken whole


Shingles = frozenset[tuple[str, ...]]  # a text's runs of SHINGLE words
TEXT_CACHE = 4096  # texts whose words and shingles are kept, within one page (forget_texts)


@lru_cache(maxsize=TEXT_CACHE)
def _tokens(text: str) -> tuple[str, ...]:
    """The words of ``text``, casefolded, invisible marks dropped (an ASCII text has none:
    str.translate reads a non-ASCII text a character at a time, five times slower); in a
    script written without spaces, its letters."""
    text = text.casefold()
    if text.isascii():
        return tuple(WORD.findall(text))
    text = INVISIBLE.sub("", text)
    return tuple((SPACELESS_TOKEN if has_unspaced(text) else WORD).findall(text))


@lru_cache(maxsize=TEXT_CACHE)
def shingles(text: str) -> Shingles:
    """The shingles of ``text``: each run of SHINGLE words (``_tokens``), or all of a shorter
    text. Kept for the next call: trimming the edges, filling the gaps and marking captions
    ask for the same blocks' shingles."""
    toks = _tokens(text)
    if len(toks) < SHINGLE:
        return frozenset((toks,)) if toks else frozenset()
    return frozenset(zip(*(toks[i:] for i in range(SHINGLE)), strict=False))  # each SHINGLE-word run


def forget_texts() -> None:
    """Drop the words and shingles kept from the last page: a page's texts are compared
    within it (and a page's time is its own, not eased by the one before)."""
    _tokens.cache_clear()
    shingles.cache_clear()
    block_text.cache_clear()


SHOWN_WORDS = etree.XPath("descendant::text()[not(parent::script or parent::style)]", smart_strings=False)


def page_tokens(tree: lxml.html.HtmlElement, shown: bool = False) -> tuple[str, ...]:
    """The words of the page's body, as the candidates' are compared; with ``shown``, only
    those a reader sees: not its scripts' and styles' (inline code and JSON-LD between a lead
    and the body are no words between them)."""
    body = tree.find("body")
    body = tree if body is None else body
    return _tokens(" ".join(SHOWN_WORDS(body) if shown else body.itertext()))


def node_text(node: etree._Element) -> str:
    return " ".join(" ".join(node.itertext()).split())


@lru_cache(maxsize=TEXT_CACHE)
def block_text(block: etree._Element) -> str:
    """``node_text`` of one of a candidate's blocks, kept for the page: choosing the article
    reads each block's text again in every step, and no step edits a block's text (blocks are
    moved, copied, marked or put beside others; a whole candidate's text changes, so it is
    read with ``node_text``)."""
    return node_text(block)


@lru_cache(maxsize=8)
def _extractor(focus: str, fast: bool) -> Extractor:
    return Extractor(fast=fast, **EXTRACT_OPTIONS, **({} if focus == "balanced" else {focus: True}))


def extractor(url: str, focus: str, fast: bool = True) -> Extractor:
    """trafilatura's options for one page address and focus: built once per focus (its
    constructor reads its configuration each time), the address set on a copy as the
    constructor sets it (trafilatura never changes the options it is given)."""
    options = copy.copy(_extractor(focus, fast))
    options.url = url or None
    options.source = url.encode("utf-8", "replace").decode("utf-8") if url else None
    return options


def trafilatura_main(tree: lxml.html.HtmlElement, url: str, focus: str,
                     fast: bool = True) -> etree._Element | None:
    """trafilatura's article as its XML ``main`` element (``focus``: precision, balanced or
    recall)."""
    options = extractor(url, focus, fast)
    if is_fast_precise(options):
        found = precise_extraction(tree, options)  # the same, with less work
    else:
        found = bare_extraction(tree, options=options, as_dict=False)
    if not found or found.body is None:
        return None
    root = etree.fromstring(determine_returnstring(found, options).encode("utf-8"))
    return unindent_inline(root.find("main"))


INLINE_XML = ("hi", "ref")  # trafilatura's inline elements: bold, italics, links


def unindent_inline(main: etree._Element) -> etree._Element:
    """``main`` without the indentation trafilatura's pretty-printed XML puts between two inline
    elements with no text between them ('nach <em>NDR</em>-Recherchen' read back as 'NDR
    -Recherchen'). lxml indents only an element holding elements and no text; between two
    blocks there (paragraphs in a table's cell) the line break stays, as the words' separator."""
    for parent in main.iter():
        children = list(parent)
        if not children or (parent.text or "").strip() or any((c.tail or "").strip() for c in children):
            continue  # text between the children: lxml indented none of them
        for child, after in pairwise(children):
            if child.tag in INLINE_XML and after.tag in INLINE_XML:
                child.tail = None
    return main


UNLIKELY, MAYBE = REGEXES["unlikelyCandidatesRe"].search, REGEXES["okMaybeItsACandidateRe"].search


class Readability(ReadabilityPort):
    """trafilatura's port of readability with its first pruning step done in one walk: its own
    lists every element, then drops each whose class and id read as chrome (a quarter of its
    time). The same elements go, in the same order; tests/clean/test_html_trafilatura.py compares.
    With ``segments``, the article's other containers are merged into the best one first;
    with ``main``, the page's <main> may be the best (access.clean.html.segments, as
    readability-lxml 0.9 does); with ``leads``, a standfirst box above it goes on top
    (access.clean.html.port09). With ``uncommented``, the page's comments go first: the port's
    last pruning step measures an empty box's neighbours, and a comment among them raised (the
    page had no readability candidate)."""

    __slots__ = ("leads", "main", "segments", "uncommented")

    def __init__(self, doc: lxml.html.HtmlElement, min_text_length: int = 25, segments: bool = False,
                 main: bool = False, uncommented: bool = False, leads: bool = False) -> None:
        super().__init__(doc, min_text_length)
        self.segments, self.main, self.uncommented, self.leads = segments, main, uncommented, leads

    def summary(self) -> str:
        if self.uncommented:
            for comment in list(self.doc.iter(etree.Comment, etree.ProcessingInstruction)):
                comment.drop_tree()
        return super().summary()

    def select_best_candidate(self, candidates: dict[lxml.html.HtmlElement, Candidate]) -> Candidate | None:
        best = super().select_best_candidate(candidates)
        if best is None or not self.main:
            return best
        return main_frame(candidates, best, self.score_node, self.get_link_density)

    def get_article(self, candidates: dict[lxml.html.HtmlElement, Candidate],
                    best_candidate: Candidate) -> lxml.html.HtmlElement:
        if self.segments:
            merge_segments(candidates, best_candidate, max(10, best_candidate.score * 0.2),
                           self.get_link_density, self.min_text_length)
        if self.leads:
            port09.put_leads(best_candidate.elem, self.get_link_density)
        return super().get_article(candidates, best_candidate)

    def remove_unlikely_candidates(self) -> None:
        verdicts: dict[tuple[str | None, str | None], bool] = {}  # one per class and id
        doomed = []
        for element in self.doc.iterdescendants(etree.Element):
            key = (element.get("class"), element.get("id"))
            verdict = verdicts.get(key)
            if verdict is None:
                attrs = " ".join(filter(None, key))
                low = attrs.lower()
                verdict = verdicts[key] = len(attrs) >= 2 and bool(UNLIKELY(low)) and not MAYBE(low)
            if verdict and element.tag not in FRAME_TAGS:
                doomed.append(element)
        for element in doomed:  # after the walk, which a dropped element would cut short
            element.drop_tree()


def readability_main(tree: lxml.html.HtmlElement, url: str,
                     port: bool = True, segments: bool = False, main: bool = False,
                     uncommented: bool = False, leads: bool = False) -> etree._Element | None:
    """Readability's article, converted to trafilatura's XML by trafilatura's own step.
    ``port``: trafilatura's port of readability-lxml (six times faster, same algorithm);
    otherwise the readability-lxml package itself. ``segments``, ``main``, ``uncommented``,
    ``leads``: the port merges the article's containers, may take the page's <main>, reads the
    page without its comments, puts an editorial lead box on top (``Readability``)."""
    try:
        if port:
            summary = Readability(tree, min_text_length=25, segments=segments, main=main,
                                  uncommented=uncommented, leads=leads).summary()
        else:
            summary = ReadabilityDocument(tree, url=url or None, min_text_length=25).summary(
                html_partial=True)
        body = fragment_in_div(summary)
    except Exception:  # readability raises its own Unparseable and lxml errors on odd pages
        return None
    options = extractor(url, "precision", fast=False)
    converted, _ = sanitize_tree(body, options)
    main = etree.Element("main")
    for block in leaf_blocks(converted):
        main.append(block)  # moved, not copied: the converted tree is not used again
    return main


def fragment_in_div(markup: str) -> lxml.html.HtmlElement:
    """``lxml.html.fragment_fromstring(markup, create_parent="div", parser=HTML_PARSER)``, the
    ``div`` made by HTML_PARSER too: lxml.html makes it with its default parser, and the
    elements moved into it then have their classes chosen in a Python call each time one is
    touched (trafilatura's conversion touches every one)."""
    elements = lxml.html.fragments_fromstring(markup, parser=HTML_PARSER, no_leading_text=False)
    root = HTML_PARSER.makeelement("div")
    if elements:
        if isinstance(elements[0], str):
            root.text = elements[0]
            del elements[0]
        root.extend(elements)
    return root


def leaf_blocks(parent: etree._Element) -> list[etree._Element]:
    """The block elements in reading order, outermost ones only (a list, not its items)."""
    found: list[etree._Element] = []
    for node in parent:
        if not isinstance(node.tag, str):
            continue
        if node.tag in BLOCK_TAGS:
            found.append(node)
        else:
            found += leaf_blocks(node)
    return found


def node_words(node: etree._Element | None) -> int:
    """Words of a candidate's text (in Chinese, Japanese or Thai by ICU's dictionaries: a
    paragraph there has no spaces)."""
    return count_words(node_text(node)) if node is not None else 0


def density(main: etree._Element) -> float:
    """Words of paragraph text per block: running prose scores high, teaser lists low."""
    blocks = leaf_blocks(main)
    words = sum(node_words(b) for b in blocks if b.tag == "p")
    return words / len(blocks) if blocks else 0.0


def _shared(text: str, other: Shingles, share: float) -> bool:
    return _holds(shingles(text), other, share)


def _holds(own: Shingles, other: Shingles, share: float) -> bool:
    return bool(own) and len(own & other) >= share * len(own)


def is_prose(block: etree._Element, lead_words: int = 0) -> bool:
    """A paragraph of running text: a few words ending like a sentence; with ``lead_words``,
    also a heading at least that long ending like one (a lead set in a heading's type)."""
    if block.tag not in ("p", "head"):
        return False
    text = block_text(block)
    if block.tag == "head":
        return 0 < lead_words <= count_words(text) and bool(SENTENCE_END.search(text))
    return bool(SENTENCE_END.search(text)) and count_words(text) >= PROSE_WORDS


def _picture_run(blocks: list[etree._Element], i: int, step: int) -> bool:
    """Whether ``blocks[i]`` and the next one in direction ``step`` are a picture with its
    caption or credit, or two pictures, with a block beyond them."""
    if not 0 <= i + 2 * step < len(blocks):
        return False
    pair = (blocks[i], blocks[i + step])
    return any(b.tag == "graphic" for b in pair) and all(
        b.tag == "graphic" or (b.tag == "p" and not is_prose(b)
                               and count_words(block_text(b)) <= PICTURE_LINE)
        for b in pair)


def _past_pictures(blocks: list[etree._Element], i: int, step: int) -> int | None:
    """The block beyond one subheading and the pictures beside it, from ``blocks[i]`` in
    direction ``step``, when there are both: a section opening with a gallery, which one
    extractor dropped with the prose beyond it."""
    j, heads, pictures = i, 0, 0
    while 0 <= j < len(blocks) and (blocks[j].tag == "graphic" or (blocks[j].tag == "head" and not heads)):
        heads += blocks[j].tag == "head"
        pictures += blocks[j].tag == "graphic"
        j += step
    return j if pictures and heads and 0 <= j < len(blocks) else None


def _prose_reach(blocks: list[etree._Element], at: int, step: int,
                 passed: tuple[str, ...] = ("graphic",), picture: bool = False,
                 lead_words: int = 0, gallery: bool = False) -> int:
    """How far from ``at`` (in direction ``step``) the article's running prose goes on: one
    extractor often keeps a single container of an article set in several (a lead above the
    picture, the end after an advert), while teaser cards, newsletter boxes and link lists
    are headings and short lines. One block in ``passed`` (a picture, a subheading, a question
    in an interview, a pull quote) is passed when prose goes on beyond it, and with
    ``picture`` a picture with its caption or credit; a lone picture just above the article
    is its lead picture (a run of them is a gallery). Above the article a heading of
    ``lead_words`` ending like a sentence is its lead (below it, a newsletter's blurb); with
    ``gallery``, a subheading and the pictures under it are passed there too (a section opening
    with a gallery, which one extractor dropped with the prose above it)."""
    lead = lead_words if step < 0 else 0
    i = at + step
    while 0 <= i < len(blocks):
        if blocks[i].tag in passed and 0 <= i + step < len(blocks) and is_prose(blocks[i + step], lead):
            i += step
        elif picture and _picture_run(blocks, i, step) and is_prose(blocks[i + 2 * step], lead):
            i += 2 * step
        elif gallery and step < 0 and (beyond := _past_pictures(blocks, i, step)) is not None and is_prose(
                blocks[beyond], lead):
            i = beyond
        if not is_prose(blocks[i], lead):
            break
        at = i
        i += step
    lone_picture = 0 <= i < len(blocks) and blocks[i].tag == "graphic" and not (
        0 <= i + step < len(blocks) and blocks[i + step].tag == "graphic")
    return i if step < 0 and lone_picture else at


def _prose_runs(blocks: list[etree._Element], first: int, last: int, run: int,
                lead_words: int = 0, sections: bool = False) -> tuple[int, int]:
    """``first`` and ``last`` moved out to the farthest run of ``run`` prose paragraphs in a
    row beyond them: teasers and link lists are headlines and short lines, one paragraph
    above the article may be its dek, but paragraphs of running text in a row are article
    (an introduction set apart from the body by a table of contents, a video carousel). With
    ``sections``, above the article such paragraphs each under a subheading of its own are a
    run too (an abstract in parts, above the body or the references both kept)."""
    # only the blocks outside first..last are read (the article between is most of them)
    above = [is_prose(block, lead_words) for block in blocks[:first]]  # a lead only in a heading
    below = [is_prose(block) for block in blocks[last + 1:]]
    starts = [i for i in range(first - run + 1) if all(above[i:i + run])]
    if sections:  # the run read past subheadings
        texts = [i for i in range(first) if blocks[i].tag != "head"]
        starts = sorted(starts + [texts[k] for k in range(len(texts) - run + 1)
                                  if all(above[i] for i in texts[k:k + run])])
    ends = [last + i + run for i in range(len(below) - run + 1) if all(below[i:i + run])]
    return (starts[0] if starts else first), (ends[-1] if ends else last)


def short_blocks(main: etree._Element) -> set[tuple[str, ...]]:
    """The words of each block shorter than a shingle ('x Franzi', 'Viel Glück!'): such a block
    has no shingle of its own, so it is compared whole."""
    found = set()
    for block in leaf_blocks(main):
        words = _tokens(block_text(block))
        if 0 < len(words) < SHINGLE:
            found.add(words)
    return found


def trim_edges(base: etree._Element, other: etree._Element, settings: PickSettings,
               theirs: Shingles | None = None,
               base_words: int | None = None, lines_only: bool = False) -> etree._Element:
    """``base`` without the blocks before the first and after the last one ``other`` also
    kept: what only one extractor took, at the edges, is a lead-in or a tail of teasers.
    (``theirs`` and ``base_words``: ``other``'s shingles and ``base``'s words, if known;
    ``lines_only``: an edge is cut only when it is mostly short lines, ``mostly_lines``.)"""
    blocks = leaf_blocks(base)
    texts = [block_text(b) for b in blocks]
    theirs = shingles(node_text(other)) if theirs is None else theirs
    words = [_tokens(text) for text in texts]
    sets = [shingles(text) for text in texts]
    marks = [_holds(own, theirs, settings.shared) for own in sets]
    if settings.short_shared:
        lines = short_blocks(other)
        marks = [mark or toks in lines for mark, toks in zip(marks, words, strict=True)]
    if settings.repeats_unshared:
        marks = _unmark_repeats(marks, words, sets, settings.shared)
    if not any(marks):
        return base
    first = marks.index(True)
    last = len(marks) - 1 - marks[::-1].index(True)
    if settings.edge_prose:
        first = _prose_reach(blocks, first, -1, settings.edge_passes, settings.edge_picture,
                             settings.lead_heads, settings.edge_gallery)
        below = settings.edge_passes if settings.tail_heads else tuple(
            tag for tag in settings.edge_passes if tag != "head")
        last = _prose_reach(blocks, last, 1, below, settings.edge_picture)
    kept_words = sum(count_words(text) for text in texts[first:last + 1])
    if settings.keep_prose:
        base_words = kept_words + sum(words for i, text in enumerate(texts) if not first <= i <= last
                                      and (words := count_words(text)) >= PROSE_WORDS)
    base_words = node_words(base) if base_words is None else base_words
    if kept_words < settings.edge_keep * base_words:
        return base
    if settings.edge_run:
        first, last = _prose_runs(blocks, first, last, settings.edge_run, settings.lead_heads,
                                  settings.edge_sections)
    if lines_only:
        first = first if mostly_lines(blocks[:first]) else 0
        last = last if mostly_lines(blocks[last + 1:]) else len(blocks) - 1
    kept = blocks[first:last + 1]
    trimmed = etree.Element("main")
    for block in kept:
        trimmed.append(block)  # moved out of ``base``, which the trimmed article replaces
    return trimmed


RUNNING_TAGS = ("list", "quote", "table")  # blocks of running text, beside prose paragraphs


def mostly_lines(blocks: list[etree._Element], least: int = 1) -> bool:
    """At least ``least`` blocks holding text, under half of them running text (prose, a
    list, a quote, a table): a menu, a rating widget, a teaser list (a title and a one-line
    blurb, repeated), not an article's closing lines or its reference lists under their labels."""
    lines = [b for b in blocks if b.tag != "graphic" and block_text(b)]
    return len(lines) >= least and 2 * sum(b.tag in RUNNING_TAGS or is_prose(b) for b in lines) < len(lines)


def _unmark_repeats(marks: list[bool], words: list[tuple[str, ...]], sets: list[Shingles],
                    share: float) -> list[bool]:
    """``marks`` without the first shared block when a later shared block of the same candidate
    holds it (a summary above the article repeating its lead): the other candidate holds its
    words only because it kept that later block. (``words`` and ``sets``: each block's words and
    shingles.)"""
    if True not in marks:
        return marks
    first = marks.index(True)
    if len(words[first]) < SHINGLE or not any(
            mark and _holds(sets[first], later, share)
            for mark, later in zip(marks[first + 1:], sets[first + 1:], strict=True)):
        return marks
    return [False if i == first else mark for i, mark in enumerate(marks)]


def from_shared(base: etree._Element, other: Shingles,
                share: float) -> etree._Element:
    """``base`` from its first block that ``other`` (shingles) also holds; all of it when none
    does: what only ``base`` has above the shared part is a dek or a lead-in."""
    blocks = leaf_blocks(base)
    first = next((i for i, block in enumerate(blocks)
                  if _shared(block_text(block), other, share)), 0)
    trimmed = etree.Element("main")
    for block in blocks[first:]:
        trimmed.append(block)  # moved out of ``base``, which the trimmed article replaces
    return trimmed


def pick(first: etree._Element | None, second: etree._Element | None,
         settings: PickSettings, a_text: str | None = None,
         page: Callable[[], tuple[str, ...]] | None = None) -> etree._Element | None:
    """The article from trafilatura's (``first``) and readability's (``second``) candidates
    (``a_text``: ``first``'s text, if the caller has read it; ``page``: the page's words
    (``_tokens``), when the two may be pieces of one article, asked only then)."""
    b_text = node_text(second) if second is not None else ""  # each text taken once
    if settings.mode == "trafilatura" or not b_text:
        return first
    if a_text is None:
        a_text = node_text(first) if first is not None else ""
    if not a_text:
        return second
    a_shingles, b_shingles = shingles(a_text), shingles(b_text)
    common = len(a_shingles & b_shingles)
    a_in_b = common / len(a_shingles) if a_shingles else 0.0
    b_in_a = common / len(b_shingles) if b_shingles else 0.0
    apart = bool(settings.disagree) and max(a_in_b, b_in_a) < settings.disagree
    if settings.fallback and prefers_readability(first, a_text, b_text) and (
            settings.fallback_apart or not apart or not has_prose(first)):
        if settings.fallback_edges and settings.mode == "edges" and not apart and has_prose(first):
            return trim_edges(second, first, replace(settings, edge_keep=0.0), a_shingles, lines_only=True)
        return second
    if settings.mode == "readability":
        return second
    if apart:
        # two different parts of the page: trafilatura's is the article unless it is a scrap
        # beside the other (a cookie notice, a teaser column), or they are its two pieces
        if settings.adjoin and page is not None and _runs_prose(first) and _runs_prose(second):
            joined = adjoin(first, second, a_text, b_text, page(), settings.adjoin, settings.overlap,
                            settings.span_fit)
            if joined is not None:
                return joined
        a_words, b_words = count_words(a_text), count_words(b_text)
        if settings.denser and density(second) > density(first):
            return second if b_words >= settings.scrap * a_words else first
        if settings.prose_apart and b_words >= settings.scrap * a_words and _runs_prose(
                second) and not _runs_prose(first):
            return second  # trafilatura kept a menu or a column of teasers, readability prose
        return first if a_words >= settings.scrap * b_words else second
    a_words = count_words(a_text)
    if settings.mode == "edges" and count_words(b_text) >= settings.edge_other * a_words:
        first = trim_edges(first, second, settings, b_shingles, a_words)
    if settings.gaps and settings.mode == "edges":
        first = fill_gaps(first, second, a_text, a_shingles, settings.shared, settings.gap_run,
                          settings.gap_pictures, settings.gap_labels)
    if settings.fuller and settings.mode == "edges":
        first = fuller_paragraphs(first, second, a_shingles)
    if settings.lead_run and settings.mode == "edges":
        first = other_lead(first, second, a_shingles, settings.shared, settings.lead_run,
                           settings.lead_past, settings.lead_long)
    if settings.captions and settings.mode == "edges":
        mark_captions(first, b_text, b_shingles, settings.shared)
    return restore_repeats(first, second) if settings.repeats else first


def adjoin(first: etree._Element, second: etree._Element, a_text: str, b_text: str,
           page: tuple[str, ...], gap: int, overlap: bool = False,
           fit: bool = False) -> etree._Element | None:
    """Both candidates as one article, in the page's order, when on the page (its words
    ``page``) one ends at most ``gap`` words before the other begins: an article set in two
    containers, each extractor keeping one (an intro and the body below it, a standfirst and
    the paragraph a paywall leaves); between them only a byline, a date or a caption. With
    ``overlap``, also when one begins inside the other and goes on past its end: each extractor
    took the part they share (a table, the body's opening) with what lies on its own side of it
    (the prose above a table and the text below it, a lead and the body); what they share is
    kept once. Two different texts far apart are two parts of the page (the article and a
    teaser column). With ``fit``, each text is placed where its span is nearest its length
    (``_span``)."""
    words = " ".join(page)
    a_span, b_span = _span(words, _tokens(a_text), fit), _span(words, _tokens(b_text), fit)
    if a_span is None or b_span is None:
        return None
    if 0 <= b_span[0] - a_span[1] <= gap or (overlap and a_span[0] < b_span[0] < a_span[1] <= b_span[1]):
        pieces, texts = (first, second), (a_text, b_text)
    elif 0 <= a_span[0] - b_span[1] <= gap or (overlap and b_span[0] < a_span[0] < b_span[1] <= a_span[1]):
        pieces, texts = (second, first), (b_text, a_text)
    else:
        return None
    joined = etree.Element("main")
    for block in leaf_blocks(pieces[0]):
        joined.append(block)  # moved: the candidates are not used again
    held = shingles(texts[0])
    for block in leaf_blocks(pieces[1]):
        if not _shared(block_text(block), held, OVERLAP_HELD):  # where the two overlap: once
            joined.append(block)
    return joined


OVERLAP_HELD = 0.6  # a block of the later piece the earlier holds this much of is said once


LEAD_SENTENCES = 2  # a lead put back from readability holds this many sentences (a standfirst, one)


def _lead_length(blocks: list[etree._Element], long: int = 0) -> bool:
    """Whether ``blocks`` are long enough for a lead: LEAD_SENTENCES sentences, or with ``long``
    one sentence of that many words (a news story's lede, set in one long sentence; a
    standfirst, its summary, is shorter)."""
    if long and sum(count_words(block_text(b)) for b in blocks) >= long:
        return True
    return sum(len(split_sentences(block_text(b))) for b in blocks) >= LEAD_SENTENCES


def other_lead(base: etree._Element, other: etree._Element, ours: Shingles,
               share: float, most: int, past: int = 0, long: int = 0) -> etree._Element:
    """``base`` with the paragraphs of running prose (up to ``most``) that ``other`` has right
    above the first block both keep put back above it, when ``base`` starts with that block
    (its pictures and headings above it aside):
    the article's lead, set apart from its body (in a header, a box of its own), which
    trafilatura's precise pass drops. (``ours``: the shingles of all of ``base`` as found.)
    Up to ``past`` pictures and short lines between the lead and that block are passed (the
    lead picture and its credit, the story's time stamp) and stay out, unless the paragraph
    above them ends with a colon: it announces them (a box's blurb over its links). With
    ``long``, one sentence of that many words is a lead too (``_lead_length``)."""
    theirs, blocks = leaf_blocks(other), leaf_blocks(base)
    if not theirs or not blocks:
        return base
    opening = next((b for b in blocks if b.tag not in ("head", "graphic")), None)
    start = next((i for i, b in enumerate(theirs) if _shared(block_text(b), ours, share)), None)
    if not start or opening is None or not _shared(
            block_text(theirs[start]), shingles(block_text(opening)), share):
        return base  # none shared, readability starts there too, or trafilatura above it
    end = start
    while start - end < past and end > 0 and _between_lead(theirs[end - 1]):
        end -= 1
    if end < start and not (end > 0 and is_prose(theirs[end - 1])
                            and not block_text(theirs[end - 1]).endswith(":")):
        end = start  # only pictures and lines above, or a box's blurb announcing those lines
    lead = end
    while lead > 0 and end - lead < most and is_prose(theirs[lead - 1]) and _new(
            block_text(theirs[lead - 1]), ours):
        lead -= 1
    if not _lead_length(theirs[lead:end], long):
        return base  # one short sentence: a standfirst, set apart as the article's summary
    for block in theirs[lead:end]:
        block.tail = None
        opening.addprevious(copy.deepcopy(block))
    return base


def _between_lead(block: etree._Element) -> bool:
    """A picture, or a short line that is no sentence (a credit, a time stamp, an empty
    paragraph), between an article's lead and its body."""
    return block.tag == "graphic" or (block.tag == "p" and not is_prose(block)
                                      and count_words(block_text(block)) <= PICTURE_LINE)


def _span(words: str, toks: tuple[str, ...], fit: bool = False) -> tuple[int, int] | None:
    """Where a text (its words ``toks``) lies in a page's words (joined by spaces): the index
    of its first word and the index after its last, found by its first and last shingles.
    With ``fit``, of the places its first shingle has before its last, the one whose span is
    nearest the text's length: an opening that the page also has above the text (a headline
    that the article's own heading opens with) is not taken for its start."""
    if len(toks) < SHINGLE:
        return None
    head, tail = " ".join(toks[:SHINGLE]), " ".join(toks[-SHINGLE:])
    spaced = f" {words} "
    start = spaced.find(f" {head} ")
    end = -1 if start < 0 else spaced.find(f" {tail} ", start)
    if end < 0:
        return None
    first, last = words[:start].count(" "), words[:end].count(" ") + SHINGLE
    while fit and 0 <= (later := spaced.find(f" {head} ", start + 1)) <= end:
        at = words[:later].count(" ")
        if abs(last - at - len(toks)) >= abs(last - first - len(toks)):
            break
        start, first = later, at
    return first, last


GAP_TAGS = ("head", "list")  # and paragraphs of running prose (a short line is a link or a stamp)
GAP_NEW = 0.2  # a block the other candidate holds less than this share of is its own


def _match(own: Shingles, blocks: list[Shingles],
           share: float) -> int | None:
    """The block holding most of ``own`` (at least ``share`` of it), if any."""
    best = max(range(len(blocks)), key=lambda i: len(own & blocks[i]), default=None)
    if best is None or not own or len(own & blocks[best]) < share * len(own):
        return None
    return best


def fill_gaps(base: etree._Element, other: etree._Element, text: str,
              all_ours: Shingles, share: float, run: int = 1,
              past_pictures: bool = False, past_labels: bool = False) -> etree._Element:
    """``base`` with the blocks only ``other`` kept put back where ``other`` has them between two
    blocks that ``base`` holds one right after the other: a question, a subheading or a list
    that trafilatura's precise pass dropped inside the article (the two agree on both sides).
    ``text`` and ``all_ours``: the text of all of ``base`` before its edges were trimmed, and
    its shingles; ``share``: how much of a block another must hold to be it; ``run``: how many
    such blocks in a row (empty ones aside) are put back; ``past_pictures``: the two blocks of
    ``base`` may have pictures between them (a gallery whose captions only ``other`` kept);
    ``past_labels``: or short lines that are no sentence, which ``other`` left out (a box's
    label, 'Die CHIP Redaktion sagt:', under which trafilatura dropped the paragraph above it;
    the blocks go back right after the first of the two)."""
    theirs = leaf_blocks(other)
    their_texts = [block_text(b) for b in theirs]
    ours = leaf_blocks(base)
    # A block both hold as it is is no gap (most are); the substring test last: it reads all
    # of ``text``, the others only the block.
    held = {block_text(b) for b in ours}
    new = [0 < i < len(theirs) - 1 and their_texts[i] not in held and _new(their_texts[i], all_ours)
           and their_texts[i] not in text for i in range(len(theirs))]
    runs = _gap_runs(theirs, their_texts, new, run)
    if not runs:
        return base
    our_shingles = [shingles(block_text(b)) for b in ours]
    inserts = []
    for left, start, right in runs:
        before = _match(shingles(their_texts[left]), our_shingles, share)
        after = _match(shingles(their_texts[right]), our_shingles, share)
        if before is None or after is None or after <= before:
            continue
        between = ours[before + 1:after]
        if between and not all((past_pictures and b.tag == "graphic") or (past_labels and _label(b))
                               for b in between):
            continue
        found = [theirs[i] for i in range(start, right) if new[i]]
        if all(b.tag in GAP_TAGS or is_prose(b) for b in found):  # a short line: a box's
            inserts += [(ours[before], copy.deepcopy(b)) for b in found]
    for anchor, block in reversed(inserts):
        block.tail = None
        anchor.addnext(block)
    return base


FRAGMENT_HELD = 0.9  # a paragraph another holds this much of is a piece of it
FULLER = 1.25  # ... when that one is this much longer


def fuller_paragraphs(base: etree._Element, other: etree._Element, ours: Shingles) -> etree._Element:
    """``base`` with each run of its paragraphs that are pieces of one paragraph of ``other``,
    clearly longer, replaced by that paragraph: trafilatura's precise pass cuts a paragraph at
    an inline element (a link, a name in bold) and drops the words around it. Only where the
    words ``other`` adds are not elsewhere in ``base`` (``ours``: its shingles)."""
    theirs = [b for b in leaf_blocks(other) if b.tag == "p"]
    whole = {block_text(b) for b in theirs}  # most paragraphs: the same in both
    their_sets = [shingles(block_text(b)) for b in theirs]
    blocks = leaf_blocks(base)
    i = 0
    while i < len(blocks):
        block = blocks[i]
        text = block_text(block)
        j = None
        if block.tag == "p" and text not in whole and len(_tokens(text)) >= SHINGLE:
            j = _match(shingles(text), their_sets, FRAGMENT_HELD)
        if j is None:
            i += 1
            continue
        end = i + 1  # the run of pieces of the same paragraph
        while end < len(blocks) and blocks[end].tag == "p" and _holds(
                shingles(block_text(blocks[end])), their_sets[j], FRAGMENT_HELD):
            end += 1
        run = frozenset().union(*(shingles(block_text(b)) for b in blocks[i:end]))
        added = their_sets[j] - run
        pieces = sum(len(_tokens(block_text(b))) for b in blocks[i:end])
        if len(_tokens(block_text(theirs[j]))) >= FULLER * pieces and not _holds(added, ours, GAP_NEW):
            paragraph = copy.deepcopy(theirs[j])
            paragraph.tail = block.tail
            block.addprevious(paragraph)
            for piece in blocks[i:end]:
                piece.getparent().remove(piece)
        i = end
    return base


def _label(block: etree._Element) -> bool:
    """A short line that is no sentence ('Die CHIP Redaktion sagt:', 'Wer ist bei mir falsch?')."""
    return block.tag == "p" and not is_prose(block) and count_words(block_text(block)) <= PICTURE_LINE


def _gap_runs(blocks: list[etree._Element], texts: list[str], new: list[bool],
              most: int) -> list[tuple[int, int, int]]:
    """Runs of up to ``most`` blocks only the other candidate kept (``new``), each between two
    blocks it shares; empty blocks and pictures count neither way: (block before, first of the
    run, block after)."""
    runs: list[tuple[int, int, int]] = []
    anchor, start, count = None, None, 0
    for i, block in enumerate(blocks):
        if new[i]:
            start = i if start is None else start
            count += 1
        elif texts[i] and block.tag != "graphic":
            if anchor is not None and start is not None and count <= most:
                runs.append((anchor, start, i))
            anchor, start, count = i, None, 0
    return runs


CAPTION = "caption"  # the attribute marking a line as its picture's caption (blocks.Converter)


def mark_captions(base: etree._Element, other_text: str, other: Shingles,
                  share: float) -> None:
    """Mark each short line right under a picture in ``base``, not ending like a sentence, that
    the other candidate (``other_text``, its shingles ``other``) left out while keeping what
    follows: the picture's caption or credit, set as a paragraph ('Jill Binder, speaking at a
    WordCamp', 'Erdölpumpen im Abendrot. Bild: …'); readability drops it with the picture."""
    blocks = leaf_blocks(base)
    for before, block, after in zip(blocks, blocks[1:], blocks[2:], strict=False):
        if before.tag != "graphic" or block.tag != "p":
            continue
        text = block_text(block)
        if (not is_prose(block) and 0 < count_words(text) <= PICTURE_LINE and text not in other_text
                and _shared(block_text(after), other, share)):
            block.set(CAPTION, "1")


def _new(text: str, others: Shingles) -> bool:
    own = shingles(text)
    return bool(own) and len(own & others) < GAP_NEW * len(own)


def _runs_prose(main: etree._Element) -> bool:
    return any(is_prose(block) for block in main.iter("p"))


def has_prose(main: etree._Element) -> bool:
    """Running prose, and no more tables than paragraphs: neither a column of teaser lines
    nor the structurally deficient extraction that trafilatura's fallback replaces at any
    length."""
    return any(is_prose(block) for block in main.iter("p")) and len(
        main.findall(".//table")) <= len(main.findall(".//p"))


def prefers_readability(first: etree._Element, a_text: str, b_text: str) -> bool:
    """trafilatura's own test for taking readability's text over its own (much longer, or its
    own has no paragraph text or is mostly tables), which its fast mode skips."""
    second = etree.Element("main")  # only read in recall mode
    return _prefer_readability(first, second, b_text, len(a_text), len(b_text),
                               _extractor("precision", True))


def _runs(blocks: list[etree._Element]) -> dict[str, int]:
    """The longest run of identical consecutive blocks, by text, where longer than one."""
    found: dict[str, int] = {}
    previous, length = None, 0
    for block in blocks:
        text = block_text(block) if block.tag == "p" else None
        length = length + 1 if text == previous else 1
        previous = text
        if length > 1 and text:
            found[text] = max(found.get(text, 0), length)
    return found


def restore_repeats(base: etree._Element, other: etree._Element) -> etree._Element:
    """``base`` with each paragraph ``other`` repeats in a row repeated as often: trafilatura
    keeps one of identical neighbours, but a refrain or a drill is said again on purpose."""
    repeats = _runs(leaf_blocks(other))
    if not repeats:
        return base
    blocks = leaf_blocks(base)
    texts = [block_text(block) for block in blocks]
    for index, block in enumerate(blocks):
        alone = texts[index] not in texts[max(index - 1, 0):index] + texts[index + 1:index + 2]
        if block.tag == "p" and alone and repeats.get(texts[index], 1) > 1:
            for _ in range(repeats[texts[index]] - 1):
                block.addnext(copy.deepcopy(block))
    return base
