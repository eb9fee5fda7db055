"""Cleaning rules as data: named tables loaded from residue.toml."""

from __future__ import annotations

import re
import sys
import tomllib
from bisect import bisect_right
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache, wraps
from pathlib import Path

try:  # CPython's own regex parser: what an alternative may start with, which literals it holds
    import _sre
    from re import _compiler, _constants, _parser
except ImportError:  # another Python: every alternative is tried on every line, as plain re does
    _compiler = _constants = _parser = _sre = None

RULES_FILE = Path(__file__).with_name("residue.toml")
# The end of a line that a pattern anchored at the end is searched in: no credit or "more" link
# is longer, and searching a long paragraph from every position is most of the cleaner's time.
LINE_END_CHARS = 200
MAX_CAPTION_WORDS = 50
# A "more" link and the word before it are shorter still ("… continua a leggere …"): a teaser's
# end is searched for in this many characters (identical on the 196,679 dev and held-out lines).
TEASER_END_CHARS = 64


def _alternation(patterns: list[str], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns) or r"(?!)", flags)


_ATOMS = (_constants.LITERAL, _constants.NOT_LITERAL, _constants.IN, _constants.ANY) if _constants else ()
_REPEATS = (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT) if _constants else ()


def _first_atoms(items: list) -> list | None:
    """The one-character items (parsed) one of which a match of ``items`` must start with;
    None when that is not plain (a look-around, scoped flags, or a match that may be empty)."""
    atoms, may_be_empty = _starts(items)
    return None if atoms is None or may_be_empty else atoms


def _starts(items: list) -> tuple[list | None, bool]:
    """The one-character items a match of the sequence ``items`` may start with (None: not
    plain), and whether it may be empty: an optional start ("(wenn )?dir …", "¿?te …") lets the
    next item start the match too."""
    found: list = []
    for op, av in items:
        if op is _constants.AT:  # an anchor takes no character: the next item starts the match
            continue
        atoms, may_be_empty = _item_starts(op, av)
        if atoms is None:
            return None, False
        found += atoms
        if not may_be_empty:
            return found, False
    return found, True


def _item_starts(op: object, av: object) -> tuple[list | None, bool]:
    """``_starts`` for one parsed item."""
    if op in _ATOMS:
        return [(op, av)], False
    if op is _constants.SUBPATTERN and not (av[1] or av[2]):
        return _starts(av[3])
    if op in _REPEATS:
        atoms, may_be_empty = _starts(av[2])
        return atoms, may_be_empty or av[0] == 0
    if op is _constants.BRANCH:
        branches = [_starts(branch) for branch in av[1]]
        if any(atoms is None for atoms, _ in branches):
            return None, False
        return [atom for atoms, _ in branches for atom in atoms], any(empty for _, empty in branches)
    return None, False


def _compiled_branch(state: object, alternatives: list[list], flags: int) -> re.Pattern[str]:
    """A pattern matching any of the parsed ``alternatives`` (each a list of parsed items)."""
    branch = [(_constants.BRANCH, (None, [_parser.SubPattern(state, items) for items in alternatives]))]
    return _compiler.compile(_parser.SubPattern(state, branch), int(flags))


@cache
def _parsed(pattern: str, flags: int) -> object:
    """``pattern``'s parse tree (None: not plain, or re's internals changed), read once for
    its first characters, its width and its code: the tables share many patterns."""
    try:
        return _parser.parse(pattern, int(flags))  # (re.compile's int: a RegexFlag's & is slow Python)
    except Exception:  # the parser's internals changed: treat it as any pattern
        return None


@cache
def _compiled(pattern: str, flags: int) -> re.Pattern[str]:
    """``pattern`` compiled once for every table holding it, from its parse tree when there
    is one (parsing is most of compiling)."""
    parsed = _parsed(pattern, flags) if _parser else None
    if parsed is not None:
        try:
            return _compiler.compile(parsed, int(flags))
        except Exception:  # the compiler's internals changed: compile the text
            pass
    return re.compile(pattern, flags)


@cache
def _first_test(pattern: str, flags: int) -> re.Pattern[str] | None:
    """A pattern matching each character a match of ``pattern`` may start with (None: any)."""
    try:
        parsed = _parsed(pattern, flags)
        atoms = _first_atoms(parsed.data)
        if atoms is None:
            return None
        return _compiled_branch(parsed.state, [[atom] for atom in atoms], flags)
    except Exception:  # the parser's internals changed: try this one always
        return None


