"""Each line scored as prose or chrome, and the runs inside an article (code, records, quotes, widgets)."""

from __future__ import annotations

import re
from itertools import pairwise

from access.clean.rules import Rules, built_once, compiled_once, read_toml
from access.clean.text.lines import Lines, ends_sentence, word_count
from access.clean.text.settings import SETTINGS, WEIGHTS, LineScorer, TextSettings, Weights
from access.document.model import EXCLAMATION_ENDS, FULL_STOPS

STATEMENT_ENDS = FULL_STOPS + EXCLAMATION_ENDS  # a sentence of running text closes so


@built_once
def teaser_line() -> re.Pattern[str]:
    """A teaser card copied as one line: a Title-Cased headline (its small words in lower case,
    residue.toml [teaser_line]) run straight into its summary, a word of four letters or more
    glued to the next ("… In DetroitHoodline crunched"); a brand's inner capital comes sooner
    ("MacBook", "AirPods", "YouGov", "McDowell", "LeBron")."""
    lists = read_toml("residue.toml")["teaser_line"]["small_words"].values()
    small = "|".join(re.escape(word) for words in lists for word in words)
    return compiled_once(rf"^(?:(?:[A-Z0-9‘'“\"$][\w'’,:&.$%-]*|{small})\s+){{2,}}"
                         r"[A-Z0-9][\w'’-]{2,}?[a-z0-9?!’'][A-Z][a-z]")
# A line of code or of a text-drawn table: box-drawing characters, an operator between spaces, a
# call, a dotted name, or a line closing on a bracket, brace, semicolon or comma (or opening on a
# closing one).
# (A call is looked for from where a run of word characters begins, not from each of them: a
# long run took time in the square of its length. Each form is looked for only in a line holding
# the character it needs: one pattern of the five, tried at each character, cost 3.6 µs a line.)
CODE_BOX = re.compile(r"[│┃┼─━═┌┐└┘├┤]")
CODE_CALL = re.compile(r"(?<!\w)[^\W_A-Za-z]*+[A-Za-z_]\w*+\(")
CODE_OPERATOR = re.compile(r"\s(?:==|!=|<=|>=|=>|->|\+=|:=|=)\s")
# A module path or attribute chain, three names or more joined by dots ("django.contrib.staticfiles",
# "os.path.join"): no word of prose has two inner dots, and a web address is left out (after "/",
# "//", "@", before "/" or "@", from "www.").
CODE_DOTTED = re.compile(r"(?<![\w./:@-])(?!www\.)[a-z_]\w*+(?:\.[a-z_]\w*+){2,}+(?![\w./@-])")
CODE_ENDS, CODE_OPENS = (";", "{", "}", "(", ","), (")", "}", "]")
# inside a line: code, not prose (a call, a bracket, an operator, a quoted key)
CODE_SIGNS = re.compile(r"[{}\[\]=<>|\\`$#@]|//|::|\w\(|\)\.|\.\w+\(|[\"']\s*[:,]")
PROSE_WORD = re.compile(r"(?<![\w.])[^\W\d_]{2,}(?![\w(])")  # a word of letters, no identifier's dot or call
CODE_SHARE = 0.5  # a run of lines with no blank line between is code when this share looks so
MIN_CODE_LINES = 3
CODE_SCORE = 0.05  # a code line neither opens a gap in the article nor makes one
MAX_HEADING_WORDS = 14
MAX_LIST_ITEM_WORDS = 25
# A record's line: a label and its value ("Ort: Kornhaus Dessau"), a year and what happened then
# ("1962–1964 Zweiter Bauabschnitt: Gemeinschaftshaus", a chronology), a number and its item
# ("3a etapa: 22 de abril – Velopark", "01. Robert Plant", "1-2 Spritzer Bitters": a range too) or a
# note's number in brackets and its text ("[1] http://www.gnu.org/philosophy/free-sw.de.html": the
# references an article cites).
RECORD = re.compile(r"^(?:(?P<label>[^\W\d][^:]{0,30}:\s+\S)"
                    r"|(?P<year>(?:1[5-9]|20)\d\d(?:[–/-]\d\d(?:\d\d)?)?\s+[^\W\d])"
                    r"|(?P<number>\d{1,3}(?:[–-]\d{1,3})?(?:[.)ªºa]|\s)\s*\S)"
                    r"|(?P<note>\[\d{1,3}\]\s*\S))")
