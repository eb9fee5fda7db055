"""Written text → the words to say: numbers, money, dates, times, abbreviations and symbols.

Every language's words and forms are data (``rules/<lang>.toml``); this module holds only
the patterns, applied in a fixed order (thousands apart by plain spaces marked first, addresses
before numbers, numeric dates before phone numbers, times before scores (2:1 is what they leave)
and money (13.47 Uhr is a time), money before plain numbers, dates before ranges, ranges before
signs (2019-2021 holds no minus), …). num2words says what numbers are
left, ordinals, years and regnal numbers, in words: engines (and espeak-ng's phonemes) read
digits and words a little differently. The original wording is never changed: only the
speech the engine is handed."""

from __future__ import annotations

import logging
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files

from num2words import num2words

from access.speech.kana import kana

LOG = logging.getLogger(__name__)

NUMBER_STYLES = {  # a written number, by convention of thousands and decimals
    "en": r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?",
    "fr": r"\d+(?:,\d+)?",  # 12 000,5: thousands apart by spaces are the table's group_separators
    "de": r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?",
    # either convention, the number's own shape to tell which (Rules.split): Spanish
    "either": r"\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?",
}
# Thousands set apart by a space or an apostrophe (3 500, 3\u202f500, Swiss 1'396.342): a first
# group of one to three digits (no leading zero: 030 123 is a phone number's), then groups of
# exactly three. Which separators a language writes so is its table's ``group_separators``.
GROUPED = r"(?<![+\d])(?<!\d[{seps}])[1-9]\d{{0,2}}(?:[{seps}]\d{{3}})+(?![{seps}]?\d)"
# A plain space is weaker evidence (two numbers side by side, a phone number's groups): a run
# of groups with plain spaces counts only after no digit, no ":", "/", "+" or ")" (09:21 571
# Kommentare, +49 221 / 50 800 100), and a first group of three digits only before groups that
# end in 0 (750 000 people; the hotline 116 117 and an article's 460 208 are no thousands).
PLAIN_GROUPED = re.compile(r"(?<![\d.,'’])(?<!\d )[1-9]\d{0,2}(?: \d{3})+(?![ \u00a0\u202f]?\d|[.,]\d{3})")
NOT_BEFORE_GROUPS = re.compile(r"(?:[\d:/+)]|\d\s?[-–])\s*$")
GROUP_DECIMAL = {"en": r"(?:\.\d+)?", "fr": r"(?:,\d+)?", "de": r"(?:,\d+)?", "either": r"(?:[.,]\d+)?"}
# -5 °C, (−3,2 %): not 2019-2021 nor a-5 nor 10 -14 (a range) nor 0221 -2 809 (a phone's)
SIGN = re.compile(r"(?<![^\s(\[])(?<!\d\s)[-\u2212](?=\d)")
# 2:1, 0:3, 15:6: what the times pass left, a single digit on one side (27:37 min is a length,
# 1978;92:35 a journal's volume and page)
SCORE = re.compile(r"(?<![\w.,:;/])(\d:\d{1,2}|\d{2}:\d)(?![\w:]|[.,]\d)")
# 50:50, 60/40, 80-20: two shares of a hundred, multiples of five, a split (no time: its
# minutes would pass 59; rising and with a hyphen, 40-60, it is a range; 9/91 is no split)
SPLIT = re.compile(r"(?<![\w.,:;/–-])(\d{1,2})([:/–-])(\d{1,2})(?![\w:/–-]|[.,]\d)")
# A season or a school year, 2023/24: a year and the next one's last two digits (no slash said)
SEASON = re.compile(r"(?<![\w/.,-])(1[89]\d\d|20\d\d)/(\d\d)(?![\w/]|[.,]\d)")
ROMAN = re.compile(r"^(?=[IVXL])(XL|L?X{0,3})(IX|IV|V?I{0,3})$")
ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}
EMAIL = re.compile(r"(?<![\w.+-])([\w.+-]+)@([\w-]+(?:\.[\w-]+)+)")
URL = re.compile(r"(?:https?://|www\.)[^\s<>\"]+|(?<![\w@./-])(?:[a-z0-9-]+\.)+"
                 r"(?:com|org|net|gov|edu|int|info|news|io|uk|fr|de|es|eu|ca|au)\b(?:/[^\s<>\"]*)?")
PHONE = re.compile(r"(?<![\w+])(?:\+\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){2,5}"  # +1 202-555-0199
                   r"|(?:\(\d{3}\)\s?|\d{3}[-.])\d{3}[-.]\d{4}"  # (555) 123-4567, 555-123-4567
                   r"|\(\d{2}\)\s?(?!(?:1[89]|20)\d\d-(?:1[89]|20)\d\d(?!\d))\d{4,5}-\d{4}"  # (67) 3316-7200,
                   # (11) 98765-4321; not "(10) 1998-2002", a numbered item's years
                   r"|0\d(?:[\s.]\d{2}){4}"  # 01 23 45 67 89
                   r"|0\d{2,4}[\s/-]\d{4,8})(?![\w-])")  # 030 12345678, 0711/1234567
# Two groups of four digits: a local phone number (El Salvador, Guatemala, Costa Rica: 2222-3333)
# or an ISSN (2197-7437), read digit by digit, unless they read as a range (_is_range).
FOUR_FOUR = re.compile(r"(?<![\w.,/+-])(\d{4})-(\d{4})(?![\w-]|[.,]\d)")
# A phone number after the word that gives it (Tel.: +49 (0) 30 123 45-0, call 911, Llame al
# 116 000): the word, a colon or a full stop, at most one short word ("le", "al", "NHS"), then
# digits in groups apart by spaces, slashes, hyphens, points or a "(0)".
# A second number after "or" ("call 0800 123 456 or 0800 654 321") is one too.
CALLED_NUMBER = (r"\+?(?:\(\d+\)[ \u00a0]?)?\d+(?:(?:[ \u00a0]?[/–-][ \u00a0]?|[ \u00a0.]"
                 r"|[ \u00a0]?\(0\)[ \u00a0]?)\d+)*")
CALLED = (r"(?<![\w.])(?P<word>{words})\b\.?(?:[ \u00a0]?:)?[ \u00a0\t]*(?P<short>[^\W\d_]{{1,3}}[ \u00a0]+)?"
          rf"(?P<number>{CALLED_NUMBER})(?![\w.,]\d|[\w@%€$£])"
          r"(?:(?P<or>[ \u00a0]+(?:{ors})[ \u00a0]+(?:[^\W\d_]{{1,3}}[ \u00a0]+)?)"
          rf"(?P<number2>{CALLED_NUMBER})(?![\w.,]\d|[\w@%€$£]))?")
DIGIT = re.compile(r"\d")
SIGNED_DIGIT = re.compile(r"[-\u2212+]\d")
# call 300 reservists: a count, a lower-case plural after the number (the language's
# ``phone_words.plural``: how many letters at least, its endings, the letters an ending may not
# follow (unless: no plural), and the words of that shape that are no plurals: "después")
PLURAL_AFTER = r"[ \u00a0]+(?!(?:{words})\b)(?=[^\W\d_A-ZÀ-Ý]{{{letters},}}\b)\w*{not_after}(?:{endings})\b"
# A phone number's last group apart by a space (Call 911 24 hours: no group of it), and the
# most digits a phone number has (E.164)
PHONE_LAST_GROUP = re.compile(r"(?<=\d)[ \u00a0]+\d+$")
MAX_PHONE_DIGITS = 15
TRAILING = ".,;:!?)]}'\""
# A number this many digits long or longer is read digit by digit (an ID, a serial, a hostile
# page): num2words stops at 10**30 in Spanish, Python's int() at 4,300 digits.
LONG_NUMBER_DIGITS = 16
LONG_DIGITS = re.compile(rf"\d{{{LONG_NUMBER_DIGITS},}}")
# … up to this many: a longer run is said as its length ("a number of 20,001 digits"); read out
# digit by digit, a hostile page's 100,000-digit number was nine hours of audio
MAX_DIGITS_SAID = 40
# … and so is a number of three digits or more left that opens on a zero (a tax number,
# 06598550587, a postcode, 00184, 01067 Dresden, 007): no amount is written so, and said as a
# number it lost its zeros (05 is left a number: Mai 05, Band 01)
CODE = re.compile(r"0\d{2,}")
MULTIPLIED = re.compile(r"\d ?x")  # whether _multiplied has work
# … and a count of things in a list of parts ("1x HDMI, 2x USB-C"): the number before an
# initialism is how many, not how many times ("once HDMI" was said)
COUNTED_ITEMS = re.compile(r"(?<![\w.,])(\d{1,2})x(?= [A-Z][A-Z0-9]+\b)")
# … and, where nouns are capitalised (a table's ``counted_items``), one before a noun ("Lieferumfang:
# 1x Fernbedienung, 2x Batterien"); "1x täglich" and, after the table's ``counted_items_not_after``
# ("Er war 3x Weltmeister"), the count stays how many times
LISTED_ITEMS = re.compile(r"(?<![\w.,])(\d{1,2}) ?x (?=([A-ZÄÖÜ]\w*))")
FEET_INCHES = re.compile(r"(?<![\w.,'’])([1-9])['’′]\s?(\d|1[01])(?:\"|”|″|'')(?!\w)")  # 6'2": a height
# … and x glued between two short numbers: dimensions, a four-wheel drive, a relay (4x4, 2x2,
# 4x100m: "four by four"); not 0x08 (hexadecimal) nor 1030x568 (a file's size)
GLUED_BY = re.compile(r"(?<![\w.,])([1-9]\d?)x(\d{1,3})(?![\dx]|[.,]\d|[^\W\d_]*\d)")
INITIAL = re.compile(r"\.[ \u00a0][A-Z][a-z]")  # after a letter: Michael L. Anderson (_regnal)
DAY_MONTH = re.compile(r"(?<![\d.,])(\d{1,2})\.(0[1-9]|1[0-2])\.(?![\d.]|[ \u00a0]?\d)")  # 12.03.: no year
# the next quote mark at a word's edge: an opening one ('85, 'new) or a closing one ('17%', chins')
NEXT_QUOTE = re.compile(r"(?<!\w)['’](?=\w)|(?<=\S)(?P<close>['’])(?!\w)")
VERSE_NUMBERS = re.compile(r"\d[:,.]\d")  # … and _verses
CONTRACTION = re.compile(r"['’](?:m|ve|ll|d)\b")  # I'm, I've: the pronoun (_regnal)
WORD_AFTER = re.compile(r"\s+(\w+)")  # the word after an amount or an ordinal ("3.º lugar")


