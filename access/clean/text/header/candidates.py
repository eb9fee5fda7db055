"""The lines that may be the headline over (or opening) the body, and the page's signs for them."""

from __future__ import annotations

from dataclasses import dataclass, replace

from access.clean.rules import Rules
from access.clean.text.header.meta import byline_of, date_line, is_meta, meta_line
from access.clean.text.header.title_score import (
    MIN_TITLE_WORDS,
    Opening,
    content_words,
    opening_words,
    title_score,
)
from access.clean.text.lines import word_count
from access.clean.text.score import running_text
from access.clean.text.settings import HEADER, HeaderSettings

NUMBERED_DIGITS = 0.35  # … of a line over a byline line (a product's or an episode's number)


@dataclass(frozen=True)
class Candidate:
    """A line that may be the headline, and what the rules make of it."""

    at: int
    score: float
    stop: bool = False  # a line ending in a full stop taken for its byline: none the best yields to
    under: bool = False  # the body's first line, under the header's byline or date line


def title_candidates(lines: list[str], at: int, rules: Rules, header: HeaderSettings = HEADER,
                     span_lines: int = 0) -> list[Candidate]:
    """The lines that may be the headline of a body starting at ``at``, nearest first: those
    above it, then its own first ``span_lines`` before its running text begins that a byline
    or date line follows (the body's start is a guess: a headline set apart like a paragraph,
    "Plant Tesla eine zweite Fabrik in China?", opens it) or a breadcrumb trail ending in it
    stands over (``span_trail``) or the page quotes whole (``span_quoted``: "2 Gedanken zu
    „<headline>“" below)."""
    found, above = [], opening_words(lines, at, header)
    inside = next((i for i in range(at, min(len(lines), at + span_lines)) if running_text(lines[i])),
                  min(len(lines), at + span_lines))
    meta: dict[int, bool] = {}  # neighbouring candidates ask of the same lines

    def meta_at(j: int) -> bool:
        if j not in meta:
            meta[j] = j < len(lines) and meta_line([lines[j]], rules, header)
        return meta[j]

    span = range(at, min(len(lines), at + span_lines))
    named = {i for i in span if header.span_trail and _trail_over(lines, i, header.trail_words)}
    if header.span_quoted and header.quoted_repeat:  # (the page names it twice either way)
        named |= _quoted_whole(lines, list(span), header.trail_words)
    stop = max([inside, *(i + 1 for i in named)])  # (a trail's headline may be as long as running text)
    for i in [*range(at - 1, max(-1, at - 1 - header.lookback), -1), *range(at, stop)]:
        if header.trail_label and i > 0 and rules.is_breadcrumb_label(lines[i - 1]):
            continue  # a breadcrumb trail ("Sie sind hier:" / "hessenschau.de Kultur Buchmesse …")
        opening = above if i < at else opening_words(lines, i + 1, header)
        score = title_score(lines[i], max(at - 1 - i, 0), rules, opening, header)
        if (score is None and header.numbered_over_byline and i + 1 < len(lines)
                and byline_of(lines[i + 1], rules, header)):  # "… an RTX 3080, 3090 or 3070" over "By …"
            score = title_score(lines[i], max(at - 1 - i, 0), rules, opening, header, NUMBERED_DIGITS)
        if score is None and header.chrome_over_meta and _chrome_over_meta(lines, i, rules, header):
            score = title_score(lines[i], max(at - 1 - i, 0), rules, opening, header, chrome=False)
        heads_text = (header.under_meta and i == at < inside and i > 0 and meta_at(i - 1)
                      and _over_text(lines, i, header))
        stopped = score is None and (_stop_over_meta(lines, i, rules, opening, header) or (
            heads_text and header.stop_under and _short_stop(lines[i], header)))
        if stopped:  # "Elektro-Zapfsäulen." over "17/11/2019 ~ Cem Basman"
            score = title_score(lines[i], max(at - 1 - i, 0), rules, opening, header, stop=True)
        below = score is not None and i < inside and (meta_at(i + 1) or meta_at(i + 2))
        trail = score is not None and i in named
        under = score is not None and heads_text
        if score is not None and (i < at or below or trail or under):
            found.append(Candidate(i, score + (header.above_byline if below else 0.0)
                                   + (header.trail_end if trail else 0.0), stopped, under))
    if header.trail_end:
        ends = _trail_ends(lines, at, [c.at for c in found], header.trail_words)
        found = [replace(c, score=c.score + header.trail_end) if c.at in ends else c for c in found]
    if header.near_repeat:
        found = [replace(c, score=c.score + header.near_repeat) if _said_near(lines, c.at, header) else c
                 for c in found]
    if header.quoted_repeat:
        quoted = _quoted_whole(lines, [c.at for c in found], header.trail_words)
        found = [replace(c, score=c.score + header.quoted_repeat) if c.at in quoted else c for c in found]
    return found


def _over_text(lines: list[str], at: int, header: HeaderSettings = HEADER) -> bool:
    """Whether running text starts just under the line at ``at``, or ``under_reach`` lines under
    it at most when the line shares ``head_shared`` words with that opening as a headline does (a
    share bar or a picture's caption between: "Make your social media shine bright like a
    diamond!" over "Social Share" over "We don’t experience the four seasons …")."""
    if at + 1 < len(lines) and running_text(lines[at + 1]):
        return True
    if not any(running_text(line) for line in lines[at + 2:at + 1 + header.under_reach]):
        return False
    return len(content_words(lines[at]) & opening_words(lines, at + 1, header)[1]) >= header.head_shared


