"""The headline, byline and date around the body's start."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache

from access.clean import fields
from access.clean.fields import (
    EMAIL_ON,
    WORD,
    agency,
    bare_date,
    by_alone,
    byline_names,
    date_labelled,
    dated_byline_at,
    dated_headline,
    dated_name,
    is_label,
    names_shaped,
    person_name,
    slashed_days,
    update_labelled,
    with_names,
    written_byline,
)
from access.clean.language import detect_language
from access.clean.rules import Rules
from access.clean.text.lines import ends_sentence, iso_date, word_count
from access.clean.text.score import MAX_HEADING_WORDS, _is_heading_like, _prose_words, _running_text
from access.clean.text.settings import HEADER, WEIGHTS, HeaderSettings

TAG_PREFIX = re.compile(r"[(\[][^()\[\]]{1,30}[)\]]\s+\S+\s+\S")  # "[Review] Love is War", "(News) …"
# A link to the previous or next post: an arrow opening or closing the line, none facing it
# ("← Das F-Wort – Teil 2", "Vorstudie zur Menüerweiterung »"); «quoted» headlines have both.
BACK_LINK, ON_LINK = re.compile(r"^[←‹<«]"), re.compile(r"[→›>»]$")
BACK_ARROW, ON_ARROW = re.compile(r"[←‹<«]"), re.compile(r"[→›>»]")
BREADCRUMB = re.compile(r"\S\s+(?:[>›»/]|>>)\s+\S.*\s(?:[>›»/]|>>)\s+\S")
NAV_MARKS = re.compile(r"\s[|•›»/>]\s|[|•›>]")  # a menu's or a trail's separators ("Kultur | Bücher")
TRAIL_HEAD = 3  # a line holding the headline's first words is a trail leading to it
MIN_TITLE_WORDS = 2
QUOTE_CLOSE = "\"”’»«'"  # a full stop inside closing quotes ends a sentence as well

RECIPE_LABEL_WORDS = 8  # a recipe card's label is no longer ("Zutaten für eine Form (26 cm)")
SYMBOL_CATEGORIES = frozenset({"So", "Sk", "Mn", "Cf"})  # emoji, their variation selectors and joiners


def _bare_end(line: str, header: HeaderSettings = HEADER) -> str:
    """``line`` without the closing quotes (``quoted_stop``) and the emoji or other symbols
    (``symbol_stop``) after its last stop: what its sentence ends in ("… durchkämmen. 💈")."""
    if header.symbol_stop and line and not line[-1].isascii():  # (symbols are not ASCII)
        line = line.rstrip()
        while line and unicodedata.category(line[-1]) in SYMBOL_CATEGORIES:
            line = line[:-1].rstrip()
    return line.rstrip(QUOTE_CLOSE) if header.quoted_stop else line
TITLE_CASE_SHARE = 0.8  # (German capitalises its nouns: a sentence of it has 0.7 and more)
MIN_OPENING_WORDS = 5  # the article's opening, that its headline's words come back in, is no shorter
TITLE_MAX_DIGITS = 0.2  # share of characters
NUMBERED_DIGITS = 0.35  # … of a line over a byline line (a product's or an episode's number)
YEAR = re.compile(r"\b(?:19|20)\d\d\b")  # a year a headline names ("Fünf HR-Trends 2023")
DATE_AROUND = 4  # lines around the header searched for a date line
MAX_DATE_LINE_WORDS = 14
FOOTER_REACH = 16  # lines below the body a blog theme's footer may date the post from (past a share bar)
WITHIN_DAY_DAYS = 2  # a page dating a piece "vor 2 Stunden" names this many days at least
LEAD_WORDS = 100  # words of running text above a byline that opens the article at most (a standfirst)
BYLINE_LOOKAHEAD = 8  # a byline this near the top of the body (or below its end) is its own
SIGNED_LINES = 2  # a signature beside its date may close the body itself
CLOSING_WORDS = 12  # a "by" line closing the body is no longer (a longer one is a sentence's "by")
DASHES = "-–— "  # a signature's dash ("— Nadja Podbregar")
# An opening's content words: its first line's, its first lines'.
Opening = tuple[frozenset[str], frozenset[str]]


def _title_score(line: str, distance: int, rules: Rules, opening: Opening = (frozenset(), frozenset()),
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
    if not stop and _bare_end(line, header).endswith(".") and not (
            header.title_case_stop and _title_cased(line)):
        return None
    if sum(map(str.isdigit, line)) > digits * len(line) and not (
            header.year_digits and _named_year(line, digits)):
        return None  # dates, times, table rows (a year aside: "Fünf HR-Trends 2023")
    if (rules.is_byline(line) or rules.is_date(line) or (chrome and rules.is_chrome(line))
            or rules.is_caption(line) or (header.written_bylines and written_byline(line))
            or fields.reviewer_line(line)):
        return None  # ("Eine Kolumne von Nils Pickert" is a byline read anywhere in its line)
    if (iso_date(line) and words <= header.dateline_words
            and not (header.dated_headlines and dated_headline(line))) or BREADCRUMB.search(line):
        return None  # a dateline ("Updated : 19 November 2019") or a breadcrumb trail
    if header.labels and (is_label(line) or by_alone(line)):
        return None  # "Sign up now", "Latest News", a "by" whose names are below ("Tipps von")
    if header.post_links and _post_link(line):
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
    own = _content_words(line)
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
            and not fields.sentence_word(line))


MENU_ITEM = re.compile(r"[^\W\d_][\w&+'’-]*")  # a menu's item: a word of letters ("Baba-mama")


def _menu_line(line: str) -> bool:
    """Whether a line is a menu's items copied on one line: every word capitalised and of letters
    (no punctuation, no number), not all of it in capitals, at most one a sentence's word ("About
    Antisemitismus Arbeit …"; a headline in Title Case has its function words: "How To Make The …")."""
    words = line.split()
    if line.isupper() or not all(word[0].isupper() and MENU_ITEM.fullmatch(word) for word in words):
        return False  # (a headline shouted: "ATLANTIS PARADISE ISLAND AND DOLPHIN CAY DONATES …")
    return sum(fields.sentence_word(word) for word in words) <= 1


def _asks(line: str) -> bool:
    """A headline asking or exclaiming: a few words closed by "?" or "!" ("How does the brain
    turn unconscious information into conscious thought?")."""
    return MIN_TITLE_WORDS <= word_count(line) <= MAX_HEADING_WORDS and line.endswith(("?", "!"))


def _post_link(line: str) -> bool:
    """A link to the previous or next post: an arrow opens or closes it and none faces it, or
    both links on one line between true arrows ("← Vorherige Nächste →"; «quoted» headlines
    are between guillemets)."""
    return bool((BACK_LINK.search(line) and not ON_ARROW.search(line))
                or (ON_LINK.search(line) and not BACK_ARROW.search(line))
                or (line[0] == "←" and line[-1] == "→"))


