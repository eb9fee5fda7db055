"""Pages nested deeper than any article: rewritten so that no element sits deeper than a limit,
keeping every word, as browsers do (Blink stops nesting at 512 and puts deeper elements beside
the last one). libxml2 stops reading at 2,048 levels and drops the rest of the page; the
extractors recurse once or twice a level and break Python's stack near 250 levels of lists."""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser

import lxml.etree

VOID = frozenset(("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                  "param", "source", "track", "wbr"))
SELF_CLOSING = frozenset(("p", "li", "dt", "dd", "tr", "td", "th", "option"))  # by their own tag
CLOSES_P = frozenset(("address", "article", "aside", "blockquote", "div", "dl", "fieldset",
                      "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
                      "main", "nav", "ol", "pre", "section", "table", "ul"))


def deeper_than(tree: lxml.etree._Element, limit: int) -> bool:
    """Whether an element sits more than ``limit`` levels below the root (one XPath, in C)."""
    return bool(_path(limit)(tree))


_PATHS: dict[int, lxml.etree.XPath] = {}


def _path(limit: int) -> lxml.etree.XPath:
    if limit not in _PATHS:
        _PATHS[limit] = lxml.etree.XPath("boolean(/*" + "/*" * limit + ")")
    return _PATHS[limit]


@dataclass
class _Open:
    tag: str
    filled: bool = False  # holds text or an element of its own
    merged: int = 0  # start tags of the same name folded into this one (a wrapper chain)


class _Flattener(HTMLParser):
    """Markup in, the same markup out, but for two rewrites: a chain of same-named wrappers
    (``<div><div><div>…``) is one element, and an element that would sit deeper than ``limit``
    is put beside the deepest open one instead. Other text passes through unchanged."""

    def __init__(self, limit: int) -> None:
        super().__init__(convert_charrefs=False)
        self.limit, self.out, self.stack = limit, [], []
        self.orphans: dict[str, int] = {}  # end tags to drop: their element was closed early

    def handle_starttag(self, tag: str, attrs) -> None:
        raw = self.get_starttag_text() or f"<{tag}>"
        top = self.stack[-1] if self.stack else None
        if top is not None and top.tag == tag and not top.filled and tag not in VOID:
            top.merged += 1  # a wrapper straight inside one of its own name: one element
            return
        if top is not None:
            top.filled = True
        if tag in VOID:
            self.out.append(raw)
            return
        self._close_implied(tag)
        if len(self.stack) >= self.limit:
            closed = self.stack.pop()
            self.out.append(f"</{closed.tag}>")
            self.orphans[closed.tag] = self.orphans.get(closed.tag, 0) + 1 + closed.merged
        self.stack.append(_Open(tag))
        self.out.append(raw)

    def _close_implied(self, tag: str) -> None:
        """Pop what the HTML parser closes by itself: a paragraph before a block, a list item
        before the next one."""
        while self.stack and ((tag in SELF_CLOSING and self.stack[-1].tag == tag)
                              or (tag in CLOSES_P and self.stack[-1].tag == "p")):
            self.stack.pop()

    def handle_startendtag(self, tag: str, attrs) -> None:
        if self.stack:
            self.stack[-1].filled = True
        self.out.append(self.get_starttag_text() or f"<{tag}/>")

    def handle_endtag(self, tag: str) -> None:
        if self.stack and self.stack[-1].tag == tag and self.stack[-1].merged:
            self.stack[-1].merged -= 1
            return
        depth = next((i for i in range(len(self.stack) - 1, -1, -1)
                      if self.stack[i].tag == tag), None)
        if depth is not None:
            del self.stack[depth:]
        elif self.orphans.get(tag):
            self.orphans[tag] -= 1
            return
        self.out.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        if self.stack and not data.isspace():
            self.stack[-1].filled = True
        self.out.append(data)

    def handle_entityref(self, name: str) -> None:
        self.handle_data(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self.handle_data(f"&#{name};")

    def handle_comment(self, data: str) -> None:
        self.out.append(f"<!--{data}-->")

    def handle_decl(self, decl: str) -> None:
        self.out.append(f"<!{decl}>")

    def handle_pi(self, data: str) -> None:
        self.out.append(f"<?{data}>")

    def unknown_decl(self, data: str) -> None:
        self.out.append(f"<![{data}]>")


def flattened(markup: str, limit: int) -> str:
    """``markup`` with no element nested more than ``limit`` deep and every word kept."""
    flattener = _Flattener(limit)
    flattener.feed(markup)
    flattener.close()
    return "".join(flattener.out)
