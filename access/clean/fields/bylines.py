"""Bylines put in one shape: people's names without "by", roles, dates or addresses."""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from access.clean.fields.dates import (
    DAY_WORD,
    DIGIT,
    GLUED_MONTH,
    MAX_DATED_NAME_WORDS,
    WRITTEN_DATES,
    date_label,
    date_labelled,
    day_words,
    iso_date,
    label_on,
    relative_tail,
    written_date,
)
from access.clean.fields.wordlists import (
    any_sentence_word,
    byline_words,
    bylines_toml,
    latin_by_words,
    longest_first,
    word_alternatives,
)
from access.clean.rules import built_once, compiled_once
from access.document.letters import CAPITAL_FREE, LOWER, UPPER
from access.document.model import UNSPACED, count_words


def _name_end() -> re.Pattern[str]:
    """A byline's name part ends at a separator followed by a date, a role or a place, at a word
    before its day or a label dating it (bylines.toml name_end_on, name_end_labels).
    (Each way over a run of spaces is taken at its first space only, and the whole run: a line
    of spaces took time in the cube of its length.)"""
    on = "|".join(map(re.escape, bylines_toml()["name_end_on"]))
    labels = "|".join(map(re.escape, bylines_toml()["name_end_labels"]))
    return re.compile(r"(?<!\s)(?:\s*+(?:\||/|／|•|·|,\s*+(?=\S*\d)|,\s*+(?=" + DAY_WORD + r"))"
                      r"|\s++(?:[-–—]\s|(?:" + on + r")\s++(?=\S*\d|" + DAY_WORD + r")"
                      r"|(?=" + DAY_WORD + r"\.?\s*\d)"
                      r"|(?:" + labels + r")\b)).*$",
                      re.IGNORECASE)


NAME_END = _name_end()


DOMAIN = re.compile(r"\w\.(?:com|org|net|co|[a-z]{2})\b", re.IGNORECASE)  # ", Cleveland.com"
WEB_ADDRESS = re.compile(r"\bwww\.\w", re.IGNORECASE)
# An address and all after it ("By Megan Rowe meganr@spokesman.com (509) …"), or a handle glued
# on ("By Jon Porter@JonPorty Jul 3, 2019"): an address has a dot after its "@", a handle none.
# (Both tried only where a run of spaces or of an address's characters begins: from each of
# its characters, a long run took time in the square of its length.)
EMAIL_ON = re.compile(r"(?<!\s)\s*+(?:(?<![\w.+-])[\w.+-]+@[\w-]+\.\w|@).*$")
GLUED = re.compile(rf"(?<=[{LOWER}]{{3}})(?=[{UPPER}])")  # "Meg JamesStaff Writer": a role run onto a name
GLUED_DAY = re.compile(DAY_WORD, re.IGNORECASE)  # "Jeff FoustMonday, November 18"
MAX_NAME_WORDS = 4


@cache
def words_joined(*keys: str) -> frozenset[str]:
    """bylines.toml's word lists named by ``keys`` in one set (made once: a union of a few
    hundred words cost more than the test asking of it)."""
    return frozenset().union(*(byline_words()[key] for key in keys))


@cache
def _ui_words() -> frozenset[str]:
    """bylines.toml's ui_words as _words reads a line's (casefolded: "schließen" is "schliessen")."""
    return frozenset(word.casefold() for word in byline_words()["ui_words"])


@built_once
def _adjective() -> re.Pattern[str]:
    """A word that is an adjective inflected before a noun ("Nachhaltige", "OLYMPISCHE")."""
    return compiled_once(rf"[^\W\d_]{{3,}}(?:{bylines_toml()['adjective_ending']})", re.IGNORECASE)


@built_once
def _reviewer() -> re.Pattern[str]:
    """A reviewer's label, then a "by" word ("Fact checked by", "Medically reviewed by")."""
    labels, words = word_alternatives("reviewer_labels"), word_alternatives("by_words")
    return compiled_once(rf"(?:{labels})\s+(?:{words})\b", re.IGNORECASE)


def reviewer_line(line: str) -> bool:
    """Whether a line credits who checked the article, not who wrote it ("Fact checked by
    Fernando Flores", "Medically reviewed by Daniel Murrell, MD")."""
    return bool(_reviewer().match(line.strip()))


