"""trafilatura's content search (``main_extractor.extract_content``) for the precise pass, with
the same result in less work.

Its XPath expressions test ids and classes with ``re:test``, a Python call for each element of
the tree (two to four per element: two thirds of the search's time). Here each expression with
``re:test`` is a ``Search``: a walk reads the few attributes the expression names, with
Python's re (lxml's ``re:test`` is Python's re) where a ``re:test`` of one attribute decides,
and tries the expression, as a test of one element, only where another test could pass (a
handful of elements). Its content search also copies the whole tree before it starts, a backup read only
when it finds too little text; here that tree is built again in that case (``again``).
``_extract`` and ``prune_unwanted_sections`` are trafilatura's, with the Searches in place of
its expressions. tests/clean/test_html_trafilatura.py checks that the result is
``bare_extraction``'s and that each Search selects what its expression selects.

Adapted from trafilatura 2.3 (main_extractor.py), copyright Adrien Barbaresi and contributors,
under the Apache License 2.0 (https://www.apache.org/licenses/LICENSE-2.0).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml import etree
from lxml.etree import Element, strip_elements, strip_tags
from lxml.html import HtmlElement
from trafilatura.htmlprocessing import (
    delete_by_link_density,
    link_density_test_tables,
    process_node,
    prune_unwanted_nodes,
)
from trafilatura.main_extractor import (
    INLINE_FORMATTABLE,
    MIN_DUPLICATE_LENGTH,
    NOT_AT_THE_END,
    REBUILT_BLOCKS,
    SPACING_PROTECTED,
    TAG_CATALOG,
    _elem_text,
    handle_textelem,
    recover_wild_text,
)
from trafilatura.settings import Extractor
from trafilatura.utils import text_chars_test
from trafilatura.xml import delete_element
from trafilatura.xpaths import (
    BODY_XPATH,
    DISCARD_IMAGE_ELEMENTS,
    OVERALL_DISCARD_XPATH,
    PRECISION_DISCARD_XPATH,
    REGEXP_NS,
    TEASER_DISCARD_XPATH,
)

ATTRIBUTES = r"@[\w-]+(?:\|@[\w-]+)*"
# the tests an expression makes of its attributes, each passed only where its attribute is
# present and holds its literal or matches its pattern (unless that literal or pattern is empty)
TERM = re.compile(rf"""
    re:test\((?P<r>{ATTRIBUTES}),\s*'(?P<pattern>[^']*)'(?:,\s*'(?P<flags>i?)')?\)
  | contains\(translate\((?P<t>@[\w-]+),\s*'[^']*',\s*'[^']*'\),\s*'(?P<tlit>[^']*)'\)
  | (?:contains|starts-with)\((?P<c>{ATTRIBUTES}),\s*'(?P<clit>[^']*)'\)
  | (?P<e>@[\w-]+)='(?P<elit>[^']*)'
  | (?P<p>@[\w-]+)