def _roman(numeral: str) -> int:
    values = [ROMAN_VALUES[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _alternation(keys) -> str:
    return _alternation_of(tuple(keys))


@lru_cache(maxsize=256)
def _alternation_of(keys: tuple[str, ...]) -> str:
    """Longest first, so that "St." is tried before "S"; cached: every sentence asks."""
    return "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))


def _word_before(text: str, at: int) -> str:
    r"""The word white space parts from ``at`` in ``text`` ("" when none): what ``(\w+)\s+$``
    finds in ``text[:at]``, read back from ``at`` (searching all the text before each amount
    or ordinal again was quadratic in a long paragraph)."""
    end = at
    while end > 0 and text[end - 1].isspace():  # (\s is str.isspace, \w str.isalnum or "_")
        end -= 1
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
        start -= 1
    return text[start:end] if end < at else ""


def _ending(endings: dict[str, list[str]], text: str, at: int) -> str:
    """The ending the word before ``at`` calls for (``endings``: each ending → the words that
    call for it, "mit" → "einem Euro", "am" → "dritten"); "" when none does."""
    before = _word_before(text, at).casefold()
    return next((e for e, words in endings.items() if before and before in words), "")


@cache
def _table(primary: str) -> dict | None:
    path = files("access.speech").joinpath("rules", f"{primary}.toml")
    if not path.is_file():
        return None
    return tomllib.loads(path.read_text(encoding="utf-8"))


@cache
def rules(lang: str) -> Rules | None:
    """The rules for ``lang`` (its primary subtag, and its region where the language's
    numbers differ by region: es-MX, es-SV; or its words, pt-BR: the table's [regions]),
    or None when we have none."""
    primary, *subtags = lang.casefold().replace("_", "-").split("-")
    table = _table(primary)
    if table is None:
        return None
    region = next((s.upper() for s in subtags if len(s) == 2 and s.isalpha()), "")
    if region in table.get("regions", {}):  # pt-BR: what Brazil says otherwise (its cardinals)
        return Rules(primary, {**table, **table["regions"][region]}, region)
    # Only a region the table names counts: es-ES (WordPress's default, on Honduran and Dominican
    # pages too) and es_LA (Facebook's "Latin America") say nothing of how numbers are written.
    return Rules(primary, table, region if region in table.get("point_regions", []) else "")


@dataclass
class Rules:
    lang: str
    table: dict
    region: str = ""  # "MX" for es-MX; "" when the document's language tag gives none

    def __post_init__(self) -> None:
        t = self.table
        self.words: dict[str, str] = t["words"]
        style = t.get("number_style", "en")
        if self.region and self.region in t.get("point_regions", []):
            style = "en"  # es-MX, es-SV: 14,571 and 3.5
        self.decimal = "." if style == "en" else ","
        self.shapes = bool(t.get("shapes"))
        self.number = NUMBER_STYLES["either" if self.shapes else style]
        self.group_separators: str = t.get("group_separators", "")
        if self.group_separators:
            seps = re.escape(self.group_separators.replace(" ", ""))  # plain: _groups marks them
            decimal = GROUP_DECIMAL["either" if self.shapes or "'" in seps else style]
            self.number = GROUPED.format(seps=seps) + decimal + "|" + self.number
        months = t["months"]
        self.month_names: list[str] = months["names"]
        self.month_of: dict[str, str] = {**{m: m for m in months["names"]}, **months.get("short", {})}
        self.month = _alternation(self.month_of)
        said = [*t.get("units", {}).values(), *t.get("currency", {}).values(), *t.get("cents", {}).values(),
                *t.get("scales", {}).values()]
        # the words after a count of a year's shape (_is_count), as written ("2019 Jobs" heads a
        # page): each unit's first word, but for a capitalised one before a noun that is not
        # ("US dollars", "Australian dollars": 2019 Australian Herald is a year)
        words = [w.split() for forms in said for w in ([forms] if isinstance(forms, str) else forms)]
        self.counting_words = frozenset(w[0] for w in words if w[0][0].isupper() == w[-1][0].isupper()) \
            | frozenset(t.get("bare_year_not_before", []))

    def split(self, written: str) -> tuple[str, str | None, str]:
        """A written number's whole digits, its decimal digits (None when it has none) and
        the decimal separator written. Where the language writes either convention (Spanish:
        14.571,5 in Spain, 14,571.5 in Mexico), the number's shape decides, then the region.
        Thousands set apart by a space or an apostrophe leave the decimal separator alone."""
        if self.group_separators and any(c in self.group_separators for c in written):
            whole, point, fraction = re.match(r"([^.,]*)([.,]?)(.*)", written).groups()
            return re.sub(r"\D", "", whole), fraction if point else None, point
        if not self.shapes:
            whole, point, fraction = written.partition(self.decimal)
            return re.sub(r"\D", "", whole), fraction if point else None, point
        groups, seps = re.split(r"[.,]", written), re.findall(r"[.,]", written)
        if not seps:
            return written, None, ""
        if len(set(seps)) == 2:  # 1.234,5 or 1,234.5: the last is the decimal
            decimal = seps[-1]
        elif len(seps) > 1:  # 1,234,567: thousands, twice over
            decimal = ""
        elif len(groups[1]) != 3 or len(groups[0]) > 3 or groups[0].startswith("0"):
            decimal = seps[0]  # 3,5, 2.75, 0.571, 1234,5: only a decimal is written so
        elif self.region:
            decimal = self.decimal if seps[0] == self.decimal else ""
        else:
            # 14,571 or 14.571, and no region to say which convention: thousands. A count is
            # far likelier than a decimal of exactly three digits (prices have two,
            # percentages one or two), most of the Spanish press writes in the Americas, where
            # 14,571 is a count, and Spain writes a count 14.571 alike. The other reading,
            # "catorce coma cinco siete uno" (num2words says decimals digit by digit), is as
            # wrong for a count as the count is for the rare decimal, and sounds less like one.
            decimal = ""
        if not decimal:
            return "".join(groups), None, ""
        whole, _, fraction = written.rpartition(decimal)
        return re.sub(r"\D", "", whole), fraction, decimal

    def decimal_word(self, written_separator: str) -> str:
        """"point", "virgule", "Komma"; in Spanish "coma" or "punto", by region where known,
        else by the separator written."""
        words = self.table.get("decimal_words")
        if not words:
            return self.cardinal(1.5).split()[1]
        return words[self.decimal if self.region else written_separator]

    def value(self, written: str) -> float:
        """The number a written amount stands for (for singular or plural)."""
        whole, fraction, _ = self.split(written)
        return float(f"{whole or 0}.{fraction or 0}")

    def plural(self, forms: str | list[str], written: str) -> str:
        """The form of ``forms`` (singular, plural; or where the language counts so, one, a
        few, many and a fraction's: złoty, złote, złotych, złotego) for the amount ``written``."""
        if isinstance(forms, str):
            return forms
        if len(forms) > 2:
            return forms[self._few_many(written, len(forms))]
        singular = self.value(written) < 2 if self.table.get("singular_below_two") else \
            self.value(written) == 1
        return forms[0] if singular else forms[1]

    def _few_many(self, written: str, forms: int) -> int:
        """0 for one, 1 for a few (2-4, 22-24: not 12-14), 2 for many; a fraction's form the
        fourth where there is one, else the few's (Russian 2,5 рубля). Russian counts 21 as
        one (``plural_rule`` "ru"), Polish only 1."""
        whole, fraction, _ = self.split(written)
        if fraction is not None:
            return 3 if forms > 3 else 1
        n = int(whole or 0)
        if n % 10 == 1 and n % 100 != 11 if self.table.get("plural_rule") == "ru" else n == 1:
            return 0
        return 1 if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14) else 2

    def digits(self, n: int | float) -> str:
        """``n`` read digit by digit: too long a number to say as one."""
        return " ".join(self.cardinal(int(d)) for d in str(abs(int(n))))

    def ordinal(self, n: int, feminine: bool = False) -> str:
        if n >= 10 ** LONG_NUMBER_DIGITS:
            return self.digits(n)
        word = num2words(n, lang=self.table.get("num2words", self.lang), to="ordinal")
        for written, said in self.table.get("cardinal_words", {}).items():  # "one hundred eighteenth"
            word = word.replace(written, said)
        if not feminine:
            return word
        if "feminine" in self.table.get("ordinal_cases", {}):  # Екатерина II → «Вторая»
            return self.declined(n, "feminine")
        special = self.table.get("ordinals", {}).get("feminine_words", {})
        return special.get(word, word[:-1] + "a" if word.endswith("o") else word)

    def declined(self, n: int, case: str) -> str:
        """The ordinal ``n`` in ``case`` (Polish, Russian: the table's [ordinal_cases], each
        word's ending replaced, longest first: piąty → piątego, третий → третьего)."""
        endings: dict[str, str] = self.table.get("ordinal_cases", {}).get(case, {})
        ordered = sorted(endings, key=len, reverse=True)

        def one(word: str) -> str:
            ending = next((e for e in ordered if word.endswith(e)), None)
            return word if ending is None else word[:-len(ending)] + endings[ending]

        return " ".join(one(w) for w in self.ordinal(n).split(" "))

    def cardinal(self, n: int | float) -> str:
        if abs(n) >= 10 ** LONG_NUMBER_DIGITS:
            return self.digits(n)
        word = num2words(n, lang=self.table.get("num2words", self.lang))
        for written, said in self.table.get("cardinal_words", {}).items():
            word = word.replace(written, said)
        return word

    def year(self, year: str) -> str:
        """A year as people say it: "twenty twenty-four" where the language says so."""
        n = int(year)
        if not self.table.get("year_words") or not 1100 <= n <= 2099 or 2000 <= n <= 2009:
            return year
        return num2words(n, lang=self.lang, to="year")


# Each pass: (rules, text) → text. Their order matters; see the module docstring.
Pass = Callable[[Rules, str], str]


def _addresses(r: Rules, text: str) -> str:
    """E-mail addresses and web addresses: the site, said with "dot" and "at", no slashes."""
    dot, at = f" {r.words['dot']} ", f" {r.words['at']} "

    def dotted(name: str) -> str:
        return dot.join(part for part in re.split(r"[._]", name) if part)

    text = EMAIL.sub(lambda m: dotted(m[1]) + at + dotted(m[2]), text)

    def site(match: re.Match) -> str:
        address = match[0]
        tail = ""
        while address and address[-1] in TRAILING:
            address, tail = address[:-1], address[-1] + tail
        host = re.sub(r"^(?:https?://)?(?:www\.)?", "", address).split("/")[0].split("?")[0]
        return dotted(host.split(":")[0]) + tail

    return URL.sub(site, text)


def _phone_said(r: Rules, raw: str) -> str:
    """A phone number digit by digit (or in pairs where the language says so), groups apart."""
    spoken = []
    for group in re.findall(r"\d+", raw):
        if r.table.get("phone_pairs") and len(group) == 2:
            spoken.append(f"{r.cardinal(0)} {int(group[1])}" if group[0] == "0" else group)
        else:
            spoken.append(" ".join(group))
    return (f"{r.words['plus']} " if raw.startswith("+") else "") + ", ".join(spoken)


def _called(r: Rules, text: str) -> str:
    """A number after a word that gives a phone number (Tel., Hotline, call, appelez le) is
    one, whatever its groups look like: "Hotline 116 000" is no hundred and sixteen thousand,
    "call 911" no nine hundred and eleven. A number alone of three or four digits after a
    word that names a number ("unter der Nummer") is none, nor one a plural follows (call 300
    reservists), nor a year."""
    phone = r.table.get("phone_words")
    if not phone or not DIGIT.search(text):
        return text
    grouped_only = set(phone.get("grouped_only", []))
    plural = _plural_pattern(phone["plural"]) if "plural" in phone else None
    folded = text.casefold()  # the words' pattern is tried at every letter: only where one is
    if not any(w in folded for part in ("words", "grouped_only", "endings") for w in phone.get(part, [])):
        return text

    counted = _counted_pattern(tuple(phone.get("counted", [])), tuple(r.table.get("units", {})))

    def said(m: re.Match, group: str, word: str, short: str | None) -> str | None:
        """The number in ``group`` said as a phone number's, None when it is none."""
        number = _phone_part(m[group], m.string, m.end(group), counted)
        rest = m[group][len(number):]
        digits = re.sub(r"\D", "", number)
        if len(digits) < 3 or re.fullmatch(r"\d+\.\d+", number):  # call 0.17 a rate
            return None
        if len(digits) > MAX_DIGITS_SAID:  # no phone's: said by its length (_long_numbers)
            return None
        if word in grouped_only and (short or _groups(r, number) != number):
            return None  # "en número las 79 000 reuniones": thousands
        alone = len(digits) < 5 and digits == number.lstrip("+")  # 911, 2024: no groups
        if alone and (word in grouped_only or re.fullmatch(r"1[5-9]\d\d|20\d\d", digits)
                      or (not rest and plural and plural.match(m.string, m.end(group)))):
            return None
        return _phone_said(r, number) + rest

    def say(m: re.Match) -> str:
        word = m["word"].casefold()
        first = said(m, "number", word, m["short"])
        if first is None:
            return m[0]
        out = m[0][:m.start("number") - m.start()] + first
        second = said(m, "number2", word, None) if m["number2"] else None
        if m["number2"] and second is None:
            return out + m[0][m.end("number") - m.start():]
        return out + (m["or"] + second if second else "")

    return _called_pattern(tuple(phone["words"] + phone.get("grouped_only", [])),
                           tuple(phone.get("endings", [])), tuple(phone.get("or", []))).sub(say, text)


def _plural_pattern(plural: dict) -> re.Pattern:
    """PLURAL_AFTER for a language's ``phone_words.plural`` table."""
    return _plural_of(plural["letters"], tuple(plural["endings"]), tuple(plural.get("not_after", [])),
                      tuple(plural.get("not_plurals", [])))


@lru_cache(maxsize=16)
def _plural_of(letters: int, endings: tuple[str, ...], not_after: tuple[str, ...],
               words: tuple[str, ...]) -> re.Pattern:
    return re.compile(PLURAL_AFTER.format(letters=letters, endings=_alternation_of(endings),
                                          not_after="".join(f"(?<!{re.escape(a)})" for a in not_after),
                                          words=_alternation_of(words) or "(?!)"))


def _phone_part(number: str, text: str, end: int, counted: re.Pattern) -> str:
    """The phone number in ``number`` (found at ``text[:end]``): without a last group apart by
    a space that a count's word follows ("Call 911 24 hours a day") or that makes it longer
    than a phone number can be (E.164: 15 digits)."""
    while (last := PHONE_LAST_GROUP.search(number)) and (
            counted.match(text, end) or len(re.sub(r"\D", "", number)) > MAX_PHONE_DIGITS):
        end -= len(number) - last.start()
        number = number[:last.start()]
    return number


@lru_cache(maxsize=16)
def _counted_pattern(words: tuple[str, ...], units: tuple[str, ...]) -> re.Pattern:
    """A word that counts the number before it: ``words`` in any case (hours, Stunden), ``units``
    as written (t, m: no T-Mobile, no M.)."""
    said = "|".join(filter(None, [f"(?i:{_alternation_of(words)})" if words else "", _alternation_of(units)]))
    return re.compile(rf"[ \u00a0]*(?:{said})(?!\w)" if said else "(?!)")


@lru_cache(maxsize=16)
def _called_pattern(words: tuple[str, ...], endings: tuple[str, ...], ors: tuple[str, ...]) -> re.Pattern:
    """CALLED for these words (any case) and for the words these endings close (Kundenhotline),
    a second number after ``ors``."""
    ends = rf"|[^\W\d_]*(?:{_alternation_of(endings)})" if endings else ""
    return re.compile(CALLED.format(words=f"(?i:{_alternation_of(words)}{ends})",
                                    ors=_alternation_of(ors) or "(?!)"))


def _phones(r: Rules, text: str) -> str:
    """Phone numbers digit by digit (or in pairs where the language says so), groups apart; and
    postcodes after the words that give them (the table's ``postcodes``: CA 94720)."""
    postcodes = r.table.get("postcodes")
    if postcodes and DIGIT.search(text):
        text = _postcode_pattern(tuple(postcodes["after"]), postcodes["pattern"]).sub(
            lambda m: m[1] + _phone_said(r, m[2]), text)
    text = PHONE.sub(lambda m: _phone_said(r, m[0]) if len(re.sub(r"\D", "", m[0])) >= 8 else m[0], text)
    return FOUR_FOUR.sub(lambda m: m[0] if _is_range(m[1], m[2]) else f"{' '.join(m[1])}, {' '.join(m[2])}",
                         text)


@lru_cache(maxsize=16)
def _postcode_pattern(after: tuple[str, ...], pattern: str) -> re.Pattern:
    return re.compile(rf"(?<![\w.])((?:{_alternation_of(after)})[ \u00a0]+)({pattern})(?![\w-])")


def _is_range(a: str, b: str) -> bool:
    """Whether 2010-2015, 2000-3000 or 1123-1145 (years, round numbers, pages) is a range: a
    phone number or a code is neither rising years nor round nor two numbers of one hundred."""
    rising = int(a) < int(b)
    years = all(1000 <= int(n) <= 2099 for n in (a, b))
    return (rising and (years or a[:2] == b[:2])) or a.endswith("00") or b.endswith("00")


def _money(r: Rules, text: str) -> str:
    """$242 million → "242 million dollars"; €5.5bn, £3.50, 5 € and 5,5 Md€ likewise; and an
    amount followed by a currency word (12,80 Euro, 3 Mio. Euro), but never one before it:
    "Euro 2024" is a football championship. Where decimals are written with a comma, a point
    and exactly two digits before a currency (2.50 Euro, CHF 12.80) are euros and cents too."""
    currency: dict[str, list[str]] = r.table["currency"]
    scales: dict[str, str | list[str]] = r.table["scales"]
    money = r.table["money"]
    symbols, scale = _alternation(currency), _alternation(scales)
    words: dict[str, str | dict] = r.table.get("currency_words", {})  # (_currency_units)
    number = r.number if r.decimal == "." else \
        rf"\d+\.\d{{2}}(?![\d.,])|\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}})+(?:,\d+)?(?![\d.,]\d)|{r.number}"
    per = r"(?:\s?/\s?(?=[^\W\d]))?"  # 12,80 EUR / Monat → "… pro Monat"
    # Else, groups of thousands set apart by spaces ("123 456 789") up to their last, passed over
    # whole: no amount opens at a group inside them (none opened at the first), and tried again
    # from each, a long run of them took time in its square. (Where a comma is the decimal.)
    run = r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})*(?=[ \u00a0\u202f]\d{3})" if r.decimal == "," else ""

    # $5-10 million → "5 to 10 million dollars": a range's low end before the amount
    before = re.compile(rf"(?<![\w$€£¥])({symbols})\s?(?:({number})[-–](?:{symbols})?(?=\d))?({number})"
                        rf"(?:\s?({scale})(?![\w]))?{per}")
    text = before.sub(lambda m: (f"{m[2]} {r.words['to']} " if m[2] else "")
                      + _amount_said(r, m, m[3], m[4], m[1]), text)
    after = re.compile(rf"(?<![\w.,])(?:({number})\s?(?:({scale})\.?\s?)?({symbols})(?![\w$€£¥]){per}{run})")
    text = after.sub(lambda m: _amount_said(r, m, m[1], m[2], m[3]) if m[1] else m[0], text)
    if words:  # 12,80 Euro, 3,5 Mio. Euro: a word after the amount, a space between
        weight = money.get("not_before")  # 2.25 pounds of flour is a weight
        unless = rf"(?!\s(?:{_alternation(weight)})\b)" if weight else ""
        worded = re.compile(rf"(?<![\w.,])(?:({number})(?:\s({scale})\.?)?\s({_alternation(words)})"
                            rf"(?!\w){unless}{per}{run})")
        text = worded.sub(lambda m: _amount_said(r, m, m[1], m[2], m[3]) if m[1] else m[0], text)
    bare = {k: v for k, v in scales.items() if k in r.table.get("bare_scales", [])}
    counted = {k: v for k, v in scales.items() if k in r.table.get("count_scales", [])}
    if bare or counted:  # 5bn people → "5 billion people"; 1.2m users → "1.2 million users" (1.8m tall)
        words = r.table.get("bare_year_not_before", [])
        count = rf"|({_alternation(counted)})(?=[ \u00a0]+(\w+))" if counted else ""

        def scaled(m: re.Match) -> str:
            if m[2]:
                return f"{m[1]} {r.plural(bare[m[2]], m[1])}"
            return f"{m[1]} {r.plural(counted[m[3]], m[1])}" if m[4] in words else m[0]

        text = re.sub(rf"(?<![\w.,])({r.number})(?:\s?({_alternation(bare) or '(?!)'})(?![\w]){count})",
                      scaled, text)
    return text