YEAR_ITEM_WORDS = 4  # a chronology's line: a year and what happened then ("1989 Abrissbeschluss und
# Neubauplanung"), however long; an archive's ("2010 Oktober") is shorter
RECORD_RUN = 4  # this many such lines of one form in a row are a list inside an article
SHORT_RECORD_RUN = 3  # … and this many inside the body are one too ("Rock: Zara", "Optik: Teleobjektiv")
MIN_LIST_ITEMS = 2
RESUME_WORDS = 12  # a related box inside an article is at most this long
TEMPLATE_RUN = 3  # this many neighbouring lines the same but for a word or two are one widget's
TEMPLATE_WORDS = 4  # … each at least this long (shorter ones score as chrome anyway)
TEMPLATE_CHANGED = 2  # words that may differ between two lines of a template


def prose_score(line: str, rules: Rules, weights: Weights | None = None,
                paragraph: bool = False, consent: bool = True, notices: bool = True) -> float:
    """Positive for article prose, negative for chrome (``consent``: a cookie dialog's lines too);
    with ``notices``, a browser's or consent box's notice scores as the line it is: dropped from
    the body, it does not end it (the three lines of a video's consent placeholder stand where the
    article's video is, and as chrome would close the article above them)."""
    weights = weights or WEIGHTS
    if ((rules.is_chrome(line) and not (notices and rules.is_notice(line)))
            or (consent and rules.is_consent(line))):
        return weights.residue
    words = word_count(line)
    if words >= weights.long_words:
        score = min(words * weights.per_word, weights.cap)
        score = score if paragraph else score * weights.packed_factor
    elif words >= weights.sentence_words and ends_sentence(line):
        score = weights.sentence
    else:
        score = weights.short_paragraph if paragraph else weights.short
    # a teaser card scores as a short line: the costly teaser tests only for a line scoring otherwise
    if score != weights.short and (teaser_line().match(line) or rules.is_teaser(line)):
        return weights.short
    return score


def _same_but_a_word(a: list[str], b: list[str]) -> bool:
    """Two lines alike but for one or two words in place, none a number: a template filled
    twice (rows of a table differ in their figures)."""
    if not len(a) == len(b) >= TEMPLATE_WORDS:
        return False
    changed = [x + y for x, y in zip(a, b, strict=True) if x != y]
    return len(changed) <= min(TEMPLATE_CHANGED, len(a) // 2) and not any(
        c.isdigit() for word in changed for c in word)


def templated(lines: list[str]) -> set[int]:
    """Lines of a widget filled in several times ("You are commenting using your Google
    account.", the same for Twitter and Facebook): runs of neighbouring lines alike but for a
    word or two. However long, they are chrome: an article does not repeat itself so. Only two
    lines of as many words are split and compared (``lines`` as read: one space between words)."""
    spaces = [line.count(" ") for line in lines]
    found: set[int] = set()
    start = 0
    for i in range(1, len(lines) + 1):
        if i < len(lines) and spaces[i - 1] == spaces[i] and _same_but_a_word(
                lines[i - 1].split(), lines[i].split()):
            continue
        if i - start >= TEMPLATE_RUN:
            found.update(range(start, i))
        start = i
    return found


def teaser_cards(lines: list[str], span: range, rules: Rules) -> set[int]:
    """The lines of teaser cards in ``span``: a summary closed by its bare "more" link ("… viele
    Fragen. mehr"), and the headline right above it (short, no sentence)."""
    found: set[int] = set()
    for i in span:
        if rules.ends_in_bare_more(lines[i]):
            found.add(i)
            if i - 1 in span and lines[i - 1].strip() and is_heading_like(lines[i - 1]):
                found.add(i - 1)
    return found


def prose_words(line: str, weights: Weights) -> int:
    """The words of a line of running text (a paragraph or a sentence), else 0."""
    words = word_count(line)
    return words if words >= weights.long_words or (
        words >= weights.sentence_words and ends_sentence(line)) else 0


def is_sentence_prose(line: str) -> bool:
    """A line of running text, not a headline: long enough and ending like a sentence."""
    return word_count(line) >= RESUME_WORDS and ends_sentence(line)


def is_heading_like(line: str) -> bool:
    return word_count(line) <= MAX_HEADING_WORDS and not ends_sentence(line)


