"""Blocks that hold no words, shared by the saved-page and copied-text cleaners: a stray mark
(".", ",", "?", "×", "©"), a separator line ("———", "* * *", "+++") or a number alone set as a
heading ("9", "06.12.2022", "#2"). A reader hears "heading, em dash" or "heading, 9"."""

from __future__ import annotations

import re
from dataclasses import replace

from access.clean.fields.dates import bare_date, clock_words
from access.document import Block, Figure, Heading, Inline, ListBlock, Paragraph, Quote, runs

LETTER = re.compile(r"[^\W\d_]")
WORD_CHAR = re.compile(r"[^\W_]")
# A bracket, a brace or an angle keeps a markless line: a piece of code ("}", ">>>") or an
# ellipsis marking a cut ("[…]"), the author's text.
KEPT_MARKS = re.compile(r"[(){}\[\]<>]")
# A separator: one mark three times or more, spaces allowed ("———", "* * *", "___"): the author's
# break between parts, kept as a paragraph (never a heading). Commas, semicolons and colons part
# no sections: ", , , ," is what is left of a run of empty links (tags), marks alone.
SEPARATOR = re.compile(r"([^\s,;:])(?:\s*\1){2,}")
STEP_NUMBER = re.compile(r"[1-9]\d{0,2}[.)]?")  # a step's number alone ("1", "2.", "3)"; "0" is a score)
# A recipe's quantity alone: a fraction, after a whole number or not ("1/4", "1 1/2", "½", "1½").
# Alone, "1/4" is also a gallery's counter; over a line opening in lower case ("cup butter") it is
# that line's quantity.
QUANTITY = re.compile(r"(?:[1-9]\d{0,2}\s*)?(?:[1-9]\d?/[1-9]\d?|[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])")


def _markless(text: str) -> bool:
    """Whether ``text`` holds some mark but no letter or digit, and no bracket."""
    text = text.strip()
    return bool(text) and not WORD_CHAR.search(text) and not KEPT_MARKS.search(text)


def drop_marks(blocks: list[Block]) -> list[Block]:
    """``blocks`` without the headings, paragraphs, list items and captions of marks alone, but
    for separators; a heading with no letter (a separator, a number, a day, a score) is a
    paragraph. Quotes are read inside; code, tables and notes are left as they are."""
    kept: list[Block] = []
    for block in blocks:
        if isinstance(block, Heading | Paragraph) and _markless(block.text) and not SEPARATOR.fullmatch(
                block.text.strip()):
            continue
        if isinstance(block, Heading) and not LETTER.search(block.text):
            kept.append(Paragraph(runs(block.text), lang=block.lang, dir=block.dir))
        elif isinstance(block, ListBlock):
            kept += _list_without_marks(block)
        elif isinstance(block, Figure) and _markless(block.caption):
            if block.src or block.alt or block.credit:
                kept.append(replace(block, caption=""))
        elif isinstance(block, Quote):
            inner = drop_marks(block.blocks)
            if inner:
                kept.append(replace(block, blocks=inner))
        else:
            kept.append(block)
    return kept


_HOUR_WORD = "(?:" + "|".join(map(re.escape, sorted(clock_words(), key=len, reverse=True))) + ")"
# An hour: with a colon ("12:02 PM"); with a stop, a clock word after or before it ("13.47 Uhr",
# "kl. 13.47"); or a clock word between the hour and its minutes ("09h08").
CLOCK = re.compile(rf"\d:\d\d|\d\.\d\d\s*{_HOUR_WORD}(?!\w)|(?<!\w){_HOUR_WORD}\.?\s*\d{{1,2}}\.\d\d"
                   rf"|\d\s?{_HOUR_WORD}\s?\d\d(?!\d)", re.IGNORECASE)
SCHEDULE_DAYS = 2  # this many days or more heading sections, none with its hour: a schedule's


def day_headings(blocks: list[Block]) -> list[Block]:
    """``blocks`` with each heading that is a day alone read as a paragraph: a post's, a
    comment's, a teaser's dateline set apart ("July 30, 2018", "06.11.2023, 13.47 Uhr"), which a
    listener hears as "heading, July 30, 2018". Days heading a schedule's or a diary's sections
    ("Donnerstag, 03. Februar 2022", "Freitag, …": two different days or more, no hour) stay."""
    days = {i: block.text for i, block in enumerate(blocks)
            if isinstance(block, Heading) and bare_date(block.text)}
    schedule = len({text for text in days.values() if not CLOCK.search(text)}) >= SCHEDULE_DAYS
    return [Paragraph(runs(block.text), lang=block.lang, dir=block.dir)
            if i in days and (CLOCK.search(block.text) or not schedule) else block
            for i, block in enumerate(blocks)]


def _list_without_marks(block: ListBlock) -> list[Block]:
    """The list without its items of marks alone (none left: no list)."""
    keep = [i for i, item in enumerate(block.items) if not _markless("".join(run.text for run in item))]
    if len(keep) == len(block.items):
        return [block]
    if not keep:
        return []
    return [replace(block, items=[block.items[i] for i in keep],
                    levels=[block.levels[i] for i in keep] if block.levels else [],
                    numbered=[block.numbered[i] for i in keep] if block.numbered else [])]


def is_quantity(text: str, below: str) -> bool:
    """Whether ``text`` is a fraction alone ("1/4", "1 1/2", "½") over a line ``below`` opening
    in lower case ("cup butter"): that line's quantity, not a gallery's counter."""
    return bool(QUANTITY.fullmatch(text.strip())) and opens_lower(below)


def opens_lower(text: str) -> bool:
    """Whether ``text`` opens with a lower-case letter ("cup butter", "can (20 oz) …")."""
    text = text.lstrip()
    return bool(LETTER.match(text)) and text[0].islower()


def join_step_numbers(blocks: list[Block], quantities: bool = True) -> list[Block]:
    """A paragraph of a number alone ("1", "2.") right over a paragraph is that paragraph's
    number, set on a line of its own (a recipe's step or quantity, a FAQ's question, a ranking's
    place), when that paragraph opens with a letter: read with it ("1 Roast the chicken …"), not
    as a paragraph saying "1". With ``quantities``, so is a fraction over a paragraph opening in
    lower case ("1/4" over "cup butter")."""
    kept: list[Block] = []
    for block in blocks:
        last = kept[-1] if kept else None
        if (isinstance(block, Paragraph) and isinstance(last, Paragraph)
                and ((STEP_NUMBER.fullmatch(last.text.strip()) and LETTER.match(block.text.lstrip()))
                     or (quantities and is_quantity(last.text, block.text)))):
            kept[-1] = replace(block, inlines=_numbered(last.text.strip(), block.inlines))
            continue
        kept.append(block)
    return kept


def _numbered(number: str, inlines: list[Inline]) -> list[Inline]:
    """``inlines`` opened by ``number`` and a space (in their first run when it is plain)."""
    first = inlines[0] if inlines else None
    if first is not None and not first.href and not first.style:
        return [replace(first, text=f"{number} {first.text.lstrip()}"), *inlines[1:]]
    return [*runs(f"{number} "), *inlines]
