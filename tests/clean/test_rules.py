"""The rule tables' matching: the first-character dispatch of the chrome pattern says what the
whole alternation says."""

import _sre
import json
import os
import pickle
import re
import subprocess
import sys
import tomllib
from dataclasses import replace
from importlib import resources
from pathlib import Path
from re import _casefix, _parser

import pytest

from access import tomlcopy
from access.clean.rules import (
    ENGINE,
    STORED_FILE,
    TOML_COPIED,
    UNFOLDED,
    ByFirstChar,
    LiteralPrefiltered,
    Prefiltered,
    any_of,
    compiled_branch,
    compiled_once,
    joinable,
    joined_patterns,
    line_key,
    load_rules,
    may_hold,
    page_answers,
    read_toml,
    stored_analyses,
)
from access.clean.text import read_lines
from access.clean.text.lines import QUOTED_STOP, TERMINAL, ends_sentence

COPIED = Path(__file__).resolve().parents[1] / "data" / "copied"


def test_the_chrome_dispatch_agrees_with_the_whole_alternation_on_real_lines():
    rules = load_rules()
    whole = any_of(rules.chrome_pattern.patterns)
    keys = [line_key(line) for path in sorted(COPIED.glob("*.txt"))
            for line in read_lines(path.read_text(encoding="utf-8")).text]
    keys += ["", "share", "Share", "yesterday", "3 comments", "©", "(ap photo)", "read more:", "ſhare"]
    assert any(whole.fullmatch(key) for key in keys)  # some chrome among them
    assert [bool(rules.chrome_pattern.fullmatch(k)) for k in keys] == [bool(whole.fullmatch(k)) for k in keys]


def test_the_dispatch_tries_what_may_start_a_match():
    """Optional starts, look-arounds, scoped flags and anchors are tried on every text; a
    case-blind literal on both cases (and on the characters it folds with: 'ſ' is 's')."""
    patterns = ["(?:ab|c)d", "x?yz", r"\d+ comments", "(?=q)q.", "(?i:r)s", r"\bfoo", "s+t", "(?s:.)u", "",
                r"(a)\1c", "a(?!b)"]  # (a back-reference: tried alone, not joined with the others)
    dispatch = ByFirstChar(patterns)
    whole = any_of(patterns)
    texts = ["abd", "cd", "Cd", "bd", "yz", "xyz", "12 comments", "qa", "Rs", "foo", "sst", "ſt", "St",
             "\nu", "u", "", "zz", "d", "aac", "abc", "a"]
    assert [bool(dispatch.fullmatch(t)) for t in texts] == [bool(whole.fullmatch(t)) for t in texts]
    assert [t for t in texts if dispatch.fullmatch(t)] == [t for t in texts if whole.fullmatch(t)] != []


def test_a_pattern_spelled_with_sharp_s_matches_the_casefolded_line():
    """The tables try casefolded lines ("Zum Vergrößern anklicken" is "zum vergrössern
    anklicken"): a pattern written with "ß" is read as casefolding writes it."""
    rules = load_rules()
    assert rules.is_inline_residue("Zum Vergrößern anklicken....")
    assert ByFirstChar(["schließen"]).fullmatch("Schließen".casefold())


def test_the_prefiltered_search_finds_what_the_whole_alternation_finds():
    """A text holding none of the alternatives' literal runs is not searched; any other is,
    and the match is the whole alternation's (a case-blind run: 'CREDIT', 'ſ' for 's')."""
    patterns = [r"(?:\b(image )?credits?:\s*\w+)$", r"(?:\(photo/[^()]+\))$", r"(?:©\s*\w*)$", r"(?:sun)$"]
    search = Prefiltered(patterns)
    whole = any_of(patterns)
    texts = ["A caption. Credit: Reuters", "A caption. CREDIT: Reuters", "A caption (photo/AP)", "© AP",
             "Image credits: AP", "a paragraph with no credit at its end.", "credit: AP and more", "SUN",
             "ſun", "Credits: Ap", "", "CREDİT: AP", "İmage credits: © AP", "© credit: sun"]
    found = [m and m.span() for m in map(search.search, texts)]
    assert found == [m and m.span() for m in map(whole.search, texts)]
    assert [m and m.span() for m in map(search.match, texts)] == [m and m.span()
                                                                  for m in map(whole.match, texts)]
    assert sum(map(bool, found)) == 11


