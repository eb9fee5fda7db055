"""Metadata ground truth for the dev pages, read from their HTML, and both modes scored on it.

    python -m benchmarks.metadata_score [--show N]

The truth comes from what a page declares for machines, read here on its own (not with
access's reader): the JSON-LD headline (else og:title), the JSON-LD author names (else the
author meta tags), the JSON-LD datePublished (else article:published_time). Scores: title
token F1 (mean over pages with a true title), byline accuracy (the predicted byline names
the same words as the true names, over pages with a true author), date accuracy (same
calendar day, over pages with a true date).

Saved pages can read the declared title itself, so their titles are also scored against a
second, independent notion, the page's *visible* headline (``title_visible``): the <h1>/<h2>
whose words best match the declared title, else the <title> with its site-name part cut.
Bylines are people: an author the page declares as an Organization, or named like its
publisher, is no byline to find (those pages are left out); a byline is right when it names
the same words as the declared one, or as its part before the first comma (the people without
", AP Auto Writer" or ", CNN Business"), "By" aside.
A declared date before 1990 is no date ("0001-01-01" placeholders); ``date_within_a_day`` also
counts a day off by one (a visible local date against a declared UTC timestamp).
"""

from __future__ import annotations

import argparse
import html
import json
import re
import statistics
import sys
from datetime import date
from urllib.parse import urlparse

import lxml.html

from access.clean.fields.bylines import by_prefix
from access.clean.fields.wordlists import byline_words
from access.clean.html import clean_html
from access.clean.text import clean_text
from benchmarks.devscore import SHARED, page_ids, page_input

WORD = re.compile(r"\w+")
DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
SEPARATORS = re.compile(r"\s[|\-–—\\/>»·:]{1,2}\s")


def _ld_objects(tree: lxml.html.HtmlElement) -> list[dict]:
    found = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "", strict=False)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                found.append(item)
                stack.extend(v for v in item.values() if isinstance(v, dict | list))
    return found


def _people(value, organisations: set[str]) -> list[str]:
    """Author names, leaving out authors typed Organization or named like the publisher."""
    if isinstance(value, str):
        return [] if _key(value) in organisations else [value]
    if isinstance(value, dict):
        kind = value.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if "Organization" in kinds or "NewsMediaOrganization" in kinds:
            return []
        return _people(value.get("name"), organisations)
    if isinstance(value, list):
        return [n for v in value for n in _people(v, organisations)]
    return []


def _key(text: str) -> str:
    return "".join(w.casefold() for w in WORD.findall(text or ""))


def _meta(tree: lxml.html.HtmlElement, key: str) -> str:
    found = tree.xpath(f'//meta[@property="{key}" or @name="{key}"]/@content')
    return " ".join(found[0].split()) if found else ""


def visible_title(tree: lxml.html.HtmlElement, declared: str, site: str) -> str:
    """The headline a reader sees: the <h1>/<h2> most like the declared title, else the
    <title> without its site-name part (the longest part between separators)."""
    headings = [" ".join(h.text_content().split()) for h in tree.xpath("//h1|//h2")]
    scored = [(token_f1(h, declared), h) for h in headings if h] if declared else []
    if scored and max(scored)[0] >= 0.5:
        return max(scored)[1]
    titles = tree.xpath("//title/text()")
    page_title = " ".join(html.unescape(titles[0]).split()) if titles else ""
    parts = [p.strip() for p in SEPARATORS.split(page_title) if p.strip()]
    parts = [p for p in parts if _key(p) != _key(site)] or parts
    return max(parts, key=lambda p: len(p.split())) if parts else ""


def page_truth(markup: str) -> dict[str, str]:
    """The title, author and day a page declares (empty where it declares none)."""
    tree = lxml.html.document_fromstring(markup)
    objects = _ld_objects(tree)
    headline = next((o["headline"] for o in objects if isinstance(o.get("headline"), str)
                     and o["headline"].strip()), "")
    site = _meta(tree, "og:site_name")
    organisations = {_key(site)} | {_key(o["publisher"].get("name", "")) for o in objects
                                    if isinstance(o.get("publisher"), dict)
                                    and isinstance(o["publisher"].get("name"), str)}
    organisations.discard("")
    declared = next((o["author"] for o in objects if o.get("author")), None)
    authors = _people(declared, organisations) if declared is not None else []
    authors = [a for a in authors if a.strip() and "://" not in a]
    if declared is None and _key(_meta(tree, "author")) not in organisations:
        authors = [_meta(tree, "author")] if _meta(tree, "author") else []
    published = next((o["datePublished"] for o in objects
                      if isinstance(o.get("datePublished"), str)), "")
    published = published or _meta(tree, "article:published_time")
    day = DAY.search(published)
    title = " ".join(html.unescape(headline or _meta(tree, "og:title")).split())
    return {"title": title,
            "title_visible": visible_title(tree, title, site),
            "byline": html.unescape(" and ".join(authors)),
            "date": "-".join(day.groups()) if day and day.group(1) >= "1990" else ""}


