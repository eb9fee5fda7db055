"""The body's lines typed as blocks: paragraphs, subheadings, lists, code, captions, notes."""

from __future__ import annotations

import re
from dataclasses import dataclass

from access.clean.fields.dates import opening_day, world_months
from access.clean.marks import STEP_NUMBER, is_quantity, opens_lower
from access.clean.rules import Rules, is_name_shaped
from access.clean.text.lines import SIGNS, near_duplicate, word_count
from access.clean.text.score import is_heading_like, running_text
from access.clean.text.settings import SETTINGS, TextSettings
from access.document import Block, Code, Figure, Heading, Inline, ListBlock, Note, Paragraph, Table, runs
from access.document.letters import LOWER, UPPER
from access.document.model import FULL_STOPS, QUESTION_ENDS, SCRIPT_STOPS, SPOKEN_ENDS

BULLET = re.compile(rf"^(?:[{SIGNS}]|\d{{1,2}}[.)])\s+")
# A bullet's sign is the list's, dropped; an item's number was typed (innerText gives no list
# markers), so it is the author's text ("1. Choose the Right Pot") and stays.
SIGN = re.compile(rf"^[{SIGNS}]\s+")
DASHES = "–—-"  # the signs a framed label or a quotation opens on (tested before the patterns)
FRAMED = re.compile(r"[–—-]\s*(.+?)\s*[–—-]")  # a label between dashes: "- Advertisement -"
DASH = re.compile(r"^\s*[–-]\s+")  # a quotation's dash, where it is no bullet


def _key(text: str) -> str:
    """``text`` as two lines saying the same compare: its case folded, its white space one space."""
    return " ".join(text.casefold().split())


RAIL_PAIRS = 3  # this many headlines over a one-paragraph summary each closing the body are a teaser rail …
RAIL_HEADLINE_WORDS = 4  # … each headline this long at least (a subheading or step label is shorter)
RAIL_SUMMARY_WORDS = 45  # … and each summary this long at most


def _teaser_rail(blocks: list[Block]) -> int:
    """Where a rail of teasers closing the body begins (``len(blocks)`` when none):
    ``RAIL_PAIRS`` or more headlines each over a one-paragraph summary, holding fewer words than
    the article above. An article's sections run to more than one short paragraph under headings
    this long; the related stories under it do not."""
    cut, pairs = len(blocks), 0
    while (cut >= 2 and isinstance(blocks[cut - 2], Heading) and isinstance(blocks[cut - 1], Paragraph)
           and word_count(blocks[cut - 2].text) >= RAIL_HEADLINE_WORDS
           and word_count(blocks[cut - 1].text) <= RAIL_SUMMARY_WORDS):
        cut, pairs = cut - 2, pairs + 1
    if pairs < RAIL_PAIRS:
        return len(blocks)
    words = [word_count(b.text) if isinstance(b, (Heading, Paragraph)) else 0 for b in blocks]
    return cut if sum(words[cut:]) < sum(words[:cut]) else len(blocks)


def _repeats_caption(line: str, captions: list[str]) -> bool:
    return any(caption == line or near_duplicate(line, caption) for caption in captions)


def _item_quantity(lines: list[str], i: int, listed: set[int]) -> bool:
    """Whether the list's line ``i`` is a number ("1") or a fraction ("1/4", "½") alone over the
    list's next line opening in lower case: its quantity (over a capital, a step's number over
    its name: "1" over "Vorbereiten")."""
    if i not in listed or i + 1 not in listed:
        return False
    line, below = lines[i].strip(), lines[i + 1]
    return is_quantity(line, below) or bool(STEP_NUMBER.fullmatch(line) and opens_lower(below))


@dataclass(slots=True)
class _Body:
    """The body's lines with what the cleaner set apart among them, as the typing reads them."""

    lines: list[str]
    span: range
    rules: Rules
    settings: TextSettings
    captions: set[int]
    skipped: set[int]
    listed: set[int]
    quoted: set[int]
    labels: frozenset[int]
    step_heads: set[int]
    step_texts: set[int]