def author_link(line: str) -> bool:
    """Whether a line is only a link to a writer's other pieces or profile ("Weitere Beiträge",
    "Kirjoittajan muut jutut", "More by", "View all posts")."""
    return " ".join(line.split()).rstrip(" :»›>.").casefold() in byline_words()["author_links"]


WORD = re.compile(r"\w+")


def _words(text: str) -> set[str]:
    return set(WORD.findall(text.casefold()))


def _without_roles(name: str) -> str:
    """A byline without the role or outlet after the names: ", AP Auto Writer", "Staff Writer"
    or a day glued on, ", Associated Press", ", Cleveland.com", and anything after a role (the
    organisation the person holds it in)."""
    roles = byline_words()["role_words"]
    outlets = words_joined("role_words", "not_name_words")
    for glue in GLUED.finditer(name):
        if _words(name[glue.start():]) & roles or GLUED_DAY.match(name, glue.start()):
            name = name[:glue.start()]
            break
    parts = name.split(",")
    kept, role = parts[:1], False
    for part in parts[1:]:
        if role:
            if not _joiner_opens(part):
                continue  # what follows a role is where the person holds it (", Staff Attorney, ACLU …")
            role = False
        if _words(part) & roles:
            role = True
        elif not _words(part) & outlets and not DOMAIN.search(part):
            kept.append(" " + part.split(None, 1)[-1] if _joiner_opens(part) else part)  # ", and John Doe"
    return ",".join(kept).strip(" ,")


def _joiner_opens(part: str) -> bool:
    """Whether a comma part opens with a word joining another person ("and John Smith")."""
    words = part.split()
    return bool(words) and (words[0].casefold() in byline_words()["joiners"] or words[0] == "&")


def byline_names(line: str) -> str:
    """People's names from a byline: no "By", no date, no address, no role; "" for a dateline."""
    line = EMAIL_ON.sub("", " ".join(line.split()))
    if not line or "://" in line or "@" in line or date_label().match(line):
        return ""
    name = NAME_END.sub("", label_on().sub("", by_prefix().sub("", _script_by_prefix().sub("", line))))
    name = _script_role_after().sub("", _without_roles(name.strip(" ,|:;-")))
    if not name or DIGIT.search(name) or count_words(name) > 12:
        return ""
    return name


@built_once
def people_joiner() -> re.Pattern[str]:
    """A word joining a byline's people, spaces around it (bylines.toml joiners: "and", "&", "und")."""
    return compiled_once(rf"(?<!\s)\s++(?:{word_alternatives('joiners')})\s+")


@built_once
def by_prefix() -> re.Pattern[str]:
    """A byline's opening "by" word of a spaced script (bylines.toml by_words: "By", "Von",
    "Por", "Av"), perhaps after a label ("Posted by", "Ein Beitrag von"), or a writer's label
    and its colon ("Author:", "Autorin:"), or a "by" glued on ("PorRodolfo Costa")."""
    words = "|".join(map(re.escape, latin_by_words()))
    glued = "|".join(re.escape(w.capitalize()) for w in latin_by_words())
    return compiled_once(rf"^\s*(?:(?:{word_alternatives('author_labels')})\s+)*(?:{words})[:\s]+"
                         rf"|^\s*(?:{word_alternatives('writer_labels')}):\s*"
                         rf"|^\s*(?-i:{glued})(?=(?-i:[{UPPER}][{LOWER}]))", re.IGNORECASE)


@built_once
def _script_by_prefix() -> re.Pattern[str]:
    """A byline's opening "by" word in another script, with its separator ("记者：", "Автор: ",
    "بقلم ", "Հեղինակ՝ ", "ရေးသားသူ - "): by_prefix() has the Latin ones."""
    words = "|".join(longest_first(re.escape(w) for w in byline_words()["by_words"] if not w.isascii()))
    return compiled_once(rf"^\s*(?:{words})[:：/／|｜՝\-–—\s]+", re.IGNORECASE)


@built_once
def _script_role() -> re.Pattern[str]:
    """A role word of another script (one that follows the name: "홍길동 기자")."""
    words = longest_first(re.escape(w) for w in byline_words()["role_words"] if not w.isascii())
    return compiled_once("|".join(words))