def _title_cased(line: str) -> bool:
    """Most words capitalised, as a headline is ("Why You Shouldn’t Worry.")."""
    words = [w for w in line.split() if w[0].isalpha()]
    return bool(words) and sum(w[0].isupper() for w in words) >= TITLE_CASE_SHARE * len(words)


def _content_words(text: str) -> set[str]:
    return {w for w in WORD.findall(text.casefold()) if len(w) > 3}


@lru_cache(maxsize=256)
def _line_content_words(line: str) -> frozenset[str]:
    """A line's content words, remembered for a page's lines: the openings of neighbouring
    headline candidates share most of their lines."""
    return frozenset(_content_words(line))


def _lines_content_words(lines: list[str]) -> frozenset[str]:
    """The content words of ``lines``, those of the lines joined (no word spans two lines)."""
    return frozenset().union(*map(_line_content_words, lines))


@dataclass(frozen=True)
class Candidate:
    """A line that may be the headline, and what the rules make of it."""

    at: int
    score: float
    stop: bool = False  # a line ending in a full stop taken for its byline: none the best yields to
    under: bool = False  # the body's first line, under the header's byline or date line


def _opening(lines: list[str], at: int, header: HeaderSettings) -> Opening:
    """The content words of the article's opening: its first line from ``at`` long enough to
    be prose (past a "Watch live" line), and of its first ``wide_lines`` lines from there."""
    first = next((i for i in range(at, min(len(lines), at + BYLINE_LOOKAHEAD))
                  if word_count(lines[i]) >= MIN_OPENING_WORDS), at)
    near = _lines_content_words(lines[first:first + header.opening_lines])
    wide = _lines_content_words(lines[first:first + header.wide_lines]) if header.opening_wide else near
    return near, wide


def title_candidates(lines: list[str], at: int, rules: Rules, header: HeaderSettings = HEADER,
                     span_lines: int = 0) -> list[Candidate]:
    """The lines that may be the headline of a body starting at ``at``, nearest first: those
    above it, then its own first ``span_lines`` before its running text begins that a byline
    or date line follows (the body's start is a guess: a headline set apart like a paragraph,
    "Plant Tesla eine zweite Fabrik in China?", opens it) or a breadcrumb trail ending in it
    stands over (``span_trail``) or the page quotes whole (``span_quoted``: "2 Gedanken zu
    „<headline>“" below)."""
    found, above = [], _opening(lines, at, header)
    inside = next((i for i in range(at, min(len(lines), at + span_lines)) if _running_text(lines[i])),
                  min(len(lines), at + span_lines))
    meta: dict[int, bool] = {}  # neighbouring candidates ask of the same lines

    def meta_at(j: int) -> bool:
        if j not in meta:
            meta[j] = j < len(lines) and _meta_line([lines[j]], rules, header)
        return meta[j]

    span = range(at, min(len(lines), at + span_lines))
    named = {i for i in span if header.span_trail and _trail_over(lines, i, header.trail_words)}
    if header.span_quoted and header.quoted_repeat:  # (the page names it twice either way)
        named |= _quoted_whole(lines, list(span), header.trail_words)
    stop = max([inside, *(i + 1 for i in named)])  # (a trail's headline may be as long as running text)
    for i in [*range(at - 1, max(-1, at - 1 - header.lookback), -1), *range(at, stop)]:
        if header.trail_label and i > 0 and rules.is_breadcrumb_label(lines[i - 1]):
            continue  # a breadcrumb trail ("Sie sind hier:" / "hessenschau.de Kultur Buchmesse …")
        opening = above if i < at else _opening(lines, i + 1, header)
        score = _title_score(lines[i], max(at - 1 - i, 0), rules, opening, header)
        if (score is None and header.numbered_over_byline and i + 1 < len(lines)
                and _byline_of(lines[i + 1], rules, header)):  # "… an RTX 3080, 3090 or 3070" over "By …"
            score = _title_score(lines[i], max(at - 1 - i, 0), rules, opening, header, NUMBERED_DIGITS)
        if score is None and header.chrome_over_meta and _chrome_over_meta(lines, i, rules, header):
            score = _title_score(lines[i], max(at - 1 - i, 0), rules, opening, header, chrome=False)
        heads_text = (header.under_meta and i == at < inside and i > 0 and meta_at(i - 1)
                      and i + 1 < len(lines) and _running_text(lines[i + 1]))
        stopped = score is None and (_stop_over_meta(lines, i, rules, opening, header) or (
            heads_text and header.stop_under and _short_stop(lines[i], header)))
        if stopped:  # "Elektro-Zapfsäulen." over "17/11/2019 ~ Cem Basman"
            score = _title_score(lines[i], max(at - 1 - i, 0), rules, opening, header, stop=True)
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
        _is_meta(below, rules) or _date_line(below, header) or bool(_byline_of(below, rules, header)))


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
    if not (_is_meta(below, rules) or _date_line(below, header) or _byline_of(below, rules, header)):
        return False
    return at == 0 or _title_score(lines[at - 1], 0, rules, opening, header) is None


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


def _heading_over_text(lines: list[str], span: range, rules: Rules, header: HeaderSettings = HEADER) -> int:
    """The first line in ``span`` shaped as a headline (short, ending no sentence, or asking)
    that a paragraph follows and the headline rules take: with no headline found above the
    body, the headline opening it under a blog's motto or the post's day ("Man muss dem Leben
    immer um mindestens einen Whisky voraus sein (Humphrey Bogart)" over "Termine Whisky
    Tastings Januar – Mai 2020 Halle/Saale und Dessau"); not a salutation ending in a comma, which
    the paragraph goes on from ("Liebe_r Besucher_in,"); -1 when none."""
    return next((i for i in span if i + 1 < len(lines) and _running_text(lines[i + 1])
                 and not lines[i].endswith(",")
                 and (_is_heading_like(lines[i]) or (header.asking_title and _asks(lines[i])))
                 and not _is_meta(lines[i], rules)
                 and _title_score(lines[i], 0, rules, header=header) is not None), -1)


