"""Clean text copied from a browser window into a Document.

The page's visible text is a column of lines: navigation and widgets, then the title, byline and
body, then share bars, related links and comments. The cleaner scores each line as prose or
chrome, takes the densest run of prose as the body (a maximum-sum segment), closes it at the
first line that ends an article, and checks it against the densest run of running text counted
without the blank-line signal (the safety net: a body holding under half of that run's words was
cut wrong, and the run is taken). Code blocks and text tables (runs of code-like lines), lists a
line ending in a colon announces (its items packed or each set apart), runs of lines of one form (a
label and its value, a number and its item) and boxes with more of the article below them than
above neither break nor end it. A
widget's lines filled in once per account are chrome however long, a body found among comments
("… says:", "Reply" again and again) or among dated items (reviews under their writer and day)
moves to the prose above them, one among a forum's numbered posts ("#1", "#2", …) is the whole
thread, one found below a comment
header to the prose under a dateline above it, and one with no dateline or byline over it
reaches up to a paragraph under one above it when the two share their words (a box parted them)
or moves there when not (a teaser rail or a form below a news item). A body opening on a long
run of lines with no running text (a menu copied with its items set apart, a feed of teaser
headlines) with the article's dateline or byline at its foot starts below that run, and one
opening on its writer's bio (a line of a name over a paragraph opening with it, the name not in
the article below) below the bio. A recipe's card below a post (a label over its ingredients,
one over its steps) closes the body, its ingredients a list. A body closed above a list of short
lines goes on to a paragraph set apart under the list that shares its words (a post's sections
parted by a list of tools), starts at a lead set apart over a list opening it that shares its
words (an offer's lead over its fact sheet), and takes a fact sheet right under it (short lines
ending in a value under their labels: a test's technical data). Its end takes what closes the
article right under it: a list a short label ending in a colon announces ("Das Wichtigste in
Kürze:"), a closing list's groups set apart below its first, the sources under their label
("Quellen", "4 References"), footnotes closing on a link back ("… S. 182 ↩") and a postscript
("PS: …"). It finds the title and byline above
the body (or a signature just below it) and types each body line: paragraph, subheading, list
item, code, table row (copied with tabs between its cells), caption or attribution.
"""

from __future__ import annotations

from dataclasses import replace

from access.clean.byline_again import drop_byline_again
from access.clean.closing import drop_closing_pitch, is_disclosure, is_newsletter_pitch
from access.clean.fields.bylines import people_listed, people_only, untitled
from access.clean.fields.titles import clean_title
from access.clean.headings import drop_empty_headings
from access.clean.marks import day_headings, drop_marks, is_quantity, join_step_numbers
from access.clean.more_brackets import drop_more_brackets
from access.clean.rules import Rules, load_rules, page_answers
from access.clean.text.blocks import (
    announced_link,
    body_blocks,
    drop_contents,
    drop_opening_repeats,
    nest_steps,
)
from access.clean.text.body import (
    announced_above,
    author_box,
    backlinked_notes,
    bio_top,
    byline_bio,
    dated_rail,
    find_body,
    forum_thread,
    grouped_items,
    inner_lists,
    is_dateline,
    label_below,
    lead_under_title,
    list_above,
    newsletter_boxes,
    packed_lead_above,
    postscript_below,
    recipe_card,
    related_boxes,
    sources_below,
)
from access.clean.text.header.assembly import after_byline, header_above, note_meta
from access.clean.text.header.byline import (
    bio_byline,
    body_byline,
    byline_below,
    name_over_title,
    names_of,
    other_byline,
    starter_byline,
)
from access.clean.text.header.candidates import Candidate, title_candidates
from access.clean.text.header.date import (
    body_date,
    day_first,
    far_date,
    header_date,
    listed_date,
    published_over_update,
    within_day_date,
    yearless_date,
)
from access.clean.text.header.headline import heading_over_text, pick_title
from access.clean.text.header.meta import BYLINE_LOOKAHEAD, is_meta, split_meta
from access.clean.text.header.title_score import asks
from access.clean.text.lines import (
    BACKLINK,
    Lines,
    backlinked,
    iso_date,
    quoted_stops,
    read_lines,
    word_count,
)
from access.clean.text.score import (
    announced_list,
    is_heading_like,
    prose_score,
    quoted_runs,
    record_runs,
    running_text,
    scored_lines,
    table_runs,
    teaser_cards,
    templated,
)
from access.clean.text.settings import (
    HEADER,
    SETTINGS,
    WEIGHTS,
    HeaderSettings,
    LineScorer,
    TextSettings,
    Weights,
)
from access.document import Document

