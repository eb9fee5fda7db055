"""Dates in one shape: a day written in any wording becomes an ISO 8601 day."""

from pathlib import Path

import pytest

from access.clean.fields.dates import WRITTEN_DATES, WRITTEN_YEAR, bare_date, iso_date, slashed_days
from access.clean.text.header.date import listed_date
from access.document.model import UNSPACED, count_words


def test_dates_in_any_wording_become_iso_days():
    assert iso_date("Published Nov 18, 2019 at 4:07 PM | Updated at 5:36 PM CST on Nov 18, 2019") \
        == "2019-11-18"
    assert iso_date("Von Moritz Bachmann publiziert am 25. September 2018") == "2018-09-25"
    assert iso_date("Updated 5:36 PM") == ""
    assert iso_date("segunda-feira, 22 de janeiro de 2018 às 0:13") == "2018-01-22"
    assert iso_date("el 3 de mayo del 2015") == "2015-05-03"
    assert iso_date("12 września 2021") == "2021-09-12"
    assert iso_date("3 января 2020 г.") == "2020-01-03"
    assert iso_date("5 août 2017") == "2017-08-05"
    assert iso_date("City expands bus network") == ""
    assert iso_date("Author: Gàbor Muniér, Datum: 03.Mär.19") == "2019-03-03"  # day, short month, year
    assert iso_date("03-Mar-2019") == "2019-03-03"
    assert iso_date("v1.dec.20") == ""  # a version, no day
    assert iso_date("31 Donnerstag Okt 2019") == "2019-10-31"  # a weekday between the day and the month
    assert iso_date("3 Jahre Okt 2019") == ""


@pytest.mark.parametrize(("line", "day"), [
    ("Nov. 19, 2019 8:03 am ET", "2019-11-19"),
    ("Updated 1:39\xa0am EST, Wednesday, November 20, 2019", "2019-11-20"),
    ("PUBLISHED WED, NOV 20 20194:29 AM ESTUPDATED AN HOUR AGO", "2019-11-20"),  # time glued on
    ("5:45 AM PST 11/19/2019 by Patrick Shanley", "2019-11-19"),
    ("BY KASHMIRA GANDER ON 11/13/19 AT 4:00 PM EST", "2019-11-13"),
    ("Carlos Nadalim 27/09/2018 Comente!", "2018-09-27"),  # day first when the month cannot be 27
    ("- Nov. 18th 2019 8:54 am PT", "2019-11-18"),
    ("2016年08月03日", "2016-08-03"),
    ("Updated 3 hours ago", ""),  # never invented from today
    ("Updated Nov 19, 6:55 AM", ""),  # no year: no day
    ("March 32, 2019", ""),
])
def test_visible_date_lines_in_the_common_wordings(line, day):
    assert iso_date(line) == day


@pytest.mark.parametrize(("line", "day"), [
    ("17/11/201917/11/2019 ~ Cem Basman", "2019-11-17"),  # published and updated glued together
    ("Vie 22 Abr 2022 04:41h", "2022-04-22"), ("01. Dez. 2022 | 14:08 Uhr", "2022-12-01"),
])
def test_short_month_forms_and_glued_slashed_dates(line, day):
    assert iso_date(line) == day


@pytest.mark.parametrize(("line", "day"), [
    ("13. 1. 2020", "2020-01-13"),  # taz.de, spaced
    ("19.2.202016:20päivitetty 19.2.202016:20", "2020-02-19"),  # uusisuomi.fi, a time glued on
    ("veröffentlicht am 14 Feb ’20 | Kategorien: Social Media", "2020-02-14"),  # doschu.com
    ("29 / Dezember / 2022", "2022-12-29"),  # fogsmagazin.com
])
def test_more_wordings_of_a_day_sites_write(line, day):
    assert iso_date(line) == day


def test_a_slashed_date_that_may_be_either_is_day_first_when_asked():
    assert iso_date("Por Adriano Fernandes | 03/05/2022 20:36") == "2022-03-05"
    assert iso_date("Por Adriano Fernandes | 03/05/2022 20:36", day_first=True) == "2022-05-03"
    assert slashed_days("12/04/2020 by Kay\n16/04/2020 at 12:35 am") == (1, 0, 1)


@pytest.mark.parametrize(("line", "bare"), [
    ("Veröffentlicht: 22. August 2012", True), ("Mi, 18. Oktober 2023 um 12:50 Uhr", True),
    ("Termin: Montag, 15. November 2021 um 10.30 Uhr", False),
    # a day's sign after a Chinese, Japanese or Korean date, a weekday and an hour beside it
    ("2016年08月03日", True), ("2016年8月3日（水） 12時30分", True), ("2016년 8월 3일 (수) 오후 12:30", True),
    ("2016年8月3日 星期三", True),
    ("1975年1月28日出生于新加坡", False),  # (baike.baidu.com, held-out: a sentence)
    # Nordic weekdays
    ("tisdag 3 maj 2022", True), ("Tirsdag d. 3. maj 2022", True), ("torstai 5.5.2022 klo 12.30", True),
    ("lørdag 7. mai 2022", True),
])
def test_a_line_of_only_a_day(line, bare):
    assert bare_date(line) is bare


