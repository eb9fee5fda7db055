"""trafilatura XML to Document blocks: paragraphs, headings, lists, figures with captions."""

from __future__ import annotations

import re
from collections import Counter
from copy import deepcopy
from dataclasses import replace
from itertools import accumulate
from urllib.parse import urljoin

import lxml.html
from lxml import etree

from access.clean.closing import WORD_CHAR, is_disclosure
from access.clean.fields.dates import iso_date
from access.clean.html.links import LABEL, Linker, safe_url
from access.clean.html.pick.agreement import shingles
from access.clean.html.pick.captions import CAPTION
from access.clean.html.prepare import ADDRESS, FILE_NOTE
from access.clean.html.settings import SETTINGS, HtmlSettings
from access.clean.html.trim import like_title
from access.clean.marks import is_quantity
from access.clean.rules import Rules
from access.document import Block, Code, Figure, Heading, Inline, ListBlock, Paragraph, Quote, Table, plain
from access.document.model import SPOKEN_ENDS, count_words, runs_before
from access.document.sentences import split_sentences

SAFE_IMAGES = ("http://", "https://", "data:image/")
STYLES = {"#i": "em", "#em": "em", "#b": "strong", "#strong": "strong", "#t": "code",
          "#code": "code", "#u": None}
# an image's file name (with its address, "https://cdn…/spy-photo.jpg", commas, brackets)
FILE_NAME = re.compile(r"(?:https?://\S*/)?[\w\-., '’()]{1,160}\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?)"
                       r"|(?:img|dsc|pxl)[_-]?\d+\w*",
                       re.IGNORECASE)
MAX_ALT_REPEATS = 3  # alt text on this many pictures is a page-wide blurb, not a description
CREDIT_CLASS = re.compile(r"credit|copyright|source|byline", re.IGNORECASE)
BLOCK_TAGS = frozenset({"p", "head", "list", "quote", "graphic", "table", "code", "div", "main"})
# A block set inside a list item or a paragraph (a step's headline, its description): its text is
# a part of its own, parted from the text beside it by a space ("1" + "Verifizierung").
PART_TAGS = frozenset({"p", "head", "table", "div"})
TEASER_LABEL = re.compile(rf"\s*{LABEL.pattern}\s*")  # up to five words and a colon
TEASER_WORDS = 4  # ... before a linked headline at least this long
MAX_DATELINE_WORDS = 12  # a loose line this short that names a day is the page's dateline
FILE_NOTE_WORDS = 25  # a paragraph this short closing in a download's type and size is a download's line
IMAGE_KEY_CHARS = 40  # captions, alt texts and paragraphs shorter than this are not compared
MAX_CLASS_CAPTION_WORDS = 40  # an element classed as a caption with this many words or fewer is one
# A line after a blank line is known by this many first characters, spaces aside: trafilatura
# keeps the words but not always the spaces around an inline element ("<abbr>BMWK</abbr>, …",
# "Kommunalwahlen<b>kann</b>")
BLANK_LINE_KEY_CHARS = 40
ALT_PROSE_SENTENCES = 2  # a paragraph this many sentences long that only an alt text repeats is kept

# id of a paragraph holding blank lines → (that paragraph, its pieces' runs)
Pieces = dict[int, tuple[Paragraph, list[list[Inline]]]]