@built_once
def _script_role_after() -> re.Pattern[str]:
    """A role word of another script closing a byline ("홍길동 기자")."""
    return compiled_once(rf"\s+(?:{_script_role().pattern})$")


def suffixed_byline(line: str) -> str:
    """The people a short line names before a role word of a script that puts it after the
    name ("홍길동 기자", "홍길동 기자 hong@yna.co.kr"); "" otherwise."""
    if line.isascii() or not _script_role().search(line):
        return ""  # (most lines: no such role word)
    line = EMAIL_ON.sub("", " ".join(line.split()))
    if not _script_role_after().search(line) or count_words(line) > MAX_NAME_WORDS + 1:
        return ""
    names = byline_names(line)
    return names if names and uncased_name(names) else ""


def people_listed(names: str) -> str:
    """Several people a joiner word names listed by commas ("Fiona Bornhöft und Mariam Hofbeck"
    → "Fiona Bornhöft, Mariam Hofbeck"): the joiner is the byline's language, not a name. Only
    when each is named in full ("José Ortega y Gasset" is one man)."""
    people = [p.strip() for p in _joiner().split(names) if p.strip()]
    if len(people) < 2 or "," in names or min(len(p.split()) for p in people) < 2 or not names_shaped(names):
        return names
    return ", ".join(people)


def people_only(names: str) -> str:
    """A byline of one person without what follows the name after a comma when it names no
    person: credentials, an outlet or a place, each one capitalised word, or a role or an outlet's
    label ("Grant Tinsley, PhD", "Rob Picheta, CNN", "Ilana Muhlstein, MS, RDN"). A part of several
    words without such a word may be a person's, and then the byline is left whole ("Markus M.
    Haefliger, London, Beat Bumbacher": the place is the first's), as it is when a part is a word
    in lower case ("Rote Beeren, Zitrusnoten, süßlich": a list of words, no name and its outlet)."""
    parts = names.split(",")
    if len(parts) < 2 or not names_shaped(parts[0]) or len(parts[0].split()) < 2:
        return names
    if all((len(p.split()) == 1 and p.strip()[:1].isupper()) or role_named(_joiner().sub(" ", p))
           for p in parts[1:]):
        return parts[0].strip()
    return names


def untitled(names: str) -> str:
    """A byline without the occupation's title before its name ("Rechtsanwalt Sebastian
    Einbock" → "Sebastian Einbock"), when a capitalised name follows it."""
    title, _, rest = names.strip().partition(" ")
    if title.casefold() in byline_words()["occupation_titles"] and rest[:1].isupper():
        return rest
    return names


def agency(line: str) -> str:
    """The news agency or newsroom a short line names alone, its place after a comma aside
    ("Reuters, Washington,", "REDACCIÓN"); "" otherwise."""
    head = line.split(",")[0].strip()
    return head if head.casefold() in byline_words()["agencies"] else ""


def newsroom(names: str) -> bool:
    """Whether a byline's name part names the newsroom that wrote the piece, no person ("STAFF AND
    NEWS SERVICE REPORTS", "Die Redaktion"): each word a newsroom's word, a filler or a joiner."""
    lists = byline_words()
    words = [w.casefold() for w in re.findall(r"[^\W\d_]+", names)]
    return (bool(words) and any(w in lists["newsroom_words"] for w in words)
            and all(w in lists["newsroom_words"] or w in lists["newsroom_fillers"] or w in lists["joiners"]
                    for w in words))


def is_label(line: str) -> bool:
    """Whether every word of a line is a site's label word ("Sign up now", "Latest News") or a
    sentence's beside one ("NOCH KEINE Kommentare", "All the news")."""
    words = _words(line)
    labels = byline_words()["not_name_words"]
    return bool(words & labels) and words <= words_joined("not_name_words", "sentence_words")