class _Gathered:
    """The blocks typed so far, the list, code block and table being gathered at their end, the
    captions kept and the lines read with the line above them."""

    __slots__ = ("blocks", "items", "program", "shown", "table", "taken")

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.items: list[str] = []
        self.program: list[str] = []
        self.table: list[list[str]] = []
        self.shown: list[str] = []  # the captions kept so far
        self.taken: set[int] = set()  # lines read with the line above

    def close(self) -> None:
        """The list, code block and table being gathered closed: each one a block."""
        if self.items:
            self.blocks.append(ListBlock(False, [runs(item) for item in self.items]))
            self.items.clear()
        if self.program:
            self.blocks.append(Code("\n".join(self.program)))
            self.program.clear()
        if self.table:
            self.blocks.append(Table([], self.table.copy()))
            self.table.clear()

    def add(self, block: Block) -> None:
        """``block`` added below what is being gathered."""
        self.close()
        self.blocks.append(block)

    def gather(self, i: int, line: str, rows: dict[int, list[str]], code: set[int]) -> bool:
        """Whether line ``i`` is a table's row or a line of code, gathered into its block; any
        other line closes the table or the code block above it."""
        if i in rows:
            if self.items or self.program:
                self.close()
            self.table.append(rows[i])
            return True
        if self.table:
            self.close()
        if i in code:
            if self.items:
                self.close()
            self.program.append(line)
            return True
        if self.program:
            self.close()
        return False


def body_blocks(lines: list[str], captions: set[int], skipped: set[int], listed: set[int],
                 span: range, rules: Rules, settings: TextSettings = SETTINGS,
                 code: set[int] = frozenset(), quoted: set[int] = frozenset(),
                 rows: dict[int, list[str]] | None = None,
                 labels: frozenset[int] = frozenset()) -> list[Block]:
    """The span's lines as blocks: the lines of ``rows`` a table's, with their cells, those of
    ``code`` a code block, a line read with the line under it where the two are one
    (``_paired_line``), any other typed (``_add_line``); the items of a list in a row one list.
    The steps of one numbered run ("1. Gather the seeds" … "2. Peel off the skin (OPTIONAL)") are
    read alike: all subheadings when half or more are short, else all paragraphs (``step_runs``).
    A rail of teasers closing the body goes (``teaser_rails``)."""
    stepped = settings.numbers and settings.step_runs
    step_heads, step_texts = _step_runs(lines, span, listed) if stepped else (set(), set())
    body = _Body(lines, span, rules, settings, captions, skipped, listed, quoted, labels,
                 step_heads, step_texts)
    rows = rows or {}
    out = _Gathered()
    for i in span:
        if out.gather(i, lines[i], rows, code) or i in out.taken:
            continue
        line = _paired_line(out, i, body)
        if line is not None:
            _add_line(out, i, line, body)
    out.close()
    blocks = out.blocks
    return blocks[:_teaser_rail(blocks)] if settings.teaser_rails else blocks


def _paired_line(out: _Gathered, i: int, body: _Body) -> str | None:
    """Line ``i``, read with the line under it when the two are one: a list's item of a number or
    a fraction alone over the item under it, its quantity ("1/4" over "cup butter":
    ``quantities``), a credit's label alone over its name ("Foto:" over "WITTERS":
    ``label_credits``; over a button, "Bildquelle:" over "teilen", both go: ``label_buttons``),
    a caption over its picture's credit (``credited_captions``). None when the line is added
    here or goes: skipped, or a caption shown already (a gallery shows one again further down)."""
    lines, skipped, settings, rules, span = body.lines, body.skipped, body.settings, body.rules, body.span
    line = lines[i]
    if (settings.quantities and i not in skipped and i + 1 not in skipped
            and _item_quantity(lines, i, body.listed)):
        out.taken.add(i + 1)
        out.items.append(f"{line} {lines[i + 1]}")
        return None
    if settings.label_credits and _credit_label(lines, i, span, skipped, rules):
        out.taken.add(i + 1)
        if settings.label_buttons and rules.is_residue(lines[i + 1]):
            return None
        line = f"{line} {lines[i + 1]}"
    if (settings.credit_over_caption and i + 1 not in out.taken
            and _credit_over_caption(lines, i, span, skipped, rules)):
        out.taken.add(i + 1)
        if not _repeats_caption(lines[i + 1], out.shown):
            out.add(Figure(src=None, caption=lines[i + 1].strip(), credit=line.strip(" |")))
            out.shown.extend((lines[i + 1], line))
        return None
    if i in skipped or _repeats_caption(line, out.shown):
        return None
    if settings.credited_captions and _credited_caption(lines, i, span, skipped, rules):
        out.taken.add(i + 1)
        out.add(Figure(src=None, caption=line, credit=lines[i + 1].strip(" |")))
        out.shown.extend((line, lines[i + 1]))
        return None
    return line