def running_text(line: str) -> bool:
    """A paragraph, not a headline: long, or a long sentence closed by a full stop or "!"."""
    words = word_count(line)
    return words >= WEIGHTS.long_words or (words >= RESUME_WORDS and line.endswith(STATEMENT_ENDS))


def announced_list(read: Lines, at: int, rules: Rules, set_apart: bool = False,
                    next_label: bool = True, sentence_end: bool = False, spaced: bool = False) -> range:
    """The run of short lines a line ending in a colon announces ("Tour dates:"), up to a
    blank line or a line of chrome; empty when ``at`` announces nothing. ``set_apart``: the
    list may begin after a blank line (a paragraph announcing it); ``next_label``: it ends at
    the next short label, which announces its own ("Für den Mürbeteig:" … "Für die Füllung:");
    ``sentence_end``: at the item closing with a full stop a sentence spread over the items ends
    ("ein gesundes Leben," … "ein starkes Miteinander."): the line under it is no item; ``spaced``:
    a paragraph over no packed list may announce items each set apart (``_spaced_items``)."""
    lines = read.text
    if (not lines[at].endswith(":") or rules.is_stop(lines[at]) or rules.is_soft_stop(lines[at])
            or rules.is_inline_residue(lines[at])):  # an ad's "Werbung:" announces the ad, no list
        return range(at + 1, at + 1)
    end = at + 1
    while (end < len(lines) and (not read.blank_before[end] or (set_apart and end == at + 1))
           and word_count(lines[end]) <= MAX_LIST_ITEM_WORDS and not _is_chrome(lines[end], rules)
           and not (next_label and end > at + 1 and _is_label(lines[end]))
           and not (sentence_end and _closes_sentence_list(lines, range(at + 1, end)))):
        end += 1
    if end - at - 1 >= MIN_LIST_ITEMS:
        return range(at + 1, end)
    return _spaced_items(read, at, rules) if spaced else range(at + 1, at + 1)


SPACED_ITEMS = 3  # a list whose items are each set apart by blank lines has this many at least


def _spaced_items(read: Lines, at: int, rules: Rules) -> range:
    """The items of a list a paragraph ending in a colon announces whose items are each set apart
    by blank lines ("… in zehn Punkten:" over "Habe Zeit für Träume", "Bleibe stets aktiv", …, each
    a <p> of its own), the article going on below them (no short line): ``SPACED_ITEMS`` short
    lines at least, each ending no sentence, none chrome, a label or a stop; else empty."""
    lines = read.text
    if not running_text(lines[at]):
        return range(at + 1, at + 1)
    end = at + 1
    while (end < len(lines) and read.blank_before[end] and is_heading_like(lines[end])
           and not lines[end].endswith(":") and not _is_chrome(lines[end], rules)
           and not rules.is_stop(lines[end])):
        end += 1
    spaced = end - at - 1 >= SPACED_ITEMS and end < len(lines) and not is_heading_like(lines[end])
    return range(at + 1, end if spaced else at + 1)


def _closes_sentence_list(lines: list[str], items: range) -> bool:
    """Whether the last of ``items`` closes with a full stop a sentence they spread over: the
    others close with no stop, one with a comma or semicolon at least."""
    if len(items) < MIN_LIST_ITEMS or not lines[items[-1]].endswith(FULL_STOPS):
        return False
    before = [lines[i] for i in items[:-1]]
    return not any(map(ends_sentence, before)) and any(line.endswith((",", ";")) for line in before)


NEXT_LABEL_WORDS = 4  # a line in a list ending in a colon this short announces the next list, no item
# ("Für die Füllung:"): shorter than a label over a list (body.LIST_LABEL_WORDS), as items are short too


def _is_label(line: str) -> bool:
    """Whether a line is a short label announcing what follows ("Für die Füllung:", "Zutaten:")."""
    return line.endswith(":") and word_count(line) <= NEXT_LABEL_WORDS


def _is_chrome(line: str, rules: Rules) -> bool:
    return rules.is_chrome(line) or rules.is_byline(line)


