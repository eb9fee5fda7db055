"""The article's span among the scored lines: the densest prose run, widened and closed."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from itertools import accumulate, pairwise

from access.clean.fields.bylines import by_word, person_name
from access.clean.language import prose
from access.clean.rules import Rules
from access.clean.text.header.meta import MAX_DATE_LINE_WORDS, is_meta
from access.clean.text.header.title_score import content_words, title_cased
from access.clean.text.lines import SIGNS, Lines, backlinked, ends_sentence, iso_date, word_count
from access.clean.text.score import (
    STATEMENT_ENDS,
    announced_list,
    is_heading_like,
    is_sentence_prose,
    prose_words,
    running_text,
)
from access.clean.text.settings import SETTINGS, WEIGHTS, TextSettings, Weights

STOP_AFTER_PROSE = 16.0  # about two paragraphs
HARD_STOP_AFTER_PROSE = 4.0  # a paragraph
GAP_LINES = 10  # this many chrome lines in a row end the article
ROUNDING = 1e-9  # a sum of scores taken in another order differs from sum()'s by less than this share
BOX_LINES = 8
BOX_SHARE = 0.5  # a related box followed by less than this share of the prose above it may close
# the article (an interview's answers between short questions go on as long as its start)
SENTENCE_FALLBACK = 3.0  # a sentence's score when no line scores as prose: two chrome lines' worth
NET_SHARE = 0.5  # a body holding less than this share of the densest prose run's words was cut wrong
NET_SHORT = -0.25  # a short line's cost in that run: lists, code and subheadings sit inside articles
NET_PACKED = 0.3  # a long line packed without blank lines counts this share there (cards, comments)
COMMENT_MARKS = 2  # this many "… says:" lines or reply links in the body: it is a comment section
COMMENT_ABOVE = 2.0  # … and prose scoring this much above the first of them is the article
COMMENT_GAP = 40  # lines between two comments' marks at most (a long comment)
HEAD_CHROME = 18  # lines between a headline and its body's start searched for its lead
HEAD_REACH = 4  # an article starts this near under its dateline or byline (a headline between)
HEADED_ABOVE = 6
DAY_WORDS = 3  # a line opens with a day when its first this many words name one ("12/03/21 [A revoir]")
LEAD_REACH = 6
LEAD_PARAGRAPH = 5.0
HEADED_PARAGRAPH = 4.0  # a lead under a dateline holds a paragraph of 20 words at least
SAME_TOPIC = 0.25
CREDIT_REACH = 2  # running text this near below a copyright line: it was a photo's credit
TOPIC_WORD = 6
DATED_LEAD = 1.0  # … and prose scoring this much there, closed by a stop, is an article
RAIL_DATES = 3  # this many lines of only a day at one spacing close the body: dated teasers …
RAIL_SPACING = range(2, 5)  # … a day over each teaser's headline and summary
RAIL_DATE_WORDS = 6
CARD_META_WORDS = 20  # a teaser card's dated foot (its writers and day) is no longer …
CARD_FEET = 3  # … and this many feet at one spacing (RAIL_SPACING) close the body and stand under it …
CARD_REACH = 3 * 4 + 1  # … found this near under it
BIO_WORDS = 6  # a writer's bio in the body is no shorter ("Stella Kim is an NBC News producer.")
CLOSING_ABOVE = 2  # a bio closing a body with no byline (closing_bio) is under this many paragraphs …
CLOSING_NAME = 3  # … and opens with its writer's name of two words to this many
BIO_LINES = 2  # an author's box under the article holds at most this many lines of prose
SIGNED_LINES = 3  # … and a signature of the writer's name at most this many below it
REPLY_CHARS = 16  # a reply link is no longer ("Antworten ↓"); an author's line ends in a colon
LIST_REACH = 18  # a list of records ending this near above the body opens it (ingredients, a fact box) …
LIST_LEAST = 6  # … when it holds this many records at least
LIST_LABEL_WORDS = 6  # … its label ending in a colon no longer ("Für den Mürbeteig:"; label_below's too)
LIST_DISTINCT = 0.8  # … and its items differ in more than their numbers
BIO_TOP = 4  # an author's bio opening the body: its paragraph this many lines into the body at most …
BIO_NAME = 3  # … under a line of only the writer's name this many lines above it at most
MENU_RUN = 10  # this many lines in a row with no running text opening the body are a menu …
MENU_FOOT = 8  # … whose last lines (or the lines just below it) hold the article's dateline or byline …
MENU_ABOVE = 5.0  # … and less running text than a paragraph above it (more: it closes an article) …
MIN_ANNOUNCED = 3  # a list announced above the body holds this many items at least
MENU_DATED = 2  # … and fewer datelines than this in the body below its foot (else: comments, posts)
INNER_ITEMS = 3  # this many short lines in a row between two paragraphs of the body are a list
VERSE_LINES = 8  # a post of this many lines of ``VERSE_WORDS`` or more (half its lines at least), none
VERSE_WORDS = 4  # chrome, between its dateline …
VERSE_REACH = 80  # … at most this many lines above its signature …
SIGNED_STOP = 4  # … which stands at most this many lines over a hard stop, is the post (lyrics, a poem)
FEED_REACH = 4  # a body starting this near below the first of a feed's days is among its items
FEED_GAP = 8  # a "more" link repeated at most this many lines apart closes each of a feed's teasers
FEED_LOOK = 60  # … looked for this far into the body
POST_MARK_CHARS = 20  # a post's number on its line is no longer ("Beitrag #661")
THREAD_POSTS = 3  # this many numbered posts in a row ("#661", "#662", …) are a forum's thread …
THREAD_STEP = 3  # … each numbered at most this many above the one before (a post deleted between)
POST_HEADER = 12  # a post's header (its writer's name, rank, joining day, count, date) is no longer …
POST_HEADER_WORDS = 4  # … each of its lines no longer than this, none ending as a sentence does
POST_GAP = 5  # the last post ends above this many lines in a row with no prose (the forum's footer)
LIST_BELOW = 30  # a packed list of at most this many short lines closing the body, a paragraph set
# apart below it, is the article's: the body goes on to that paragraph's prose …
FACT_LINES = 8  # this many short lines ending in a value (a number, a measure) in a row under the
# body, labels between, are its fact sheet ("Hubraum in ccm 1.598") …
FACT_WORDS = 8  # … each this long at most …
FACT_SHARE = 0.6  # … this share of the run at least
VALUE_END = re.compile(r"\d[\d.,:/%]*(?:\s?\S{1,5})?\)?$")
LABEL_WORD = re.compile(r"[^\W\d_]{3}")  # … under a label (a calendar's rows are numbers alone)
BLURB_CHARS = 40  # … and no paragraph opening as one above it does (a site's blurb said twice) …
LIST_WORDS = 4  # … when half its lines at most are longer than this (notes, not teasers' headlines)
TOC_WORDS = 12  # a table of contents' entry is no longer …
TOC_ENTRIES = 4  # … and this many of a run of such lines said again below it, in order, each over
TOC_SHARE = 0.8  # a section (this share of the run's entries between the first and last found) …
TOC_RUN = 60  # … its entries among the last this many short lines of their run (a long menu above)
MAX_REFERENCE_WORDS = 60  # a reference under a sources label closing the body is no longer
GROUP_REACH = 12  # a list's announcement closing the body stands this near its end, its groups …
GROUP_WORDS = 12  # … each line this long at most


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


def _widen(read: Lines, scores: list[float], span: tuple[int, int], rules: Rules,
           weights: Weights, settings: TextSettings = SETTINGS, limit: int | None = None) -> tuple[int, int]:
    """The body [start, end), closed at its stop. The safety net: when it holds a small share
    of the words of the densest run of running text (sentences scored by their words, short
    lines costing little: an article's lists, code and subheadings) above ``limit`` (where the
    comments begin) and, with ``net_stop``, above the hard stop below the body (a comment
    header: a post of short lines is not the form or sidebar under it), closed the same way,
    the cut was wrong: that run is the body. It does not carry the body on, nor move it down,
    across a line where an article ends (``_net_barrier``): a complete article is not extended
    into a paywall's form and the comments, a post of links not traded for a sidebar; nor does
    the run reach up across a dateline or byline just over the body (its header: the teaser cards
    and menus above it are no lead); a run ending above such a line (``net_above``: an event's
    paragraph over a rail of dated teasers) does not reach across it, and is taken whole."""
    lines = read.text
    end = close_at_stop(lines, scores, span[0], span[1], rules, settings)
    if not settings.safety_net:
        return span[0], end
    words = [prose_words(line, weights) for line in lines]
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
    if start < span[0]:  # not up across the body's dateline or byline (its header: teasers above)
        start = next((i + 1 for i in range(span[0] - 1, max(start, span[0] - HEAD_REACH) - 1, -1)
                      if is_dateline(lines[i], rules) and (i < soft_end or not settings.net_above)), start)
    soft_end = close_at_stop(lines, scores, start, soft_end, rules, settings)
    barrier = next((i for i in range(end, soft_end) if _net_barrier(lines, scores, i, rules, weights)), None)
    if barrier is not None and start < end:  # the run carries the body on: not across the barrier
        soft_end = barrier
    elif barrier is not None and barrier < start:  # a run below the body is not taken across it either
        return span[0], end
    if sum(words[span[0]:end]) >= NET_SHARE * sum(words[start:soft_end]):
        if settings.net_lead and start < span[0] and soft_end >= end:
            return _net_lead(read, scores, start, span[0], rules), end
        return span[0], end
    return start, soft_end


def _net_lead(read: Lines, scores: list[float], top: int, start: int, rules: Rules) -> int:
    """The body's start moved up to the first paragraph of running text set apart in the densest
    run above it (``top`` to ``start``): an article's list of short lines, packed without blank
    lines ("Ihre Aufgaben" over its items), parts its opening paragraphs from the rest and costs
    more than they score. A paragraph set apart is the article's; packed prose and short
    sentences above it (a notification dialog, a caption) are not, nor is prose above a dateline
    or byline between (the header of the article: above it are teasers or a standfirst)."""
    lead = next((i for i in range(top, start) if read.paragraph[i] and scores[i] >= LEAD_PARAGRAPH
                 and running_text(read.text[i])), start)
    return start if any(is_dateline(line, rules) for line in read.text[lead:start]) else lead


def _net_barrier(lines: list[str], scores: list[float], at: int, rules: Rules, weights: Weights) -> bool:
    """A line the safety net does not carry a body on across: a comment's "… says:" line or
    reply link, or one the stop tables say an article ends at (a comment header, "Related",
    "Sign up for our daily newsletter"), but no promotion with a paragraph right below it
    (the next line that is no chrome: the article goes on there). A complete article ends
    above such a line, and what follows (a paywall's form, comments, a card rail) is what the
    net would add."""
    line = lines[at]
    if rules.is_comment_mark(line):
        return True
    if scores[at] > weights.residue or not _any_stop(line, rules):
        return False
    if not rules.is_promo(line):
        return True
    below = next((score for score in scores[at + 1:] if score > weights.residue), 0.0)
    return below <= weights.short_paragraph


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
    return _prose_above(scores, span, first)


def _prose_above(scores: list[float], span: tuple[int, int],
                 first: int) -> tuple[tuple[int, int], int | None]:
    """The densest prose above line ``first`` (where comments or a feed begin) and ``first``, when
    it holds some (``COMMENT_ABOVE``); else ``span`` as it is and None."""
    above = body_span(scores[:first])
    if sum(scores[above[0]:above[1]]) < COMMENT_ABOVE:
        return span, None
    return above, first


def _dated_items(lines: list[str], start: int, end: int) -> int | None:
    """The first day line of a feed of dated items the body ``[start, end)`` opens among:
    ``RAIL_DATES`` or more short lines naming a day at one spacing of two to four lines ("Georg N.
    am 10.4.2020" over a customer's review, again and again), the first of them at most
    ``FEED_REACH`` lines above the body's start or inside it before its first day line. None when
    the body opens on no such feed."""
    found = _dated_run(lines, max(0, start - FEED_REACH), end)
    return found[0] if found and found[0] - start <= found[1] else None


def _dated_run(lines: list[str], start: int, end: int) -> tuple[int, int] | None:
    """The first line and the spacing of the first run of ``RAIL_DATES`` short lines naming a
    day from ``start`` to ``end`` at one spacing of two to four lines; None when there is none."""
    dates = [i for i in range(start, end) if word_count(lines[i]) <= RAIL_DATE_WORDS and iso_date(lines[i])]
    for k in range(len(dates) - RAIL_DATES + 1):
        run = dates[k:k + RAIL_DATES]
        spacing = {b - a for a, b in pairwise(run)}
        if len(spacing) == 1 and spacing <= set(RAIL_SPACING):
            return run[0], spacing.pop()
    return None


def _linked_items(lines: list[str], scores: list[float], start: int, end: int, rules: Rules) -> int | None:
    """The first line of a feed of teasers the body ``[start, end)`` opens among: one line of
    chrome ("Mehr erfahren", "Read more"; no label set between an article's paragraphs, an ad's
    "ANZEIGE") said ``RAIL_DATES`` times or more at most ``FEED_GAP`` lines apart, the first of
    them at most ``FEED_REACH`` lines above the body's start or inside it before the next. The
    feed runs up over its earlier teasers, each as long as the shortest."""
    seen: dict[str, list[int]] = {}
    for i in range(max(0, start - FEED_REACH), min(end, start + FEED_LOOK)):
        if scores[i] <= WEIGHTS.residue and not rules.is_inline_residue(lines[i]):
            seen.setdefault(lines[i], []).append(i)
    for line, marks in seen.items():
        gaps = [b - a for a, b in pairwise(marks[:RAIL_DATES])]
        if len(marks) < RAIL_DATES or max(gaps) > FEED_GAP or marks[0] - start > min(gaps):
            continue
        top, step = marks[0], min(gaps)
        while True:
            above = next((i for i in range(top - 1, max(top - FEED_GAP, 0) - 1, -1)
                          if lines[i] == line), None)
            if above is None:
                break
            step, top = min(step, top - above), above
        return max(0, top - step + 1)
    return None


def _above_dated(lines: list[str], scores: list[float], span: tuple[int, int], rules: Rules,
                 linked: bool = True) -> tuple[tuple[int, int], int | None]:
    """A body found among a feed of dated items (reviews under their writer and day, comments)
    or, with ``linked``, of teasers each closed by one "more" link, moved to the densest prose
    above the feed, when there is some (``COMMENT_ABOVE``): a product's description over its
    customers' reviews, a section's introduction over its news. Returns the span and the line
    where the feed begins (None when the body stays)."""
    first = _dated_items(lines, *span)
    if first is None and linked:
        first = _linked_items(lines, scores, *span, rules)
    if first is None:
        return span, None
    return _prose_above(scores, span, first)


def _hard_stop(line: str, rules: Rules) -> bool:
    """A comment header, a tag list or a copyright line: no article goes on past it."""
    return rules.is_stop(line) and not rules.is_promo(line)


def _dated(lines: list[str], among: range, rules: Rules) -> int:
    """How many datelines or bylines ``among`` holds."""
    return sum(is_dateline(lines[i], rules) for i in among)


def is_dateline(line: str, rules: Rules) -> bool:
    """A short line naming when or by whom: "Posted on 14. Juni 2013 by Gnaur"."""
    return word_count(line) <= MAX_DATE_LINE_WORDS and (
        is_meta(line, rules) or bool(iso_date(line)))


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
             and not is_sentence_prose(lines[i + 1])]
    if not stops:
        return span, None
    best, best_sum, closing = span, DATED_LEAD, None
    for head in range(stops[-1]):
        if not is_dateline(lines[head], rules):
            continue
        stop = next(i for i in stops if i > head)
        prose = _prose_run_below(scores, head, stop)
        total = sum(scores[i] for i in prose)
        if prose and prose[0] - head <= HEAD_REACH and stop - prose[-1] <= GAP_LINES and total >= best_sum \
                and any(running_text(lines[i]) for i in prose):
            best, best_sum, closing = (prose[0], prose[-1] + 1), total, stop
    return best, closing


def _signed_verse(lines: list[str], scores: list[float], span: tuple[int, int],
                  rules: Rules) -> tuple[tuple[int, int], int | None]:
    """A body found below a hard stop moved up to a post of short lines above that stop: the lines
    between a dateline and the post's signature ("Posted by K A at 12:11 PM", a dateline or byline
    at most ``SIGNED_STOP`` lines over the stop), ``VERSE_LINES`` of them and half at least
    ``VERSE_WORDS`` words long, none chrome (a song's lyrics, a poem: short lines score as chrome,
    and the sidebar's list below outscores them; a menu's items are shorter). Returns the span and
    the stop closing it (None when it stays)."""
    stops = [i for i in range(span[0]) if scores[i] <= WEIGHTS.residue and _hard_stop(lines[i], rules)]
    for stop in stops:
        sign = next((i for i in range(stop - 1, max(stop - SIGNED_STOP, 0) - 1, -1)
                     if is_dateline(lines[i], rules)), None)
        if sign is None:
            continue
        head = next((i for i in range(sign - 1, max(sign - VERSE_REACH, 0) - 1, -1)
                     if is_dateline(lines[i], rules)), None)
        if head is None:
            continue
        post = range(head + 1, sign)
        verses = sum(word_count(lines[i]) >= VERSE_WORDS for i in post)
        if verses >= VERSE_LINES and verses * 2 >= len(post) and all(
                scores[i] > WEIGHTS.residue for i in post):
            return (post.start, post.stop), stop
    return span, None


def _headed(lines: list[str], scores: list[float], span: tuple[int, int], rules: Rules,
            feed_days: bool = True) -> bool:
    """Whether a dateline or byline is just above the body or among its lines above its first
    paragraph; with ``feed_days``, not a line of a feed of dated teasers (``_feed_day``)."""
    first = next((i for i in range(*span) if scores[i] >= LEAD_PARAGRAPH), span[0])
    return any(is_dateline(lines[i], rules) and not (feed_days and _feed_day(lines, i))
               for i in range(max(0, span[0] - HEADED_ABOVE), first))


def _opens_dated(line: str) -> bool:
    """Whether ``line`` opens with a day ("06/06/21 Taxe multinationales : …")."""
    return bool(iso_date(" ".join(line.split()[:DAY_WORDS])))


def _feed_day(lines: list[str], at: int) -> bool:
    """A line opening with a day next to another so opening: a feed's dated teaser, no header's
    dateline ("12/03/21 [A revoir] Webinaire …" under "06/06/21 Taxe multinationales …")."""
    return _opens_dated(lines[at]) and any(_opens_dated(lines[i]) for i in (at - 1, at + 1)
                                           if 0 <= i < len(lines))


def _headed_lead(lines: list[str], scores: list[float], span: tuple[int, int],
                 rules: Rules, feed_days: bool = True) -> tuple[tuple[int, int], int | None]:
    """A body with no dateline or byline over it, and prose holding a paragraph (``HEADED_PARAGRAPH``:
    a lead of one 20-word paragraph, a table or a box of bullets between it and the rest) just under one
    above it, a gap or a stop between: when the body shares the lead's words, a box (related
    links, job ads) parted the article's top from the rest, and the body extends up to the
    lead; when not, the body is another block (a teaser rail, an account form: news items are
    short and their sidebars long) and moves to the lead, which it may not reach past. Returns
    the span and that limit (None when none)."""
    if span[0] >= span[1] or _headed(lines, scores, span, rules, feed_days):
        return span, None
    lead, best_sum = None, 0.0
    for head in range(span[0]):
        near = scores[head + 1: head + 1 + LEAD_REACH]
        if not any(x > 0 for x in near) or not is_dateline(lines[head], rules):
            continue  # (the cheaper test first: prose near below it)
        prose = _prose_run_below(scores, head, len(lines), lambda i: _any_stop(lines[i], rules))
        if not prose or prose[-1] >= span[0] or prose[0] - head > LEAD_REACH:
            continue  # none, or no gap or stop parts it from the body (the body's own top)
        total = sum(scores[i] for i in prose)
        if total > best_sum and any(scores[i] >= HEADED_PARAGRAPH and running_text(lines[i]) for i in prose):
            lead, best_sum = (prose[0], prose[-1] + 1), total
    if lead is None:
        return span, None
    if _shared_words(lines[lead[0]:lead[1]], lines[span[0]:span[1]]) >= SAME_TOPIC:
        return (lead[0], span[1]), None
    return lead, span[0]


def _shared_words(lead: list[str], body: list[str]) -> float:
    """The share of the lead's long words found again in the body (an article's parts share
    their names and terms; a sidebar's teasers are about other things)."""
    words = {w for w in content_words(" ".join(lead)) if len(w) >= TOPIC_WORD}
    return len(words & content_words(" ".join(body))) / len(words) if words else 0.0


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