def test_the_literal_prefilter_finds_what_the_whole_alternation_finds():
    """The pitch patterns' prefilter: each literal run a plain substring of the casefolded line."""
    patterns = [r"\b(our|unser\w*)\s+(\w+\s+){0,2}(newsletter|app)\b", r"\bplease subscribe\b",
                r"^unterstütze\w*\s"]
    search = LiteralPrefiltered(patterns)
    whole = any_of(patterns)
    texts = ["Get our app.", "PLEASE SUBSCRIBE to the paper", "Unterstütze RosaMag bereits mit 2,50!",
             "UNTERSTÜTZE uns", "pleaſe ſubſcribe", "A line about apps and newsletters.", ""]
    assert [bool(search.search(t)) for t in texts] == [bool(whole.search(t)) for t in texts]
    assert sum(bool(search.search(t)) for t in texts) == 5
    assert LiteralPrefiltered([r"\w+\d", "sun"]).search("abc1")  # no literal run: searched always


def test_a_consent_line_is_searched_only_when_it_holds_the_cookie_word():
    """is_consent says what its two patterns say: a line holding no "cookie" casefolded (most)
    is not searched, one holding an unfolded letter ("COOKİES") is."""
    rules = load_rules()
    texts = ["This website uses cookies to improve your experience.", "THIS SITE USES COOKIES",
             "This website uses ſome cookies.", "Diese Website verwendet COOKİES.", "Cookies are tasty.",
             "A paragraph about the website and its privacy.", "", "cookie"]
    cookie, use = rules.consent_cookie_pattern, rules.consent_use_pattern
    plain = [bool(cookie.search(t) and use.search(t)) for t in texts]
    assert [rules.is_consent(t) for t in texts] == plain == [True] * 4 + [False] * 4
    assert rules.consent_words == ("cookie",)
    assert may_hold("anything", ()) and not may_hold("Cookbook", ("cookie",))


def test_casefolding_writes_each_letter_as_the_letters_it_matches_but_the_unfolded():
    """A case-blind pattern matches a letter whose lower case (or a letter re counts as the same)
    is its letter's: casefolding writes them alike, but for the letters UNFOLDED (Turkish 'İ', 'ı')."""
    classes: dict[int, set[int]] = {}
    for code in range(0x10000):
        if not 0xD800 <= code < 0xE000:
            classes.setdefault(_sre.unicode_tolower(code), set()).add(code)
    for code, others in _casefix._EXTRA_CASES.items():
        classes[_sre.unicode_tolower(code)] |= {code, *others}
    mixed = [{chr(c) for c in letters} for letters in classes.values()
             if len({chr(c).casefold() for c in letters}) > 1]
    assert set().union(*mixed) == {"I", "i", *UNFOLDED}


def test_the_rules_still_pickle():
    """A worker process may be handed the rules: the parse-tree patterns are rebuilt there."""
    rules = pickle.loads(pickle.dumps(load_rules()))
    assert rules.is_chrome("Share") and rules.is_caption("A view of the bay. Photo: Jane Doe")
    assert not rules.is_chrome("A paragraph of the article, long enough to be one.")