@lru_cache(maxsize=256)
def person_name(line: str) -> str:
    """The people a line names when it is only their names, perhaps with a role or outlet after
    a comma ("Natasha Turak", "Tom Krisher, AP Auto Writer", "JANIE HAR"); "" otherwise.
    Remembered for a page's lines: the header's rules ask it of the same lines again and again."""
    most = 3 * MAX_NAME_WORDS
    if len(line.split(maxsplit=most)) > most or DIGIT.search(line) or "@" in line:
        return ""  # (a paragraph is split no further than a line of names is long)
    line = " ".join(line.split())
    head = line.split(",")[0].strip()
    people = people_joiner().split(head)
    tail = line[len(head):]
    role = tail.split(",")[1] if tail.startswith(",") else ""
    if _words(role) & byline_words()["role_words"]:
        tail = role  # a role, then where it is held ("Staff Attorney, ACLU Racial Justice Program")
    if count_words(tail) > MAX_NAME_WORDS + 2 or _words(head) & byline_words()["role_words"]:
        return ""
    return byline_names(line) if len(people) <= 3 and all(map(_is_name, people)) else ""


MAX_UNSPACED_NAME = 6  # letters of a name written without spaces ("王晓明", "佐藤花子")
ONE_WORD_NAME = re.compile(r"[\uac00-\ud7a3]+|" + UNSPACED.pattern)  # and Korean ("홍길동")


def uncased_name(line: str) -> bool:
    """Whether a byline's names are written in scripts without capitals, shaped as names: two to
    four words ("ليلى حداد", "प्रिया शर्मा", "佐藤 花子"), or one short word of a script written
    without spaces or of Hangul ("王晓明", "홍길동"). (Capitals tell a name in other scripts: person_name.)"""
    words = line.split()
    if not words or not all(_uncased(w[0]) for w in words) or not names_shaped(line):
        return False
    if len(words) == 1:
        return bool(ONE_WORD_NAME.fullmatch(words[0])) and 2 <= _base_letters(words[0]) <= MAX_UNSPACED_NAME
    return len(words) <= MAX_NAME_WORDS and all(
        _base_letters(w) <= MAX_UNSPACED_NAME for w in words if UNSPACED.match(w))


def _base_letters(word: str) -> int:
    """A word's letters, its vowel signs and other marks not counted ("အောင်ကျော်": four)."""
    return sum(1 for c in word if not unicodedata.category(c).startswith("M"))


def _is_name(text: str) -> bool:
    """Two to four capitalised words, none a label's or an outlet's ("Bruce Y. Lee"), none a
    sentence's ("Alle Artikel", "Da La Nota" are labels)."""
    lists = byline_words()
    words = text.split()
    if not 2 <= len(words) <= MAX_NAME_WORDS or _words(text) & lists["not_name_words"]:
        return False
    if any_sentence_word(words):
        return False
    capitalised = 0
    for word in words:
        if word in lists["particles"]:
            continue
        letters = word.replace(".", "").replace("-", "").replace("'", "").replace("’", "")
        if not letters.isalpha() or not word[0].isupper():
            return False
        capitalised += 1
    return capitalised >= 2 and name_shaped_words(words)


NAME_PART_LETTERS = 15  # a part of a name is no longer ("Pieczewski-Freimuth"; not "Weltmeisterschaften")
SHOUTED = 4  # letters of a word in capitals that is an acronym or a shout, not an initial's ("JR", "AJ")
NAME_PARTS = re.compile(r"[-'’.]")  # what joins a name's parts ("Engels-Krone", "O'Donnell")
GLUED_WORDS = re.compile(rf"[^\W\d_{UPPER}]{{4}}[{UPPER}]")  # "Edición ImpresaPDF", "TrumpWhite House"


def name_shaped_words(words: list[str]) -> bool:
    """Whether capitalised words are shaped as a person's name, not a label's or a heading's:
    no word of a site's interface ("RSS Feed", "Artikel Galerie"), no part longer than a
    name's ("Weltmeisterschaften"), no words run together ("AbfallSubmenu"), no word in
    capitals before a word in mixed case ("FINA Weltmeisterschaften", "ADAC Community"; a
    surname in capitals closes a name: "Samir DRIDI"; a name all in capitals is a byline's:
    "JANIE HAR"), no adjective before a noun ("Nachhaltige Entwicklung"), and an article's
    "der" or "den" only after a name's particle ("Ursula von der Leyen"; not "Tag der
    Rückengesundheit")."""
    lists = byline_words()
    if _words(" ".join(words)) & _ui_words():
        return False
    if any(_adjective().fullmatch(word) for word in words[:-1]):
        return False
    for i, word in enumerate(words):
        if word.casefold() in ("der", "den") and not (i and words[i - 1].casefold() in lists["particles"]):
            return False
        if GLUED_WORDS.search(word) or max(map(len, NAME_PARTS.split(word))) > NAME_PART_LETTERS:
            return False
        if (word.isupper() and len(word.strip(".")) >= SHOUTED
                and any(not later.islower() and not later.isupper() for later in words[i + 1:])):
            return False
    return True


