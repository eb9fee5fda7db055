"""Metadata fields put in one shape for both modes: ISO 8601 dates, bylines as people's names,
titles without control characters or a site-name suffix."""

from __future__ import annotations

import re
import tomllib
import unicodedata
from datetime import datetime, timedelta
from functools import cache
from importlib import resources

from htmldate.extractors import try_date_expr

EARLIEST = datetime(1990, 1, 1)
LATEST = datetime.now() + timedelta(days=2)
BY_PREFIX = re.compile(r"^\s*(?:(?:posted|written|reported|words|story|analysis|opinion|commentary|text)\s+)?"
                       r"(?:by|von|por|par|door)[:\s]+|^\s*(?:author|autor|auteur|autore)(?:in)?:\s*",
                       re.IGNORECASE)  # "By"; de, es/pt, fr, nl; "Author:"
# A byline's name part ends at a separator followed by a date, a role or a place.
DAY_WORD = r"(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b"
NAME_END = re.compile(r"\s*(?:\||/|／|•|·|\s-\s|\s–\s|\s—\s|,\s*(?=\S*\d)|,\s*(?=" + DAY_WORD + r")"
                      r"|\s+(?:on|at|am|le|em|el|op)\s+(?=\S*\d|" + DAY_WORD + r")"
                      r"|\s+(?=" + DAY_WORD + r"\.?\s*\d)"
                      r"|\s+(?:published|updated|posted|publiziert|veröffentlicht|publicado|publié)\b).*$",
                      re.IGNORECASE)
SITE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ", " « ", " » ")


DIGIT = re.compile(r"\d")
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _month_numbers() -> dict[str, int]:
    """Each month name in months.toml, casefolded, with its number."""
    text = resources.files("access.clean.rules").joinpath("months.toml").read_text(encoding="utf-8")
    return {name.casefold(): number for number, names in enumerate(tomllib.loads(text)["names"], 1)
            for name in names}


MONTH_NUMBERS = _month_numbers()
_NAMES = "|".join(sorted(map(re.escape, MONTH_NUMBERS), key=len, reverse=True))
_MONTH = r"(?P<m>(?:" + _NAMES + r")(?!\w)|(?:" + "|".join(MONTHS) + r")[a-z]*\.?)"
_YEAR = r"(?P<y>(?:19|20)\d\d)(?=$|\D|\d{1,2}:\d\d|[0-3]?\d\.?\s)"  # a time glued on: "20194:29 AM",
# or the day of the same date said again: "1. November 20161. November 2016" (published, updated)
_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
# The wordings a visible date line takes, searched together; the first found is the day.
WRITTEN_DATES = (
    re.compile(r"\b" + _MONTH + r"\s*" + _DAY + r",?\s+" + _YEAR, re.IGNORECASE),  # Nov. 19, 2019
    re.compile(r"(?<![\d.])" + _DAY + r"\.?\s+(?:de\s+)?" + _MONTH + r",?\s+(?:de\s+|del\s+)?" + _YEAR,
               re.IGNORECASE),  # 19 Nov 2019, 19. November 2019, 19 de noviembre de 2019
    re.compile(r"(?<![\d.])" + r"(?P<y>(?:19|20)\d\d)[-/.](?P<m>[01]?\d)[-/.](?P<d>[0-3]?\d)(?!\d)"),
    re.compile(r"(?P<y>(?:19|20)\d\d)\s*[年년]\s*(?P<m>[01]?\d)\s*[月월]\s*(?P<d>[0-3]?\d)"),  # 2016年8月3日
    re.compile(r"(?<![\d/.])(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:19|20)?\d\d)(?![\d/.])"),
)


def _written_day(match: re.Match[str]) -> str:
    """The day a WRITTEN_DATES match names ("" when it is no real day in range)."""
    parts = match.groupdict()
    if "a" in parts:  # 11/19/2019 is month first; 27/09/2018 and 25.09.2018 are day first
        a, b = int(parts["a"]), int(parts["b"])
        month, day = (b, a) if a > 12 or (parts["sep"] == "." and b <= 12) else (a, b)
        year = int(parts["y"]) + (2000 if len(parts["y"]) == 2 else 0)
    else:
        m = parts["m"].casefold()
        month = int(m) if m.isdigit() else MONTH_NUMBERS.get(m) or MONTHS.index(m[:3]) + 1
        day, year = int(parts["d"]), int(parts["y"])
    try:
        found = datetime(year, month, day)
    except ValueError:
        return ""
    return found.strftime("%Y-%m-%d") if EARLIEST <= found <= LATEST else ""


def written_date(text: str) -> str:
    """The first day a line writes out in one of the common wordings ("" when none)."""
    matches = sorted((m for pattern in WRITTEN_DATES for m in pattern.finditer(text)),
                     key=lambda m: m.start())
    return next((day for m in matches if (day := _written_day(m))), "")