__all__ = [
    "HEADER",
    "SETTINGS",
    "WEIGHTS",
    "Candidate",
    "HeaderSettings",
    "LineScorer",
    "Lines",
    "TextSettings",
    "Weights",
    "clean_text",
    "prose_score",
    "read_lines",
    "record_runs",
    "templated",
    "title_candidates",
]

UNSPACED_PACKED_FACTOR = 1.0
PITCH_RUN_WORDS = 25  # a pitch opening the run that closes the body is a call or a box's label, no longer
MAX_INGREDIENT_WORDS = 16  # a recipe card's ingredient is no longer (a sentence between is a note)


def clean_text(text: str, rules: Rules | None = None, weights: Weights | None = None,
               line_scores: LineScorer | None = None, header: HeaderSettings = HEADER,
               settings: TextSettings = SETTINGS) -> Document:
    """Turn copied page text into a Document: title, byline, date and the body's blocks.
    ``line_scores`` replaces the rule scores (benchmarks/train_line_model.py tries a learned
    model through it; under site CV the rules score better, so they ship)."""
    rules = rules or load_rules()
    with quoted_stops(settings.quoted_stops), page_answers(rules):
        return _clean_text(text, rules, weights, line_scores, header, settings)


def _header_line(line: str, rules: Rules) -> bool:
    """A dateline or byline a headline's line may stand over: naming a day, or someone in
    capitals ("jeudi 13 juin 2019, par Attac France", "by Laura June"; not "von da an wie oben"),
    closed by a name or a number (not a list's item: "ab 1. Januar 2022 für Zigaretten,")."""
    last = line.split()[-1]
    return (last[:1].isupper() or last[-1:].isdigit()) and is_dateline(line, rules) and (
        bool(iso_date(line)) or any(word[:1].isupper() for word in line.split()[1:]))


def _closing_lists(read: Lines, scores: list[float], start: int, end: int, rules: Rules,
                   settings: TextSettings) -> tuple[int, range, set[int]]:
    """The body's end (``start``, ``end``) moved down over what closes the article right under
    it: the list its last paragraph announces and that list's groups set apart below it, a
    postscript, a list a label announces, the sources under their label, the footnotes. Returns
    the end, the groups' lines (its items too) and the references' lines."""
    grouped: range = range(0)
    references: set[int] = set()
    if start >= end:
        return end, grouped, references
    # a list the last paragraph announces ("Tour dates:") belongs to it
    end = max(end, announced_list(read, end - 1, rules, next_label=settings.next_label).stop)
    if settings.grouped_items:  # … and its items' groups set apart below its first
        grouped = grouped_items(read, start, end, rules, settings.next_label)
        end = max(end, grouped.stop)
    if settings.postscripts:  # "PS: Habe zuhause mal …" under the last paragraph
        end = postscript_below(read, scores, end, rules)
    if settings.label_below:  # "Aus dem Inhalt:" set apart under the last paragraph
        end = label_below(read, end, rules, settings.next_label)
    if settings.sources_below:  # "Quellen:" over its references
        end, references = sources_below(read, end, rules)
    if settings.footnotes:  # "Joachim Hahn, 1991, S. 177 ↩" under the last paragraph
        end = backlinked_notes(read.text, end)
    return end, grouped, references


