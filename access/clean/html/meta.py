"""A page's metadata from JSON-LD, OpenGraph and meta tags: title, authors, date, site, lang."""

from __future__ import annotations

import email.utils
import html
import json
import re
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urlparse

import lxml.etree
import lxml.html

from access.clean.fields.bylines import byline_names, people_only, person_name, uncased_name, untitled
from access.clean.fields.dates import iso_date
from access.clean.fields.titles import SITE_SEPARATORS, clean_title, strip_site
from access.clean.html.prepare import PAGE_RULES
from access.document.model import UNSPACED_CHAR, count_words
from access.document.tags import declared_language

TITLE_SEPARATOR = re.compile(r"\s[|\-–—\\/>»·]\s"  # Readability's, and the dashes; in a script
                             # written without spaces, one set without them ("…的城！-新华网")
                             rf"|(?<={UNSPACED_CHAR})[|_｜\-–—－](?=\S)|(?<=\S)[|_｜\-–—－](?={UNSPACED_CHAR})")
HIERARCHICAL = re.compile(r"\s[\\/>»]\s")
TRAIL = re.compile(r"\s[>»›]\s")  # two or more make a trail: "Site » Section » Headline"
MIN_TITLE_CHARS, MAX_TITLE_CHARS = 15, 150  # a <title> outside these leaves it to the one <h1>
SHORT_TITLE_WORDS = 4
MAX_HEADINGS = 30  # <h2>s read to confirm a declared title


@dataclass(frozen=True)
class MetaSettings:
    """How a saved page's headline and byline are chosen; each choice judged on held-out sites
    by benchmarks/metadata_sitecv.py."""

    h1: str = "part"  # "part": the <h1> when it is the title's main part; "substring"; "off"
    confirm: bool = True  # a declared title no heading nor <title> shares a word with is not it
    shown: bool = True  # a declared title the page shows as its <h1> comes first
    document_title: bool = True  # no declared title: the <title> cut as Readability does
    shown_byline: bool = True  # no declared author's name (none, or an address): the page's byline
    beside: bool = True  # no declared site: what the <title> holds beside a declared title is the site
    shown_whole: bool = True  # a declared title the page shows whole is not cut at its separators
    article_ld: bool = True  # authors and date from the first JSON-LD article object giving them
    people: bool = True  # no organisation as byline: typed so in JSON-LD, or the site's own name
    people_only: bool = True  # a byline's closing comma parts naming no person dropped ("Rob Picheta, CNN")
    untitled: bool = True  # … and an occupation's title before its name ("Rechtsanwalt Sebastian Einbock")
    heading_part: bool = True  # no declared title: a heading that is a whole part of the <title>
    untagged: bool = True  # a declared author given as markup ('<a href="/pl/eksperci/…">Mateusz
    # Gniazdowski</a>') is the text it shows, its tags dropped
    extended_byline: bool = True  # a declared author of one word the page shows with more ("Todd" /
    # "Todd Bates"): the shown name
    cased_classes: bool = True  # the page's byline: a class holding "Byline" or "Author" in any case
    # ("FeatureByline", "ArticleAuthor") shows it as a lower-case one does
    role_tail: bool = True  # … its length counted up to its first comma: a role after the name does
    # not make it too long ("By Daniel Kahn Gillmor, Senior Staff Technologist, ACLU Speech, …")
    dash_end: bool = True  # … and a dash closing it goes ("Nicolas Perriault —" over its day)
    shown_date: bool = True  # no declared date: the day in the page's address ("/2024/03/05/"), else
    # the first <time datetime> of its <article> (or <main>)


META = MetaSettings()
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


READ_TAGS = ("script", "meta", "title", "h1", "h2", "link")  # the elements metadata is read from
TEXT = lxml.etree.XPath("text()")
BODY = lxml.etree.XPath("/html/body")


