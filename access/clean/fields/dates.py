"""Dates in one shape: ISO 8601 days from written, slashed or yearless dates; date labels; relative days."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from functools import cache, lru_cache

from access.clean.fields.wordlists import any_sentence_word, byline_words, word_alternatives
from access.clean.rules import built_once, compiled_once, read_toml
from access.document.letters import LOWER, UPPER
from access.document.model import count_words

try:  # re's engine and case table: how a case-blind pattern matches a letter
    import _sre
    from re import _casefix
except ImportError:  # another Python
    _sre = _casefix = None

EARLIEST = datetime(1990, 1, 1)
LATEST = datetime.now() + timedelta(days=2)


DIGIT = re.compile(r"\d")
OTHER_DIGIT = re.compile(r"(?![0-9])\d")  # ٢٠٢٠, ২০২০, २०२०, ２０２０


@cache
def _ascii_digits() -> dict[int, str]:
    """Every decimal digit of another script (Arabic-Indic, Bengali, Devanagari, Thai,
    full-width, …) mapped to its ASCII digit, for str.translate."""
    return {c: str(unicodedata.decimal(chr(c))) for c in range(0x80, 0x10000)
            if unicodedata.category(chr(c)) == "Nd"}


def ascii_digits(text: str) -> str:
    """``text`` with its digits in ASCII: a date written "২৯ আগস্ট ২০২০" is read as one in
    "29 আগস্ট 2020" is."""
    return text.translate(_ascii_digits()) if not text.isascii() and OTHER_DIGIT.search(text) else text


MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


@cache
def months_toml() -> dict:
    """The tables of months.toml (month names, day and clock words), read once."""
    return read_toml("months.toml")


def _month_numbers() -> dict[str, int]:
    """Each month name in months.toml, casefolded, with its number."""
    return {name.casefold(): number for number, names in enumerate(months_toml()["names"], 1)
            for name in names}


MONTH_NUMBERS = _month_numbers()
# A weekday's or a month's name, its short form or the whole ("Mon", "November"; months.toml [day_stems])
DAY_WORD = r"(?:" + "|".join(re.escape(stem) for stems in months_toml()["day_stems"].values()
                             for stem in stems) + r")[a-z]*\.?\b"


@cache
def clock_words() -> frozenset[str]:
    """Words saying a number is the hour ("Uhr", "h", "kl."): months.toml [clock_words], every language's."""
    return frozenset(word for words in months_toml()["clock_words"].values() for word in words)


@cache
def day_words() -> frozenset[str]:
    """Words a date line holds beside its day that name no person (months.toml: weekdays,
    clock and time-zone words)."""
    return frozenset(months_toml()["day_words"]) | clock_words()


def _case_class(letter: str) -> int:
    """The letters a case-blind pattern's ``letter`` matches, as one of them: re's lower case of
    it and the other letters its case table adds ('s' and 'ſ', 'i' and 'ı'); any letter of
    another class matches none of the text's letters ``letter`` matches."""
    lower = _sre.unicode_tolower(ord(letter))
    return min((lower, *_casefix._EXTRA_CASES.get(lower, ())))


def _by_first_letter(names: list[str]) -> str:
    """``names`` (escaped, each opening with a letter) as one case-blind alternation grouped by
    the letter they open with, each group's names in their order: the engine tries a place
    against one group, not against each of hundreds of names in turn (a case-blind literal is
    no first character it can rule out without entering the name). Names opening with letters
    a case-blind match tells apart (``_case_class``) never match at one place: the first match
    is the plain alternation's. (Another Python: the names as they are.)"""
    if _casefix is None or not hasattr(_sre, "unicode_tolower"):
        return "|".join(names)
    groups: dict[int, list[str]] = {}
    for name in names:
        groups.setdefault(_case_class(name[0]), []).append(name)
    return "|".join(f"{group[0][0]}(?:{'|'.join(name[1:] for name in group)})"
                    if len({name[0] for name in group}) == 1 else "|".join(group)
                    for group in groups.values())