def _pick_title(lines: list[str], at: int, rules: Rules,
                header: HeaderSettings = HEADER) -> tuple[str, int]:
    """The most headline-like line in the few lines above ``at``, nearer ones preferred."""
    if header.thread_title and (thread := _thread_title(lines, at, rules, header)) >= 0:
        return lines[thread], thread
    candidates = title_candidates(lines, at, rules, header, header.span_lines)
    best = max(candidates, key=lambda c: c.score) if candidates else None
    weak = best is None or best.score < header.opening_weight  # (no line reads as a headline)
    if header.far_lookback and weak and (far := _far_candidates(lines, at, rules, header)):
        candidates, weak = far, False
        best = max(candidates, key=lambda c: c.score)
    if header.lone_word and weak and _lone_word(lines, at, rules, header):
        return lines[at - 1], at - 1
    if best is None:
        opening = _opening_headline(lines, -1, None, at, rules, header) if header.opening_head else -1
        return (lines[opening], opening) if opening >= 0 else ("", -1)
    best_at = best.at
    if header.dek_words and word_count(lines[best_at]) >= header.dek_words:
        best_at = _headline_over_dek(lines, best_at, [c.at for c in candidates], header)
    ats = {c.at for c in candidates if not c.stop}
    if header.meta_reach:  # (a headline over the byline the best is under needs one word of the opening)
        best_at = _headline_over_meta(lines, best_at, ats, at, rules, header, best.under)
    if header.standfirst_words:
        best_at = _headline_over(lines, best_at, ats, at, rules, header)
    if header.kicker_words and not (best.under and best_at != best.at):  # (not back under the header)
        best_at = _headline_under(lines, best_at, ats, at, header)
    if header.repeat_by_byline:  # the same headline again, where its byline is
        best_at = next((i for i in range(at - 1, max(-1, at - 1 - header.lookback), -1)
                        if lines[i] == lines[best_at] and _meta_line(lines[i + 1: i + 3], rules, header)),
                       best_at)
    if header.opening_head:
        score = next((c.score for c in candidates if c.at == best_at), best.score)
        best_at = _opening_headline(lines, best_at, score, at, rules, header)
    return lines[best_at], best_at


def _thread_title(lines: list[str], at: int, rules: Rules, header: HeaderSettings = HEADER) -> int:
    """Where a forum thread's title is: the line just over the nearest thread-starter label above
    the body, ``far_lookback`` lines up at most ("Jede Nacht verliert Pepe soviel Dreck aus dem
    Fell" over "Themenstarter Pepemaus" over "Beginndatum 27. September 2018"; the body found in
    a later post), when the headline rules take it; -1 when none."""
    label = next((i for i in range(at - 1, max(-1, at - 1 - header.far_lookback), -1)
                  if fields.starter_name(lines[i])), -1)
    if label > 0 and _title_score(lines[label - 1], 0, rules, header=header) is not None:
        return label - 1
    return -1


def _far_candidates(lines: list[str], at: int, rules: Rules,
                    header: HeaderSettings = HEADER) -> list[Candidate]:
    """With no line in reach reading as a headline, the candidates ``far_lookback`` lines above
    the body, their distance not counted, that share the opening's words as a headline does
    (``far_score`` at least): the body found far under its headline, past a mega-menu, a
    ticker's or a sidebar's list ("Fogo Unia Leszno - RM Solar Falubaz Zielona Góra" sixty
    lines over "Koniec. Fogo Unia Leszno nie pozostawiła złudzeń …"); [] when none."""
    far = replace(header, lookback=header.far_lookback, distance_cost=0.0)
    found = title_candidates(lines, at, rules, far, header.span_lines)
    return [c for c in found if c.score >= header.far_score]


def _lone_word(lines: list[str], at: int, rules: Rules, header: HeaderSettings = HEADER) -> bool:
    """Whether the line just over the body is a headline of one word ("Zeitphilosophie",
    "Hope!"): a word of letters opening with a capital, ending in no full stop or colon, that
    the headline rules take, over running text (a label heads a list: "Składniki", "Info").
    Asked only of a header where no line reads as a headline (none scores what one word of the
    opening gives): a label over the body yields to any line that does."""
    line = lines[at - 1] if 0 < at < len(lines) else ""
    return (word_count(line) == 1 and line[0].isalpha() and line[0].isupper()
            and not line.endswith((".", ":")) and _running_text(lines[at])
            and _title_score(line, 0, rules, header=header, stop=True) is not None)


def _opening_headline(lines: list[str], best: int, score: float | None, at: int, rules: Rules,
                      header: HeaderSettings = HEADER) -> int:
    """The headline among the short lines the body opens on when no header stands above it
    ("Eilmeldung" / "Britische Regierung bestätigt …" / "Frank Witzel erhält Deutschen Buchpreis
    2015" over "Frankfurt/Main (dpa) - Für einen Roman …"; a breadcrumb trail, a widget over it):
    the best above (``best``, scoring ``score``; -1 and None when none) is not just over the
    body and no byline or date line is between them (a menu's item, the site's name or motto).
    The last line before the body's first running text, ``opening_head`` lines into it at most,
    past a share bar's lines, shaped as a headline (or asking), no name, byline or date line and
    no salutation the text goes on from ("Sehr geehrte Damen und Herren,"), is the headline when
    it outscores the best on the opening below it by more than a word of the opening counts
    (``opening_weight``: a photo's caption under a header the rules do not read, "Isabel Caro,
    Rocío Latorre y José Miguel Wilson" / "Hace 13 horas", shares the lead's words as its
    headline does); ``best`` otherwise."""
    if (best >= 0 and best >= at - 1) or any(_header_line(lines[i], rules, header)
                                             for i in range(max(best + 1, at - header.lookback), at)):
        return best
    first = next((i for i in range(at, min(len(lines), at + header.opening_head))
                  if _running_text(lines[i])), -1)
    head = first - 1
    while head >= at and rules.is_chrome(lines[head]):
        head -= 1
    if first < 0 or head < at:
        return best
    line = lines[head]
    if (not (_is_heading_like(line) or _asks(line)) or line.endswith(",") or person_name(line)
            or _header_line(line, rules, header)):
        return best
    own = _title_score(line, 0, rules, _opening(lines, head + 1, header), header)
    return head if own is not None and (score is None or own > score + header.opening_weight) else best


def _header_line(line: str, rules: Rules, header: HeaderSettings = HEADER) -> bool:
    """Whether a line is a byline or a short line naming a day (a header's, under its headline:
    "기사입력 :[ 2018-08-25 15:24 ]"); a line of only a name is not asked (a menu's "Plant Care")."""
    return (_is_meta(line, rules) or bool(_byline_of(line, rules, header))
            or (word_count(line) <= MAX_DATE_LINE_WORDS and bool(iso_date(line, header.written_dates))))


def _headline_over_dek(lines: list[str], best: int, ats: list[int], header: HeaderSettings = HEADER) -> int:
    """The headline over a long standfirst that outscored it: a candidate at most ``dek_reach``
    lines above it of ``dek_headline_words`` or more, shorter than it. ``dek_nearest``: only
    the nearest candidate above is asked (one further up, past a shorter headline, is a
    caption or a kicker: "Foto von Josh Willink von Pexels" over "Alleinerziehende: …")."""
    above = [i for i in ats if 0 < best - i <= header.dek_reach]
    if header.dek_nearest:
        above = sorted(above, reverse=True)[:1]
    return next((i for i in above if header.dek_headline_words <= word_count(lines[i])
                 < word_count(lines[best])), best)