def _by_tag(tree: lxml.html.HtmlElement) -> dict[str, list[lxml.html.HtmlElement]]:
    """The page's READ_TAGS elements by tag, each list in page order: one walk of the page."""
    found: dict[str, list[lxml.html.HtmlElement]] = {tag: [] for tag in READ_TAGS}
    for element in tree.iter(*READ_TAGS):
        found[element.tag].append(element)
    return found


def _ld_items(scripts: list[lxml.html.HtmlElement]) -> Iterator[dict[str, Any]]:
    """Every object in the page's JSON-LD blocks (of its ``scripts``), outer ones first."""
    for script in (s for s in scripts if s.get("type") == "application/ld+json"):
        try:
            stack = deque([json.loads(script.text or "", strict=False)])  # raw newlines are common
        except (ValueError, RecursionError):  # not JSON, or nested deeper than Python recurses
            continue
        while stack:
            item = stack.popleft()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                yield item
                stack.extend(v for v in item.values() if isinstance(v, dict | list))


MEDIA_TYPES = ("ImageObject", "VideoObject", "AudioObject", "MediaObject", "Comment")  # credits


def _kinds(item: dict[str, Any]) -> list[str]:
    kinds = item.get("@type")
    return [k for k in (kinds if isinstance(kinds, list) else [kinds]) if isinstance(k, str)]


def _article_like(item: dict[str, Any]) -> bool:
    return any(k in ARTICLE_TYPES for k in _kinds(item))


def _main_work(item: dict[str, Any]) -> bool:
    """Whether an object may be the page's main work when no article-like one gives a field:
    a Recipe, HowTo or forum post may; a photo's or a comment's author and date are not the
    page's."""
    return not any(k in MEDIA_TYPES for k in _kinds(item))


def _json_ld(items: list[dict[str, Any]]) -> dict[str, Any]:
    """The first article-like object among the page's JSON-LD objects."""
    return next((item for item in items if _article_like(item)), {})


def _ld_field(items: list[dict[str, Any]], key: str) -> Any:
    """``key`` of the first article-like object giving it (with a WebPage first and the
    NewsArticle after it, the date is the article's, not the page's), else of the first object
    giving it: a page's Recipe, HowTo or forum post is its article."""
    found = next((item[key] for item in items if item.get(key) and _article_like(item)), None)
    return found or next((item[key] for item in items if item.get(key) and _main_work(item)), None)


def _ld_headlines(items: list[dict[str, Any]]) -> list[str]:
    """Every headline the page's JSON-LD gives, whatever object holds it."""
    return [html.unescape(item["headline"]) for item in items
            if isinstance(item.get("headline"), str)]


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        return [name for item in value for name in _names(item)]
    return []


ORGANISATION_TYPES = ("Organization", "NewsMediaOrganization", "Corporation", "GovernmentOrganization")


def _people(value: Any) -> list[str]:
    """The author names a JSON-LD value gives, leaving out authors typed as organisations
    ("DoRzeczy.pl"): a byline names people."""
    if isinstance(value, dict):
        kinds = _kinds(value)
        organisation = "Person" not in kinds and any(k in ORGANISATION_TYPES for k in kinds)
        return [] if organisation else _names(value.get("name"))
    if isinstance(value, list):
        return [name for item in value for name in _people(item)]
    return _names(value)


def _ld_authors(items: list[dict[str, Any]], ld: dict[str, Any], settings: MetaSettings) -> list[str]:
    """The authors of the first article-like JSON-LD object naming any (a WebPage may come
    first with none, or only an @id)."""
    names = _people if settings.people else _names
    if not settings.article_ld:
        return names(ld.get("author"))
    authored = [item for item in items if item.get("author")]
    for fits in (_article_like, _main_work):
        if found := next((found for item in authored if fits(item) and (found := names(item["author"]))), []):
            return found
    return []


META_KEYS = ("property", "name", "itemprop")  # the attributes a <meta> names its field by