def _add_line(out: _Gathered, i: int, line: str, body: _Body) -> None:
    """Line ``i`` typed and added. A link alone the sentence above announces is a paragraph
    (``announced_links``); a line placing whom a picture shows ("Marcell Jansen (l.) und …") a
    caption (``placings``); residue goes; a numbered line or a label is read as such
    (``_numbered_block``). A short line is read by what is under it (``_add_short_line``),
    unless an attribution follows it (``embeds``: an embedded post's short text over its
    signature, "— Dave Schukin (@schukin) July 3, 2019")."""
    lines, span, rules, settings = body.lines, body.span, body.rules, body.settings
    if settings.announced_links and i - 1 in span and announced_link(lines, i):
        out.add(Paragraph(runs(line)))
    elif i in body.captions or rules.is_caption(line) or (settings.placings and rules.places_people(line)):
        out.add(Figure(src=None, caption=line))
        out.shown.append(line)
    elif settings.glued_credits and (credit := glued_credit(line, rules)):
        out.add(Figure(src=None, caption=line.strip()[: -len(credit)].strip(), credit=credit))
        out.shown.append(line)
    elif rules.is_residue(line) or rules.is_inline_residue(line) or rules.is_promo(line):
        pass
    elif (line[:1] in DASHES and line.rstrip()[-1:] in DASHES and settings.framed_labels
          and (framed := FRAMED.fullmatch(line.strip())) and rules.is_inline_residue(framed[1])):
        pass  # "- Advertisement -": the label, framed (a dash at each end first: a paragraph of
        # speech opened by a dash is long, and the lazy label tried to its end at each character)
    elif (numbered := _numbered_block(i, line, body)) is not None:
        out.add(numbered)
    elif line[:1] in DASHES and settings.quote_dashes and _quote_dash(lines, i, span, body.listed):
        out.add(Paragraph(runs(line)))
    elif BULLET.match(line) or i in body.listed:
        out.items.append((SIGN if settings.numbers else BULLET).sub("", line))
    elif rules.is_attribution(line):
        out.add(Note(line))
    elif is_heading_like(line) and i not in body.quoted and not (
            settings.embeds and i + 1 in span and rules.is_attribution(lines[i + 1])):
        _add_short_line(out, i, line, body)
    else:
        out.add(Paragraph(runs(line)))


def _quote_dash(lines: list[str], i: int, span: range, listed: set[int]) -> bool:
    """Whether line ``i`` is speech opened by a dash ("– Selv om det er en nedgang …, sier …"), as
    Nordic, Finnish, Polish and other news sets a quotation: running text after a dash, with no
    line of a list beside it (a list of one such item reads as a list, "1 item")."""
    line = lines[i]
    if i in listed or not DASH.match(line) or not running_text(DASH.sub("", line)):
        return False
    return not any(BULLET.match(lines[j]) or j in listed for j in (i - 1, i + 1) if j in span)


def _numbered_block(i: int, line: str, body: _Body) -> Block | None:
    """Line ``i`` read as a numbered line or a label reads (None: it is neither). A numbered
    line with no item beside it is a paragraph, not a list of one: one opening with a day ("28.
    Januar 2022", ``dated_lines``) even over text, where it is no numbered subheading; any other
    that is no subheading (a question over its answer, a step over its explanation:
    ``lone_numbers``). The lines of ``labels`` are subheadings whatever follows them (a recipe
    card's "Ingredients" over its list), and a numbered run's steps are read alike (``step_runs``)."""
    lines, span, listed, settings = body.lines, body.span, body.listed, body.settings
    if settings.dated_lines and _lone_numbered(lines, i, span, listed, dated=True):
        return Paragraph(runs(line))  # "1. Dezember 2021 15:12 Uhr": a day, not item 1
    if i in body.step_texts:
        return Paragraph(runs(line))  # a step among long ones: read as they are
    if i in body.labels or i in body.step_heads or (
            settings.numbers and _numbered_heading(lines, i, span, listed)):
        return Heading(2, line)
    if settings.numbers and settings.lone_numbers and _lone_numbered(lines, i, span, listed):
        return Paragraph(runs(line))  # "7. Can I feed Epsom salt …?" over its answer
    return None


def _dated(line: str) -> bool:
    """Whether a numbered line is a day or days ("27. November 2018", "31. Jänner - 6. Februar
    2022"), no part of an article's numbered run."""
    words = line.split(maxsplit=2)
    return bool(opening_day(line)) or (len(words) > 1 and words[1].casefold().strip(".,") in world_months())