MAX_BYLINE_WORDS = 20  # a longer line is prose, whatever "by" it holds


GLUED_BY_SEPARATOR = "[:：/／|｜・\\s]"  # what follows a "by" word of a script written without spaces


def _glued_by_words(shortest: int = 1) -> str:
    """bylines.toml's "by" words of scripts written without spaces ("记者", "作者", "文") this
    long at least, as a regular expression's alternatives, longest first."""
    return "|".join(longest_first(re.escape(w) for w in byline_words()["by_words"]
                                  if UNSPACED.search(w) and len(w) >= shortest))


@built_once
def by_word() -> re.Pattern[str]:
    """A word bringing a byline's people ("by", "Von:", "por"), with what separates it from them;
    of a script written without spaces, perhaps another of two letters or more glued to the
    name ("作者： 记者王敬照": the writer's label, then the reporter's)."""
    spaceless = {w for w in byline_words()["by_words"] if UNSPACED.search(w)}
    # longest first: "από τη" before "από"
    words = "|".join(map(re.escape, longest_first(byline_words()["by_words"] - spaceless)))
    glued, second = _glued_by_words(), _glued_by_words(2)
    return compiled_once(rf"(?<![\w@.])(?:(?:{words})(?![\w@])[:՝\s]*"
                         rf"|(?:{glued}){GLUED_BY_SEPARATOR}+(?:(?:{second}){GLUED_BY_SEPARATOR}*)?)",
                         re.IGNORECASE)


OUTLET_LETTERS = 8  # an outlet's name glued before a reporter's "by" word is no longer ("半月谈", "新华社")
IDEOGRAPHS = "[\u3040-\u30fa\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"  # Chinese and Japanese letters


@built_once
def _outlet_by() -> re.Pattern[str]:
    """A line opening with an outlet's name glued to a "by" word of two letters or more of a
    script written without spaces, then a separator ("半月谈记者 史卫燕", "本报记者 王小明"):
    the outlet's reporter, named after it."""
    outlet = rf"{IDEOGRAPHS}{{1,{OUTLET_LETTERS}}}?"
    return compiled_once(rf"^\s*{outlet}(?:{_glued_by_words(2)}){GLUED_BY_SEPARATOR}+")


@cache
def joiners() -> frozenset[str]:
    """The words joining a byline's people ("and", "und", "&"), and a comma."""
    return byline_words()["joiners"] | {","}


@built_once
def _joiner() -> re.Pattern[str]:
    """A comma, or a word joining two people ("and", "und", "y", "&")."""
    words = "|".join(map(re.escape, longest_first(byline_words()["joiners"])))
    return compiled_once(rf"\s*,\s*|\s+(?:{words})\s+", re.IGNORECASE)


def names_shaped(names: str) -> bool:
    """Whether a byline's name part looks like people's names, in any language: at most four
    people of one to four capitalised words each (particles inside a name aside), no word of a
    sentence among them, and several people never named by one word each ("Von Risiken und
    Nebenwirkungen" is a subheading, "By the time we left" a sentence). One lower-case word
    alone is a user's handle ("by admin")."""
    people = [p.split() for p in _joiner().split(names.strip()) if p.strip()]
    if not people or len(people) > 4 or (len(people) > 1 and min(map(len, people)) < 2):
        return False
    return all(_person_shaped(words, len(people) == 1) for words in people)


def _person_shaped(words: list[str], alone: bool) -> bool:
    lists = byline_words()
    if not 1 <= len(words) <= MAX_NAME_WORDS or any_sentence_word(words):
        return False
    for i, word in enumerate(words):
        if i and word.casefold() in lists["particles"]:
            continue
        letters = word.replace(".", "").replace("-", "").replace("'", "").replace("’", "")
        capital = word[0].isupper() or _uncased(word[0])
        if not _letters(letters) or not (capital or (alone and len(words) == 1)):
            return False
    return True


def _letters(word: str) -> bool:
    """Letters only, with their combining marks (the vowel signs of Devanagari, Bengali, Thai)."""
    return bool(word) and all(c.isalpha() or unicodedata.category(c)[0] == "M" for c in word)