def meta_contents(metas: list[lxml.html.HtmlElement]) -> dict[tuple[str, str], str]:
    """(attribute, field) → the content of the first of the page's ``metas`` naming that field
    by that attribute and giving a content."""
    found: dict[tuple[str, str], str] = {}
    for element in metas:
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


TAG = re.compile(r"<[^<>]*>")  # a tag inside a declared value


def _untagged(value: str) -> str:
    """A declared value without the tags a CMS left in it ('<a href="…">Mateusz Gniazdowski</a>')."""
    return TAG.sub(" ", value) if "<" in value else value


def _join_names(names: list[str]) -> str:
    names = list(dict.fromkeys(" ".join(n.split()) for n in names if n and n.strip()))
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _declared_dir(tree: lxml.html.HtmlElement) -> str:
    for element in (tree, *BODY(tree)):
        value = (element.get("dir") or "").strip().casefold()
        if value in ("rtl", "ltr"):
            return value
    return ""


ISO_TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d(?::?\d\d)?)?")


def _mail_day(value: str) -> str:
    """The day of a date written as e-mail and C's asctime write it ("Tue Jan 28 15:28:56 CET
    2020", "Thu, 08 May 2014 14:04:53 -0400"): the time between day and year hides it from
    the written wordings."""
    try:
        return email.utils.parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return ""


def _iso(value: str) -> str:
    """The page's date as ISO 8601: a timestamp it gives so is kept, other wordings become a day."""
    value = value.strip()
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return iso_date(value) or _mail_day(value)
    if len(value) <= len("2019-11-19"):  # "20191119" and "2019-11-19" alike
        return moment.date().isoformat()
    if ISO_TIMESTAMP.fullmatch(value):
        return value
    return moment.isoformat()  # "2019-11-19 10:00" gets its T, "22:06:08:684Z" its dot


EDGE = " |-–—:·•»«/\\>~"  # what sits between a <title>'s headline and its site name


def _beside(page_title: str, headline: str) -> str | None:
    """What a <title> holds beside the headline it contains as a whole part ("Site: Headline",
    "Headline | Site"), separators cut: "" when it holds nothing else; None when the headline
    is not one of its parts."""
    folded, part = page_title.casefold(), headline.casefold()
    at = folded.find(part)
    if not part or at < 0:
        return None
    before, after = page_title[:at], page_title[at + len(part):]
    if (before.strip() and before.rstrip()[-1] not in EDGE) \
            or (after.strip() and after.lstrip()[0] not in EDGE):
        return None  # inside a longer wording, not a part of its own
    return after.strip(EDGE) or before.strip(EDGE)


def _site_of_title(page_title: str, headlines: list[str] = ()) -> str:
    """The site name a <title> ends with ("Headline | Site") or, in a trail, starts with
    ("Site » Section » Headline"), if it has one; when a title the page declares is the longer
    part of the <title>, what is beside it ("Site: Headline" as well), or none when the rest is
    separators ("Headline |")."""
    for headline in (clean_title(h) for h in headlines):
        beside = _beside(page_title, headline) if headline.casefold() != page_title.casefold() else None
        if beside is not None and count_words(headline) >= count_words(beside):
            return beside  # a site's name is the shorter part
    if len(TRAIL.findall(page_title)) >= 2:
        return TRAIL.split(page_title)[0].strip()
    for sep in SITE_SEPARATORS:
        if sep in page_title:
            return page_title.rpartition(sep)[2].strip()
    return ""


MAX_SITE_WORDS = 3  # a longer part of the <title> is a subtitle, not a site's name


def site_name(declared: str, page_title: str, title: str, headlines: list[str] = ()) -> str:
    """The site's name: the one declared (a bare address becomes its host), else the short
    part of the <title> beside the headline ("Headline - Sputnik International")."""
    declared = clean_title(declared)
    if "://" in declared:
        declared = (urlparse(declared).hostname or "").removeprefix("www.")
    if declared:
        return declared
    part = _site_of_title(page_title, headlines)
    if part and count_words(part) <= MAX_SITE_WORDS and part.casefold() not in title.casefold():
        return part
    return ""


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.casefold()))