def _add_short_line(out: _Gathered, i: int, line: str, body: _Body) -> None:
    """A short line, closing the list above it: a subheading over a line of text (or over the
    first of numbered parts; over a later part, a picture's caption or a teaser's line between
    two parts, a paragraph: ``later_parts``); a writer's sign-off under the text ("Viele
    Grüße", "XX, Die Redaktion", the name under a greeting) a paragraph, not a heading over
    nothing (``sign_offs``); over another short line, chrome: dropped."""
    lines, span, settings = body.lines, body.span, body.settings
    out.close()
    text_below = i + 1 in span and not is_heading_like(lines[i + 1])
    numbered = (not text_below and i + 1 in span and settings.numbers
                and _numbered_heading(lines, i + 1, span, body.listed))
    if (numbered and settings.later_parts and (part := STEP.match(lines[i + 1])) and int(part[1]) > 1
            and not _dated(lines[i + 1])):
        out.blocks.append(Paragraph(runs(line)))  # "Put luggage on the floor" over "3. Don't use …"
    elif numbered or text_below:
        out.blocks.append(Heading(2, line))
    elif settings.sign_offs and _signs_off(lines, i, span, body.rules):
        out.blocks.append(Paragraph(runs(line)))


LINK = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
ANNOUNCING_WORDS = 6  # a sentence announcing a link under it is this long at least (no label, "Quelle:")


def announced_link(lines: list[str], i: int) -> bool:
    """Whether line ``i`` is a link or an e-mail address alone that the sentence above announces
    ("… unterschreibt bitte alle diese Petition:" over "http://www.openpetition.de/…"): the
    article's, not a bare link's chrome."""
    return (i > 0 and lines[i - 1].endswith(":") and word_count(lines[i - 1]) >= ANNOUNCING_WORDS
            and bool(LINK.fullmatch(lines[i].strip())))


SIGNATURE_WORDS = 4  # a name under a sign-off's greeting is this long at most


def _signs_off(lines: list[str], i: int, span: range, rules: Rules) -> bool:
    """Whether line ``i`` signs the text above off: a sign-off under running text, or a
    name under a greeting that does ("Viel Glück!" over "Euer HansEhrlich", "Liebe Grüße" over "Anna")."""
    if i - 1 not in span:
        return False
    above = lines[i - 1]
    if rules.is_sign_off(lines[i]) and (running_text(above) or rules.is_greeting(above)):
        return True
    return (rules.is_greeting(above) and i - 2 in span and running_text(lines[i - 2])
            and word_count(lines[i]) <= SIGNATURE_WORDS and is_name_shaped(lines[i]))


OPENING_BLOCKS = 2  # the body's first blocks, where a heading may repeat the header
NAME_LABEL_WORDS = 1  # ... the writer's name there may follow a word of its own ("Von", "By")


def drop_opening_repeats(blocks: list[Block], title: str, byline: str) -> list[Block]:
    """``blocks`` without a heading among the first OPENING_BLOCKS that is the title again or
    the writer's name alone ("Ursula Baatz", "Von Jessie"): the header's lines, which the body
    span opened on, read as a subheading over the lead."""
    said, names = _key(title), _key(byline)

    def repeats(block: Block) -> bool:
        if not isinstance(block, Heading):
            return False
        text = _key(block.text)
        named = bool(names) and text.endswith(names) and word_count(
            text[:len(text) - len(names)]) <= NAME_LABEL_WORDS
        return text == said or named

    return [b for i, b in enumerate(blocks) if not (i < OPENING_BLOCKS and repeats(b))]


# A picture's credit the copy ran into its caption's last word (the figcaption's credit in an element
# of its own, no space between): a word in lower case after its first letter, its stop, then a capital
# opening the credit to the line's end, no stop in it ("… Mitzscherlich.DCV / Oppitz", "… erlaubt!Jelko
# Djuren", "… New York.Reuters"); no code ("socket.AF_INET"), a one-letter word ("e.Consult") or a name
# in camel case ("DoSchu.Com") before it; the letters of any cased script ("… in Łódź.PAP").
GLUED_CREDIT = re.compile(rf"(?:^|\s)[^\W\d_][{LOWER}]+[.!?](?P<credit>[{UPPER}][^.!?:_()=;{{}}\[\]<>]*)$")
GLUED_ENDS = tuple(".!?:_()=;{}[]<>")  # what GLUED_CREDIT lets no credit hold
GLUED_CREDIT_WORDS = 5  # the credit is this short at most
GLUED_CAPTION_WORDS = 50  # ... and the caption this long (a longer line: a paragraph the credit was run into)