def _headline_over_meta(lines: list[str], best: int, ats: set[int], at: int, rules: Rules,
                        header: HeaderSettings = HEADER, under: bool = False) -> int:
    """The headline over the header's byline or date line when the best stands below it: a
    headline comes before its byline and day, and what follows them is a photo's caption
    ("Prime Minister … greets US Congresswoman Maxine Waters"), a tag cloud, a subheading or
    a standfirst. The first candidate above a byline or date line (a line of two capitalised
    words may be a name or a menu's item: "Neue Rechte") at most ``meta_reach`` lines above
    the best, shaped and worded like a headline (``_heads``), no name alone (a place's in the
    site's header, "Ciudad de Panamá" over today's date, or a user's) and no trail ending in the best
    ("Lokales Lübeck So lief die Auktion …" over "18:34 19.10.2019" over "So lief die Auktion …").
    ``meta_block``: a share bar's lines do not count in the reach, and a name over the date line
    is the byline block's, passed ("By" / "Todd Bates" / "Date" / "February 5, 2020" / "Share" /
    "Facebook" / … / "Print" between the headline and a standfirst). ``under``: the best is the
    body's first line under the header's byline or date line (``under_meta``): the line over
    them heads when it shares a word with the opening (or, in a script without case, is no
    shorter), though shaped like a name (``_named``)."""
    crossed, reach = under, header.meta_reach
    for i in range(best - 1, -1, -1):
        line = lines[i]
        if header.meta_block and rules.is_chrome(line):
            continue  # (a share bar between the byline block and the best: "Share", "Facebook", …)
        reach -= 1
        if reach < 0:
            break
        if _is_meta(line, rules) or _date_line(line, header) or _byline_of(line, rules, header):
            crossed = True
        elif crossed and i in ats:
            named = _named(line, lines, at, header) if under else bool(person_name(line))
            if named and header.meta_block:
                continue  # the byline block's name ("By" / "Todd Bates" / "Date" / "February 5, 2020")
            trail = line.endswith(lines[best])
            heads = (_heads(line, lines, at, header, 1 if under else 0)
                     or (under and _uncased_over(line, lines[best])))
            return i if heads and not trail and not named else best
    return best


def _named(line: str, lines: list[str], at: int, header: HeaderSettings = HEADER) -> bool:
    """Whether a line is a person's name alone that the opening does not name: a writer's
    (a headline shaped like a name, "FINA Weltmeisterschaften VERSCHOBEN", the opening names)."""
    return bool(person_name(line)) and not _heads(line, lines, at, header, 1)


def _uncased_over(line: str, under: str) -> bool:
    """Whether a line in a script without case over the header's byline or date line heads the
    line under it: at least as long as it (its words are too short to be counted among the
    opening's, and a subtitle is shorter: "엘제이-류화영 진흙탕 싸움, …" over "기사입력 :[ 2018-08-25 ]"
    over "엘제이의 리벤지인가, …")."""
    cased = any(map(str.islower, line)) or any(map(str.isupper, line))
    return not cased and not NAV_MARKS.search(line) and word_count(line) >= word_count(under)


def _headline_over(lines: list[str], best: int, ats: set[int], at: int, rules: Rules,
                   header: HeaderSettings = HEADER) -> int:
    """The headline over a standfirst that outscored it (a longer summary shares more of the
    opening's words, and stands nearer): a shorter candidate of ``standfirst_words`` or more
    just above the best (or above a byline or date line just above it), shaped and worded
    like a headline (``_heads``), and no trail leading to the best. ``said_above``: also one
    of any length just above it that the page said before (a most-read box's first item) and
    the best never was, sharing a word with the opening ("Adolescente encontrada morta …, confirma
    irmã" over "Gestação era mantida em segredo pela vítima e a irmã")."""
    up = best - 1 if best - 1 in ats else best - 2
    if up not in ats or (up < best - 1 and not _meta_line([lines[best - 1]], rules, header)):
        return best
    line = lines[up]
    said = line in lines[:up] and lines[best] not in lines[:best]
    if (header.said_above and said and up == best - 1 and word_count(line) >= header.standfirst_words
            and _heads(line, lines, at, header, 1)):
        return up
    if (not header.standfirst_words <= word_count(line) < word_count(lines[best])
            or " ".join(lines[best].split()[:TRAIL_HEAD]) in line):
        return best
    return up if _heads(line, lines, at, header) else best


def _headline_under(lines: list[str], best: int, ats: set[int], at: int,
                    header: HeaderSettings = HEADER) -> int:
    """The headline under a kicker that outscored it (a section label or a column's name of
    up to ``kicker_words`` words over it): the first candidate at most ``kicker_reach`` lines
    below the best, longer than it and shaped and worded like a headline (``_heads``).
    ``kicker_names``: a label naming whom an interview is with ("Interview mit Autorin Katrin
    Kämpf") is a kicker too, of any length, over a headline of any length."""
    named = header.kicker_names and header.kicker_words > 0 and bool(with_names(lines[best]))
    if word_count(lines[best]) > header.kicker_words and not named:
        return best
    below = next((i for i in range(best + 1, best + 1 + header.kicker_reach) if i in ats), -1)
    if below < 0 or (word_count(lines[below]) <= word_count(lines[best]) and not named):
        return best
    shared = 1 if named else header.head_shared  # (an interview's opening is its first question)
    return below if _heads(lines[below], lines, at, header, shared) else best


def _heads(line: str, lines: list[str], at: int, header: HeaderSettings = HEADER, shared: int = 0) -> bool:
    """Whether a line reads as a headline beside a kicker or a standfirst: it shares
    ``head_shared`` words with the article's opening, has a lower-case letter (not a kicker's
    shout, "CONTINUA DEPOIS DA PUBLICIDADE"; so a line in a script without case never
    qualifies) and no menu's separators ("Kultur | Bücher"); ``shared`` words instead when given."""
    if not any(map(str.islower, line)) or NAV_MARKS.search(line):
        return False
    return len(_content_words(line) & _opening(lines, at, header)[1]) >= (shared or header.head_shared)


def split_meta(line: str, header: HeaderSettings = HEADER) -> tuple[str, str]:
    """A headline copied on one line with its byline and day ("Brookhaven Village closed due
    to gas leak by LOGAN C. RITCHIE NOVEMBER 8, 2023 | 6:03 PM"): the headline and that
    byline; (line, "") when the line names no day or no such byline closes it."""
    if not header.one_line_meta or not fields.DIGIT.search(line):
        return line, ""  # (every wording of a day has a digit: the cheap test first)
    at = dated_byline_at(line)
    return (line[:at].rstrip(" |–-:,"), line[at:]) if at > 0 else (line, "")


