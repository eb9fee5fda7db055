"""The byline found around the header, in the body's first lines, under it or in the writer's box."""

from __future__ import annotations

import re

from access.clean.fields import bylines, dates
from access.clean.fields.bylines import agency, by_alone, byline_names, dated_name, person_name, relative_name
from access.clean.rules import Rules
from access.clean.text.header.meta import BYLINE_LOOKAHEAD, byline_name, byline_of, date_line
from access.clean.text.header.names import ROLE_BRACKET, by_name, name_line, names_run, run_end
from access.clean.text.lines import ends_sentence, word_count
from access.clean.text.settings import HEADER, HeaderSettings

SIGNED_LINES = 2  # a signature beside its date may close the body itself
CLOSING_WORDS = 12  # a "by" line closing the body is no longer (a longer one is a sentence's "by")
DASHES = "-–— "  # a signature's dash ("— Nadja Podbregar")


def byline_below(lines: list[str], end: int, rules: Rules, header: HeaderSettings = HEADER) -> str:
    """A byline just below the body ("Author: …", or "Kommentar von" over a name): blogs and
    opinion pages sign at the end; else (``signed_by_date``) a dash and a name beside a date
    line among the body's last lines or below them ("28. November 2022" over "- Nadja
    Podbregar"): a line of a name alone there is as often a related teaser's heading; "" when none."""
    if header.closing_byline and (closing := closing_byline(lines, end, rules, header)):
        return closing
    for i in range(end, min(len(lines), end + BYLINE_LOOKAHEAD)):
        if byline_of(lines[i], rules, header):
            return lines[i]
        if by_alone(lines[i]) and i + 1 < len(lines) and by_name(lines[i], lines[i + 1], rules, header):
            return lines[i + 1]
    if header.signed_by_date:
        near = range(max(0, end - SIGNED_LINES), min(len(lines), end + BYLINE_LOOKAHEAD))
        return next((signed for i in near
                     if lines[i][0] in DASHES and name_line(signed := lines[i].lstrip(DASHES), rules, header)
                     and any(date_line(line, header) for line in lines[max(0, i - 1): i + 2: 2])), "")
    return ""


def closing_byline(lines: list[str], end: int, rules: Rules, header: HeaderSettings = HEADER) -> str:
    """A "by" line among the body's last ``SIGNED_LINES`` lines, short and ending no sentence:
    the post signed under its last paragraph ("Posted by Alex Durán, AMP Project Marketing,
    Google"; "Por último, se ofreció …" is a sentence); "" when none."""
    return next((lines[i] for i in range(end - 1, max(-1, end - 1 - SIGNED_LINES), -1)
                 if word_count(lines[i]) <= CLOSING_WORDS and not ends_sentence(lines[i])
                 and byline_of(lines[i], rules, header)), "")


def body_byline(lines: list[str], body: range, rules: Rules, header: HeaderSettings = HEADER) -> str:
    """A "By …" line inside the body with a date line at most two lines from it: a byline
    block the body was found above ("Von Tim Ehlers" over "Veröffentlicht am 26. Oktober
    2023" under a chart's caption), else (``by_over_name_body``) a line of only a "by" over a
    line of only a name, the writer's box the body reaches into ("Ein Beitrag von:" over
    "Alexandra Ilina" over her bio); "" when none. A "by" in a line of prose inside an article
    is as often a book's or a quoted post's author."""
    if found := next((lines[i] for i in body if byline_of(lines[i], rules, header) and any(
            date_line(line, header) for line in lines[max(0, i - 2): i + 3])), ""):
        return found
    if header.by_over_name_body:
        return next((names_run(lines, i + 1, rules, header) for i in body if i + 1 < len(lines)
                     and by_alone(lines[i]) and by_name(lines[i], lines[i + 1], rules, header)), "")
    return ""


def starter_byline(lines: list[str], around: range, header: HeaderSettings = HEADER) -> str:
    """The first line in ``around`` naming a forum thread's starter after its label ("Thread
    starter Tiberius" over "Start date Sep 18, 2020"): the thread's writer, above the post's
    own name block; "" when none."""
    if not header.thread_starter:
        return ""
    return next((lines[i] for i in around if bylines.starter_name(lines[i])), "")