def packed_lead_above(lines: list[str], scores: list[float], start: int, weights: Weights) -> int:
    """The body's start moved up over a paragraph of running text just above it, or one a
    short line ("Max Lee has more.") parts from it: a lead packed without blank lines."""
    while start > 0:
        for above in (start - 1, start - 2):
            if (above >= 0 and scores[above] > weights.residue and is_sentence_prose(lines[above])
                    and all(scores[i] > weights.residue for i in range(above, start))):
                start = above
                break
        else:
            return start
    return start


def lead_under_title(lines: list[str], scores: list[float], start: int, below_title: int,
                      rules: Rules, captions: set[int] = frozenset()) -> int:
    """The body's start moved up to a paragraph between the headline and it that only chrome
    parts from it (a share bar, "Advertisement", a box of short lines whose caption or short
    sentence scores a little, a paywall's notice): what stands under a headline, its byline and
    date, and over its article is the article's lead (a standfirst stands above the byline); the
    lines between are chrome (the caller drops them). Running text between is other prose (a
    teaser's summary), and then the body stays, as it does under a dateline or with a line of
    only the writer's name right over it; a caption pasted twice is no lead."""
    if not 0 < start - below_title <= HEAD_CHROME:
        return start
    for i in range(start - 1, below_title - 1, -1):
        line = lines[i]
        if word_count(line) >= WEIGHTS.long_words and ends_sentence(line) and not (
                i in captions or rules.is_caption(line)):
            return i  # a paragraph (a line about its author is shorter; a standfirst ends in no stop)
        if (scores[i] > 0 and is_sentence_prose(line)) or is_dateline(line, rules) or (
                i == start - 1 and person_name(line)):
            return start  # other prose between (a teaser), or the header's (a standfirst is above it)
    return start