_NAMES = "|".join(sorted(map(re.escape, MONTH_NUMBERS), key=len, reverse=True))
# (a name's first letter is looked at once: ``_by_first_letter``)
_MONTH = (r"(?P<m>(?:" + _by_first_letter(_NAMES.split("|")) + r")(?!\w)\.?|(?:" + "|".join(MONTHS)
          + r")[a-z]*\.?)")
# Thai months, with a year of the Buddhist era (543 years ahead: 2563 is 2020)
_THAI_MONTH = r"(?P<m>(?:" + "|".join(n for n in _NAMES.split("|") if "\u0e00" <= n[0] <= "\u0e7f") + r")\.?)"
BUDDHIST_ERA = 543
# The words naming a year's era before it ("12 มีนาคม พ.ศ. 2567"), or saying the number is a
# year between it and the month ("2024 թ. մարտի 12", "2020 m. rugpjūčio 29 d."): months.toml
_ERA = r"(?:(?:" + "|".join(map(re.escape, months_toml()["eras"])) + r")\s*)?"
_YEAR_MARK = r"(?:(?:" + "|".join(map(re.escape, months_toml()["year_marks"])) + r")\s+)?"
# The months of the Solar Hijri calendar (Iran's, Afghanistan's), its years 13xx and 14xx
_SOLAR_MONTH = r"(?P<sh>" + "|".join(map(re.escape, months_toml()["solar_hijri"])) + r")"
# A year ("2019", "’20"), perhaps with a time glued on ("20194:29 AM"),
_YEAR = r"(?P<y>(?:19|20)\d\d|[’']\d\d)(?=$|\D|\d{1,2}:\d\d|[0-3]?\d\.?\s)"
# or the day of the same date said again: "1. November 20161. November 2016" (published, updated)
_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
# A day glued to the name before it ("Shana Nys DambrotNovember 6, 2023", "Nadja Demel13. Mai 2022"):
# a capitalised month name after two lower-case letters, or a day and a month name.
GLUED_MONTH = re.compile(rf"(?<=[{LOWER}]{{2}})(?=(?=[{UPPER}])(?i:" + _NAMES + "|" + "|".join(MONTHS)
                         + r")[a-z]*\.?\s*[0-3]?\d(?!\d)|[0-3]?\d\.?\s+(?i:" + _NAMES + "|"
                         + "|".join(MONTHS) + r"))")
# A word that may be a month's name in any script (marks and apostrophes within: "ऑगस्ट", "d'agost")
_WORD = r"[^\s\d.,،;:/|()\[\]\"“”«»]+"


class Guarded:
    """A pattern looked for only in a text where ``needed`` finds a part every match of it
    holds: a month name first is tried at each word of a line (hundreds of names, each in
    turn), its day and year after it only where a digit is."""

    def __init__(self, pattern: re.Pattern[str], needed: re.Pattern[str]) -> None:
        self.pattern, self.needed = pattern, needed

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if self.needed.search(text) else iter(())

    def sub(self, repl: str, text: str) -> str:
        return self.pattern.sub(repl, text) if self.needed.search(text) else text


