"""Line tests the header's searches share: byline lines, date lines, a headline's one-line meta."""

from __future__ import annotations

import re

from access.clean.fields import bylines, dates, wordlists
from access.clean.fields.bylines import (
    EMAIL_ON,
    byline_names,
    dated_byline_at,
    names_shaped,
    person_name,
    written_byline,
)
from access.clean.rules import Rules, built_once, compiled_once
from access.clean.text.lines import ends_sentence, iso_date, word_count
from access.clean.text.settings import HEADER, HeaderSettings

MAX_DATE_LINE_WORDS = 14
BYLINE_LOOKAHEAD = 8  # a byline this near the top of the body (or below its end) is its own
# A note of a word or two in brackets closing a line, no stop inside ("2020年3月5日（木）",
# "5. März 2020 (aktualisiert)", "… 05:00 (1 Kommentar)"; not a role: "(Pressesprecher des EJW)")
CLOSING_NOTE = re.compile(r"\s*[(（][^()（）.!?。！？\s]{1,16}(?:\s[^()（）.!?。！？\s]{1,16})?[)）]\s*$")


def is_meta(line: str, rules: Rules) -> bool:
    return rules.is_byline(line) or rules.is_date(line)


def meta_line(lines: list[str], rules: Rules, header: HeaderSettings = HEADER) -> bool:
    """Whether one of ``lines`` is a byline, a date line or a line of only a name (or, with
    ``dated_meta``, a short line naming a day: "5. November 2021 admin News 0")."""
    return any(is_meta(line, rules) or person_name(line) or (
        header.dated_meta and word_count(line) <= MAX_DATE_LINE_WORDS
        and iso_date(line, header.written_dates)) for line in lines)


def date_line(line: str, header: HeaderSettings = HEADER) -> bool:
    """Whether a line is short, names a day and ends no sentence: a dateline, not prose; or
    (``stopped_dates``) is a day alone and a stop closing it ("12 марта 2024 г.", "12. март 2024.")."""
    return (word_count(line) <= MAX_DATE_LINE_WORDS and bool(iso_date(line, header.written_dates))
            and (not ends_statement(line, header) or (header.stopped_dates and dates.bare_date(line))))


NOTE_TAIL = 64  # a closing note is 35 characters at most: looked for in the line's last this many


def ends_statement(line: str, header: HeaderSettings = HEADER) -> bool:
    """Whether a line ends a sentence, a short note in brackets closing it aside
    (``bracket_notes``: a weekday, "(aktualisiert)"; the bracket is no sentence's end)."""
    return ends_sentence(_without_note(line) if header.bracket_notes and line[-1:] in ")）" else line)


def _without_note(line: str) -> str:
    """``line`` (closing on a bracket) without its closing note (``CLOSING_NOTE``), the note
    looked for in its end only: searched from each character, a long paragraph took time in its
    length. A note found at the end's very start may have spaces before it above: the whole
    line is searched then."""
    tail = line[-NOTE_TAIL:]
    found = CLOSING_NOTE.search(tail)
    if found is None:
        return line
    if found.start() == 0 and len(line) > NOTE_TAIL:
        return CLOSING_NOTE.sub("", line)
    return line[:len(line) - len(tail) + found.start()]


def header_at_top(line: str, rules: Rules, header: HeaderSettings = HEADER) -> bool:
    """Whether a line at the body's top is its header's: a byline read anywhere in it, or a
    short line naming a day that ends no sentence ("5. November 2021 admin News 0")."""
    return date_line(line, header) or bool(byline_of(line, rules, header))


def byline_or_day_line(line: str, rules: Rules, header: HeaderSettings = HEADER) -> bool:
    """Whether a line is a byline or a short line naming a day (a header's, under its headline:
    "기사입력 :[ 2018-08-25 15:24 ]"); a line of only a name is not asked (a menu's "Plant Care")."""
    return (is_meta(line, rules) or bool(byline_of(line, rules, header))
            or (word_count(line) <= MAX_DATE_LINE_WORDS and bool(iso_date(line, header.written_dates))))


def byline_of(line: str, rules: Rules, header: HeaderSettings = HEADER) -> str:
    """The people a byline line names ("" when it is none): after a "by" anywhere in it
    (``written_bylines``), else as the byline rules read it, names shaped like names
    (``name_shape``); never a web address ("Autor: www.portalspozywczy.pl"; a site signing
    with its domain, "von przepisy.pl", is its author)."""
    if header.written_bylines and (names := written_byline(
            line, header.outlet_bylines, header.listed_by, header.glued_days, header.piped_by)):
        return names
    if not rules.is_byline(EMAIL_ON.sub("", line) if "@" in line else line):
        return ""
    names = byline_names(byline_name(line))
    shaped = names_shaped(names) or not header.name_shape or (header.newsroom_by and bylines.newsroom(names))
    return names if shaped and not bylines.WEB_ADDRESS.search(names) else ""


@built_once
def _by_name() -> re.Pattern[str]:
    """A "by" word of a spaced script (bylines.toml by_words) and the name after it."""
    words = "|".join(map(re.escape, wordlists.latin_by_words()))
    return compiled_once(rf"\b(?:{words})\s+(.+?)(?:\s+(?:on|at|\||-|,)\s.*)?$", re.IGNORECASE)


def byline_name(line: str) -> str:
    """The name after a line's "by" word ("By Jane Doe on May 3"); the line when it has none."""
    match = _by_name().search(line)
    return match.group(1).strip(" ,|") if match else line


def split_meta(line: str, header: HeaderSettings = HEADER) -> tuple[str, str]:
    """A headline copied on one line with its byline and day ("Brookhaven Village closed due
    to gas leak by LOGAN C. RITCHIE NOVEMBER 8, 2023 | 6:03 PM"): the headline and that
    byline; (line, "") when the line names no day or no such byline closes it."""
    if not header.one_line_meta or not dates.DIGIT.search(line):
        return line, ""  # (every wording of a day has a digit: the cheap test first)
    at = dated_byline_at(line)
    return (line[:at].rstrip(" |–-:,"), line[at:]) if at > 0 else (line, "")