def _colon_kicked(lines: list[str], title_at: int, rules: Rules, header: HeaderSettings = HEADER) -> str:
    """The headline with its first part when a site splits it over two lines: the line just over
    it ends in a colon, has ``colon_kicker`` words at least (a form's label, "Suche nach:", has
    fewer), is no label the residue list names ("Sie sind hier:") and without its colon the
    headline rules take it ("Krach vor der VW-Betriebsversammlung:" over "Es knirscht zwischen
    Diess und Aufsichtsräten"); the headline alone otherwise."""
    over, title = lines[title_at - 1], lines[title_at]
    if (not over.endswith(":") or word_count(over) < header.colon_kicker or title.endswith(":")
            or rules.is_listed(over)):  # (a label the residue list names: "Sie sind hier:")
        return title
    joined = f"{over} {title}"
    shaped = _title_score(over[:-1].rstrip(), 0, rules, header=header) is not None
    return joined if shaped and word_count(joined) <= header.max_words else title


def _header(lines: list[str], start: int, rules: Rules,
            header: HeaderSettings = HEADER) -> tuple[str, str, str, int]:
    """Title, byline and date from the lines just above the body (or a byline just above the
    title, ``above_title``: sites set the writer over the headline, its "by" perhaps on a line
    of its own, ``by_over_name``: "Disko Von" over "Ernst Lohoff"); returns where the title is."""
    title, title_at = _pick_title(lines, start, rules, header)
    if header.colon_kicker and title_at > 0 and title == lines[title_at]:
        title = _colon_kicked(lines, title_at, rules, header)
    byline, date = "", ""
    for i in range(start - 1, max(-1, title_at, start - 1 - header.lookback), -1):
        byline, date = _note_meta(lines[i], byline, date, rules, header)
        if (not byline and header.by_over_name and by_alone(lines[i]) and i + 1 < start
                and _by_name(lines[i], lines[i + 1], rules, header)):
            byline = _names_run(lines, i + 1, rules, header)  # "by" / "Mobasir hassan" under the headline
    if not byline and title_at >= 0:
        byline = next((lines[i] for i in range(title_at - 1, max(-1, title_at - 1 - header.above_title), -1)
                       if _byline_of(lines[i], rules, header) or (
                           header.by_over_name and i > 0 and by_alone(lines[i - 1])
                           and _by_name(lines[i - 1], lines[i], rules, header))), "")
    return title, byline, date, title_at


def _other_byline(lines: list[str], title_at: int, head_end: int, body: range, rules: Rules,
                  header: HeaderSettings = HEADER) -> str:
    """The byline when no "By …" line is around the title: one among the body's first lines
    (``body_lines``: under a standfirst, "21.01.2022 11:46 von" over "Patrick Otte", or a line
    of a name beside a date line there, ``name_by_date``: "Verónica De Vita" over "miércoles,
    4 de mayo de 2022"), a date
    line naming its writer (``dated_names``), a line of only a name below the title
    (``name_lines``), a news agency or newsroom beside a date line there (``beside_date``);
    "" when none."""
    top = range(body.start, min(body.stop, body.start + header.body_lines))
    for i in top:
        if _byline_of(lines[i], rules, header):
            return lines[i]
        if i + 1 < len(lines) and by_alone(lines[i]) and _by_name(lines[i], lines[i + 1], rules, header):
            return _names_run(lines, i + 1, rules, header)
        if header.name_by_date and _name_line(lines[i], rules, header) and _dated_beside(lines, i, header):
            return _names_run(lines, i, rules, header)
    if header.dated_names:  # "Christian Kahle, 03.11.2023 15:32 Uhr"
        below = range(head_end - 1, max(-1, title_at, head_end - 1 - header.lookback), -1)
        above = range(title_at - 1, max(-1, title_at - 1 - header.above_title), -1) if title_at >= 0 else []
        if found := next((lines[i] for i in [*below, *above, *top[:header.dated_body]]
                          if dated_name(lines[i])), ""):
            return found
    if header.name_lines and title_at >= 0:
        stop = min(head_end + header.name_lookahead, title_at + 1 + header.name_after_title)
        below = range(title_at + 1, min(stop, len(lines)))
        if found := next((_names_run(lines, i, rules, header) for i in below  # (not a reviewer's:
                          if _name_line(lines[i], rules, header)  # "Fact checked by" over a name)
                          and not fields.reviewer_line(lines[i - 1])), ""):
            return found
    if header.beside_date and title_at >= 0:  # "PTI, Washington," over "Nov 20 2019, 11:06am"
        return next((named for i in range(title_at + 1, min(len(lines), max(head_end, top.stop)))
                     if (named := _writer_by_date(lines, i, header))), "")
    return ""


def _name_over_title(lines: list[str], title_at: int, rules: Rules, header: HeaderSettings = HEADER) -> str:
    """A line of a name at most ``above_title`` lines above the title beside a date line, the
    writer's block set over the headline ("Bianca Praetorius" over "2. Okt. 2022" over "Das
    Dating-Dilemma erfolgreicher Frauen"): asked last, when no byline is found elsewhere (a
    blog's name or a kicker stands there as often; the name test keeps most of them out:
    "OLYMPISCHE WINTERSPIELE", "Effiziente Hybridbatterie"); "" when none."""
    if not header.name_over_title or title_at < 0:
        return ""
    return next((_names_run(lines, i, rules, header)
                 for i in range(title_at - 1, max(-1, title_at - 1 - header.above_title), -1)
                 if _name_line(lines[i], rules, header) and _dated_beside(lines, i, header)), "")


def _dated_beside(lines: list[str], at: int, header: HeaderSettings = HEADER) -> bool:
    """Whether the line just above or just below ``at`` is a date line, or (``relative_days``) a
    line of how long ago ("PRASHANT JHA" over "VOR 2 STUNDEN" over the headline)."""
    return any(_date_line(line, header) or (header.relative_days and fields.relative_day(line))
               for line in lines[max(0, at - 1): at + 2: 2])


def _writer_by_date(lines: list[str], at: int, header: HeaderSettings = HEADER) -> str:
    """The news agency or newsroom a line under the headline names beside a date line, the
    writer when no person is named ("Reuters, Washington," over "Nov 20 2019, 11:06am",
    "Redacción" over "26.04.2022"); "" otherwise."""
    named = agency(lines[at])
    dated = named and any(_date_line(near, header) for near in lines[max(0, at - 1): at + 2: 2])
    return named if dated else ""


