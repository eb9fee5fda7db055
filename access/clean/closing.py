"""Trims of what closes an article, shared by the saved-page and copied-text cleaners."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from access.clean.rules import Rules, built_once, compiled_once, read_toml
from access.document import Block, Figure, Heading, Paragraph
from access.document.model import SCRIPT_STOPS, SPOKEN_ENDS, count_words

WORD_CHAR = re.compile(r"\w")

PITCH_WORDS = 50  # a closing paragraph this short pitching the site's channels is no article's
PITCH_OPENING_WORDS = 120  # ... or a paragraph up to this long whose first sentence, a question, pitches
FIRST_SENTENCE = re.compile(rf".{{1,200}}?(?:[.?!](?=\s|$)|[{SCRIPT_STOPS}])", re.DOTALL)

DISCLOSURE_WORDS = 60  # a paragraph this short saying its links earn a commission is a disclosure

PITCH_REACH = 6  # a pitch among the article's last this many blocks ...
PITCH_TAIL = 150  # ... with at most this many words after it opens the article's closing run


def drop_closing_pitch(blocks: list[Block], rules: Rules, run: bool = False,
                       opening: bool = False, run_words: int = 0, run_heading: bool = False) -> list[Block]:
    """Drop the short paragraphs and headings closing the article (pictures aside) that pitch
    the site's newsletter, app, channel or letters page to the reader (residue.toml [pitch]):
    the site's, set under every article. Mid-article such words are news (an app, a channel).
    With ``run``, a pitch among the last few blocks, with little after it, opens the run that
    closes the article, and all of it goes: what follows is the pitch's own blurb (what the
    membership gives, a paywall's log-in line) or a box under it (the author's bio). With
    ``opening``, a longer paragraph opening on a question or a call that pitches pitches too
    ('Gefällt dir unser Klettermagazin? Bei der Lancierung … keine Bezahlschranke …').
    With ``run_words``, only a pitch this short at most opens the run (a call, a box's label: "Unterstütze
    RosaMag bereits mit 2,50!"; not a page's paragraph naming its own channel). With ``run_heading``, a
    heading right over the run goes with it: the box's label ("Augmented Reality" over "In unserem
    Seminar „Augmented Reality“ …"), which would close the article over nothing."""
    blocks = _drop_closing(blocks, lambda block: _is_pitch(block, rules, opening))
    return _drop_pitch_run(blocks, rules, opening, run_words, run_heading) if run else blocks


def _drop_pitch_run(blocks: list[Block], rules: Rules, opening: bool = False,
                    run_words: int = 0, run_heading: bool = False) -> list[Block]:
    """``blocks`` from the first pitch among their last PITCH_REACH on, pictures aside, when the
    words after it are at most PITCH_TAIL and article prose stays above it (and the pitch is
    ``run_words`` long at most, when that is set); with ``run_heading``, from the heading right over
    that pitch, when prose stays above the heading too."""
    after = 0
    start = None
    for i in range(len(blocks) - 1, max(len(blocks) - PITCH_REACH, 0) - 1, -1):
        block = blocks[i]
        if not isinstance(block, Paragraph | Heading):
            continue  # (a picture: no words, no pitch)
        words = count_words(block.text)
        if (not run_words or words <= run_words) and _is_pitch(block, rules, opening, words):
            start = i
        after += words
        if after > PITCH_TAIL:
            break
    if start is None or not any(isinstance(b, Paragraph) for b in blocks[:start]):
        return blocks
    if run_heading and isinstance(blocks[start - 1], Heading) and any(
            isinstance(b, Paragraph) for b in blocks[:start - 1]):
        start -= 1  # the box's label over the pitch
    return blocks[:start] + [b for b in blocks[start:] if isinstance(b, Figure)]  # pictures stay


LINK_TAIL_LINKS = 3  # a paragraph closing the article of this many links and nothing else ...
LINK_TAIL_SHARE = 0.9  # ... (this share of its letters linked) lists other stories


def drop_link_tail(blocks: list[Block]) -> list[Block]:
    """Drop the paragraphs closing the article (pictures aside) that are a run of links and
    little else: other stories' headlines set one after another (a related box whose links
    trafilatura read as one paragraph; its label above is then a dangling heading)."""
    return _drop_closing(blocks, _is_link_run)


def _drop_closing(blocks: list[Block], closing: Callable[[Block], bool]) -> list[Block]:
    """``blocks`` without the run of ``closing`` blocks that ends them (pictures in it aside, and
    kept), unless nothing of the article's prose would be left above it."""
    end = len(blocks)
    while end and (isinstance(blocks[end - 1], Figure) or closing(blocks[end - 1])):
        end -= 1
    if end == len(blocks) or not any(isinstance(b, Paragraph) for b in blocks[:end]):
        return blocks
    return blocks[:end] + [b for b in blocks[end:] if isinstance(b, Figure)]  # pictures stay


def _is_link_run(block: Block) -> bool:
    if not isinstance(block, Paragraph):
        return False
    links = [run for run in block.inlines if run.href]
    letters = sum(len(WORD_CHAR.findall(run.text)) for run in block.inlines)
    linked = sum(len(WORD_CHAR.findall(run.text)) for run in links)
    return len(links) >= LINK_TAIL_LINKS and linked >= LINK_TAIL_SHARE * letters


NEWSLETTER_PITCH_WORDS = 3  # a newsletter's pitch this long at least ("Newsletter" alone may head minutes)


@cache
def pitch_words(table: str = "newsletter_words") -> tuple[str, ...]:
    """The words naming a newsletter, every language's (residue.toml [pitch.newsletter_words]),
    casefolded; or a donation (``table`` "donation_words")."""
    return tuple(word.casefold() for words in read_toml("residue.toml")["pitch"][table].values()
                 for word in words)


def is_newsletter_pitch(line: str, rules: Rules, table: str = "newsletter_words", folded: str = "") -> bool:
    """A short line naming a newsletter and pitching it (residue.toml [pitch]): a sign-up box's,
    wherever it sits in the article ("Lust auf mehr? … Melde dich hier für unseren Newsletter
    an!"). An app or a channel may be news; a newsletter pitched to the reader is not. With
    ``table`` "donation_words", a line naming a donation and pitching it: a call for the site's
    donations ("Wesprzyj nas darowizną …"), the site's, not news, wherever it sits. ``folded``: the
    line casefolded, when the caller has it."""
    folded = folded or line.casefold()
    for word in pitch_words(table):  # (a loop of plain ``in``: most lines hold none)
        if word in folded:
            return NEWSLETTER_PITCH_WORDS <= count_words(line) <= PITCH_WORDS and rules.is_pitch(line)
    return False


def is_disclosure(text: str, rules: Rules) -> bool:
    """A short paragraph saying the page's links earn the site a commission (residue.toml
    [disclosure]): an affiliate disclosure, the site's notice above or inside the article, not
    the article's ("This post contains affiliate links …", "Advertising disclosure: We may receive
    compensation for some of the links in our stories.")."""
    return rules.is_disclosure(text) and count_words(text) <= DISCLOSURE_WORDS


@built_once
def sponsored_pattern() -> re.Pattern[str]:
    """A sponsored post's notice (residue.toml [sponsored]), any language's."""
    patterns = read_toml("residue.toml")["sponsored"]["patterns"]
    return compiled_once("|".join(f"(?:{pattern})" for pattern in patterns), re.IGNORECASE)


@cache
def sponsored_words() -> tuple[str, ...]:
    """The words one of which every sponsored post's notice holds (residue.toml [sponsored] words)."""
    return tuple(read_toml("residue.toml")["sponsored"]["words"])


SPONSORED_CHARS = 600  # a sponsored post's notice is this long at most (DISCLOSURE_WORDS words)


def is_sponsored_note(line: str, folded: str = "") -> bool:
    """A short line saying the piece is advertising or made with a brand ("*Werbung. Dieser Beitrag
    enthält Werbung für …", "Dieser Artikel entstand in Kooperation mit …"): the site's notice, as an
    affiliate disclosure is, wherever it sits. ``folded``: the line casefolded, when the caller has it."""
    if len(line) > SPONSORED_CHARS:
        return False  # (a paragraph: no word counted, no pattern searched)
    folded = folded or line.casefold()
    for word in sponsored_words():  # (a loop of plain ``in``: the cheapest test, most lines holding none)
        if word in folded:
            return count_words(line) <= DISCLOSURE_WORDS and bool(sponsored_pattern().search(line))
    return False


def _is_pitch(block: Block, rules: Rules, opening: bool = False, words: int = -1) -> bool:
    """Whether ``block`` pitches the site (``words``: its count of words, when known)."""
    if not isinstance(block, Paragraph | Heading):
        return False
    words = count_words(block.text) if words < 0 else words
    if words <= PITCH_WORDS:
        return rules.is_pitch(block.text)
    if not opening or not isinstance(block, Paragraph) or words > PITCH_OPENING_WORDS:
        return False
    first = first_question(block.text)
    return bool(first) and rules.is_pitch(first)


def first_question(text: str) -> str:
    """The text's first sentence when it asks or exclaims ('Gefällt dir unser Klettermagazin?'),
    else "" (an appeal opens so; a statement is the article's, and is not searched)."""
    found = FIRST_SENTENCE.match(text.strip())
    return found.group() if found and found.group().endswith(SPOKEN_ENDS) else ""