OVER_LEAD_WORDS = range(3, 13)  # a line right over the body's first paragraph this long is its own …
OVER_LEAD_ENDS = (".", "!", "?", "…")  # … closed as a sentence is (no label's colon, no bracket)


def line_over_lead(lines: list[str], body_start: int, below_title: int, end: int, rules: Rules,
                   captions: set[int], title: str) -> int:
    """The body's start moved up over the short sentence right above its first paragraph, under
    the headline: the article's one-line lead or a note opening it ("Ihr kennt es sicher auch!",
    "Bu yazının Türkçe’sini buradan okuyabilirsiniz."), residue between (blank lines of spaces)
    going with it; and up again over each such sentence above."""
    if not (body_start < end and running_text(lines[body_start])):
        return body_start
    top, at = body_start, body_start - 1
    while at >= below_title:
        if _over_lead(lines, at, rules, captions, title):
            top = at
        elif not rules.is_residue(lines[at]):
            break
        at -= 1
    return top


def _over_lead(lines: list[str], at: int, rules: Rules, captions: set[int], title: str) -> bool:
    """Whether line ``at`` may open the article over its first paragraph: a short sentence, no
    byline, date, name, caption (a picture's credit over it), chrome or the headline again."""
    line = lines[at].strip()
    if not line.endswith(OVER_LEAD_ENDS) or word_count(line) not in OVER_LEAD_WORDS or at in captions:
        return False
    return not (is_dateline(line, rules) or person_name(line) or rules.is_caption(line)
                or (at > 0 and _credit_under(lines, at - 2, rules)) or rules.is_chrome(line)
                or rules.is_residue(line) or rules.is_promo(line)
                or line.casefold() == title.strip().casefold())


DEK_WORDS = 8  # a line under the headline this long at least, over its byline, is its dek
HEADLINE_AGAIN = 0.5  # … unless more than this share of its long words is the headline's
DEK_REACH = 3  # … and it is among this many lines under the headline
DEK_CREDIT_WORDS = 6  # a picture's credit under a line, this short at most, makes it its caption


def standfirst(lines: list[str], start: int, body_start: int, rules: Rules, captions: set[int],
               parted: set[int], least: int) -> tuple[int, set[int], str]:
    """The body's start (``body_start``, under a byline or dateline among its first lines, from
    ``start``) moved up to the first paragraph of running text above that line, ``least`` words at
    least: a lede under the headline, the article's. The lines between it and the rest (the byline,
    the date, a picture's caption, a share bar) join ``parted``, dropped. Unmoved with no such
    paragraph there (a caption, pasted twice or credited, is none); a shorter one is the header's
    standfirst, returned third ("" with none)."""
    lead = next((i for i in range(start, body_start) if i not in captions and not rules.is_caption(lines[i])
                 and (word_count(lines[i]) >= WEIGHTS.long_words or is_sentence_prose(lines[i]))
                 and not (rules.is_byline(lines[i]) or rules.is_date(lines[i]))), body_start)
    if lead == body_start:
        return body_start, parted, ""
    if word_count(lines[lead]) < least:
        return body_start, parted, lines[lead]
    return lead, parted | set(range(lead + 1, body_start)), ""