# "۲۲ اسفند ۱۴۰۲": a day of the Solar Hijri calendar, its year of 13xx or 14xx
SOLAR_DATE = re.compile(r"(?<![\d.])" + _DAY + r"\s+" + _SOLAR_MONTH + r"[,،]?\s+(?P<y>1[34]\d\d)(?!\d)")
SOLAR_YEAR = re.compile(r"1[34]\d\d")
# The wordings a visible date line takes, searched together; the first found is the day.
WRITTEN_DATES = (
    Guarded(re.compile(r"\b" + _MONTH + r"\s*" + _DAY + r",?\s+" + _YEAR, re.IGNORECASE),  # Nov. 19, 2019
            re.compile(_DAY + r",?\s+" + _YEAR, re.IGNORECASE)),
    re.compile(r"(?<![\d.])" + _DAY + r"(?:\.?\s+(?:de\s+)?|\s*/\s*)" + _MONTH
               + r"(?:,?\s+(?:de\s+|del\s+)?|\s*/\s*)" + _YEAR,
               re.IGNORECASE),  # 19 Nov 2019, 19. November 2019, 19 de noviembre de 2019, 29 / Dez / 2022
    re.compile(r"(?<![\d.])" + r"(?P<y>(?:19|20)\d\d)[-/.](?P<m>[01]?\d)[-/.](?P<d>[0-3]?\d)(?!\d)"),
    # 03.Mär.19, 03-Mar-2019: a short form (a date table's, a form's)
    re.compile(r"(?<![\w.])" + _DAY + r"(?P<sep>[.-])" + _MONTH + r"(?:(?<=\.)|(?P=sep))(?P<y>(?:19|20)?\d\d)"
               r"(?![\d.:])", re.IGNORECASE),
    # 2016年8月3日, 2016년 8월 3일: the day's sign with it (a date line holds no word besides)
    re.compile(r"(?P<y>(?:19|20)\d\d)\s*[年년]\s*(?P<m>[01]?\d)\s*[月월]\s*(?P<d>[0-3]?\d)(?:\s*[日号號일])?"),
    # 21 ม.ค. 2561, 12 มีนาคม ค.ศ. 2024
    re.compile(r"(?<![\d.])" + _DAY + r"\s*" + _THAI_MONTH + r"\s*" + _ERA + r"(?P<y>25\d\d|20\d\d)(?!\d)"),
    re.compile(r"(?<![\d.])(?P<d>[0-3]?\d)\.\s(?P<m>[01]?\d)\.\s(?P<y>(?:19|20)\d\d)(?!\d)"),  # 13. 1. 2020
    # A month of any other language, as a word looked up in world_months(): "29 ஆகஸ்ட் 2020",
    # "29 d'agost de 2020", "29 tháng 8, 2020", "2020. augusztus 29.", "2020 m. rugpjūčio 29 d."
    re.compile(r"(?<![\d.])" + _DAY + r"\.?\s+(?:de\s+)?(?P<w>" + _WORD + r"(?:\s(?:" + _WORD
               + r"|[01]?\d))??)\.?[,،]?\s+(?:de\s+|del\s+|năm\s+)?" + _ERA
               + r"(?P<y>(?:19|20)\d\d)(?!\d)"),
    re.compile(r"(?<![\d.])(?P<y>(?:19|20)\d\d)\.?\s+" + _YEAR_MARK + r"(?P<w>" + _WORD + r")\s+" + _DAY
               + r"(?!\d)"),
    SOLAR_DATE,
    re.compile(r"(?<![\d/.])(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:19|20)?\d\d)"
               r"(?:(?<=\d{4})(?=\d{1,2}:\d\d)|(?![\d/.](?![0-3]?\d[/.])))"),  # or the same date again:
    # "17/11/201917/11/2019", or a time glued on: "19.2.202016:20"
)


@cache
def world_months() -> dict[str, int]:
    """Month names in the 200-odd languages of dateparser's CLDR data (full, genitive and short
    forms), casefolded, with their number, months.toml's own kept: world_months.toml, read on
    first use by a date line no pattern above could read (a few milliseconds; built from
    dateparser's data it took over a hundred: tests/clean/test_world_months.py builds it)."""
    return {name: number for number, names in enumerate(read_toml("world_months.toml")["names"], 1)
            for name in names} | MONTH_NUMBERS


def _world_month(words: str) -> int:
    """The month a word or two name (0 when none): after a weekday too ("31 Donnerstag Okt 2019")."""
    weekday, _, month = words.partition(" ")
    return world_months().get(words, 0) or (world_months().get(month, 0) if weekday in day_words() else 0)


