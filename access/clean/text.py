"""Clean text copied from a browser window into a Document.

The page's visible text is a column of lines: navigation and widgets, then the title, byline
and body, then share bars, related links and comments. The cleaner scores each line as prose
or chrome, takes the densest run of prose as the body (a maximum-sum segment), closes it at
the first line that ends an article, and checks it against the densest run of running text
counted without the blank-line signal (the safety net: a body holding under half of that run's
words was cut wrong, and the run is taken). Code blocks and text tables (runs of code-like
lines), lists a line ending in a colon announces, runs of lines of one form (a label and its
value, a number and its item) and boxes with more of the article below them than above neither
break nor end it. A widget's lines filled in once per account are chrome however long, a body
found among comments ("… says:", "Reply" again and again) moves to the prose above them,
one found below a comment header to the prose under a dateline above it, and one with no
dateline or byline over it reaches up to a paragraph under one above it when the two share
their words (a box parted them) or moves there when not (a teaser rail or a form below a news
item). It finds the title and byline above the body (or a signature just below it) and types
each body line: paragraph, subheading, list item, code, caption or attribution.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from access.clean import fields
from access.clean.fields import (
    EMAIL_ON,
    bare_date,
    by_alone,
    byline_names,
    clean_title,
    date_labelled,
    dated_name,
    is_label,
    names_shaped,
    person_name,
    slashed_days,
    update_labelled,
    written_byline,
)
from access.clean.language import detect_language, prose
from access.clean.rules import Rules, load_rules
from access.document import Block, Code, Document, Figure, Heading, ListBlock, Note, Paragraph, runs
from access.document.model import count_words

# A teaser card copied as one line: a Title-Cased headline run straight into its summary.
TEASER = re.compile(
    r"^(?:(?:[A-Z0-9‘'“\"$][\w'’,:&.$%-]*|of|a|an|the|in|on|to|for|and|or|at|by|with|is|as)\s+){2,}"
    r"[A-Z0-9][\w'’-]{2,}?[a-z0-9?!’'][A-Z][a-z]"  # a word of four or more glued to the next:
)  # a brand's inner capital comes sooner ("MacBook", "AirPods", "YouGov", "McDowell", "LeBron")
TAG_PREFIX = re.compile(r"[(\[][^()\[\]]{1,30}[)\]]\s+\S+\s+\S")  # "[Review] Love is War", "(News) …"
# A link to the previous or next post: an arrow opening or closing the line, none facing it
# ("← Das F-Wort – Teil 2", "Vorstudie zur Menüerweiterung »"); «quoted» headlines have both.
BACK_LINK, ON_LINK = re.compile(r"^[←‹<«]"), re.compile(r"[→›>»]$")
BACK_ARROW, ON_ARROW = re.compile(r"[←‹<«]"), re.compile(r"[→›>»]")
BREADCRUMB = re.compile(r"\S\s+[>›»/]\s+\S.*\s[>›»/]\s+\S")
TERMINAL = re.compile(r"[.!?…:;\"”’)\]。！？」』）、]$")
# A line of code or of a text-drawn table: box-drawing characters, an operator between spaces,
# a call, or a line closing on a bracket, brace, semicolon or comma.
CODE_LINE = re.compile(r"[│┃┼─━═┌┐└┘├┤]|[;{}(,]\s*$|^\s*[)}\]]|[A-Za-z_]\w*\("
                       r"|\s(?:==|!=|<=|>=|=>|->|\+=|:=|=)\s")
CODE_SHARE = 0.5  # a run of lines with no blank line between is code when this share looks so
MIN_CODE_LINES = 3
CODE_SCORE = 0.05  # a code line neither opens a gap in the article nor makes one
BULLET = re.compile(r"^(?:[•●▪◦·*–-]|\d{1,2}[.)])\s+")
# A bullet's sign is the list's, dropped; an item's number was typed (innerText gives no list
# markers), so it is the author's text ("1. Choose the Right Pot") and stays.
SIGN = re.compile(r"^[•●▪◦·*–-]\s+")
BARE_MARKER = re.compile(r"^(?:[•●▪◦·*–-]|\d{1,2}[.)])$")
MAX_HEADING_WORDS = 14
MIN_TITLE_WORDS = 2
TITLE_CASE_SHARE = 0.7
MIN_OPENING_WORDS = 5  # the article's opening, that its headline's words come back in, is no shorter
TITLE_MAX_DIGITS = 0.2  # share of characters
DATE_AROUND = 4  # lines around the header searched for a date line
MAX_DATE_LINE_WORDS = 14
LEAD_WORDS = 100  # words of running text above a byline that opens the article at most (a standfirst)
BYLINE_LOOKAHEAD = 8  # a byline this near the top of the body (or below its end) is its own
STOP_AFTER_PROSE = 16.0  # about two paragraphs
HARD_STOP_AFTER_PROSE = 4.0  # a paragraph
GAP_LINES = 10  # this many chrome lines in a row end the article
BOX_LINES = 8
MAX_LIST_ITEM_WORDS = 25
# A record's line: a label and its value ("Ort: Kornhaus Dessau") or a number and its item
# ("3a etapa: 22 de abril – Velopark", "01. Robert Plant").
RECORD = re.compile(r"^(?:(?P<label>[^\W\d][^:]{0,30}:\s+\S)|(?P<number>\d{1,3}(?:[.)ªºa]|\s)\s*\S))")
RECORD_RUN = 4  # this many such lines of one form in a row are a list inside an article
MIN_LIST_ITEMS = 2
RESUME_WORDS = 12  # a related box inside an article is at most this long
SENTENCE_FALLBACK = 3.0  # a sentence's score when no line scores as prose: two chrome lines' worth
REPEATED_PARAGRAPH_WORDS = 50  # a line this long said twice is a paragraph repeated on purpose, not
# a caption pasted twice (the dev set's longest such caption has 41 words)
WRAP_WORDS = 5  # a line this long not ending a sentence, and the next going on, are one
NET_SHARE = 0.5  # a body holding less than this share of the densest prose run's words was cut wrong
NET_SHORT = -0.4  # a short line's cost in that run: lists, code and subheadings sit inside articles
NET_PACKED = 0.3  # a long line packed without blank lines counts this share there (cards, comments)
TEMPLATE_RUN = 3  # this many neighbouring lines the same but for a word or two are one widget's
TEMPLATE_WORDS = 4  # … each at least this long (shorter ones score as chrome anyway)
TEMPLATE_CHANGED = 2  # words that may differ between two lines of a template
COMMENT_MARKS = 2  # this many "… says:" lines or reply links in the body: it is a comment section
COMMENT_ABOVE = 2.0  # … and prose scoring this much above the first of them is the article
COMMENT_GAP = 40  # lines between two comments' marks at most (a long comment)
HEAD_CHROME = 12  # lines between a headline and its body's start searched for its lead
HEAD_REACH = 4  # an article starts this near under its dateline or byline (a headline between)
HEADED_ABOVE = 6
LEAD_REACH = 6
LEAD_PARAGRAPH = 5.0
SAME_TOPIC = 0.25
CREDIT_REACH = 2  # running text this near below a copyright line: it was a photo's credit
TOPIC_WORD = 6
DATED_LEAD = 1.0  # … and prose scoring this much there, closed by a stop, is an article
REPLY_CHARS = 16  # a reply link is no longer ("Antworten ↓"); an author's line ends in a colon


@lru_cache(maxsize=8192)
def word_count(line: str) -> int:
    """Words in a line, remembered: every stage asks again."""
    return count_words(line)


@lru_cache(maxsize=8192)
def iso_date(text: str, written: bool = True, day_first: bool = False) -> str:
    """fields.iso_date remembered: the header, the body's top and the leads ask of the same lines."""
    return fields.iso_date(text, written, day_first)