def _one(r: Rules, m: re.Match, form: str) -> str | None:
    """1 Euro → "ein Euro", after "kostet" "einen Euro", after "mit" "einem Euro"."""
    money = r.table["money"]
    word = money.get(form)
    return word and word + _ending(money.get(f"{form}_endings", {}), m.string, m.start())


def _currency_units(r: Rules, key: str) -> tuple[list[str], list[str] | None]:
    """A currency's unit and cent forms, by its symbol in [currency] or a word in
    [currency_words] (which names a symbol, or holds its own forms: {unit = […], cents = […]})."""
    if key in r.table["currency"]:
        return r.table["currency"][key], r.table.get("cents", {}).get(key)
    own = r.table["currency_words"][key]
    return _currency_units(r, own) if isinstance(own, str) else (own["unit"], own.get("cents"))


def _gender(counted: dict, noun: str, n: int) -> str:
    """"f" or "m" for the noun a count ``n`` comes before (by its ending, but for the few
    exceptions [counted] lists), "" when ``noun`` is no noun it counts (a preposition, a
    verb, a name; after 2 or more, a word that is not plural)."""
    if not noun.isalpha() or not noun.islower() or noun in counted["not_nouns"]:
        return ""
    if n != 1 and not noun.endswith("s"):
        return ""
    if noun in counted["feminine_words"]:
        return "f"
    if noun in counted["masculine_words"] or noun.endswith(tuple(counted["masculine_endings"])):
        return "m"
    return "f" if noun.endswith(tuple(counted["feminine_endings"])) else "m"