def _names_run(lines: list[str], at: int, rules: Rules, header: HeaderSettings = HEADER) -> str:
    """The name line at ``at`` and the names listed over the next lines with it (``name_runs``),
    joined by commas: each after a line of only a joiner ("David Brand" / "and" / "Ramsey
    Khalifeh") or of its initials (an avatar's letters: "LP" / "Luana Patriolino" / "RF" /
    "Raphael Felice"), or on a line opening with the joiner ("Sarah Hinger, Staff Attorney" /
    "& Sylvia Torres-Guillén, Director of Education Equity")."""
    names, i = [lines[at].strip()], at
    while header.name_runs and i + 1 < len(lines) and _joined_name(lines[i + 1], rules, header):
        names.append(lines[i + 1].strip())
        i += 1
    while header.name_runs and i + 2 < len(lines) and _name_line(lines[i + 2], rules, header):
        gap, name = lines[i + 1].strip(), lines[i + 2]
        initials = "".join(word[0] for word in name.split() if word[0].isupper())
        if gap.casefold() not in fields.joiners() and gap != initials:
            break
        names.append(name.strip())
        i += 2
    return ", ".join(names)


def _joined_name(line: str, rules: Rules, header: HeaderSettings = HEADER) -> bool:
    """Whether a line is a joiner and a line of a name ("& Sylvia Torres-Guillén, Director")."""
    joiner, _, rest = line.strip().partition(" ")
    return joiner.casefold() in fields.joiners() and _name_line(rest, rules, header)


def _name_line(line: str, rules: Rules, header: HeaderSettings = HEADER) -> bool:
    """Whether a line holds only a person's name: no chrome, nor a word that is chrome alone
    ("Teilen Twittern" is a share bar)."""
    names = person_name(line)
    return (bool(names) and not rules.is_residue(line)
            and not (header.chrome_words and any(rules.is_chrome(word) for word in names.split())))


ROLE_BRACKET = re.compile(r"\s+\([^()]{2,80}\)\s*$")  # a role in brackets closing a line of a name
NAMED = re.compile(r"[^\W\d_][\w.'’-]*")  # a word of a name: letters, perhaps an initial's dot or a hyphen


def _by_name(over: str, line: str, rules: Rules, header: HeaderSettings = HEADER) -> str:
    """The name on ``line`` under ``over``, a line of only a "by" or a writer's label: a line of
    a name (``_name_line``), or (``loose_by_names``) under a "by" word alone ("By", "von:"; a
    label such as "Autor" is as often a search form's option) two to four words of letters
    opening with a capital, none chrome: the "by" says a name follows, whatever words it is
    made of ("Mobasir hassan"), or (``bracketed_role``) a name with a role in brackets after it;
    none under a reviewer's label (``reviewer_by``: "Verified by"); "" when none."""
    if header.reviewer_by and fields.reviewer_line(over):
        return ""
    bare = ROLE_BRACKET.sub("", line) if header.bracketed_role else line
    if bare != line and _name_line(bare, rules, header):
        return person_name(bare)  # "Brit Weirich (Medizinredakteurin. M.A. …)"
    if _name_line(line, rules, header):
        return person_name(line)
    words = line.split()
    if not (header.loose_by_names and 2 <= len(words) <= fields.MAX_NAME_WORDS and line[0].isupper()
            and fields.by_word_alone(over)):
        return ""
    if (not all(NAMED.fullmatch(w) for w in words) or fields.role_named(line)
            or not fields.name_shaped_words(words) or fields.sentence_word(line)
            or rules.is_residue(line) or rules.is_chrome(line)):
        return ""
    return " ".join(words)


def _is_meta(line: str, rules: Rules) -> bool:
    return rules.is_byline(line) or rules.is_date(line)


def _meta_line(lines: list[str], rules: Rules, header: HeaderSettings = HEADER) -> bool:
    """Whether one of ``lines`` is a byline, a date line or a line of only a name (or, with
    ``dated_meta``, a short line naming a day: "5. November 2021 admin News 0")."""
    return any(_is_meta(line, rules) or person_name(line) or (
        header.dated_meta and word_count(line) <= MAX_DATE_LINE_WORDS
        and iso_date(line, header.written_dates)) for line in lines)


def _note_meta(line: str, byline: str, date: str, rules: Rules,
               header: HeaderSettings = HEADER) -> tuple[str, str]:
    """``line`` taken as the byline or the date when it is one and none is known yet; a
    "Published …" line the byline rules also match is a date; a date line naming a person
    beside its day is both (see ``_header``)."""
    if _byline_of(line, rules, header):
        return byline or line, date
    if rules.is_byline(line) or rules.is_date(line):
        later = header.published_first and date and update_labelled(date) and not update_labelled(line)
        return byline, line if later or not date else date
    return byline, date


def _byline_of(line: str, rules: Rules, header: HeaderSettings = HEADER) -> str:
    """The people a byline line names ("" when it is none): after a "by" anywhere in it
    (``written_bylines``), else as the byline rules read it, names shaped like names
    (``name_shape``); never a web address ("Autor: www.portalspozywczy.pl"; a site signing
    with its domain, "von przepisy.pl", is its author)."""
    if header.written_bylines and (names := written_byline(line)):
        return names
    if not rules.is_byline(EMAIL_ON.sub("", line) if "@" in line else line):
        return ""
    names = byline_names(_byline_name(line))
    shaped = names_shaped(names) or not header.name_shape or (header.newsroom_by and fields.newsroom(names))
    return names if shaped and not fields.WEB_ADDRESS.search(names) else ""


def _names_of(line: str, rules: Rules, header: HeaderSettings = HEADER) -> str:
    """The people the line taken as the byline names (a byline, a date line naming its
    writer, a line of a name, perhaps with a role in brackets after it, a forum's
    thread-starter label's handle)."""
    return ((header.thread_starter and fields.starter_name(line))
            or _byline_of(line, rules, header) or (header.dated_names and dated_name(line))
            or person_name(line) or (header.bracketed_role and person_name(ROLE_BRACKET.sub("", line)))
            or byline_names(_byline_name(line)))