def test_a_pages_remembered_answers_are_the_tests_answers():
    """Inside ``page_answers`` a line test answers each line once and as it does outside; the
    answers are the page's rules' only (other rules, and the page after, ask afresh)."""
    rules = load_rules()
    lines = [line for path in sorted(COPIED.glob("*.txt"))
             for line in read_lines(path.read_text(encoding="utf-8")).text]
    tests = ("is_chrome", "is_byline", "is_date", "is_stop", "is_soft_stop", "is_promo", "is_residue",
             "is_inline_residue")  # (a line no chrome is tried against none of its tables)
    fresh = [[getattr(rules, test)(line) for line in lines] for test in tests]
    assert any(map(any, fresh))
    with page_answers(rules):
        assert [[getattr(rules, test)(line) for line in lines] for test in tests] == fresh
        assert [[getattr(rules, test)(line) for line in lines] for test in tests] == fresh
        no_chrome = replace(rules, residue_lines=frozenset(), chrome_pattern=ByFirstChar([]))
        assert rules.is_chrome("Share") and not no_chrome.is_chrome("Share")
    assert [[getattr(rules, test)(line) for line in lines] for test in tests] == fresh


def test_an_embeds_consent_prompt_is_chrome():
    # unterwegsinberlin.de (held-out): a consent plugin's placeholder over a held-back map
    rules = load_rules()
    assert rules.is_chrome("Klicken Sie auf den unteren Button, um den Inhalt von www.komoot.de zu laden.")
    assert rules.is_chrome("Click on the button below to load the content of www.youtube.com.")
    assert not rules.is_chrome("Klicken Sie auf den Button, um den Antrag abzuschicken.")


def test_the_dispatch_skips_only_what_cannot_match():
    """Alternatives bounded in length, needing a character without case ("(", "@", "."), or
    repeating without end agree with the whole alternation; tables sharing them agree."""
    patterns = [r".{2,5}\(\d\)", r"ab{1,3}", r"(a@b|c\.d)\.e", r"a.*z", r"(x|y)+", r"\w+ ago"]
    dispatch = ByFirstChar(patterns)
    whole = any_of(patterns)
    texts = ["ab (1)", "abcdefg(1)", "abbb", "abbbb", "a@b.e", "c.d.e", "a@b", "c.de", "a" + "b" * 300 + "z",
             "xyxy" * 100, "Ab", "ABB", "days ago", "ago", ""]
    assert [bool(dispatch.fullmatch(t)) for t in texts] == [bool(whole.fullmatch(t)) for t in texts]
    assert sum(bool(whole.fullmatch(t)) for t in texts) == 9
    subset = ByFirstChar(patterns[:2])
    assert [bool(subset.fullmatch(t)) for t in texts] == [bool(any_of(patterns[:2]).fullmatch(t))
                                                         for t in texts]


def test_a_line_is_tried_against_the_patterns_that_may_open_with_its_two_characters():
    """A line opening with two ASCII characters meets only the alternatives that may open with
    both, whatever their case ("Subscribe", "SHARE"); one opening otherwise (a dotless 'ı', which a
    case-blind 'i' matches) meets every alternative its first character allows."""
    patterns = [r"subscribe( now)?", r"share (this|it)", r"(sign up|sources?):?", r"s(ı|i)te",
                r"sa{0,2}b", r"s\w+ ago", r"(ab)+x", "ingredients"]
    dispatch = ByFirstChar(patterns)
    whole = any_of(patterns)
    texts = ["subscribe", "Subscribe now", "SHARE THIS", "share it", "sign up:", "Sources", "site", "sıte",
             "sb", "sab", "saab", "saaab", "sun ago", "ababx", "abx", "ax", "ıngredients", "Ingredients",
             "s", "sh", "", "su"]
    assert [bool(dispatch.fullmatch(t)) for t in texts] == [bool(whole.fullmatch(t)) for t in texts]
    assert sum(bool(whole.fullmatch(t)) for t in texts) == 16
    assert dispatch.pairs["subscribe( now)?"] == {"su", "sU", "Su", "SU"}
    assert dispatch.pairs[r"s\w+ ago"] is None  # (a class after the "s": any second character)
    assert dispatch.pairs["(sign up|sources?):?"] == {a + b for a in "sS" for b in "iIoO"}