@dataclass(frozen=True)
class Weights:
    """How much a line counts as prose; tuned on the dev set by site, see benchmarks/text_sitecv.py."""

    long_words: int = 18  # a line this long is a paragraph
    per_word: float = 0.2
    cap: float = 8.0
    sentence_words: int = 7  # a shorter sentence still counts a little
    sentence: float = 0.5
    short: float = -1.5
    short_paragraph: float = 0.6  # a short line set apart like a paragraph
    packed_factor: float = 0.2  # long lines packed without blank lines (cards, comments)
    residue: float = -2.5


WEIGHTS = Weights()


@dataclass(frozen=True)
class HeaderSettings:
    """How the title, byline and date are found around the body's start; each choice judged on
    held-out sites by benchmarks/metadata_sitecv.py."""

    lookback: int = 45  # lines above the body searched for the headline
    distance_cost: float = 0.5  # per line between a candidate and the body
    full_words: int = 15  # a longer line is no more a headline for it
    max_words: int = 30  # a longer line is no headline at all (a standfirst, a paragraph)
    opening_weight: float = 5.0  # per headline word found again in the article's opening
    opening_lines: int = 1
    opening_wide: float = 5.0  # per headline word found again in the opening's first lines …
    wide_lines: int = 6  # … this many
    tag_prefix: bool = True  # a headline may open with a tag in brackets: "[Review] …", "(Video) …"
    name_lines: bool = True  # a line holding only a person's name near the title is the byline
    name_lookahead: int = 0  # … or this many lines into the body span (short, it scores little)
    name_after_title: int = 45  # … and at most this many lines below the title
    signature: bool = True  # no byline above the body: one just below it (a blog's signature)
    written_dates: bool = True  # "Nov. 19, 2019 8:03 am ET" read by fields.written_date
    day_first: bool = True  # 03/05/2022 is 3 May unless the page or its English says otherwise
    header_date_words: int = 30  # a longer line between the title and the body still dates it
    published_first: bool = True  # an "Updated …" line yields to another date line
    body_dates: bool = True  # no date line at the header: a line of only a day in the body
    meta_top: bool = True  # a byline or a short date line among the body's first lines is its header's
    title_in_span: bool = True  # the headline may be above a byline or date line opening the body span
    above_byline: float = 5.0  # a line just above a byline or date line is more likely the headline
    title_case_stop: bool = True  # a Title-Cased line ending in a full stop may still be a headline
    repeat_by_byline: bool = True  # of the headline's repeats (a gallery's), the one above its byline
    labels: bool = True  # a line of only label words ("Sign up now") is no headline
    dek_words: int = 15  # a candidate this long is the standfirst of a shorter one just above …
    dek_headline_words: int = 5  # … of at least this many words (not a section label) …
    dek_reach: int = 2  # … this many lines above at most
    trail_end: float = 20.0  # the page names it twice: a candidate ends a longer line above the body
    trail_words: int = 4  # … and has this many words at least ("Home » News » headline")
    post_links: bool = True  # a link to the previous or next post ("← Older post") is no headline
    colon_end: bool = True  # a line ending in a colon announces what follows: no headline
    span_lines: int = 3  # the body's first lines, before its running text, may be the headline
    # when a byline or date line is just below (the body's start is a guess)
    dated_meta: bool = True  # a short line naming a day is a date line ("5. November 2021 admin")
    written_bylines: bool = True  # a "by" anywhere in a short line after a label or a date
    # ("Geschrieben von …", "02.02.2022, 11:30 Uhr von …"), and no e-mail address or handle kept
    name_shape: bool = True  # a byline's names look like names: "Von Risiken und Nebenwirkungen" is none
    dated_names: bool = True  # a date line naming its writer without a "by" ("Christian Kahle, 03.11.2023")
    above_title: int = 3  # a byline may stand this many lines above the title
    body_lines: int = 6  # … or among the body's first lines, under a standfirst
    dated_body: int = 2  # a date line naming its writer may be among the body's first lines
    chrome_words: bool = True  # a line of a name has no word that is chrome alone ("Teilen Twittern")
    body_byline: bool = True  # none found: a "By …" line inside the body beside a date line
    short_dates: bool = True  # no line of only a day in the body: a short date line there
    asking_title: bool = True  # no headline above the body: its first line may ask or exclaim
    below_first: bool = True  # a date line under the title before one above it
    dateline_words: int = 14  # a line naming a day is a dateline, no headline, up to this long; a
    # longer headline may name one ("Tagung: … Revolutionen … (26. und 27. 2. 2015, Eichstätt)")


HEADER = HeaderSettings()


@dataclass(frozen=True)
class TextSettings:
    """Which rules of the copied-text cleaner run; benchmarks/text_sitecv.py judges each on
    held-out sites (switched off, each site scored with what the other sites prefer)."""

    wrapped: bool = True  # lines broken inside a sentence joined again
    promo_boxes: bool = True  # a promotion under the lead is inside the article, not its end
    sentence_fallback: bool = True  # no paragraph at all: the sentences are the article
    safety_net: bool = True  # a body holding little of the densest prose run was cut wrong
    header_only: bool = True  # a "posted by" line closing a short article is its signature
    consent: bool = True  # a cookie dialog's lines are chrome
    lead_above: bool = True  # a lead packed without blank lines above the body is its own
    code_blocks: bool = True  # runs of code-like lines are code, inside the article
    gap_most: bool = True  # a box with more of the article below it than above is inside it
    templates: bool = True  # a widget's lines filled in once per account are chrome
    comments: bool = True  # a body found among comments moves to the prose above them
    net_stop: bool = True  # the safety net does not look past the hard stop under the body
    announced_lists: bool = True  # the short lines a line ending in a colon announces are a list
    dated_lead: bool = True  # a body below a hard stop moves to the prose under a dateline above it
    records: bool = True  # runs of short lines of one form ("Termin: …", "1a etapa: …") are a list
    quotations: bool = True  # short lines a quotation spans (verse, dialogue) are kept, not dropped
    byline_inside: bool = True  # a byline below more than a standfirst of running text is inside
    # the article (an embedded post's "Posted by …", a subheading "Von …"): the body does not start there
    headed_lead: bool = True  # a body with no dateline or byline over it moves to prose under one above
    credits: bool = True  # a copyright line with running text right below it is a photo's credit
    short_body: bool = True  # a body holding no running text keeps its short lines, not dropped as headings
    lead_under_title: bool = True  # running text under the headline, chrome below it, is the lead
    numbers: bool = True  # a list item keeps its typed number ("1. Choose the Right Pot"); a bullet sign goes


