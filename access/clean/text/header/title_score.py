"""How much a line reads as the headline: the shapes a headline has not, the opening's words it shares."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from access.clean.fields import bylines, wordlists
from access.clean.fields.bylines import by_alone, is_label, written_byline
from access.clean.fields.dates import dated_headline
from access.clean.rules import Rules
from access.clean.text.header.meta import BYLINE_LOOKAHEAD, split_meta
from access.clean.text.lines import iso_date, word_count
from access.clean.text.score import MAX_HEADING_WORDS
from access.clean.text.settings import HEADER, HeaderSettings
from access.document.model import FULL_STOPS, SPOKEN_ENDS

TAG_PREFIX = re.compile(r"[(\[][^()\[\]]{1,30}[)\]]\s+\S+\s+\S")  # "[Review] Love is War", "(News) …"
# A link to the previous or next post: an arrow opening or closing the line, none facing it
# ("← Das F-Wort – Teil 2", "Vorstudie zur Menüerweiterung »"); «quoted» headlines have both.
BACK_LINK, ON_LINK = re.compile(r"^[←‹<«]"), re.compile(r"[→›>»]$")
BACK_ARROW, ON_ARROW = re.compile(r"[←‹<«]"), re.compile(r"[→›>»]")
BREADCRUMB = re.compile(r"\S\s+(?:[>›»/]|>>)\s+\S.*\s(?:[>›»/]|>>)\s+\S")
MIN_TITLE_WORDS = 2
QUOTE_CLOSE = "\"”’»«'"  # a full stop inside closing quotes ends a sentence as well
RECIPE_LABEL_WORDS = 8  # a recipe card's label is no longer ("Zutaten für eine Form (26 cm)")
SYMBOL_CATEGORIES = frozenset({"So", "Sk", "Mn", "Cf"})  # emoji, their variation selectors and joiners
TITLE_CASE_SHARE = 0.8  # (German capitalises its nouns: a sentence of it has 0.7 and more)
MIN_OPENING_WORDS = 5  # the article's opening, that its headline's words come back in, is no shorter
TITLE_MAX_DIGITS = 0.2  # share of characters
YEAR = re.compile(r"\b(?:19|20)\d\d\b")  # a year a headline names ("Fünf HR-Trends 2023")
# An opening's content words: its first line's, its first lines'.
Opening = tuple[frozenset[str], frozenset[str]]


def _bare_end(line: str, header: HeaderSettings = HEADER) -> str:
    """``line`` without the closing quotes (``quoted_stop``) and the emoji or other symbols
    (``symbol_stop``) after its last stop: what its sentence ends in ("… durchkämmen. 💈")."""
    if header.symbol_stop and line and not line[-1].isascii():  # (symbols are not ASCII)
        line = line.rstrip()
        while line and unicodedata.category(line[-1]) in SYMBOL_CATEGORIES:
            line = line[:-1].rstrip()
    return line.rstrip(QUOTE_CLOSE) if header.quoted_stop else line


def title_score(line: str, distance: int, rules: Rules, opening: Opening = (frozenset(), frozenset()),
                 header: HeaderSettings = HEADER, digits: float = TITLE_MAX_DIGITS,
                 stop: bool = False, chrome: bool = True) -> float | None:
    """How much ``line`` reads like the headline ``distance`` lines above the body; None if not.
    A headline's words come back in the article's opening: each shared word counts. A headline
    copied on one line with its byline and day is scored without them (``split_meta``). One
    ending in a full stop over its byline (``stop``, see ``_stop_over_meta``) may be a word alone
    ("Nebelsuppe."); one over its byline or date line may match a chrome pattern (not ``chrome``,
    see ``_chrome_over_meta``)."""
    line = split_meta(line, header)[0] if header.one_line_meta and header.meta_split_score else line
    words = word_count(line)
    if not (1 if stop else MIN_TITLE_WORDS) <= words <= header.max_words or line[0] == "©" or (
            line[0] in "([" and not (header.tag_prefix and TAG_PREFIX.match(line))):
        return None
    if not stop and _bare_end(line, header).endswith(FULL_STOPS) and not (
            header.title_case_stop and title_cased(line)):
        return None
    if sum(map(str.isdigit, line)) > digits * len(line) and not (
            header.year_digits and _named_year(line, digits)):
        return None  # dates, times, table rows (a year aside: "Fünf HR-Trends 2023")
    if (rules.is_byline(line) or rules.is_date(line) or (chrome and rules.is_chrome(line))
            or rules.is_caption(line)
            or (header.written_bylines
                and written_byline(line, header.outlet_bylines, header.listed_by, header.glued_days,
                                   header.piped_by))
            or bylines.reviewer_line(line)):
        return None  # ("Eine Kolumne von Nils Pickert" is a byline read anywhere in its line)
    if (iso_date(line) and words <= header.dateline_words
            and not (header.dated_headlines and dated_headline(line))) or BREADCRUMB.search(line):
        return None  # a dateline ("Updated : 19 November 2019") or a breadcrumb trail
    if header.labels and (is_label(line) or by_alone(line)):
        return None  # "Sign up now", "Latest News", a "by" whose names are below ("Tipps von")
    if header.post_links and post_link(line):
        return None
    if header.colon_end and line.endswith(":"):
        return None  # "So geht der Sazerac:", "Tour dates:"
    if header.recipe_labels and words <= RECIPE_LABEL_WORDS and (rules.is_ingredients(line)
                                                                 or rules.is_method(line)):
        return None  # a recipe card's label, its colon lost ("Zutaten für", "Zubereitung")
    if header.tag_cloud and words >= header.tag_cloud and _tags(line):
        return None  # "abu garcia angeln hecht iaconelli ike jiggen raubfisch rute spinnrute test"
    if header.menu_line and words >= header.menu_line and _menu_line(line):
        return None  # "About Antisemitismus Arbeit Bankenkrise Bildung Computer Deutschland EGovernment …"
    if header.taglines and rules.is_tagline(line):
        return None  # a blog naming itself under its name ("SurfGuards Blog über das Leben in …")
    own = content_words(line)
    return (min(words, header.full_words) - header.distance_cost * distance
            + header.opening_weight * len(own & opening[0]) + header.opening_wide * len(own & opening[1]))


def _named_year(line: str, digits: float) -> bool:
    """Whether a line's digits are a year's and a headline's share besides, its words without
    the year a headline's ("Fünf HR-Trends 2023"; not "Februar 2020", an archive's month)."""
    rest = YEAR.sub("", line, count=1)
    return (len(rest) < len(line) and word_count(rest) >= MIN_TITLE_WORDS
            and sum(map(str.isdigit, rest)) <= digits * len(line))


def _tags(line: str) -> bool:
    """Whether a line is a tag cloud: lower-case words only (in a script with case), none a
    sentence's ("10 things in tech you need to know today" is a headline written small)."""
    return (any(map(str.islower, line)) and not any(map(str.isupper, line))
            and not wordlists.sentence_word(line))