class Converter:
    """trafilatura XML elements → document blocks."""

    def __init__(self, base: str, captions: dict[str, tuple[str, str, str, str]],
                 linker: Linker, rules: Rules, settings: HtmlSettings = SETTINGS,
                 labelled: frozenset[str] = frozenset(), classed: frozenset[str] = frozenset(),
                 blank_lines: frozenset[str] = frozenset()) -> None:
        self.base = base
        self.blank_lines = blank_lines  # the openings of the lines after a blank line (blank_line_openings)
        self.pieces: Pieces = {}  # for split_blank_lines
        self.settings = settings
        self.classed = classed  # the texts of the elements classed as captions (class_captions)
        self.rules = rules
        self.linker = linker
        self.captions = captions
        self.seen_captions: set[str] = set()
        self.caption_shingles = image_shingles(captions, alt=False)
        self.image_shingles = self.caption_shingles | alt_shingles(captions)
        if not settings.alt_prose:
            self.caption_shingles = self.image_shingles
        self.labelled = labelled  # links set after a label on a line of their own (links.page_links)
        self.alt_uses = Counter(entry[3] for entry in captions.values() if entry[3])

    def inlines(self, node: etree._Element, href: str | None = None,
                style: str | None = None, skip: str = "") -> list[Inline]:
        """A node's text as runs; ``skip`` names a tag whose content is left out (its tail
        kept): a list item's nested lists, which are items of their own."""
        out: list[Inline] = []
        if node.text:
            out.append(Inline(node.text, href, style))
        for child in node:
            if child.tag == skip:
                out.append(Inline(" ", href, style))
            elif child.tag == "hi":
                out += self.inlines(child, href, STYLES.get(child.get("rend", ""), style), skip)
            elif child.tag == "lb":
                out.append(Inline(" ", href, style))
            elif child.tag == "graphic" and child.get("inline"):
                out.append(Inline(f" {(child.get('alt') or '').strip()}", href, style))
            elif child.tag in PART_TAGS and self.settings.item_parts:
                _spaced(out, href, style)  # "1" over <head>Verifizierung</head>: "1 Verifizierung"
                out += self.inlines(child, href, style, skip)
                _spaced(out, href, style)
            else:
                out += self.inlines(child, href, style, skip)
            if child.tail:
                out.append(Inline(child.tail, href, style))
        return out

    def is_image_text(self, text: str, item: bool = False) -> bool:
        """A caption or alt text that trafilatura set as a paragraph (perhaps twice, with a
        gallery's "more" and "less"): nearly all its shingles are a caption's. A paragraph
        that only opens like a caption is the article's lead, which captions often repeat.
        A paragraph (not a list ``item``: a gallery's captions, set as its alt texts too) of
        two sentences or more that only an alt text holds is the article's (a picture
        described by the lead it illustrates, a recipe's step under its photo); a teaser's
        picture has its headline, no sentences, as its alt."""
        if not self.image_shingles or len(text) < IMAGE_KEY_CHARS:
            return False
        own = shingles(text)
        least = self.settings.caption_share * len(own)
        if len(own & (self.image_shingles if item else self.caption_shingles)) >= least:
            return True
        return len(own & self.image_shingles) >= least and len(split_sentences(text)) < ALT_PROSE_SENTENCES

    def is_disclosure(self, text: str) -> bool:
        """A short paragraph saying the page's links earn the site a commission: an affiliate
        disclosure, the site's notice above or inside the article, not the article's."""
        return is_disclosure(text, self.rules)

    def is_caption_below(self, node: etree._Element, text: str, out: list[Block]) -> bool:
        """A short line right under a picture that has no caption, not ending like a sentence
        or ending in a credit ('… / (C) Kab Niang'), or marked as its caption by the
        candidates' choice (access.clean.html.pick.captions.mark_captions), is its caption set as a
        paragraph."""
        before = node.getprevious()
        if before is None or before.tag != "graphic" or not out or not isinstance(out[-1], Figure):
            return False
        if out[-1].caption or not text or count_words(text) > self.settings.caption_beside:
            return False
        return self.rules.is_caption(text) or _set_in_italics(node) or bool(node.get(CAPTION))

    def is_loose_caption(self, text: str, words: int | None = None) -> bool:
        """A short line opening with a caption's label or closing with a picture's credit
        ('… mobilisieren. © Pferderevue'), or placing whom a picture shows ('Maria Tillessen
        (l.) und …'), wherever it stands: a caption the page set apart from its picture (or whose
        picture trafilatura dropped); longer when a picture's label opens it and a credit closes
        it ('Bild: Logo des … | © Springer', ``labelled_captions``). A text's own source line
        ('Quelle: kathpress', '© Reuters') is not one. (``words``: the line's count_words, if counted.)"""
        if not text or self.rules.is_text_source(text):
            return False
        words = count_words(text) if words is None else words
        return (words <= self.settings.caption_beside and self.rules.is_caption(text)) or (
            self.rules.places_people(text)) or (
            words <= self.settings.labelled_captions and self.rules.is_labelled_caption(text))

    def is_credit_again(self, text: str, words: int, out: list[Block]) -> bool:
        """A short line opening with a credit ('Quelle: jorisvo / Fotolia.com') that the
        caption or credit of a picture above already holds, wherever it stands: the page set the
        credit twice, in the caption and as a line a click-to-enlarge line or two away.
        (``words``: the line's count_words.)"""
        if not text or words > self.settings.caption_beside or not self.rules.opens_with_credit(text):
            return False
        key = text.casefold()
        return any(isinstance(b, Figure) and (key in b.caption.casefold() or key in b.credit.casefold())
                   for b in out)

    def is_caption_again(self, node: etree._Element, text: str, out: list[Block]) -> bool:
        """A line marked as a caption (access.clean.html.pick.captions.mark_captions), or with
        ``caption_again`` any line right under the picture (or under such lines), that the
        picture already has in its caption: the page set it twice, as the figure's caption and
        as lines under it ('Rust am Westufer des Neusiedler Sees.', '© WSNA'; too short for
        is_image_text)."""
        if not (text and out and isinstance(out[-1], Figure) and out[-1].caption):
            return False
        caption = out[-1].caption.casefold()
        return text.casefold() in caption and bool(
            node.get(CAPTION) or (self.settings.caption_again and _under_picture(node, caption)))

    def text_runs(self, node: etree._Element, skip: str = "") -> list[Inline]:
        """A block's inline runs, with the page's prose links put back."""
        return _merge(self.linker(_merge(self.inlines(node, skip=skip))))

    def paragraph(self, node: etree._Element, inlines: list[Inline]) -> Paragraph:
        """A paragraph; where the page left blank lines in it, its pieces are kept aside
        for split_blank_lines (its text unchanged: the passes after read it whole)."""
        pieces = _blank_line_pieces(node, self.blank_lines) if self.blank_lines else [node]
        if len(pieces) < 2 or plain(inlines) != plain(self.text_runs(node)):
            return Paragraph(inlines)  # one paragraph, or its end cut (a download's note)
        runs = [r for piece in pieces if plain(r := self.text_runs(piece)).strip()]
        paragraph = Paragraph(inlines)
        if len(runs) > 1:
            self.pieces[id(paragraph)] = (paragraph, runs)
        return paragraph

    def figure(self, node: etree._Element, beside: str = "") -> Figure | None:
        src = safe_url(node.get("src"), self.base, SAFE_IMAGES)
        key = urljoin(self.base, node.get("src") or "") if self.base else node.get("src") or ""
        caption, credit, label, _alt = self.captions.get(key, ("", "", "", ""))
        alt = (node.get("alt") or label or "").strip()
        caption = caption or beside or (node.get("title") or "").strip()
        if caption in self.seen_captions:
            caption = ""
        self.seen_captions.add(caption)
        if FILE_NAME.fullmatch(caption):
            caption = ""  # an image's file name, not a caption
        if FILE_NAME.fullmatch(alt) or self.alt_uses.get(alt, 0) >= MAX_ALT_REPEATS:
            alt = ""  # a file name, or one blurb set as the alt text of every picture
        if alt and alt.casefold() in (caption.casefold(), credit.casefold()):
            alt = caption if not caption else alt
            alt = "" if alt == caption else alt
        if not src and not caption:
            return None
        return Figure(src=src, alt=alt, caption=caption, credit=credit)

    def table(self, node: etree._Element) -> Table | None:
        header, rows = [], []
        for row in node.iter("row"):
            cells = [" ".join("".join(c.itertext()).split()) for c in row.findall("cell")]
            if not any(cells):
                continue
            is_head = all(c.get("role") == "head" for c in row.findall("cell"))
            (header if is_head and not rows else rows).append(cells)
        return Table(header=header, rows=rows) if rows or header else None

    def list_block(self, node: etree._Element) -> ListBlock | None:
        """A list with each item's own text; a nested list's items follow their parent item,
        one level deeper. An item left out (no text, or a picture's caption) is no level: the
        items inside it take its place."""
        found = [(item, self.text_runs(item, "list")) for item in node.iter("item")]
        kept = {item: runs for item, runs in found
                if plain(runs) and not self.is_image_text(plain(runs), item=True)}
        if not kept:
            return None
        ordered = node.get("rend") == "ol"
        levels = [sum(1 for above in item.iterancestors("item") if above in kept)
                  for item in kept]
        numbered = [item.getparent().get("rend") == "ol" if level else ordered
                    for item, level in zip(kept, levels, strict=True)]
        return ListBlock(ordered, list(kept.values()), levels, numbered)

    def loose_text(self, text: str | None) -> list[Block]:
        """Text standing loose between a container's blocks, as trafilatura leaves it, read as
        a paragraph of its own; unless it is a picture's credit or the page's dateline, which
        the page sets loose beside the picture or under the headline."""
        text = " ".join((text or "").split())
        if not text or self.rules.is_caption(text) or (
                count_words(text) <= MAX_DATELINE_WORDS and iso_date(text)):
            return []
        return [Paragraph(_merge(self.linker([Inline(text)])))]

    def blocks(self, parent: etree._Element) -> list[Block]:
        if not any(child.tag in BLOCK_TAGS for child in parent):
            return []  # inline markup only: the caller reads it as one paragraph
        out: list[Block] = self.loose_text(parent.text)
        for node in parent:
            tag = node.tag
            if tag == "p":
                graphics = list(node.iter("graphic"))
                if self.settings.inline_images and graphics and all(_within_text(g, node) for g in graphics):
                    for graphic in graphics:
                        graphic.set("inline", "1")
                    graphics = []  # pictures inside a sentence: formulas, symbols, emoji
                inlines = self.text_runs(node)
                text = plain(inlines)
                words = count_words(text)  # (read by several tests below)
                if self.settings.file_notes and words <= FILE_NOTE_WORDS and (note := FILE_NOTE.search(text)):
                    inlines = _cut_end(inlines, len(text) - note.start())
                    text = plain(inlines)
                    words = count_words(text)
                    if not text and not graphics:
                        continue  # 'mp3 (30 MB)': a download's type and size alone
                # (text ending in a question or an exclamation speaks to the reader: no caption)
                if graphics and words <= self.settings.caption_beside and not text.endswith(SPOKEN_ENDS):
                    out += [f for g in graphics if (f := self.figure(g, text))]
                    continue  # an image with its caption set as text beside it
                if self.is_image_text(text) or self.is_caption_again(node, text, out):
                    continue  # a figure's caption or alt text that trafilatura set as text
                if (self.classed and not graphics and text
                        and " ".join(text.split()).casefold() in self.classed):
                    if text in self.seen_captions:
                        continue  # the same caption under every picture: read once
                    self.seen_captions.add(text)
                    if out and isinstance(out[-1], Figure) and not out[-1].caption:
                        out[-1].caption = text  # the picture above it has none: its caption
                    else:
                        out.append(Figure(src="", alt="", caption=text, credit=""))
                    continue  # a caption the page classed as one, set as a paragraph
                if self.settings.credit_again and not graphics and self.is_credit_again(text, words, out):
                    continue  # 'Quelle: jorisvo / Fotolia.com', said by a picture's caption above
                if self.settings.credit_lines and not graphics and self.rules.is_credit(text):
                    continue  # a picture's credit set as a line of its own
                if self.settings.disclosures and self.is_disclosure(text):
                    continue  # 'This post contains affiliate links …': the site's, not the article's
                if self.settings.teaser_lines and is_teaser_line(inlines, self.labelled):
                    continue  # 'Lesen Sie auch: <another story's headline, linked>'
                if self.settings.caption_below and self.is_caption_below(node, text, out):
                    out[-1].caption = text
                    self.seen_captions.add(text)
                    continue
                if self.settings.loose_captions and not graphics and self.is_loose_caption(text, words):
                    out.append(Figure(src="", alt="", caption=text, credit=""))
                    continue  # a picture's caption the page set apart from its picture
                if text:
                    out.append(self.paragraph(node, inlines))
                out += [f for g in graphics if (f := self.figure(g))]
            elif tag == "head":
                text = " ".join("".join(node.itertext()).split())
                if text:
                    out.append(Heading(_level(node.get("rend")), text))
            elif tag == "list":
                listing = self.list_block(node)
                if listing:
                    out.append(listing)
            elif tag == "quote":
                inner = self.blocks(node) or [Paragraph(self.text_runs(node))]
                inner = [b for b in inner if b.text]
                if inner:
                    out.append(Quote(inner))
            elif tag == "graphic":
                figure = self.figure(node)
                if figure:
                    out.append(figure)
            elif tag == "table":
                table = self.table(node)
                if table:
                    out.append(table)
            elif tag == "code":
                text = "".join(node.itertext()).strip("\n")
                if text.strip():
                    out.append(Code(text))
            elif tag in ("div", "main"):
                out += self.blocks(node)
            out += self.loose_text(node.tail)
        return out