SETTINGS = TextSettings()
LineScorer = Callable[["Lines", Rules, Weights], list[float]]
UNSPACED_PACKED_FACTOR = 1.0


@dataclass
class Lines:
    """The page's non-empty lines; ``paragraph`` marks those set apart by blank lines, which
    is how a browser copies <p> elements (menus and lists come one line after another)."""

    text: list[str]
    paragraph: list[bool]
    repeated: set[int]
    blank_before: list[bool]


def _continues(line: str, following: str) -> bool:
    """``following`` goes on with ``line``'s sentence: a paragraph broken inside a sentence
    (a page set with <br>, preformatted text), not the next line of a menu or a list."""
    return (following[0].islower() and not TERMINAL.search(line) and word_count(line) >= WRAP_WORDS
            and (bool(TERMINAL.search(following)) or word_count(following) >= WRAP_WORDS))


def _drop_cap(joined: list[str]) -> int:
    """Where a drop cap copied alone on its line is, at the end or over a blank line; -1 if none."""
    cap = len(joined) - 1 - (joined[-1:] == [""])
    return cap if cap >= 0 and len(joined[cap]) == 1 and joined[cap].isupper() else -1


def join_wrapped(raw: list[str]) -> list[str]:
    """Lines broken inside a sentence joined again, so a wrapped paragraph scores as one; a
    list's number or bullet alone on its line ("1.") joined to its item, a drop cap to its word."""
    joined: list[str] = []
    for line in raw:
        if line[:1].islower() and (cap := _drop_cap(joined)) >= 0 and word_count(line) >= WRAP_WORDS:
            joined[cap:] = [joined[cap] + line]  # "T" over "urkey, Poland and …"
        elif line and joined and joined[-1] and (_continues(joined[-1], line)
                                                 or BARE_MARKER.match(joined[-1])):
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    return joined


def read_lines(text: str, wrapped: bool = True) -> Lines:
    """Non-empty lines with blank-line separation noted, a line repeated at once dropped
    (unless paragraph-long);
    ``wrapped``: lines broken inside a sentence joined first."""
    raw = [" ".join(line.split()) for line in text.splitlines()]
    if wrapped:
        raw = join_wrapped(raw)
    kept: list[str] = []
    paragraph: list[bool] = []
    repeated: set[int] = set()
    blank_before: list[bool] = []
    for i, line in enumerate(raw):
        if not line:
            continue
        if kept and (line == kept[-1] or _near_duplicate(line, kept[-1])) and (
                word_count(line) < REPEATED_PARAGRAPH_WORDS):
            repeated.add(len(kept) - 1)
            continue
        before = i == 0 or not raw[i - 1]
        after = i + 1 >= len(raw) or not raw[i + 1]
        kept.append(line)
        paragraph.append(before and after)
        blank_before.append(before)
    return Lines(kept, paragraph, repeated, blank_before)


def _near_duplicate(a: str, b: str) -> bool:
    """The same caption pasted twice, once with a credit or trailing words added."""
    if min(len(a), len(b)) < 30:
        return False
    short, long_ = sorted((a, b), key=len)
    return long_.startswith(short[: max(30, int(len(short) * 0.9))])


def prose_score(line: str, rules: Rules, weights: Weights | None = None,
                paragraph: bool = False, consent: bool = True) -> float:
    """Positive for article prose, negative for chrome (``consent``: a cookie dialog's lines too)."""
    weights = weights or WEIGHTS
    if rules.is_chrome(line) or (consent and rules.is_consent(line)):
        return weights.residue
    if TEASER.match(line) or rules.is_teaser(line):
        return weights.short
    words = word_count(line)
    if words >= weights.long_words:
        score = min(words * weights.per_word, weights.cap)
        return score if paragraph else score * weights.packed_factor
    if words >= weights.sentence_words and TERMINAL.search(line):
        return weights.sentence
    return weights.short_paragraph if paragraph else weights.short


def body_span(scores: list[float]) -> tuple[int, int]:
    """The maximum-sum run of line scores, as [start, end)."""
    best, best_span = 0.0, (0, 0)
    total, start = 0.0, 0
    for i, score in enumerate(scores):
        if total <= 0:
            total, start = 0.0, i
        total += score
        if total > best:
            best, best_span = total, (start, i + 1)
    return best_span


def _same_but_a_word(a: list[str], b: list[str]) -> bool:
    """Two lines alike but for one or two words in place, none a number: a template filled
    twice (rows of a table differ in their figures)."""
    if not len(a) == len(b) >= TEMPLATE_WORDS:
        return False
    changed = [x + y for x, y in zip(a, b, strict=True) if x != y]
    return len(changed) <= min(TEMPLATE_CHANGED, len(a) // 2) and not any(
        c.isdigit() for word in changed for c in word)


def templated(lines: list[str]) -> set[int]:
    """Lines of a widget filled in several times ("You are commenting using your Google
    account.", the same for Twitter and Facebook): runs of neighbouring lines alike but for a
    word or two. However long, they are chrome: an article does not repeat itself so."""
    words = [line.split() for line in lines]
    found: set[int] = set()
    start = 0
    for i in range(1, len(lines) + 1):
        if i < len(lines) and _same_but_a_word(words[i - 1], words[i]):
            continue
        if i - start >= TEMPLATE_RUN:
            found.update(range(start, i))
        start = i
    return found


def _prose_words(line: str, weights: Weights) -> int:
    """The words of a line of running text (a paragraph or a sentence), else 0."""
    words = word_count(line)
    return words if words >= weights.long_words or (
        words >= weights.sentence_words and TERMINAL.search(line)) else 0


def _widen(read: Lines, scores: list[float], span: tuple[int, int], rules: Rules,
           weights: Weights, settings: TextSettings = SETTINGS, limit: int | None = None) -> tuple[int, int]:
    """The body [start, end), closed at its stop. The safety net: when it holds a small share
    of the words of the densest run of running text (sentences scored by their words, short
    lines costing little: an article's lists, code and subheadings) above ``limit`` (where the
    comments begin) and, with ``net_stop``, above the hard stop below the body (a comment
    header: a post of short lines is not the form or sidebar under it), closed the same way,
    the cut was wrong: that run is the body."""
    lines = read.text
    end = _close_at_stop(lines, scores, span[0], span[1], rules, settings)
    if not settings.safety_net:
        return span[0], end
    words = [_prose_words(line, weights) for line in lines]
    spaced = any(read.paragraph)
    soft = [weights.residue if score <= weights.residue
            else NET_SHORT if not n or score <= weights.short  # a short line or a teaser card
            else weights.sentence if n < weights.long_words
            else min(n * weights.per_word, weights.cap) * (1.0 if p or not spaced else NET_PACKED)
            for n, score, p in zip(words, scores, read.paragraph, strict=True)]
    if settings.net_stop:
        limit = next((i for i in range(end, limit or len(lines))
                      if scores[i] <= weights.residue and _hard_stop(lines[i], rules)), limit)
    start, soft_end = body_span(soft[:limit])
    soft_end = _close_at_stop(lines, scores, start, soft_end, rules, settings)
    if sum(words[span[0]:end]) >= NET_SHARE * sum(words[start:soft_end]):
        return span[0], end
    return start, soft_end