def _widths(pattern: str, flags: int) -> tuple[int, int]:
    """The fewest and most characters a match of ``pattern`` takes (a look-around takes
    none); the most is unbounded (sys.maxsize) when not known."""
    try:
        low, high = _parsed(pattern, flags).getwidth()
        return low, high
    except Exception:  # the parser's internals changed: any length
        return 0, sys.maxsize


class ByFirstChar:
    """``_alternation(patterns)`` for ``fullmatch``, each text tried only against the
    alternatives that may start with its first character (and those that may start with any)
    and may be as long as it is: a line is tried against a hundred patterns, most opening with
    a word it does not open with or matching only short lines, and re tries each in turn. Each
    alternative is compiled once, when a line first needs it (compiling an alternation per
    first character cost more than the matching), and shared by the tables holding it."""

    def __init__(self, patterns: list[str], flags: int = re.IGNORECASE) -> None:
        patterns = [p.replace("ß", "ss") for p in patterns]  # the lines tried are casefolded
        self.patterns, self.flags = patterns, flags
        self.tests = [_first_test(p, flags) for p in patterns]
        anywhere = [p for p, test in zip(patterns, self.tests, strict=True) if test is None]
        self.anywhere = _alternation(anywhere, flags)
        self.by_char: dict[str, tuple[list[int], tuple[re.Pattern[str], ...]]] = {}

    def __reduce__(self) -> tuple:
        return type(self), (self.patterns, self.flags)  # (its tests are compiled from parse trees)

    def _for(self, char: str) -> tuple[list[int], tuple[tuple[re.Pattern[str], str], ...]]:
        """The patterns that start with ``char`` in particular, longest matches first, each
        with a character it needs ("" if none); and the negated longest match of each (for
        bisect: those that may take a text's length come first)."""
        found = sorted(((-_widths(p, self.flags)[1], p)
                        for p, test in zip(self.patterns, self.tests, strict=True)
                        if test is not None and test.fullmatch(char)), key=lambda item: item[0])
        flags = self.flags
        self.by_char[char] = ([most for most, _ in found],
                              tuple((_compiled(p, flags), _needed_char(p, flags)) for _, p in found))
        return self.by_char[char]

    def fullmatch(self, text: str) -> re.Match[str] | None:
        """A match of one of the alternatives (not the first in order): whether any matches."""
        char = text[:1]
        most, patterns = self.by_char[char] if char in self.by_char else self._for(char)
        for pattern, needed in patterns[:bisect_right(most, -len(text))]:
            if needed in text and (found := pattern.fullmatch(text)):
                return found
        return self.anywhere.fullmatch(text)


def _needed_chars(items: list) -> set[str]:
    """The characters without case every match of the parsed ``items`` holds ("(", "@", ".")."""
    found: set[str] = set()
    for op, av in items:
        if op is _constants.LITERAL and not _sre.unicode_iscased(av):
            found.add(chr(av))
        elif op is _constants.SUBPATTERN and not (av[1] or av[2]):
            found |= _needed_chars(av[3])
        elif op in _REPEATS and av[0] > 0:
            found |= _needed_chars(av[2])
        elif op is _constants.BRANCH:
            found |= set.intersection(*(_needed_chars(branch) for branch in av[1]))
    return found


@cache
def _needed_char(pattern: str, flags: int) -> str:
    """A character every match of ``pattern`` holds, whatever the case flags ("" if none is
    known): a text without it is not tried, one `in` instead of a match ("(" for
    ".{5,140}\\(\\d{1,5}\\)", "." for a web address)."""
    try:
        needed = _needed_chars(_parsed(pattern, flags).data)
    except Exception:  # the parser's internals changed: try it on every text
        return ""
    return min(needed, key=lambda c: (c.isspace(), c), default="")


def _literal_run(items: list) -> list:
    """The longest run of literal characters (parsed) that every match of ``items`` holds."""
    best: list = []
    run: list = []
    for op, av in items:
        if op is _constants.SUBPATTERN and not (av[1] or av[2]):
            inner = _literal_run(av[3])  # (a group's own run: runs across its edges are not joined)
            best, run = (inner if len(inner) > len(best) else best), []
        elif op is _constants.LITERAL:
            run.append((op, av))
            best = list(run) if len(run) > len(best) else best
        else:
            run = []
    return best