def _agreeing(r: Rules, n: int, gender: str) -> str:
    """``n`` in words agreeing with a noun of ``gender``: «veintiún», «veintiuna»,
    «doscientas mil» (below its millions only: «doscientos millones»)."""
    counted = r.table["counted"]
    words = r.cardinal(n).split(" ")
    if gender == "m":
        words[-1] = counted["masculine"].get(words[-1], words[-1])
        return " ".join(words)
    scale = max((i for i, w in enumerate(words) if w in counted["scales"]), default=-1)
    endings = counted["feminine"]
    for i in range(scale + 1, len(words)):
        ending = next((e for e in endings if words[i].endswith(e)), None)
        if ending:
            words[i] = words[i][:-len(ending)] + endings[ending]
    return " ".join(words)


def _counting(r: Rules, n: int, text: str, end: int, start: int = 0) -> str | None:
    """``n`` in words agreeing with the noun after ``end`` in ``text`` (21 años, 21 personas,
    21 mil personas), or None where the language has no such forms or no noun follows."""
    counted = r.table.get("counted")
    after = WORD_AFTER.match(text, end) if counted else None
    if not after:
        return None
    noun = after[1]
    if "feminine_before" in counted:  # 2 тысячи → «две тысячи», 2 osoby → „dwie osoby"
        if not noun.casefold().startswith(tuple(counted["feminine_before"])):
            return None
        if n == 1 and "feminine_one" in counted:
            return counted["feminine_one"]
        words = r.cardinal(n).split(" ")
        words[-1] = counted["feminine"].get(words[-1], words[-1])
        return " ".join(words)
    if "one_before" in counted:  # 1 Million → „eine Million", „mit einer Million"
        one = counted["one_before"].get(noun) if n == 1 else None
        if noun in counted.get("one_as_is", []):  # „ab ein Uhr", not „ab einer Uhr"
            return one
        if n == 1 and one is None and "one_by_gender" in counted:  # 1 Stunde → „eine Stunde"
            return _one_before_noun(r, counted, noun, text, start)
        return one and one + _ending(counted.get("one_endings", {}), text, start)
    if noun == counted["thousand"]:  # «veintiún mil», «doscientas mil personas»
        beyond = WORD_AFTER.match(text, after.end())
        gender = _gender(counted, beyond[1], 2) if beyond else ""
        words = _agreeing(r, n, gender or "m").split(" ")
        words[-1] = counted["masculine"].get(r.cardinal(n).split(" ")[-1], words[-1])
        return " ".join(words)
    gender = _gender(counted, noun, n)
    return _agreeing(r, n, gender) if gender else None


def _one_before_noun(r: Rules, counted: dict, noun: str, text: str, start: int) -> str | None:
    """1 before a noun (1 Stunde, 1 Kilometer, 1 Prozent) as the article of its gender, in the
    case the word before calls for (the table's ``one_by_gender`` and its ``cases``: „mit einer
    Stunde", „für einen Tag"); None where ``noun`` is no noun (a sentence's first word after a
    note's number: „1 Dazu zählen") or the number is a label's: after a mark (#1) or a capitalised
    word but an article, a preposition or one of ``one_after`` (Kapitel 1 Abschnitt 2, Bezirk 1
    Heilbronn; „Nach 1 Jahr", „Nur 1 Kind"), unless a unit or a measure follows („den Kuchen 1
    Stunde ruhen lassen")."""
    ordinals = r.table.get("ordinals", {})
    gender = _noun_gender(r, noun) if noun not in ordinals.get("openers", []) else ""
    if not gender or (start and not text[start - 1].isspace()) or text[start:start + 1] == "0":
        return None  # (01 Feb: a date's day)
    before = _word_before(text, start)
    if before in ordinals.get("labels", []) or (
            before[:1].isupper() and before.casefold() not in ordinals.get("after_capitalised", [])
            and before not in ordinals.get("openers", []) and before not in counted.get("one_after", [])
            and noun not in r.counting_words and noun not in counted.get("one_measures", [])):
        return None
    folded = before.casefold()
    case = next((c for c in counted.get("one_cases", {}).values() if folded in c["after"]),
                counted["one_by_gender"])
    return case[gender]


def _opens_item(text: str, at: int) -> bool:
    """Whether ``at`` in ``text`` opens a line, a sentence or a list's item (after a colon, a
    comma, a bullet or a dash)."""
    rest = text[:at].rstrip(" \t\u00a0")
    return not rest or rest[-1] in ".!?:;,\n\"„“«»(•–-+"


def _counted(r: Rules, n: int, noun: str) -> str | None:
    """21 before the noun ``noun``: «veintiún euros», «veintiuna libras», not «veintiuno»;
    None where no form differs."""
    said = _counting(r, n, f" {noun}", 0)
    return said if said and said != r.cardinal(n) else None


def _amount_said(r: Rules, m: re.Match, amount: str, scale_word: str | None, key: str) -> str:
    """An amount of money found (``m``) in words, its thousands' spaces and apostrophes gone; "per" after it
    where a slash follows ("12,80 EUR / Monat")."""
    plain = re.sub(r"(?<=\d)[ \u00a0\u202f'’](?=\d)", "", amount)
    if plain != amount and r.decimal == ",":
        plain = plain.replace(".", ",")  # CHF 1'396.50: the Swiss point, thousands apart
    out = _amount_spoken(r, m, plain, scale_word, key)
    return out + (f" {r.words['per']} " if m[0].rstrip().endswith("/") else "")


def _amount_spoken(r: Rules, m: re.Match, amount: str, scale_word: str | None, key: str) -> str:
    """``amount`` of the currency ``key`` (its ``scale_word``, "Mio.", when one follows) by the
    language's [money] forms: scaled, whole, with its cents or cents alone."""
    money, scales = r.table["money"], r.table["scales"]
    unit, cent_units = _currency_units(r, key)
    if r.decimal == "," and re.fullmatch(r"\d+\.\d{2}", amount):
        amount = amount.replace(".", ",")  # 2.50 Euro: the comma the language writes
    whole, cents, _ = r.split(amount)
    whole_scales: dict[str, int] = money.get("said_whole", {})
    if scale_word and cents is None and r.plural(scales[scale_word], amount) in whole_scales:
        n = int(whole) * whole_scales[r.plural(scales[scale_word], amount)]  # 500 k€ → « cinq cent mille
        return money["plain"].format(amount=r.cardinal(n), unit=r.plural(unit, str(n)))  # euros »
    if scale_word:
        of = money.get("of", "")
        if r.plural(scales[scale_word], amount) in money.get("no_of_after", []):
            of = ""  # R$ 50 mil → «cinquenta mil reais», no «de»
        if of and unit[-1][:1].casefold() in "aeiouéèêh":
            of = money.get("of_vowel", of)
        count = (_one(r, m, "one_scaled") if amount == "1" else None) or \
            (_counted(r, int(whole), r.plural(scales[scale_word], amount)) if cents is None else None) \
            or amount  # "eine Million"
        return money["scaled"].format(amount=count, scale=r.plural(scales[scale_word], amount),
                                      of=of, unit=unit[min(2, len(unit) - 1)]).replace("' ", "'")
    one_word = _one(r, m, "one") if int(whole or 0) == 1 else None
    if cents is not None and len(cents) == 2 and cent_units:
        if int(cents) == 0:
            return money["plain"].format(amount=one_word or _counted(r, int(whole), r.plural(unit, whole))
                                         or int(whole),
                                         unit=r.plural(unit, whole))
        if int(whole or 0) == 0:  # 0,50 € → "fünfzig Cent"
            cent_unit = r.plural(cent_units, str(int(cents)))
            return f"{_counted(r, int(cents), cent_unit) or int(cents)} {cent_unit}"
        return money["with_cents"].format(
            amount=one_word or _counted(r, int(whole), r.plural(unit, whole)) or r.cardinal(int(whole)),
            unit=r.plural(unit, whole),
            and_=r.words["and"],
            cents=_counted(r, int(cents), r.plural(cent_units, str(int(cents)))) or int(cents),
            cent_unit=r.plural(cent_units, str(int(cents))))
    count = (one_word or _counted(r, int(whole), r.plural(unit, amount)) if cents is None else None) or amount
    return money["plain"].format(amount=count, unit=r.plural(unit, amount))