def _written_day(match: re.Match[str], day_first: bool = False) -> str:
    """The day a WRITTEN_DATES match names ("" when it is no real day in range); ``day_first``:
    a slashed date that may be either is read day first (03/05/2022 is 3 May)."""
    parts = match.groupdict()
    if "a" in parts:  # 11/19/2019 is month first; 27/09/2018 and 25.09.2018 are day first
        a, b = int(parts["a"]), int(parts["b"])
        month, day = (b, a) if a > 12 or ((parts["sep"] == "." or day_first) and b <= 12) else (a, b)
        year = int(parts["y"]) + (2000 if len(parts["y"]) == 2 else 0)
    elif "sh" in parts:
        return _solar_hijri_day(int(parts["y"]), months_toml()["solar_hijri"].index(parts["sh"]) + 1,
                                int(parts["d"]))
    elif "w" in parts:
        month = _world_month(parts["w"].casefold().rstrip("."))
        day, year = int(parts["d"]), int(parts["y"])
    else:
        m = parts["m"].casefold().rstrip(".")
        month = int(m) if m.isdigit() else MONTH_NUMBERS.get(m) or MONTHS.index(m[:3]) + 1
        year = parts["y"].lstrip("’'")  # "’20", "19": this century's
        day, year = int(parts["d"]), int(year) + (2000 if len(year) == 2 else 0)
        year -= BUDDHIST_ERA if year >= 2400 else 0
    try:
        found = datetime(year, month, day)
    except ValueError:
        return ""
    return found.strftime("%Y-%m-%d") if EARLIEST <= found <= LATEST else ""


def _solar_hijri_day(year: int, month: int, day: int) -> str:
    """The Gregorian day (YYYY-MM-DD) of a Solar Hijri one, by ICU's Persian calendar ("" when
    it is none, or out of range)."""
    import icu

    calendar = icu.Calendar.createInstance(icu.TimeZone.getGMT(), icu.Locale("fa_IR@calendar=persian"))
    calendar.setLenient(False)
    calendar.clear()
    calendar.set(year, month - 1, day)
    try:
        found = datetime.fromtimestamp(calendar.getTime(), UTC).replace(tzinfo=None)
    except icu.ICUError:
        return ""
    return found.strftime("%Y-%m-%d") if EARLIEST <= found <= LATEST else ""


@lru_cache(maxsize=256)
def written_date(text: str, day_first: bool = False) -> str:
    """The first day a line writes out in one of the common wordings ("" when none);
    remembered for a page's lines: the header's, the byline's and the date's rules ask of the same."""
    return next((day for m in _day_matches(text) if (day := _written_day(m, day_first))), "")


# What every WRITTEN_DATES wording holds: a year of four digits (a Thai one: 25xx), or of two
# after an apostrophe or a date's separator ("Nov 19, ’19", "03-Mar-19", "17/11/19"); a Solar Hijri
# date's year (13xx, 14xx) is looked for apart: SOLAR_YEAR
WRITTEN_YEAR = re.compile(r"(?:19|20|25)\d\d|[’'./-]\d\d")


def _day_matches(text: str) -> list[re.Match[str]]:
    """The WRITTEN_DATES wordings found in a line, in their order (none asked of a line with no
    year: most lines with a digit have none, "3 Kommentare", "Seite 12")."""
    text = ascii_digits(text)
    if not WRITTEN_YEAR.search(text):  # (a Solar Hijri year alone: its one wording only)
        return list(SOLAR_DATE.finditer(text)) if SOLAR_YEAR.search(text) else []
    return sorted((m for pattern in WRITTEN_DATES for m in pattern.finditer(text)), key=lambda m: m.start())


SLASHED = WRITTEN_DATES[-1]