def _comment_marks(lines: list[str], start: int, end: int, rules: Rules) -> list[int]:
    """The lines of [start, end) that open a comment (its author's "… says:" line, a date
    just below) or close one (a reply link)."""
    found = []
    for i in range(start, end):
        says = lines[i].endswith(":")
        if (says or len(lines[i]) <= REPLY_CHARS) and rules.is_comment_mark(lines[i]) and (
                not says or any(word_count(line) <= MAX_DATE_LINE_WORDS and any(c.isdigit() for c in line)
                                for line in lines[i + 1: i + 3])):
            found.append(i)
    return found


def _above_comments(lines: list[str], scores: list[float], span: tuple[int, int],
                    rules: Rules) -> tuple[tuple[int, int], int | None]:
    """A body found among comments ("Harm Otten says:", a date, the comment, "Reply",
    again and again) moved to the densest prose above the first of them, when there is some:
    a short post under its headline loses to a long discussion below it. A body starting
    above them ends where they begin. Returns the span
    and the line where the comments begin (None when none were found)."""
    if len(_comment_marks(lines, span[0], span[1], rules)) < COMMENT_MARKS:
        return span, None
    marks = _comment_marks(lines, 0, span[1], rules)
    first = next(i for i in marks if i >= span[0])
    for i in reversed([i for i in marks if i < first]):  # the comments above the body's
        if first - i > COMMENT_GAP:
            break
        first = i
    if first > span[0]:  # the body starts above the comments: they close it
        return (span[0], first), first
    above = body_span(scores[:first])
    if sum(scores[above[0]:above[1]]) < COMMENT_ABOVE:
        return span, None
    return above, first


def _hard_stop(line: str, rules: Rules) -> bool:
    """A comment header, a tag list or a copyright line: no article goes on past it."""
    return rules.is_stop(line) and not rules.is_promo(line)


def _is_dateline(line: str, rules: Rules) -> bool:
    """A short line naming when or by whom: "Posted on 14. Juni 2013 by Gnaur"."""
    return word_count(line) <= MAX_DATE_LINE_WORDS and (
        _is_meta(line, rules) or bool(iso_date(line)))


def _dated_lead(lines: list[str], scores: list[float], span: tuple[int, int],
                rules: Rules) -> tuple[tuple[int, int], int | None]:
    """A body found below a hard stop (the comment header, "Tags:") moved up to the lines just
    under a dateline or byline above that stop, from the first of prose to the last, when no
    long gap of chrome parts them from the dateline or the stop and one of them is running text
    (not the header's labels, "Follow", "TOPIC", over a tag list): a short post under its
    headline and date (short lines, a code block) loses to the longer blurbs of the sidebar or
    the comment form below it. A stop with running text right below it is a comment link in the
    article's header. Returns the span and the stop closing the new one (None when it stays)."""
    stops = [i for i in range(span[0]) if scores[i] <= WEIGHTS.residue and _hard_stop(lines[i], rules)
             and not _is_sentence_prose(lines[i + 1])]
    if not stops:
        return span, None
    best, best_sum, closing = span, DATED_LEAD, None
    for head in range(stops[-1]):
        if not _is_dateline(lines[head], rules):
            continue
        stop = next(i for i in stops if i > head)
        prose = _prose_run_below(scores, head, stop)
        total = sum(scores[i] for i in prose)
        if prose and prose[0] - head <= HEAD_REACH and stop - prose[-1] <= GAP_LINES and total >= best_sum \
                and any(_running_text(lines[i]) for i in prose):
            best, best_sum, closing = (prose[0], prose[-1] + 1), total, stop
    return best, closing


def _headed(lines: list[str], scores: list[float], span: tuple[int, int], rules: Rules) -> bool:
    """Whether a dateline or byline is just above the body or among its lines above its first
    paragraph."""
    first = next((i for i in range(*span) if scores[i] >= LEAD_PARAGRAPH), span[0])
    return any(_is_dateline(line, rules) for line in lines[max(0, span[0] - HEADED_ABOVE): first])


def _headed_lead(lines: list[str], scores: list[float], span: tuple[int, int],
                 rules: Rules) -> tuple[tuple[int, int], int | None]:
    """A body with no dateline or byline over it, and prose holding a paragraph just under one
    above it, a gap or a stop between: when the body shares the lead's words, a box (related
    links, job ads) parted the article's top from the rest, and the body extends up to the
    lead; when not, the body is another block (a teaser rail, an account form: news items are
    short and their sidebars long) and moves to the lead, which it may not reach past. Returns
    the span and that limit (None when none)."""
    if span[0] >= span[1] or _headed(lines, scores, span, rules):
        return span, None
    lead, best_sum = None, 0.0
    for head in range(span[0]):
        near = scores[head + 1: head + 1 + LEAD_REACH]
        if not any(x > 0 for x in near) or not _is_dateline(lines[head], rules):
            continue  # (the cheaper test first: prose near below it)
        prose = _prose_run_below(scores, head, len(lines), lambda i: _any_stop(lines[i], rules))
        if not prose or prose[-1] >= span[0] or prose[0] - head > LEAD_REACH:
            continue  # none, or no gap or stop parts it from the body (the body's own top)
        total = sum(scores[i] for i in prose)
        if total > best_sum and any(scores[i] >= LEAD_PARAGRAPH and _running_text(lines[i]) for i in prose):
            lead, best_sum = (prose[0], prose[-1] + 1), total
    if lead is None:
        return span, None
    if _shared_words(lines[lead[0]:lead[1]], lines[span[0]:span[1]]) >= SAME_TOPIC:
        return (lead[0], span[1]), None
    return lead, span[0]


def _shared_words(lead: list[str], body: list[str]) -> float:
    """The share of the lead's long words found again in the body (an article's parts share
    their names and terms; a sidebar's teasers are about other things)."""
    words = {w for w in _content_words(" ".join(lead)) if len(w) >= TOPIC_WORD}
    return len(words & _content_words(" ".join(body))) / len(words) if words else 0.0


def _any_stop(line: str, rules: Rules) -> bool:
    return rules.is_stop(line) or rules.is_soft_stop(line)


def _prose_run_below(scores: list[float], head: int, stop: int,
                     ends: Callable[[int], bool] | None = None) -> list[int]:
    """The lines scoring as prose below ``head`` and above ``stop``, up to a long gap (or a
    line that ``ends`` it, once a paragraph's worth of prose is above it)."""
    prose: list[int] = []
    total = 0.0
    for i in range(head + 1, stop):
        if ends is not None and total >= HARD_STOP_AFTER_PROSE and ends(i):
            break
        if scores[i] > 0:
            prose.append(i)
            total += scores[i]
        elif i - (prose[-1] if prose else head) > GAP_LINES:
            break
    return prose


def _lead_above(lines: list[str], scores: list[float], start: int, weights: Weights) -> int:
    """The body's start moved up over a paragraph of running text just above it, or one a
    short line ("Max Lee has more.") parts from it: a lead packed without blank lines."""
    while start > 0:
        for above in (start - 1, start - 2):
            if (above >= 0 and scores[above] > weights.residue and _is_sentence_prose(lines[above])
                    and all(scores[i] > weights.residue for i in range(above, start))):
                start = above
                break
        else:
            return start
    return start