def _verses(r: Rules, text: str) -> str:
    """John 3:16, Psalm 90:10, Joh 3,16 → "John three sixteen": a chapter and its verse after a
    book of the Bible (no time, no score, no decimal), a range of verses "to" the last."""
    verses = r.table.get("verses")
    if not verses or not VERSE_NUMBERS.search(text):
        return text

    def say(m: re.Match) -> str:
        book = verses.get("short", {}).get(m[1], m[1])  # Joh → "Johannes"
        out = verses["form"].format(book=book, chapter=r.cardinal(int(m[2])), verse=r.cardinal(int(m[3])))
        return out + (f" {r.words['to']} {r.cardinal(int(m[4]))}" if m[4] else "")

    books = tuple(verses["books"]) + tuple(verses.get("short", {}))
    amounts = (*r.table.get("units", {}), *r.table.get("scales", {}), *r.table.get("currency", {}),
               *r.table.get("currency_words", {}), "%", "‰")
    return _verse_pattern(books, verses["separators"], amounts).sub(say, text)


@lru_cache(maxsize=16)
def _verse_pattern(books: tuple[str, ...], separators: str, amounts: tuple[str, ...]) -> re.Pattern:
    """A book, its chapter and verse; not before a unit, a scale, a currency or a percent sign
    (Lukas 2,5 kg, Marc 2,5 %: a name before an amount)."""
    seps, first = re.escape(separators), "".join(sorted({re.escape(b[0]) for b in books}))
    return re.compile(rf"(?=[{first}])(?<![\w.])({_alternation_of(books)})\.?[ \u00a0]"
                      rf"(\d{{1,3}})[{seps}](\d{{1,3}})(?:[-–](\d{{1,3}}))?(?![\w{seps}]|[.,]\d)"
                      rf"(?![ \u00a0]?(?:{_alternation_of(amounts)})(?!\w))")


def _numeric_dates(r: Rules, text: str) -> str:
    """18/10/2024, 2024-10-18 and 2024/10/18 → the language's written form with the month's name."""
    form = r.table["dates"]["numeric"]

    def written(day: int, month: int, year: str, raw: str) -> str:
        if not (1 <= day <= 31 and 1 <= month <= 12):
            return raw
        if len(year) == 2:
            year = ("20" if int(year) < 50 else "19") + year
        return form.format(day=day, month=r.month_names[month - 1], year=year)

    def slashed(match: re.Match) -> str:
        a, b = int(match[1]), int(match[3])
        day_first = a > 12 or (b <= 12 and r.table["numeric_dates"] == "dmy")
        day, month = (a, b) if day_first else (b, a)
        return written(day, month, match[4], match[0])

    text = re.sub(r"(?<![\d/.,])(\d{4})([-/])(\d{2})\2(\d{2})(?![\d-]|/\d)",  # 2024-10-18, 2022/04/28
                  lambda m: written(int(m[4]), int(m[3]), m[1], m[0]), text)
    dates = r.table["dates"]
    if "numeric_day_month" in dates and "." in text:  # am 12.03. → „am 12. März"
        labels = r.table.get("ordinals", {}).get("labels", [])  # not Abschnitt 1.12.

        def day_month(m: re.Match) -> str:
            if not 1 <= int(m[1]) <= 31 or _word_before(m.string, m.start()) in labels:
                return m[0]
            month = r.month_names[int(m[2]) - 1]
            return dates["numeric_day_month"].format(day=int(m[1]), month=month) + _full_stop(m)

        text = DAY_MONTH.sub(day_month, text)
    if "day_range" in dates and "." in text:  # vom 3.–5. Mai → „vom 3. bis 5. Mai"
        text = re.sub(rf"(?<![\d.,])(\d{{1,2}})\.\s?[–-]\s?(\d{{1,2}})\.(?=\s(?:{r.month}))",
                      lambda m: dates["day_range"].format(a=m[1], b=m[2]), text)
    seps = re.escape(r.table.get("date_separators", "/."))  # Dutch 05-03-2024 too
    return re.sub(rf"(?<![\d/.,])(\d{{1,2}})([{seps}])(\d{{1,2}})\2(\d{{4}}|\d{{2}})(?![\d{seps}]\d)",
                  slashed, text)


def _dates(r: Rules, text: str) -> str:
    """Dates with a month's name: the day as an ordinal where said so, the year as said."""
    dates = r.table["dates"]
    month = r.month

    def day_word(day: str, before: str = "") -> str:
        n = int(day)
        if dates.get("day_case"):  # 5 marca → „piątego marca", 5 мая → «пятого мая»
            return r.declined(n, dates["day_case"])
        if dates.get("day") == "ordinal":
            word = r.ordinal(n)
            if before and before.casefold() in dates.get("dative_after", []):
                word += dates.get("dative_ending", "")
            elif dates.get("nominative_ending"):
                word += dates["nominative_ending"]
            return word
        return r.ordinal(n) if n == 1 and dates.get("first") == "ordinal" else day

    def year_word(year: str) -> str:  # 2024 after a day and month: „dwa tysiące dwudziestego czwartego"
        return r.declined(int(year), dates["year_case"]) if dates.get("year_case") else r.year(year)

    def month_first(m: re.Match) -> str:  # Sept. 9-10: "September ninth to tenth"
        day = day_word(m[2]) + (f" {r.words['to']} {day_word(m['last'])}" if m["last"] else "")
        out = dates["month_day"].format(month=r.month_of[m[1]], day=day)
        return out + (dates["then_year"].format(year=year_word(m[4])) if m[4] else "")

    def day_first(m: re.Match) -> str:
        out = dates["day_month"].format(day=day_word(m[2], m[1] or ""), month=r.month_of[m[3]])
        return out + (dates["then_year"].format(year=year_word(m[4])) + _full_stop(m) if m[4] else "")

    of = dates.get("of", "")
    mark = rf"(?:\s?(?:{dates['year_mark']}))?" if dates.get("year_mark") else ""  # 5 marca 2024 r.
    text = re.sub(rf"(?<!\w)(?:(\w+)\s)?(\d{{1,2}})(?:st|nd|rd|th|er|\.)?\s(?:{of}\s)?({month})"
                  rf"(?:,?\s(?:{of}\s)?(\d{{4}}){mark})?(?!\w)",
                  lambda m: (f"{m[1]} " if m[1] else "") + day_first(m), text)
    if dates.get("month_day"):
        text = re.sub(rf"(?<!\w)({month})\s(\d{{1,2}})(?:st|nd|rd|th)?(?:[-–](?P<last>\d{{1,2}})(?!\d))?"
                      rf"(?:,?\s(\d{{4}}))?(?![\w:])",
                      month_first, text)
    return re.sub(rf"(?<!\w)({month})\s(?:{of}\s)?(\d{{4}})(?!\w)",
                  lambda m: dates["month_year"].format(month=r.month_of[m[1]], year=r.year(m[2])),
                  text)



def _full_stop(m: re.Match) -> str:
    """"." where ``m`` ends on an abbreviation's point that ends a sentence too (… 1989 r. Potem,
    … 2024 г.): the abbreviation said in words, the sentence's pause kept."""
    if not m[0].endswith("."):
        return ""
    after = m.string[m.end():m.end() + 2]
    return "." if not after.strip() or (after[0].isspace() and after[1].isupper()) else ""


def _declined(r: Rules, text: str) -> str:
    """A year or a century before its noun (1989 r., w 1991 г., XXI wiek, в XIX веке), said as
    an ordinal in the case the noun's form and the word before it call for (the table's
    [declined]): „w tysiąc dziewięćset osiemdziesiątym dziewiątym roku". An abbreviated noun
    (r., г., w., в.) is said in that case too."""
    declined = r.table.get("declined")
    if not declined:
        return text
    nouns: dict[str, list[str]] = declined["nouns"]
    said: dict[str, dict[str, str]] = declined.get("said", {})
    after: dict[str, str] = declined.get("after", {})

    def say(m: re.Match) -> str:
        number, noun = m[2], m[3]
        if not number[0].isdigit() and not ROMAN.match(number):
            return m[0]
        cases = nouns[noun]
        before = (m[1] or "").casefold()
        case = after[before] if after.get(before) in cases else cases[0]
        n = int(number) if number[0].isdigit() else _roman(number)
        word = said.get(noun, {}).get(case, noun)
        return f"{m[1]} " * bool(m[1]) + f"{r.declined(n, case)} {word}" + _full_stop(m)

    keys = tuple(nouns)
    text = re.sub(rf"(?<!\w)(?:(\w+)\s)?(1\d{{3}}|20\d\d|[IVXL]+)\s?({_alternation(keys)})(?!\w)", say, text)
    month = declined.get("after_month")  # w marcu 2024 → „w marcu dwa tysiące dwudziestego czwartego roku"
    if not month:
        return text
    return re.sub(rf"(?<!\w)((?i:{_alternation(month['words'])}))\s(1\d{{3}}|20\d\d)(?![\w.,]\d|\w)",
                  lambda m: f"{m[1]} {r.declined(int(m[2]), month['case'])} {month['said']}", text)


def _times(r: Rules, text: str) -> str:
    """3:45 p.m., 9:05, 14:00, 15 h 30: hours and minutes as the language says them."""
    times = r.table["times"]

    def say(m: re.Match) -> str:
        hour, minute, suffix = int(m[1]), m[2] or "00", m[3]
        if hour > 24 or int(minute) > 59:
            return m[0]
        hours = r.plural(times.get("hours", ""), str(hour))
        if minute == "00":
            form = times["on_the_hour_suffixed" if suffix else "on_the_hour"]
        else:
            form = times["minutes"]
            if minute.startswith("0") and times.get("leading_zero"):
                minute = f"{times['leading_zero']} {int(minute)}"
        said = times.get("hour_words", {}).get(str(hour), hour)  # 1 Uhr → „ein Uhr", 21 h → « vingt et une »
        spoken = form.format(h=said, mm=minute, hours=hours).strip()
        suffix = times.get("suffixes", {}).get(suffix, suffix)  # 9:30am → "a.m." (the engine said "am")
        return f"{spoken} {suffix}" if suffix else spoken

    pattern = times["pattern"].replace("{ampm}", r"(?:\s?([ap]\.m\.|[AP]M|[ap]m)(?!\w))?")
    return re.sub(pattern, say, text)