def _after_byline(lines: list[str], start: int, end: int, rules: Rules,
                  header_only: bool = True, header: HeaderSettings = HEADER, inside: bool = True) -> int:
    """The body starts after a byline or dateline found among its first lines, when more of
    the body's running text is below it than above (``header_only``: a "posted by" line
    closing a short article is its signature, not its header; ``name_shape``: a "by" line
    whose words are no names, "Von Risiken und Nebenwirkungen", is a subheading; ``meta_top``:
    also any byline and a short date line ending no sentence, "5. November 2021 admin News 0",
    with no running text above them); ``inside``: not when more than a standfirst's words are
    above it (a header has no more; a post embedded in the article, "Posted by SPÖ on Monday",
    has)."""
    body_start, top = start, header.meta_top
    for i in range(start, min(end, start + BYLINE_LOOKAHEAD)):
        top = top and not _prose_run(lines, i - 1, i) if i > start else top  # no running text above yet
        if not (rules.is_date(lines[i]) or (rules.is_byline(lines[i]) and (
                not header.name_shape or date_labelled(lines[i]) or _byline_of(lines[i], rules, header)))
                or (top and _meta_top(lines[i], rules, header))):
            continue
        above = _prose_run(lines, start, i)
        if inside and above > LEAD_WORDS:
            break
        if not header_only or not above or above < _prose_run(lines, i + 1, end):
            body_start = i + 1
    return body_start


def _meta_top(line: str, rules: Rules, header: HeaderSettings = HEADER) -> bool:
    """Whether a line at the body's top is its header's: a byline read anywhere in it, or a
    short line naming a day that ends no sentence ("5. November 2021 admin News 0")."""
    return _date_line(line, header) or bool(_byline_of(line, rules, header))


def _date_line(line: str, header: HeaderSettings = HEADER) -> bool:
    """Whether a line is short, names a day and ends no sentence: a dateline, not prose."""
    return (word_count(line) <= MAX_DATE_LINE_WORDS and not ends_sentence(line)
            and bool(iso_date(line, header.written_dates)))


def _prose_run(lines: list[str], start: int, end: int) -> int:
    return sum(_prose_words(line, WEIGHTS) for line in lines[start:end])


def _signature(lines: list[str], end: int, rules: Rules, header: HeaderSettings = HEADER) -> str:
    """A byline just below the body ("Author: …", or "Kommentar von" over a name): blogs and
    opinion pages sign at the end; else (``signed_by_date``) a dash and a name beside a date
    line among the body's last lines or below them ("28. November 2022" over "- Nadja
    Podbregar"): a line of a name alone there is as often a related teaser's heading; "" when none."""
    if header.closing_byline and (closing := _closing_byline(lines, end, rules, header)):
        return closing
    for i in range(end, min(len(lines), end + BYLINE_LOOKAHEAD)):
        if _byline_of(lines[i], rules, header):
            return lines[i]
        if by_alone(lines[i]) and i + 1 < len(lines) and _by_name(lines[i], lines[i + 1], rules, header):
            return lines[i + 1]
    if header.signed_by_date:
        near = range(max(0, end - SIGNED_LINES), min(len(lines), end + BYLINE_LOOKAHEAD))
        return next((signed for i in near
                     if lines[i][0] in DASHES and _name_line(signed := lines[i].lstrip(DASHES), rules, header)
                     and any(_date_line(line, header) for line in lines[max(0, i - 1): i + 2: 2])), "")
    return ""


def _closing_byline(lines: list[str], end: int, rules: Rules, header: HeaderSettings = HEADER) -> str:
    """A "by" line among the body's last ``SIGNED_LINES`` lines, short and ending no sentence:
    the post signed under its last paragraph ("Posted by Alex Durán, AMP Project Marketing,
    Google"; "Por último, se ofreció …" is a sentence); "" when none."""
    return next((lines[i] for i in range(end - 1, max(-1, end - 1 - SIGNED_LINES), -1)
                 if word_count(lines[i]) <= CLOSING_WORDS and not ends_sentence(lines[i])
                 and _byline_of(lines[i], rules, header)), "")


def _body_byline(lines: list[str], body: range, rules: Rules, header: HeaderSettings = HEADER) -> str:
    """A "By …" line inside the body with a date line at most two lines from it: a byline
    block the body was found above ("Von Tim Ehlers" over "Veröffentlicht am 26. Oktober
    2023" under a chart's caption), else (``by_over_name_body``) a line of only a "by" over a
    line of only a name, the writer's box the body reaches into ("Ein Beitrag von:" over
    "Alexandra Ilina" over her bio); "" when none. A "by" in a line of prose inside an article
    is as often a book's or a quoted post's author."""
    if found := next((lines[i] for i in body if _byline_of(lines[i], rules, header) and any(
            _date_line(line, header) for line in lines[max(0, i - 2): i + 3])), ""):
        return found
    if header.by_over_name_body:
        return next((_names_run(lines, i + 1, rules, header) for i in body if i + 1 < len(lines)
                     and by_alone(lines[i]) and _by_name(lines[i], lines[i + 1], rules, header)), "")
    return ""


def _starter_byline(lines: list[str], around: range, header: HeaderSettings = HEADER) -> str:
    """The first line in ``around`` naming a forum thread's starter after its label ("Thread
    starter Tiberius" over "Start date Sep 18, 2020"): the thread's writer, above the post's
    own name block; "" when none."""
    if not header.thread_starter:
        return ""
    return next((lines[i] for i in around if fields.starter_name(lines[i])), "")


def _byline_name(line: str) -> str:
    match = re.search(r"\b(?:by|von|por|par|door)\s+(.+?)(?:\s+(?:on|at|\||-|,)\s.*)?$", line, re.IGNORECASE)
    return match.group(1).strip(" ,|") if match else line


def _header_date(lines: list[str], top: int, body_start: int, header: HeaderSettings = HEADER) -> str:
    """The first short line naming a day between just above the title and a little into the
    body (the line itself); between the title and the body a longer one (``header_date_words``:
    "4 de maio de 2022, 05:34 h Atualizado em 4 de maio de 2022, 05:35"). ``below_first``: those
    under the title first, then those above it, nearest first (a sidebar's or a teaser's dates
    stand above a headline: "Release: 11.02.2005", "23.01.2020 20:00 Stammtisch")."""
    below = range(top + 1, min(len(lines), body_start + DATE_AROUND))
    above = range(min(top, len(lines) - 1), max(top - DATE_AROUND, 0) - 1, -1)
    order = [*below, *above] if header.below_first else range(max(top - DATE_AROUND, 0), below.stop)
    for i in order:
        most = max(header.header_date_words if top <= i < body_start else 0, MAX_DATE_LINE_WORDS)
        if word_count(lines[i]) <= most and iso_date(lines[i], header.written_dates):
            return lines[i]
    if header.opening_days and header.written_dates:  # none that short: one opening with its day
        return next((day for i in below if (day := fields.opening_day(lines[i]))), "")
    return ""