def _clean_text(text: str, rules: Rules, weights: Weights | None, line_scores: LineScorer | None,
                header: HeaderSettings, settings: TextSettings) -> Document:
    """clean_text's work, with the line-ending switch set."""
    header_line = (lambda line: _header_line(line, rules)) if settings.meta_unwrapped else None
    read = read_lines(text, settings.wrapped, settings.glyph_lines, header_line, settings.backlinks)
    lines, captions = read.text, read.repeated
    # Text pasted without blank lines carries no paragraph signal: score every line alike.
    weights = weights or WEIGHTS
    if not any(read.paragraph):
        weights = replace(weights, packed_factor=UNSPACED_PACKED_FACTOR)
    scores, code, records = scored_lines(read, rules, weights, settings, line_scores)
    scores, start, end, posts, crossed = find_body(read, scores, rules, weights, settings)
    post_headers: set[int] = set()  # a forum thread's posts' headers, dropped (its posts' lines and
    # a post of short lines under its dateline are kept however short: ``posts``)
    if settings.threads:
        start, end, post_headers, thread = forum_thread(lines, scores, start, end, rules)
        posts |= thread
    if settings.list_above:
        start = list_above(lines, scores, records, start, rules, weights)
    announced = range(0)  # the items of a list announced above the body, opening it
    if settings.announced_above:
        top = announced_above(lines, scores, start, rules, weights)
        announced, start = range(top + 1, start), top
    bio_end = bio_top(lines, scores, start, end) if settings.bio_top else start
    bio_end = bio_end if bio_end > start else 0  # (no lead is looked for above the bio's end)
    start = max(start, bio_end)
    head_end = (after_byline(lines, start, end, rules, settings.header_only, header, settings.byline_inside)
                if header.title_in_span else start)
    title, byline, date, title_at = header_above(lines, head_end, rules, header)
    if title_at >= start:  # the span opened on the header's short lines: the body is below it
        start = title_at + 1
    below_title = title_at + 1  # where the body may start at the earliest
    if title_at < 0 and start < end:  # no headline above: the first heading-like line opening
        # the span, past a byline or date line there ("Von … publiziert am …" above the headline)
        first = next((i for i in range(start, min(end, head_end + 1))
                      if not is_meta(lines[i], rules)), start)
        if not (is_heading_like(lines[first]) or (header.asking_title and asks(lines[first]))):
            first = heading_over_text(lines, range(first, min(end, head_end + header.span_heading)),
                                       rules, header) if header.span_heading else -1
        if first >= 0:
            title, start = lines[first], max(start, first + 1)
            below_title = first + 1
    # Attribution lines often sit just after the last paragraph, below the body's end.
    while end < len(lines) and rules.is_attribution(lines[end]):
        end += 1
    if settings.announced_links and start < end < len(lines) and announced_link(lines, end):
        end += 1  # "… unterschreibt bitte diese Petition:" over the petition's link
    end, grouped, references = _closing_lists(read, scores, start, end, rules, settings)
    ingredients = card_top = range(0)
    if settings.recipe_cards:
        start, end, ingredients, card_top = recipe_card(read, start, end, rules, title_at)
    if settings.author_box:
        end = author_box(lines, scores, start, end)
    if settings.dated_rails:
        end = dated_rail(lines, scores, start, end)
    parted: set[int] = set()  # the chrome between a lead and the rest of the article: dropped
    if settings.lead_under_title and title_at >= 0:
        lead = lead_under_title(lines, scores, start, max(below_title, bio_end), rules, captions)
        parted = set(range(lead + 1, start))
        start = lead
    if settings.lead_above:  # below the headline, whichever line it is
        start = max(packed_lead_above(lines, scores, start, weights), below_title, bio_end)
    body_start = after_byline(lines, start, end, rules, settings.header_only, header, settings.byline_inside)
    for line in lines[start:body_start]:
        byline, date = note_meta(line, byline, date, rules, header)
    if body_start > start and title_at < start - header.lookback:
        title = pick_title(lines, body_start, rules, header)[0] or title
    span = range(body_start, end)
    title, named = split_meta(title, header)
    byline = byline or named
    if not byline:
        byline = starter_byline(lines, range(max(0, title_at - header.lookback),
                                              min(len(lines), end + BYLINE_LOOKAHEAD)), header)
    if not byline:
        byline = other_byline(lines, title_at, head_end, range(start, end), rules, header)
    if header.body_byline and not byline:  # (before a signature: one below the body is a teaser's
        byline = body_byline(lines, span, rules, header)  # as often, "von Peter Unfried" in a rail)
    if header.signature and not byline:
        byline = byline_below(lines, end, rules, header)
    if not byline:
        byline = bio_byline(lines, range(max(0, title_at - header.lookback),
                                          min(len(lines), end + BYLINE_LOOKAHEAD)), rules, header)
    if not byline:
        byline = name_over_title(lines, title_at, rules, header)
    names = names_of(byline, rules, header) if byline else ""
    if header.people_only:
        names = people_only(names)
    if header.untitled:
        names = untitled(names)
    if settings.author_box and names:  # the writer's bio closing the article ("Leah C. Stokes is …")
        end = byline_bio(lines, scores, body_start, end, names)
        span = range(body_start, end)
    listed = {j for i in span for j in announced_list(read, i, rules, settings.announced_lists,
                                                          settings.next_label, settings.sentence_lists,
                                                          settings.spaced_lists)}
    listed |= {i for i in records if i in span}
    listed |= {i for i in crossed if i in span}  # the lists the body went on across (list_below)
    listed |= {i for i in announced if i in span}
    listed |= {i for i in references if i in span}
    listed |= {i for i in grouped if i in span}
    if settings.footnotes:  # (the notes the body held already too), each without its link back:
        notes = {i for i in span if backlinked(lines[i])}
        listed |= notes
        captions = captions - notes  # (a note cited twice is said twice on the page: no caption)
        for i in notes:  # a bare arrow is no text (a narrator says "right arrow curving left")
            lines[i] = BACKLINK.sub("", lines[i]).rstrip()
    listed |= {i for i in ingredients if i in span and word_count(lines[i]) <= MAX_INGREDIENT_WORDS
               and (not rules.is_chrome(lines[i])  # (but a quantity: "1/4" over "cup butter")
                    or (settings.quantities and i + 1 in ingredients
                        and is_quantity(lines[i], lines[i + 1])))}
    quoted = quoted_runs(lines, span) if settings.quotations else set()
    quoted |= posts
    if settings.short_body and not any(running_text(lines[i]) for i in span):
        quoted = set(span)  # no paragraph to head: the short lines are the text (dialogue, a post of lines)
    if settings.inner_lists:  # (a quotation's short lines are its text, no list)
        listed |= inner_lists(lines, span, rules) - quoted
    labels = frozenset({ingredients.start - 1, ingredients.stop} if ingredients else ())
    if settings.list_labels:  # a review's "Vorteile" over its list, "Nachteile" over the next
        labels |= {i for i in listed if i + 1 in listed and rules.is_list_label(lines[i])}
    skipped = related_boxes(lines, scores, span, rules) | parted | set(card_top) | post_headers
    if references:  # (a sources label is a soft stop: no related box here)
        skipped -= references | {min(references) - 1}
    if settings.promo_inside:
        skipped |= newsletter_boxes(read, span, rules)
    if settings.standing_notes:  # "Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND-4.0-DE."
        skipped |= {i for i in span if rules.is_standing_note(lines[i])}
    if settings.disclosures:  # "Advertising disclosure: We may receive compensation for some of the links …"
        skipped |= {i for i in span if is_disclosure(lines[i], rules)}
    if settings.newsletter_pitch:  # "… Melde dich hier für unseren Newsletter an!" between the paragraphs
        skipped |= {i for i in span if is_newsletter_pitch(lines[i], rules)}
    if settings.bare_more:  # "… Hier finden Sie Antworten auf viele Fragen. mehr" and its headline
        skipped |= teaser_cards(lines, span, rules)
    rows = {i: read.cells[i] for i in table_runs(read) if i in span} if settings.tables and read.cells else {}
    blocks = body_blocks(lines, captions, skipped, listed, span, rules, settings, code, quoted, rows, labels)
    if settings.closing_pitch:  # "Get the latest news straight to your phone with the … app."
        blocks = drop_closing_pitch(blocks, rules, settings.pitch_run, run_words=PITCH_RUN_WORDS,
                                    run_heading=settings.pitch_label)
    if settings.more_brackets:  # "… Akcja Katolicka w Polsce. [czytaj więcej]"
        blocks = drop_more_brackets(blocks, rules)
    if settings.marks:
        blocks = drop_marks(blocks)
    if settings.day_headings:  # "July 30, 2018" over a teaser: a dateline, no heading
        blocks = day_headings(blocks)
    if settings.step_numbers:  # "1" over "Roast the chicken …": one paragraph
        blocks = join_step_numbers(blocks, settings.quantities)
    if settings.opening_repeats:
        blocks = drop_opening_repeats(blocks, clean_title(title), people_listed(names))
    if settings.contents_run:  # "Inhalt" over "Wozu brauchen Diesel Adblue?", "Woraus besteht Adblue?", …
        blocks = drop_contents(blocks)
    if settings.nested_steps:  # "Tipps: Was Sie tun können" over "1. Zuckerlösung", "2. …"
        blocks = nest_steps(blocks)
    if settings.byline_again:  # "Von Georg Kasch", "Über Moritz Bachmann": the header's byline again
        blocks = drop_byline_again(blocks, people_listed(names), settings.byline_beside)
    if settings.empty_headings:  # "Zum Artikel" over "Wirkung und Anwendung", "Email Newsletter" closing
        blocks = drop_empty_headings(blocks, rules.is_sign_off)
    written = header.written_dates
    day_line = (date if iso_date(date, written) else byline if iso_date(byline, written)
                else header_date(lines, max(title_at, 0), body_start, header)
                or far_date(lines, title_at, header, labelled=True)
                or (body_date(lines, body_start, end, header) if header.body_dates else "")
                or far_date(lines, title_at, header)
                or within_day_date(lines, title_at, body_start, header)
                or yearless_date(lines, title_at, body_start, header)
                or listed_date(lines, title, header))
    around = range(max(title_at, 0), min(len(lines), end + BYLINE_LOOKAHEAD))
    day_line = published_over_update(day_line, lines, around, header)
    day = iso_date(day_line, written, header.day_first and day_first(day_line, lines, span))
    return Document(title=clean_title(title), blocks=blocks, byline=people_listed(names), date=day, lang="")