def _decades(r: Rules, text: str) -> str:
    """1990s → "nineteen nineties", the '90s → "nineties"; anni '80 → "anni 80" (the
    apostrophe after the table's ``decades_after`` words dropped: engines pause on it)."""
    after = r.table.get("decades_after")
    if after:
        text = re.sub(rf"(?<!\w)((?i:{_alternation(after)}))\s['’]([1-9]0)(?!\w)", r"\1 \2", text)
    if r.table.get("short_years") and ("'" in text or "’" in text):  # in '78 → "in 78" (the engine
        oh = r.words.get("oh", "")  # paused on it), the class of '05 → "oh 5"

        def short_year(m: re.Match) -> str:
            quote = NEXT_QUOTE.search(m.string, m.end())  # her '20 chins': a quotation's opening
            if quote and quote["close"]:  # (only the next mark: a search to a later one was slow)
                return m[0]
            return m[1] if m[1][0] != "0" or not oh else " ".join(oh if d == "0" else d for d in m[1])

        text = re.sub(r"(?<![\w'’])['’](\d\d)(?![\w'’]|[.,]\d)", short_year, text)
    suffix = r.table.get("decade_suffix")
    if suffix:  # die 1990er Jahre → „neunzehnhundertneunziger" (the engine said „eintausend neunhundert …")
        text = re.sub(rf"(?<![\d.,])(1[1-9]\d0|20\d0)(?={suffix})",
                      lambda m: r.cardinal(int(m[1])) if m[1].startswith("20") else r.year(m[1]), text)
    if not r.table.get("decades"):
        return text

    def pluralise(words: str) -> str:
        return words[:-1] + "ies" if words.endswith("y") else words + "s"

    text = re.sub(r"(?<!\d)(1[1-9]|20)(\d0)s\b",
                  lambda m: pluralise(num2words(int(m[1] + m[2]), lang=r.lang, to="year")), text)
    return re.sub(r"(?<![\w])['’]?([1-9]0)s\b", lambda m: pluralise(r.cardinal(int(m[1]))), text)


def _ranges(r: Rules, text: str) -> str:
    """2010–2015 and pages 3-5 → "… to …"; a season, 2023/24, two years said one after the other."""
    def say(m: re.Match) -> str:
        a, b = m[1], m[2]
        if a[0] == "0" and len(a) > 1 and len(a) != len(b):  # a postcode, 00-950: no range, its
            return " ".join(r.cardinal(int(d)) for d in a) + f" {b}"  # zeros said ("zero zero 950")
        if len(a) == len(b) == 4 and int(a) < int(b):
            a, b = r.year(a), r.year(b)
        return f"{a.lstrip('0') or a} {r.words['to']} {b.lstrip('0') or b}"  # 09-12 Uhr: hours

    def season(m: re.Match) -> str:  # the 2023/24 season → "twenty twenty-three twenty-four"
        a, b = m[1], m[2]
        if int(b) != (int(a) + 1) % 100:
            return m[0]
        # a next year opening on 0 is said whole: 2000/01 as "two thousand one" was the year 2001
        return f"{r.year(a)} {r.year(str(int(a) + 1)) if b[0] == '0' else r.cardinal(int(b))}"

    text = SEASON.sub(season, text) if "/" in text else text
    return re.sub(r"(?<![\d,.:/\w-])(\d+)(?:[–—−]|\s[–—−]\s|-)(\d+)(?![\d,.:/-]\d|[\w-])", say, text)


def _groups(r: Rules, text: str) -> str:
    """Thousands apart by plain spaces (3 500 Einwohner), where the language writes them so and
    the context allows (PLAIN_GROUPED), set apart by a narrow no-break space instead: the mark
    the number patterns read as thousands."""
    if " " not in r.group_separators:
        return text

    def mark(m: re.Match) -> str:
        groups = m[0].split(" ")
        if NOT_BEFORE_GROUPS.search(m.string, max(0, m.start() - 4), m.start()):
            return m[0]
        if len(groups[0]) == 3 and not all(g.endswith("0") for g in groups[1:]):
            return m[0]
        return "\u202f".join(groups)

    return PLAIN_GROUPED.sub(mark, text)


def _signed_units(r: Rules, text: str) -> str:
    """-10C and 35C → "-10 degrees Celsius": a bare letter glued to a signed number, or to one of
    two or three digits inside a line (30-35C: a range's end too), the unit the table names for
    it (A-10C is no temperature: a letter before the sign; Apt. 1C, a flat; +39 0474 492 390F.
    a fax's; a catalogue's line opening "24C" its number)."""
    glued: dict[str, str] = r.table.get("signed_units", {})
    if not glued or not _glued_unit(tuple(glued)).search(text):
        return text
    units = r.table["units"]
    labels = frozenset(w.casefold() for w in r.table.get("bare_unit_not_after", []))
    bare = rf"\d{{2,3}}(?:{re.escape(r.decimal)}\d)?"  # 35C, 40.3C
    number = rf"(?:(?<![^\s(\[/])([-\u2212+])({r.number})|(?:(?<=[\s(\[/])|(?<=\d[-–]))()({bare}))"

    def say(m: re.Match) -> str:
        if m[4] and not _bare_degrees(m, labels):
            return m[0]
        return f"{m[1] or ''}{m[2] or m[4]} {r.plural(units[glued[m[5]]], m[2] or m[4])}"

    return re.sub(rf"(?<!\d ){number}({_alternation(glued)})(?!\w)", say, text)


RANGE_LOW = re.compile(r"(?<![^\s(\[/])(\d+)[-–]\Z")  # a range's low end, alone, before its high end


def _bare_degrees(m: re.Match, labels: frozenset[str]) -> bool:
    """Whether a number glued to C or F with no sign (``m``'s group 4) is a temperature: not a
    seat's, a gate's, a room's (the word before it among ``labels``: seat 23F, Gate 22C), and
    as a range's high end, above a low end that stands alone (30-35C, not 747-400F, A330-200F)."""
    start = m.start(4)
    if m.string[start - 1:start] in "-–" and start:
        low = RANGE_LOW.search(m.string, max(0, start - 8), start)
        return bool(low) and int(low[1]) < float(m[4].replace(",", "."))
    return _word_before(m.string, start).casefold() not in labels


@lru_cache(maxsize=16)
def _glued_unit(letters: tuple[str, ...]) -> re.Pattern:
    """A digit and a unit's letter glued to it, alone: whether _signed_units has work."""
    return re.compile(rf"\d(?:{_alternation_of(letters)})(?!\w)")


def _multiplied(r: Rules, text: str) -> str:
    """3 x 4 m → "3 by 4 m" (mal, sur, por), 5x faster → "5 times faster": an x between two
    numbers apart by spaces, or glued to a number of one or two digits before no letter or
    digit (0x08, 1030x568 in a file name, 2x1, a 777x jet stay); "2x USB" is two USB."""
    if not MULTIPLIED.search(text):
        return text
    text = re.sub(rf"(?<![\w.,])({r.number}) x (?=\d)", lambda m: f"{m[1]} {r.words['by']} ", text)
    point = "[.,]" if r.shapes else re.escape(r.decimal)  # 1.5x, „1,5x"
    items = r.table.get("counted_items")
    if items:  # Lieferumfang: 1x Fernbedienung, 2x Batterien → „eine Fernbedienung, zwei Batterien"
        text = LISTED_ITEMS.sub(lambda m: _listed(r, items, m), text)
    text = COUNTED_ITEMS.sub(r"\1", text)
    text = GLUED_BY.sub(lambda m: f"{m[1]} {r.words['by']} {m[2]}", text)  # a 4x4, the 4x100m
    return re.sub(rf"(?<![\w.,])(\d{{1,2}}(?:{point}\d+)?)x(?!\w|[.,]\w)",
                  lambda m: r.words["once"] if m[1] == "1" else f"{m[1]} {r.words['times']}", text)


def _listed(r: Rules, items: dict[str, str], m: re.Match) -> str:
    """A count before a capitalised noun in a list: how many, one agreeing with the noun."""
    gender = _noun_gender(r, m[2])
    if not gender and m[2].isalpha():  # 1x Pro Haushalt: no noun
        return m[0]
    if _word_before(m.string, m.start()).casefold() in r.table.get("counted_items_not_after", []):
        return m[0]
    plural = r.table.get("counted_items_plural")
    looks_plural = plural and m[2].endswith(tuple(plural["endings"])) \
        and not m[2].endswith(tuple(plural["not_endings"]))
    if plural and m[1] != "1" and not looks_plural and not _opens_item(m.string, m.start()):
        return m[0]  # „Er spielt 2x Tennis": inside a sentence, before a singular, how many times
    return f"{m[1]} " if m[1] != "1" else items[gender or "m"] + " "


def _signs(r: Rules, text: str) -> str:
    """-5 °C and −3,2 % → "minus 5 °C": a hyphen or a minus sign that opens a number (after a
    space, a bracket or nothing), read; engines pass over a hyphen silently."""
    not_after = set(r.table.get("not_a_sign_after", []))
    return SIGN.sub(lambda m: m[0] if _word_before(m.string, m.start()) in not_after
                    else f"{r.words['minus']} ", text)


def _scores(r: Rules, text: str) -> str:
    """2:1 → "2 to 1" (zu, à, a): a score or a ratio, what the times pass left (a time has two
    digits of minutes, an hour at most 24); engines say "two colon one" or nothing."""
    def say(m: re.Match) -> str:  # in words: "2:2. Am" is no ordinal ("zu 2. Am")
        a, b = m[1].split(":")
        return f"{r.cardinal(int(a))} {r.words['score']} {r.cardinal(int(b))}"

    def split(m: re.Match) -> str:  # 50:50 → "fifty-fifty" (en), „fünfzig zu fünfzig"
        a, b = int(m[1]), int(m[3])
        if a + b != 100 or a % 5 or (m[2] in "-–" and a < b):  # 9/91, 1:99: no shares
            return m[0]
        form = r.words.get("split", "{a} " + r.words["score"] + " {b}")
        return form.format(a=r.cardinal(a), b=r.cardinal(b))

    return SPLIT.sub(split, SCORE.sub(say, text))