def _yearless_date(lines: list[str], top: int, body_start: int, header: HeaderSettings = HEADER) -> str:
    """The day (as YYYY-MM-DD) a line about the header names without its year ("Nov 18",
    "Posted Nov 19, 6:51 AM", "Publicado el 11 de mayo"), in the year of the page's copyright
    notice ("© 2019 Cleveland.com") or of its newest day written in full, the later (a notice
    may be stale): a site leaves the year out for this year's pieces; "" when none or no year
    (``yearless_dates``: off)."""
    if not header.yearless_dates or top < 0:
        return ""
    near = range(max(top - DATE_AROUND, 0), min(len(lines), body_start + DATE_AROUND))
    line = next((lines[i] for i in near if fields.yearless_month_day(lines[i])[0]), "")
    if not line:
        return ""
    newest = fields.newest_day(lines)
    return fields.yearless_day(line, max(fields.copyright_year(lines), int(newest[:4]) if newest else 0))


def _within_day_date(lines: list[str], top: int, body_start: int, header: HeaderSettings = HEADER) -> str:
    """The page's newest day (as YYYY-MM-DD) when a line about the header says the piece was posted
    hours ago or today at a time ("vor 2 Stunden", "6 hours ago", "dzisiaj, 08:07") and no date
    line was found: a news page's rails and teasers list the day's pieces with it (of a page
    naming fewer than ``WITHIN_DAY_DAYS`` days, the one is a document's the article cites); ""
    when none (``within_day``: off)."""
    if not header.within_day or top < 0:
        return ""
    near = range(max(top - DATE_AROUND, 0), min(len(lines), body_start + DATE_AROUND))
    if not any(word_count(lines[i]) <= MAX_DATE_LINE_WORDS and fields.within_day(lines[i]) for i in near):
        return ""
    return fields.newest_day(lines, WITHIN_DAY_DAYS)


EMAIL_ALONE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")  # a line of only an e-mail address
BIO_REACH = 4  # lines below a name line its writer's bio may open within
BIO_WORDS = 8  # … a line of prose at least this long
LINK_REACH = 2  # lines below a name line a link to its writer's other pieces may stand within
BIO_GAP_WORDS = 3  # … past links this short at most


def _bio_byline(lines: list[str], around: range, rules: Rules, header: HeaderSettings = HEADER) -> str:
    """A line of a name that a line of prose just below opens with, a verb after the name, the
    writer's box ("Philipp Sarasin" over "Philipp Sarasin lehrt Geschichte der Neuzeit an der
    Universität Zürich …", past a "Full Bio" or "LinkedIn" link), or (``mailed_names``) a line
    of only an e-mail address is just below (the writer's address; a press contact has a role
    between), or (``author_links``) a link to the writer's other pieces is within two lines
    below ("Heinz Steiner" over "Weitere Beiträge"): the first in ``around`` (the header's lines
    to just below the body); "" when none."""
    for i in around:
        name = lines[i].strip()
        if not (name and _name_line(lines[i], rules, header)):
            continue
        if header.mailed_names and i + 1 < len(lines) and EMAIL_ALONE.fullmatch(lines[i + 1].strip()):
            return name  # over the writer's address ("Bruno Wendel" / "bruno.cardoso@redebahia.com.br")
        if header.author_links and any(fields.author_link(line) for line in lines[i + 1: i + 1 + LINK_REACH]):
            return name  # over a link to the writer's other pieces ("Weitere Beiträge")
        for line in lines[i + 1: i + 1 + BIO_REACH]:
            if line.startswith(name + " ") and line[len(name) + 1: len(name) + 2].islower() \
                    and word_count(line) >= BIO_WORDS:
                return name
            if word_count(line) > BIO_GAP_WORDS:
                break
    return ""


def _far_date(lines: list[str], title_at: int, header: HeaderSettings = HEADER,
              labelled: bool = False) -> str:
    """The nearest date line further above the title than ``_header_date`` looks, as far as
    the headline was searched for (``lookback``): a site may set the writer, the day, a share
    bar and related links over the headline; "" when none or no title. Asked last, when
    neither the header nor the body has a date line; a ``labelled`` one ("Erstveröffentlichung:
    25. März 2020") before the body's lines (a caption's "Quelle: Financial Times, 24.3.2020")."""
    if title_at < 0:
        return ""
    above = range(title_at - DATE_AROUND - 1, max(title_at - header.lookback, 0) - 1, -1)
    return next((lines[i] for i in above if _date_line(lines[i], header)
                 and (not labelled or date_labelled(lines[i]))), "")


def _body_date(lines: list[str], start: int, end: int, header: HeaderSettings = HEADER) -> str:
    """A line of only a day in the body or just below it ("Veröffentlicht am 26. Oktober 2023"
    closing a blog post, "28. November 2022" under the lead), else (``short_dates``) a short
    line naming a day that ends no sentence, a post's meta line ("Malte Welding | 29.07.2006
    um 14:26", "Dezember 26, 2019 von Andrea Kategorien: Allgemein"), else (``posted_footers``) a
    blog theme's footer naming it ("Dieser Beitrag wurde am 04/02/2020 von kj in … veröffentlicht");
    "" when none."""
    near = lines[start: end + BYLINE_LOOKAHEAD]
    return next((line for line in near if bare_date(line)), "") or (
        next((line for line in near if word_count(line) <= MAX_DATE_LINE_WORDS and not ends_sentence(line)
              and fields.DIGIT.search(line) and fields.written_date(line)), "")
        if header.short_dates else "") or (  # a day written out in full: no "n. 03/2020", no link
        next((line for line in lines[start: end + FOOTER_REACH]
              if fields.posted_footer(line) and fields.written_date(line)), "")
        if header.posted_footers else "")


def _published_over_update(line: str, lines: list[str], around: range,
                           header: HeaderSettings = HEADER) -> str:
    """The day the article was published when the date line found dates a change ("Aktualisiert:
    11.04.2020" under the headline): the line's own other day ("Last updated 04 Jun 2020,
    originally created 17 Jun 2019"), else a date line labelled as published among the lines
    ``around`` (the header to just below the body: "Publiziert: 03.04.2020, 12:35" closing the
    article); ``line`` when neither (``published_elsewhere``: off)."""
    if not (header.published_elsewhere and update_labelled(line)):
        return line
    if len(days := fields.written_days(line)) > 1:
        return min(days)  # published on the earliest (ISO days sort as dates)
    return next((lines[i] for i in around if date_labelled(lines[i]) and not update_labelled(lines[i])
                 and _date_line(lines[i], header)), line)


def _day_first(line: str, lines: list[str], body: range) -> bool:
    """Whether a slashed date that may be either (03/05/2022) is day first: as the page's
    other slashed dates show (a 27/09/2018 or a 11/19/2019 among them), else unless the
    article is in English (the month comes first in the United States only)."""
    if not slashed_days(line)[2]:
        return False
    day, month, _either = slashed_days("\n".join(lines))
    if day != month:
        return day > month
    return detect_language("\n".join(lines[i] for i in body)) != "en"