class Prefiltered:
    """``_alternation(patterns)`` for ``search``, not run on a text holding none of the
    alternatives' longest runs of literal characters ("credit", "©", "(", " more"): one scan
    for those instead of every alternative tried at every position (the text is a line's end,
    searched for a pattern anchored there)."""

    def __init__(self, patterns: list[str], flags: int = re.IGNORECASE) -> None:
        self.patterns, self.flags = patterns, flags
        self.whole = _alternation(patterns, flags)
        self.prefilter = _runs_pattern(patterns, flags)

    def __reduce__(self) -> tuple:
        return type(self), (self.patterns, self.flags)  # (its prefilter is compiled from parse trees)

    def _may_hold(self, text: str) -> bool:
        return self.prefilter is None or bool(self.prefilter.search(text))

    def search(self, text: str) -> re.Match[str] | None:
        return self.whole.search(text) if self._may_hold(text) else None

    def match(self, text: str) -> re.Match[str] | None:
        return self.whole.match(text) if self._may_hold(text) else None


class LiteralPrefiltered(Prefiltered):
    """``Prefiltered``, its test a look for each alternative's literal runs as plain substrings
    of the casefolded text (one ``in`` each, in C), and then only the alternatives whose runs
    it holds are searched, each alone: several times faster on a short line than the whole
    alternation ('our' in 'your' searches the one pattern holding 'our'). A match is found
    where the whole alternation finds one ('ſun' holds 'sun'), but for a capital whose
    casefold is two characters (the Turkish 'İ'), which no rule's line spells; it is the first
    alternative's, not the leftmost. Patterns matched case-sensitively, or one with no literal
    run, are searched as ``Prefiltered`` does."""

    def __init__(self, patterns: list[str], flags: int = re.IGNORECASE) -> None:
        super().__init__(patterns, flags)
        literals = _literal_strings(patterns, flags) if flags & re.IGNORECASE else None
        self.parts = None if literals is None else [
            (runs, re.compile(p, flags)) for runs, p in zip(literals, patterns, strict=True)]

    def search(self, text: str) -> re.Match[str] | None:
        if self.parts is None:
            return super().search(text)
        folded = text.casefold()
        for runs, pattern in self.parts:
            if any(run in folded for run in runs) and (found := pattern.search(text)):
                return found
        return None


def _literal_strings(patterns: list[str], flags: int) -> list[tuple[str, ...]] | None:
    """Each pattern's literal runs (``_literal_runs``), casefolded (None: one has none)."""
    try:
        runs = [_literal_runs(_parsed(p, flags).data) for p in patterns]
    except Exception:  # the parser's internals changed: search always
        return None
    if not patterns or not all(runs):
        return None
    return [tuple(dict.fromkeys("".join(chr(av) for _, av in run).casefold() for run in found))
            for found in runs]


def _literal_runs(items: list) -> list:
    """Runs of literal characters (parsed) one of which every match of ``items`` holds: its
    longest run, else each branch's of a group it cannot skip ("(©|\\(c\\))")."""
    if run := _literal_run(items):
        return [run]
    for op, av in items:
        if op is _constants.SUBPATTERN and not (av[1] or av[2]) and (runs := _literal_runs(av[3])):
            return runs
        if op is _constants.BRANCH:
            branches = [_literal_runs(branch) for branch in av[1]]
            if all(branches):
                return [run for runs in branches for run in runs]
    return []


def _runs_pattern(patterns: list[str], flags: int) -> re.Pattern[str] | None:
    """A pattern finding any of the patterns' literal runs (None: one has none)."""
    try:
        parsed = [_parsed(p, flags) for p in patterns]
        runs = [_literal_runs(p.data) for p in parsed]
        if not parsed or not all(runs):
            return None
        return _compiled_branch(parsed[0].state, [run for found in runs for run in found], flags)
    except Exception:  # the parser's internals changed: search always
        return None


def _key(line: str) -> str:
    return line.strip().casefold()


# The Rules a page is cleaned with and the answers of its line tests marked ``_remembered``, by
# test and line, while ``page_answers`` runs (None: every question is answered afresh).
PAGE_ANSWERS: ContextVar[tuple[Rules, dict[tuple[str, str], bool]] | None] = ContextVar(
    "page_answers", default=None)