def dek_over_byline(lines: list[str], below_title: int, start: int, rules: Rules,
                    captions: set[int]) -> str:
    """For a body starting below its header (the byline, the date, a share bar): the first line
    under the headline of running text or ``DEK_WORDS`` long at least (a dek ends in no stop:
    "Blue Tomato präsentiert die dritte Auflage …"), a byline or dateline between it and the body
    ("… scale up to 80TB." over "By Matthew Humphries"): the header's standfirst, however long
    (the dev truth and Readability keep a dek out of the article); "" with none. A caption, a
    byline, a date is no dek, nor the headline again in other words (over half its long words the
    headline's), nor one further down."""
    reach = range(below_title, min(start, below_title + DEK_REACH))
    at = next((i for i in reach if _dek(lines, i, below_title, rules, captions)), start)
    if at == start or not any(is_dateline(lines[i], rules) for i in range(at + 1, start)):
        return ""
    return lines[at]


def _dek(lines: list[str], i: int, below_title: int, rules: Rules, captions: set[int]) -> bool:
    """Whether line ``i`` under the headline may be its dek: running text or a long line in
    sentence case (a tag list, a breadcrumb, a writer's name and post are title-cased), no
    caption (a picture's credit under it), byline, date (a line giving a day, closed by no full
    stop) or chrome, and not the headline again."""
    line = lines[i]
    return ((word_count(line) >= DEK_WORDS or is_sentence_prose(line)) and not title_cased(line)
            and i not in captions and not (rules.is_caption(line) or rules.is_chrome(line))
            and not (rules.is_byline(line) or rules.is_date(line) or is_dateline(line, rules))
            and not (iso_date(line) and not line.endswith(STATEMENT_ENDS))  # "AFP 30 avril 2015 à 07:19 (…)"
            and _shared_words([line], [lines[below_title - 1]]) <= HEADLINE_AGAIN
            and not _credit_under(lines, i, rules))


def _credit_under(lines: list[str], i: int, rules: Rules) -> bool:
    """Whether a picture's credit stands alone under line ``i`` ("(Foto: Christian Charisius/dpa)",
    "(Reed Saxon / Associated Press)"): the line is that picture's caption."""
    credit = lines[i + 1].strip() if i + 1 < len(lines) else ""
    found = rules.caption_credit_pattern.search(credit) if word_count(credit) <= DEK_CREDIT_WORDS else None
    return bool(found) and found.start() == 0


def _prose_resumes(lines: list[str], after: int, end: int) -> bool:
    return any(is_sentence_prose(line) for line in lines[after + 1: min(end, after + 1 + BOX_LINES)])


def close_at_stop(lines: list[str], scores: list[float], start: int, end: int,
                   rules: Rules, settings: TextSettings = SETTINGS) -> int:
    """Where the article ends: a hard stop once it has begun, a soft stop or a long gap of
    chrome once it has begun in earnest. A share or newsletter promotion is a hard stop only
    then too (``promo_boxes``): sites set one under the lead paragraph; a soft stop that prose
    follows is a box inside the article unless that prose is teasers' summaries (``teaser_boxes``).
    A gap or a promotion with more of the article below it than above is a box inside it (``gap_most``). A
    copyright line the article goes on below is a photo's credit (``credits``)."""
    promo_boxes, gap_most = settings.promo_boxes, settings.gap_most
    prose, gap_start, gap = 0.0, None, 0
    below = _Below(lines, scores, end)  # (asked at line after line: worked out once)
    for i in range(start, end):
        if prose >= HARD_STOP_AFTER_PROSE and rules.is_stop(lines[i]) and not (
                rules.is_promo(lines[i]) and ((promo_boxes and prose < STOP_AFTER_PROSE)
                                              or (gap_most and below.more(i, prose)))) and not (
                settings.credits and _credit_inside(lines, i, end, rules)):
            return i  # a promotion early on, or with most of the article below, is inside it
        if prose >= STOP_AFTER_PROSE:
            if rules.is_soft_stop(lines[i]) and not (_prose_resumes(lines, i, end) and not (
                    settings.teaser_boxes and below.teasers(i, prose))):
                return i
            if gap_start is not None and gap >= GAP_LINES and not (gap_most and below.more(i, prose)):
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
        is_sentence_prose(line) for line in lines[at + 1: min(end, at + CREDIT_REACH + 1)])


def _more_below(scores: list[float], at: int, end: int, above: float) -> bool:
    """Whether more prose scores lie from ``at`` to ``end`` than the ``above`` before it."""
    return sum(max(x, 0.0) for x in scores[at:end]) > above


class _Below:
    """What lies below each line of a span down to its ``end``, for ``close_at_stop`` asking at
    line after line: worked out once, on the first question (a gap of thousands of chrome lines,
    or of boxes between paragraphs, asked at each line went through all that is below it again).
    Where the sum of the scores below, taken in another order, is within a rounding error of
    ``above``, the answer is ``_more_below``'s own."""

    def __init__(self, lines: list[str], scores: list[float], end: int) -> None:
        self.lines, self.scores, self.end = lines, scores, end
        self.sums: list[float] = []
        self.top, self.prose, self.paired = end, [0], [False]  # from ``top`` down, as sums are

    def more(self, at: int, above: float) -> bool:
        """Whether more prose scores lie from ``at`` to ``end`` than ``above`` (``_more_below``)."""
        if not self.sums:
            self.sums = list(accumulate((max(x, 0.0) for x in reversed(self.scores[:self.end])),
                                        initial=0.0))[::-1]
        below = self.sums[at]
        if abs(below - above) <= ROUNDING * (below + abs(above) + 1.0):
            return _more_below(self.scores, at, self.end, above)
        return below > above

    def teasers(self, at: int, above: float) -> bool:
        """Whether the prose below a related box's label at ``at`` is its teasers' summaries, not
        the article going on under a box of links: less than ``BOX_SHARE`` of the prose ``above``,
        and one paragraph at a time between short lines (a summary under its headline), never
        two in a row."""
        if at + 1 < self.top:
            self._read_prose(at + 1)
        first = at + 1 - self.top
        return (self.prose[first] >= 2 and not self.paired[first]
                and not self.more(at, above * BOX_SHARE))

    def _read_prose(self, top: int) -> None:
        """From ``top`` down: how many lines of running text are below each line, and whether
        two of them in a row are."""
        flags = [is_sentence_prose(line) for line in self.lines[top:self.end]]
        prose, paired = [0] * len(flags) + [0], [False] * len(flags) + [False]
        for k in range(len(flags) - 1, -1, -1):
            prose[k] = prose[k + 1] + flags[k]
            paired[k] = paired[k + 1] or (flags[k] and k + 1 < len(flags) and flags[k + 1])
        self.top, self.prose, self.paired = top, prose, paired


def author_box(lines: list[str], scores: list[float], start: int, end: int) -> int:
    """The body's end moved up to an author's box closing it: a line of only a name, then a
    paragraph opening with one of its names ("Tanja Karrasch" over "Tanja ist seit 2023
    Redakteurin …"), at most ``BIO_LINES`` lines of prose to the end and more above, the
    name new to the article (a photo of a person it is about is captioned with their name)."""
    prose = [i for i in range(start, end) if scores[i] > 0]
    for at in prose[-BIO_LINES:]:
        name = at - 1
        if name <= start or not prose or prose[0] >= name or not is_sentence_prose(lines[at]):
            continue
        names = person_name(lines[name]).split()
        if names and lines[at].split()[0].strip(",:") in names and not any(
                word in line for line in lines[start:name] for word in names):
            return name
    return end


def bio_top(lines: list[str], scores: list[float], start: int, end: int) -> int:
    """The body's start moved past an author's bio opening it: a paragraph among its first
    ``BIO_TOP`` lines opening with a name a line of only that name at most ``BIO_NAME`` lines
    above gives ("Jacob Wade" over "Jacob Wade is a personal finance expert …"), the name found
    nowhere in the body below it but after a "by" (a teaser's "Von Markus Balser und …"); an
    article about a person or place names them again ("Hong Kong" over "Hong Kong is burning.").
    The new start is the line after the bio (the writer's box closing the article may name them)."""
    for at in range(start, min(end, start + BIO_TOP + 1)):
        if not is_sentence_prose(lines[at]):
            continue
        first = lines[at].split(" ", 1)[0].casefold()  # (the name's first word: read names only so)
        for above in range(at - 1, max(at - BIO_NAME, 0) - 1, -1):
            if first not in lines[above].casefold():
                continue
            name = person_name(lines[above])
            if name and len(name.split()) >= 2 and lines[at].startswith(name + " ") and not any(
                    _named(line, name) for line in lines[at + 1:author_box(lines, scores, at + 1, end)]
            ) and any(map(is_sentence_prose, lines[at + 1:end])):  # (not a page cut off above its article)
                return at + 1
    return start