def _confirmed(title: str, seen: list[str]) -> bool:
    """Whether a title shares a word with what else the page shows (its headings and <title>,
    other than the title itself)."""
    folded = title.casefold()
    others = [t.casefold() for t in seen if t and t.casefold() != folded]
    return any(_words(title) & _words(t) or folded in t or t in folded for t in others)  # t in: unspaced


def _is_main_part(h1: str, title: str) -> bool:
    """Whether ``h1`` is the longest of the parts the title's separators make ("Ferry returns
    | Coastal Courier"), or the whole title."""
    parts = [p.strip().casefold() for p in TITLE_SEPARATOR.split(title)]
    longest = max(parts, key=count_words)
    return h1.casefold() in (title.casefold(), longest)


def _home_link(heading: lxml.html.HtmlElement) -> bool:
    """Whether a heading is all one link to the site's home page: the logo, not a headline."""
    links = list(heading.iter("a"))
    if len(links) != 1 or links[0].text_content().split() != heading.text_content().split():
        return False
    return links[0].get("rel") == "home" or urlparse(links[0].get("href") or "").path.rstrip("/") in ("", "/")


def _article_headings(tagged: dict[str, list[lxml.html.HtmlElement]]) -> list[str]:
    """The page's <h1> and first <h2> texts (``tagged``: _by_tag), the logo's left out."""
    elements = [*tagged["h1"], *tagged["h2"][:MAX_HEADINGS]]
    return [t for h in elements if (t := " ".join(h.text_content().split())) and not _home_link(h)]


def _heading_part(page_title: str, headings: list[str]) -> str:
    """The heading the page shows that is a whole part of its <title>, no shorter than what
    is beside it ("Zoll online - Fachmeldungen - Verkündung des …" and its <h1>): the headline
    wherever the site's name and section sit."""
    for heading in headings:
        beside = _beside(page_title, heading) if heading.casefold() != page_title.casefold() else None
        if beside and len(re.findall(r"\w+", heading)) >= len(re.findall(r"\w+", beside)):
            return heading
    return ""


def document_title(page_title: str, headings: list[str], h1s: list[str]) -> str:
    """The headline in a page's <title>, cut as Mozilla Readability's _getArticleTitle does:
    the site-name part after the last separator (or before the first, when what is left is too
    short; the last part of a trail), the part after a colon unless a heading says it all, the
    one <h1> when the <title> is too short or too long, and the whole <title> when the cut
    leaves four words or fewer."""
    title = original = page_title
    hierarchical = False
    if TITLE_SEPARATOR.search(original):
        hierarchical = bool(HIERARCHICAL.search(original))
        matches = list(TITLE_SEPARATOR.finditer(original))
        cut = original[:matches[-1].start()].strip()
        last = original[matches[-1].end():].strip()
        if len(TRAIL.findall(original)) >= 2 and count_words(last) >= 3:
            return last  # a trail, "Site » Section » Headline", ends with the headline
        title = cut if count_words(cut) >= 3 else original[matches[0].end():].strip()
    elif ": " in original:
        if not any(h.strip() == original.strip() for h in headings):
            title = original[original.rfind(":") + 1:].strip()
            if count_words(title) < 3:
                title = original[original.find(":") + 1:].strip()
            elif count_words(original[:original.find(":")]) > 5:
                title = original
    elif (len(original) > MAX_TITLE_CHARS or len(original) < MIN_TITLE_CHARS) and len(h1s) == 1:
        title = h1s[0]
    title = " ".join(title.split())
    words = count_words(title)
    if words <= SHORT_TITLE_WORDS and (
            not hierarchical or words != count_words(TITLE_SEPARATOR.sub(" ", original)) - 1):
        title = original
    return title