@contextmanager
def page_answers(rules: Rules) -> Iterator[None]:
    """``rules``' line tests answer each line once while the block runs (one page's cleaning):
    a page's stages ask of the same lines again (the scores, the header, the body's ends, its
    lists), and a look-up costs less than matching a hundred patterns."""
    token = PAGE_ANSWERS.set((rules, {}))
    try:
        yield
    finally:
        PAGE_ANSWERS.reset(token)


def _remembered(test: Callable[[Rules, str], bool]) -> Callable[[Rules, str], bool]:
    """``test``, its answer for a line kept while ``page_answers`` runs for these rules."""
    name = test.__name__

    @wraps(test)
    def remembered(self: Rules, line: str) -> bool:
        page = PAGE_ANSWERS.get()
        if page is None or page[0] is not self:
            return test(self, line)
        answers = page[1]
        answer = answers.get((name, line))
        if answer is None:
            answer = answers[(name, line)] = test(self, line)
        return answer

    return remembered


@dataclass(frozen=True)
class Rules:
    residue_lines: frozenset[str]
    residue_pattern: ByFirstChar
    attribution_pattern: re.Pattern[str]
    caption_pattern: re.Pattern[str]
    caption_credit_pattern: Prefiltered
    placing_pattern: re.Pattern[str]
    text_source_pattern: re.Pattern[str]
    stop_pattern: ByFirstChar
    promo_pattern: ByFirstChar
    soft_stop_pattern: ByFirstChar
    byline_pattern: re.Pattern[str]
    date_pattern: re.Pattern[str]
    inline_residue_pattern: ByFirstChar
    hidden_classes: frozenset[str]
    hidden_style_pattern: re.Pattern[str]
    shown_from_width_pattern: re.Pattern[str]
    box_names: tuple[tuple[str, ...], ...]  # the words naming a box beside the article (any one, in a row)
    box_modifiers: frozenset[str]  # a name's first word telling what the article has, not a box
    box_hint_pattern: re.Pattern[str]  # the entries' first words, lower-case: a name that may name a box
    chrome_pattern: ByFirstChar  # residue, inline residue, stops and soft stops in one
    consent_cookie_pattern: re.Pattern[str]
    consent_use_pattern: re.Pattern[str]
    teaser_end_pattern: Prefiltered
    comment_pattern: re.Pattern[str]
    post_number_pattern: re.Pattern[str]
    ingredients_pattern: re.Pattern[str]
    ingredients_lines: re.Pattern[str]  # the same, a line of a text (multiline)
    method_pattern: re.Pattern[str]
    list_label_pattern: re.Pattern[str]
    disclosure_pattern: re.Pattern[str]
    pitch_pattern: LiteralPrefiltered
    standing_note_pattern: ByFirstChar
    bare_more_pattern: re.Pattern[str]

    def is_residue(self, line: str) -> bool:
        """Chrome anywhere on a page: skip links, alerts, widgets, share and nav labels."""
        key = _key(line)
        return key in self.residue_lines or bool(self.residue_pattern.fullmatch(key))

    def is_listed(self, line: str) -> bool:
        """A line the residue list names whole ("Zurück zur Übersicht"), not one a pattern matches."""
        return _key(line) in self.residue_lines

    def is_attribution(self, line: str) -> bool:
        return bool(self.attribution_pattern.fullmatch(line.strip()))

    def is_caption(self, line: str) -> bool:
        """A caption's label opens the line, or a credit closes it; a line longer than a
        caption with the credit glued to its last sentence's stop is a paragraph its picture's
        credit was run into ("… Kartellbehörden.Foto: photocase.de")."""
        line = line.strip()
        if self.caption_pattern.match(line):
            return True
        end = line[-LINE_END_CHARS:]
        credit = self.caption_credit_pattern.search(end)
        return bool(credit) and not (credit.start() and end[credit.start() - 1] in ".!?"
                                     and len(line.split()) > MAX_CAPTION_WORDS)

    def places_people(self, line: str) -> bool:
        """A caption placing whom a picture shows: a name with "(left)", "(l.)", "(von links)"
        after it; at most a caption long."""
        return ("(" in line and len(line.split()) <= MAX_CAPTION_WORDS
                and bool(self.placing_pattern.search(line)))

    def is_credit(self, line: str) -> bool:
        """The whole line is a picture's credit ('Titelbild: …', 'Crédits photos : …',
        '© Oli Scarff/Getty Images'): no prose of the article. The text's own source
        ('Quelle: kathpress', '© Reuters') is not one: it closes the article."""
        line = line.strip()
        return (len(line) <= LINE_END_CHARS and bool(self.caption_credit_pattern.match(line))
                and not self.is_text_source(line))

    def opens_with_credit(self, line: str) -> bool:
        """A credit's label or sign opens the line and the credit runs to its end ('Quelle:
        jorisvo / Fotolia.com', '© Reuters'): a picture's credit or the text's source."""
        return bool(self.caption_credit_pattern.match(line.strip()))

    def is_text_source(self, line: str) -> bool:
        """The text's own source ('Quelle: kathpress', '© Reuters'), not a picture's credit."""
        return bool(self.text_source_pattern.fullmatch(line.strip()))

    @_remembered
    def is_stop(self, line: str) -> bool:
        """A line after which the article is over (comments, tags), or a promotion."""
        return bool(self.stop_pattern.fullmatch(_key(line)))

    @_remembered
    def is_promo(self, line: str) -> bool:
        """A share, newsletter or follow-us line: it ends the article unless prose follows."""
        return bool(self.promo_pattern.fullmatch(_key(line)))

    @_remembered
    def is_soft_stop(self, line: str) -> bool:
        """A related or "more" box: the end of the article, or a box inside it."""
        return bool(self.soft_stop_pattern.fullmatch(_key(line)))

    @_remembered
    def is_byline(self, line: str) -> bool:
        return len(line) < 160 and bool(self.byline_pattern.fullmatch(_key(line)))

    @_remembered
    def is_date(self, line: str) -> bool:
        return len(line) < 80 and bool(self.date_pattern.fullmatch(_key(line)))

    @_remembered
    def is_chrome(self, line: str) -> bool:
        """Residue, inline residue, a stop or a soft stop: one match for the four tables."""
        key = _key(line)
        return key in self.residue_lines or bool(self.chrome_pattern.fullmatch(key))

    def is_consent(self, line: str) -> bool:
        """A line of a cookie-consent or privacy-settings dialog."""
        return bool(self.consent_cookie_pattern.search(line) and self.consent_use_pattern.search(line))

    def is_disclosure(self, line: str) -> bool:
        """A line saying the page's links earn the site a commission (an affiliate disclosure)."""
        return bool(self.disclosure_pattern.search(line))

    def is_pitch(self, line: str) -> bool:
        """A line pitching the site's newsletter, app, channel or letters page to the reader."""
        return bool(self.pitch_pattern.search(line))

    def is_teaser(self, line: str) -> bool:
        """A teaser card's summary: a line ending in its "more" link ("… Mehr…", "… Read more")."""
        return bool(self.teaser_end_pattern.search(_key(line[-TEASER_END_CHARS:])))

    def is_comment_mark(self, line: str) -> bool:
        """A comment's "… says:" line or its reply link: what a comment section repeats."""
        return len(line) < 100 and bool(self.comment_pattern.fullmatch(_key(line)))

    def post_number(self, line: str) -> int | None:
        """A forum post's number on a line of its own ("#12", "Post #3"), else None."""
        if "#" not in line:
            return None
        match = self.post_number_pattern.fullmatch(line.strip())
        return int(next(g for g in match.groups() if g)) if match else None

    def is_ingredients(self, line: str) -> bool:
        """A recipe card's label over its ingredients ("Zutaten für 4 Portionen", "Ingredients")."""
        return len(line) < 80 and bool(self.ingredients_pattern.fullmatch(_key(line)))

    def any_ingredients(self, lines: list[str]) -> bool:
        """Whether any of ``lines`` may be an ingredients label (one search over them all, as
        ``is_ingredients`` reads a line but without its length limit: a prefilter)."""
        return bool(self.ingredients_lines.search("\n".join(lines).casefold()))

    def is_list_label(self, line: str) -> bool:
        """A label heading one part of a list ("Vorteile", "Cons:", "Points forts")."""
        return len(line) < 40 and bool(self.list_label_pattern.fullmatch(_key(line)))

    def is_method(self, line: str) -> bool:
        """A recipe card's label over its steps ("Zubereitung", "Instructions", "Method:")."""
        return len(line) < 40 and bool(self.method_pattern.fullmatch(_key(line)))

    def is_standing_note(self, line: str) -> bool:
        """A note a site sets over or under every article: its licence, an opinions
        disclaimer, a copyright notice, a paywall box, a table of contents' label."""
        return bool(self.standing_note_pattern.fullmatch(_key(line)))

    def ends_in_bare_more(self, line: str) -> bool:
        """A teaser card's summary closed by its bare "more" link ("… viele Fragen. mehr")."""
        return bool(self.bare_more_pattern.search(line[-TEASER_END_CHARS:]))

    def is_inline_residue(self, line: str) -> bool:
        """Media and widget labels that sit between body paragraphs."""
        return bool(self.inline_residue_pattern.fullmatch(_key(line)))