def glued_credit(line: str, rules: Rules) -> str:
    """The picture's credit run into the last word of caption ``line`` (GLUED_CREDIT), or "". A
    teaser's "more" link run so into its summary ("… Drucklösung.Mehr zu Druckern") is none."""
    line = line.strip()
    stop = max(line.rfind("."), line.rfind("!"), line.rfind("?"))  # a credit has no stop: it follows the last
    if line.endswith(GLUED_ENDS) or stop < 2 or not line[stop + 1:stop + 2].isupper():
        return ""  # most lines end so or have no capital right after their last stop: no search
    found = GLUED_CREDIT.search(line)
    if not found or word_count(line) > GLUED_CAPTION_WORDS:
        return ""
    credit = found["credit"].strip()
    if word_count(credit) > GLUED_CREDIT_WORDS or credit.split()[0] in rules.bare_more_ends:
        return ""
    return credit


CREDIT_LABEL_WORDS = 2  # a credit's label alone on its line is this short ("Foto:", "Bild und Text:")


def _credit_label(lines: list[str], i: int, span: range, skipped: set[int], rules: Rules) -> bool:
    """Whether line ``i`` is a picture credit's label alone ("Foto:"), its name on the line
    under it ("WITTERS"): the two read as one line are a credit."""
    line = lines[i]
    return (line.endswith(":") and word_count(line) <= CREDIT_LABEL_WORDS and i + 1 in span
            and i + 1 not in skipped and rules.is_credit(f"{line} {lines[i + 1]}"))


CREDITED_CAPTION_WORDS = 12  # a caption over its picture's credit is this long at most
CREDITED_CAPTION_MIN = 3  # ... and this long at least ("Laden..." over a credit is no caption)
CREDIT_WORDS = 6  # ... and the credit alone under it this short ("| © MDV Sports / Mathäus Gartner")
CREDIT_CHARS = 60  # ... and characters
CREDIT_OPENS = 2  # ... the credit opening the line ("| " before it at most)
GALLERY_COUNT = re.compile(r"\d+\s?/\s?\d+\b")  # "2/28 photos © Shutterstock": a slideshow's text above
SPOKEN = tuple("\"“„«‚‘'—–-")  # a quotation or an attribution is the text's, no caption
COPYRIGHT = ("©", "(c)", "(C)")  # "© WSNA" under a caption is its picture's; "Quelle: THW" the text's
# A stop inside: two sentences, a paragraph. After ".", "!" or "?" and a space the next opens with a
# capital (of any cased script: "… Sees. Вид …"); after a stop of another script, anything ("。他").
OTHER_STOPS = "".join(sorted(set(SCRIPT_STOPS).union(SPOKEN_ENDS) - set(".!?")))
ONE_SENTENCE = re.compile(rf"[.!?]\s+(?P<opens>[^\W\d_])|[{OTHER_STOPS}]\s*\w")


def _credited_caption(lines: list[str], i: int, span: range, skipped: set[int], rules: Rules) -> bool:
    """Whether line ``i`` is a picture's caption, its credit alone on the line under it ("Rust am
    Westufer des Neusiedler Sees." over "© WSNA", "…" over "Foto: Knauf"): one short statement, no
    heading, question, quotation or answer to the question above, over a short line a credit fills
    (a longer line there is a paragraph the picture under it interrupts, its caption lost). Not over
    a label opening the next picture's caption ("Image copyright Getty Images") nor a slideshow's
    counter ("2/28 photos © Shutterstock": the slide's text is the article's); and the text's own
    source ("Quelle: Freistaat Sachsen", or "© Reuters" under its last line) is no picture's."""
    if i + 1 not in span or i + 1 in skipped or i + 2 not in span:
        return False
    return _lone_credit(lines[i + 1].strip(), rules) and _caption_shaped(lines, i, span, rules)


def _credit_over_caption(lines: list[str], i: int, span: range, skipped: set[int], rules: Rules) -> bool:
    """Whether line ``i`` is a picture's credit alone over its caption ("© Markus Leitner" over "Der
    Bartgeier Bavaria im Flug.", "Foto: Shanghai Electric" over "Die Parabolrinnenanlage … 200 MW."),
    the caption as ``_credited_caption`` reads one, more of the body below it; a copyright naming a
    year ("© 2019 Billboard") is the page's footer, no picture's."""
    if i + 1 not in span or i + 1 in skipped or i + 2 not in span:
        return False
    credit = lines[i].strip()
    if len(credit) > CREDIT_CHARS or not lines[i + 1].rstrip().endswith(FULL_STOPS):
        return False  # (most lines: no test of a pattern)
    return (_lone_credit(credit, rules) and not YEAR.search(credit)
            and _caption_shaped(lines, i + 1, span, rules))