def is_teaser_line(inlines: list[Inline], labelled: frozenset[str] = frozenset()) -> bool:
    """A label and a colon, then another story's headline as one link ('Auch lesen: Diese 3
    Sternzeichen …', 'Dowiedz się więcej: …', '(También puede leer: …)'): a link to read on,
    set between paragraphs. ``labelled``: the page's links set so (links.page_links),
    which the article's prose links leave out."""
    text = plain(inlines)
    label = TEASER_LABEL.match(text)
    if not label:
        return False
    rest = " ".join(text[label.end():].split())
    if text.lstrip().startswith("(") and rest.endswith(")"):
        rest = rest[:-1].rstrip()  # the label opened a bracket that closes the line
    linked = " ".join("".join(i.text for i in inlines if i.href).split())
    return (count_words(rest) >= TEASER_WORDS and (rest in linked or rest in labelled)
            and not ADDRESS.match(rest))


def _opening(brk: etree._Element, tag: str) -> str:
    """The key the line after a line break ``brk`` is known by: its first characters, spaces
    aside (read on through inline elements up to the next break of its ``tag``), case folded."""
    text = "".join((brk.tail or "").split())
    node = brk.getnext()
    while node is not None and node.tag != tag and len(text) < BLANK_LINE_KEY_CHARS:
        text += "".join(f"{node.xpath('string()')}{node.tail or ''}".split())
        node = node.getnext()
    return text[:BLANK_LINE_KEY_CHARS].casefold()