def _fractions(r: Rules, text: str) -> str:
    """1/3 and ⅓ → "one third": the language's common fractions, alone (not 1/3/2024, 11/12)."""
    fractions: dict[str, str] = r.table.get("fractions", {})
    if not fractions:
        return text
    after_whole = {**fractions, **r.table.get("fractions_after_whole", {})}
    not_after = set(r.table.get("fraction_not_after", []))
    before_noun: dict[str, str | dict[str, str]] = r.table.get("fractions_before_noun", {})

    def say(m: re.Match) -> str:
        if m[1]:  # 1 1/2 → "one and a half", „eineinhalb"
            whole = r.cardinal(int(m[1]))
            whole = r.table.get("whole_before_fraction", {}).get(whole, whole)
            return r.table["mixed_fraction"].format(whole=whole, fraction=after_whole[m[2]])
        if _word_before(m.string, m.start()) in not_after:
            return m[0]
        form, after = before_noun.get(m[2]), WORD_AFTER.match(m.string, m.end())
        gender = _noun_gender(r, after[1]) if form and after else ""
        before = _word_before(m.string, m.start()).casefold()
        agreeing = r.table.get("fractions_after_article", {}).get(before, {}).get(m[2])  # einen ½ Liter
        if gender and agreeing and gender in agreeing:
            return agreeing[gender]
        if gender:  # ½ Liter → „ein halber Liter", ½ litro → «medio litro», ½ mile → "a half mile"
            return form if isinstance(form, str) else form[gender]
        return fractions[m[2]]

    glued = r.table.get("fractions_glued_after", {})
    if glued:  # une ½ heure → « une demi-heure »: one word with the noun after an article
        text = _glued_pattern(tuple(glued["articles"]), tuple(glued["fractions"])).sub(
            lambda m: f"{m[1]}{glued['fractions'][m[2]]}-", text)
    return _fraction_pattern(tuple(fractions)).sub(say, text)


@lru_cache(maxsize=16)
def _glued_pattern(articles: tuple[str, ...], keys: tuple[str, ...]) -> re.Pattern:
    return re.compile(rf"(?<![\w/.,])((?i:{_alternation_of(articles)})[ \u00a0])({_alternation_of(keys)})"
                      rf"[ \u00a0](?=[^\W\d_])")


def _noun_gender(r: Rules, word: str) -> str:
    """"m", "f" or "n" for the noun ``word`` (by the language's [nouns] or Spanish [counted]
    endings and exceptions; "m" where a language has no genders), "" when it is no noun."""
    counted = r.table.get("counted", {})
    if "feminine_endings" in counted:
        return _gender(counted, word, 1)
    nouns = r.table.get("nouns")
    if not nouns or not word.isalpha() or word.casefold() in nouns.get("not_nouns", []):
        return ""
    if word[0].isupper() != nouns.get("capitalised", False):
        return ""
    gender = next((g for g in "fnm" if word in nouns.get(f"{g}_words", [])), "")
    return gender or next((g for g in "fn" if word.endswith(tuple(nouns.get(f"{g}_endings", [])))), "m")


@lru_cache(maxsize=16)
def _fraction_pattern(keys: tuple[str, ...]) -> re.Pattern:
    """A fraction of ``keys``, alone or after a whole number ("1 1/2", "2½")."""
    whole = r"(?:(\d{1,3})(?:[ \u00a0]|(?=[^\x00-\x7f])))?"  # 1 1/2, 2½ (not 21/2)
    return re.compile(rf"(?<![\w/.,]){whole}({_alternation_of(keys)})(?![\w/]|[.,]\d)")


def _percent(r: Rules, text: str) -> str:
    """5 % and 0,5 ‰ → "5 percent", "0,5 per mille"."""
    if "%" not in text and "‰" not in text:  # (a run of grouped digits was read from each digit)
        return text
    text = re.sub(rf"({r.number})\s?%", lambda m: f"{m[1]} {r.plural(r.words['percent'], m[1])}", text)
    if "‰" not in text:
        return text
    return re.sub(rf"({r.number})\s?‰", lambda m: f"{m[1]} {r.words['per_mille']}", text)


def _units(r: Rules, text: str) -> str:
    units: dict[str, list[str]] = r.table["units"]
    glued: dict[str, list[str]] = r.table.get("glued_units", {})
    feet = r.table.get("feet_inches")
    if feet and ("'" in text or "’" in text or "′" in text):  # 6'2" → "six feet two inches"
        text = FEET_INCHES.sub(lambda m: f"{m[1]} {r.plural(units[feet[0]], m[1])} {m[2]} "
                               f"{r.plural(glued.get(feet[1]) or units[feet[1]], m[2])}", text)
    # 5p, 50c, 10in: a unit only glued to its number ("won 10 in a row"), but not the table's
    # glued_not_units (1080p, a video's lines)
    glued_units = rf"|({_alternation(glued)})(?!\.\w)" if glued else ""  # (7p.m.: no pence)
    not_units = r.table.get("glued_not_units", [])

    def say(m: re.Match) -> str:
        if m[2]:
            return f"{m[1]} {r.plural(units[m[2]], m[1])}"
        if re.sub(r"\D", "", m[1]) + m[3] in not_units:  # 1080p, 1,440p
            return m[0]
        return f"{m[1]} {r.plural(glued[m[3]], m[1])}"

    return re.sub(rf"(?<![\w.,])({r.number})(?:\s?({_alternation(units)}){glued_units})(?![\w²/'’])",
                  say, text)


def _ordinals(r: Rules, text: str) -> str:
    """Ordinals the engine misreads (1er, 2e, 1.º, der 3. Platz); English "2nd" it says well.
    An ending where the word before calls for one (am 3. Tag → "dritten"); a short form
    before a noun where the language has one (3.º lugar → "tercer")."""
    table = r.table.get("ordinals")
    if not table:
        return text
    endings: dict[str, list[str]] = table.get("endings", {})
    short: dict[str, str] = table.get("before_noun", {})
    not_nouns = set(table.get("not_nouns", []))

    capitalised, labels = table.get("after_capitalised"), set(table.get("labels", []))
    openers = set(table.get("openers", []))

    def label(m: re.Match, after: re.Match | None) -> bool:
        """Kapitel 3. Absatz, Rang 12. Es war: a number after a noun, a sentence's end."""
        before = _word_before(m.string, m.start())
        if capitalised is None or not before[:1].isupper() or before.casefold() in capitalised:
            return False
        return before in labels or bool(after and after[1] in openers)

    def say(m: re.Match, feminine: bool = False) -> str:
        after = WORD_AFTER.match(m.string, m.end())
        if label(m, after):
            return m[0]
        if m.lastindex and m.lastindex > 1 and m[2] in table.get("cases", {}):  # 5-го → «пятого»
            return r.declined(int(m[1]), table["cases"][m[2]])
        word = r.ordinal(int(m[1]), feminine=feminine)
        ending = _ending(endings, m.string, m.start())
        if word in short and after and after[1].islower() and after[1] not in not_nouns:
            word = short[word]
        return word + ending

    text = re.sub(table["feminine"], lambda m: say(m, feminine=True), text) \
        if table.get("feminine") else text
    return re.sub(table["pattern"], say, text)


def _regnal(r: Rules, text: str) -> str:
    """Charles III → "Charles the Third"; World War II stays a number ("two"); a queen's
    ordinal feminine where the language says so (Isabel II → «Isabel segunda»)."""
    regnal = r.table["regnal"]
    names, plain = set(regnal["names"]), set(regnal.get("cardinal_after", []))
    suffix = regnal.get("suffix", "")
    feminine_names = set(regnal.get("feminine_names", []))

    genitive = regnal.get("genitive", {})

    def say(m: re.Match) -> str:
        name, numeral, genitive_mark = m[1], m[2], m.groupdict().get("genitive")
        if not name[0].isupper():
            return m[0]
        marker = m["marker"] or genitive_mark or ""
        if not ROMAN.match(numeral) or (len(numeral) == 1 and name not in names and not marker
                                        and name not in plain  # World War I, Type I: "one"
                                        and not ("name_cases" in regnal and _name_case(regnal, name))):
            return m[0]
        if len(numeral) == 1 and not suffix and name not in plain and INITIAL.match(m.string, m.end()):
            return m[0]  # Michael L. Anderson: a middle name's initial
        if numeral == "I" and _pronoun(regnal.get("pronoun_before", []), m.string, m.end()):
            return m[0]  # As a Christian I believe: the pronoun
        n = _roman(numeral)
        if name not in names and not marker and regnal.get("unnamed_cardinal"):
            return f"{name} {r.cardinal(n)}"  # kabinet-Rutte IV → „Rutte vier"
        if genitive_mark:  # Heinrich VIII.s Frauen → „Heinrich des Achten Frauen"
            order = genitive["order_feminine" if name in feminine_names else "order"]
            return f"{name} " + order.format(ordinal=r.ordinal(n))
        if name in plain:
            return f"{name} {n}"
        if marker in regnal.get("cardinal_markers", []):
            return f"{name} {r.cardinal(n)}"
        feminine = name in feminine_names  # Isabel II → «segunda», Elizabeth II. → „die Zweite"
        case = _name_case(regnal, name) if "name_cases" in regnal and not feminine else ""
        if case:  # Jana Pawła II → „Jana Pawła drugiego"
            return f"{name} {r.declined(n, case)}"
        if n <= regnal.get("max_ordinal", 99) and not (regnal.get("ordinal_only_first") and n > 1):
            word = r.ordinal(n, feminine=feminine)
        else:
            word = r.cardinal(n)
        the = regnal.get("the_feminine", "") if feminine else ""
        return f"{name} " + regnal["order"].format(the=the or r.words.get("the", ""), ordinal=word).strip()

    # a suffix inside the sentence is the ordinal's mark alone, said by the words: "Elizabeth II.
    # starb" → "Elizabeth die Zweite starb" (its full stop made the engine pause mid-sentence)
    inside = rf"(?P<mark>{suffix})(?=\s+[^\W_A-ZÀ-Þ])|" if suffix else ""
    # … and with the genitive's ending glued to it ("VIII.s"), the ordinal in the genitive
    inside += rf"(?P<genitive>(?:{suffix}){genitive['mark']})(?!\w)|" if genitive else ""
    # a capitalised name in any script (Николай II): the first letter checked in say; from a
    # token's start only (from each word start in a long dotted token took time in its square)
    return re.sub(rf"(?<![\w.])([^\W\d_][\w.]*)\s([IVXL]+)(?:{inside}(?P<marker>{suffix})?(?=\b|['’]s))",
                  say, text)