def pick_title(candidates: list[str], h1_text: str, site: str, seen: list[str] | None = None,
               h1s: list[str] | None = None, settings: MetaSettings = META, page_title: str = "") -> str:
    """The headline: a declared title the page shows whole as its <h1> (its " - " and " | "
    kept), or so once the site name is cut, else the first declared
    title that is not the site's name (and, with ``settings.confirm``, shares a word with what
    the page shows, or is the ``page_title`` a declared title repeats), without the site name
    it carries; the page's <h1> when it is that headline in other words."""
    site_key = site.casefold()
    shown = {clean_title(h).casefold() for h in h1s or []}
    whole = [c for t in candidates if (c := clean_title(t)).casefold() in shown]
    if settings.shown_whole and whole:
        return whole[0]  # shown so, separators and all: "Ehezoff eskaliert - Jetzt schießt Olli"
    titles = [strip_site(clean_title(t), site) for t in candidates if t and clean_title(t)]
    titles = [t for t in titles if t.casefold() != site_key] or titles
    if settings.shown and (on_page := [t for t in titles if t.casefold() in shown]):
        return on_page[0]
    if settings.confirm and seen:
        agreed = page_title.casefold()  # a declared title the <title> repeats is confirmed
        titles = [t for t in titles if (agreed and t.casefold() == agreed) or _confirmed(t, seen)] or titles
    title = titles[0] if titles else ""
    h1_text = clean_title(h1_text)
    inside = bool(h1_text) and h1_text.casefold() != site_key and h1_text.casefold() in title.casefold()
    if inside and (settings.h1 == "substring" or (settings.h1 == "part" and _is_main_part(h1_text, title))):
        title = h1_text  # og:title often carries " | Site name"
    return title


MAX_BYLINE_CHARS = 80


def _byline_rank(element: lxml.html.HtmlElement) -> int:
    """rel=author, itemprop=author, a "byline" class, an "author" class: in that order."""
    if element.get("rel") == "author":
        return 0
    if element.get("itemprop") == "author":
        return 1
    return 2 if "byline" in (element.get("class") or "").split() else 3


def _in_comments(element: lxml.html.HtmlElement) -> bool:
    return any(e.tag == "form" or "comment" in (e.get("class") or "")
               for e in (element, *element.iterancestors()))


BYLINE_CLASS_PARTS = tuple(PAGE_RULES["writers"]["class_parts"])  # in a byline's class: page.toml [writers]


def _byline_places(tree: lxml.html.HtmlElement, cased: bool = True) -> list[lxml.html.HtmlElement]:
    """Elements with rel=author, itemprop=author or a class holding a BYLINE_CLASS_PARTS word
    ("byline", "author"; with ``cased``, in any case: "FeatureByline"), in page order (a walk in
    Python: the same XPath test took half as long again)."""
    found = []
    for element in tree.iter(lxml.etree.Element):
        get = element.get
        if get("rel") == "author" or get("itemprop") == "author":
            found.append(element)
        elif (classes := get("class")) is not None:
            classes = classes.lower() if cased else classes
            for part in BYLINE_CLASS_PARTS:
                if part in classes:
                    found.append(element)
                    break
    return found


CLOSING_DASH = re.compile(r"\s+[-–—]$")  # "Nicolas Perriault —"


def shown_byline(tree: lxml.html.HtmlElement, settings: MetaSettings = META) -> str:
    """The byline the page shows (rel=author, itemprop=author, a "byline" or "author" class),
    outside comments and forms, when it names people (``role_tail``: its names' part, before a
    comma, no longer than a byline; ``dash_end``: a dash closing it dropped)."""
    for element in sorted(_byline_places(tree, settings.cased_classes), key=_byline_rank):
        text = " ".join(element.text_content().split())
        if settings.dash_end:
            text = CLOSING_DASH.sub("", text)
        named = text.split(",")[0] if settings.role_tail else text
        if (len(named) <= MAX_BYLINE_CHARS and (name := byline_names(text))
                and (person_name(name) or uncased_name(name)) and not _in_comments(element)):
            return name
    return ""


