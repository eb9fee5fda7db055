"""Metadata ground truth for the dev pages, read from their HTML, and both modes scored on it.

    python -m benchmarks.metadata_score [--show N]

The truth comes from what a page declares for machines, read here on its own (not with
access's reader): the JSON-LD headline (else og:title), the JSON-LD author names (else the
author meta tags), the JSON-LD datePublished (else article:published_time). Scores: title
token F1 (mean over pages with a true title), byline accuracy (the predicted byline names
the same words as the true names, over pages with a true author), date accuracy (same
calendar day, over pages with a true date).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys

import lxml.html

from access.clean.html import clean_html
from access.clean.text import clean_text
from benchmarks.devscore import page_ids, page_input

WORD = re.compile(r"\w+")
DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


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


def _names(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    return []


def _meta(tree: lxml.html.HtmlElement, key: str) -> str:
    found = tree.xpath(f'//meta[@property="{key}" or @name="{key}"]/@content')
    return " ".join(found[0].split()) if found else ""


def page_truth(markup: str) -> dict[str, str]:
    """The title, author and day a page declares (empty where it declares none)."""
    tree = lxml.html.document_fromstring(markup)
    objects = _ld_objects(tree)
    headline = next((o["headline"] for o in objects if isinstance(o.get("headline"), str)
                     and o["headline"].strip()), "")
    authors = next((_names(o["author"]) for o in objects if o.get("author")), [])
    authors = [a for a in authors if a.strip() and "://" not in a]
    published = next((o["datePublished"] for o in objects
                      if isinstance(o.get("datePublished"), str)), "")
    published = published or _meta(tree, "article:published_time")
    day = DAY.search(published)
    return {"title": " ".join((headline or _meta(tree, "og:title")).split()),
            "byline": " and ".join(authors) or _meta(tree, "author"),
            "date": "-".join(day.groups()) if day else ""}


def _tokens(text: str) -> list[str]:
    return [w.casefold() for w in WORD.findall(text or "")]


def token_f1(pred: str, truth: str) -> float:
    p, t = _tokens(pred), _tokens(truth)
    common = sum(min(p.count(w), t.count(w)) for w in set(p))
    if not common:
        return 0.0
    precision, recall = common / len(p), common / len(t)
    return 2 * precision * recall / (precision + recall)


def byline_right(pred: str, truth: str) -> bool:
    stop = {"and", "by"}
    return bool(pred) and set(_tokens(pred)) - stop == set(_tokens(truth)) - stop


def date_right(pred: str, truth: str) -> bool:
    day = DAY.search(pred or "")
    return bool(day) and "-".join(day.groups()) == truth


def score(kind: str, show: int = 0) -> dict:
    """Title token F1, byline and date accuracy of one mode against the pages' own metadata."""
    titles, bylines, dates, misses = [], [], [], []
    for page_id in page_ids():
        truth = page_truth(page_input(page_id, "html"))
        text = page_input(page_id, kind)
        try:
            doc = clean_html(text) if kind == "html" else clean_text(text)
        except Exception:  # a refusal scores as empty metadata
            doc = None
        title, byline, date = (doc.title, doc.byline, doc.date) if doc else ("", "", "")
        if truth["title"]:
            titles.append(token_f1(title, truth["title"]))
            if titles[-1] < 0.5:
                misses.append(("title", title, truth["title"]))
        if truth["byline"]:
            bylines.append(byline_right(byline, truth["byline"]))
            if not bylines[-1]:
                misses.append(("byline", byline, truth["byline"]))
        if truth["date"]:
            dates.append(date_right(date, truth["date"]))
    result = {"kind": kind,
              "title_f1": round(statistics.fmean(titles), 3), "titled_pages": len(titles),
              "byline_accuracy": round(statistics.fmean(bylines), 3), "bylined_pages": len(bylines),
              "date_accuracy": round(statistics.fmean(dates), 3), "dated_pages": len(dates)}
    if show:
        result["misses"] = misses[:show]
    return result


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="list this many misses")
    args = parser.parse_args(argv)
    for kind in ("html", "text"):
        print(json.dumps(score(kind, args.show), indent=1 if args.show else None))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