def _uncased(letter: str) -> bool:
    """A letter of a script without capitals (Arabic, Hebrew, Devanagari, Han), or of one whose
    capitals no name takes (Georgian: "ნინო ბერიძე"): a name there is not told by its case."""
    return letter.isalpha() and ((not letter.islower() and not letter.isupper())
                                 or letter in CAPITAL_FREE)


@lru_cache(maxsize=4096)
def written_byline(line: str, outlets: bool = True, listed: bool = True, glued: bool = True,
                   piped: bool = True) -> str:
    """The people a short line names after its "by" word, anywhere in it, when only a label
    ("Geschrieben von", "Ein Beitrag von", "Publicado por"), a date ("02.02.2022, 11:30 Uhr
    von Markus Steinrisser") or (``outlets``) an outlet's name glued to a reporter's word of a
    script written without spaces ("半月谈记者 史卫燕") comes before it and they look like
    names; "" otherwise. With ``listed``, a "by" word a comma follows is a listed item, no
    "by" ("av, consoles, entertainment": tags, the first Swedish "av"); with ``glued``, a day
    glued to the last name is parted from it ("by Lucas Nolan22 Dec 2016": not "Lucas"); with
    ``piped``, a "by" opening a part of a line parted by bars may follow anything ("Ciclismo | Por:
    Juan Diego | Actualizado el: 19 abril 2022", "yas! | By Cara Stiles | April 13, 2020")."""
    if outlets and not line.isascii() and (outlet := _outlet_by().match(line)):
        rest = line[outlet.end():].split()  # "半月谈记者 史卫燕"; not a picture's "新华社记者 才扬 摄"
        return "" if rest and rest[-1] in byline_words()["photo_credits"] else _people_after(" ".join(rest))
    if not by_word().search(line):
        return suffixed_byline(line)
    line = " ".join(line.split())
    if count_words(line) > MAX_BYLINE_WORDS or "://" in line:
        return ""
    for match in by_word().finditer(line):
        if listed and line.startswith(",", match.end()):
            continue
        if _byline_head(head := line[:match.start()]) or (piped and head.rstrip().endswith(PART_BARS)):
            return _people_after(line[match.end():], glued)
    return ""


PART_BARS = ("|", "•", "·")  # what parts a line of a post's facts ("Ciclismo | Por: Juan Diego | …")


MAX_WITH_LABEL = 3  # words before the "with" of a line naming whom an interview is with


@built_once
def _with_label() -> re.Pattern[str]:
    """A few words, a "with" word, then the rest ("Interview mit | Bernhard Mosbacher und …")."""
    words = "|".join(map(re.escape, longest_first(byline_words()["with_words"])))
    return compiled_once(rf"^(?:\S+\s+){{1,{MAX_WITH_LABEL}}}(?:{words})\s+(.+)$", re.IGNORECASE)


def with_names(line: str) -> str:
    """The people a short label line says its piece is with, naming nothing else after its
    "with" word ("Interview mit Autorin Katrin Kämpf", "Im Gespräch mit Anna Lee und Tom
    Berg"); "" otherwise."""
    match = _with_label().match(" ".join(line.split()))
    if not match or DIGIT.search(line) or len(match.group(1).split()) < 2:
        return ""  # a person named in full: "Leben mit Diabetes" names a topic
    return match.group(1) if names_shaped(match.group(1)) else ""


def dated_byline_at(line: str) -> int:
    """Where a byline naming people and then a day closes a line (its last "by" word such
    follow), -1 when none: a headline copied with its byline and date on one line ("… gas
    leak by LOGAN C. RITCHIE NOVEMBER 8, 2023 | 6:03 PM")."""
    for match in reversed(list(by_word().finditer(line))):
        tail = line[match.end():]
        if iso_date(tail) and _people_after(tail):
            return match.start()
    return -1


BY_ALONE_CHARS = 80  # a "by" after at most five label words or a date, and its spaces