def _pronoun(verbs: list[str], text: str, end: int) -> bool:
    """Whether the I ending at ``end`` is the pronoun: a contraction (I'm) or one of ``verbs``
    (the table's ``pronoun_before``: forms only the first person takes) follows."""
    if not verbs:
        return False
    if CONTRACTION.match(text, end):
        return True
    after = WORD_AFTER.match(text, end)
    return bool(after) and after[1].casefold() in verbs


def _name_case(regnal: dict, name: str) -> str:
    """The case a ruler's name is in, by its ending (the table's ``name_cases``: Jana, Zygmunta
    → genitive; Elżbiety → the feminine genitive), "" for the nominative: a name listed, or
    one that, its ending replaced by one of the ``stems`` endings, is (Zygmunta: Zygmunt)."""
    cases = regnal["name_cases"]
    for kind, listed in (("masculine", regnal["names"]), ("feminine", regnal.get("feminine_names", []))):
        for ending, case in sorted(cases[kind].items(), key=lambda e: -len(e[0])):
            if not name.endswith(ending):
                continue
            stem = name[:-len(ending)]
            if (kind == "masculine" and name in listed) or any(stem + e in listed
                                                                for e in cases["stems"][kind]):
                return case
    return ""


def _centuries(r: Rules, text: str) -> str:
    """XXIe siècle → "vingt et unième siècle" (a roman numeral with an ordinal ending)."""
    pattern, cardinal = r.table.get("roman_ordinal"), r.table.get("roman_cardinal")
    endings = r.table.get("ordinals", {}).get("endings", {})  # im XX. Jahrhundert → „zwanzigsten"

    def said(m: re.Match, ordinal: bool) -> str:
        """The match with its numeral (group 1, no letter before it) in words."""
        start = m.start(1)
        if not ROMAN.match(m[1]) or (start and m.string[start - 1].isalnum()):
            return m[0]
        n = _roman(m[1])
        word = r.ordinal(n) + _ending(endings, m.string, start) if ordinal else r.cardinal(n)
        return m[0][:start - m.start()] + word

    if cardinal:  # siglo XXI → «siglo veintiuno»
        text = re.sub(cardinal, lambda m: said(m, False), text)
    return re.sub(pattern, lambda m: said(m, True), text) if pattern else text


@lru_cache(maxsize=256)
def _abbreviation_pattern(keys: tuple[str, ...], follow: str) -> re.Pattern:
    """Any of ``keys``, longest first, before ``follow``; cached: every sentence asks."""
    alternation = "|".join(re.escape(k) + (r"\b" if k[-1].isalnum() else "")
                           for k in sorted(keys, key=len, reverse=True))
    first = "".join(sorted({re.escape(k[0]) for k in keys}))  # a position no key opens fails at once
    return re.compile(rf"(?=[{first}])(?<![\w.])({alternation})(?={follow})")


def _abbreviations(r: Rules, text: str) -> str:
    """Titles and abbreviations, some only before a name or a number (St., No.)."""
    def expand(table: dict[str, str], follow: str) -> Callable[[str], str]:
        if not table:
            return lambda s: s
        pattern = _abbreviation_pattern(tuple(table), follow)
        def say(m: re.Match) -> str:
            following = m.string[m.end():m.end() + 1]
            said = table[m[1]]  # St-Étienne → "Saint-Étienne": no space after a hyphen
            if m[1].endswith(".") and not m.string[m.end():].strip():  # … in the U.S.
                said += "."
            return said + (" " if following.isalnum() and said[-1:].isalnum() else "")

        return lambda s: pattern.sub(say, s)

    text = expand(r.table.get("before_number", {}), r"\s?\d")(text)
    # Art. 5 GG: an article's number has one to three digits ("merkwürdige Art. 2008" a year)
    text = expand(r.table.get("before_short_number", {}), r"\s?\d{1,3}(?!\d|[.,]\d)")(text)
    text = expand(r.table.get("before_name", {}), r"\s[A-ZÀ-Ý]")(text)
    text = expand(r.table["months"].get("short", {}), "")(text)
    # WHO'S THE DADDY?, THE WHO WARNED: a shouted line's words, none spelled
    text = expand(r.table.get("spelled", {}), r"(?!['’]S\b|[ \u00a0]+[A-Z]{2,}\b)")(text)
    for ending, said in r.table.get("word_endings", {}).items():  # Hauptstr. → „Hauptstraße"
        text = re.sub(rf"\b([A-ZÀ-Ý][^\W\d_]+){re.escape(ending)}(?!\w)", rf"\1{said}", text)
    return expand(r.table.get("abbreviations", {}), "")(text)


def _years(r: Rules, text: str) -> str:
    """in 1990 → "in nineteen ninety" (a year after a word that introduces one)."""
    before = r.table.get("year_before")
    if not before or not r.table.get("year_words"):
        return text
    return re.sub(rf"\b({_alternation(before)})\s(1[1-9]\d\d|20\d\d)(?![\d,.]\d|\w|\s?%)",
                  lambda m: f"{m[1]} {r.year(m[2])}", text)


def _is_count(r: Rules, m: re.Match) -> bool:
    """Whether a lone number of a year's shape (``m``) is a count: a word that counts things
    after it (1500 Menschen, 2019 people, 1100 Euro, 1500 Kilometer: the table's
    ``bare_year_not_before`` and its units', currencies' and scales' words) or one that says
    how many before it (rund 1500, about 1990)."""
    after = WORD_AFTER.match(m.string, m.end())
    if after and after[1] in r.counting_words:
        return True
    before = _word_before(m.string, m.start()).casefold()
    return bool(before) and before in r.table.get("bare_year_not_after", [])


def _numbers(r: Rules, text: str) -> str:
    """Every number left, in words: engines read digits and words a little differently."""
    def say(m: re.Match) -> str:
        written = m[0]
        whole, fraction, separator = r.split(written)
        if fraction is not None and r.table.get("decimal_fractions"):  # 90,5 → «девяносто целых пять десятых»
            return r.cardinal(float(f"{whole}.{fraction}"))
        if fraction is not None and r.table.get("decimals_as_number"):  # 1,45 → „jeden przecinek
            rest = fraction.lstrip("0")  # czterdzieści pięć", 3,05 → „trzy przecinek zero pięć"
            said = [r.cardinal(0)] * (len(fraction) - len(rest)) + ([r.cardinal(int(rest))] if rest else [])
            return f"{r.cardinal(int(whole))} {r.decimal_word(separator)} " + " ".join(said)
        if fraction is not None:
            return (f"{r.cardinal(int(whole))} {r.decimal_word(separator)} "
                    + " ".join(r.cardinal(int(d)) for d in fraction))
        if r.table.get("bare_years") and re.fullmatch(r"1[1-9]\d\d|20\d\d", written) \
                and not _is_count(r, m):
            return r.cardinal(int(written)) if written.startswith("200") else r.year(written)
        if CODE.fullmatch(written):
            return " ".join(r.cardinal(int(d)) for d in written)
        n = int(re.sub(r"\D", "", written))
        if len(written) == 3 and _model_number(r, m):  # a Boeing 737 → "seven thirty-seven"
            return f"{r.cardinal(n // 100)} {r.words['hundred'] if n % 100 == 0 else r.cardinal(n % 100)}"
        return _counting(r, n, m.string, m.end(), m.start()) or r.cardinal(n)

    return re.sub(rf"(?<![\w.,])(?:{r.number})(?![\w]|[.,]\d)", say, text)


def _model_number(r: Rules, m: re.Match) -> bool:
    """Whether the number ``m`` names a model said in pairs, by the word before it or after it
    (the table's ``models``: a Boeing 737, the 787 Dreamliner, the 737 MAX)."""
    models = r.table.get("models")
    if not models:
        return False
    after = WORD_AFTER.match(m.string, m.end())
    return _word_before(m.string, m.start()) in models["after"] \
        or bool(after and after[1] in models["before"])


def _symbols(r: Rules, text: str) -> str:
    words = r.words
    text = re.sub(r"#(?=[A-Za-z])", f"{words['hashtag']} ", text)
    text = re.sub(r"(?<!\w)@(?=\w)", f"{words['at']} ", text)
    for symbol, word in r.table.get("symbols", {}).items():
        text = re.sub(rf"\s?{re.escape(symbol)}\s?(?=[\w(])", f" {word} ", text)
    return text


def _long_numbers(r: Rules, text: str) -> str:
    """Each run of digits too long to say as a number, set apart digit by digit; one too long
    to read out, said as its number of digits."""
    def say(m: re.Match) -> str:
        if len(m[0]) > MAX_DIGITS_SAID:
            return r.words["long_number"].format(digits=r.cardinal(len(m[0])))
        return " ".join(m[0])

    return LONG_DIGITS.sub(say, text)


PASSES: tuple[Pass, ...] = (_called, _long_numbers, _groups, _addresses, _verses, _numeric_dates, _phones,
                            _times, _scores, _fractions, _money, _declined, _dates, _decades, _signed_units,
                            _ranges, _signs, _multiplied, _percent, _units, _ordinals, _centuries, _regnal,
                            _abbreviations, _years, _symbols, _numbers)


# Languages whose engine reads their words only once respelled: Japanese kanji, as kana
READERS: dict[str, Callable[[str], str]] = {"ja": kana}


def normalise(text: str, lang: str) -> str:
    """What to say for ``text`` in ``lang``; the text itself when we have no rules for it."""
    reader = READERS.get(lang.casefold().replace("_", "-").split("-")[0])
    if reader:
        text = reader(text)
    table = rules(lang)
    if table is None:
        return text
    for step in PASSES:
        try:
            text = step(table, text)
        except Exception:  # a word missing from a table, a number num2words refuses: this
            # pass says nothing new, the rest go on, and the narration is made all the same
            LOG.warning("speech: %s passed over for %s text %.80r", step.__name__, lang, text,
                        exc_info=True)
    return re.sub(r"[ \t]{2,}", " ", text).strip()