""", re.VERBOSE)
SPACES = re.compile(r"\s+")
FORM = re.compile(r"\.//\*(?:\[(?P<tags>self::\w+(?: or self::\w+)*)\])?\[(?P<condition>.*)\]")


def squeezed(path: str) -> str:
    """``path`` with each run of white space outside its string literals one space."""
    parts = path.split("'")
    return "'".join(part if i % 2 else SPACES.sub(" ", part) for i, part in enumerate(parts)).strip()


class Search:
    """An expression ``.//*[self::a or self::b][condition]`` (or the first it selects:
    ``(…)[1]``, ``…[1]``) whose condition is a disjunction of attribute tests (TERM), evaluated
    by reading the attributes it names. A ``re:test`` of one attribute decides alone: its
    pattern is Python's re, as in lxml's. An element another test could pass (its attribute
    holds the literal compared, in any case: a superset of equal, contains, starts-with,
    translate; or a value matches the pattern of a ``re:test`` of two attributes, which reads
    only the first present) has the expression tried on it. An expression of another form
    raises ValueError (trafilatura changed: check it)."""

    def __init__(self, xpath: etree.XPath) -> None:
        path = squeezed(xpath.path)
        self.first = False
        if path.startswith("(") and path.endswith(")[1]"):
            path, self.first = path[1:-4], True
        elif path.endswith("][1]"):  # the first among its siblings: in document order, the first
            path, self.first = path[:-3], True
        form = FORM.fullmatch(path)
        if form is None:
            raise ValueError(f"not a search of the form .//*[…]: {path[:60]}")
        condition = form["condition"]
        if TERM.sub("", condition).replace(" or ", "").strip():
            raise ValueError(f"a test Search does not read: {condition[:80]}")
        self.tags = tuple(tag.removeprefix("self::") for tag in form["tags"].split(" or ")) \
            if form["tags"] else (etree.Element,)
        # attribute → the patterns of its tests that decide (re:test of it alone: the condition
        # holds where one matches), and those of the others (its value matches one where it passes)
        sure: dict[str, list[str]] = {}
        loose: dict[str, list[str]] = {}
        self.everything = False  # a test that passes an element without the attribute
        for term in TERM.finditer(condition):
            if term["r"]:
                pattern = f"(?i:{term['pattern']})" if term["flags"] else f"(?:{term['pattern']})"
                self.everything |= re.search(pattern, "") is not None
                names = term["r"]  # (of two, re:test reads the first the element has)
                kind = sure if "|" not in names else loose
            else:
                names = term["t"] or term["c"] or term["e"] or term["p"]
                literal = term["tlit"] or term["clit"] or term["elit"] or ""
                self.everything |= bool(term["tlit"] is not None or term["c"]) and not literal
                pattern, kind = f"(?i:{re.escape(literal)})", loose  # any case: a superset of translate's
            for name in names.split("|"):
                kind.setdefault(name.removeprefix("@"), []).append(pattern)
        self.checks = tuple((name, _search(sure.get(name)), _search(loose.get(name)))
                            for name in {**sure, **loose})
        self.test = etree.XPath("self::*" + path.removeprefix(".//*"), namespaces={"re": REGEXP_NS})

    def __call__(self, tree: etree._Element) -> list[etree._Element]:
        """What the expression selects in ``tree``, in document order: an element one of whose
        attributes passes a deciding test, or one that could pass another and that the
        expression, tried on it, selects."""
        found = []
        for element in tree.iterdescendants(*self.tags):
            get = element.get
            selected, ask = False, self.everything
            for name, sure, loose in self.checks:
                value = get(name)
                if value is not None:
                    if sure is not None and sure(value):
                        selected = True
                        break
                    ask = ask or (loose is not None and loose(value) is not None)
            if selected or (ask and self.test(element)):
                found.append(element)
                if self.first:
                    break
        return found


def _search(patterns: list[str] | None) -> Callable[[str], re.Match | None] | None:
    """One search for any of ``patterns``, if any."""
    return re.compile("|".join(patterns)).search if patterns else None


def fast(expressions: list[etree.XPath]) -> list[etree.XPath | Search]:
    """Each expression testing attributes with ``re:test`` as a Search; the others as they are
    (their tests run in C)."""
    return [Search(xpath) if "re:test" in xpath.path else xpath for xpath in expressions]


FAST_BODY = fast(BODY_XPATH)
FAST_OVERALL = fast(OVERALL_DISCARD_XPATH)
FAST_IMAGE = fast(DISCARD_IMAGE_ELEMENTS)
FAST_TEASER = fast(TEASER_DISCARD_XPATH)
FAST_PRECISION = fast(PRECISION_DISCARD_XPATH)


def prune_unwanted_sections(tree: HtmlElement, potential_tags: set[str], options: Extractor,
                            keep_teasers: bool = False) -> HtmlElement:
    """trafilatura's (main_extractor), with the Searches."""
    favor_precision = options.focus == "precision"
    tree = prune_unwanted_nodes(tree, FAST_OVERALL, with_backup=True)
    if "graphic" not in potential_tags:
        tree = prune_unwanted_nodes(tree, FAST_IMAGE)
    if options.focus != "recall":
        if not keep_teasers:
            tree = prune_unwanted_nodes(tree, FAST_TEASER)
        if favor_precision:
            tree = prune_unwanted_nodes(tree, FAST_PRECISION)
    for _ in range(2):
        tree = delete_by_link_density(tree, "div", backtracking=True, favor_precision=favor_precision)
        tree = delete_by_link_density(tree, "list", backtracking=False, favor_precision=favor_precision)
        tree = delete_by_link_density(tree, "p", backtracking=False, favor_precision=favor_precision)
    if "table" in potential_tags or favor_precision:
        boilerplate_tables = [elem for elem in tree.iter("table") if link_density_test_tables(elem) is True]
        for elem in boilerplate_tables:
            delete_element(elem, keep_tail=False)
    if favor_precision:
        while len(tree) > 0 and (tree[-1].tag == "head"):
            delete_element(tree[-1], keep_tail=False)
        tree = delete_by_link_density(tree, "head", backtracking=False, favor_precision=True)
        tree = delete_by_link_density(tree, "quote", backtracking=False, favor_precision=True)
    strip_tags(tree, "span", *(() if "ref" in potential_tags else ("ref",)))
    return tree