def _named(line: str, name: str) -> bool:
    """Whether a line names a person other than after a "by" word."""
    count = line.count(name)
    return count > 0 and count > len(re.findall(by_word().pattern + re.escape(name), line, re.IGNORECASE))


def dated_rail(lines: list[str], scores: list[float], start: int, end: int) -> int:
    """The body's end moved up to a rail of dated teasers closing it: ``RAIL_DATES`` or more
    short lines of only a day at one spacing of two to four lines ("10.11.2021" over a headline
    and a summary, again and again), less prose from the first of them to the end than above
    it. An article dates its events inside its sentences. When a headline opens the item the
    first day closes (a summary between them), the rail starts at that headline."""
    found = _dated_run(lines, start, end)
    if found is None:
        return end
    first, spacing = found
    item = first - spacing + 1  # a day under its headline and summary closes the item
    if item > start and is_heading_like(lines[item]) and not is_heading_like(lines[first - 1]):
        first = item
    above = sum(max(x, 0.0) for x in scores[start:first])
    return end if _more_below(scores, first, end, above) else first


def _card_meta(line: str) -> bool:
    """A teaser card's foot: a short line naming a day (its writers and day, "Benjamin Triebe,
    London 18.10.2019, 19:33")."""
    return word_count(line) <= CARD_META_WORDS and not ends_sentence(line) and bool(iso_date(line))


def dated_cards(lines: list[str], start: int, end: int) -> int:
    """The body's end moved up to the first of the teaser cards under it: the line right under
    the body is a card's dated foot, the next foot two to four lines below it over a headline
    (a headline and its summary over each foot, again and again), and the body's last lines
    before the first foot a headline and its summary too (the first card's top, read as the
    article's). Running text must be left above the first card."""
    if end >= len(lines) or not _card_meta(lines[end]):
        return end
    feet = [end] + [i for i in range(end + 1, min(len(lines), end + CARD_REACH)) if _card_meta(lines[i])]
    if len(feet) < CARD_FEET:
        return end
    spacing = {b - a for a, b in pairwise(feet[:CARD_FEET])}
    if len(spacing) != 1 or not spacing <= set(RAIL_SPACING):
        return end
    step = spacing.pop()
    top = end - step + 1
    if top <= start or not all(is_heading_like(lines[f + 1]) for f in feet[:CARD_FEET - 1]):
        return end
    if not (is_heading_like(lines[top]) and all(is_sentence_prose(lines[i]) for i in range(top + 1, end))):
        return end
    return top if any(running_text(lines[i]) for i in range(start, top)) else end


def byline_bio(lines: list[str], scores: list[float], start: int, end: int, names: str) -> int:
    """The body's end moved up to the writer's signature or bio among its last lines: a line
    of only the byline's names with at most ``SIGNED_LINES`` lines of prose below it ("David
    Dunkley" over the comment rules) and no fewer above it (under a short article's lead, it
    is its byline: "Lebensmittel Praxis" over three paragraphs), or a paragraph among the last
    ``BIO_LINES`` lines of prose opening with those names, at least two words ("Leah C. Stokes
    is an assistant professor …"); the article names its writer nowhere else."""
    prose = [i for i in range(start, end) if scores[i] > 0]
    if not prose:
        return end
    last = names.split()[-1].lower()  # (the cheap test first: the name's last word in the line)
    signed = [i for i in range(prose[0] + 1, end)
              if last in lines[i].lower() and person_name(lines[i]) == names]
    below = sum(i > signed[-1] for i in prose) if signed else 0
    if signed and below <= SIGNED_LINES and sum(i < signed[-1] for i in prose) >= below:
        return signed[-1]
    if len(names.split()) < 2:
        return end
    return next((i for i in prose[-BIO_LINES:] if i > prose[0] and lines[i].startswith(names + " ")), end)


def byline_bios(lines: list[str], span: range, names: str, rules: Rules) -> set[int]:
    """The writer's bio anywhere in the body: a paragraph opening with one of the byline's people
    (two words at least, any case: "MORITZ GATHMANN" writes "Moritz Gathmann leitet …"), then a
    comma or a bio's word (rules.bio_words: "ist", "is", "leitet"). An article by someone does
    not name them so; a piece about its guest does, who is no byline (a standfirst naming its
    writers goes on with "und": "Evan Tepest und Selma Kay Matter beschreiben …")."""
    people = [p.casefold() for p in names.split(", ") if len(p.split()) >= 2]
    found: set[int] = set()
    for person in people:
        for i in span:
            line = lines[i]
            if (line[:len(person)].casefold() != person or word_count(line) < BIO_WORDS
                    or not (ends_sentence(line) or running_text(line))):
                continue
            rest = line[len(person):]
            word = rest.split(None, 1)[0].casefold() if rest[:1] == " " else ""
            if rest.startswith(",") or word in rules.bio_words:
                found.add(i)
                if i - 1 in span and _bio_name(lines[i - 1], person):
                    found.add(i - 1)
    return found


def _bio_name(line: str, person: str) -> bool:
    """A line of only the person's name or first name over their bio ("Evan Tepest", "Celia")."""
    key = line.strip().casefold()
    return key == person or key == person.split()[0]


def closing_bio(lines: list[str], start: int, end: int, rules: Rules) -> int:
    """The body's end moved up to a bio closing it with no byline to name its writer: the last
    paragraph opens with two or three capitalised words read as a person's name, then a bio's
    word (rules.bio_words: "Candice Sealey is the Founder & Principal Consultant at …"), and the
    article names that person nowhere else (a piece about someone names them again), under
    ``CLOSING_ABOVE`` paragraphs at least (not a page of links over one paragraph)."""
    last = next((i for i in range(end - 1, start, -1) if is_sentence_prose(lines[i])), -1)
    if last < 0 or word_count(lines[last]) < BIO_WORDS:
        return end
    words = lines[last].split(None, CLOSING_NAME + 1)
    for size in range(2, CLOSING_NAME + 1):
        if len(words) <= size or words[size].casefold() not in rules.bio_words:
            continue
        name = " ".join(words[:size])
        if person_name(name) != name:
            continue
        surname = words[size - 1]
        above = lines[start:last]
        if not any(surname in line for line in above) and sum(map(running_text, above)) >= CLOSING_ABOVE:
            return last
    return end


def related_boxes(lines: list[str], scores: list[float], span: range, rules: Rules) -> set[int]:
    """Related/"more" boxes inside the body: a marker followed by short link lines."""
    inside: set[int] = set()
    for i in span:
        if not rules.is_soft_stop(lines[i]) or i + 1 not in span:
            continue
        if is_sentence_prose(lines[i + 1]):
            continue  # prose follows at once: a subheading, not a box
        j = i
        while j in span and (j == i or not is_sentence_prose(lines[j])):
            inside.add(j)
            j += 1
    return inside


def newsletter_boxes(read: Lines, span: range, rules: Rules) -> set[int]:
    """Newsletter or support boxes inside the body: a promotion worded as a sentence ("Sign up
    to get the best content of the week, …"), the label set apart just above it ("PC Gamer
    Newsletter") and the lines below it up to the next paragraph of running text set apart (the
    form's consent lines, packed without blank lines)."""
    lines = read.text
    inside: set[int] = set()
    for i in span:
        if not (is_sentence_prose(lines[i]) and rules.is_promo(lines[i])):
            continue
        if i - 1 in span and read.paragraph[i - 1] and is_heading_like(lines[i - 1]):
            inside.add(i - 1)
        j = i
        while j in span and (j == i or not (read.paragraph[j] and is_sentence_prose(lines[j]))):
            inside.add(j)
            j += 1
    return inside


def find_body(read: Lines, scores: list[float], rules: Rules, weights: Weights,
              settings: TextSettings = SETTINGS) -> tuple[list[float], int, int, set[int], set[int]]:
    """The body [start, end) before its header is placed, the scores it was found with (every
    sentence scored as prose when no line is a paragraph) and the lines kept however short (a
    post of short lines under its dateline: no headings among them) and the items of the lists
    the body was carried on across (``list_below``)."""
    start, end = body_span(scores)
    if start == end and settings.sentence_fallback:  # no paragraph: the sentences are the article
        scores = [SENTENCE_FALLBACK if prose(line) else score
                  for line, score in zip(read.text, scores, strict=True)]
        start, end = body_span(scores)
    limit = None
    if settings.comments:
        (start, end), limit = _above_comments(read.text, scores, (start, end), rules)
    if settings.dated_feed and limit is None:
        (start, end), limit = _above_dated(read.text, scores, (start, end), rules, settings.linked_feed)
    if settings.dated_lead:
        (start, end), below = _dated_lead(read.text, scores, (start, end), rules)
        limit = below or limit
    if settings.signed_verse and limit is None:
        (start, end), limit = _signed_verse(read.text, scores, (start, end), rules)
        if limit is not None:  # (whole between its dateline and its signature: not widened)
            return scores, start, end, set(range(start, end)), set()
    if settings.headed_lead and limit is None:
        (start, end), limit = _headed_lead(read.text, scores, (start, end), rules, settings.feed_days)
    start, end = _widen(read, scores, (start, end), rules, weights, settings, limit)
    items: set[int] = set()
    if settings.list_below:
        end, items = _list_below(read, scores, start, end, rules, settings, limit)
    if settings.list_over:
        start, over = _list_over(read, scores, start, end, rules)
        items |= over
    if settings.fact_sheet:
        end = _fact_sheet(read.text, end, limit if limit is not None else len(read.text), rules)
    if settings.menu_top:
        start = menu_top(read.text, scores, start, end, rules)
    if settings.contents_reach:
        start, end = _contents_reach(read.text, scores, start, end, rules,
                                     limit if limit is not None else len(read.text))
    return scores, start, end, set(), items