MENU_ITEM = re.compile(r"[^\W\d_][\w&+'’-]*")  # a menu's item: a word of letters ("Baba-mama")


def _menu_line(line: str) -> bool:
    """Whether a line is a menu's items copied on one line: every word capitalised and of letters
    (no punctuation, no number), not all of it in capitals, at most one a sentence's word ("About
    Antisemitismus Arbeit …"; a headline in Title Case has its function words: "How To Make The …")."""
    words = line.split()
    if line.isupper() or not all(word[0].isupper() and MENU_ITEM.fullmatch(word) for word in words):
        return False  # (a headline shouted: "ATLANTIS PARADISE ISLAND AND DOLPHIN CAY DONATES …")
    return sum(wordlists.sentence_word(word) for word in words) <= 1


def asks(line: str) -> bool:
    """A headline asking or exclaiming: a few words closed by "?" or "!" ("How does the brain
    turn unconscious information into conscious thought?")."""
    return MIN_TITLE_WORDS <= word_count(line) <= MAX_HEADING_WORDS and line.endswith(SPOKEN_ENDS)


def post_link(line: str) -> bool:
    """A link to the previous or next post: an arrow opens or closes it and none faces it, or
    both links on one line between true arrows ("← Vorherige Nächste →"; «quoted» headlines
    are between guillemets)."""
    return bool((BACK_LINK.search(line) and not ON_ARROW.search(line))
                or (ON_LINK.search(line) and not BACK_ARROW.search(line))
                or (line[0] == "←" and line[-1] == "→"))


def title_cased(line: str) -> bool:
    """Most words capitalised, as a headline is ("Why You Shouldn’t Worry.")."""
    words = [w for w in line.split() if w[0].isalpha()]
    return bool(words) and sum(w[0].isupper() for w in words) >= TITLE_CASE_SHARE * len(words)


# A content word: four word characters or more. Found whole by the pattern (a run of three is passed
# over at each of its characters, never matched inside a longer run), as ``WORD``'s runs longer than
# three are, without making and dropping the short ones (a body's text is asked whole).
CONTENT_WORD = re.compile(r"\w{4,}")


def content_words(text: str) -> set[str]:
    return set(CONTENT_WORD.findall(text.casefold()))


@lru_cache(maxsize=256)
def _line_content_words(line: str) -> frozenset[str]:
    """A line's content words, remembered for a page's lines: the openings of neighbouring
    headline candidates share most of their lines."""
    return frozenset(content_words(line))


def _lines_content_words(lines: list[str]) -> frozenset[str]:
    """The content words of ``lines``, those of the lines joined (no word spans two lines)."""
    return frozenset().union(*map(_line_content_words, lines))


def opening_words(lines: list[str], at: int, header: HeaderSettings) -> Opening:
    """The content words of the article's opening: its first line from ``at`` long enough to
    be prose (past a "Watch live" line), and of its first ``wide_lines`` lines from there."""
    first = next((i for i in range(at, min(len(lines), at + BYLINE_LOOKAHEAD))
                  if word_count(lines[i]) >= MIN_OPENING_WORDS), at)
    near = _lines_content_words(lines[first:first + header.opening_lines])
    wide = _lines_content_words(lines[first:first + header.wide_lines]) if header.opening_wide else near
    return near, wide