def test_the_patterns_opening_on_most_characters_are_tried_on_lines_holding_their_words():
    """Those alternatives are tried only on a line holding one of their literal runs, or a
    dotless 'ı', which a case-blind 'i' matches ("abc ın" is read as "abc in")."""
    patterns = [r"[a-z]{1,10} in", r".{1,20}\(\d\)", "apple"]
    dispatch = ByFirstChar(patterns)
    whole = any_of(patterns)
    texts = ["abc in", "abc ın", "abc on", "x (1)", "x 1", "apple", "apple in"]
    assert [bool(dispatch.fullmatch(t)) for t in texts] == [bool(whole.fullmatch(t)) for t in texts]
    assert [bool(whole.fullmatch(t)) for t in texts] == [True, True, False, True, False, True, True]


def test_patterns_that_may_start_with_most_characters_are_compiled_once():
    """A pattern opening on '.' or a class of letters is joined on its own, shared by every
    character it may start with, not compiled again into each character's pattern."""
    dispatch = ByFirstChar([r".{2,5}\(\d\)", r"[a-zą]{2,5}/dpa", "apple", "mango", "zebra"])
    texts = ["apple", "mango", "zebra", "ab (1)", "mą/dpa", "pear"]
    assert [bool(dispatch.fullmatch(t)) for t in texts] == [True, True, True, True, True, False]
    shared = set(dispatch.for_char("a")) & set(dispatch.for_char("m")) & set(dispatch.for_char("z"))
    assert len(shared) == 1 and len(dispatch.for_char("a")) == 2  # its own pattern, and the shared one


def test_a_joined_pattern_is_the_pattern_re_compiles_from_the_joined_tree():
    """Joining the alternatives' own codes (each compiled once) writes the code re's compiler
    writes for the joined parse tree: flags, groups, named groups, classes, repeats, anchors."""
    patterns = [r"(?P<n>\d+) comments?", r"ab{1,3}(c|d)*?", r"[a-zą]{2,5}/dpa", r"\bfoo$", "ſhare", r"x+z"]
    assert joined_patterns(tuple(patterns), 2) == (_branch_compiled(patterns, 2),)
    assert [compiled_once(p, 2) for p in patterns] == [re.compile(p, 2) for p in patterns]
    assert joined_patterns(tuple(patterns), 2)[0].groupindex == {"n": 1}
    uncased = [r"\(c\)", r"©\s*\w+", r"2\d{3}"]  # (each opens with a character without case: a charset)
    assert joined_patterns(tuple(uncased), 2) == (_branch_compiled(uncased, 2),)


def _branch_compiled(patterns: list[str], flags: int) -> re.Pattern[str]:
    """What re's compiler makes of the branch of ``patterns``' parse trees."""
    parsed = [_parser.parse(p, flags) for p in patterns]
    state = max((p.state for p in parsed), key=lambda state: state.groups)
    return compiled_branch(state, [p.data for p in parsed], flags)


def test_the_stored_analysis_is_what_python_m_access_clean_rules_writes():
    """STORED_FILE holds each table's patterns' code and analysis for the regex engine it
    names, and each TOML file has its JSON copy: stale (a rule changed), the patterns are
    parsed again and the TOML read, as slowly as before."""
    text = resources.files("access.clean.rules").joinpath(STORED_FILE).read_text(encoding="utf-8")
    if json.loads(text)["engine"] != ENGINE:
        pytest.skip(f"{STORED_FILE} was written for another regex engine than {ENGINE}")
    root = str(Path(__file__).resolve().parents[2])  # (a fresh process: the patterns its tables ask for)
    check = subprocess.run([sys.executable, "-m", "access.clean.rules", "--check"], capture_output=True,
                           text=True, env={**os.environ, "PYTHONPATH": root}, cwd=root)
    assert check.returncode == 0, check.stdout


