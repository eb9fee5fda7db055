"""The date line found around the header, in the body or further up, and the day it names."""

from __future__ import annotations

from access.clean.fields import dates
from access.clean.fields.dates import bare_date, date_labelled, slashed_days, update_labelled
from access.clean.language import detect_language
from access.clean.text.header.meta import BYLINE_LOOKAHEAD, MAX_DATE_LINE_WORDS, date_line, ends_statement
from access.clean.text.lines import iso_date, word_count
from access.clean.text.settings import HEADER, HeaderSettings

DATE_AROUND = 4  # lines around the header searched for a date line
FOOTER_REACH = 16  # lines below the body a blog theme's footer may date the post from (past a share bar)
WITHIN_DAY_DAYS = 2  # a page dating a piece "vor 2 Stunden" names this many days at least


def header_date(lines: list[str], top: int, body_start: int, header: HeaderSettings = HEADER) -> str:
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
        return next((day for i in below if (day := dates.opening_day(lines[i]))), "")
    return ""


def yearless_date(lines: list[str], top: int, body_start: int, header: HeaderSettings = HEADER) -> str:
    """The day (as YYYY-MM-DD) a line about the header names without its year ("Nov 18",
    "Posted Nov 19, 6:51 AM", "Publicado el 11 de mayo"), in the year of the page's copyright
    notice ("© 2019 Cleveland.com") or of its newest day written in full, the later (a notice
    may be stale): a site leaves the year out for this year's pieces; "" when none or no year
    (``yearless_dates``: off)."""
    if not header.yearless_dates or top < 0:
        return ""
    near = range(max(top - DATE_AROUND, 0), min(len(lines), body_start + DATE_AROUND))
    line = next((lines[i] for i in near if dates.yearless_month_day(lines[i])[0]), "")
    if not line:
        return ""
    newest = dates.newest_day(lines)
    return dates.yearless_day(line, max(dates.copyright_year(lines), int(newest[:4]) if newest else 0))


LISTED_TITLE_WORDS = 2  # a headline this long at least is the page's own item in a list of posts


def listed_date(lines: list[str], title: str, header: HeaderSettings = HEADER) -> str:
    """The day after the headline on a line opening with it, a short date line's words after
    it: the piece's own item in a list of recent posts ("3 Jahre legalisierte
    Genitalverstümmelung 12 Dezember, 2015" in a blog's sidebar), when no other line dates it;
    "" when none (``listed_dates``: off)."""
    title = " ".join(title.split())
    if not header.listed_dates or word_count(title) < LISTED_TITLE_WORDS:
        return ""
    first = title.split()[0]
    for line in lines:
        if not line.lstrip().startswith(first):
            continue
        line = " ".join(line.split())
        rest = line[len(title):].strip()
        if (line.startswith(title) and rest and not line[len(title)].isalpha()
                and word_count(rest) <= MAX_DATE_LINE_WORDS and iso_date(rest, header.written_dates)):
            return rest
    return ""


def within_day_date(lines: list[str], top: int, body_start: int, header: HeaderSettings = HEADER) -> str:
    """The page's newest day (as YYYY-MM-DD) when a line about the header says the piece was posted
    hours ago or today at a time ("vor 2 Stunden", "6 hours ago", "dzisiaj, 08:07") and no date
    line was found: a news page's rails and teasers list the day's pieces with it (of a page
    naming fewer than ``WITHIN_DAY_DAYS`` days, the one is a document's the article cites); ""
    when none (``within_day``: off)."""
    if not header.within_day or top < 0:
        return ""
    near = range(max(top - DATE_AROUND, 0), min(len(lines), body_start + DATE_AROUND))
    if not any(word_count(lines[i]) <= MAX_DATE_LINE_WORDS and dates.within_day(lines[i]) for i in near):
        return ""
    return dates.newest_day(lines, WITHIN_DAY_DAYS)


def far_date(lines: list[str], title_at: int, header: HeaderSettings = HEADER,
              labelled: bool = False) -> str:
    """The nearest date line further above the title than ``header_date`` looks, as far as
    the headline was searched for (``lookback``): a site may set the writer, the day, a share
    bar and related links over the headline; "" when none or no title. Asked last, when
    neither the header nor the body has a date line; a ``labelled`` one ("Erstveröffentlichung:
    25. März 2020") before the body's lines (a caption's "Quelle: Financial Times, 24.3.2020")."""
    if title_at < 0:
        return ""
    above = range(title_at - DATE_AROUND - 1, max(title_at - header.lookback, 0) - 1, -1)
    return next((lines[i] for i in above if date_line(lines[i], header)
                 and (not labelled or date_labelled(lines[i]))), "")


def body_date(lines: list[str], start: int, end: int, header: HeaderSettings = HEADER) -> str:
    """A line of only a day in the body or just below it ("Veröffentlicht am 26. Oktober 2023"
    closing a blog post, "28. November 2022" under the lead), else (``short_dates``) a short
    line naming a day that ends no sentence, a post's meta line ("Malte Welding | 29.07.2006
    um 14:26", "Dezember 26, 2019 von Andrea Kategorien: Allgemein"), else (``posted_footers``) a
    blog theme's footer naming it ("Dieser Beitrag wurde am 04/02/2020 von kj in … veröffentlicht");
    "" when none."""
    near = lines[start: end + BYLINE_LOOKAHEAD]
    return next((line for line in near if bare_date(line)), "") or (
        next((line for line in near if word_count(line) <= MAX_DATE_LINE_WORDS
              and not ends_statement(line, header) and dates.DIGIT.search(line)
              and dates.written_date(line)), "")
        if header.short_dates else "") or (  # a day written out in full: no "n. 03/2020", no link
        next((line for line in lines[start: end + FOOTER_REACH]
              if dates.posted_footer(line) and dates.written_date(line)), "")
        if header.posted_footers else "")


def published_over_update(line: str, lines: list[str], around: range,
                           header: HeaderSettings = HEADER) -> str:
    """The day the article was published when the date line found dates a change ("Aktualisiert:
    11.04.2020" under the headline): the line's own other day ("Last updated 04 Jun 2020,
    originally created 17 Jun 2019"), else a date line labelled as published among the lines
    ``around`` (the header to just below the body: "Publiziert: 03.04.2020, 12:35" closing the
    article); ``line`` when neither (``published_elsewhere``: off)."""
    if not (header.published_elsewhere and update_labelled(line)):
        return line
    if len(days := dates.written_days(line)) > 1:
        return min(days)  # published on the earliest (ISO days sort as dates)
    return next((lines[i] for i in around if date_labelled(lines[i]) and not update_labelled(lines[i])
                 and date_line(lines[i], header)), line)


def day_first(line: str, lines: list[str], body: range) -> bool:
    """Whether a slashed date that may be either (03/05/2022) is day first: as the page's
    other slashed dates show (a 27/09/2018 or a 11/19/2019 among them), else unless the
    article is in English (the month comes first in the United States only)."""
    if not slashed_days(line)[2]:
        return False
    day, month, _either = slashed_days("\n".join(lines))
    if day != month:
        return day > month
    return detect_language("\n".join(lines[i] for i in body)) != "en"
