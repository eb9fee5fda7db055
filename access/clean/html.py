"""Clean a saved page or fetched URL into a Document."""

from __future__ import annotations

from urllib.parse import urljoin

from bs4 import BeautifulSoup, NavigableString, Tag

from access.clean.rules import load_rules
from access.document import (
    Block,
    Code,
    Document,
    Figure,
    Heading,
    Inline,
    ListBlock,
    Paragraph,
    Quote,
    Table,
    plain,
)

DROP_TAGS = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form",
             "iframe", "svg", "button", "template", "object", "embed"]
INLINE_STYLES = {"em": "em", "i": "em", "strong": "strong", "b": "strong", "code": "code"}
SAFE_LINK_SCHEMES = ("http://", "https://", "mailto:")


def _inlines(node: Tag, base: str) -> list[Inline]:
    out: list[Inline] = []
    for child in node.descendants:
        if not isinstance(child, NavigableString) or not child.strip():
            if isinstance(child, NavigableString) and child and out:
                out.append(Inline(" "))
            continue
        parent = child.parent
        link = child.find_parent("a")
        href = urljoin(base, link.get("href", "")) if link and link.get("href") else None
        if href and not href.startswith(SAFE_LINK_SCHEMES):
            href = None
        style = INLINE_STYLES.get(parent.name) if isinstance(parent, Tag) else None
        out.append(Inline(" ".join(child.split()) + (" " if child[-1:].isspace() else ""),
                          href, style))
    if out and child_text_starts(out):
        out[0].text = out[0].text.lstrip()
    return out


def child_text_starts(runs_: list[Inline]) -> bool:
    return bool(runs_ and runs_[0].text[:1].isspace())


def _figure(node: Tag, base: str) -> Figure | None:
    img = node.find("img")
    caption = node.find("figcaption")
    src = urljoin(base, img.get("src", "")) if img else None
    if src and not src.startswith(("http://", "https://", "data:image/")):
        src = None
    alt = (img.get("alt") or img.get("aria-label") or "").strip() if img else ""
    text = " ".join(caption.get_text(" ").split()) if caption else ""
    if not src and not text:
        return None
    return Figure(src=src, alt=alt if alt != text else "", caption=text)


def _table(node: Tag) -> Table:
    rows = [[" ".join(c.get_text(" ").split()) for c in tr.find_all(["th", "td"])]
            for tr in node.find_all("tr")]
    header_count = 1 if node.find("th") else 0
    return Table(header=rows[:header_count], rows=rows[header_count:])


def _blocks(root: Tag, base: str, title: str) -> list[Block]:
    blocks: list[Block] = []
    for node in root.find_all(["h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol",
                               "blockquote", "figure", "table", "pre"]):
        if node.find_parent(["figure", "table", "blockquote", "ul", "ol", "pre"]):
            continue
        name = node.name
        if name in ("h1", "h2", "h3", "h4", "h5", "h6"):
            text = " ".join(node.get_text(" ").split())
            if text and text != title:
                blocks.append(Heading(max(2, int(name[1])), text))
        elif name == "p":
            inlines = _inlines(node, base)
            if plain(inlines) and not load_rules().is_residue(plain(inlines)):
                blocks.append(Paragraph(inlines))
        elif name in ("ul", "ol"):
            items = [_inlines(li, base) for li in node.find_all("li", recursive=False)]
            items = [item for item in items if plain(item)]
            if items:
                blocks.append(ListBlock(name == "ol", items))
        elif name == "blockquote":
            inner = _blocks(node, base, title) or [Paragraph(_inlines(node, base))]
            blocks.append(Quote(inner))
        elif name == "figure":
            figure = _figure(node, base)
            if figure:
                blocks.append(figure)
        elif name == "table":
            blocks.append(_table(node))
        elif name == "pre":
            blocks.append(Code(node.get_text()))
    return blocks


def _meta(soup: BeautifulSoup, *names: str) -> str:
    for name in names:
        tag = soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name})
        if tag and tag.get("content"):
            return tag["content"].strip()
    return ""


def clean_html(markup: str, url: str = "") -> Document:
    """Extract the article from a page: metadata, then the main content's blocks."""
    soup = BeautifulSoup(markup, "lxml")
    title = _meta(soup, "og:title") or (soup.title.get_text().strip() if soup.title else "")
    h1 = soup.find("h1")
    if h1 and h1.get_text(strip=True):
        title = " ".join(h1.get_text(" ").split())
    lang = soup.html.get("lang", "") if soup.html else ""
    for tag in soup.find_all(DROP_TAGS):
        tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.body or soup
    return Document(
        title=title,
        blocks=_blocks(root, url, title),
        byline=_meta(soup, "author", "article:author"),
        date=_meta(soup, "article:published_time", "date"),
        lang=lang.split("-")[0].lower(),
        site=_meta(soup, "og:site_name"),
        source_url=_meta(soup, "og:url") or url,
        description=_meta(soup, "description", "og:description"),
    )