def iso_date(text: str, written: bool = True) -> str:
    """The calendar day a date line or timestamp names, as YYYY-MM-DD ("" when none): the
    common wordings first (unless ``written`` is off), then htmldate's own patterns."""
    if not text or not DIGIT.search(text):
        return ""  # every wording of a day has a digit
    if written and (day := written_date(text)):
        return day
    for part in re.split(r"\s[|;]\s?|;", text):
        # htmldate's own patterns only: its dateparser fallback costs a third of a second a line
        found = try_date_expr(part, "%Y-%m-%d", False, EARLIEST, LATEST)
        if found:
            return found
    return ""


DOMAIN = re.compile(r"\w\.(?:com|org|net|co|[a-z]{2})\b", re.IGNORECASE)  # ", Cleveland.com"
EMAIL_ON = re.compile(r"\s*\S+@\S.*$")  # "By Megan Rowe meganr@spokesman.com (509) …"
JOINED = re.compile(r"\s+(?:and|&)\s+")
GLUED = re.compile(r"(?<=[a-z]{3})(?=[A-Z])")  # "Meg JamesStaff Writer": a role run onto a name
GLUED_DAY = re.compile(DAY_WORD, re.IGNORECASE)  # "Jeff FoustMonday, November 18"
MAX_NAME_WORDS = 4


@cache
def _byline_words() -> dict[str, frozenset[str]]:
    text = resources.files("access.clean.rules").joinpath("bylines.toml").read_text(encoding="utf-8")
    return {key: frozenset(values) for key, values in tomllib.loads(text).items()}


@cache
def _date_label() -> re.Pattern[str]:
    """A line opening with a publishing label ("Published", "Veröffentlicht", "Publicado")."""
    labels = "|".join(map(re.escape, sorted(_byline_words()["date_labels"], key=len, reverse=True)))
    return re.compile(rf"^\s*(?:{labels})\b", re.IGNORECASE)


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.casefold()))


def _without_roles(name: str) -> str:
    """A byline without the role or outlet after the names: ", AP Auto Writer", "Staff Writer"
    or a day glued on, ", Associated Press", ", Cleveland.com"."""
    roles = _byline_words()["role_words"]
    outlets = roles | _byline_words()["not_name_words"]
    for glue in GLUED.finditer(name):
        if _words(name[glue.start():]) & roles or GLUED_DAY.match(name, glue.start()):
            name = name[:glue.start()]
            break
    parts = name.split(",")
    kept = parts[:1] + [p for p in parts[1:] if not _words(p) & outlets and not DOMAIN.search(p)]
    return ",".join(kept).strip(" ,")


def byline_names(line: str) -> str:
    """People's names from a byline: no "By", no date, no address, no role; "" for a dateline."""
    line = EMAIL_ON.sub("", " ".join(line.split()))
    if not line or "://" in line or "@" in line or _date_label().match(line):
        return ""
    name = _without_roles(NAME_END.sub("", BY_PREFIX.sub("", line)).strip(" ,|:;-"))
    if not name or DIGIT.search(name) or len(name.split()) > 12:
        return ""
    return name


def is_label(line: str) -> bool:
    """Whether every word of a line is a site's label word ("Sign up now", "Latest News")."""
    words = _words(line)
    return bool(words) and words <= _byline_words()["not_name_words"]


def person_name(line: str) -> str:
    """The people a line names when it is only their names, perhaps with a role or outlet after
    a comma ("Natasha Turak", "Tom Krisher, AP Auto Writer", "JANIE HAR"); "" otherwise."""
    line = " ".join(line.split())
    head = line.split(",")[0].strip()
    if DIGIT.search(line) or "@" in line or len(line.split()) > 3 * MAX_NAME_WORDS:
        return ""
    people = JOINED.split(head)
    tail = line[len(head):]
    if len(tail.split()) > MAX_NAME_WORDS + 2 or _words(head) & _byline_words()["role_words"]:
        return ""
    return byline_names(line) if len(people) <= 3 and all(map(_is_name, people)) else ""


def _is_name(text: str) -> bool:
    """Two to four capitalised words, none a label's or an outlet's ("Bruce Y. Lee")."""
    lists = _byline_words()
    words = text.split()
    if not 2 <= len(words) <= MAX_NAME_WORDS or _words(text) & lists["not_name_words"]:
        return False
    capitalised = 0
    for word in words:
        if word in lists["particles"]:
            continue
        letters = word.replace(".", "").replace("-", "").replace("'", "").replace("’", "")
        if not letters.isalpha() or not word[0].isupper():
            return False
        capitalised += 1
    return capitalised >= 2


def clean_title(text: str) -> str:
    """A title with control and format characters taken out and white space folded."""
    text = text or ""
    if not text.isprintable():  # a printable text has no control or format characters
        text = "".join(" " if unicodedata.category(c) in ("Cc", "Zl", "Zp") else c
                       for c in text if unicodedata.category(c) != "Cf")
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