YEAR = re.compile(r"(?<!\d)(1[89]|20)\d\d(?!\d)")


def _lone_credit(credit: str, rules: Rules) -> bool:
    """Whether ``credit``, a line alone, is a picture's credit: short, opening with one; not a
    slideshow's counter, a caption's label, nor the text's own source."""
    if len(credit) > CREDIT_CHARS or word_count(credit) > CREDIT_WORDS:
        return False
    found = rules.caption_credit_pattern.search(credit)
    return (bool(found) and found.start() <= CREDIT_OPENS and not GALLERY_COUNT.match(credit)
            and not rules.caption_pattern.match(credit)
            and not (rules.is_text_source(credit) and not credit.startswith(COPYRIGHT)))


def _caption_shaped(lines: list[str], i: int, span: range, rules: Rules) -> bool:
    """Whether line ``i`` reads as a picture's caption beside its credit: one short statement, no
    heading, question, quotation or answer to the question above, no caption by its own marks."""
    line = lines[i].strip()
    words = word_count(line)
    if i - 1 in span and lines[i - 1].rstrip().endswith(QUESTION_ENDS):
        return False  # an answer under its question ("Why …?" over "Because it was a-head.")
    if (not CREDITED_CAPTION_MIN <= words <= CREDITED_CAPTION_WORDS or not line.endswith(FULL_STOPS)
            or line.endswith("..") or line.startswith(SPOKEN) or two_sentences(line)):
        return False
    return not is_heading_like(line) and not rules.is_caption(line)


def two_sentences(line: str) -> bool:
    """Whether a stop inside ``line`` ends a sentence another follows (ONE_SENTENCE)."""
    return any(not (opens := found["opens"]) or opens.isupper() for found in ONE_SENTENCE.finditer(line))


def _lone_numbered(lines: list[str], i: int, span: range, listed: set[int], dated: bool = False) -> bool:
    """Whether line ``i`` is numbered ("7. Can I …?") with no item beside it; ``dated``: and opens
    with a day whose number a stop follows ("1. Dezember 2021", read as a number otherwise)."""
    line = lines[i]
    if i in listed or not (line[:1].isdigit() and BULLET.match(line)) or (dated and not opening_day(line)):
        return False
    return not any(BULLET.match(lines[j]) or j in listed for j in (i - 1, i + 1) if j in span)


def _numbered_heading(lines: list[str], i: int, span: range, listed: set[int]) -> bool:
    """Whether line ``i`` is a numbered subheading ("2. Use Your Garden" over its paragraph): a
    short numbered line with no item beside it and running text below, not a list of one."""
    if not (lines[i][0].isdigit() and BULLET.match(lines[i]) and is_heading_like(lines[i])) or i in listed:
        return False
    beside = [j for j in (i - 1, i + 1) if j in span]
    return i + 1 in span and not is_heading_like(lines[i + 1]) and not any(
        BULLET.match(lines[j]) or j in listed for j in beside)


STEP = re.compile(r"^(\d{1,2})[.)]\s+\S")
STEP_WORDS = 20  # a step line this long at most is a subheading when its run's others are
STEP_STOP = re.compile(r"[.!?…:;]$")  # … and it closes with no stop ("(OPTIONAL)" may close it)


def _step_runs(lines: list[str], span: range, listed: set[int]) -> tuple[set[int], set[int]]:
    """The lines of numbered runs to read as subheadings and those to read as paragraphs. A run:
    numbered lines with no item beside them, each number one more than the last one's (its text
    between). One whose lines are read part as subheadings, part as paragraphs is made all
    subheadings when half of its lines or more are short (``STEP_WORDS``) and close with no stop
    (a longer one stays a paragraph), all paragraphs otherwise: those over running text (one over
    a short line labels it: left as it is)."""
    heads: set[int] = set()
    texts: set[int] = set()
    run: list[int] = []
    last = 0
    for i in [*span, None]:
        number = _step_number(lines, i, span, listed) if i is not None else None
        if number is None and i is not None:
            continue
        if run and (number is None or number != last + 1):
            _settle(lines, run, span, listed, heads, texts)
            run = []
        if number is not None:
            run.append(i)
            last = number
    return heads, texts


def _step_number(lines: list[str], i: int, span: range, listed: set[int]) -> int | None:
    """The number of line ``i`` when it is a lone numbered line (no item beside it, no day)."""
    step = STEP.match(lines[i])
    if step is None or not _lone_numbered(lines, i, span, listed) or opening_day(lines[i]):
        return None
    return int(step[1])