def blank_line_openings(tree: lxml.html.HtmlElement) -> frozenset[str]:
    """The openings of the page's lines that follow a blank line (two ``<br>`` with only
    space between them): trafilatura keeps one line break of the two."""
    keys = set()
    for br in tree.iter("br"):
        after = br.getnext()
        if (after is None or after.tag != "br" or (br.tail or "").strip()
                or (br.getprevious() is None and not (br.getparent().text or "").strip())):
            continue
        if key := _opening(after, "br"):
            keys.add(key)
    return frozenset(keys)


def _blank_line_pieces(node: etree._Element, openings: frozenset[str]) -> list[etree._Element]:
    """A paragraph's copies, one for each stretch between its line breaks that open a
    line the page set after a blank line."""
    cuts = [i for i, child in enumerate(node) if child.tag == "lb" and _opening(child, "lb") in openings]
    if not cuts:
        return [node]
    pieces = []
    for start, end in zip([-1, *cuts], [*cuts, len(node)], strict=True):
        piece = etree.Element("p")  # from the paragraph's start (-1) or a break's text on
        piece.text = node.text if start < 0 else node[start].tail
        for child in node[start + 1:end]:
            piece.append(deepcopy(child))
        pieces.append(piece)
    return pieces


NUMBERED_QUESTION = re.compile(r"\d{1,2}[.)]\s+\S.*\?")  # "1. Was genau wird gestoppt …?"
QUESTION_HEAD_WORDS = 20  # ... a heading this short at most
SPEAKER_WORDS = 12  # a quote's last line set apart, naming who spoke, is this short at most
SPEAKER_DASH = re.compile(r"[—–-]\s*")  # "— Rodolfo Delgado"