def test_the_toml_files_json_copies_hold_their_tables():
    """The rules' TOML files, and the phrases, are read from their JSON copies (the build
    writes them; the test above fails when one is stale, and a stale one is not read): the
    same tables."""
    for package, names in tomlcopy.COPIED.items():
        folder = resources.files(package)
        for name in names:
            assert (tomlcopy.read_toml(package, name)
                    == tomllib.loads(folder.joinpath(name).read_text(encoding="utf-8"))), name
    assert read_toml(TOML_COPIED[0]) == tomlcopy.read_toml("access.clean.rules", TOML_COPIED[0])


@pytest.mark.parametrize("copy", ['{"tables": {"a": {"b": 2}}}', "[]", '"text"', '{"digest": null}'])
def test_a_json_copy_not_of_the_copys_shape_is_passed_over(tmp_path, monkeypatch, copy):
    """A copy that is JSON but no copy (no digest, not an object) is passed over: the TOML is read."""
    package = "copied_" + "".join(c if c.isalnum() else "_" for c in tmp_path.name)  # one a case
    folder = tmp_path / package
    folder.mkdir()
    (folder / "__init__.py").write_text("", encoding="utf-8")
    (folder / "t.toml").write_text("[a]\nb = 1\n", encoding="utf-8")
    (folder / "t.toml.json").write_text(copy, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert tomlcopy.read_toml(package, "t.toml") == {"a": {"b": 1}}


def test_the_tables_patterns_from_their_stored_code_are_what_re_compiles():
    """Each pattern of the tables, and the joined patterns a line's first character picks,
    built from their stored codes, are the patterns re compiles from their text or parse trees."""
    rules = load_rules()
    assert stored_analyses() or not ENGINE  # (the file is read on the Python it was written for)
    tables = [table for table in vars(rules).values() if isinstance(table, ByFirstChar)]
    assert len(tables) >= 8
    for table in tables:
        flags = table.flags
        assert ([compiled_once(p, flags) for p in table.patterns]
                == [re.compile(p, flags) for p in table.patterns])
        for char in "as(©1#":
            picked = tuple(p for test, group in table.groups if test is None or test.fullmatch(char)
                           for p in group if joinable(p, flags))
            if len(picked) > 1:
                assert joined_patterns(picked, flags) == (_branch_compiled(list(picked), flags),)
    assert rules.byline_pattern == re.compile(rules.byline_pattern.pattern, re.IGNORECASE)


def test_a_line_ends_a_sentence_as_the_whole_line_is_searched():
    """ends_sentence looks at a line's last characters only: the same answers on real lines
    and on the longest endings (an emoji with its variation selector, a newline after a stop)."""
    lines = [line for path in sorted(COPIED.glob("*.txt"))
             for line in read_lines(path.read_text(encoding="utf-8")).text]
    lines += ["Done.", "Done.\n", "Great \u2600\ufe0f", "Great \u2600\ufe0f\n", "No stop", "a", "…", "",
              "»Sauber!«", "»Sauber!«\n"]
    assert [ends_sentence(line) for line in lines] == [bool(TERMINAL.search(line) or QUOTED_STOP.search(line))
                                                       for line in lines]
    assert 0 < sum(map(ends_sentence, lines)) < len(lines)


def test_every_word_list_pattern_is_compiled_from_its_stored_code():
    """A pattern made from a word list (``built_once``) is written in one order whatever the
    process's string hashing, so a fresh process finds its code in the stored file (by its text)
    and compiles it from that: the pattern re compiles from its text (code compared)."""
    import access.clean.text  # noqa: F401  (its modules register their builders)
    from access.clean.rules import BUILT

    stored = {key.split(" ", 1)[1] for key in stored_analyses()}
    assert len(BUILT) >= 20
    for build in BUILT:
        pattern = build()
        assert pattern.pattern in stored or not ENGINE, pattern.pattern[:80]
        assert pattern == re.compile(pattern.pattern, pattern.flags)
