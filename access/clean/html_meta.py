"""A page's metadata from JSON-LD, OpenGraph and meta tags: title, authors, date, site, lang."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import lxml.html

from access.clean.fields import SITE_SEPARATORS, byline_names, clean_title, iso_date, strip_site

ARTICLE_TYPES = ("Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "WebPage",
                 "AnalysisNewsArticle", "OpinionNewsArticle", "TechArticle", "Report")


@dataclass
class PageMeta:
    title: str = ""
    byline: str = ""
    date: str = ""
    site: str = ""
    lang: str = ""
    dir: str = ""  # the page's own dir ("rtl" or "ltr") on <html> or <body>, if it says
    url: str = ""
    description: str = ""


def _json_ld(tree: lxml.html.HtmlElement) -> dict[str, Any]:
    """The first article-like object in the page's JSON-LD blocks."""
    for script in (s for s in tree.iter("script") if s.get("type") == "application/ld+json"):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                kinds = item.get("@type")
                kinds = kinds if isinstance(kinds, list) else [kinds]
                if any(k in ARTICLE_TYPES for k in kinds if isinstance(k, str)):
                    return item
                stack.extend(item.get("@graph", []) if isinstance(item.get("@graph"), list) else [])
    return {}


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        return [name for item in value for name in _names(item)]
    return []


META_KEYS = ("property", "name", "itemprop")  # the attributes a <meta> names its field by


def meta_contents(tree: lxml.html.HtmlElement) -> dict[tuple[str, str], str]:
    """(attribute, field) → the content of the page's first <meta> naming that field by that
    attribute and giving a content: every meta tag read in one walk of the page."""
    found: dict[tuple[str, str], str] = {}
    for element in tree.iter("meta"):
        content = element.get("content")
        if content is None:
            continue
        for attr in META_KEYS:
            key = element.get(attr)
            if key is not None:
                found.setdefault((attr, key), content)
    return found


def _first_meta(contents: dict[tuple[str, str], str], *keys: str) -> str:
    for key in keys:
        for attr in META_KEYS:
            found = contents.get((attr, key))
            if found and found.strip():
                return " ".join(found.split())
    return ""


def _meta(tree: lxml.html.HtmlElement, *keys: str) -> str:
    return _first_meta(meta_contents(tree), *keys)


def _join_names(names: list[str]) -> str:
    names = list(dict.fromkeys(" ".join(n.split()) for n in names if n and n.strip()))
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _declared_dir(tree: lxml.html.HtmlElement) -> str:
    for element in (tree, *tree.xpath("/html/body")):
        value = (element.get("dir") or "").strip().casefold()
        if value in ("rtl", "ltr"):
            return value
    return ""


def _iso(value: str) -> str:
    """The page's date as ISO 8601: a timestamp it gives so is kept, other wordings become a day."""
    value = value.strip()
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
        return value
    except ValueError:
        return iso_date(value)


def _site_of_title(page_title: str) -> str:
    """The site name a <title> ends with ("Headline | Site"), if it has one."""
    for sep in SITE_SEPARATORS:
        if sep in page_title:
            return page_title.rpartition(sep)[2].strip()
    return ""


def pick_title(candidates: list[str], h1_text: str, site: str) -> str:
    """The headline: the first declared title that is not the site's name, without the site
    name it carries; the page's <h1> when it is that headline in other words."""
    site_key = site.casefold()
    titles = [strip_site(clean_title(t), site) for t in candidates if t and clean_title(t)]
    titles = [t for t in titles if t.casefold() != site_key] or titles
    title = titles[0] if titles else ""
    h1_text = clean_title(h1_text)
    if h1_text and h1_text.casefold() != site_key and h1_text.casefold() in title.casefold():
        title = h1_text  # og:title often carries " | Site name"
    return title


def read_meta(tree: lxml.html.HtmlElement, url: str = "") -> PageMeta:
    """Metadata, preferring JSON-LD, then OpenGraph, then plain meta tags and the <title>."""
    ld = _json_ld(tree)
    metas = meta_contents(tree)
    # each search stops at its first find (the page's head), not at the end of the page
    page_title = clean_title(next((t for title in tree.iter("title") for t in title.xpath("text()")), ""))
    h1 = next(tree.iter("h1"), None)
    h1_text = " ".join(h1.text_content().split()) if h1 is not None else ""
    lang = (tree.get("lang") or _first_meta(metas, "og:locale", "language", "content-language") or "")
    canonical = next((link.get("href") for link in tree.iter("link")
                      if link.get("rel") == "canonical" and link.get("href") is not None), "")
    publisher = ld.get("publisher")
    site = (_first_meta(metas, "og:site_name", "application-name")
            or (_names(publisher)[0] if _names(publisher) else ""))
    headline = ld.get("headline") if isinstance(ld.get("headline"), str) else ""
    title = pick_title([headline, _first_meta(metas, "og:title", "twitter:title"), h1_text, page_title],
                       h1_text, site or _site_of_title(page_title))
    authors = [byline_names(n) for n in _names(ld.get("author"))]
    byline = _join_names([a for a in authors if a]) or byline_names(
        _first_meta(metas, "author", "article:author", "byl", "parsely-author"))
    date = (ld.get("datePublished") if isinstance(ld.get("datePublished"), str) else "") \
        or _first_meta(metas, "article:published_time", "date", "pubdate", "publishdate", "dc.date")
    return PageMeta(
        title=title,
        byline=byline,
        date=_iso(date) if date else "",
        site=clean_title(site),
        lang=lang.replace("_", "-").split("-")[0].lower().strip(),
        dir=_declared_dir(tree),
        url=canonical.strip() or _first_meta(metas, "og:url") or url,
        description=_first_meta(metas, "description", "og:description", "twitter:description"),
    )