def _contents_entries(lines: list[str], where: dict[str, list[int]], top: int, bottom: int) -> list[int]:
    """The lines below a table of contents among the short lines [top, bottom) that say its
    entries again, in order (``where``: each short line's places): its sections' headings, a line
    or more between each two; the longest such chain holding ``TOC_SHARE`` of the entries it spans.
    Empty when under ``TOC_ENTRIES``."""
    said = [k for k in range(top, bottom) if where[lines[k]][-1] > k]
    best: list[int] = []
    if len(said) < TOC_ENTRIES:
        return best
    for n, first in enumerate(said):
        if len(said) - n <= len(best):
            break  # no longer chain can start here
        found: list[int] = []
        entries, last = 0, first
        for k in said[n:]:
            if found and k >= found[0]:
                break  # the entries end where their first heading stands
            places = where[lines[k]]
            at = bisect_right(places, last)
            if at == len(places):
                continue
            if found and places[at] - last < 2:
                break  # no section between two headings: no table of contents' entries
            last = places[at]
            found.append(last)
            entries = k - first + 1
        if len(found) > len(best) and len(found) >= TOC_SHARE * entries and found[0] >= first + entries:
            best = found
    return best if len(best) >= TOC_ENTRIES else []


def _contents_reach(lines: list[str], scores: list[float], start: int, end: int, rules: Rules,
                    stop: int) -> tuple[int, int]:
    """The body widened to the sections a table of contents over it names: a run of short lines
    above the body's end whose lines are said again below it in order (``_contents_entries``),
    the body among the half of them at least. The body opens no lower than the first section's
    heading and, when it ends above the last, runs to the prose under that (a wiki's figures, each
    under its name; a guide whose code blocks made a gap the article seemed to end at). Not
    across a hard stop."""
    short = [word_count(line) <= TOC_WORDS for line in lines[:stop]]
    where: dict[str, list[int]] = {}
    for i in range(stop):
        if short[i]:
            where.setdefault(lines[i], []).append(i)
    top = 0
    while top < min(end, stop):
        if not short[top]:
            top += 1
            continue
        bottom = top
        while bottom < min(end, stop) and short[bottom]:
            bottom += 1
        found = (_contents_entries(lines, where, max(top, bottom - TOC_RUN), bottom)
                 if bottom - top >= TOC_ENTRIES else [])
        if found and 2 * sum(start <= i < end for i in found) >= len(found):  # (the body among its sections)
            below = end
            if end <= found[-1]:  # the body ends above the last section: on to its prose's end
                last = _prose_run_below(scores, found[-1], stop, lambda i: _hard_stop(lines[i], rules))
                below = close_at_stop(lines, scores, found[-1], last[-1] + 1, rules) if last else end
            if not any(scores[i] <= WEIGHTS.residue and _hard_stop(lines[i], rules)
                       for i in range(min(start, found[0]), below)):
                return min(start, found[0]), below
        top = bottom
    return start, end


def _list_below(read: Lines, scores: list[float], start: int, end: int, rules: Rules,
                settings: TextSettings, limit: int | None) -> tuple[int, set[int]]:
    """The body's end moved down across a list closing it to the article going on below
    (``_paragraph_below``: a post's list of tools, each over its notes, between its sections),
    when the prose run opening at that paragraph shares the body's words (``SAME_TOPIC``: no
    author's bio). The body then runs to that run's end, closed at its stop; again while another
    such list follows. Returns the end and the lists' lines (a list's items, not headings)."""
    lines, stop = read.text, limit if limit is not None else len(read.text)
    items: set[int] = set()
    while 0 < end < stop and ends_sentence(lines[end - 1]):
        para = _paragraph_below(read, scores, end, stop, rules)
        if para is None:
            break
        run = body_span(scores[para:stop])
        below = close_at_stop(lines, scores, para, para + run[1], rules, settings)
        if run[0] != 0 or _shared_words(lines[para:below], lines[start:end]) < SAME_TOPIC:
            break
        items |= set(range(end, para))
        end = below
    return end, items


def _list_over(read: Lines, scores: list[float], start: int, end: int,
               rules: Rules) -> tuple[int, set[int]]:
    """The body's start moved up across a list opening it to the article's lead above: a packed
    run of ``INNER_ITEMS`` to ``LIST_BELOW`` lines (none set apart, none chrome, residue, a stop, a
    caption or a dateline, half of them at most longer than ``LIST_WORDS``) right over the body,
    under a run of lines set apart with prose holding a paragraph of running text scoring
    ``LEAD_PARAGRAPH`` (an offer's lead over its fact sheet, a guide's over its tools), that
    run's words shared with the body's (``SAME_TOPIC``). Returns the start and the list's lines."""
    lines = read.text
    top = next((i for i in range(start - 1, max(-1, start - LIST_BELOW - 2), -1) if read.paragraph[i]), None)
    if (top is None or start - 1 - top < INNER_ITEMS
            or 2 * sum(word_count(lines[i]) > LIST_WORDS for i in range(top + 1, start)) > start - 1 - top
            or any(scores[i] <= WEIGHTS.residue or _no_item(lines[i], rules) for i in range(top + 1, start))):
        return start, set()
    lead = top
    while lead > 0 and read.paragraph[lead - 1] and scores[lead - 1] > 0:
        lead -= 1
    if not any(running_text(lines[i]) and scores[i] >= LEAD_PARAGRAPH for i in range(lead, top + 1)) or (
            _shared_words(lines[lead:top + 1], lines[start:end]) < SAME_TOPIC):
        return start, set()
    return lead, set(range(top + 1, start))


def _paragraph_below(read: Lines, scores: list[float], end: int, stop: int, rules: Rules) -> int | None:
    """The paragraph under a list closing the body: a packed run of ``INNER_ITEMS`` to
    ``LIST_BELOW`` lines (none set apart, none chrome, residue, a stop, a caption or a dateline,
    half of them at most longer than ``LIST_WORDS``: no teasers' headlines) right under the body,
    then a paragraph of running text set apart scoring ``LEAD_PARAGRAPH`` at least, its opening
    said nowhere above (``BLURB_CHARS``: a site's blurb, a sidebar's). None when there is none."""
    lines = read.text
    para = next((i for i in range(end, min(stop, end + LIST_BELOW + 1))
                 if read.paragraph[i] or (running_text(lines[i]) and scores[i] >= LEAD_PARAGRAPH)), None)
    if (para is None or para - end < INNER_ITEMS or not read.paragraph[para]
            or not running_text(lines[para]) or scores[para] < LEAD_PARAGRAPH
            or 2 * sum(word_count(lines[i]) > LIST_WORDS for i in range(end, para)) > para - end
            or any(scores[i] <= WEIGHTS.residue or _no_item(lines[i], rules) for i in range(end, para))
            or any(line.startswith(lines[para][:BLURB_CHARS]) for line in lines[:end])):
        return None
    return para


def _fact_sheet(lines: list[str], end: int, stop: int, rules: Rules) -> int:
    """The body's end moved down over a fact sheet right under it: a run of short lines, none a
    sentence, chrome, residue, a stop, a caption or a dateline, ``FACT_SHARE`` of them or more
    ending in a value under a label ("Länge in cm 478,5", "Testwagenpreis € 68.490,00"; no
    calendar's row of days), ``FACT_LINES`` such at
    least, the rest its labels ("Technische Daten", "Getriebe 6 Gang Automatik"): a test's or a
    product's data, which the article's words do not repeat. It ends at its last valued line."""
    valued: list[int] = []
    i = end
    while i < stop and word_count(lines[i]) <= FACT_WORDS and not ends_sentence(lines[i]):
        if VALUE_END.search(lines[i]) and LABEL_WORD.search(lines[i]) and not is_dateline(lines[i], rules):
            valued.append(i)
        elif _no_item(lines[i], rules):
            break
        i += 1
    last = valued[-1] + 1 if valued else end
    # (the labels were found no item above, the valued lines no dateline: each line asked once)
    if len(valued) < FACT_LINES or len(valued) < FACT_SHARE * (last - end) or any(
            _no_item(lines[k], rules, dated=False) for k in valued):
        return end
    return last


