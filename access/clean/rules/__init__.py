"""Cleaning rules as data: named tables loaded from residue.toml."""

from __future__ import annotations

import json
import re
import sys
import tomllib
from array import array
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache, wraps
from importlib import resources
from pathlib import Path

try:  # CPython's own regex parser: what an alternative may start with, which literals it holds
    from re import _compiler, _constants, _parser
except ImportError:  # another Python: every alternative is tried on every line, as plain re does
    _compiler = _constants = _parser = None

from access.document.model import SCRIPT_STOPS, count_words
from access.tomlcopy import COPIED
from access.tomlcopy import read_toml as copied_toml

RULES_FILE = Path(__file__).with_name("residue.toml")
SENTENCE_STOPS = ".!?" + SCRIPT_STOPS  # a sentence closes before a credit run into it
# The end of a line that a pattern anchored at the end is searched in: no credit or "more" link
# is longer, and searching a long paragraph from every position is most of the cleaner's time.
LINE_END_CHARS = 200
LONGEST_CAPTION_WORDS = 50  # no caption runs longer: a longer line with a credit glued on is a paragraph
# A "more" link and the word before it are shorter still ("… continua a leggere …"): a teaser's
# end is searched for in this many characters (identical on the 196,679 dev and held-out lines).
TEASER_END_CHARS = 64
LABEL_CHARS = 40  # a label over a list, its sources or a recipe's steps ("Vorteile", "Quellen:") is shorter