def _lead_under_title(lines: list[str], scores: list[float], start: int, below_title: int,
                      rules: Rules) -> int:
    """The body's start moved up to a paragraph between the headline and it that only chrome
    parts from it (a share bar, "Advertisement"): what stands under a headline, its byline and
    date, and over its article is the article's lead (a standfirst stands above the byline)."""
    if not 0 < start - below_title <= HEAD_CHROME:
        return start
    for i in range(start - 1, below_title - 1, -1):
        line = lines[i]
        if word_count(line) >= WEIGHTS.long_words and TERMINAL.search(line) and not rules.is_caption(line):
            return i  # a paragraph (a line about its author is shorter; a standfirst ends in no stop)
        if scores[i] > 0 or _is_dateline(lines[i], rules):
            return start  # other prose between (a teaser), or the header's (a standfirst is above it)
    return start


def _is_sentence_prose(line: str) -> bool:
    """A line of running text, not a headline: long enough and ending like a sentence."""
    return word_count(line) >= RESUME_WORDS and bool(TERMINAL.search(line))


def _prose_resumes(lines: list[str], after: int, end: int) -> bool:
    return any(_is_sentence_prose(line) for line in lines[after + 1: min(end, after + 1 + BOX_LINES)])


def _close_at_stop(lines: list[str], scores: list[float], start: int, end: int,
                   rules: Rules, settings: TextSettings = SETTINGS) -> int:
    """Where the article ends: a hard stop once it has begun, a soft stop or a long gap of
    chrome once it has begun in earnest. A share or newsletter promotion is a hard stop only
    then too (``promo_boxes``): sites set one under the lead paragraph. A gap or a promotion
    with more of the article below it than above is a box inside it (``gap_most``). A
    copyright line the article goes on below is a photo's credit (``credits``)."""
    promo_boxes, gap_most = settings.promo_boxes, settings.gap_most
    prose, gap_start, gap = 0.0, None, 0
    for i in range(start, end):
        if prose >= HARD_STOP_AFTER_PROSE and rules.is_stop(lines[i]) and not (
                rules.is_promo(lines[i]) and ((promo_boxes and prose < STOP_AFTER_PROSE)
                                              or (gap_most and _more_below(scores, i, end, prose)))) and not (
                settings.credits and _credit_inside(lines, i, end, rules)):
            return i  # a promotion early on, or with most of the article below, is inside it
        if prose >= STOP_AFTER_PROSE:
            if rules.is_soft_stop(lines[i]) and not _prose_resumes(lines, i, end):
                return i
            if gap_start is not None and gap >= GAP_LINES and not (
                    gap_most and _more_below(scores, i, end, prose)):
                return gap_start  # unless more of the article is below the gap (a contents box)
        if scores[i] > 0:
            gap_start, gap = None, 0
        elif scores[i] > WEIGHTS.residue:  # known widget labels neither open nor lengthen a gap
            gap_start = i if gap_start is None else gap_start
            gap += 1
        prose += max(scores[i], 0.0)
    return end


def _credit_inside(lines: list[str], at: int, end: int, rules: Rules) -> bool:
    """Whether the stop at ``at`` is a photo's credit ("© Syzygy Plasmonics Inc" under its
    caption, read as a copyright footer): running text follows within two lines."""
    return rules.is_caption(lines[at]) and any(
        _is_sentence_prose(line) for line in lines[at + 1: min(end, at + CREDIT_REACH + 1)])


def _more_below(scores: list[float], at: int, end: int, above: float) -> bool:
    """Whether more prose scores lie from ``at`` to ``end`` than the ``above`` before it."""
    return sum(max(x, 0.0) for x in scores[at:end]) > above


def _boxes(lines: list[str], scores: list[float], span: range, rules: Rules) -> set[int]:
    """Related/"more" boxes inside the body: a marker followed by short link lines."""
    inside: set[int] = set()
    for i in span:
        if not rules.is_soft_stop(lines[i]) or i + 1 not in span:
            continue
        if _is_sentence_prose(lines[i + 1]):
            continue  # prose follows at once: a subheading, not a box
        j = i
        while j in span and (j == i or not _is_sentence_prose(lines[j])):
            inside.add(j)
            j += 1
    return inside


def _is_heading_like(line: str) -> bool:
    return word_count(line) <= MAX_HEADING_WORDS and not TERMINAL.search(line)


Opening = tuple[set[str], set[str]]  # an opening's content words: its first line's, its first lines'


def _title_score(line: str, distance: int, rules: Rules, opening: Opening = (frozenset(), frozenset()),
                 header: HeaderSettings = HEADER) -> float | None:
    """How much ``line`` reads like the headline ``distance`` lines above the body; None if not.
    A headline's words come back in the article's opening: each shared word counts."""
    words = word_count(line)
    if not MIN_TITLE_WORDS <= words <= header.max_words or line[0] == "©" or (
            line[0] in "([" and not (header.tag_prefix and TAG_PREFIX.match(line))):
        return None
    if line.endswith(".") and not (header.title_case_stop and _title_cased(line)):
        return None
    if sum(map(str.isdigit, line)) > TITLE_MAX_DIGITS * len(line):
        return None  # dates, times, table rows
    if (rules.is_byline(line) or rules.is_date(line) or rules.is_chrome(line)
            or rules.is_caption(line)):
        return None
    if (iso_date(line) and words <= header.dateline_words) or BREADCRUMB.search(line):
        return None  # a dateline ("Updated : 19 November 2019") or a breadcrumb trail
    if header.labels and is_label(line):
        return None  # "Sign up now", "Latest News"
    if header.post_links and _post_link(line):
        return None
    if header.colon_end and line.endswith(":"):
        return None  # "So geht der Sazerac:", "Tour dates:"
    own = _content_words(line)
    return (min(words, header.full_words) - header.distance_cost * distance
            + header.opening_weight * len(own & opening[0]) + header.opening_wide * len(own & opening[1]))


def _asks(line: str) -> bool:
    """A headline asking or exclaiming: a few words closed by "?" or "!" ("How does the brain
    turn unconscious information into conscious thought?")."""
    return MIN_TITLE_WORDS <= word_count(line) <= MAX_HEADING_WORDS and line.endswith(("?", "!"))


def _post_link(line: str) -> bool:
    """A link to the previous or next post: an arrow opens or closes it and none faces it."""
    return bool((BACK_LINK.search(line) and not ON_ARROW.search(line))
                or (ON_LINK.search(line) and not BACK_ARROW.search(line)))


def _title_cased(line: str) -> bool:
    """Most words capitalised, as a headline is ("Why You Shouldn’t Worry.")."""
    words = [w for w in line.split() if w[0].isalpha()]
    return bool(words) and sum(w[0].isupper() for w in words) >= TITLE_CASE_SHARE * len(words)


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.casefold()) if len(w) > 3}


@dataclass(frozen=True)
class Candidate:
    """A line that may be the headline, and what the rules make of it."""

    at: int
    score: float