def _shortest(words: set[str]) -> tuple[str, ...]:
    """``words`` without those holding another ('sharedaddy' holds 'share'): a text holding
    none of these holds none of ``words``."""
    return tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))


@cache
def load_rules(path: Path = RULES_FILE) -> Rules:
    """Load and compile the rule tables once."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    lines = frozenset(w.casefold() for table in data["lines"].values() for w in table)
    residue = [p for table in data["patterns"].values() for p in table]
    return Rules(
        residue_lines=lines,
        residue_pattern=ByFirstChar(residue),
        attribution_pattern=_alternation(data["attribution"]["patterns"]),
        caption_pattern=_alternation(data["captions"]["prefixes"], 0),
        caption_credit_pattern=Prefiltered([f"(?:{p})$" for p in data["captions"]["credit_suffixes"]]),
        text_source_pattern=_alternation(data["captions"]["text_sources"]),
        placing_pattern=_alternation(data["captions"]["placings"]),
        stop_pattern=ByFirstChar(data["stop"]["hard"] + data["stop"]["promo"]),
        promo_pattern=ByFirstChar(data["stop"]["promo"]),
        soft_stop_pattern=ByFirstChar(data["stop"]["soft"]),
        byline_pattern=_alternation(data["byline"]["patterns"]),
        date_pattern=_alternation(data["byline"]["dates"]),
        inline_residue_pattern=ByFirstChar(data["inline_residue"]["patterns"]),
        hidden_classes=frozenset(data["page"]["hidden_classes"]),
        hidden_style_pattern=_alternation(data["page"]["hidden_styles"]),
        shown_from_width_pattern=re.compile(data["page"]["shown_from_width"]),
        box_names=tuple(tuple(entry.split()) for entry in data["page"]["boxes"]),
        box_modifiers=frozenset(data["page"]["box_modifiers"]),
        box_hint_pattern=re.compile("|".join(map(re.escape, _shortest(
            {entry.split()[0] for entry in data["page"]["boxes"]})))),
        chrome_pattern=ByFirstChar(residue + data["inline_residue"]["patterns"] + data["stop"]["hard"]
                                   + data["stop"]["promo"] + data["stop"]["soft"]),
        consent_cookie_pattern=re.compile(data["consent"]["cookie"], re.IGNORECASE),
        consent_use_pattern=re.compile(data["consent"]["use"], re.IGNORECASE),
        teaser_end_pattern=Prefiltered([rf"\S\s+(?:{p})$" for p in data["teasers"]["more_links"]]),
        comment_pattern=_alternation(data["comments"]["says"] + data["comments"]["reply"]),
        post_number_pattern=_alternation(data["comments"]["numbers"]),
        ingredients_pattern=_alternation(data["recipe"]["ingredients"]),
        ingredients_lines=re.compile(rf"^\s*(?:{'|'.join(data['recipe']['ingredients'])})\s*$",
                                     re.IGNORECASE | re.MULTILINE),
        method_pattern=_alternation(data["recipe"]["method"]),
        list_label_pattern=_alternation(data["list_labels"]["patterns"]),
        disclosure_pattern=_alternation(data["disclosure"]["patterns"]),
        pitch_pattern=LiteralPrefiltered(data["pitch"]["patterns"]),
        standing_note_pattern=ByFirstChar(data["standing_notes"]["patterns"]),
        bare_more_pattern=re.compile(rf"(?:{'|'.join(data['teasers']['bare_more'])})$", re.IGNORECASE),
    )
