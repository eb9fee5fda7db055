"""The header put together over the body: its title, byline and date, and where the body starts."""

from __future__ import annotations

from access.clean.fields.bylines import by_alone
from access.clean.fields.dates import date_labelled, update_labelled
from access.clean.rules import Rules
from access.clean.text.header.headline import colon_kicked, pick_title
from access.clean.text.header.meta import BYLINE_LOOKAHEAD, byline_of, header_at_top
from access.clean.text.header.names import by_name, names_run
from access.clean.text.score import prose_words
from access.clean.text.settings import HEADER, WEIGHTS, HeaderSettings

LEAD_WORDS = 100  # words of running text above a byline that opens the article at most (a standfirst)


def header_above(lines: list[str], start: int, rules: Rules,
                 header: HeaderSettings = HEADER) -> tuple[str, str, str, int]:
    """Title, byline and date from the lines just above the body (or a byline just above the
    title, ``above_title``: sites set the writer over the headline, its "by" perhaps on a line
    of its own, ``by_over_name``: "Disko Von" over "Ernst Lohoff"); returns where the title is."""
    title, title_at = pick_title(lines, start, rules, header)
    if header.colon_kicker and title_at > 0 and title == lines[title_at]:
        title = colon_kicked(lines, title_at, rules, header)
    byline, date = "", ""
    for i in range(start - 1, max(-1, title_at, start - 1 - header.lookback), -1):
        byline, date = note_meta(lines[i], byline, date, rules, header)
        if (not byline and header.by_over_name and by_alone(lines[i]) and i + 1 < start
                and by_name(lines[i], lines[i + 1], rules, header)):
            byline = names_run(lines, i + 1, rules, header)  # "by" / "Mobasir hassan" under the headline
    if not byline and title_at >= 0:
        byline = next((lines[i] for i in range(title_at - 1, max(-1, title_at - 1 - header.above_title), -1)
                       if byline_of(lines[i], rules, header) or (
                           header.by_over_name and i > 0 and by_alone(lines[i - 1])
                           and by_name(lines[i - 1], lines[i], rules, header))), "")
    return title, byline, date, title_at


def note_meta(line: str, byline: str, date: str, rules: Rules,
               header: HeaderSettings = HEADER) -> tuple[str, str]:
    """``line`` taken as the byline or the date when it is one and none is known yet; a
    "Published …" line the byline rules also match is a date; a date line naming a person
    beside its day is both (see ``header_above``)."""
    if byline_of(line, rules, header):
        return byline or line, date
    if rules.is_byline(line) or rules.is_date(line):
        later = header.published_first and date and update_labelled(date) and not update_labelled(line)
        return byline, line if later or not date else date
    return byline, date


def after_byline(lines: list[str], start: int, end: int, rules: Rules,
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
                not header.name_shape or date_labelled(lines[i]) or byline_of(lines[i], rules, header)))
                or (top and header_at_top(lines[i], rules, header))):
            continue
        above = _prose_run(lines, start, i)
        if inside and above > LEAD_WORDS:
            break
        if not header_only or not above or above < _prose_run(lines, i + 1, end):
            body_start = i + 1
    return body_start


def _prose_run(lines: list[str], start: int, end: int) -> int:
    return sum(prose_words(line, WEIGHTS) for line in lines[start:end])