def menu_top(lines: list[str], scores: list[float], start: int, end: int, rules: Rules) -> int:
    """The body's start moved below a menu opening it: a run of ``MENU_RUN`` lines or more with
    no running text (a site's menu copied with each item set apart scores a little per item, a
    feed of teaser headlines too) with a dateline or byline among its last ``MENU_FOOT`` lines or
    just below it (the article's header: its headline, day and writer sit at the menu's foot),
    less running text above the run than a paragraph and than below it (an infinite scroll's next
    article is under the first one's running text), and fewer than ``MENU_DATED`` datelines in the
    body below its foot (a forum's posts or a deal's comments, each under its own day). The last
    such run is taken."""
    text = [is_sentence_prose(line) for line in lines[start:end]]
    prose = [max(score, 0.0) if t else 0.0 for score, t in zip(scores[start:end], text, strict=True)]
    total, cut, run = sum(prose), start, 0
    above = list(accumulate(prose, initial=0))  # the running text above each line (summed again
    # at each run, and the datelines below each run counted again: time in the square of them)
    dated: list[int] | None = None  # the datelines below the first run's foot that asks for them
    for k in range(len(text) + 1):
        if k < len(text) and not text[k]:
            run += 1
            continue
        at = start + k  # the run is [at - run, at)
        if run >= MENU_RUN and above[k - run] < min(MENU_ABOVE, total - above[k - run]) and _dated(
                lines, range(at - MENU_FOOT, min(end, at + MENU_FOOT)), rules):
            if dated is None:  # (each run below asks of fewer of the same lines)
                dated = [i for i in range(at + MENU_FOOT, end) if is_dateline(lines[i], rules)]
            if len(dated) - bisect_left(dated, at + MENU_FOOT) < MENU_DATED:
                cut = at
        run = 0
    return cut


def inner_lists(lines: list[str], span: range, rules: Rules) -> set[int]:
    """The short lines of the body standing ``INNER_ITEMS`` or more in a row between a line of
    running text and two more below (a review's verdict over "Vorteile", "Niedriger Preis", …,
    "Nachteile", "Starke Hitze nur in der Mitte", over its next section): a list, not headings over
    one another (dropped as chrome). None is chrome, residue, a stop, a caption or a dateline; the
    last, over the paragraph, stays its heading. One paragraph below is a teaser's summary (a
    card's label, headline and likes over it), and two short lines a heading over a subheading."""
    found: set[int] = set()
    run: list[int] = []
    for i in span:
        if is_heading_like(lines[i]):
            run.append(i)
            continue
        if (len(run) >= INNER_ITEMS and run[0] - 1 in span and running_text(lines[run[0] - 1])
                and running_text(lines[i]) and i + 1 in span and running_text(lines[i + 1])
                and not any(_no_item(lines[k], rules) for k in run)):  # (the costly tests last)
            found.update(run[:-1])
        run = []
    return found


def _no_item(line: str, rules: Rules, dated: bool = True) -> bool:
    """Whether a short line inside the body is chrome, residue, a stop, a caption or (unless
    ``dated`` is false: known not to be) a dateline."""
    return (rules.is_chrome(line) or rules.is_residue(line) or _any_stop(line, rules)
            or rules.is_caption(line) or (dated and is_dateline(line, rules)))


def announced_above(lines: list[str], scores: list[float], start: int, rules: Rules,
                     weights: Weights) -> int:
    """The body's start moved up to a line of running text ending in a colon over a list of short
    lines running down to the body ("Was unterscheidet uns von anderen Anbietern:" over "Keine
    Vorkasse", "Keine Stornokosten", …, its groups set apart): the list and its announcement open
    the article. No item is running text, chrome or a stop; ``MIN_ANNOUNCED`` items at least, at
    most ``LIST_REACH`` twice over."""
    for at in range(start - 1, max(start - LIST_REACH * 2, 0) - 1, -1):
        line = lines[at]
        if line.endswith(":") and is_sentence_prose(line) and scores[at] > weights.residue:
            return at if start - at > MIN_ANNOUNCED else start
        if is_sentence_prose(line) or scores[at] <= weights.residue or _any_stop(line, rules):
            return start
    return start


def list_above(lines: list[str], scores: list[float], records: set[int], start: int,
                rules: Rules, weights: Weights) -> int:
    """The body's start moved up to a list of records ending at most ``LIST_REACH`` lines above it
    ("125 g Mehl", "65 g Zucker", …, its runs parted by their labels, "Belag:"), ``LIST_LEAST``
    records at least, with its label when that ends in a colon ("Für den Mürbeteig:"): a recipe's
    ingredients or an article's fact box over its text. Short lines between (step numbers, the
    method's heading, times) go with it; running text, a line of chrome or a dateline or byline
    between parts them (the article's header: above it, a sidebar's "Name: comment" lines)."""
    i = start - 1
    while i >= 0 and start - i <= LIST_REACH and i not in records:
        if scores[i] <= weights.residue or is_sentence_prose(lines[i]) or is_dateline(lines[i], rules):
            return start
        i -= 1
    if i < 0 or i not in records:
        return start
    top, count = i, 0
    while top >= 0 and (top in records or (lines[top].endswith(":") and top - 1 in records)):
        count += top in records
        top -= 1
    items = [re.sub(r"^[\d\W]+", "", lines[k]) for k in range(top + 1, i + 1) if k in records]
    if count < LIST_LEAST or len(set(items)) < LIST_DISTINCT * count:
        return start  # (a form's choices, "1 Jahr", "2 Jahre", …, differ in their number only)
    labelled = top >= 0 and lines[top].endswith(":") and word_count(lines[top]) <= LIST_LABEL_WORDS
    return top if labelled else top + 1


CARD_REACH = 60  # a recipe card's ingredients label stands at most this many lines below the body …
CARD_ABOVE = 6  # … or this many above it
CARD_LIST = 60  # … its steps' label at most this many lines below that …
STEP_WORDS = 4  # … over steps: lines this long at least, ending as a sentence does or long …
LONG_STEP_WORDS = 12  # … or this long when not (twice a list's label)
STEP_GAP = 2  # … between which this many other lines at most stand (a step's number, a part's name)


def recipe_card(read: Lines, start: int, end: int, rules: Rules,
                 title_at: int = -1) -> tuple[int, int, range, range]:
    """The body's end moved down over a recipe's card below it: a label over its ingredients
    ("Zutaten", "Ingredients"), then one over its steps ("Zubereitung", "Instructions") and the
    steps (sentences, their numbers and parts' names between), up to a stop. A post's intro
    stands over the card, whose short ingredients and steps packed without blank lines score as
    chrome. Returns the start, the end, the ingredients' lines (a list: short lines over short
    lines are chrome otherwise) and the lines between the body and the label (the card's header
    of ratings, times and buttons, or a box between: dropped). A label at most ``CARD_ABOVE``
    lines above the body, below the headline and over short lines only, opens it (the body was
    found at the steps, or the list of records under the label's first lines)."""
    lines = read.text
    reach = range(max(0, start - CARD_ABOVE, title_at + 1), min(len(lines), end + CARD_REACH))
    if not rules.any_ingredients(lines[reach.start:reach.stop]):
        return start, end, range(0), range(0)  # (no label at all: most pages, read in one search)
    for at in reach:
        if not rules.is_ingredients(lines[at]) or (
                at < start and any(is_sentence_prose(line) for line in lines[at + 1:start])):
            continue
        method = next((i for i in range(at + 1, min(len(lines), at + CARD_LIST))
                       if rules.is_method(lines[i])), None)
        if method is None:
            continue
        steps = _steps_end(read, method, rules)
        if steps > method + 1:
            return min(start, at), max(end, steps), range(at + 1, method), range(end, at)
    return start, end, range(0), range(0)


def _is_step(line: str) -> bool:
    words = word_count(line)
    return words >= STEP_WORDS and (ends_sentence(line) or words >= LONG_STEP_WORDS)


def _steps_end(read: Lines, method: int, rules: Rules) -> int:
    """The end of the steps under their label at ``method``: the last step before a stop, a
    comment's mark, more than ``STEP_GAP`` other lines or a step copied unlike the first (set
    apart under packed ones: the author's box below the card), ``method + 1`` when none."""
    lines = read.text
    last, gap, apart = method, 0, None
    for i in range(method + 1, len(lines)):
        line = lines[i]
        if rules.is_stop(line) or rules.is_soft_stop(line) or rules.is_comment_mark(line):
            break
        if _is_step(line):
            if apart is not None and read.paragraph[i] != apart:
                break
            last, gap, apart = i, 0, read.paragraph[i]
        else:
            gap += 1
            if gap > STEP_GAP:
                break
    return last + 1