def any_of(patterns: list[str], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """One pattern matching where any of ``patterns`` does (none: one that never matches)."""
    return compiled_once(_joined(patterns), flags)


def _joined(patterns: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns) or r"(?!)"


def words_of_any(patterns: list[str], flags: int = re.IGNORECASE) -> tuple[str, ...]:
    """The literal runs one of which every match of ``any_of(patterns, flags)`` holds, casefolded
    (none: not known): a line holding none is not tried (``may_hold``), most lines cost a few
    substring tests, not a match of every alternative."""
    return _shortest(set(_literal_strings([_joined(patterns)], flags)[0]))


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


PAIR_LIMIT = 256  # a pattern opening in more ways than this is tried on every pair


def _pairs(items: list, folds: bool) -> list[str] | None:
    """The two characters a match of ``items`` two characters long or longer opens with, each
    way (ASCII letters in both cases where ``folds``), when every way it opens is ASCII literals;
    None when not known (another item, or too many ways)."""
    found = _leads(items, folds)
    return None if found is None else sorted({lead for lead, _ in found if len(lead) == 2})


def _leads(items: list, folds: bool) -> list[tuple[str, bool]] | None:
    """The ways a match of the sequence ``items`` opens: its first two characters, or all of it
    (``True``: the match may end there) when shorter; None when not known."""
    partials, found = [("", True)], []
    for op, av in items:
        if op is _constants.AT:
            continue
        item = _item_leads(op, av, folds)
        if item is None:
            return None
        opened, partials, cut_short = _followed_by(partials, item)
        if cut_short:
            return None
        found += opened
        if len(partials) + len(found) > PAIR_LIMIT:
            return None
        if not partials:
            return list(dict.fromkeys(found))
    return list(dict.fromkeys(found + partials))


def _followed_by(partials: list[tuple[str, bool]], item: list[tuple[str, bool]]
                 ) -> tuple[list[tuple[str, bool]], list[tuple[str, bool]], list[tuple[str, bool]]]:
    """Each opening of ``partials`` (all shorter than two characters) followed by each of
    ``item``'s: those two characters long (their first two), those still shorter that may go
    on (deduplicated), and those still shorter where ``item`` ends the match early."""
    opened, grown, cut_short = [], [], []
    for head, _ in partials:
        for lead, whole in item:
            both = head + lead
            if len(both) >= 2:
                opened.append((both[:2], False))
            elif not whole:
                cut_short.append((both, False))
            else:
                grown.append((both, True))
    return opened, list(dict.fromkeys(grown)), cut_short


def _item_leads(op: object, av: object, folds: bool) -> list[tuple[str, bool]] | None:
    """``_leads`` for one parsed item: an ASCII literal, a group, a branch or a repeat of them."""
    if op is _constants.LITERAL and chr(av).isascii():
        cases = (chr(av).lower(), chr(av).upper()) if folds else (chr(av),)
        return [(char, True) for char in dict.fromkeys(cases)]
    if op is _constants.SUBPATTERN and not (av[1] or av[2]):
        return _leads(av[3], folds)
    if op is _constants.BRANCH:
        branches = [_leads(branch, folds) for branch in av[1]]
        return None if any(b is None for b in branches) else [lead for b in branches for lead in b]
    if op in _REPEATS:
        return _repeat_leads(av[0], av[1], _leads(av[2], folds))
    return None


def _repeat_leads(least: int, most: int,
                  body: list[tuple[str, bool]] | None) -> list[tuple[str, bool]] | None:
    """``_leads`` of ``body`` repeated ``least`` to ``most`` times (a body that may match nothing
    is not followed)."""
    if body is None or any(lead == "" for lead, _ in body):
        return None
    found = [("", True)] if least == 0 else []
    partials = [("", True)]
    for times in range(1, min(most, 2) + 1):
        opened, partials, cut_short = _followed_by(partials, body)
        found += opened + cut_short
        if times >= least:
            found += partials
    found += [(head, False) for head, _ in partials if least > min(most, 2)]
    return list(dict.fromkeys(found))


def _branch_tree(state: object, alternatives: list[list]) -> object:
    """The parse tree of a branch of the parsed ``alternatives`` (each a list of parsed items)."""
    branch = [(_constants.BRANCH, (None, [_parser.SubPattern(state, items) for items in alternatives]))]
    return _parser.SubPattern(state, branch)


def compiled_branch(state: object, alternatives: list[list], flags: int) -> re.Pattern[str]:
    """A pattern matching any of the parsed ``alternatives`` (each a list of parsed items)."""
    return _compiler.compile(_branch_tree(state, alternatives), int(flags))


# The file holding what the tables read of each pattern's parse tree, code included (``analysed``),
# written by ``python -m access.clean.rules`` for one regex engine: parsing and compiling the
# patterns, in Python, was most of a fresh process's first page.
# Its codes are written as the hex of their words, in this machine's order (reading a list of
# a hundred thousand numbers costs twice as much).
STORED_FILE = "analysed.json"
ENGINE = (f"{sys.implementation.cache_tag} {_constants.MAGIC} {sys.byteorder} {array('I').itemsize}"
          if _constants else "")
ASKED: set[tuple[str, int]] = set()  # the (pattern, flags) this process asked the analysis of


def analysed(pattern: str, flags: int) -> dict | None:
    """What the tables read of ``pattern``, from its parse tree (None: not plain, or re's
    internals changed): its code as re compiles it ("code"), the flags and groups it sets, what a
    match may start with ("start": a key for ``ByFirstChar``, "first": a test's code, "head":
    the literal it opens with if that has no case, as ``_branch_info`` reads it), its literal
    runs ("runs")."""
    try:
        parsed = _parser.parse(pattern, int(flags))  # (re.compile's int: a RegexFlag's & is slow Python)
        state, items = parsed.state, parsed.data
        atoms = _first_atoms(items)
        iscased = _compiler._get_iscased(state.flags | int(flags))
        head = items[0][1] if items and items[0][0] is _constants.LITERAL else None
        return {
            "code": _compiler._code(parsed, int(flags)),
            "flags": state.flags,
            "groups": state.groups,
            "names": state.groupdict,
            "start": "" if atoms is None else repr(atoms),
            "first": None if atoms is None else _compiler._code(_branch_tree(state, [[a] for a in atoms]),
                                                                int(flags)),
            "head": None if head is None or (iscased and iscased(head)) else head,
            "runs": ["".join(chr(av) for _, av in run) for run in _literal_runs(items)],
            "pairs": _pairs(items, bool(int(flags) & re.IGNORECASE)),
        }
    except Exception:  # the parser's internals changed: treat it as any pattern
        return None


@cache
def stored_analyses() -> dict[str, dict]:
    """The analyses ``STORED_FILE`` holds, by flags and pattern (none: it was written for
    another regex engine)."""
    try:
        text = resources.files(__package__).joinpath(STORED_FILE).read_text(encoding="utf-8")
        stored = json.loads(text)
    except (OSError, ValueError):
        return {}
    if stored["engine"] != ENGINE:
        return {}
    return {key: analysis and {**analysis, "code": _words(analysis["code"]),
                               "first": _words(analysis["first"])}
            for key, analysis in stored["patterns"].items()}


def _words(code: str | None) -> list[int] | None:
    """A code as ``stored_form`` writes it, read back as its words."""
    return None if code is None else array("I", bytes.fromhex(code)).tolist()


def stored_form(analysis: dict | None) -> dict | None:
    """``analysis`` as ``STORED_FILE`` holds it: its codes in hex."""
    written = {key: array("I", analysis[key]).tobytes().hex() for key in ("code", "first")
               if analysis and analysis[key] is not None}
    return analysis and {**analysis, **written}


TOML_COPIED = COPIED[__package__]  # the rules' TOML files read through their JSON copies


def read_toml(name: str) -> dict:
    """The tables of ``name``, one of the rules' TOML files (its JSON copy's when up to date)."""
    return copied_toml(__package__, name)


@cache
def _analysis(pattern: str, flags: int) -> dict | None:
    """``analysed(pattern, flags)``, read from ``STORED_FILE`` when it holds it, once for
    every table holding the pattern."""
    ASKED.add((pattern, int(flags)))
    known, key = stored_analyses(), f"{int(flags)} {pattern}"
    return known[key] if key in known else analysed(pattern, flags)


def _from_code(pattern: str | None, analysis: dict, code: list[int], flags: int) -> re.Pattern[str]:
    """The pattern compiled to ``code`` (info block and end included), with the flags and groups
    of the ``analysis`` of ``pattern``, as ``_compiler.compile`` makes it: ``code`` may be joined
    from the patterns' own codes, each compiled once (compiling is most of building a joined one)."""
    names = [None] * analysis["groups"]
    for name, index in analysis["names"].items():
        names[index] = name
    return _compiler._sre.compile(pattern, int(flags) | analysis["flags"], code, analysis["groups"] - 1,
                                  analysis["names"], tuple(names))


def _body(pattern: str, flags: int) -> list[int]:
    """``pattern``'s code without its info block and end."""
    code = _analysis(pattern, flags)["code"]
    return code[code[1] + 1:-1]


def _branch_code(bodies: list[list[int]]) -> list[int]:
    """The code of a branch of alternatives whose codes are ``bodies`` (as ``_compiler``
    writes it: each alternative's length, its code and a jump past the branch's end)."""
    code = [_constants.BRANCH]
    jumps = []
    for body in bodies:
        code.append(len(body) + 3)
        code += body
        code += (_constants.JUMP, 0)
        jumps.append(len(code) - 1)
    code.append(_constants.FAILURE)
    for jump in jumps:
        code[jump] = len(code) - jump
    return code


def _branch_info(analyses: list[dict], flags: int) -> list[int]:
    """The info block ``_compiler`` writes for a branch of the ``analyses``' patterns: the
    fewest and most characters a match takes (each pattern's info block holds its own) and, if
    every pattern opens with a character without case, those characters."""
    least, most = min(a["code"][3] for a in analyses), max(a["code"][4] for a in analyses)
    code = [_constants.INFO, 4, 0, least, most]
    heads = [a["head"] for a in analyses]
    if least and None not in heads:
        code[2] = _constants.SRE_INFO_CHARSET
        charset, _ = _compiler._optimize_charset([(_constants.LITERAL, head) for head in heads])
        _compiler._compile_charset(charset, flags, code)
        code[1] = len(code) - 1
    return code


@cache
def compiled_once(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` compiled once for every table holding it, from its stored code when there
    is one (parsing is most of compiling)."""
    analysis = _analysis(pattern, flags) if _parser else None
    if analysis is not None:
        try:
            return _from_code(pattern, analysis, analysis["code"], flags)
        except Exception:  # the compiler's internals changed: compile the text
            pass
    return re.compile(pattern, flags)


BUILT: list[Callable[[], object]] = []  # the builders of a pattern made from a word list (``built_once``)


def built_once(build: Callable[[], re.Pattern[str]]) -> Callable[[], re.Pattern[str]]:
    """``build`` (a pattern made from a word list, by ``compiled_once``) run once, and asked by
    ``python -m access.clean.rules``, so that the file holds its code: a fresh process compiles it
    from that, not from its text (parsing a word list's alternation is most of compiling it)."""
    built = cache(build)
    BUILT.append(built)
    return built


@cache
def _first_test(pattern: str, flags: int) -> re.Pattern[str] | None:
    """A pattern matching each character a match of ``pattern`` may start with (None: any)."""
    analysis = _analysis(pattern, flags)
    if analysis is None or analysis["first"] is None:
        return None
    try:
        return _from_code(None, analysis, analysis["first"], flags)
    except Exception:  # the compiler's internals changed: try this one always
        return None


def _start_key(pattern: str, flags: int) -> str:
    """What a match of ``pattern`` may start with, written out ("" for any): patterns with the
    same key share one test of a line's first character."""
    analysis = _analysis(pattern, flags)
    return "" if analysis is None else analysis["start"]


WIDE_PROBE, WIDE_LEAST = "amz05", 3  # a pattern that may start with 3 of these starts with most characters


class ByFirstChar:
    """``any_of(patterns)`` for ``fullmatch``, each text tried only against the
    alternatives that may start with its first character (and those that may start with any):
    a line is tried against a hundred patterns, most opening with a word it does not open with.
    A text opening with two ASCII characters is tried only against those of them that may open
    with both (``_pairs``: "subscribe …" not on a line opening "sh"; a pattern opening otherwise
    than with literals on each): the engine enters each alternative of a branch whose first
    character it cannot rule out without folding case, and most of a character's alternatives
    differ in the second. (A text opening otherwise, 'ı' among them, which a case-blind 'i'
    matches, is dispatched by its first character alone.)
    A character's (or pair's) alternatives are joined into one pattern when a line first needs
    them, so that the engine tries each in C, in one call, not each in a call of its own (one
    that cannot join, ``joinable``, is tried alone); a table with the same alternatives for a
    character shares the joined pattern. Those that may open with most characters are tried only
    on a line holding one of their literal runs (each holding one: ``_literal_strings``), as the
    lines are casefolded."""

    def __init__(self, patterns: list[str], flags: int = re.IGNORECASE) -> None:
        patterns = [p.replace("ß", "ss") for p in patterns]  # the lines tried are casefolded
        self.patterns, self.flags = patterns, flags
        groups: dict[str, list[str]] = {}
        for pattern in patterns:
            groups.setdefault(_start_key(pattern, flags), []).append(pattern)
        self.groups = [(_first_test(group[0], flags) if key else None, tuple(group))
                       for key, group in groups.items()]
        self.wide = [test is None or sum(map(bool, map(test.fullmatch, WIDE_PROBE))) >= WIDE_LEAST
                     for test, _ in self.groups]
        self.pairs = {p: _pair_set(p, flags) for p in patterns}  # (None: may open with any two)
        self.tried: dict[str, tuple[tuple[re.Pattern[str], tuple[str, ...] | None], ...]] = {}  # by_char's,
        # each with the literal runs a line must hold to be tried (None: any line)
        self.by_char: dict[str, tuple[re.Pattern[str], ...]] = {}
        self.found: dict[str, list[tuple[bool, str]]] = {}  # a character's alternatives, not joined

    def __reduce__(self) -> tuple:
        return type(self), (self.patterns, self.flags)  # (its tests: compiled from stored code)

    def _found(self, char: str) -> list[tuple[bool, str]]:
        """The alternatives that may start with ``char``, each with whether it is wide."""
        if char not in self.found:
            self.found[char] = [(wide, p) for (test, group), wide in zip(self.groups, self.wide, strict=True)
                                if test is None or test.fullmatch(char) for p in group]
        return self.found[char]

    def for_char(self, key: str) -> tuple[re.Pattern[str], ...]:
        """The patterns that may start with ``key`` (a character, or two: ``_pairs``), joined
        (each that cannot join, alone): those that may start with most characters ('.{5,140}',
        '[a-ząćę…]') in a pattern of their own, compiled once for every character they may start
        with, not again in each one's (``_dispatched``: built once for every key, of any table,
        with the same alternatives)."""
        found = self._found(key[:1])
        if len(key) == 2:
            found = [(wide, p) for wide, p in found if (pairs := self.pairs[p]) is None or key in pairs]
        self.by_char[key], self.tried[key] = _dispatched(tuple(found), self.flags)
        return self.by_char[key]

    def fullmatch(self, text: str) -> re.Match[str] | None:
        """A match of one of the alternatives (not the first in order): whether any matches."""
        key = text[:2]
        if not key.isascii():
            key = text[:1]
        if key not in self.tried:
            self.for_char(key)
        for pattern, runs in self.tried[key]:
            if runs is not None and not _holds(text, runs):
                continue  # the wide alternatives, each needing a literal run the line lacks
            if found := pattern.fullmatch(text):
                return found
        return None


@cache
def _dispatched(found: tuple[tuple[bool, str], ...], flags: int) -> tuple[
        tuple[re.Pattern[str], ...], tuple[tuple[re.Pattern[str], tuple[str, ...] | None], ...]]:
    """``ByFirstChar.for_char``'s patterns for the alternatives ``found`` (each with whether it
    is wide), and each with the literal runs a line must hold to be tried (None: any line)."""
    narrow = tuple(p for wide, p in found if not wide and joinable(p, flags))
    wide = tuple(p for is_wide, p in found if is_wide and joinable(p, flags))
    alone = [compiled_once(p, flags) for _, p in found if not joinable(p, flags)]
    joined_narrow, joined_wide = joined_patterns(narrow, flags), joined_patterns(wide, flags)
    wide_runs = _literal_strings(list(wide), flags)
    runs = (tuple(dict.fromkeys(run for found_runs in wide_runs for run in found_runs))
            if all(wide_runs) else None)  # (each holds a run: the line must too)
    return ((*joined_narrow, *joined_wide, *alone),
            (*((pattern, None) for pattern in joined_narrow),
             *((pattern, runs) for pattern in joined_wide),
             *((pattern, None) for pattern in alone)))


def _holds(text: str, runs: tuple[str, ...]) -> bool:
    """Whether casefolded ``text`` holds one of ``runs`` or an unfolded letter (``may_hold``):
    most lines hold no "(", "@", "/" or ":", which the patterns that may open with any letter need."""
    for run in runs:
        if run in text:
            return True
    return UNFOLDED[0] in text or UNFOLDED[1] in text


def _pair_set(pattern: str, flags: int) -> frozenset[str] | None:
    """The pairs of characters a match of ``pattern`` may open with (``_pairs``; None: any)."""
    analysis = _analysis(pattern, flags)
    pairs = analysis.get("pairs") if analysis else None
    return None if pairs is None else frozenset(pairs)


# What a pattern refers back to a group with: "\\1", "(?P=name)", "(?(1)…)" (a pattern holding
# one of these strings otherwise, an escaped backslash before a digit, is tried alone all the same).
GROUP_REF = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")


@cache
def joinable(pattern: str, flags: int) -> bool:
    """Whether ``pattern`` means the same joined with others (its code under another's group
    numbers): it sets no flags for the whole pattern and refers to no group."""
    plain, analysis = _analysis("", flags), _analysis(pattern, flags)
    try:
        return analysis["flags"] == plain["flags"] and not GROUP_REF.search(pattern)
    except Exception:  # the parser's internals changed: try it alone
        return False


@cache
def joined_patterns(patterns: tuple[str, ...], flags: int) -> tuple[re.Pattern[str], ...]:
    """``patterns`` (each ``joinable``) as one pattern (none or one: as they are; each
    alone if the compiler's internals changed)."""
    if len(patterns) < 2:
        return tuple(compiled_once(p, flags) for p in patterns)
    analyses = [_analysis(p, flags) for p in patterns]
    try:
        widest = max(analyses, key=lambda analysis: analysis["groups"])  # (room for every mark)
        code = _branch_info(analyses, int(flags) | widest["flags"])
        code += _branch_code([_body(p, flags) for p in patterns])
        code.append(_constants.SUCCESS)
        return (_from_code(None, widest, code, flags),)
    except Exception:
        return tuple(compiled_once(p, flags) for p in patterns)


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


# The letters a case-blind pattern matches that casefolding writes otherwise than the letter it
# matches ('i' matches the Turkish 'İ' and 'ı', casefolded 'i̇' and 'ı'): the only ones in
# Unicode (tests/clean/test_rules.py asks re of every letter of the Basic Multilingual Plane; the
# whole of Unicode gives the same). A text holding one is searched whole.
UNFOLDED = "İı"


def may_hold(text: str, runs: tuple[str, ...], folded: bool = False) -> bool:
    """Whether a case-blind pattern every match of which holds one of ``runs`` (casefolded,
    ``_literal_strings``) may match ``text`` (``folded``: casefolded already): its casefolded
    text holds one, or it holds an unfolded letter, or no run is known."""
    if not runs or UNFOLDED[0] in text or UNFOLDED[1] in text:
        return True
    folded_text = text if folded else fold(text)
    return any(map(folded_text.__contains__, runs))  # (no generator: one run most often)


class Prefiltered:
    """``any_of(patterns)`` for ``search`` and ``match``, each alternative tried only on a
    text holding one of its literal runs ("credit", "©", "(", " more"), each a plain substring of
    the casefolded text (one ``in`` each, in C): most texts hold none, and a text holding one is
    searched with that alternative alone, not with every alternative at every position (the text
    is a line's end, searched for a pattern anchored there). The match is the whole
    alternation's: the leftmost, the first alternative's at its start. An alternative with no
    literal run known is tried on every text."""

    def __init__(self, patterns: list[str], flags: int = re.IGNORECASE) -> None:
        self.patterns, self.flags = patterns, flags
        self.folds = bool(flags & re.IGNORECASE)  # (asked once: a RegexFlag's & is slow Python)
        runs = _literal_strings(patterns, flags)
        self.parts = [compiled_once(p, flags) for p in patterns]
        self.always = [i for i, found in enumerate(runs) if not found]  # (no literal run known)
        by_run: dict[str, list[int]] = {}  # ("(" opens four credits: looked for once)
        for i, found in enumerate(runs):
            for run in found:
                by_run.setdefault(run, []).append(i)
        self.runs = list(by_run.items())

    def __reduce__(self) -> tuple:
        return type(self), (self.patterns, self.flags)  # (its parts: compiled from stored code)

    @cached_property
    def whole(self) -> re.Pattern[str]:
        """The whole alternation, compiled when a text first holds an unfolded letter (few do)."""
        return any_of(self.patterns, self.flags)

    def _candidates(self, text: str) -> list[re.Pattern[str]] | None:
        """The alternatives ``text`` holds a literal run of, in order (None: search it whole)."""
        if UNFOLDED[0] in text or UNFOLDED[1] in text:
            return None
        folded = fold(text) if self.folds else text
        held = [i for run, parts in self.runs if run in folded for i in parts]  # (one flat pass)
        if not (held or self.always):
            return []  # (most texts: nothing to search)
        return [self.parts[i] for i in sorted({*held, *self.always})]

    def search(self, text: str) -> re.Match[str] | None:
        candidates = self._candidates(text)
        if candidates is None:
            return self.whole.search(text)
        best = None
        for pattern in candidates:
            if (found := pattern.search(text)) and (best is None or found.start() < best.start()):
                best = found
        return best

    def match(self, text: str) -> re.Match[str] | None:
        candidates = self._candidates(text)
        if candidates is None:
            return self.whole.match(text)
        return next(filter(None, (pattern.match(text) for pattern in candidates)), None)


class LiteralPrefiltered(Prefiltered):
    """``Prefiltered`` whose search answers whether any alternative is found: the first
    alternative's match, not the leftmost (no other is searched once one is found)."""

    def search(self, text: str) -> re.Match[str] | None:
        candidates = self._candidates(text)
        if candidates is None:
            return self.whole.search(text)
        return next(filter(None, (pattern.search(text) for pattern in candidates)), None)


def _literal_strings(patterns: list[str], flags: int) -> list[tuple[str, ...]]:
    """Each pattern's literal runs (``_literal_runs``), casefolded if it is case-blind (none:
    not known)."""
    fold = str.casefold if flags & re.IGNORECASE else str
    found = []
    for pattern in patterns:
        analysis = _analysis(pattern, flags)
        runs = [] if analysis is None else analysis["runs"]  # (none known: try it always)
        found.append(tuple(dict.fromkeys(fold(run) for run in runs)))
    return found


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


NAME_PARTICLES = frozenset({"von", "van", "der", "de", "la", "le", "del", "y", "di", "da",
                            "&", "und", "and", "et"})


def is_name_shaped(name: str) -> bool:
    """Whether ``name`` reads as a name or a team's ("Die Redaktion", "HansEhrlich"): each word
    opens with a capital letter, bar a particle ("van", "de"), and none ends a sentence."""
    words = name.split()
    return bool(words) and words[0][0].isupper() and all(
        (w in NAME_PARTICLES or (w[0].isupper() and w[0].isalpha())) and not w.endswith((".", "?", ":"))
        for w in words)


def line_key(line: str) -> str:
    """``line`` as the rules look it up: stripped, its case folded."""
    return fold(line.strip())


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """``text`` casefolded, remembered: a page's tests fold the same lines again (its chrome,
    consent, credit and note tests; folding costs tens of instructions a character, a look-up
    hashes the text once)."""
    return text.casefold()


# The Rules a page is cleaned with and the answers of its line tests marked ``_remembered``, one
# dict a test, by line, while ``page_answers`` runs (None: every question is answered afresh).
PAGE_ANSWERS: ContextVar[tuple[Rules, dict[str, dict[str, bool]]] | None] = ContextVar(
    "page_answers", default=None)
REMEMBERED_TESTS: list[str] = []  # the names of the tests marked ``_remembered``


@contextmanager
def page_answers(rules: Rules) -> Iterator[None]:
    """``rules``' line tests answer each line once while the block runs (one page's cleaning):
    a page's stages ask of the same lines again (the scores, the header, the body's ends, its
    lists), and a look-up costs less than matching a hundred patterns."""
    token = PAGE_ANSWERS.set((rules, {name: {} for name in REMEMBERED_TESTS}))
    try:
        yield
    finally:
        PAGE_ANSWERS.reset(token)


def _remembered(test: Callable[[Rules, str], bool]) -> Callable[[Rules, str], bool]:
    """``test``, its answer for a line kept while ``page_answers`` runs for these rules (in a
    dict of the test's own, keyed by the line alone: no key of two to build and hash a call)."""
    name = test.__name__
    REMEMBERED_TESTS.append(name)

    @wraps(test)
    def remembered(self: Rules, line: str) -> bool:
        page = PAGE_ANSWERS.get()
        if page is None or page[0] is not self:
            return test(self, line)
        answers = page[1][name]
        answer = answers.get(line)
        if answer is None:
            answer = answers[line] = test(self, line)
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
    sources_label_pattern: re.Pattern[str]
    citing_pattern: re.Pattern[str]
    disclosure_pattern: LiteralPrefiltered
    disclosure_words: re.Pattern[str]  # one of which every disclosure holds (looked for first)
    pitch_pattern: LiteralPrefiltered
    standing_note_pattern: ByFirstChar
    standing_note_endings: tuple[str, ...]  # a box's button or link closing a line ("… Jetzt spenden!")
    bare_more_pattern: re.Pattern[str]
    bare_more_ends: tuple[str, ...]  # a bare "more" link's words, as a line ends in them ("mehr", "Mehr")
    bracketed_more_pattern: re.Pattern[str] = re.compile(r"(?!)")  # "… [czytaj więcej]" closing a paragraph
    breadcrumb_labels: frozenset[str] = frozenset()  # a breadcrumb trail's label ("Sie sind hier:")
    tagline_pattern: re.Pattern[str] = re.compile(r"(?!)")  # a blog's tagline ("Ein Blog über …")
    greeting_pattern: re.Pattern[str] = re.compile(r"(?!)")  # a sign-off's greeting alone ("Viele Grüße,")
    signed_pattern: re.Pattern[str] = re.compile(r"(?!)")  # … or with a name after it ("XX, Die Redaktion")
    picture_label_pattern: re.Pattern[str] = re.compile(r"(?!)")  # "Bild: " opening a caption
    postscript_pattern: re.Pattern[str] = re.compile(r"(?!)")  # the writer's "PS: …" under the article
    bio_words: frozenset[str] = frozenset()  # a bio's word after the writer's name ("ist", "is", "leitet")
    notice_pattern: ByFirstChar | None = None  # residue a browser or consent box leaves (NOTICE_KEYS)
    consent_words: tuple[str, ...] = ()  # one of which a consent line holds ("cookie"; none: not known)
    ingredients_words: tuple[str, ...] = ()  # one of which an ingredients label holds (none: not known)
    tagline_words: tuple[str, ...] = ()  # one of which a blog's tagline holds ("blog"; none: not known)

    def is_residue(self, line: str) -> bool:
        """Chrome anywhere on a page: skip links, alerts, widgets, share and nav labels."""
        if self._no_chrome(line):
            return False
        key = line_key(line)
        return key in self.residue_lines or bool(self.residue_pattern.fullmatch(key))

    def is_notice(self, line: str) -> bool:
        """A browser's or a consent box's notice ("Dein Browser ist leider veraltet.", "Accept
        YouTube Content"): residue that may stand in an embed's place inside the article."""
        return self.notice_pattern is not None and bool(self.notice_pattern.fullmatch(line_key(line)))

    def _no_chrome(self, line: str) -> bool:
        """Whether the page's answers (``page_answers``) already say ``line`` is no chrome:
        then no table of the chrome pattern's (residue, inline residue, stops, soft stops)
        matches it, and none need be tried."""
        page = PAGE_ANSWERS.get()
        return page is not None and page[0] is self and page[1]["is_chrome"].get(line) is False

    def is_tagline(self, line: str) -> bool:
        """A blog's tagline, the blog naming itself ("Ein Blog über alternative Lebensräume, …")."""
        key = line_key(line)
        return may_hold(key, self.tagline_words, folded=True) and bool(self.tagline_pattern.fullmatch(key))

    def is_breadcrumb_label(self, line: str) -> bool:
        """A breadcrumb trail's label alone ("Sie sind hier:", "You are here"): its trail follows."""
        return line_key(line) in self.breadcrumb_labels

    def is_listed(self, line: str) -> bool:
        """A line the residue list names whole ("Zurück zur Übersicht"), not one a pattern matches."""
        return line_key(line) in self.residue_lines

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
        return bool(credit) and not (credit.start() and end[credit.start() - 1] in SENTENCE_STOPS
                                     and count_words(line) > LONGEST_CAPTION_WORDS)

    def is_labelled_caption(self, line: str) -> bool:
        """A picture's label opens the line and a credit after it closes it ("Bild: Logo des
        Sustainable Award … | © Springer"): a caption by both ends, not a credit alone."""
        line = line.strip()
        label = self.picture_label_pattern.match(line)
        if not label:
            return False
        end = line[-LINE_END_CHARS:]
        credit = self.caption_credit_pattern.search(end)
        return bool(credit) and len(line) - len(end) + credit.start() >= label.end()

    def places_people(self, line: str) -> bool:
        """A caption placing whom a picture shows: a name with "(left)", "(l.)", "(von links)"
        after it; at most a caption long."""
        return ("(" in line and count_words(line) <= LONGEST_CAPTION_WORDS
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
        return not self._no_chrome(line) and bool(self.stop_pattern.fullmatch(line_key(line)))

    @_remembered
    def is_promo(self, line: str) -> bool:
        """A share, newsletter or follow-us line: it ends the article unless prose follows."""
        return not self._no_chrome(line) and bool(self.promo_pattern.fullmatch(line_key(line)))

    @_remembered
    def is_soft_stop(self, line: str) -> bool:
        """A related or "more" box: the end of the article, or a box inside it."""
        return not self._no_chrome(line) and bool(self.soft_stop_pattern.fullmatch(line_key(line)))

    @_remembered
    def is_byline(self, line: str) -> bool:
        return len(line) < 160 and bool(self.byline_pattern.fullmatch(line_key(line)))

    @_remembered
    def is_date(self, line: str) -> bool:
        return len(line) < 80 and bool(self.date_pattern.fullmatch(line_key(line)))

    @_remembered
    def is_chrome(self, line: str) -> bool:
        """Residue, inline residue, a stop or a soft stop: one match for the four tables."""
        key = line_key(line)
        return key in self.residue_lines or bool(self.chrome_pattern.fullmatch(key))

    def is_consent(self, line: str) -> bool:
        """A line of a cookie-consent or privacy-settings dialog (the patterns searched only in
        a line holding a word of theirs: most lines are searched for none)."""
        return may_hold(line, self.consent_words) and bool(
            self.consent_cookie_pattern.search(line) and self.consent_use_pattern.search(line))

    def is_disclosure(self, line: str) -> bool:
        """A line saying the page's links earn the site a commission (an affiliate disclosure)."""
        return bool(self.disclosure_words.search(line) and self.disclosure_pattern.search(line))

    def is_pitch(self, line: str) -> bool:
        """A line pitching the site's newsletter, app, channel or letters page to the reader."""
        return bool(self.pitch_pattern.search(line))

    def is_teaser(self, line: str) -> bool:
        """A teaser card's summary: a line ending in its "more" link ("… Mehr…", "… Read more")."""
        return bool(self.teaser_end_pattern.search(line_key(line[-TEASER_END_CHARS:])))

    def is_comment_mark(self, line: str) -> bool:
        """A comment's "… says:" line or its reply link: what a comment section repeats."""
        return len(line) < 100 and bool(self.comment_pattern.fullmatch(line_key(line)))

    def post_number(self, line: str) -> int | None:
        """A forum post's number on a line of its own ("#12", "Post #3"), else None."""
        if "#" not in line:
            return None
        match = self.post_number_pattern.fullmatch(line.strip())
        return int(next(g for g in match.groups() if g)) if match else None

    def is_ingredients(self, line: str) -> bool:
        """A recipe card's label over its ingredients ("Zutaten für 4 Portionen", "Ingredients")."""
        return len(line) < 80 and bool(self.ingredients_pattern.fullmatch(line_key(line)))

    def any_ingredients(self, lines: list[str]) -> bool:
        """Whether any of ``lines`` may be an ingredients label (one search over them all, as
        ``is_ingredients`` reads a line but without its length limit: a prefilter), searched only
        in text holding a label's word: the pattern, opening at each line's start, is tried at
        every character of a page most of which hold none."""
        text = "\n".join(lines).casefold()
        return (may_hold(text, self.ingredients_words, folded=True)
                and bool(self.ingredients_lines.search(text)))

    def is_list_label(self, line: str) -> bool:
        """A label heading one part of a list ("Vorteile", "Cons:", "Points forts")."""
        return len(line) < LABEL_CHARS and bool(self.list_label_pattern.fullmatch(line_key(line)))

    def is_sources_label(self, line: str) -> bool:
        """A label over the sources or references closing an article ("Quellen:", "4 References")."""
        return len(line) < LABEL_CHARS and bool(self.sources_label_pattern.fullmatch(line_key(line)))

    def cites(self, line: str) -> bool:
        """Whether a line reads as a reference: a web address, a year, a DOI, an ISBN, "et al.",
        a page ("S. 29", "pp. 12")."""
        return bool(self.citing_pattern.search(line))

    def is_method(self, line: str) -> bool:
        """A recipe card's label over its steps ("Zubereitung", "Instructions", "Method:")."""
        return len(line) < LABEL_CHARS and bool(self.method_pattern.fullmatch(line_key(line)))

    def is_greeting(self, line: str) -> bool:
        """A writer's sign-off greeting alone on its line ("Viele Grüße", "Cheers,", "Viel Glück!")."""
        return len(line) < 60 and bool(self.greeting_pattern.fullmatch(line.strip()))

    def is_sign_off(self, line: str) -> bool:
        """A greeting alone, or with the writer's name after it ("XX, Die Redaktion", "Euer
        HansEhrlich", "Saludos, Ana"): its name one to four capitalised words."""
        if self.is_greeting(line):
            return True
        signed = self.signed_pattern.fullmatch(line.strip()) if len(line) < 60 else None
        return bool(signed) and is_name_shaped(signed.group("name"))

    def opens_postscript(self, line: str) -> bool:
        """Whether ``line`` opens as the writer's postscript does ("PS: Habe zuhause mal …", "P.S. …")."""
        return bool(self.postscript_pattern.match(line))

    def is_standing_note(self, line: str) -> bool:
        """A note a site sets over or under every article, or between its paragraphs: its
        licence, an opinions disclaimer, a copyright notice, a paywall box, a table of contents'
        label, a membership, shop or donation box's call (or a line its button closes)."""
        key = line_key(line)
        return key.endswith(self.standing_note_endings) or bool(self.standing_note_pattern.fullmatch(key))

    def bracketed_more(self, text: str) -> re.Match[str] | None:
        """The "more" link in brackets closing ``text`` ("… Akcja Katolicka w Polsce. [czytaj
        więcej]"), from its opening bracket (a pattern opening on spaces, searched, would scan a
        run of them again from each one: quadratic on a long run)."""
        return self.bracketed_more_pattern.search(text)

    def ends_in_bare_more(self, line: str) -> bool:
        """A teaser card's summary closed by its bare "more" link ("… viele Fragen. mehr")."""
        return (line.endswith(self.bare_more_ends)  # (the words first: most lines end in none)
                and bool(self.bare_more_pattern.search(line[-TEASER_END_CHARS:])))

    def is_inline_residue(self, line: str) -> bool:
        """Media and widget labels that sit between body paragraphs."""
        return not self._no_chrome(line) and bool(self.inline_residue_pattern.fullmatch(line_key(line)))


def _cased_words(words: list[str]) -> re.Pattern[str]:
    """A pattern finding any of ``words`` as written in lower case, capitalised or in capitals:
    searched case-sensitively, its literals are looked for in C (a case-blind alternation is
    tried at every position), so a long paragraph holding none costs little."""
    forms = dict.fromkeys(form for w in words for form in (w, w.capitalize(), w.upper()))
    return compiled_once("|".join(map(re.escape, forms)))


def _shortest(words: set[str]) -> tuple[str, ...]:
    """``words`` without those holding another ('sharedaddy' holds 'share'): a text holding
    none of these holds none of ``words``."""
    return tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))


NOTICE_KEYS = ("browser_notices", "consent_boxes")  # residue.toml [patterns] tables of notices


def _more_links(teasers: dict) -> list[str]:
    """A teaser's "more" link: a "more" word with its arrow or not, or another link."""
    return [rf"{word}\s*{teasers['more_arrow']}?" for word in teasers["more_words"]] + teasers["more_links"]


def _bracketed_more(teasers: dict) -> re.Pattern[str]:
    """A "more" link in brackets closing a paragraph: a "more" word, its arrow or not, bracketed."""
    words = "|".join(teasers["more_words"] + teasers["bracketed_more"])
    return compiled_once(rf"\[\s*({words})\s*{teasers['more_arrow']}?\s*\]\s*$", re.IGNORECASE)


@cache
def load_rules(path: Path = RULES_FILE) -> Rules:
    """Load and compile the rule tables once."""
    data = read_toml(path.name) if path == RULES_FILE else tomllib.loads(path.read_text(encoding="utf-8"))
    lines = frozenset(w.casefold() for table in data["lines"].values() for w in table)
    residue = [p for table in data["patterns"].values() for p in table]
    more_words = data["teasers"]["bare_more_words"]
    more = "|".join(map(re.escape, more_words))
    bare_more = compiled_once(rf"{data['teasers']['bare_more']}(?:{more})$", re.IGNORECASE)
    ingredients_lines = compiled_once(rf"^\s*(?:{'|'.join(data['recipe']['ingredients'])})\s*$",
                                      re.IGNORECASE | re.MULTILINE)
    return Rules(
        residue_lines=lines,
        residue_pattern=ByFirstChar(residue),
        notice_pattern=ByFirstChar([p for key in NOTICE_KEYS for p in data["patterns"][key]]),
        attribution_pattern=any_of(data["attribution"]["patterns"]),
        caption_pattern=any_of(data["captions"]["prefixes"], 0),
        caption_credit_pattern=Prefiltered([f"(?:{p})$" for p in data["captions"]["credit_suffixes"]]),
        picture_label_pattern=any_of(data["captions"]["labels"]),
        text_source_pattern=any_of(data["captions"]["text_sources"]),
        placing_pattern=any_of(data["captions"]["placings"]),
        stop_pattern=ByFirstChar(data["stop"]["hard"] + data["stop"]["promo"]),
        promo_pattern=ByFirstChar(data["stop"]["promo"]),
        soft_stop_pattern=ByFirstChar(data["stop"]["soft"]),
        byline_pattern=any_of(data["byline"]["patterns"]),
        date_pattern=any_of(data["byline"]["dates"]),
        inline_residue_pattern=ByFirstChar(data["inline_residue"]["patterns"]),
        hidden_classes=frozenset(data["page"]["hidden_classes"]),
        hidden_style_pattern=any_of(data["page"]["hidden_styles"]),
        shown_from_width_pattern=compiled_once(data["page"]["shown_from_width"]),
        box_names=tuple(tuple(entry.split()) for entry in data["page"]["boxes"]),
        box_modifiers=frozenset(data["page"]["box_modifiers"]),
        box_hint_pattern=compiled_once("|".join(map(re.escape, _shortest(
            {entry.split()[0] for entry in data["page"]["boxes"]})))),
        chrome_pattern=ByFirstChar(residue + data["inline_residue"]["patterns"] + data["stop"]["hard"]
                                   + data["stop"]["promo"] + data["stop"]["soft"]),
        consent_cookie_pattern=compiled_once(data["consent"]["cookie"], re.IGNORECASE),
        consent_use_pattern=compiled_once(data["consent"]["use"], re.IGNORECASE),
        consent_words=_literal_strings([data["consent"]["cookie"]], re.IGNORECASE)[0],
        teaser_end_pattern=Prefiltered([rf"\S\s+(?:{p})$" for p in _more_links(data["teasers"])]),
        comment_pattern=any_of(data["comments"]["says"] + data["comments"]["reply"]),
        post_number_pattern=any_of(data["comments"]["numbers"]),
        ingredients_pattern=any_of(data["recipe"]["ingredients"]),
        ingredients_lines=ingredients_lines,
        ingredients_words=_shortest(set(_literal_strings([ingredients_lines.pattern],
                                                         re.IGNORECASE | re.MULTILINE)[0])),
        method_pattern=any_of(data["recipe"]["method"]),
        list_label_pattern=any_of(data["list_labels"]["patterns"]),
        sources_label_pattern=any_of(data["sources"]["labels"]),
        citing_pattern=any_of(data["sources"]["citing"]),
        disclosure_pattern=LiteralPrefiltered(data["disclosure"]["patterns"]),
        disclosure_words=_cased_words(data["disclosure"]["words"]),
        pitch_pattern=LiteralPrefiltered(data["pitch"]["patterns"]),
        standing_note_pattern=ByFirstChar(data["standing_notes"]["patterns"]),
        standing_note_endings=tuple(e.casefold() for e in data["standing_notes"]["endings"]),
        bare_more_pattern=bare_more,
        bare_more_ends=tuple(w for word in more_words for w in (word, word.capitalize())),
        bracketed_more_pattern=_bracketed_more(data["teasers"]),
        breadcrumb_labels=frozenset(w.casefold() for w in data["lines"]["breadcrumb_labels"]),
        tagline_pattern=any_of(data["taglines"]["patterns"]),
        tagline_words=words_of_any(data["taglines"]["patterns"]),
        greeting_pattern=compiled_once(rf"(?:{'|'.join(data['sign_offs']['greetings'])})[\s,.!…:;]*",
                                       re.IGNORECASE),
        signed_pattern=compiled_once(rf"(?:(?:{'|'.join(data['sign_offs']['greetings'])}),|"
                                     rf"(?:{'|'.join(data['sign_offs']['possessives'])}))"
                                     r"\s+(?P<name>\S+(?: \S+){0,3}?)[\s.!]*", re.IGNORECASE),
        postscript_pattern=compiled_once(rf"(?:{'|'.join(data['sign_offs']['postscripts'])})\s*:?\s*\S",
                                         re.IGNORECASE),
        bio_words=frozenset(w.casefold() for w in data["bios"]["words"]),
    )