def split_blank_lines(blocks: list[Block], pieces: Pieces, heads: bool = True,
                      speakers: bool = True) -> list[Block]:
    """Each paragraph the page set with blank lines (``<br><br>``) in it, split there: a
    CMS's paragraphs set apart by line breaks, not elements. Done last, once the passes
    that judge a paragraph whole (residue, pitches, teasers) have read it whole; a
    paragraph a pass rewrote stays whole. With ``heads``, a numbered question set apart over
    the next piece is its heading (a FAQ's "1. Was genau wird gestoppt …?"); with
    ``speakers``, a quote's short last piece in bold or after a dash is its attribution."""
    out: list[Block] = []
    above = 1  # the level of the last heading the page set
    for block in blocks:
        entry = pieces.get(id(block))
        if isinstance(block, Heading):
            above = block.level
        if isinstance(block, Quote):
            block = _quote_split(block, pieces, speakers)
        if entry is not None and entry[0] is block:
            runs = entry[1]
            out += [Heading(min(above + 1, 6), plain(piece).strip(), lang=block.lang, dir=block.dir)
                    if heads and i + 1 < len(runs) and _question_head(plain(piece).strip())
                    else Paragraph(_merge(piece), lang=block.lang, dir=block.dir)
                    for i, piece in enumerate(runs)]
        else:
            out.append(block)
    return out


