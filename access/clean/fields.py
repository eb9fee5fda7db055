"""Metadata fields put in one shape for both modes: ISO 8601 dates, bylines as people's names,
titles without control characters or a site-name suffix."""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, timedelta

from htmldate.extractors import try_date_expr

EARLIEST = datetime(1990, 1, 1)
LATEST = datetime.now() + timedelta(days=2)
BY_PREFIX = re.compile(r"^\s*(?:(?:posted|written|reported|words|story)\s+)?by[:\s]+", re.IGNORECASE)
DATE_WORDS = re.compile(r"^\s*(?:published|updated|posted|last updated|modified)\b", re.IGNORECASE)
# A byline's name part ends at a separator followed by a date, a role or a place.
DAY_WORD = r"(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b"
NAME_END = re.compile(r"\s*(?:\||/|／|\s-\s|\s–\s|\s—\s|,\s*(?=\S*\d)|,\s*(?=" + DAY_WORD + r")"
                      r"|\s+(?:on|at)\s+(?=\S*\d|" + DAY_WORD + r")|\s+(?:published|updated|posted)\b).*$",
                      re.IGNORECASE)
SITE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ", " « ", " » ")


def iso_date(text: str) -> str:
    """The calendar day a date line or timestamp names, as YYYY-MM-DD ("" when none)."""
    if not text:
        return ""
    for part in re.split(r"\s[|;]\s?|;", text):
        # htmldate's own patterns only: its dateparser fallback costs a third of a second a line
        found = try_date_expr(part, "%Y-%m-%d", False, EARLIEST, LATEST)
        if found:
            return found
    return ""


def byline_names(line: str) -> str:
    """People's names from a byline: no "By", no date, no address; "" for a dateline."""
    line = " ".join(line.split())
    if not line or "://" in line or "@" in line or DATE_WORDS.match(line):
        return ""
    name = NAME_END.sub("", BY_PREFIX.sub("", line)).strip(" ,|:;-")
    if not name or sum(c.isdigit() for c in name) > 0 or len(name.split()) > 12:
        return ""
    return name


def clean_title(text: str) -> str:
    """A title with control and format characters taken out and white space folded."""
    text = "".join(" " if unicodedata.category(c) in ("Cc", "Zl", "Zp") else c
                   for c in text or "" if unicodedata.category(c) != "Cf")
    return " ".join(text.split())


def strip_site(title: str, site: str) -> str:
    """A <title> or og:title without the " | Site name" at its end (or start)."""
    folded = site.casefold().strip()
    for sep in SITE_SEPARATORS:
        if sep not in title:
            continue
        head, _, tail = title.rpartition(sep)
        if folded and (tail.casefold().strip() == folded or folded.startswith(tail.casefold())):
            return head.strip()
        first, _, rest = title.partition(sep)
        if folded and first.casefold().strip() == folded:
            return rest.strip()
    return title