def other_byline(lines: list[str], title_at: int, head_end: int, body: range, rules: Rules,
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
        if byline_of(lines[i], rules, header):
            return lines[i]
        if i + 1 < len(lines) and by_alone(lines[i]) and by_name(lines[i], lines[i + 1], rules, header):
            return names_run(lines, i + 1, rules, header)
        if header.name_by_date and name_line(lines[i], rules, header) and _dated_beside(lines, i, header):
            return names_run(lines, i, rules, header)
    if header.dated_names:  # "Christian Kahle, 03.11.2023 15:32 Uhr"
        below = range(head_end - 1, max(-1, title_at, head_end - 1 - header.lookback), -1)
        above = range(title_at - 1, max(-1, title_at - 1 - header.above_title), -1) if title_at >= 0 else []
        relative = header.relative_names  # "Alex Perry 1 day ago"
        dated = (i for i in [*below, *above, *top[:header.dated_body]]
                 if dated_name(lines[i], header.day_word_end) or (relative and relative_name(lines[i])))
        if (found := next(dated, -1)) >= 0:
            reporter = header.agency_yields and _person_beside_agency(lines, found, rules, header)
            return reporter or lines[found]
    if header.name_lines and title_at >= 0:
        stop = min(head_end + header.name_lookahead, title_at + 1 + header.name_after_title)
        below = range(title_at + 1, min(stop, len(lines)))
        if found := next((names_run(lines, i, rules, header) for i in below  # (not a reviewer's:
                          if name_line(lines[i], rules, header)  # "Fact checked by" over a name)
                          and not bylines.reviewer_line(lines[i - 1])
                          and _set_apart(lines, i, rules, header)), ""):
            return found
    if header.beside_date and title_at >= 0:  # "PTI, Washington," over "Nov 20 2019, 11:06am"
        return next((named for i in range(title_at + 1, min(len(lines), max(head_end, top.stop)))
                     if (named := _writer_by_date(lines, i, header))), "")
    return ""


LETTER = re.compile(r"[^\W\d_]")
APART_DATES = 3  # lines from a run of names a date line or a line of how long ago may stand within


def _set_apart(lines: list[str], at: int, rules: Rules, header: HeaderSettings = HEADER) -> bool:
    """Whether the line of a name at ``at`` (and the names listed under it, ``names_run``) stands
    apart from a list of short lines (``name_apart``): the nearest line with a word within
    ``APART_DATES`` lines above or below (past a count: "36" between headline and byline) that
    many words long at least, or a date line or a line of how long ago within those lines (the
    headline or standfirst over a byline, its day or the article under it; a menu's, tags' or a
    table's capitalised items are short lines among short lines: "Energiewende" /
    "Internationale Politik" / "Klimaschutz")."""
    if not header.name_apart:
        return True
    last = run_end(lines, at, rules, header)
    above, below = lines[max(0, at - APART_DATES): at], lines[last + 1: last + 1 + APART_DATES]
    nearest = (next((line for line in reversed(above) if LETTER.search(line)), ""),
               next((line for line in below if LETTER.search(line)), ""))
    return any(word_count(line) >= header.name_apart for line in nearest) or any(
        date_line(line, header) or (header.relative_days and dates.relative_day(line))
        for line in above + below)


def name_over_title(lines: list[str], title_at: int, rules: Rules, header: HeaderSettings = HEADER) -> str:
    """A line of a name at most ``above_title`` lines above the title beside a date line, the
    writer's block set over the headline ("Bianca Praetorius" over "2. Okt. 2022" over "Das
    Dating-Dilemma erfolgreicher Frauen"): asked last, when no byline is found elsewhere (a
    blog's name or a kicker stands there as often; the name test keeps most of them out:
    "OLYMPISCHE WINTERSPIELE", "Effiziente Hybridbatterie"); "" when none."""
    if not header.name_over_title or title_at < 0:
        return ""
    return next((names_run(lines, i, rules, header)
                 for i in range(title_at - 1, max(-1, title_at - 1 - header.above_title), -1)
                 if name_line(lines[i], rules, header) and _dated_beside(lines, i, header)), "")


def _dated_beside(lines: list[str], at: int, header: HeaderSettings = HEADER) -> bool:
    """Whether the line just above or just below ``at`` is a date line, or (``relative_days``) a
    line of how long ago ("PRASHANT JHA" over "VOR 2 STUNDEN" over the headline)."""
    return any(date_line(line, header) or (header.relative_days and dates.relative_day(line))
               for line in lines[max(0, at - 1): at + 2: 2])


def _person_beside_agency(lines: list[str], at: int, rules: Rules, header: HeaderSettings = HEADER) -> str:
    """A line of a person's name just above or below a date line naming a news agency, not a
    person ("NATALIYA VASILYEVA" over "Associated PressDecember 2, 2016"): the agency's reporter;
    "" when the line names a person, or no such name line is beside it."""
    if not agency(dated_name(lines[at], header.day_word_end)):
        return ""
    beside = (i for i in (at - 1, at + 1) if 0 <= i < len(lines))
    return next((lines[i] for i in beside if name_line(lines[i], rules, header)), "")


def _writer_by_date(lines: list[str], at: int, header: HeaderSettings = HEADER) -> str:
    """The news agency or newsroom a line under the headline names beside a date line, the
    writer when no person is named ("Reuters, Washington," over "Nov 20 2019, 11:06am",
    "Redacción" over "26.04.2022"); "" otherwise."""
    named = agency(lines[at])
    dated = named and any(date_line(near, header) for near in lines[max(0, at - 1): at + 2: 2])
    return named if dated else ""


def names_of(line: str, rules: Rules, header: HeaderSettings = HEADER) -> str:
    """The people the line taken as the byline names (a byline, a date line naming its
    writer, a line of a name, perhaps with a role in brackets after it, a forum's
    thread-starter label's handle)."""
    return ((header.thread_starter and bylines.starter_name(line))
            or byline_of(line, rules, header)
            or (header.dated_names and dated_name(line, header.day_word_end))
            or (header.dated_names and header.relative_names and relative_name(line))
            or person_name(line) or (header.bracketed_role and person_name(ROLE_BRACKET.sub("", line)))
            or byline_names(byline_name(line)))


EMAIL_ALONE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")  # a line of only an e-mail address
BIO_REACH = 4  # lines below a name line its writer's bio may open within
BIO_WORDS = 8  # … a line of prose at least this long
LINK_REACH = 2  # lines below a name line a link to its writer's other pieces may stand within
BIO_GAP_WORDS = 3  # … past links this short at most


def bio_byline(lines: list[str], around: range, rules: Rules, header: HeaderSettings = HEADER) -> str:
    """A line of a name that a line of prose just below opens with, a verb after the name, the
    writer's box ("Philipp Sarasin" over "Philipp Sarasin lehrt Geschichte der Neuzeit an der
    Universität Zürich …", past a "Full Bio" or "LinkedIn" link), or (``mailed_names``) a line
    of only an e-mail address is just below (the writer's address; a press contact has a role
    between), or (``author_links``) a link to the writer's other pieces is within two lines
    below ("Heinz Steiner" over "Weitere Beiträge"): the first in ``around`` (the header's lines
    to just below the body); "" when none."""
    for i in around:
        name = lines[i].strip()
        if not (name and name_line(lines[i], rules, header)):
            continue
        if header.mailed_names and i + 1 < len(lines) and EMAIL_ALONE.fullmatch(lines[i + 1].strip()):
            return name  # over the writer's address ("Bruno Wendel" / "bruno.cardoso@redebahia.com.br")
        linked = lines[i + 1: i + 1 + LINK_REACH]
        if header.author_links and any(bylines.author_link(line) for line in linked):
            return name  # over a link to the writer's other pieces ("Weitere Beiträge")
        for line in lines[i + 1: i + 1 + BIO_REACH]:
            if line.startswith(name + " ") and line[len(name) + 1: len(name) + 2].islower() \
                    and word_count(line) >= BIO_WORDS:
                return name
            if word_count(line) > BIO_GAP_WORDS:
                break
    return ""