def _question_head(text: str) -> bool:
    return bool(NUMBERED_QUESTION.fullmatch(text)) and count_words(text) <= QUESTION_HEAD_WORDS


def _quote_split(quote: Quote, pieces: Pieces, speakers: bool) -> Quote:
    """The quote with its paragraphs split at their blank lines; with ``speakers``, its last
    piece its attribution when it names who spoke: short, in bold or after a dash ("<b>Rodolfo
    Delgado</b>, Fiscal general"), ending no question or exclamation, not the only piece."""
    inner = split_blank_lines(quote.blocks, pieces, heads=False, speakers=speakers)
    last = quote.blocks[-1] if quote.blocks else None
    entry = pieces.get(id(last)) if last is not None else None
    if not (speakers and quote.attribution is None and entry is not None and entry[0] is last
            and len(inner) > 1 and isinstance(inner[-1], Paragraph)):
        return replace(quote, blocks=inner)
    said = inner[-1]
    text = " ".join(said.text.split())
    bold = bool(said.inlines) and said.inlines[0].style == "strong"
    dash = SPEAKER_DASH.match(text)
    if count_words(text) > SPEAKER_WORDS or not (bold or dash) or text.endswith(SPOKEN_ENDS):
        return replace(quote, blocks=inner)
    return replace(quote, blocks=inner[:-1], attribution=text[dash.end():] if dash else text)


def _cut_end(runs: list[Inline], chars: int) -> list[Inline]:
    """The runs (merged: their text is the paragraph's) without their last ``chars``
    characters (a download's note: the file's type and size, page.toml [files])."""
    return _merge(runs_before(runs, sum(len(run.text) for run in runs) - chars))


def _spaced(out: list[Inline], href: str | None, style: str | None) -> None:
    """A space closing ``out`` unless its text ends in one (or is none yet)."""
    if out and out[-1].text and not out[-1].text[-1].isspace():
        out.append(Inline(" ", href, style))


def _merge(runs: list[Inline]) -> list[Inline]:
    """Join neighbouring runs of the same kind and fold white space."""
    merged: list[Inline] = []
    for run in runs:
        text = " ".join(run.text.split())
        if run.text[:1].isspace():
            text = " " + text
        if run.text[-1:].isspace() and text.strip():
            text += " "
        if not text:
            continue
        if merged and (merged[-1].href, merged[-1].style) == (run.href, run.style):
            merged[-1].text += text
        else:
            merged.append(Inline(text, run.href, run.style))
    if merged:
        merged[0].text = merged[0].text.lstrip()
        merged[-1].text = merged[-1].text.rstrip()
    return [run for run in merged if run.text]


def _level(rend: str | None) -> int:
    if rend and len(rend) == 2 and rend[0] == "h" and rend[1].isdigit():
        return int(rend[1])
    return 3


def relevel(blocks: list[Block], title: str) -> list[Block]:
    """Drop a heading that repeats the title; map the rest onto 2, 3, … with no skipped level."""
    first_text = next((i for i, b in enumerate(blocks) if isinstance(b, Paragraph)), len(blocks))
    blocks = [b for i, b in enumerate(blocks)
              if not (isinstance(b, Heading) and i <= first_text and like_title(b.text, title))]
    stack: list[int] = []
    for block in blocks:
        if isinstance(block, Heading):
            while stack and stack[-1] >= block.level:
                stack.pop()
            stack.append(block.level)
            block.level = min(len(stack) + 1, 6)
    return blocks


def prose_headings(blocks: list[Block], words: int) -> list[Block]:
    """A heading of more than ``words`` words (a lead, an interview's question or a caption the
    page set in a heading tag) is read as a paragraph in bold: heading navigation would read a
    whole paragraph out. 0: none. Levels are made whole again (``relevel``) afterwards."""
    if not words:
        return blocks
    return [Paragraph([Inline(block.text, style="strong")], lang=block.lang, dir=block.dir)
            if isinstance(block, Heading) and count_words(block.text) > words else block
            for block in blocks]