def word_tokens(text: str) -> list[str]:
    return [w.casefold() for w in WORD.findall(text or "")]


def token_f1(pred: str, truth: str) -> float:
    p, t = word_tokens(pred), word_tokens(truth)
    common = sum(min(p.count(w), t.count(w)) for w in set(p))
    if not common:
        return 0.0
    precision, recall = common / len(p), common / len(t)
    return 2 * precision * recall / (precision + recall)


def _stop_words() -> set[str]:
    """Words that name no one in a byline: "analysis", and the words joining its people in any
    language (bylines.toml joiners: "and", "und", "et")."""
    return {"analysis", "by"} | byline_words()["joiners"]


def _people_words(byline: str) -> set[str]:
    """The words of a byline's first part, before a comma or a full stop: the people without
    the role or outlet that follows them (", AP Auto Writer", ". Sputnik International")."""
    first = re.split(r",\s*|(?<=[a-z]{2})\.\s+(?=[A-Z])", byline)[0]
    return set(word_tokens(first)) - _stop_words()


def byline_right(pred: str, truth: str) -> bool:
    """Whether the predicted byline names the true one's people: the truth read without its
    "by" and any label before it in any language ("Von Vanessa Franke", "Written by Rob
    Ewaschuk", "Par Sébastien Farcis": bylines.toml by_words, author_labels), as a reader
    reads it (the issue asks for the byline without that "by")."""
    truth = by_prefix().sub("", truth)
    stop = _stop_words()
    words = set(word_tokens(pred)) - stop
    return bool(pred) and (words == set(word_tokens(truth)) - stop or words == _people_words(truth))


def date_right(pred: str, truth: str, days: int = 0) -> bool:
    """Whether ``pred`` names the true day (or one at most ``days`` away: a visible local date
    against a declared UTC timestamp)."""
    day = DAY.search(pred or "")
    if not day:
        return False
    found, want = date.fromisoformat("-".join(day.groups())), date.fromisoformat(truth)
    return abs((found - want).days) <= days


def sites() -> dict[str, str]:
    """Each dev page's site: the host of its ground-truth url."""
    truth = json.loads((SHARED / "dev" / "ground-truth.json").read_text(encoding="utf-8"))
    return {i: (urlparse(truth[i]["url"]).hostname or "").removeprefix("www.") for i in page_ids()}


def truths() -> dict[str, dict[str, str]]:
    return {i: page_truth(page_input(i, "html")) for i in page_ids()}


def page_row(pred: tuple[str, str, str], truth: dict[str, str]) -> dict[str, float]:
    """One page's figures: only the fields its truth has."""
    title, byline, day = pred
    row = {}
    if truth["title"]:
        row["title"] = token_f1(title, truth["title"])
    if truth["title_visible"]:
        row["title_visible"] = token_f1(title, truth["title_visible"])
    if truth["byline"]:
        row["byline"] = float(byline_right(byline, truth["byline"]))
    if truth["date"]:
        row["date"] = float(date_right(day, truth["date"]))
        row["date_within_a_day"] = float(date_right(day, truth["date"], days=1))
    return row


FIELDS = ("title", "title_visible", "byline", "date")
REPORTED = (*FIELDS, "date_within_a_day")


def summary(rows: list[dict[str, float]]) -> dict[str, float]:
    """Mean of each field over the pages that have it."""
    return {f: round(statistics.fmean([r[f] for r in rows if f in r] or [0.0]), 3) for f in REPORTED}


def predict(kind: str, text: str) -> tuple[str, str, str]:
    try:
        doc = clean_html(text) if kind == "html" else clean_text(text)
    except Exception:  # a refusal scores as empty metadata
        return "", "", ""
    return doc.title, doc.byline, doc.date


def score(kind: str, show: int = 0, truth: dict | None = None) -> dict:
    """Title token F1 (both notions), byline and date accuracy of one mode."""
    truth = truth or truths()
    rows, misses = [], []
    for page_id in page_ids():
        pred = predict(kind, page_input(page_id, kind))
        row = page_row(pred, truth[page_id])
        rows.append(row)
        for field in (f for f, v in row.items() if v < 0.5 and f in FIELDS):
            want = truth[page_id][field]
            got = pred[0] if field.startswith("title") else pred[1] if field == "byline" else pred[2]
            misses.append((page_id[:8], field, got, want))
    result = {"kind": kind, **summary(rows),
              "pages": {f: sum(f in r for r in rows) for f in FIELDS}}
    if show:
        result["misses"] = misses[:show]
    return result


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="list this many misses")
    args = parser.parse_args(argv)
    truth = truths()
    for kind in ("html", "text"):
        print(json.dumps(score(kind, args.show, truth), indent=1 if args.show else None,
                         ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