def by_alone(line: str) -> bool:
    """Whether a line is only a "by" word, perhaps after a label or one word ("By", "Von:",
    "Ein Beitrag von:", "Kommentar von"), or only a writer's label ("Author:", "Autor*in"):
    the names are on the next line."""
    if len(line) > BY_ALONE_CHARS:
        return False  # a line of prose: asked of every line of the body
    line = " ".join(line.split())
    if line.rstrip(" :").casefold() in byline_words()["writer_labels"]:
        return True
    match = by_word().search(line)
    return bool(match) and match.end() == len(line) and (
        len(line[:match.start()].split()) <= 1 or _byline_head(line[:match.start()]))


@built_once
def _starter_label() -> re.Pattern[str]:
    """A forum's thread-starter label opening a line, then the rest ("Thread starter | Tiberius")."""
    labels = word_alternatives("starter_labels").replace(r"\ ", r"\s+")  # (any spacing between its words)
    return compiled_once(rf"^(?:{labels})\s*:?\s+(.+)$", re.IGNORECASE)


HANDLE_WORD = re.compile(r"[^\W_][\w.'’-]*")  # a word of a forum's handle: letters, digits, dots
HANDLE_END = re.compile(r"\s*(?:[,|·•]|\s[-–—]\s).*$")  # what follows the handle ("…, Sep 18, 2020")
MAX_HANDLE_WORDS = 3


def starter_name(line: str) -> str:
    """The handle a forum's thread-starter label names ("Thread starter Tiberius", "Themenstarter
    Pepemaus", "Started by jesusfreak, Sep 18, 2020"): one to three words, any case, with a
    letter; "" when the line is no such label's."""
    match = _starter_label().match(line.strip())  # (its \s+ reads any spacing: no split first)
    if not match:
        return ""
    handle = HANDLE_END.sub("", " ".join(match.group(1).split()))
    words = handle.split()
    if not 1 <= len(words) <= MAX_HANDLE_WORDS or iso_date(handle) or _words(handle) & byline_words()[
            "sentence_words"]:
        return ""  # ("Started by the time …": a sentence)
    if not all(HANDLE_WORD.fullmatch(word) and any(c.isalpha() for c in word) for word in words):
        return ""
    return handle


def role_named(text: str) -> bool:
    """Whether a word of ``text`` is a label's, an outlet's or a role's ("Editorial Staff")."""
    lists = byline_words()
    return bool(_words(text) & (lists["not_name_words"] | lists["role_words"]))


def by_word_alone(line: str) -> bool:
    """Whether a line is a "by" word and nothing else ("By", "von:", "por"): no label before it."""
    return len(line) <= BY_ALONE_CHARS and bool(by_word().fullmatch(line.strip()))


def _byline_head(head: str) -> bool:
    """What may stand before a byline's "by": nothing, a few label words, or a date."""
    words = re.findall(r"[^\W\d_]+", head.casefold())
    labels = byline_words()["author_labels"]
    return (len(words) <= 4 and all(w in labels for w in words)) or (len(words) <= 5 and bool(iso_date(head)))


END_WORD = re.compile(r"(?<!\S)\S*\d")  # a number or a date after the names ("by Kay 24 Comments")
# A day glued to the last name ("Nadja Demel13.12.2022"; a handle's digits stay: "freeman1984")
GLUED_NUMBER = re.compile(r"(?<=[^\W\d_]{2})(?=[0-3]?\d[./-][01]?\d[./-]\d\d)")


def _people_after(text: str, glued: bool = False) -> str:
    """The names opening ``text`` (what follows a "by"), up to a separator, an address, a
    number, another "by" or a word of a sentence ("Camila Méndez en Territorio"); "" when
    they do not look like names (cut at a sentence's word, one word is no name); with ``glued``,
    a day glued to the last name before a month's name parted from it ("Nolan22 Dec 2016")."""
    text = GLUED_MONTH.sub(" ", text) if glued and DIGIT.search(text) else text
    text = NAME_END.sub("", label_on().sub("", EMAIL_ON.sub("", GLUED_NUMBER.sub(" ", text))))
    text = text[:found.start()] if (found := END_WORD.search(text)) else text
    words = text.split()
    words = words[:next((i for i, w in enumerate(words) if i and w.endswith((":", "："))), len(words))]
    # (a label after the names: "von Lars Sobiraj Lesezeit: 4 Min.", "作者： 记者王敬照 编辑： 王华军")
    kept = next((i for i, word in enumerate(words)
                 if i and (_ends_names(word.casefold()) or _weekday_on(word))), len(words))
    while kept < len(words) and kept and words[kept - 1].casefold() in joiners():
        kept -= 1  # cut before what ends the names, a joiner joins no one ("By STAFF AND NEWS …")
    if kept < len(words) and kept < 2:
        return ""
    names = byline_names(" ".join(words[:kept]))
    parts = names.split(",")  # the people, then perhaps a role or an outlet ("…, AMP Project, Google")
    shaped = next((i for i in range(len(parts), 0, -1) if names_shaped(",".join(parts[:i]))), 0)
    return ",".join(parts[:shaped]).strip() if shaped else ""