def _extract(tree: HtmlElement, options: Extractor) -> tuple[etree._Element, str, set[str]]:
    """trafilatura's (main_extractor), with the Searches."""
    potential_tags = set(TAG_CATALOG)
    if options.tables is True:
        potential_tags.update(["table", "td", "th", "tr"])
    if options.images is True:
        potential_tags.add("graphic")
    if options.links is True:
        potential_tags.add("ref")
    result_body = Element("body")
    for expr in FAST_BODY:
        subtree = next((s for s in expr(tree) if s is not None), None)
        if subtree is None:
            continue
        subtree = prune_unwanted_sections(subtree, potential_tags, options)
        if len(subtree) == 0:
            continue
        ptest = subtree.xpath("//p//text()")
        factor = 1 if options.focus == "precision" else 3
        if not ptest or len("".join(ptest)) < options.min_extracted_size * factor:
            potential_tags.add("div")
        subelems = subtree.xpath(".//*")
        tags = {e.tag for e in subelems}
        if tags == {"lb"} or (subtree.tag == "div" and "div" in potential_tags
                              and tags <= INLINE_FORMATTABLE | {"lb"}):
            subelems = [subtree]
        lead, start = None, len(result_body)
        if subelems != [subtree] and text_chars_test(subtree.text):
            lead = Element("p")
            lead.text = subtree.text
            lead = process_node(lead, options)
        for elem in subelems:
            if elem.getroottree().getroot() is result_body:
                continue
            tag, tail = elem.tag, elem.tail
            processed_elem = handle_textelem(elem, potential_tags, options)
            if processed_elem is not None:
                result_body.append(processed_elem)
                if elem.getroottree().getroot() is not result_body:
                    elem.tag = "done"
            if tag in REBUILT_BLOCKS and text_chars_test(tail) and (
                    processed_elem is None or processed_elem.tail is None):
                tail_elem = Element("p")
                tail_elem.text = tail
                if process_node(tail_elem, options) is not None:
                    result_body.append(tail_elem)
        while len(result_body) > 0 and (result_body[-1].tag in NOT_AT_THE_END):
            delete_element(result_body[-1], keep_tail=False)
        if sum(e.tag != "graphic" for e in result_body) > 1:
            if lead is not None:
                result_body.insert(start, lead)
            break
    temp_text = " ".join(result_body.itertext()).strip()
    return result_body, temp_text, potential_tags


def extract_content(cleaned_tree: HtmlElement, options: Extractor,
                    again: Callable[[], HtmlElement]) -> tuple[etree._Element, str]:
    """trafilatura's (main_extractor), with the Searches; ``again()`` builds ``cleaned_tree``
    anew, as it was before this search changed it (trafilatura's backup copy, made only if
    the search finds too little)."""
    order = list(cleaned_tree.iter())
    result_body, temp_text, potential_tags = _extract(cleaned_tree, options)
    if len(result_body) == 0 or len(temp_text) < options.min_extracted_size:
        backup_tree = again()
        consumed = {twin for elem, twin in zip(order, backup_tree.iter(), strict=True) if elem.tag == "done"}
        result_body = recover_wild_text(backup_tree, result_body, options, potential_tags, consumed)
        temp_text = " ".join(result_body.itertext()).strip()
    previous = None
    for el in list(result_body):
        current = _elem_text(el)
        if current and current == previous and len(current) > MIN_DUPLICATE_LENGTH:
            delete_element(el, keep_tail=False)
        else:
            previous = current
    strip_elements(result_body, "done")
    strip_tags(result_body, "div")
    for linebreak in result_body.iter("lb"):
        if (linebreak.tail and not text_chars_test(linebreak.tail)
                and not any(anc.tag in SPACING_PROTECTED for anc in linebreak.iterancestors())):
            linebreak.tail = None
    return result_body, temp_text