def _settle(lines: list[str], run: list[int], span: range, listed: set[int],
            heads: set[int], texts: set[int]) -> None:
    """Adds a mixed run's lines to ``heads`` or ``texts`` (see ``_step_runs``)."""
    read_as = [_numbered_heading(lines, i, span, listed) for i in run]
    if len(run) < 2 or all(read_as) or not any(read_as):
        return
    over_text = [i for i in run if i + 1 in span and not is_heading_like(lines[i + 1])]
    short = [i for i in over_text if word_count(lines[i]) <= STEP_WORDS and not STEP_STOP.search(lines[i])]
    if 2 * len(short) >= len(over_text):  # one over a short line labels it: left as it is
        heads.update(i for i in over_text if word_count(lines[i]) <= STEP_WORDS)
    else:
        texts.update(over_text)


MAX_LEVEL = 6  # a heading's deepest level


def nest_steps(blocks: list[Block]) -> list[Block]:
    """``blocks`` with the numbered subheadings a subheading opens ("Tipps: Was Sie tun können"
    right over "1. Zuckerlösung", "2. …") one level below it: its parts, not its siblings. The run
    goes on while each number is one more than the last one's, up to the next other subheading."""
    for at, block in enumerate(blocks[:-1]):
        following = blocks[at + 1]
        if (not isinstance(block, Heading) or STEP.match(block.text) or not isinstance(following, Heading)
                or _step_of(following) != 1 or block.level >= MAX_LEVEL):
            continue
        last = 0
        for inner in blocks[at + 1:]:
            if isinstance(inner, Heading):
                if _step_of(inner) != last + 1 or inner.level != block.level:
                    break
                inner.level, last = block.level + 1, last + 1
    return blocks


def _step_of(block: Heading) -> int | None:
    """The number a subheading opens with ("1. Zuckerlösung"), if any."""
    step = STEP.match(block.text)
    return int(step[1]) if step else None


CONTENTS_TOP = 30  # a table of contents opens the body: its run starts among the body's first blocks …
CONTENTS_ENTRIES = 3  # … it holds this many entries at least …
CONTENTS_WORDS = 12  # … each this long at most …
CONTENTS_CHARS = 60  # … or this many characters (no need to count a short line's words)
CONTENTS_MISSED = 1  # … all said again below but this many (an entry for the lead, said nowhere) …
CONTENTS_LABEL_WORDS = 4  # … and a heading this short right over it is its label ("In diesem Ratgeber")


def _contents_units(blocks: list[Block], first: int) -> list[tuple[int, str]]:
    """The run of (block, key) opening at block ``first``: short paragraphs and headings, up to
    the first other block (a list is heard as one: it stays)."""
    units: list[tuple[int, str]] = []
    for index in range(first, len(blocks)):
        block = blocks[index]
        if not _short(block) or not block.text:
            break
        units.append((index, _key(block.text)))
    return units


def _said_again(units: list[tuple[int, str]], where: dict[str, list[int]]) -> list[int]:
    """Where each of ``units`` is said again, in order, as a heading or a paragraph opening a
    section below the run (-1: nowhere), or earlier in the run (0: a contents box shown twice)."""
    below, seen, said = units[-1][0], set(), []
    for _, key in units:
        if key in seen:
            said.append(0)
            continue
        seen.add(key)
        found = next((i for i in where.get(key, ()) if i > below), -1)
        said.append(found)
        below = max(below, found)
    return said


def _cased(block: Block, entry: Block) -> Block:
    """``block`` in its contents entry's letters when set in capitals there are none in the entry
    ("WOZU BRAUCHEN DIESEL ADBLUE?": a screen reader may spell capitals out)."""
    if not block.text.isupper() or entry.text.isupper():
        return block
    if isinstance(block, Heading):
        return Heading(block.level, entry.text, lang=block.lang, dir=block.dir)
    return Paragraph([Inline(entry.text)], lang=block.lang, dir=block.dir)


def _short(block: Block) -> bool:
    """Whether ``block`` is a heading or a paragraph of CONTENTS_CHARS characters or of
    CONTENTS_WORDS words at most."""
    if not isinstance(block, Heading | Paragraph):
        return False
    text = block.text
    return len(text) <= CONTENTS_CHARS or word_count(text) <= CONTENTS_WORDS