def join_lone_items(blocks: list[Block]) -> list[Block]:
    """Lists of one item each right after one another, of one kind (numbered or not), are one
    list: a page setting each item in a list of its own (a block editor's list per step) would
    be read as so many lists of one item, each announced as a list."""
    joined: list[Block] = []
    run = False  # the last block kept is a list of such items
    for block in blocks:
        lone = isinstance(block, ListBlock) and len(block.items) == 1 and not block.levels
        last = joined[-1] if joined else None
        if (lone and run and isinstance(last, ListBlock) and (last.ordered, last.lang, last.dir)
                == (block.ordered, block.lang, block.dir)):
            joined[-1] = ListBlock(last.ordered, [*last.items, *block.items], lang=last.lang, dir=last.dir)
            continue
        joined.append(block)
        run = lone
    return joined


def drop_title_captions(blocks: list[Block], title: str) -> list[Block]:
    """A picture's caption that is the article's title again (the lead picture captioned with
    the headline) is no caption: it would be read twice. A figure left with nothing goes."""
    said = " ".join(title.casefold().split()).rstrip(".")
    kept: list[Block] = []
    for block in blocks:
        if said and isinstance(block, Figure) and " ".join(
                block.caption.casefold().split()).rstrip(".") == said:
            if not (block.src or block.credit):
                continue
            block = replace(block, caption="")
        kept.append(block)
    return kept


def _within_text(graphic: etree._Element, paragraph: etree._Element) -> bool:
    """Whether words stand on both sides of ``graphic`` in its paragraph: a formula or a
    symbol inside a sentence, not a picture with its caption beside it."""
    tail = graphic.tail
    graphic.tail = "\ue000" + (tail or "")  # a private-use mark, never in page text
    before, _, after = "".join(paragraph.itertext()).partition("\ue000")
    graphic.tail = tail
    return bool(WORD_CHAR.search(before) and WORD_CHAR.search(after))


def _under_picture(node: etree._Element, caption: str) -> bool:
    """Whether ``node`` stands right under a picture, or under lines that ``caption`` (casefolded)
    holds that stand right under it."""
    before = node.getprevious()
    while before is not None and before.tag == "p" and _text(before).casefold() in caption:
        before = before.getprevious()
    return before is not None and before.tag == "graphic"


def _set_in_italics(node: etree._Element) -> bool:
    """Whether all of a paragraph's text is in italics (as captions are often set)."""
    runs = [child for child in node if child.tag == "hi"]
    return (not (node.text or "").strip() and len(runs) == 1 and len(node) == 1
            and runs[0].get("rend") in ("#i", "#em") and not (runs[0].tail or "").strip())


def _text(node: etree._Element) -> str:
    return " ".join(" ".join(node.itertext()).split())


def figure_captions(tree: lxml.html.HtmlElement,
                    base: str) -> dict[str, tuple[str, str, str, str]]:
    """Each image's (caption, credit, aria-label, alt) from the page, keyed by its address
    (each address made absolute once: a page repeats a quarter of them, placeholders, icons)."""
    found: dict[str, tuple[str, str, str, str]] = {}
    absolute: dict[str, str] = {}
    for img in tree.iter("img"):
        src = img.get("src")
        if not src:
            continue
        address = absolute.get(src)
        if address is None:
            address = absolute[src] = urljoin(base, src) if base else src
        figure = next(img.iterancestors("figure"), None)
        caption, credit = "", ""
        node = next(figure.iter("figcaption"), None) if figure is not None else None
        if node is not None:
            credit = " ".join(_text(n) for n in node.iter()
                              if n is not node and CREDIT_CLASS.search(n.get("class") or ""))
            caption = _text(node)
            if credit and caption.endswith(credit):
                caption = caption[: -len(credit)].strip()
        label = _clean(img.get("aria-label"))
        found[address] = (caption, credit, label, _clean(img.get("alt")))
    return found


def class_captions(tree: lxml.html.HtmlElement, captioned: list[lxml.html.HtmlElement]) -> frozenset[str]:
    """The texts (casefolded, spaces joined) of the page's elements classed as captions
    ('media__caption', 'caption__small', 'wp-caption-text'), up to a caption long: those of
    ``captioned`` (found by prepare) still in ``tree``."""
    found = set()
    for element in captioned:
        if element is not tree and not any(above is tree for above in element.iterancestors()):
            continue  # gone with a box or a control
        text = " ".join(element.text_content().split()).casefold()
        if text and count_words(text) <= MAX_CLASS_CAPTION_WORDS:
            found.add(text)
    return frozenset(found)