def _record_form(line: str, rules: Rules, notes: bool = True) -> str:
    """"label" for a short line "Ort: Kornhaus Dessau", "number" for "3a etapa: 22 de abril", "year"
    for a chronology's line of any length ("1989 Abrissbeschluss und Neubauplanung durch …"), "note"
    (with ``notes``) for "[1] http://…", else ""."""
    match = RECORD.match(line)
    if not match or rules.is_chrome(line) or (match.lastgroup == "note" and not notes):
        return ""
    if match.lastgroup == "year":
        return "year" if word_count(line) >= YEAR_ITEM_WORDS else ""
    if word_count(line) > MAX_LIST_ITEM_WORDS:
        return ""
    return match.lastgroup or ""


def record_runs(lines: list[str], rules: Rules, least: int = RECORD_RUN) -> set[int]:
    """Runs of ``least`` or more short lines of one form, a label and its value ("Ort: Kornhaus
    Dessau"), a year and its event or a number and its item ("3a etapa: 22 de abril – Velopark"):
    a list, a chronology or a record inside an article (a menu's items have none of them)."""
    return {i for run in _record_spans(lines, rules, least) for i in run}


def _record_spans(lines: list[str], rules: Rules, least: int, notes: bool = True) -> list[range]:
    """record_runs' runs, each as a range (``notes``: runs of numbered notes too)."""
    forms = [_record_form(line, rules, notes) if line[0].isdigit() or line[0] == "[" or ":" in line[:32]
             else "" for line in lines]
    forms.append("")
    found: list[range] = []
    start = 0
    for i in range(1, len(forms)):
        if forms[i] and forms[i] == forms[i - 1]:
            continue
        if forms[start] and i - start >= least:
            found.append(range(start, i))
        start = i
    return found


def code_like(line: str, prose_items: bool = False) -> bool:
    """A line that looks like code or a text table's row (its forms above); ``prose_items``:
    not one whose only code-like form is its closing comma or semicolon, a list item of words
    ("ein gesundes Leben,", "der Export … gestiegen;")."""
    return bool(("(" in line and CODE_CALL.search(line))
                or (line.rstrip()[-1:] in CODE_ENDS and not (prose_items and _prose_item(line)))
                or line.lstrip()[:1] in CODE_OPENS
                or (("=" in line or "->" in line) and CODE_OPERATOR.search(line)) or CODE_BOX.search(line)
                or ("." in line and CODE_DOTTED.search(line)))


PROSE_ITEM_WORDS = 3  # a line ending in a comma or semicolon, this many words of letters at least, is prose


def _prose_item(line: str) -> bool:
    """A line of words closed by a comma or semicolon, no code sign inside it."""
    body = line.strip()[:-1]
    words = [word for word in PROSE_WORD.findall(body) if not word.isupper()]  # (SQL's keywords)
    return not CODE_SIGNS.search(body) and len(words) >= PROSE_ITEM_WORDS


def code_runs(read: Lines, prose_items: bool = True) -> set[int]:
    """The lines of code blocks and text-drawn tables: runs of lines with no blank line
    between, at least half of them looking like code (a menu is words, not brackets); and the
    shorter runs that look so just above or below one across blank lines (a config file's groups
    of one or two settings, "cert = …" over "client = no" / "pid = …" over "[rsync]").
    ``prose_items``: a line of words closed by a comma or semicolon is not code-like."""
    groups = _blank_groups(read)
    code = [len(run) >= MIN_CODE_LINES and _looks_coded(read, run, prose_items) for run in groups]
    for k in [k for k, found in enumerate(code) if found]:
        for step in (-1, 1):
            j = k + step
            while 0 <= j < len(groups) and not code[j] and _looks_coded(read, groups[j], prose_items):
                code[j] = True
                j += step
    return {i for run, found in zip(groups, code, strict=True) if found for i in run}


def _blank_groups(read: Lines) -> list[range]:
    """The page's lines in runs with no blank line between."""
    starts = [i for i in range(len(read.text)) if i == 0 or read.blank_before[i]]
    return [range(a, b) for a, b in pairwise([*starts, len(read.text)])]


def _looks_coded(read: Lines, run: range, prose_items: bool = False) -> bool:
    """Whether ``CODE_SHARE`` of the run's lines are ``code_like``, the lines asked only until
    that is known (a paragraph's run: until too few are left)."""
    needed, left = CODE_SHARE * len(run), len(run)
    found = 0
    for line in read.text[run.start:run.stop]:
        if found >= needed or found + left < needed:
            break
        found += code_like(line, prose_items)
        left -= 1
    return found >= needed