# A day written without its year ("Nov 18", "Posted Nov 19, 6:51 AM", "Publicado el 11 de mayo"):
# a site leaves the year out for this year's pieces.
YEARLESS = (
    re.compile(r"(?<!\w)" + _MONTH + r"\s*" + _DAY + r"(?![\d:])(?!,?\s+(?:19|20)\d\d)", re.IGNORECASE),
    re.compile(r"(?<![\d.])" + _DAY + r"\.?\s+(?:de\s+)?" + _MONTH + r"(?!\w)(?!\.?,?\s+(?:de\s+)?\d)",
               re.IGNORECASE),
)
YEAR_ALONE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
COPYRIGHT_YEAR = re.compile(r"(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d\d\s*[-–]\s*)?((?:19|20)\d\d)(?!\d)",
                            re.IGNORECASE)


def copyright_year(lines: list[str]) -> int:
    """The latest year a copyright notice on the page names ("© 2019 Cleveland.com"; 0 when none):
    the year the page was made."""
    return max((int(m[1]) for line in lines if "©" in line or "opyright" in line or "(c)" in line.casefold()
                for m in COPYRIGHT_YEAR.finditer(line)), default=0)


def _month_word(word: str) -> bool:
    """Whether a casefolded word is a month's name or short form (months.toml's, or English)."""
    return word in MONTH_NUMBERS or word[:3] in MONTHS


def yearless_month_day(line: str) -> tuple[int, int]:
    """The month and day a line of only a day without its year names ("Nov 18", "Updated Nov 19,
    6:55 AM;Posted Nov 19, 6:51 AM"): weekday, clock and label words beside it only; (0, 0) else."""
    if not DIGIT.search(line) or count_words(line) > MAX_DATED_NAME_WORDS or YEAR_ALONE.search(line):
        return 0, 0  # a year after all ("Jan 04 09:34 2021": after the time)
    if not any(_month_word(word) for word in re.findall(r"[^\W\d_]+", line.casefold())):
        return 0, 0  # (a few look-ups before the patterns of every month name)
    for pattern in YEARLESS:
        if not (found := pattern.search(line)):
            continue
        rest = label_on().sub("", " " + pattern.sub(" ", line)).casefold()
        if not all(w in _plain_date_words() for w in re.findall(r"[^\W\d_]+", rest)):
            return 0, 0
        name = found["m"].casefold().rstrip(".")
        return MONTH_NUMBERS.get(name) or MONTHS.index(name[:3]) + 1, int(found["d"])
    return 0, 0


def yearless_day(line: str, year: int) -> str:
    """The day a line of only a day without its year names, in ``year`` (as YYYY-MM-DD; "" else)."""
    month, day = yearless_month_day(line)
    try:
        return datetime(year, month, day).strftime("%Y-%m-%d") if year and month else ""
    except ValueError:
        return ""


OPENING_CHARS = 40  # a day opening a line is written within these ("Mittwoch, 20. September 2017")


def opening_day(text: str) -> str:
    """The day a line opens with, written out in one of the common wordings ("" when it opens
    otherwise): a dateline before the article's first words or a post's meta line ("05.12.2022 |
    Paris (iwr-pressedienst) - Was …", "20. April 2017 Matthias Weber Amazon, Big Data, …")."""
    head = text.lstrip()[:OPENING_CHARS]
    first = head.split(maxsplit=1)[0].casefold().rstrip(".,") if head else ""
    if not (head[:1].isdigit() or first in day_words() or _month_word(first)):
        return ""  # (no day opens it: the patterns not asked)
    found = _day_matches(head)
    return _written_day(found[0]) if found and found[0].start() == 0 else ""


def written_days(text: str) -> list[str]:
    """Every day a line writes out in one of the common wordings, in order ("Last updated 04
    Jun 2020, originally created 17 Jun 2019": both)."""
    return [day for m in _day_matches(text) if (day := _written_day(m))]


def slashed_days(text: str) -> tuple[int, int, int]:
    """Of the slashed dates in ``text``: how many can only be day first (27/09/2018), only
    month first (11/19/2019), and either (03/05/2022)."""
    found = [(int(m["a"]), int(m["b"])) for m in SLASHED.finditer(text) if m["sep"] == "/"]
    return (sum(a > 12 >= b for a, b in found), sum(b > 12 >= a for a, b in found),
            sum(a <= 12 and b <= 12 and a != b for a, b in found))


