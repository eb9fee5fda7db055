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
("PS: …"); it ends above teaser cards each dated under it (a headline, a summary, its writers and
day, again and again), and its writer's bio goes (a paragraph opening with the byline's name and
"is", "ist", "leitet", or closing it with no byline a name the article gives nowhere else). It finds the
title and byline above the body (or a signature just below it), a lede over that byline opening the
article (a shorter standfirst left to the header, as is a dek under the headline over a byline above
the body), and types each body line:
paragraph, subheading, list item, code, table row (copied with tabs between its cells), caption
or attribution.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from access.clean.byline_again import drop_byline_again
from access.clean.closing import (
    drop_closing_pitch,
    is_disclosure,
    is_newsletter_pitch,
    is_sponsored_note,
    pitch_words,
    sponsored_words,
)
from access.clean.fields.bylines import people_listed, people_only, untitled
from access.clean.fields.titles import clean_title
from access.clean.headings import drop_empty_headings
from access.clean.marks import day_headings, drop_marks, is_quantity, join_step_numbers
from access.clean.more_brackets import drop_more_brackets
from access.clean.rules import Rules, fold, load_rules, page_answers
from access.clean.text.blocks import (
    announced_link,
    body_blocks,
    drop_contents,
    drop_opening_repeats,
    lists_of_one,
    nest_steps,
)
from access.clean.text.body import (
    announced_above,
    author_box,
    backlinked_notes,
    bio_top,
    byline_bio,
    byline_bios,
    closing_bio,
    dated_cards,
    dated_rail,
    dek_over_byline,
    find_body,
    forum_thread,
    grouped_items,
    inner_lists,
    is_dateline,
    label_below,
    lead_under_title,
    line_over_lead,
    list_above,
    newsletter_boxes,
    packed_lead_above,
    postscript_below,
    recipe_card,
    related_boxes,
    sources_below,
    standfirst,
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
    forget_long_page,
    holding,
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
from access.document import Block, Document

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
    try:
        with quoted_stops(settings.quoted_stops), page_answers(rules):
            return _clean_text(text, rules, weights, line_scores, header, settings)
    finally:
        forget_long_page()


@dataclass(slots=True)
class _Page:
    """One page's copied text as the cleaner reads it: its lines and their scores, the body's
    span (``start``, ``end``; ``body_start`` below its header) as each step moves it, the header
    found over it, and the lines the steps set apart (lists, quotations, chrome)."""

    read: Lines
    lines: list[str]  # ``read.text`` (a footnote's line loses its link back)
    captions: set[int]  # the lines a page shows twice (a gallery's captions), less the footnotes
    scores: list[float]
    code: set[int]  # the lines of code blocks and text tables
    records: set[int]  # runs of lines of one form (a label and its value): lists
    posts: set[int]  # a thread's posts' lines, a post of short lines under its dateline: kept however short
    crossed: set[int]  # the lists the body went on across (list_below)
    rules: Rules
    weights: Weights
    header: HeaderSettings
    settings: TextSettings
    start: int
    end: int
    post_headers: set[int] = field(default_factory=set)  # a forum thread's posts' headers: dropped
    announced: range = range(0)  # the items of a list announced above the body, opening it
    bio_end: int = 0  # below a writer's bio opening the body (no lead is looked for above it)
    head_end: int = 0  # where the header search starts looking up
    title: str = ""
    byline: str = ""
    date: str = ""
    title_at: int = -1
    below_title: int = 0  # where the body may start at the earliest
    grouped: range = range(0)  # a closing list's groups set apart below its first, its items too
    references: set[int] = field(default_factory=set)  # the sources under their label
    ingredients: range = range(0)  # a recipe card's ingredients …
    card_top: range = range(0)  # … and the card's lines above them (dropped)
    parted: set[int] = field(default_factory=set)  # the chrome between a lead and the rest: dropped
    body_start: int = 0
    rest: int = 0  # the body's start under its header, below a standfirst over the byline
    standfirst: str = ""  # a shorter summary over the byline: the header's, shown and read with it
    span: range = range(0)  # the body's lines: ``range(body_start, end)``
    names: str = ""  # the writer's names


def _clean_text(text: str, rules: Rules, weights: Weights | None, line_scores: LineScorer | None,
                header: HeaderSettings, settings: TextSettings) -> Document:
    """clean_text's work, with the line-ending switch set: the body found among the page's
    lines, its ends moved over what opens and closes the article, the header over it, and its
    lines typed as blocks."""
    page = _read_page(text, rules, weights, line_scores, header, settings)
    _open_body(page)
    _find_header(page)
    _close_body(page)
    _start_body(page)
    _find_byline(page)
    blocks = _finish_blocks(_body_blocks(page), page)
    return Document(title=clean_title(page.title), blocks=blocks, byline=people_listed(page.names),
                    date=_day(page), lang="", standfirst=_header_standfirst(page))


def _header_standfirst(page: _Page) -> str:
    """The summary over the byline as the header's standfirst: none where it is the title again."""
    summary = page.standfirst.strip()
    return "" if not summary or summary.casefold() == clean_title(page.title).strip().casefold() else summary


def _meta_under_headline(line: str, rules: Rules) -> bool:
    """A dateline or byline a headline's line may stand over: naming a day, or someone in
    capitals ("jeudi 13 juin 2019, par Attac France", "by Laura June"; not "von da an wie oben"),
    closed by a name or a number (not a list's item: "ab 1. Januar 2022 für Zigaretten,")."""
    last = line.split()[-1]
    return (last[:1].isupper() or last[-1:].isdigit()) and is_dateline(line, rules) and (
        bool(iso_date(line)) or any(word[:1].isupper() for word in line.split()[1:]))


def _read_page(text: str, rules: Rules, weights: Weights | None, line_scores: LineScorer | None,
               header: HeaderSettings, settings: TextSettings) -> _Page:
    """The page's lines read and scored, and the body's first span among them: the densest run
    of prose. Text pasted without blank lines carries no paragraph signal: every line is scored
    alike."""
    under_headline = (lambda line: _meta_under_headline(line, rules)) if settings.meta_unwrapped else None
    read = read_lines(text, settings.wrapped, settings.glyph_lines, under_headline, settings.backlinks)
    weights = weights or WEIGHTS
    if not any(read.paragraph):
        weights = replace(weights, packed_factor=UNSPACED_PACKED_FACTOR)
    scores, code, records = scored_lines(read, rules, weights, settings, line_scores)
    scores, start, end, posts, crossed = find_body(read, scores, rules, weights, settings)
    captions = read.repeated if settings.repeats_as_captions else set()
    return _Page(read, read.text, captions, scores, code, records, posts, crossed,
                 rules, weights, header, settings, start, end)


def _open_body(page: _Page) -> None:
    """The body's start moved over what opens the article: a forum thread's posts, a list above
    the body, a list announced above it; then below a writer's bio opening it."""
    lines, scores, rules, settings = page.lines, page.scores, page.rules, page.settings
    if settings.threads:
        page.start, page.end, page.post_headers, thread = forum_thread(lines, scores, page.start, page.end,
                                                                       rules)
        page.posts |= thread
    if settings.list_above:
        page.start = list_above(lines, scores, page.records, page.start, rules, page.weights)
    if settings.announced_above:
        top = announced_above(lines, scores, page.start, rules, page.weights)
        page.announced, page.start = range(top + 1, page.start), top
    bio_end = bio_top(lines, scores, page.start, page.end) if settings.bio_top else page.start
    page.bio_end = bio_end if bio_end > page.start else 0
    page.start = max(page.start, page.bio_end)


def _find_header(page: _Page) -> None:
    """The title, byline and date over the body (searched up from below a byline among its first
    lines, ``title_in_span``), the body starting below the title."""
    lines, header, settings = page.lines, page.header, page.settings
    page.head_end = (after_byline(lines, page.start, page.end, page.rules, settings.header_only, header,
                                  settings.byline_inside) if header.title_in_span else page.start)
    page.title, page.byline, page.date, page.title_at = header_above(lines, page.head_end, page.rules, header)
    if page.title_at >= page.start:  # the span opened on the header's short lines: the body is below it
        page.start = page.title_at + 1
    page.below_title = page.title_at + 1
    if page.title_at < 0 and page.start < page.end:
        _span_heading(page)


def _span_heading(page: _Page) -> None:
    """With no headline above the body, its title is the first heading-like line opening the
    span, past a byline or date line there ("Von … publiziert am …" above the headline), or a
    heading over text among its first lines (``span_heading``)."""
    lines, rules, header, start, end = page.lines, page.rules, page.header, page.start, page.end
    first = next((i for i in range(start, min(end, page.head_end + 1))
                  if not is_meta(lines[i], rules)), start)
    if not (is_heading_like(lines[first]) or (header.asking_title and asks(lines[first]))):
        first = heading_over_text(lines, range(first, min(end, page.head_end + header.span_heading)),
                                  rules, header) if header.span_heading else -1
    if first >= 0:
        page.title, page.start = lines[first], max(start, first + 1)
        page.below_title = first + 1


def _close_body(page: _Page) -> None:
    """The body's end moved down over what closes the article under it (attributions, a link the
    last sentence announces, closing lists, a recipe's card), then up above an author's box or a
    rail of dated items or of teaser cards over their dated feet."""
    lines, rules, settings, end = page.lines, page.rules, page.settings, page.end
    while end < len(lines) and rules.is_attribution(lines[end]):  # just after the last paragraph
        end += 1
    if settings.announced_links and page.start < end < len(lines) and announced_link(lines, end):
        end += 1  # "… unterschreibt bitte diese Petition:" over the petition's link
    end, page.grouped, page.references = _closing_lists(page.read, page.scores, page.start, end, rules,
                                                        settings)
    if settings.recipe_cards:
        page.start, end, page.ingredients, page.card_top = recipe_card(page.read, page.start, end, rules,
                                                                       page.title_at)
    if settings.author_box:
        end = author_box(lines, page.scores, page.start, end)
    if settings.dated_rails:
        end = dated_rail(lines, page.scores, page.start, end)
    if settings.dated_cards:  # "Niederlage für Boris Johnson – …" over its summary, its writers and day below
        end = dated_cards(lines, page.start, end)
    page.end = end


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


def _start_body(page: _Page) -> None:
    """The body's start moved up to its lead (under the title, or packed above the span), then
    down below a byline or dateline among its first lines, taken as the header's; a title far
    above is looked for again over the body's new start."""
    lines, scores, rules, header, settings = page.lines, page.scores, page.rules, page.header, page.settings
    start = page.start
    if settings.lead_under_title and page.title_at >= 0:
        lead = lead_under_title(lines, scores, start, max(page.below_title, page.bio_end), rules,
                                page.captions)
        page.parted = set(range(lead + 1, start))
        start = lead
    if settings.lead_above:  # below the headline, whichever line it is
        start = max(packed_lead_above(lines, scores, start, page.weights), page.below_title, page.bio_end)
    page.start = start
    page.body_start = after_byline(lines, start, page.end, rules, settings.header_only, header,
                                   settings.byline_inside)
    for line in lines[start:page.body_start]:
        page.byline, page.date = note_meta(line, page.byline, page.date, rules, header)
    if page.body_start > start and page.title_at < start - header.lookback:
        page.title = pick_title(lines, page.body_start, rules, header)[0] or page.title
    page.rest = page.body_start
    if settings.standfirst and page.body_start > start:  # (the header's lines stay the header's)
        page.body_start, page.parted, summary = standfirst(lines, start, page.body_start, rules,
                                                           page.captions, page.parted, settings.standfirst)
        page.standfirst = summary if settings.header_standfirst else ""
    elif settings.dek_over_byline and settings.header_standfirst and page.title_at >= 0:
        page.standfirst = dek_over_byline(lines, page.below_title, start, rules, page.captions)
    if settings.line_over_lead:  # "Ihr kennt es sicher auch!" right over the first paragraph
        page.body_start = line_over_lead(lines, page.body_start, page.below_title, page.end, rules,
                                         page.captions, page.title)
    page.span = range(page.body_start, page.end)


def _find_byline(page: _Page) -> None:
    """The writer's names: the header's byline or one copied on the headline's line, else one
    found away from the header; the body's end moved up above the writer's bio closing it (with
    no byline: a closing paragraph opening with a name the article gives nowhere else)."""
    header = page.header
    page.title, named = split_meta(page.title, header)
    page.byline = page.byline or named or _byline_elsewhere(page)
    names = names_of(page.byline, page.rules, header) if page.byline else ""
    if header.people_only:
        names = people_only(names)
    if header.untitled:
        names = untitled(names)
    page.names = names
    if page.settings.author_box and names:  # the writer's bio closing the article ("Leah C. Stokes is …")
        page.end = byline_bio(page.lines, page.scores, page.rest, page.end, names)
        page.span = range(page.body_start, page.end)
    if page.settings.closing_bios and not names:  # "Candice Sealey is the Founder & Principal Consultant …"
        page.end = closing_bio(page.lines, page.rest, page.end, page.rules)
        page.span = range(page.body_start, page.end)


def _byline_elsewhere(page: _Page) -> str:
    """The first byline found away from the header: a starter's, another near the title, one in
    the body (before a signature: one below the body is a teaser's as often, "von Peter Unfried"
    in a rail), a signature, a bio's, a name over the title."""
    lines, rules, header, title_at, end = page.lines, page.rules, page.header, page.title_at, page.end
    near = range(max(0, title_at - header.lookback), min(len(lines), end + BYLINE_LOOKAHEAD))
    return (starter_byline(lines, near, header)
            or other_byline(lines, title_at, page.head_end, range(page.start, end), rules, header)
            or (header.body_byline and body_byline(lines, page.span, rules, header))
            or (header.signature and byline_below(lines, end, rules, header))
            or bio_byline(lines, near, rules, header)
            or name_over_title(lines, title_at, rules, header))


def _body_blocks(page: _Page) -> list[Block]:
    """The body's lines typed as blocks, given the lines read as lists' items, those kept however
    short, those read as subheadings, the chrome dropped and the rows of text tables."""
    read, settings, span = page.read, page.settings, page.span
    listed = _listed(page)
    quoted = _quoted(page)
    if settings.inner_lists:  # (a quotation's short lines are its text, no list)
        listed |= inner_lists(page.lines, span, page.rules) - quoted
    labels = _labels(page, listed)
    skipped = _skipped(page)
    rows = {i: read.cells[i] for i in table_runs(read) if i in span} if settings.tables and read.cells else {}
    return body_blocks(page.lines, page.captions, skipped, listed, span, page.rules, settings, page.code,
                       quoted, rows, labels)


def _listed(page: _Page) -> set[int]:
    """The body's lines read as lists' items: those of the lists its lines announce, records,
    the lists it went on across, the list announced above it, the sources, a closing list's
    groups, the footnotes and a recipe card's ingredients."""
    read, rules, settings, span = page.read, page.rules, page.settings, page.span
    listed = {j for i in span for j in announced_list(read, i, rules, settings.announced_lists,
                                                      settings.next_label, settings.sentence_lists,
                                                      settings.spaced_lists)}
    for found in (page.records, page.crossed, page.announced, page.references, page.grouped):
        listed |= {i for i in found if i in span}
    if settings.footnotes:  # (the notes the body held already too)
        listed |= _footnotes(page)
    return listed | _ingredients(page)


def _footnotes(page: _Page) -> set[int]:
    """The body's footnotes (a line closing on a link back), each without its link back: a bare
    arrow is no text (a narrator says "right arrow curving left"); a note cited twice is said
    twice on the page: no caption."""
    lines = page.lines
    notes = {i for i in page.span if backlinked(lines[i])}
    page.captions = page.captions - notes
    for i in notes:
        lines[i] = BACKLINK.sub("", lines[i]).rstrip()
    return notes


def _ingredients(page: _Page) -> set[int]:
    """A recipe card's ingredients in the body: its short lines, no chrome (but a quantity:
    "1/4" over "cup butter")."""
    lines, rules, span, ingredients = page.lines, page.rules, page.span, page.ingredients
    quantities = page.settings.quantities
    return {i for i in ingredients if i in span and word_count(lines[i]) <= MAX_INGREDIENT_WORDS
            and (not rules.is_chrome(lines[i])
                 or (quantities and i + 1 in ingredients and is_quantity(lines[i], lines[i + 1])))}


def _quoted(page: _Page) -> set[int]:
    """The body's short lines kept as its text: a quotation's, a thread's posts'; all of them
    when no line is running text (no paragraph to head: dialogue, a post of lines)."""
    lines, span, settings = page.lines, page.span, page.settings
    if settings.short_body and not any(running_text(lines[i]) for i in span):
        return set(span)
    return (quoted_runs(lines, span) if settings.quotations else set()) | page.posts


def _labels(page: _Page, listed: set[int]) -> frozenset[int]:
    """The lines read as subheadings whatever follows them: a recipe card's labels over its
    ingredients and steps, a list's label ("Vorteile" over its list, "Nachteile" over the next)."""
    lines, ingredients = page.lines, page.ingredients
    labels = frozenset({ingredients.start - 1, ingredients.stop} if ingredients else ())
    if page.settings.list_labels:
        labels |= {i for i in listed if i + 1 in listed and page.rules.is_list_label(lines[i])}
    return labels


def _skipped(page: _Page) -> set[int]:
    """The body's lines dropped as chrome: related boxes (not over the sources: their label is
    a soft stop), what parts a lead from the rest, a recipe card's top, a thread's post
    headers, newsletter boxes and the notes, disclosures, pitches and teasers among its lines."""
    span, references = page.span, page.references
    skipped = related_boxes(page.lines, page.scores, span, page.rules) | page.parted | set(page.card_top)
    skipped |= page.post_headers
    if references:
        skipped -= references | {min(references) - 1}
    if page.settings.promo_inside:
        skipped |= newsletter_boxes(page.read, span, page.rules)
    return skipped | _chrome_lines(page)


def _chrome_lines(page: _Page) -> set[int]:
    """The body's lines that are chrome alone: a standing note, a disclosure, a newsletter pitch,
    the writer's bio, a teaser card ("… mehr")."""
    lines, rules, settings, span = page.lines, page.rules, page.settings, page.span
    chrome: set[int] = set()
    if settings.standing_notes:  # "Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND-4.0-DE."
        chrome |= {i for i in span if rules.is_standing_note(lines[i])}
    if settings.disclosures:  # "Advertising disclosure: We may receive compensation for some of the links …"
        chrome |= {i for i in span if is_disclosure(lines[i], rules)}
    folded = {i: fold(lines[i]) for i in span}  # (each line's words looked up once folded, only
    # in the lines holding one: most hold none)
    if settings.sponsored_notes:  # "*Werbung. Dieser Beitrag enthält Werbung für MYMARINI."
        chrome |= {i for i in holding(folded, sponsored_words()) if is_sponsored_note(lines[i], folded[i])}
    if settings.newsletter_pitch:  # "… Melde dich hier für unseren Newsletter an!" between the paragraphs
        chrome |= {i for i in holding(folded, pitch_words()) if is_newsletter_pitch(lines[i], rules,
                                                                                   folded=folded[i])}
    if settings.donation_pitch:  # "… Wesprzyj nas darowizną lub przekaż nam 1% podatku." under the lead
        chrome |= {i for i in holding(folded, pitch_words("donation_words"))
                   if is_newsletter_pitch(lines[i], rules, "donation_words", folded[i])}
    if settings.byline_bios and page.names:  # "Moritz Gathmann leitet das Ressort …" under his byline
        chrome |= byline_bios(lines, span, people_listed(page.names), rules)
    if settings.bare_more:  # "… Hier finden Sie Antworten auf viele Fragen. mehr" and its headline
        chrome |= teaser_cards(lines, span, rules)
    return chrome


def _finish_blocks(blocks: list[Block], page: _Page) -> list[Block]:
    """``blocks`` without the chrome their lines alone do not show (a closing pitch, "[read
    more]", marks, the header again, a table of contents, empty headings), dated lines, step
    numbers and numbered parts read as they are."""
    rules, settings = page.rules, page.settings
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
        blocks = drop_opening_repeats(blocks, clean_title(page.title), people_listed(page.names))
    if settings.contents_run:  # "Inhalt" over "Wozu brauchen Diesel Adblue?", "Woraus besteht Adblue?", …
        blocks = drop_contents(blocks)
    if settings.nested_steps:  # "Tipps: Was Sie tun können" over "1. Zuckerlösung", "2. …"
        blocks = nest_steps(blocks)
    if settings.byline_again:  # "Von Georg Kasch", "Über Moritz Bachmann": the header's byline again
        blocks = drop_byline_again(blocks, people_listed(page.names), settings.byline_beside)
    if settings.empty_headings:  # "Zum Artikel" over "Wirkung und Anwendung", "Email Newsletter" closing
        blocks = drop_empty_headings(blocks, rules.is_sign_off)
    if settings.lone_lines:  # "Bild 1 von 9" set apart alone: a line, not a list of one item
        blocks = lists_of_one(blocks)
    return blocks


def _day(page: _Page) -> str:
    """The article's day: the header's date line, or its byline naming a day, else one found
    away from the header; a published day over an updated one beside it; day first when the
    page writes it so."""
    lines, header, span = page.lines, page.header, page.span
    written = header.written_dates
    day_line = (page.date if iso_date(page.date, written) else page.byline if iso_date(page.byline, written)
                else _day_elsewhere(page))
    around = range(max(page.title_at, 0), min(len(lines), page.end + BYLINE_LOOKAHEAD))
    day_line = published_over_update(day_line, lines, around, header)
    return iso_date(day_line, written, header.day_first and day_first(day_line, lines, span))


def _day_elsewhere(page: _Page) -> str:
    """The first date line found away from the header's lines: under the title, a labelled one
    farther off, one in the body (``body_dates``), any farther off, a day within a day's words, a
    day with no year, a listing's."""
    lines, header, title_at, body_start = page.lines, page.header, page.title_at, page.rest
    return (header_date(lines, max(title_at, 0), body_start, header)
            or far_date(lines, title_at, header, labelled=True)
            or (body_date(lines, body_start, page.end, header) if header.body_dates else "")
            or far_date(lines, title_at, header)
            or within_day_date(lines, title_at, body_start, header)
            or yearless_date(lines, title_at, body_start, header)
            or listed_date(lines, page.title, header))
