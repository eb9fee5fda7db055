"""Parse a page and ready it for extraction: nested no deeper than page.toml's [limits] allow,
refused when larger than they allow, hidden elements out, lazy images given their
real address (page.toml's [images] table), formulas as text, empty inline boxes out (their
text after kept), text the extractors would drop
for its markup (loose after a box, in a caption outside any table, a div's running text
beside paragraphs) as paragraphs."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import lxml.etree
import lxml.html

from access.clean.html.depth import deeper_than, flattened
from access.clean.rules import Rules
from access.document.model import count_words
from access.errors import AccessError

RULES_FILE = Path(__file__).parents[1] / "rules" / "page.toml"
INLINE_TAGS = ("a", "abbr", "b", "cite", "code", "em", "font", "i", "mark", "q", "s", "small",
               "span", "strong", "sub", "sup", "time", "u")
# the inline tags trafilatura's precise pass deletes when empty, with the text after them
# (trafilatura.settings.CUT_EMPTY_ELEMS; its default pass keeps that text)
EMPTY_CUT_INLINE = ("b", "em", "i", "q", "span", "strong")
XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")  # XHTML pages; lxml refuses it in text
# '<script …/>' in an HTML page: a browser reads the script on to '</script>' (a tag's closing
# slash means nothing in HTML), libxml2 closes it there and shows the script's code as text
SELF_CLOSED_SCRIPT = re.compile(r"(<script\b[^>]*?)\s*/>", re.IGNORECASE)


def _html_parser(comments: bool = True) -> lxml.html.HTMLParser:
    """lxml.html's parser with its element classes chosen in C: lxml.html picks them in a
    Python call per element touched, a cost every later step (trafilatura's too) would pay.
    No one here uses the form-field classes it would otherwise pick for <form>, <input>…
    Without ``comments``, the page's comments and processing instructions are left out, the
    text after one joined to the text before it, as a reader sees it."""
    parser = lxml.html.HTMLParser(collect_ids=False, huge_tree=True,  # no id table: nothing looks ids up;
                                  remove_comments=not comments, remove_pis=not comments)
    # huge_tree: a page nested deeper than 255 elements keeps its text (libxml2 drops it by default)
    parser.set_element_class_lookup(lxml.etree.ElementDefaultClassLookup(
        element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment,
        pi=lxml.html.HtmlProcessingInstruction, entity=lxml.html.HtmlEntity))
    return parser


HTML_PARSER = _html_parser()
UNCOMMENTED_PARSER = _html_parser(comments=False)


@cache
def lazy_src_attributes(path: Path = RULES_FILE) -> tuple[str, ...]:
    """The attributes, in order of preference, that hold a lazy image's real address."""
    return tuple(tomllib.loads(path.read_text(encoding="utf-8"))["images"]["lazy_src"])


PAGE_RULES = tomllib.loads(RULES_FILE.read_text(encoding="utf-8"))  # read once: the constants below
LIMITS = PAGE_RULES["limits"]
COUNT_ELEMENTS = lxml.etree.XPath("count(//*)")
CROWDED_PARAGRAPHS = lxml.etree.XPath("//p[count(descendant::*) > $most]")


def _too_large(elements: int) -> AccessError:
    return AccessError(f"the page is too large to be an article: {elements:,} elements "
                       f"(at most {LIMITS['elements']:,})")


def refuse_too_large(tree: lxml.html.HtmlElement, at_most: int | None = None) -> None:
    """Refuse, in one line, a page too large for any article (page.toml [limits]): the
    extractors would take minutes on it. A page large enough for a crowded paragraph has
    that paragraph read as a box. ``at_most``: the elements the page had before its hidden
    ones went, if counted (most pages hold too few for either limit: no count then)."""
    if at_most is not None and at_most <= LIMITS["paragraph_elements"]:
        return
    elements = int(COUNT_ELEMENTS(tree))
    if elements > LIMITS["elements"]:
        raise _too_large(elements)
    if elements > LIMITS["paragraph_elements"]:
        crowded_paragraphs_as_boxes(tree)


def crowded_paragraphs_as_boxes(tree: lxml.html.HtmlElement) -> None:
    """A paragraph holding more elements than page.toml allows (a thousand names or links
    in one <p>) as a <div>: no article's paragraph holds that many, and trafilatura's search
    for paragraphs' text takes time in the square of them (a minute for 12,000 links)."""
    for paragraph in CROWDED_PARAGRAPHS(tree, most=LIMITS["paragraph_elements"]):
        paragraph.tag = "div"


def parse(markup: str, comments: bool = True) -> lxml.html.HtmlElement:
    """The page's tree, rewritten when nested too deep (without ``comments``: with none of
    the page's comments, ``UNCOMMENTED_PARSER``)."""
    parser = HTML_PARSER if comments else UNCOMMENTED_PARSER
    tags = markup.count("<")
    if tags > LIMITS["tags"]:  # refused before the parser builds a tree of millions
        raise _too_large(tags // 2)
    tree = _parse(markup, parser)
    if deeper_than(tree, LIMITS["depth"]):  # libxml2 read only the first 2,048 levels
        if tags > 2 * LIMITS["elements"]:
            raise _too_large(tags // 2)
        tree = _parse(flattened(markup, LIMITS["depth"]), parser)
    return tree


def _parse(markup: str, parser: lxml.html.HTMLParser = HTML_PARSER) -> lxml.html.HtmlElement:
    html = XML_DECLARATION.sub("", markup, count=1)
    if len(html) == len(markup):  # (in XHTML '<script …/>' is closed)
        html = SELF_CLOSED_SCRIPT.sub(r"\1>", html)
    try:
        return lxml.html.document_fromstring(html, parser=parser)
    except (lxml.etree.ParserError, ValueError) as error:
        raise AccessError(f"the page cannot be read as HTML ({error})") from error


MIN_HIDDEN_SLIDES = 2  # hidden siblings beside a shown one that make a set of slides, not tabs
ADDRESS = re.compile(PAGE_RULES["links"]["address"],
                     re.IGNORECASE)  # a web or mail address, as a link's whole text
FILE_NOTE = re.compile(PAGE_RULES["files"]["note"],
                       re.IGNORECASE)  # a download's type and size closing its line


# a class naming a picture's caption, in English, German, Italian, Spanish, French (searched in
# the class attribute lower-cased): drop_hidden collects its elements for blocks.class_captions
CAPTION_CLASS = re.compile(r"caption|bildunterschrift|didascalia|(?<![a-z])dida(?![a-z])|leyenda|l[ée]gende")
DIALOG_ROLES = frozenset(("dialog", "alertdialog"))


@dataclass
class Marked:
    """The elements drop_hidden's walk finds for the steps after it, in page order."""
    boxes: list[lxml.html.HtmlElement] = field(default_factory=list)  # class names a box (names_box)
    captions: list[lxml.html.HtmlElement] = field(default_factory=list)  # class names a caption
    dialogs: list[lxml.html.HtmlElement] = field(default_factory=list)  # role="dialog", "alertdialog"
    buttons: list[lxml.html.HtmlElement] = field(default_factory=list)  # role="button"
    # every element walked: kept, lxml's Python object for each stays made for the page's later
    # walks (lxml makes one at each visit of an element none is kept for: a quarter of a walk)
    every: list[lxml.html.HtmlElement] = field(default_factory=list)


def names_caption(folded: str) -> bool:
    """Whether a class attribute (lower-cased) names a picture's caption. (Substring tests
    first, one a word of CAPTION_CLASS holds: most attributes hold none.)"""
    return (("caption" in folded or "dida" in folded or "bildunter" in folded or "leyenda" in folded
             or "gende" in folded) and CAPTION_CLASS.search(folded) is not None)


def drop_hidden(tree: lxml.html.HtmlElement, rules: Rules, marked: Marked | None = None) -> int:
    """Remove what a reader never sees: hidden attributes, hidden classes and styles.
    (One walk with cheap tests first: it runs on every element of every page.) The number
    of elements walked, hidden ones too: refuse_too_large's bound. ``marked``, if given,
    collects in the same walk the elements whose class names a box beside the article
    (``names_box``; shown ones) or a caption (not hidden by its class), and the page's dialogs
    and buttons by their role (all: what a hidden element held goes with it)."""
    doomed = []
    # class attribute → whether it hides, names a box, names a caption: a page repeats a few hundred
    named: dict[str, tuple[bool, bool, bool]] = {}
    elements = list(tree.iter(lxml.etree.Element))  # (no element goes during the walk)
    if marked is not None:
        marked.every = elements
    for element in elements:
        get = element.get  # (each attribute read is the walk's cost: the class first, most often there)
        classes = get("class")
        if marked is not None and (role := get("role")) is not None:
            if role == "button":
                marked.buttons.append(element)
            elif role in DIALOG_ROLES:
                marked.dialogs.append(element)
        if classes:
            known = named.get(classes)
            if known is None:
                folded = classes.lower()
                known = named[classes] = (_hidden_class(classes.split(), rules),
                                          marked is not None and names_box(classes, rules, folded),
                                          marked is not None and names_caption(folded))
            if known[0]:
                doomed.append(element)
                continue
            if known[1] and element.tag not in UNBOXED_TAGS:
                marked.boxes.append(element)
            if known[2]:
                marked.captions.append(element)
        style = get("style")
        if ((style and rules.hidden_style_pattern.search(style))
                or get("hidden") is not None or get("aria-hidden") == "true"):
            doomed.append(element)
    hidden, sets = set(doomed), {}
    for element in doomed:
        if element.getparent() is None:
            continue
        if _a_slide(element, hidden, rules, sets):
            _show(element, rules)
        else:
            element.drop_tree()
    return len(elements)


def _show(element: lxml.html.HtmlElement, rules: Rules) -> None:
    """The element without its hiding classes and style (the extractors drop them too)."""
    element.set("class", " ".join(c for c in element.get("class", "").split()
                                  if c not in rules.hidden_classes))
    if rules.hidden_style_pattern.search(element.get("style") or ""):
        del element.attrib["style"]


def _a_slide(element: lxml.html.HtmlElement, hidden: set, rules: Rules,
             sets: dict) -> bool:
    """A hidden element with a shown sibling and another hidden one of its own tag and classes
    (hiding ones aside) is a slide of a set shown one at a time (a gallery article): a reader
    pages through all. (Two such siblings are more often tabs: one shown, one another view.)
    ``sets`` holds each parent's counts, read once (a menu may hide thousands of items)."""
    own = frozenset((element.get("class") or "").split()) - rules.hidden_classes
    if not own or element.get("aria-hidden") == "true" or element.get("hidden") is not None:
        return False  # hidden from screen readers too: not a slide to read
    parent = element.getparent()
    if parent not in sets:
        counts: dict = {}
        for sibling in parent.iterchildren(lxml.etree.Element):
            key = (sibling.tag, frozenset((sibling.get("class") or "").split()) - rules.hidden_classes)
            shown, slides = counts.get(key, (0, 0))
            counts[key] = (shown, slides + 1) if sibling in hidden else (shown + 1, slides)
        sets[parent] = counts
    shown, slides = sets[parent].get((element.tag, own), (0, 0))
    return shown > 0 and slides >= MIN_HIDDEN_SLIDES


def _hidden_class(classes: list[str], rules: Rules) -> bool:
    """A hiding class, unless another shows the element again on a wide screen (the width
    a saved page was read at): 'hidden lg:flex' is a desktop menu, or the article itself."""
    if rules.hidden_classes.isdisjoint(classes):
        return False
    shown = rules.shown_from_width_pattern.fullmatch
    return not any(shown(name) for name in classes)


CONTROL_WORDS = 4  # a button's label this short is a control's ('Bild anzeigen Bild schließen')


def drop_controls(buttons: list[lxml.html.HtmlElement]) -> None:
    """Remove the elements the page marks as buttons (``role="button"``, ``buttons``) whose
    text is a short label ('Bild anzeigen Bild schließen', 'teilen', 'Abbrechen'): a control's,
    not the article's. A longer one (an accordion's question) stays."""
    for element in buttons:
        if element.getparent() is not None and count_words(element.text_content()) <= CONTROL_WORDS:
            element.drop_tree()


def unlazy_images(tree: lxml.html.HtmlElement) -> None:
    """Give each lazily loaded image the address its loader script would have put in src."""
    attributes = lazy_src_attributes()
    for img in tree.iter("img"):
        present = img.keys()  # one read of the names: most images have none of these
        for name in attributes:
            if name not in present:
                continue
            value = (img.get(name) or "").strip()
            if value and not value.startswith("data:"):
                img.set("src", value)
                break


def math_as_text(tree: lxml.html.HtmlElement) -> None:
    """Each MathML formula as its text (its alttext, else its TeX annotation, else its
    symbols): the extractors drop <math>, and with it part of a sentence."""
    for math in list(tree.iter("math")):
        tex = next((a for a in math.iter("annotation") if "tex" in (a.get("encoding") or "")), None)
        text = math.get("alttext") or (tex.text_content() if tex is not None else "")
        if not text:
            text = " ".join("".join(n.text_content() for n in math if n.tag != "annotation").split())
        span = lxml.html.Element("span")
        span.text, span.tail = text.strip(), math.tail
        math.getparent().replace(math, span)


def address_paragraphs_as_text(tree: lxml.html.HtmlElement) -> None:
    """A paragraph that is one link showing its own web or mail address ('Petition:' then
    the petition's address) as plain text: trafilatura's precise pass drops a paragraph that
    is a single link, as a teaser; a link named by its address is one the article cites."""
    for link in tree.iter("a"):
        paragraph = link.getparent()
        if (paragraph is None or paragraph.tag != "p" or len(paragraph) != 1
                or (paragraph.text or "").strip() or (link.tail or "").strip()):
            continue  # (the link's text read last: most such links are a teaser's)
        if ADDRESS.fullmatch(link.text_content().strip()):
            link.drop_tag()


LOOSE_AFTER = ("div", "form", "figure", "table", "ul", "ol", "section", "aside", "blockquote")
LOOSE_PARENTS = frozenset(("div", "section", "article", "td", "main", "body"))
LOOSE_ENDS = frozenset((*LOOSE_AFTER, "p", "h1", "h2", "h3", "h4", "br"))  # the box after it
LOOSE_WORDS = 8  # loose text this long after a box is a paragraph of its own


def loose_text_as_paragraphs(tree: lxml.html.HtmlElement, lines: bool = False) -> None:
    """Text standing loose after a box (a player's form, a picture's div), up to the next
    box, as a paragraph: trafilatura's precise pass drops it where its default keeps it. With
    ``lines``, after a box holding a picture, the lines set under it with line breaks up to the
    next box are paragraphs too: an article's body set as loose text under its picture, of
    which the precise pass kept only the first line. (After another box, a post's header in a
    forum thread, posts made paragraphs lead the precise pass to keep the first post alone.)"""
    for box in list(tree.iter(*LOOSE_AFTER)):
        tail = box.tail  # (read first: most boxes have none, or only white space, after them)
        if not tail or tail.isspace() or count_words(tail) < LOOSE_WORDS:
            continue
        parent, after = box.getparent(), box.getnext()
        if (parent is None or parent.tag not in LOOSE_PARENTS
                or (after is not None and after.tag not in LOOSE_ENDS)):
            continue
        paragraph = lxml.html.Element("p")
        paragraph.text, paragraph.tail, box.tail = tail.strip(), "\n", None
        box.addnext(paragraph)
        if lines and after is not None and after.tag == "br" and next(box.iter("img"), None) is not None:
            _loose_lines(paragraph)


def _loose_lines(paragraph: lxml.html.HtmlElement) -> None:
    """Make the lines after ``paragraph`` (up to the next block), each after a line break
    (the inline elements in it with it), paragraphs of their own, as trafilatura reads lines
    set with line breaks outside a paragraph."""
    current, node = paragraph, paragraph.getnext()
    while node is not None and (node.tag == "br" or node.tag in INLINE_TAGS):
        after = node.getnext()
        if node.tag == "br":
            text = (node.tail or "").strip()
            node.getparent().remove(node)  # with the text after it, put in a paragraph
            if text or (after is not None and after.tag in INLINE_TAGS):
                fresh = lxml.html.Element("p")
                fresh.text, fresh.tail = text, "\n"
                current.addnext(fresh)
                current = fresh
        else:
            current.append(node)  # moved, with the text after it
        node = after


def stray_captions_as_paragraphs(tree: lxml.html.HtmlElement) -> None:
    """A ``caption`` outside any table (a slide's text set in one) as a paragraph: the
    extractors read ``caption`` as a table's and drop it elsewhere, with the slide's text."""
    for caption in list(tree.iter("caption")):
        if next(caption.iterancestors("table"), None) is None:
            caption.tag = "p"


def keep_inline_spaces(tree: lxml.html.HtmlElement) -> None:
    """Move the space between two inline elements (``<b>Name</b> <i>role</i>``) inside the
    first one: trafilatura drops a tail that is only white space, and glues the words."""
    for element in tree.iter(*INLINE_TAGS):
        tail = element.tail
        if not tail or tail.strip() or element.getnext() is None:
            continue
        last = element
        while len(last) and not last[-1].tail:
            last = last[-1]
        if len(last):
            last[-1].tail += " "
        else:
            last.text = (last.text or "") + " "


PROSE_DIV_WORDS = 12  # words of its own a div needs to be read as a paragraph of running text
OUTSIDE_WORDS = 3  # ... of them outside its inline elements (a div's text all in a span is read whole)
# the paragraph text past which trafilatura's precise pass reads no div as a paragraph (its
# MIN_EXTRACTED_SIZE): below it, turning some divs into paragraphs would lose the others' text
PARAGRAPH_MODE_CHARS = 250
PROSE_DIV_INSIDE = frozenset((*INLINE_TAGS, "br", "img", "wbr"))  # what such a div may hold
SENTENCE_END = re.compile(r"[.!?…:][\"'»«“”)]*(?:\s|$)")


def prose_divs_as_paragraphs(tree: lxml.html.HtmlElement) -> None:
    """A div holding a paragraph's running text, with no box inside it (only inline elements
    and line breaks), beside paragraphs, as a ``p`` (readability reads such a div so):
    where the page has text in paragraphs, trafilatura's precise pass skips a div's own text
    and makes paragraphs of the text after each inline element in it, gluing words ('Team
    <b>Speedlink </b>oder' read as 'Speedlinkoder'). Only prose: words of its own (outside
    links) at least PROSE_DIV_WORDS and a sentence's end, not opening with a link (a teaser's
    headline and blurb), beside a paragraph in its parent (divs of text with no paragraph
    beside them are a notice's, a widget's or teasers more often than the article's; turning
    them into paragraphs, trafilatura would lose the text of the divs left). The divs of text
    beside them in that parent, shorter ones too, are paragraphs then. Only on a page whose
    paragraphs hold PARAGRAPH_MODE_CHARS of text: on others trafilatura reads divs whole."""
    among = []  # (the parents of paragraphs looked at, not every div: pages hold many more divs)
    for parent in dict.fromkeys(p.getparent() for p in tree.iter("p")):  # (in page order)
        if parent is None or parent.tag in PROSE_DIV_INSIDE or parent.tag == "p":
            continue
        found = [div for div in parent.iterchildren("div") if _prose_div(div)]
        if found and any(_has_text(child) for child in parent.iterchildren("p")):
            among.append((parent, found))
    if not among or _paragraph_chars(tree) < PARAGRAPH_MODE_CHARS:
        return  # (on a page of few paragraphs trafilatura reads the divs as paragraphs already)
    for parent, found in among:
        for div in parent.iterchildren("div"):  # its shorter lines too ('<b>1. Platz</b> AaS')
            if div in found or _inline_text(div):
                div.tag = "p"


def _inline_text(div: lxml.html.HtmlElement) -> bool:
    """Whether ``div`` holds only inline elements and line breaks, and text outside them
    (which trafilatura's precise pass would lose, or glue to the element before it)."""
    if not (div.text or "").strip() and not any((c.tail or "").strip() for c in div):
        return False
    return all(not isinstance(e.tag, str) or e.tag in PROSE_DIV_INSIDE for e in div.iterdescendants())


def _has_text(element: lxml.html.HtmlElement) -> bool:
    return bool(element.text_content().strip())


def _prose_div(div: lxml.html.HtmlElement) -> bool:
    """Whether ``div`` holds only inline elements and running text of its own, not opening
    with a link. (Its text outside its children read first: most divs hold none.)"""
    outside = " ".join([div.text or "", *(child.tail or "" for child in div)])
    if outside.isspace() or not outside or count_words(outside) < OUTSIDE_WORDS:
        return False
    own = [div.text or ""]
    opening = not own[0].strip()  # no text yet: a link now opens the div
    for child in div:
        if not isinstance(child.tag, str):
            own.append(child.tail or "")
            continue
        if child.tag not in PROSE_DIV_INSIDE:
            return False
        if len(child) and any(isinstance(e.tag, str) and e.tag not in PROSE_DIV_INSIDE
                              for e in child.iterdescendants()):
            return False
        words = child.text_content()
        if opening and words.strip():
            if child.tag == "a" or child.find(".//a") is not None:
                return False
            opening = False
        if child.tag != "a":
            own.append(words)
        own.append(child.tail or "")
        opening = opening and not (child.tail or "").strip()
    text = " ".join(own)
    return count_words(text) >= PROSE_DIV_WORDS and SENTENCE_END.search(text) is not None


# the list items holding a div or a paragraph (each the nearest item around one): found by
# libxml2 in one pass with no test per element (a walk in Python over every item of a page's
# menus, or an XPath test per item, cost several times as much)
BLOCK_ITEMS = lxml.etree.XPath("//li//div/ancestor::li[1] | //li//p/ancestor::li[1]")
ITEM_NESTED = ("ul", "ol", "dl", "li", "table")  # an item holding one of these is not looked at


def item_blocks_apart(tree: lxml.html.HtmlElement) -> None:
    """Open each block of text in a list item that has text before it in the item (a recipe
    step's description under its number) with a line break: trafilatura trims each block's
    text in an item and strips the divs, gluing the words ('<div>1</div><div>Heat oven</div>'
    or '<span>1</span><div>Heat oven</div>' read as '1Heat oven'; its issue #661), where it
    keeps a break that text follows. A block: a div opening with text, after any text; a
    paragraph opening with text, after another block (after a heading or a link, in a teaser's
    card, a break led its pick astray). Not in an item holding a list or a table
    (trafilatura reads those as blocks of their own)."""
    for item in BLOCK_ITEMS(tree):
        if next(item.iterdescendants(*ITEM_NESTED), None) is not None:
            continue
        blocks = [e for e in item.iterdescendants("div", "p") if _own_text_first(e)]
        if blocks and (blocks[0].tag != "div" or not _text_before(item, blocks[0])):
            blocks = blocks[1:]
        for block in blocks:
            block.insert(0, block.makeelement("br"))
            block[0].tail, block.text = block.text, None


def _text_before(item: lxml.html.HtmlElement, element: lxml.html.HtmlElement) -> bool:
    """Whether ``item`` holds text before ``element`` (one of its descendants)."""
    if (item.text or "").strip():
        return True
    around = set(element.iterancestors())  # (their tails come after it)
    for node in item.iterdescendants():
        if node is element:
            return False
        if ((isinstance(node.tag, str) and (node.text or "").strip())  # (a comment's is not the page's)
                or (node not in around and (node.tail or "").strip())):
            return True
    return False


def _own_text_first(element: lxml.html.HtmlElement) -> bool:
    """Whether ``element`` opens with text of its own or an inline element holding text."""
    if (element.text or "").strip():
        return True
    first = element[0] if len(element) else None
    return first is not None and first.tag in INLINE_TAGS and any(
        text.strip() for text in first.itertext())


def empty_inline_out(tree: lxml.html.HtmlElement) -> None:
    """Drop each empty inline element (a hidden formula's or an icon's box, emptied when its
    hidden content went out) that has text after it, keeping that text: trafilatura's precise
    pass deletes such an element with the text after it ('Given a set of <span></span>
    high-dimensional objects' read as 'Given a set of'), its default pass keeps the text."""
    for element in [e for e in tree.iter(*EMPTY_CUT_INLINE)
                    if e.text is None and not len(e) and e.tail and e.tail.strip()]:
        element.drop_tree()  # lxml.html joins the tail to the text before it


def prepare(markup: str, rules: Rules, *, math: bool = True, boxes: bool = True, lines: bool = True,
            controls: bool = True, dialogs: bool = True, prose_divs: bool = True,
            item_blocks: bool = True, comments: bool = True,
            captioned: list[lxml.html.HtmlElement] | None = None,
            kept: list[lxml.html.HtmlElement] | None = None) -> lxml.html.HtmlElement:
    """The page parsed, without hidden elements, the boxes beside the article that their
    class names (``boxes``), its dialogs (``dialogs``; dropped as boxes are: one holding a
    third of the page's paragraph text or more is the article, and stays) and the short labels
    of its controls (``controls``), with real image addresses, formulas as text (``math``) and
    the lines set loose under a picture as paragraphs (``lines``), a div of running text
    with no box inside as a paragraph (``prose_divs``), the blocks of text in a list item
    apart (``item_blocks``), without its comments unless ``comments`` (trafilatura's precise
    pass drops the text after one: ``parse``). ``captioned``, if given,
    gets the elements whose class names a caption (some may go in later steps); ``kept``, if
    given, every element of the page as parsed: held while the page is read, each later walk
    of it finds the elements' Python objects made (``Marked.every``)."""
    tree = parse(markup, comments)
    marked = Marked()
    walked = drop_hidden(tree, rules, marked)
    found = (marked.boxes if boxes else []) + (marked.dialogs if dialogs else [])
    if found:
        drop_boxes(tree, found)
    if controls:
        drop_controls(marked.buttons)
    if captioned is not None:
        captioned += marked.captions
    if kept is not None:
        kept += marked.every
    refuse_too_large(tree, walked)  # what is left for the extractors
    unlazy_images(tree)
    address_paragraphs_as_text(tree)
    loose_text_as_paragraphs(tree, lines)
    if prose_divs:
        prose_divs_as_paragraphs(tree)
    if item_blocks:
        item_blocks_apart(tree)
    stray_captions_as_paragraphs(tree)
    keep_inline_spaces(tree)
    if math:
        math_as_text(tree)
    empty_inline_out(tree)
    return tree


NAME_WORDS = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")  # camelCase, kebab-case, snake_case words
# the page and a table's parts (a layout table's column named 'sidebar': without it the
# extractors read the table's other cells as a data table's)
UNBOXED_TAGS = frozenset(("html", "body", "tr", "td", "th", "thead", "tbody", "tfoot"))
BOX_PROSE_SHARE = 1 / 3  # a box holding this share of the page's paragraph text is the article's
PARAGRAPH_TEXT = lxml.etree.XPath(".//p//text()", smart_strings=False)
SHOWN_TEXT = lxml.etree.XPath(".//text()[not(parent::script or parent::style)]", smart_strings=False)


def name_words(name: str) -> list[str]:
    """The words of one class or id name, lower-case: 'TestReport__AuthorBox' → test, report,
    author, box."""
    return [w.lower() for w in NAME_WORDS.findall(name)]


def names_box(names: str, rules: Rules, folded: str | None = None) -> bool:
    """Whether one of the class names in ``names`` (``folded``: lower-cased, if done) names a
    box beside the article. (One search for the entries' first words first: most names hold
    none, and splitting every name into words was most of the time.)"""
    hint = rules.box_hint_pattern.search
    folded = names.lower() if folded is None else folded
    if not hint(folded):
        return False
    for name in names.split():
        if not hint(name.lower()):
            continue
        words = name_words(name)
        if words and words[0] not in rules.box_modifiers and any(
                _holds(words, entry) for entry in rules.box_names if entry[0] in words):
            return True
    return False


def _holds(words: list[str], entry: tuple[str, ...]) -> bool:
    """Whether ``entry``'s words stand in ``words`` in a row ('author box' in 'author-box--content',
    not in 'OpinionBox__Author': the opinion's author)."""
    size = len(entry)
    if size == 1:
        return True  # (its word is in ``words``: the caller asked)
    return any(tuple(words[i:i + size]) == entry for i in range(len(words) - size + 1))


def _paragraph_chars(element: lxml.html.HtmlElement) -> int:
    return sum(map(len, PARAGRAPH_TEXT(element)))


def _in_running_text(element: lxml.html.HtmlElement) -> bool:
    """An inline element with text beside it ('… hol dir meinen <a class="newsletter-popup">
    Newsletter</a>!'): its words are part of a sentence."""
    if element.tag not in INLINE_TAGS:
        return False
    parent = element.getparent()
    return bool((element.tail or "").strip() or (parent is not None and (parent.text or "").strip()))


def drop_boxes(tree: lxml.html.HtmlElement, found: list[lxml.html.HtmlElement]) -> None:
    """Remove the boxes beside the article that their class names (``found`` by drop_hidden;
    residue.toml's [page] boxes: the writer's box, a newsletter's, related stories, share bars),
    whatever the case and the way the words are joined ('TestReport__AuthorBox'): trafilatura
    reads a few such names, case-sensitive, readability fewer. A box holding a third of the
    page's paragraph text or more is the article itself ('entry themeform share'), and stays;
    so do an empty box (icons: its neighbours are read as they were) and a link in a sentence."""
    if not found:
        return
    page: int | None = None  # the page's paragraph text, counted when first asked (before any drop)
    dropped: set[lxml.html.HtmlElement] = set()
    for element in found:
        if element.getparent() is None or any(a in dropped for a in element.iterancestors()):
            continue  # gone with a hidden element, or inside a box dropped already
        if _in_running_text(element) or not any(t.strip() for t in SHOWN_TEXT(element)):
            continue  # (these tests first: most boxes found are empty)
        if page is None:
            body = tree.find("body")
            page = _paragraph_chars(tree if body is None else body)
        if page and _paragraph_chars(element) >= BOX_PROSE_SHARE * page:
            continue
        dropped.add(element)
        element.drop_tree()