def iso_date(text: str, written: bool = True, day_first: bool = False) -> str:
    """The calendar day a date line or timestamp names, as YYYY-MM-DD ("" when none): the
    common wordings first (unless ``written`` is off), then htmldate's own patterns;
    ``day_first``: a slashed date that may be either is day first."""
    if not text or not DIGIT.search(text):
        return ""  # every wording of a day has a digit
    text = ascii_digits(text)
    if written and (day := written_date(text, day_first)):
        return day
    for part in re.split(r"\s[|;]\s?|;", text):
        # htmldate reads no date in fewer digits: such a part needs no htmldate loaded
        if sum(map(str.isdigit, part)) >= HTMLDATE_DIGITS and (found := htmldate_day(part)):
            return found
    return ""


HTMLDATE_DIGITS = 4  # htmldate's try_date_expr: a date has 4 to 18 digits


def htmldate_day(text: str) -> str | None:
    """htmldate's own patterns only (its dateparser fallback costs a third of a second a
    line); imported on first use, as htmldate brings urllib3, ssl and dateutil (~95 ms)."""
    from htmldate.extractors import try_date_expr

    return try_date_expr(text, "%Y-%m-%d", False, EARLIEST, LATEST)


@built_once
def _posted_footer() -> re.Pattern[str]:
    return compiled_once(rf"^\s*(?:{word_alternatives('posted_footers')})\s", re.IGNORECASE)


def posted_footer(line: str) -> bool:
    """Whether a line is a blog theme's footer naming the post's day ("This entry was posted on
    …", "Dieser Beitrag wurde am 04/02/2020 von kj in … veröffentlicht")."""
    return bool(_posted_footer().match(line))


@cache
def _opening_label(key: str) -> re.Pattern[str]:
    """A line opening with one of the labels bylines.toml lists under ``key``."""
    return compiled_once(rf"^\s*(?:{word_alternatives(key)})\b", re.IGNORECASE)


@built_once
def date_label() -> re.Pattern[str]:
    """A line opening with a publishing label ("Published", "Veröffentlicht", "Publicado")."""
    return _opening_label("date_labels")


@built_once
def label_on() -> re.Pattern[str]:
    """A publishing label after a byline's names and all after it ("… Last updated Nov 8")."""
    labels = word_alternatives("date_labels")
    return compiled_once(rf"\s+(?:{labels})\b.*$", re.IGNORECASE)


def date_labelled(line: str) -> bool:
    """Whether a line opens with a publishing label ("Published …", "Veröffentlicht am …")."""
    return bool(date_label().match(line))


@built_once
def _update_label() -> re.Pattern[str]:
    """A line opening with a label dating a change ("Updated", "Aktualisiert am", "Stand:")."""
    return _opening_label("updated_labels")


def update_labelled(line: str) -> bool:
    """Whether a line dates a change ("Updated …", "Aktualisiert am …", "Stand: …"), not the article."""
    return bool(_update_label().match(line))


@cache
def _plain_date_words() -> frozenset[str]:
    """The words a bare date line may hold beside its day: day words and date labels."""
    return day_words() | byline_words()["date_labels"]


def bare_date(line: str) -> bool:
    """Whether a line is a day and nothing else but weekday, clock and label words ("28.
    November 2022", "Mi, 18. Oktober 2023 um 12:50 Uhr", "Published: 03 December 2019")."""
    if not DIGIT.search(line) or count_words(line) > MAX_DATED_NAME_WORDS or not written_date(line):
        return False
    text = line
    for pattern in WRITTEN_DATES:
        text = pattern.sub(" ", text)
    plain = _plain_date_words()
    return all(w in plain for w in re.findall(r"[^\W\d_]+", label_on().sub("", " " + text).casefold()))


DATED_HEADLINE_WORDS = 5  # words beside the day, a sentence's among them, that make a headline