def _weekday_on(word: str) -> bool:
    """Whether a word after a byline's names begins its date: a weekday or clock word written
    small ("Por Redacción Diario Pagina Siete martes, 3 de mayo de 2022"; a capitalised one
    may be a name's: "Sonntag"), no particle inside a name ("Maria de Souza")."""
    key = word.rstrip(",.")
    return key.islower() and key in day_words() and key not in byline_words()["particles"]


def _ends_names(key: str) -> bool:
    """Whether a word after a byline's first cannot be part of the names: a sentence's, a
    label's ("… Twitter Account") or another "by" (but a particle or a joiner: "Alexa von
    Heyden", "Tom and Ann Lee")."""
    lists = byline_words()
    return ((key in lists["sentence_words"] or key in lists["not_name_words"] or key in lists["by_words"])
            and key not in lists["particles"] and key not in lists["joiners"])


def relative_name(line: str) -> str:
    """The person a short line names before how long ago the piece was posted, without a "by"
    ("Alex Perry 1 day ago", "Jacobo Betancur Peláez | Publicado hace 3 horas"); "" otherwise."""
    if not DIGIT.search(line) or count_words(line) > MAX_DATED_NAME_WORDS:
        return ""
    line = " ".join(line.split())
    found = relative_tail().search(line)
    return person_name(line[:found.start()]) if found and found.start() else ""


# (an address too; never tried from within a run of spaces, each way over it taken once: a
# long run took time in the square of its length)
DATE_PARTS = re.compile(r"(?!(?<=\s)\s)(?:\s*+(?:[|/,•·–—:()]|\S*[\d@]\S*)\s*|\s++-\s\s*)")


@lru_cache(maxsize=4096)
def dated_name(line: str, weekdays: bool = True) -> str:
    """The person a short date line names beside its day, without a "by" ("Christian Kahle,
    03.11.2023 15:32 Uhr", "Marie Merlet | lundi 9 décembre 2019 à 09h08", "1. Februar 2022 ,
    Daniel Dillenburg"): the one part of it, the day taken out, that is a name, the others only
    weekday, clock or label words ("… 71 Kommentare"); "" when none (a kicker or a category
    beside the day: "30. Oktober 2023 Carola Pönisch Kultur", "… Polityka Fundusz, lewica"). With
    ``weekdays``, a day's word closing a name of three words or more is the day's ("Joe Wee Monday,
    February 29, 2016": "Joe Wee"; "Dominique Wehrmann am 4. Februar 2022"; "Peter Sonntag" whole)."""
    line = GLUED_MONTH.sub(" ", line) if DIGIT.search(line) else line
    if not DIGIT.search(line) or count_words(line) > MAX_DATED_NAME_WORDS or date_labelled(line) \
            or not written_date(line):
        return ""
    text = label_on().sub("", line)  # "Sara Zinnecker Stand: 05. Februar 2020"
    for pattern in WRITTEN_DATES:
        text = pattern.sub(" | ", text)
    lists = byline_words()
    plain = day_words() | lists["sentence_words"] | lists["not_name_words"]
    names = []
    for part in DATE_PARTS.split(text):
        words = part.split()
        while words and words[0].casefold() in plain:  # "Uhr Christoph Becker", "um", "à"
            words = words[1:]
        if not words:
            continue
        short = max(map(len, words)) <= 3  # "PM CST"
        while weekdays and len(words) > 2 and words[-1].casefold() in day_words():
            words = words[:-1]  # "Joe Wee Monday" before ", February 29, 2016", "… am" before the day
        name = person_name(" ".join(words)) or agency(" ".join(words))
        if not name or short:
            return ""
        names.append(name)
    return names[0] if len(names) == 1 else ""