def _opening(lines: list[str], at: int, header: HeaderSettings) -> Opening:
    """The content words of the article's opening: its first line from ``at`` long enough to
    be prose (past a "Watch live" line), and of its first ``wide_lines`` lines from there."""
    first = next((i for i in range(at, min(len(lines), at + BYLINE_LOOKAHEAD))
                  if word_count(lines[i]) >= MIN_OPENING_WORDS), at)
    near = _content_words(" ".join(lines[first:first + header.opening_lines]))
    wide = _content_words(" ".join(lines[first:first + header.wide_lines])) if header.opening_wide else near
    return near, wide


def title_candidates(lines: list[str], at: int, rules: Rules, header: HeaderSettings = HEADER,
                     span_lines: int = 0) -> list[Candidate]:
    """The lines that may be the headline of a body starting at ``at``, nearest first: those
    above it, then its own first ``span_lines`` before its running text begins that a byline
    or date line follows (the body's start is a guess: a headline set apart like a paragraph,
    "Plant Tesla eine zweite Fabrik in China?", opens it)."""
    found, above = [], _opening(lines, at, header)
    inside = next((i for i in range(at, min(len(lines), at + span_lines)) if _running_text(lines[i])),
                  min(len(lines), at + span_lines))
    for i in [*range(at - 1, max(-1, at - 1 - header.lookback), -1), *range(at, inside)]:
        opening = above if i < at else _opening(lines, i + 1, header)
        score = _title_score(lines[i], max(at - 1 - i, 0), rules, opening, header)
        below = score is not None and _meta_line(lines[i + 1: i + 3], rules, header)
        if score is not None and (i < at or below):
            found.append(Candidate(i, score + (header.above_byline if below else 0.0)))
    if header.trail_end:
        ends = _trail_ends(lines, at, [c.at for c in found], header.trail_words)
        found = [replace(c, score=c.score + header.trail_end) if c.at in ends else c for c in found]
    return found


def _running_text(line: str) -> bool:
    """A paragraph, not a headline: long, or a long sentence closed by a full stop or "!"."""
    words = word_count(line)
    return words >= WEIGHTS.long_words or (words >= RESUME_WORDS and line.endswith((".", "!")))


TRAIL_KEY = 8  # the characters a line's end is looked up by


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


def _pick_title(lines: list[str], at: int, rules: Rules,
                header: HeaderSettings = HEADER) -> tuple[str, int]:
    """The most headline-like line in the few lines above ``at``, nearer ones preferred."""
    candidates = title_candidates(lines, at, rules, header, header.span_lines)
    if not candidates:
        return "", -1
    best = max(candidates, key=lambda c: c.score)
    best_at = best.at
    if header.dek_words and word_count(lines[best_at]) >= header.dek_words:
        best_at = next((c.at for c in candidates if 0 < best.at - c.at <= header.dek_reach
                        and header.dek_headline_words <= word_count(lines[c.at])
                        < word_count(lines[best.at])), best_at)
    if header.repeat_by_byline:  # the same headline again, where its byline is
        best_at = next((i for i in range(at - 1, max(-1, at - 1 - header.lookback), -1)
                        if lines[i] == lines[best_at] and _meta_line(lines[i + 1: i + 3], rules, header)),
                       best_at)
    return lines[best_at], best_at


def _header(lines: list[str], start: int, rules: Rules,
            header: HeaderSettings = HEADER) -> tuple[str, str, str, int]:
    """Title, byline and date from the lines just above the body (or a byline just above the
    title, ``above_title``: sites set the writer over the headline); returns where the title is."""
    title, title_at = _pick_title(lines, start, rules, header)
    byline, date = "", ""
    for i in range(start - 1, max(-1, title_at, start - 1 - header.lookback), -1):
        byline, date = _note_meta(lines[i], byline, date, rules, header)
    if not byline and title_at >= 0:
        byline = next((lines[i] for i in range(title_at - 1, max(-1, title_at - 1 - header.above_title), -1)
                       if _byline_of(lines[i], rules, header)), "")
    return title, byline, date, title_at


def _other_byline(lines: list[str], title_at: int, head_end: int, body: range, rules: Rules,
                  header: HeaderSettings = HEADER) -> str:
    """The byline when no "By …" line is around the title: one among the body's first lines
    (``body_lines``: under a standfirst, "21.01.2022 11:46 von" over "Patrick Otte"), a date
    line naming its writer (``dated_names``), a line of only a name below the title
    (``name_lines``); "" when none."""
    top = range(body.start, min(body.stop, body.start + header.body_lines))
    for i in top:
        if _byline_of(lines[i], rules, header):
            return lines[i]
        if i + 1 < len(lines) and by_alone(lines[i]) and _name_line(lines[i + 1], rules, header):
            return lines[i + 1]
    if header.dated_names:  # "Christian Kahle, 03.11.2023 15:32 Uhr"
        below = range(head_end - 1, max(-1, title_at, head_end - 1 - header.lookback), -1)
        above = range(title_at - 1, max(-1, title_at - 1 - header.above_title), -1) if title_at >= 0 else []
        if found := next((lines[i] for i in [*below, *above, *top[:header.dated_body]]
                          if dated_name(lines[i])), ""):
            return found
    if header.name_lines and title_at >= 0:
        stop = min(head_end + header.name_lookahead, title_at + 1 + header.name_after_title)
        return next((line for line in lines[title_at + 1: stop] if _name_line(line, rules, header)), "")
    return ""