UNSHOWN = frozenset(("script", "style", "title", "head", "noscript", "template", "option"))
OG_LOCALE_ALIASES = PAGE_RULES["locales"]["og_aliases"]  # "es_LA": Facebook's, not Laos'
NAME_PLACES = frozenset(PAGE_RULES["writers"]["classes"])  # a class or id's closing word on a writer's name
NAME_PLACE_REACH = 2  # … on it or this many ancestors up
NAME_PART = re.compile(r"[-_]")


def extended_name(markup: str, name: str) -> str:
    """The first name the page shows in a writer's place (a class or id closing on "author",
    "byline" or "name") that holds a declared one-word name and more (JSON-LD "Todd", the
    page's "Todd Bates" in a "full-name" paragraph under its "By"), a line of only a person's
    name outside comments and forms; ``name`` itself when none or not one word. The page is
    parsed again only when an element's text opens with the name and another word."""
    folded = name.casefold()
    if not folded or any(c in folded for c in ", ") or not re.search(
            r">\s*" + re.escape(name) + r"\s+[^\W\d_]", markup, re.IGNORECASE):
        return name
    for element in lxml.html.fromstring(markup).iter(lxml.etree.Element):
        text = element.text
        if (not text or folded not in text.casefold() or len(text) > MAX_BYLINE_CHARS
                or element.tag in UNSHOWN):
            continue
        shown = person_name(" ".join(text.split()))
        if (shown and folded in shown.casefold().split() and " " in shown and "," not in shown
                and _name_place(element) and not _in_comments(element)):
            return shown
    return name


def _name_place(element: lxml.html.HtmlElement) -> bool:
    """Whether an element or one of its nearest ancestors is classed or named as a writer's place."""
    for e in [element, *element.iterancestors()][:NAME_PLACE_REACH + 1]:
        marks = f"{e.get('class') or ''} {e.get('id') or ''}".casefold().split()
        if any(NAME_PART.split(mark)[-1] in NAME_PLACES for mark in marks):
            return True
    return False


def _the_site(byline: str, sites: list[str]) -> bool:
    """Whether a byline is the site's declared name (og:site_name, the JSON-LD publisher)."""
    folded = byline.casefold()
    return bool(folded) and any(folded == clean_title(s).casefold() for s in sites if s)


def _closest(texts: list[str], title: str) -> str:
    """The text sharing most words with ``title`` (the first text when none shares any)."""
    if not texts:
        return ""
    words = _words(title)
    return max(texts, key=lambda t: (len(_words(t) & words), -texts.index(t)))


URL_DAY = re.compile(r"/((?:19|20)\d\d)[/-](\d{1,2})[/-](\d{1,2})(?:[/._-]|$)")
TIME_DAY = re.compile(r"\s*(\d{4}-\d\d-\d\d)")


def _url_day(url: str) -> str:
    """The day a page's address holds ("/2024/03/05/"), ISO 8601, or ""."""
    found = URL_DAY.search(url)
    try:
        return datetime(*map(int, found.groups())).date().isoformat() if found else ""
    except ValueError:
        return ""


def shown_date(tree: lxml.html.HtmlElement, url: str) -> str:
    """A page's day when it declares none: its address's, else its article's first <time datetime>."""
    if day := _url_day(url):
        return day
    container = next(iter(tree.xpath("//article") or tree.xpath("//main")), tree)
    return next((found.group(1) for time in container.iter("time")
                 if (found := TIME_DAY.match(time.get("datetime") or ""))), "")