MIN_TABLE_ROWS = 3  # this many rows in a row, one after another, are a table inside the body …
MAX_CELL_WORDS = 25  # … each cell this long at most (a page laid out in a table has its article in one)


def table_runs(read: Lines) -> set[int]:
    """The lines of tables: ``MIN_TABLE_ROWS`` or more lines in a row copied with a tab between
    their cells (``Lines.cells``), no blank line between, no cell of running text. A browser
    copies a table so (a price comparison, a timetable, a test's results); a menu or a card is
    copied one item a line. Only typed, not scored: lifted as code is, a table beside the body
    carried it on into a sidebar's or a form's table on held-out sites."""
    found: set[int] = set()
    run: list[int] = []
    for i in range(len(read.text) + 1):
        row = read.cells.get(i)
        is_row = row is not None and max(map(word_count, row)) <= MAX_CELL_WORDS
        if run and (not is_row or read.blank_before[i]):
            if len(run) >= MIN_TABLE_ROWS:
                found.update(run)
            run = []
        if is_row:
            run.append(i)
    return found


OPENS_QUOTE = re.compile(r"^[„“”\"«»‚]")  # a quotation opening a line …
CLOSES_QUOTE = re.compile(r"[“”\"»«‘]$")  # … and closing one this many lines below at most:
QUOTE_LINES = 8


def quoted_runs(lines: list[str], span: range) -> set[int]:
    """Short lines a quotation spans ("„Azad war mein Vorbild …" down to "… reimt“"): verse or
    dialogue quoted in the article, kept though each line is short."""
    found: set[int] = set()
    for i in span:
        if not (OPENS_QUOTE.match(lines[i]) and is_heading_like(lines[i])) or CLOSES_QUOTE.search(lines[i]):
            continue
        for j in range(i + 1, min(span.stop, i + QUOTE_LINES)):
            if not is_heading_like(lines[j]) and not CLOSES_QUOTE.search(lines[j]):
                break
            if CLOSES_QUOTE.search(lines[j]):
                found.update(range(i, j + 1))
                break
    return found


def scored_lines(read: Lines, rules: Rules, weights: Weights, settings: TextSettings = SETTINGS,
                 line_scores: LineScorer | None = None) -> tuple[list[float], set[int], set[int]]:
    """Each line's prose score (``line_scores`` replacing the rules'), with code, announced
    lists, records and a widget's templated lines scored as what they are; and the lines of code
    and of records (with ``short_records`` also those of runs too short to score, which the body
    lists all the same)."""
    lines = read.text
    if line_scores is not None:
        scores = list(line_scores(read, rules, weights))  # (a list of its own, as the passes below make)
    else:
        scores = [prose_score(line, rules, weights, p, settings.consent, settings.scored_notices)
                  for line, p in zip(lines, read.paragraph, strict=True)]
    code = code_runs(read, settings.prose_items) if settings.code_blocks else set()
    if code:  # code and tables sit inside articles (each pass only over a page that has what it lifts)
        scores = [max(score, CODE_SCORE) if i in code and score > weights.residue else score
                  for i, score in enumerate(scores)]
    if settings.announced_lists:  # "You will need:" over its items: the list is the article's
        listed = {j for i, score in enumerate(scores) if score > 0 and lines[i].endswith(":")
                  for j in announced_list(read, i, rules, True, settings.next_label)}
        if listed:
            scores = [max(score, CODE_SCORE) if i in listed and score > weights.residue else score
                      for i, score in enumerate(scores)]
    least = SHORT_RECORD_RUN if settings.short_records else RECORD_RUN
    runs = _record_spans(lines, rules, least, settings.notes) if settings.records else []
    records = {i for run in runs if len(run) >= RECORD_RUN for i in run}
    if records:  # a record's lines carry content as a sentence does
        scores = [max(score, weights.sentence) if i in records and score > weights.residue else score
                  for i, score in enumerate(scores)]
    records = {i for run in runs for i in run}  # a shorter run's listed only: at the body's edge a
    # writer's "Author:", "Published:", "Fax:" lines would carry it on
    if settings.templates:
        widget = templated(lines)
        if widget:
            scores = [min(score, weights.short) if i in widget else score for i, score in enumerate(scores)]
    return scores, code, records