def _name_line(line: str, rules: Rules, header: HeaderSettings = HEADER) -> bool:
    """Whether a line holds only a person's name: no chrome, nor a word that is chrome alone
    ("Teilen Twittern" is a share bar)."""
    names = person_name(line)
    return (bool(names) and not rules.is_residue(line)
            and not (header.chrome_words and any(rules.is_chrome(word) for word in names.split())))


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
    (``name_shape``)."""
    if header.written_bylines and (names := written_byline(line)):
        return names
    if not rules.is_byline(EMAIL_ON.sub("", line) if "@" in line else line):
        return ""
    names = byline_names(_byline_name(line))
    return "" if header.name_shape and not names_shaped(names) else names


def _names_of(line: str, rules: Rules, header: HeaderSettings = HEADER) -> str:
    """The people the line taken as the byline names (a byline, a date line naming its
    writer, a line of a name)."""
    return (_byline_of(line, rules, header) or (header.dated_names and dated_name(line))
            or person_name(line) or byline_names(_byline_name(line)))


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
    return (word_count(line) <= MAX_DATE_LINE_WORDS and not TERMINAL.search(line)
            and bool(iso_date(line, header.written_dates)))


def _prose_run(lines: list[str], start: int, end: int) -> int:
    return sum(_prose_words(line, WEIGHTS) for line in lines[start:end])


def _signature(lines: list[str], end: int, rules: Rules, header: HeaderSettings = HEADER) -> str:
    """A byline just below the body ("Author: …", or "Kommentar von" over a name): blogs and
    opinion pages sign at the end; "" when none."""
    for i in range(end, min(len(lines), end + BYLINE_LOOKAHEAD)):
        if _byline_of(lines[i], rules, header):
            return lines[i]
        if by_alone(lines[i]) and i + 1 < len(lines) and person_name(lines[i + 1]):
            return lines[i + 1]
    return ""


def _body_byline(lines: list[str], body: range, rules: Rules, header: HeaderSettings = HEADER) -> str:
    """A "By …" line inside the body with a date line at most two lines from it: a byline
    block the body was found above ("Von Tim Ehlers" over "Veröffentlicht am 26. Oktober
    2023" under a chart's caption); "" when none. A "by" alone inside an article is as often
    a book's or a quoted post's author."""
    return next((lines[i] for i in body if _byline_of(lines[i], rules, header) and any(
        _date_line(line, header) for line in lines[max(0, i - 2): i + 3])), "")


def _byline_name(line: str) -> str:
    match = re.search(r"\b(?:by|von|por|par|door)\s+(.+?)(?:\s+(?:on|at|\||-|,)\s.*)?$", line, re.IGNORECASE)
    return match.group(1).strip(" ,|") if match else line


def _announced_list(read: Lines, at: int, rules: Rules, set_apart: bool = False) -> range:
    """The run of short lines a line ending in a colon announces ("Tour dates:"), up to a
    blank line or a line of chrome; empty when ``at`` announces nothing. ``set_apart``: the
    list may begin after a blank line (a paragraph announcing it)."""
    lines = read.text
    if not lines[at].endswith(":") or rules.is_stop(lines[at]) or rules.is_soft_stop(lines[at]):
        return range(at + 1, at + 1)
    end = at + 1
    while (end < len(lines) and (not read.blank_before[end] or (set_apart and end == at + 1))
           and word_count(lines[end]) <= MAX_LIST_ITEM_WORDS and not _is_chrome(lines[end], rules)):
        end += 1
    return range(at + 1, end if end - at - 1 >= MIN_LIST_ITEMS else at + 1)


def _is_chrome(line: str, rules: Rules) -> bool:
    return rules.is_chrome(line) or rules.is_byline(line)


def _repeats_caption(line: str, captions: list[str]) -> bool:
    return any(caption == line or _near_duplicate(line, caption) for caption in captions)


def _record_form(line: str, rules: Rules) -> str:
    """"label" for a short line "Ort: Kornhaus Dessau", "number" for "3a etapa: 22 de abril", else ""."""
    match = RECORD.match(line)
    if not match or word_count(line) > MAX_LIST_ITEM_WORDS or rules.is_chrome(line):
        return ""
    return match.lastgroup or ""


def record_runs(lines: list[str], rules: Rules) -> set[int]:
    """Runs of short lines of one form, a label and its value ("Ort: Kornhaus Dessau") or a
    number and its item ("3a etapa: 22 de abril – Velopark"): a list or a record inside an
    article (a menu's items have neither)."""
    forms = [_record_form(line, rules) if line[0].isdigit() or ":" in line[:32] else "" for line in lines]
    forms.append("")
    found: set[int] = set()
    start = 0
    for i in range(1, len(forms)):
        if forms[i] and forms[i] == forms[i - 1]:
            continue
        if forms[start] and i - start >= RECORD_RUN:
            found.update(range(start, i))
        start = i
    return found


def code_runs(read: Lines) -> set[int]:
    """The lines of code blocks and text-drawn tables: runs of lines with no blank line
    between, at least half of them looking like code (a menu is words, not brackets)."""
    found: set[int] = set()
    start = 0
    for i in range(1, len(read.text) + 1):
        if i < len(read.text) and not read.blank_before[i]:
            continue
        run = range(start, i)
        if len(run) >= MIN_CODE_LINES and sum(
                bool(CODE_LINE.search(read.text[j])) for j in run) >= CODE_SHARE * len(run):
            found.update(run)
        start = i
    return found


OPENS_QUOTE = re.compile(r"^[„“”\"«»‚]")  # a quotation opening a line …
CLOSES_QUOTE = re.compile(r"[“”\"»«‘]$")  # … and closing one this many lines below at most:
QUOTE_LINES = 8


def quoted_runs(lines: list[str], span: range) -> set[int]:
    """Short lines a quotation spans ("„Azad war mein Vorbild …" down to "… reimt“"): verse or
    dialogue quoted in the article, kept though each line is short."""
    found: set[int] = set()
    for i in span:
        if not (OPENS_QUOTE.match(lines[i]) and _is_heading_like(lines[i])) or CLOSES_QUOTE.search(lines[i]):
            continue
        for j in range(i + 1, min(span.stop, i + QUOTE_LINES)):
            if not _is_heading_like(lines[j]) and not CLOSES_QUOTE.search(lines[j]):
                break
            if CLOSES_QUOTE.search(lines[j]):
                found.update(range(i, j + 1))
                break
    return found


def _body_blocks(lines: list[str], captions: set[int], skipped: set[int], listed: set[int],
                 span: range, rules: Rules, code: set[int] = frozenset(),
                 quoted: set[int] = frozenset(), numbers: bool = True) -> list[Block]:
    blocks: list[Block] = []
    items: list[str] = []
    shown: list[str] = []  # the captions kept so far
    program: list[str] = []

    def flush_list() -> None:
        if items:
            blocks.append(ListBlock(False, [runs(item) for item in items]))
            items.clear()
        if program:
            blocks.append(Code("\n".join(program)))
            program.clear()

    for i in span:
        line = lines[i]
        following = lines[i + 1] if i + 1 < len(lines) else None
        if i in code:
            if items:
                flush_list()
            program.append(line)
            continue
        if program:
            flush_list()
        if i in skipped or _repeats_caption(line, shown):
            continue  # a gallery shows a caption again further down: keep it once
        if i in captions or rules.is_caption(line):
            flush_list()
            blocks.append(Figure(src=None, caption=line))
            shown.append(line)
        elif rules.is_residue(line) or rules.is_inline_residue(line) or rules.is_promo(line):
            continue
        elif numbers and _numbered_heading(lines, i, span, listed):
            flush_list()
            blocks.append(Heading(2, line))
        elif BULLET.match(line) or i in listed:
            items.append((SIGN if numbers else BULLET).sub("", line))
        elif rules.is_attribution(line):
            flush_list()
            blocks.append(Note(line))
        elif _is_heading_like(line) and i not in quoted:
            flush_list()
            if following is not None and i + 1 in span and (not _is_heading_like(following) or (
                    numbers and _numbered_heading(lines, i + 1, span, listed))):
                blocks.append(Heading(2, line))  # over its text, or over the first of numbered parts
        else:
            flush_list()
            blocks.append(Paragraph(runs(line)))
    flush_list()
    return blocks


def _numbered_heading(lines: list[str], i: int, span: range, listed: set[int]) -> bool:
    """Whether line ``i`` is a numbered subheading ("2. Use Your Garden" over its paragraph): a
    short numbered line with no item beside it and running text below, not a list of one."""
    if not (lines[i][0].isdigit() and BULLET.match(lines[i]) and _is_heading_like(lines[i])) or i in listed:
        return False
    beside = [j for j in (i - 1, i + 1) if j in span]
    return i + 1 in span and not _is_heading_like(lines[i + 1]) and not any(
        BULLET.match(lines[j]) or j in listed for j in beside)


def scored_lines(read: Lines, rules: Rules, weights: Weights, settings: TextSettings = SETTINGS,
                 line_scores: LineScorer | None = None) -> tuple[list[float], set[int], set[int]]:
    """Each line's prose score (``line_scores`` replacing the rules'), with code, announced
    lists, records and a widget's templated lines scored as what they are; and the lines of code
    and of records."""
    lines = read.text
    if line_scores is not None:
        scores = line_scores(read, rules, weights)
    else:
        scores = [prose_score(line, rules, weights, p, settings.consent)
                  for line, p in zip(lines, read.paragraph, strict=True)]
    code = code_runs(read) if settings.code_blocks else set()
    scores = [max(score, CODE_SCORE) if i in code and score > weights.residue else score
              for i, score in enumerate(scores)]  # code and tables sit inside articles
    if settings.announced_lists:  # "You will need:" over its items: the list is the article's
        listed = {j for i, score in enumerate(scores) if score > 0 and lines[i].endswith(":")
                  for j in _announced_list(read, i, rules, True)}
        scores = [max(score, CODE_SCORE) if i in listed and score > weights.residue else score
                  for i, score in enumerate(scores)]
    records = record_runs(lines, rules) if settings.records else set()
    scores = [max(score, weights.sentence) if i in records and score > weights.residue else score
              for i, score in enumerate(scores)]  # a record's lines carry content as a sentence does
    if settings.templates:
        widget = templated(lines)
        scores = [min(score, weights.short) if i in widget else score for i, score in enumerate(scores)]
    return scores, code, records


def find_body(read: Lines, scores: list[float], rules: Rules, weights: Weights,
              settings: TextSettings = SETTINGS) -> tuple[list[float], int, int]:
    """The body [start, end) before its header is placed, and the scores it was found with
    (every sentence scored as prose when no line is a paragraph)."""
    start, end = body_span(scores)
    if start == end and settings.sentence_fallback:  # no paragraph: the sentences are the article
        scores = [SENTENCE_FALLBACK if prose(line) else score
                  for line, score in zip(read.text, scores, strict=True)]
        start, end = body_span(scores)
    limit = None
    if settings.comments:
        (start, end), limit = _above_comments(read.text, scores, (start, end), rules)
    if settings.dated_lead:
        (start, end), below = _dated_lead(read.text, scores, (start, end), rules)
        limit = below or limit
    if settings.headed_lead and limit is None:
        (start, end), limit = _headed_lead(read.text, scores, (start, end), rules)
    start, end = _widen(read, scores, (start, end), rules, weights, settings, limit)
    return scores, start, end


def clean_text(text: str, rules: Rules | None = None, weights: Weights | None = None,
               line_scores: LineScorer | None = None, header: HeaderSettings = HEADER,
               settings: TextSettings = SETTINGS) -> Document:
    """Turn copied page text into a Document: title, byline, date and the body's blocks.
    ``line_scores`` replaces the rule scores (benchmarks/train_line_model.py tries a learned
    model through it; under site CV the rules score better, so they ship)."""
    rules = rules or load_rules()
    read = read_lines(text, settings.wrapped)
    lines, captions = read.text, read.repeated
    # Text pasted without blank lines carries no paragraph signal: score every line alike.
    weights = weights or WEIGHTS
    if not any(read.paragraph):
        weights = replace(weights, packed_factor=UNSPACED_PACKED_FACTOR)
    scores, code, records = scored_lines(read, rules, weights, settings, line_scores)
    scores, start, end = find_body(read, scores, rules, weights, settings)
    head_end = (_after_byline(lines, start, end, rules, settings.header_only, header, settings.byline_inside)
                if header.title_in_span else start)
    title, byline, date, title_at = _header(lines, head_end, rules, header)
    if title_at >= start:  # the span opened on the header's short lines: the body is below it
        start = title_at + 1
    below_title = title_at + 1  # where the body may start at the earliest
    if title_at < 0 and start < end:  # no headline above: the first heading-like line opening
        # the span, past a byline or date line there ("Von … publiziert am …" above the headline)
        first = next((i for i in range(start, min(end, head_end + 1))
                      if not _is_meta(lines[i], rules)), start)
        if _is_heading_like(lines[first]) or (header.asking_title and _asks(lines[first])):
            title, start = lines[first], max(start, first + 1)
            below_title = first + 1
    # Attribution lines often sit just after the last paragraph, below the body's end.
    while end < len(lines) and rules.is_attribution(lines[end]):
        end += 1
    if start < end:  # a list the last paragraph announces ("Tour dates:") belongs to it
        end = max(end, _announced_list(read, end - 1, rules).stop)
    if settings.lead_under_title and title_at >= 0:
        start = _lead_under_title(lines, scores, start, below_title, rules)
    if settings.lead_above:  # below the headline, whichever line it is
        start = max(_lead_above(lines, scores, start, weights), below_title)
    body_start = _after_byline(lines, start, end, rules, settings.header_only, header, settings.byline_inside)
    for line in lines[start:body_start]:
        byline, date = _note_meta(line, byline, date, rules, header)
    if body_start > start and title_at < start - header.lookback:
        title = _pick_title(lines, body_start, rules, header)[0] or title
    span = range(body_start, end)
    listed = {j for i in span for j in _announced_list(read, i, rules, settings.announced_lists)}
    listed |= {i for i in records if i in span}
    quoted = quoted_runs(lines, span) if settings.quotations else set()
    if settings.short_body and not any(_running_text(lines[i]) for i in span):
        quoted = set(span)  # no paragraph to head: the short lines are the text (dialogue, a post of lines)
    blocks = _body_blocks(lines, captions, _boxes(lines, scores, span, rules), listed, span, rules, code,
                          quoted, settings.numbers)
    if not byline:
        byline = _other_byline(lines, title_at, head_end, range(start, end), rules, header)
    if header.signature and not byline:
        byline = _signature(lines, end, rules, header)
    if header.body_byline and not byline:
        byline = _body_byline(lines, span, rules, header)
    names = _names_of(byline, rules, header) if byline else ""
    written = header.written_dates
    day_line = (date if iso_date(date, written) else byline if iso_date(byline, written)
                else _header_date(lines, max(title_at, 0), body_start, header)
                or (_body_date(lines, body_start, end, header) if header.body_dates else ""))
    day = iso_date(day_line, written, header.day_first and _day_first(day_line, lines, span))
    return Document(title=clean_title(title), blocks=blocks, byline=names, date=day, lang="")


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
    return ""


def _body_date(lines: list[str], start: int, end: int, header: HeaderSettings = HEADER) -> str:
    """A line of only a day in the body or just below it ("Veröffentlicht am 26. Oktober 2023"
    closing a blog post, "28. November 2022" under the lead), else (``short_dates``) a short
    line naming a day that ends no sentence, a post's meta line ("Malte Welding | 29.07.2006
    um 14:26", "Dezember 26, 2019 von Andrea Kategorien: Allgemein"); "" when none."""
    near = lines[start: end + BYLINE_LOOKAHEAD]
    return next((line for line in near if bare_date(line)), "") or (
        next((line for line in near if word_count(line) <= MAX_DATE_LINE_WORDS and not TERMINAL.search(line)
              and fields.DIGIT.search(line) and fields.written_date(line)), "")
        if header.short_dates else "")  # a day written out in full: no "n. 03/2020", no link


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