def _opens_section(block: Block, following: Block) -> bool:
    """Whether ``block`` opens a section: a heading, or a paragraph over running text."""
    return isinstance(block, Heading) or (isinstance(block, Paragraph) and isinstance(following, Paragraph)
                                          and word_count(following.text) > CONTENTS_WORDS)


def drop_contents(blocks: list[Block]) -> list[Block]:
    """``blocks`` without a table of contents opening the body: a run of CONTENTS_ENTRIES or more
    short lines each said again below as the article's headings (or the paragraphs opening its
    sections), in the same order; copied, its links are lost and a listener hears every
    subheading twice. A short heading right over the run, said nowhere else, is its label and goes."""
    starts = _contents_starts(blocks)
    if not starts:
        return blocks
    where = _section_keys(blocks)
    run_units: list[tuple[int, str]] = []  # the run the last start opened: the next starts are in it
    for first in starts:
        if not run_units or not run_units[0][0] <= first <= run_units[-1][0]:
            run_units = _contents_units(blocks, first)
        units = run_units[first - run_units[0][0]:] if run_units else []
        run = _contents_run(units, first, where)
        if run is not None:
            return _without_contents(blocks, first, *run, where)
    return blocks


def _contents_starts(blocks: list[Block]) -> list[int]:
    """The paragraphs among the body's first CONTENTS_TOP blocks opening CONTENTS_ENTRIES short
    blocks in a row."""
    starts, run = [], 0
    for index, block in enumerate(blocks[:CONTENTS_TOP + CONTENTS_ENTRIES - 1]):
        run = run + 1 if _short(block) else 0
        if run >= CONTENTS_ENTRIES and isinstance(blocks[index + 1 - CONTENTS_ENTRIES], Paragraph):
            starts.append(index + 1 - CONTENTS_ENTRIES)
    return starts


def _section_keys(blocks: list[Block]) -> dict[str, list[int]]:
    """Where each short block opening a section (a heading, or a short paragraph over running
    text) stands, by its key."""
    where: dict[str, list[int]] = {}
    for index, block in enumerate(blocks[:-1]):
        if _short(block) and _opens_section(block, blocks[index + 1]):
            where.setdefault(_key(block.text), []).append(index)
    return where


def _contents_run(units: list[tuple[int, str]], first: int,
                  where: dict[str, list[int]]) -> tuple[list[tuple[int, str]], list[int]] | None:
    """The table of contents opening at block ``first`` (``units``: the (block, key) units of the
    short run from there), up to its first entry's section: its units and where each is said
    again (``_said_again``); None when fewer than CONTENTS_ENTRIES are, or more than
    CONTENTS_MISSED are not (the first section's heading under the run is none of it)."""
    if len(units) < CONTENTS_ENTRIES:
        return None
    again = next((i for i in where.get(units[0][1], ()) if i > units[0][0]), -1)
    units = units[:max(0, again - first)]  # the run ends before its first entry's section
    said = _said_again(units, where) if len(units) >= CONTENTS_ENTRIES else []
    while said and said[-1] < 0:
        said.pop()
    missed = sum(1 for found in said if found < 0)
    if len(said) - missed < CONTENTS_ENTRIES or missed > CONTENTS_MISSED:
        return None
    return units[:len(said)], said


def _without_contents(blocks: list[Block], first: int, units: list[tuple[int, str]], said: list[int],
                      where: dict[str, list[int]]) -> list[Block]:
    """``blocks`` without the table of contents ``units`` opening at ``first`` (nor its label),
    each section's heading in its entry's letters (``_cased``)."""
    stop = units[-1][0] + 1
    blocks = list(blocks)
    for (entry, _), found in zip(units, said, strict=True):
        if found > 0:
            blocks[found] = _cased(blocks[found], blocks[entry])
    label = blocks[first - 1] if first else None
    if (isinstance(label, Heading) and word_count(label.text) <= CONTENTS_LABEL_WORDS
            and len(where.get(_key(label.text), ())) <= 1):
        first -= 1
    return blocks[:first] + blocks[stop:]


def lists_of_one(blocks: list[Block]) -> list[Block]:
    """``blocks`` with each list of one item a paragraph: copied text has no list markers, so a
    line read as a list's that stands alone is a line ("Bild 1 von 9", "Belag:"); a list of one
    is announced as a list, "1 item", for nothing. One under its own subheading ("Nachteile"
    over one con) stays the list its label announces."""
    return [Paragraph(block.items[0]) if isinstance(block, ListBlock) and len(block.items) == 1
            and not (at and isinstance(blocks[at - 1], Heading)) else block
            for at, block in enumerate(blocks)]