def read_meta(tree: lxml.html.HtmlElement, url: str = "", settings: MetaSettings = META,
              markup: str = "") -> PageMeta:
    """Metadata, preferring JSON-LD, then OpenGraph, then plain meta tags and the <title>;
    ``markup``, the page before ``prepare`` dropped its boxes, is read again only for a declared
    author of one word an element's text opens with, another word after it (``extended_byline``)."""
    tagged = _by_tag(tree)
    ld_items = list(_ld_items(tagged["script"]))  # the JSON-LD blocks parsed once
    ld = _json_ld(ld_items)
    metas = meta_contents(tagged["meta"])
    page_title = clean_title(next((t for title in tagged["title"] for t in TEXT(title)), ""))
    h1s = [t for h in tagged["h1"] if (t := " ".join(h.text_content().split()))]
    headings = h1s + [t for h in tagged["h2"][:MAX_HEADINGS]
                      if (t := " ".join(h.text_content().split()))]
    http_lang = next((m.get("content") or "" for m in tagged["meta"]
                      if (m.get("http-equiv") or "").casefold() == "content-language"), "")
    og_locale = _first_meta(metas, "og:locale")
    named = [OG_LOCALE_ALIASES.get(og_locale, og_locale),
             *(_first_meta(metas, key) for key in ("language", "content-language"))]
    lang = declared_language(tree.get("lang") or "", *named, http_lang)
    canonical = next((link.get("href") for link in tagged["link"]
                      if link.get("rel") == "canonical" and link.get("href") is not None), "")
    publisher = ld.get("publisher")
    site = (_first_meta(metas, "og:site_name", "application-name")
            or (_names(publisher)[0] if _names(publisher) else ""))
    headline = html.unescape(ld["headline"]) if isinstance(ld.get("headline"), str) else ""
    name = html.unescape(ld["name"]) if isinstance(ld.get("name"), str) else ""  # Readability reads it too
    declared = [headline, _first_meta(metas, "og:title"), _first_meta(metas, "twitter:title"),
                *_ld_headlines(ld_items), name]
    h1_text = _closest(h1s, next((t for t in declared if t), page_title))
    shown_part = ""
    if settings.heading_part and not any(declared):
        shown = [h for h in _article_headings(tagged) if h.casefold() != site.casefold()]
        shown_part = _heading_part(page_title, shown)
    fallback = ([shown_part or document_title(page_title, headings, h1s)] if settings.document_title
                else [h1_text, page_title])
    guessed = site or _site_of_title(page_title, declared if settings.beside else [])
    repeated = any(clean_title(d).casefold() == page_title.casefold() for d in declared if d)
    title = pick_title(declared + fallback, h1_text, guessed, [*headings, page_title], h1s, settings,
                       page_title if repeated else "")
    shown = _untagged if settings.untagged else str
    authors = [byline_names(shown(html.unescape(n))) for n in _ld_authors(ld_items, ld, settings)]
    byline = _join_names([a for a in authors if a]) or byline_names(
        shown(_first_meta(metas, "author", "article:author", "byl", "parsely-author")))
    if settings.people and _the_site(byline, [site, *_names(publisher)]):
        byline = ""  # the site's own name as its author names no one
    if not byline and settings.shown_byline:
        byline = shown_byline(tree, settings)
    elif settings.extended_byline and markup and byline and not any(c in byline for c in ", "):
        byline = extended_name(markup, byline)  # "Todd" / "Todd Bates" (a sidebar prepare drops)
    if settings.people_only:
        byline = people_only(byline)
    if settings.untitled:
        byline = untitled(byline)
    published = _ld_field(ld_items, "datePublished") if settings.article_ld else ld.get("datePublished")
    date = (published if isinstance(published, str) else "") or _first_meta(
        metas, "article:published_time", "date", "pubdate", "publishdate", "dc.date")
    address = canonical.strip() or _first_meta(metas, "og:url") or url
    if not date and settings.shown_date:
        date = shown_date(tree, address)
    return PageMeta(
        title=title,
        byline=byline,
        date=_iso(date) if date else "",
        site=site_name(site, page_title, title, declared),
        lang=lang,
        dir=_declared_dir(tree),
        url=address,
        description=_first_meta(metas, "description", "og:description", "twitter:description"),
    )