def image_shingles(captions: dict[str, tuple[str, str, str, str]],
                   alt: bool = True) -> set[tuple[str, ...]]:
    """The 4-word shingles of every long caption, credit and (with ``alt``) alt text on the page."""
    found = {shingle for entry in captions.values() for text in (entry[0], entry[1])
             if len(text) >= IMAGE_KEY_CHARS for shingle in shingles(text)}
    return found | alt_shingles(captions) if alt else found


def alt_shingles(captions: dict[str, tuple[str, str, str, str]]) -> set[tuple[str, ...]]:
    """The 4-word shingles of every long alt text on the page."""
    return {shingle for entry in captions.values() if len(entry[3]) >= IMAGE_KEY_CHARS
            for shingle in shingles(entry[3])}


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


def _introduced_address(lines: list[str], kept: list[Block]) -> bool:
    """A web or mail address standing alone under a paragraph ending in a colon ('… sign
    this petition:'): the article gives it, where a footer's address is chrome."""
    return (len(lines) == 1 and bool(ADDRESS.fullmatch(lines[0].strip())) and bool(kept)
            and isinstance(kept[-1], Paragraph) and kept[-1].text.rstrip().endswith(":"))


def drop_residue(blocks: list[Block], rules: Rules, promo_ends: bool = False,
                 stop_before_most: bool = True, quotes: bool = True, quantities: bool = True) -> list[Block]:
    """Drop widget and share lines trafilatura kept, and everything after an article-ending
    line (copyright, comments, tags) once some prose has been kept. A share or newsletter
    promotion is dropped alone unless ``promo_ends`` (sites set them inside articles); so is
    an ending line with more prose after it than before (``stop_before_most``): a page's
    footer is never longer than its article, so that line was the article's own. A quote of
    widget lines alone goes too (``quotes``): an embedded post copied without its post. A
    fraction alone over a paragraph opening in lower case is that paragraph's quantity ("1/4"
    over "cup butter"), kept with ``quantities`` (alone, a gallery's counter goes)."""
    # paragraph words before each block, counted at the first ending line (most pages have none)
    before: list[int] | None = None
    kept: list[Block] = []
    for index, block in enumerate(blocks):
        if isinstance(block, Paragraph | ListBlock | Heading):
            lines = [line for line in block.text.splitlines() if line.strip()]
            if kept and any(isinstance(b, Paragraph) for b in kept) and lines and all(
                    rules.is_stop(line) and (promo_ends or not rules.is_promo(line))
                    for line in lines):
                if not stop_before_most:
                    break
                if before is None:
                    before = list(accumulate((count_words(b.text) if isinstance(b, Paragraph) else 0
                                              for b in blocks), initial=0))
                if before[-1] - before[index + 1] <= before[index]:
                    break
            # residue, inline residue, a stop or a soft stop (one match for the four tables)
            if (lines and all(map(rules.is_chrome, lines)) and not _introduced_address(lines, kept)
                    and not (quantities and _quantity(block, blocks[index + 1:index + 2]))):
                continue
        elif quotes and isinstance(block, Quote) and _chrome_quote(block, rules):
            continue  # an embedded post's link alone ("Sieh dir diesen Beitrag auf Instagram an")
        kept.append(block)
    return kept


def _quantity(block: Block, below: list[Block]) -> bool:
    """Whether ``block`` is a paragraph of a fraction alone over a paragraph opening in lower
    case: its quantity ("1/4" over "cup butter")."""
    return (isinstance(block, Paragraph) and bool(below) and isinstance(below[0], Paragraph)
            and is_quantity(block.text, below[0].text))


def _chrome_quote(quote: Quote, rules: Rules) -> bool:
    """Whether a quote holds only widget lines: an embedded post copied without its post."""
    if not all(isinstance(block, Paragraph) for block in quote.blocks):
        return False
    lines = [line for block in quote.blocks for line in block.text.splitlines() if line.strip()]
    return bool(lines) and all(map(rules.is_chrome, lines))