def _said_near(lines: list[str], at: int, header: HeaderSettings = HEADER) -> bool:
    """Whether the line at ``at``, two words at least, is said again ``repeat_reach`` lines
    around it at most: a headline over its lead image's title or under a sticky header's copy
    ("Heulage: Besser als ihr Ruf?" / "Leseprobe: Das perfekte Dinner" / "Heulage: Besser als
    ihr Ruf?"); a menu's items and related links are said again further off."""
    line = lines[at]
    near = range(max(0, at - header.repeat_reach), min(len(lines), at + header.repeat_reach + 1))
    return word_count(line) >= MIN_TITLE_WORDS and any(lines[i] == line for i in near if i != at)


QUOTE_OPEN, QUOTE_END = "\"„“«‘'", "\"“”»’‘'"


def _quoted_whole(lines: list[str], ats: list[int], min_words: int) -> set[int]:
    """Of the lines at ``ats`` at least ``min_words`` long, those the page quotes whole
    elsewhere: a blog's comment header names its post ("4 Gedanken zu „<headline>“", "20
    thoughts on “<headline>”"), as does a citation or a comment form ("Um den Tipp
    "<headline>" kommentieren zu können …"); a menu's item or a teaser is not quoted."""
    wanted = [i for i in ats if word_count(lines[i]) >= min_words]
    if not wanted:
        return set()
    page = "\n".join(lines)
    return {i for i in wanted if _quoted_in(page, lines[i])}


def _quoted_in(page: str, line: str) -> bool:
    """Whether ``line`` stands between quotation marks somewhere in ``page``."""
    at = page.find(line)
    while at >= 0:
        end = at + len(line)
        if at > 0 and end < len(page) and page[at - 1] in QUOTE_OPEN and page[end] in QUOTE_END:
            return True
        at = page.find(line, at + 1)
    return False


def _chrome_over_meta(lines: list[str], at: int, rules: Rules, header: HeaderSettings = HEADER) -> bool:
    """Whether a line a chrome pattern matches stands right over a byline or date line: a
    headline the pattern reads as a label or a count ("VIDEO: Voting on NYCHA’s Future" over
    "By Tatyana Turner.", "Scherenschnitt (3)" over "Veröffentlicht: 05.01.2020 | Autor: …"),
    scored as one; not a line the residue list names whole (a back link, "Zurück zur
    Übersicht", over the byline; a label alone, "Share", is too short to be a headline anyway)."""
    below, line = lines[at + 1] if at + 1 < len(lines) else "", lines[at]
    return bool(below) and rules.is_chrome(line) and not rules.is_listed(line) and (
        is_meta(below, rules) or date_line(below, header) or bool(byline_of(below, rules, header)))


def _short_stop(line: str, header: HeaderSettings = HEADER) -> bool:
    """Whether a line ends in a full stop and is no longer than ``stop_over_meta`` words."""
    return line.endswith(".") and word_count(line) <= header.stop_over_meta


def _stop_over_meta(lines: list[str], at: int, rules: Rules, opening: Opening,
                    header: HeaderSettings = HEADER) -> bool:
    """Whether a short line ending in a full stop is a headline for the byline or date line
    just below it ("Elektro-Zapfsäulen." over "17/11/2019 ~ Cem Basman"): when the line above
    it is no headline (else it is a standfirst or a photo's caption under one)."""
    line, below = lines[at], lines[at + 1] if at + 1 < len(lines) else ""
    if not (header.stop_over_meta and _short_stop(line, header)):
        return False
    if not (is_meta(below, rules) or date_line(below, header) or byline_of(below, rules, header)):
        return False
    return at == 0 or title_score(lines[at - 1], 0, rules, opening, header) is None


TRAIL_KEY = 8  # the characters a line's end is looked up by


def _trail_over(lines: list[str], at: int, min_words: int) -> bool:
    """Whether the line just above ``at`` is a longer line ending in it, ``at`` of ``min_words``
    words at least: a breadcrumb trail's last step over the headline it names ("Home / Buch /
    Strong & Beautiful - Pamela Reif [Rezension]" over "Strong & Beautiful - Pamela Reif
    [Rezension]"), though the body's span opens on the trail."""
    line, over = lines[at], lines[at - 1] if at > 0 else ""
    return word_count(line) >= min_words and len(over) > len(line) and over.endswith(line)


def _trail_ends(lines: list[str], at: int, ats: list[int], min_words: int) -> set[int]:
    """Of the lines at ``ats`` at least ``min_words`` long, those that end a longer line above
    ``at``: the last step of a breadcrumb trail ("Home » News » headline", "Start Chronik
    headline") or a sticky header. A page names its headline twice; a menu's short items end
    longer lines too, a headline is longer. (The same line said twice is no sign: menus,
    related links and section labels repeat as often as headlines do.)"""
    wanted: dict[str, list[int]] = {}
    for i in ats:
        if word_count(lines[i]) >= min_words:
            wanted.setdefault(lines[i][-TRAIL_KEY:], []).append(i)
    return {i for line in lines[:at] for i in wanted.get(line[-TRAIL_KEY:], ())
            if line != lines[i] and line.endswith(lines[i])}