def test_a_guarded_date_pattern_finds_what_it_would_alone():
    """The month-first wording is looked for only where a day and a year follow each other:
    the same days found, and none where they do not."""
    guarded = WRITTEN_DATES[0]
    texts = ["Nov. 19, 2019", "Updated 11:21 pm CST, Tuesday, November 19, 2019", "March 3rd ’20",
             "November 2019", "19 November 2019", "Published on Jan 5,  2021 at noon", "No date here"]
    assert [[m.span() for m in guarded.finditer(t)] for t in texts] == [
        [m.span() for m in guarded.pattern.finditer(t)] for t in texts]
    assert [guarded.sub("|", t) for t in texts] == [guarded.pattern.sub("|", t) for t in texts]
    assert sum(bool(list(guarded.finditer(t))) for t in texts) == 4


@pytest.mark.parametrize("line", [
    "Nov. 19, 2019", "March 3rd ’20", "19. November 2019", "2016年8月3日", "21 ม.ค. 2561", "13. 1. 2020",
    "03.Mär.19", "03-Mar-19", "17/11/19", "19.2.202016:20", "29 d'agost de 2020", "2020. augusztus 29.",
])
def test_every_written_wording_holds_the_year_lines_are_first_tested_for(line):
    """A line with no WRITTEN_YEAR is asked no wording: each wording's matches hold one."""
    found = [m[0] for pattern in WRITTEN_DATES for m in pattern.finditer(line)]
    assert found and all(WRITTEN_YEAR.search(text) for text in found)


def test_a_chinese_headline_listed_with_its_day_dates_the_page():
    """A Chinese headline is one run without spaces ("益阳：“数字”是优长", banyuetan.org, held-out):
    split at spaces it was one word, too short to be the page's own item in a list of posts;
    counted by its words (access.document.model.count_words) it is a headline."""
    lines = ["学习站", "益阳：“数字”是优长 2020-01-02", "来源：半月谈网"]
    assert listed_date(lines, "益阳：“数字”是优长") == "2020-01-02"


def test_latin_lines_count_their_words_as_split_does():
    """count_words replaced ``len(line.split())`` where a word limit decides: on a line of a
    spaced script the two agree, so Latin pages keep their outputs."""
    pages = sorted((Path(__file__).parents[1] / "data" / "copied").glob("*-[a-z][a-z].txt"))
    lines = [line for page in pages if not page.name.endswith(("-zh.txt", "-ja.txt"))
             for line in page.read_text(encoding="utf-8").splitlines() if not UNSPACED.search(line)]
    assert len(lines) > 1000
    assert all(count_words(line) == len(line.split()) for line in lines)


def test_the_month_names_grouped_by_their_first_letter_match_as_the_plain_alternation():
    """The date patterns' month names are one alternation grouped by first letter (dates._MONTH):
    each pattern finds what it finds with the names in one plain alternation, the same spans and
    parts, on the copied test texts' lines and on letters a case-blind match reads alike."""
    import re

    from access.clean.fields import dates

    plain = (r"(?P<m>(?:" + dates._NAMES + r")(?!\w)\.?|(?:" + "|".join(dates.MONTHS) + r")[a-z]*\.?)")
    assert plain != dates._MONTH
    patterns = [p.pattern if isinstance(p, dates.Guarded) else p for p in WRITTEN_DATES]
    patterns += dates.YEARLESS
    pairs = [(re.compile(p.pattern.replace(dates._MONTH, plain), p.flags), p)
             for p in patterns if dates._MONTH in p.pattern]
    assert len(pairs) >= 4
    folder = Path(__file__).parents[1] / "data" / "copied"
    lines = [line for path in sorted(folder.glob("*.txt"))
             for line in path.read_text(encoding="utf-8").splitlines() if any(map(str.isdigit, line))]
    lines += ["ſeptember 3, 2020", "SEPTEMBER 3 2020", "Sept. 3, 2020", "3. MÄRZ 2020", "3 Kasım 2020",
              "3 KASIM 2020", "3 ŞUBAT 2020", "3 de març de 2020", "5 Ιουνίου 2020", "5 ИЮНЯ 2020"]
    lines += [form.format(name.capitalize() if i % 2 else name.upper(), i % 28 + 1)
              for i, name in enumerate(dates.MONTH_NUMBERS) for form in ("{} {}, 2020", "am {}. {} 2020")]
    lines += [f"{i % 28 + 1} {name} 2020" for i, name in enumerate(dates.MONTH_NUMBERS)]
    found = 0
    for old, new in pairs:
        for line in lines:
            spans = [(m.span(), m.groupdict()) for m in old.finditer(line)]
            assert [(m.span(), m.groupdict()) for m in new.finditer(line)] == spans, line
            found += len(spans)
    assert found > 100