def _post_numbers(lines: list[str], rules: Rules) -> list[int]:
    """The longest run of lines holding only a post's number, each numbered one to
    ``THREAD_STEP`` above the one before: a forum thread's posts, top to bottom."""
    best: list[int] = []
    run: list[int] = []
    last = 0
    for i in [i for i, line in enumerate(lines) if "#" in line and len(line) <= POST_MARK_CHARS]:
        number = rules.post_number(lines[i])
        if number is None:
            continue
        run = [*run, i] if run and 0 < number - last <= THREAD_STEP else [i]
        last = number
        if len(run) > len(best):
            best = run
    return best


def _post_end(lines: list[str], scores: list[float], mark: int, rules: Rules) -> int:
    """The end of the last post of a thread, the one under its number at ``mark``: past its last
    line of prose before a stop or ``POST_GAP`` lines with no prose (the forum's footer)."""
    end, gap = mark + 1, 0
    for i in range(mark + 1, len(lines)):
        if _any_stop(lines[i], rules):
            break
        if scores[i] > 0:
            end, gap = i + 1, 0
        else:
            gap += 1
            if gap >= POST_GAP:
                break
    return end


def forum_thread(lines: list[str], scores: list[float], start: int, end: int,
                 rules: Rules) -> tuple[int, int, set[int], set[int]]:
    """A body found among a forum thread's numbered posts ("#1" over the opening post, "#2" over
    the first reply, …, ``THREAD_POSTS`` at least, the body starting below the first number) widened
    to the whole thread: from the first post to the last one's end. Returns the start, the end,
    each later post's header, dropped (its number and the short lines just above it, none ending as
    a sentence does: the writer's name, rank, joining day and count, the post's date; ``POST_HEADER``
    at most), and
    the posts' lines, kept however short (a post of short lines is its text, no headings)."""
    marks = _post_numbers(lines, rules)
    if len(marks) < THREAD_POSTS or not marks[0] < start:
        return start, end, set(), set()
    last = _post_end(lines, scores, marks[-1], rules)
    if start >= last:
        return start, end, set(), set()
    headers: set[int] = set()
    for mark in marks[1:]:
        headers.add(mark)
        for i in range(mark - 1, max(mark - POST_HEADER, marks[0]) - 1, -1):
            if word_count(lines[i]) > POST_HEADER_WORDS or ends_sentence(lines[i]):
                break
            headers.add(i)
    end = max(end, last)
    return marks[0] + 1, end, headers, set(range(marks[0] + 1, end)) - headers


def _written_item(line: str) -> bool:
    """Whether a list's line reads as the writer's, not a link's: opening with a bullet's sign, a
    number or a small letter ("– Reiki und Runen", "keine besondere Winterpflege nötig") or ending
    as a sentence does (a menu's, a teaser's or a tag's line is a capitalised name)."""
    first = line.lstrip()[:1]
    return first in SIGNS or first.isdigit() or first.islower() or ends_sentence(line)


def label_below(read: Lines, end: int, rules: Rules, next_label: bool = True) -> int:
    """The body's end moved down over a list a label right under it announces ("Aus dem Inhalt:"
    over "– Reiki und Runen", …; "Das Wichtigste in Kürze:" over its points): a short line ending
    in a colon, no chrome, stop, byline or dateline, over ``MIN_LIST_ITEMS`` short lines or more
    packed under it (``announced_list``), half of them at least written (``_written_item``: no
    teasers' headlines, a menu's or a tag's names), none said twice (a tag's "RSS" link). The
    article's closing list, set apart under its last paragraph. ``next_label``: as
    ``announced_list`` reads it (TextSettings.next_label, as the other callers pass it)."""
    lines = read.text
    if not 0 < end < len(lines) or word_count(lines[end]) > LIST_LABEL_WORDS or not lines[end].endswith(":"):
        return end
    if rules.is_chrome(lines[end]) or rules.is_byline(lines[end]) or is_dateline(lines[end], rules):
        return end
    items = announced_list(read, end, rules, set_apart=True, next_label=next_label)
    said = [lines[i] for i in items]
    if not items or 2 * sum(map(_written_item, said)) < len(said) or len(set(said)) < len(said):
        return end
    return items.stop


def backlinked_notes(lines: list[str], end: int) -> int:
    """The body's end moved down over the article's footnotes right under it: lines each closing
    on a link back to where the text cites it ("Joachim Hahn, 1991, S. 177 ↩", "… Quelle:
    www.zitate.net [↩]"), as a blog's footnotes are copied. They are its list of notes."""
    while end < len(lines) and backlinked(lines[end]):
        end += 1
    return end


def sources_below(read: Lines, end: int, rules: Rules) -> tuple[int, set[int]]:
    """The body's end moved down over the sources closing the article: a sources label right under
    it ("Quellen:", "4 References"; residue.toml [sources]) over a run of short lines (packed, or
    set apart when the first or citing), no chrome, stop, byline or dateline, half of them at least reading as
    references (``Rules.cites``: an address, a year, "et al.") or closing as a sentence does (a
    book's or a paper's title). Returns the end and the references' lines (a list)."""
    lines = read.text
    if not 0 < end < len(lines) or not rules.is_sources_label(lines[end]):
        return end, set()
    stop = end + 1
    while (stop < len(lines) and (stop == end + 1 or not read.blank_before[stop] or rules.cites(lines[stop]))
           and word_count(lines[stop]) <= MAX_REFERENCE_WORDS and not _no_item(lines[stop], rules)
           and not rules.is_byline(lines[stop])):
        stop += 1
    refs = range(end + 1, stop)
    if not refs or 2 * sum(rules.cites(lines[i]) or ends_sentence(lines[i]) for i in refs) < len(refs):
        return end, set()
    return stop, set(refs)


def grouped_items(read: Lines, start: int, end: int, rules: Rules, next_label: bool = True) -> range:
    """The groups set apart under a list closing the body that a line ending in a colon announces
    ("… die im Video genannten Attraktionen:" over "Die Biosphäre Potsdam" / "Vom S-Bahnhof
    Potsdam …", then "Crash Room" / "3 Minuten vom S-Bahnhof Ostkreuz", …): each group as many
    short lines as the list's packed first one, none chrome, residue, a stop, a caption, a
    dateline or a byline, a blank line before and after each. The announcement stands among the
    body's last ``GROUP_REACH`` lines. Empty when there are none."""
    lines = read.text
    announced = (announced_list(read, k, rules, next_label=next_label)
                 for k in range(end - 1, max(start, end - GROUP_REACH) - 1, -1) if lines[k].endswith(":"))
    items = next((found for found in announced if found and found.stop == end), None)
    if items is None:
        return range(end, end)
    size, stop = len(items), end  # (found non-empty: each group moves the end on)
    while stop < len(lines) and read.blank_before[stop]:
        if not _item_group(read, range(stop, stop + size), rules):
            break
        stop += size
    return range(end, stop)


def _item_group(read: Lines, group: range, rules: Rules) -> bool:
    """Whether the lines ``group`` are a group of a list's items set apart: all in the text, a
    blank line after them (or the text's end) and none between them, each ``GROUP_WORDS`` long at
    most, none chrome, residue, a stop, a caption, a dateline or a byline."""
    lines = read.text
    if group.stop > len(lines) or (group.stop < len(lines) and not read.blank_before[group.stop]):
        return False
    return not any((k > group.start and read.blank_before[k]) or word_count(lines[k]) > GROUP_WORDS
                   or _no_item(lines[k], rules) or rules.is_byline(lines[k]) for k in group)


POSTSCRIPT_REACH = 2  # a postscript stands this near under the body at most (a subheading over it)


def postscript_below(read: Lines, scores: list[float], end: int, rules: Rules) -> int:
    """The body's end moved down over the writer's postscript just under it ("PS: Habe zuhause mal
    den Duschkopf abgeschraubt …"): a line of running text opening with "PS:" or "P.S." (residue.toml
    [sign_offs] postscripts), at most ``POSTSCRIPT_REACH`` lines below, none chrome, residue or a
    stop between (a subheading)."""
    lines = read.text
    for at in range(end, min(len(lines), end + POSTSCRIPT_REACH)):
        if rules.opens_postscript(lines[at]) and is_sentence_prose(lines[at]):
            return at + 1
        if _no_item(lines[at], rules) or scores[at] <= WEIGHTS.residue:
            break
    return end