def dated_headline(line: str) -> bool:
    """Whether a line naming a day is a headline dated ("23.01.2022 - Dorothea Wierer darf beim
    Antholz-Abschluss noch jubeln", "Andacht zur Friedensdekade in der …, 11. November 2021"),
    not a dateline: on one side of its day only (a meta line has words on both: "Aus der Region
    6. November 2023 15:00 Kommentar schreiben") it has ``DATED_HEADLINE_WORDS`` words or more,
    no label ("Redaktion: …") and a word of a sentence ("17. Februar 2020 Frau Sabienes
    Kommentare 4 Kommentare" has none)."""
    text = line
    for pattern in WRITTEN_DATES:
        text = pattern.sub("\0", text)
    if "\0" not in text:
        return False
    sides = [[w for w in re.findall(r"[^\W\d_][\w’'-]*:?", side) if w.casefold() not in day_words()]
             for side in (text.split("\0")[0], text.split("\0")[-1])]  # (clock words aside: "18 Uhr")
    words = sides[0] + sides[1]
    return (len(words) >= DATED_HEADLINE_WORDS and not any(w.endswith(":") for w in words)
            and not all(sides) and any_sentence_word(words))
MAX_DATED_NAME_WORDS = 12  # a date line naming its writer beside the day is no longer


def _how_long_ago() -> str:
    """How long ago, as a regular expression ("vor 2 Stunden", "3 hours ago", "hace 5 horas")."""
    units = word_alternatives("relative_units")
    return (rf"(?:(?:{word_alternatives('relative_before')})\s+\d+\s+(?:{units})"
            rf"|\d+\s+(?:{units})\s+(?:{word_alternatives('relative_after')}))")


@built_once
def _relative_day() -> re.Pattern[str]:
    """A line of only how long ago ("vor 2 Stunden", "3 hours ago", "hace 5 horas")."""
    return compiled_once(rf"^{_how_long_ago()}$", re.IGNORECASE)


def relative_day(line: str) -> bool:
    """Whether a line only says how long ago a piece was posted ("VOR 2 STUNDEN", "2 days ago")."""
    return bool(_relative_day().match(" ".join(line.split())))


@built_once
def relative_tail() -> re.Pattern[str]:
    """How long ago closing a line, after a separator or a publishing label perhaps ("… 1 day
    ago", "… | Publicado hace 3 horas")."""
    labels = word_alternatives("date_labels")
    return compiled_once(rf"(?:\s*[|/·•–—,-])?\s+(?:(?:{labels})\s+)?{_how_long_ago()}$", re.IGNORECASE)


@built_once
def _within_day() -> re.Pattern[str]:
    """A piece posted within the day: "vor 2 Stunden", "6 hours ago", "vor einer Stunde",
    "dzisiaj, 08:07", "Today 12:01 AM" (a word for today before a time of day)."""
    units, count = word_alternatives("relative_hour_units"), rf"(?:\d+|{word_alternatives('relative_one')})"
    at_time = r",?\s+(?:um\s+|at\s+|à\s+|a las\s+)?\d{1,2}[:.h]\d\d"
    return compiled_once(rf"(?<!\w)(?:(?:{word_alternatives('relative_before')})\s+{count}\s+(?:{units})"
                         rf"|{count}\s+(?:{units})\s+(?:{word_alternatives('relative_after')})"
                         rf"|(?:{word_alternatives('today_words')}){at_time})"
                         r"(?!\w)", re.IGNORECASE)


def within_day(line: str) -> bool:
    """Whether a line says the piece was posted hours or minutes ago, or today at a time."""
    return bool(_within_day().search(" ".join(line.split())))


def newest_day(lines: list[str], least: int = 1) -> str:
    """The latest day ``lines`` write out in one of the common wordings, when they write ``least``
    days at least ("" when fewer)."""
    days = {day for line in lines if DIGIT.search(line) for day in written_days(line)}
    return max(days) if len(days) >= least else ""
