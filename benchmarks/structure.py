"""Structure defects a reader would notice in the cleaned document model, counted by kind.

    python -m benchmarks.structure [dev traf read] [--show KIND] [--mode saved|copied]

Cleans every page of the dev set, trafilatura's evaluation set (benchmarks/heldout.py) and
Mozilla Readability's suite (benchmarks/readability_suite.py), saved and copied, and flags
what the HTML, PDF and narration all inherit: headings that are no headings (a lone word, a
day, a sentence ending in a full stop, more than 20 words, a heading over another of its level
or closing the article), lists of one item, empty paragraphs, paragraphs said twice, a
table of contents repeating the headings, captions said twice, a credit's label alone
("Foto:"), alt text that is a file name, a bare address as a paragraph, the title or the byline
again at the top of the body, numbered steps read part as headings, part as paragraphs.
Each kind's count per set, its pages in brackets. Not a score: a
lone word is often a fine heading ("Fazit"); read the examples (--show) before fixing a kind.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator

from access.document import to_json
from access.errors import AccessError

MONTH = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|mai|juni|juli"
         r"|oktober|dezember)\w*\.?")
DAY = re.compile(r"^\W*(?:\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}\.? " + MONTH + r" \d{4}|" + MONTH
                 + r" \d{1,2},? \d{4})\W*(?:\d{1,2}[:.]\d{2}\s*(?:uhr|[ap]\.?m\.?|h)?)?\W*$", re.IGNORECASE)
LABEL = re.compile(r"^(?:foto|photo|bild|image|credit|quelle|source|picture)s?\s*:?\s*$", re.IGNORECASE)
FILE_NAME = re.compile(r"\.(?:jpe?g|png|gif|webp|svg|avif)$|^(?:img|dsc|image|photo|screenshot)[-_ ]?\d+",
                       re.IGNORECASE)
ADDRESS = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
EMAIL = re.compile(r"\S+@\S+\.\w+")
# The words a byline line may open on before the name ("By", "Von", "Ein Beitrag von:"), at most
# BY_BEFORE of them, the last a "by" word or a label's colon; after the name at most BY_AFTER
# words (its day's, its site's: "WebMD Health News"), an address and digits aside.
BY_WORDS = frozenset({"by", "von", "vom", "por", "par", "de", "di", "da", "door", "av", "af", "från",
                      "from", "mit", "with"})
BY_BEFORE, BY_AFTER = 3, 4
LONG_HEADING = 20  # words
REPEAT_WORDS = 5  # a paragraph this long said twice is flagged
TOP = 3  # the body's first blocks, where the title or byline again is flagged
Flag = tuple[str, str]


def norm(text: str | None) -> str:
    return " ".join((text or "").split()).casefold()


def item_texts(block: dict) -> list[str]:
    return [(item.get("text") or "".join(run["text"] for run in item.get("inlines", []))).strip()
            for item in block.get("items", [])]


def block_text(block: dict) -> str:
    kind = block["type"]
    if kind == "list":
        return "\n".join(item_texts(block))
    if kind == "figure":
        return " ".join(part for part in (block.get("caption"), block.get("credit")) if part)
    if kind == "quote":
        return "\n".join(block_text(inner) for inner in block.get("blocks", []))
    return block.get("text") or block.get("note") or "".join(r["text"] for r in block.get("inlines", []))


def heading_flags(block: dict, following: dict | None) -> Iterator[Flag]:
    text = block["text"]
    words = len(text.split())
    if words == 1:
        yield "heading: a lone word", text
    if DAY.match(text.strip()):
        yield "heading: a day", text
    if text.rstrip().endswith(".") and not text.rstrip().endswith("..") and words > 3:
        yield "heading: a sentence", text
    if words > LONG_HEADING:
        yield "heading: over 20 words", text
    if following is None:
        yield "heading: closing the body", text
    elif following["type"] == "heading" and following["level"] <= block["level"]:
        yield "heading: over a heading", f"{text} >> {following['text']}"


def byline_again(block: dict, following: dict | None, byline: str) -> bool:
    """Whether ``block`` says the byline again: the name, perhaps after its "by" word or label,
    with little after it (with neither, nothing but its day's month); not a sentence naming the
    writer ("Das Gespräch führte …"), a caption's credit ("… (Lucy Akins)"), nor a writer's
    box's heading over the bio that opens on the name ("Philipp Sarasin" over "Philipp Sarasin
    lehrt …")."""
    if block["type"] not in ("paragraph", "heading", "note"):
        return False
    text = norm(EMAIL.sub(" ", block_text(block)))
    found = re.search(r"(?<!\w)" + re.escape(byline) + r"(?!\w)", text)
    if found is None:
        return False
    before, after = text[:found.start()].split(), re.findall(r"[^\W\d_]+", text[found.end():])
    if len(before) > BY_BEFORE or len(after) > BY_AFTER or (after and text.endswith(".")):
        return False  # (a sentence: "Ein Interview von Eugen Zentner mit Sonja Silberhorn.")
    if before and not (before[-1] in BY_WORDS or before[-1].endswith(":")):
        return False
    if any(LABEL.match(word) for word in before):
        return False  # a picture's credit: "Bild – unten: Günter W. Kienitz"
    if not before and not all(re.fullmatch(MONTH, word) for word in after):
        return False  # the name opening a line of its own: "Beachbody Performance Energize" (a
        # product of the writing company), "Leena Simon, CC-BY 4.0", "Pepemaus hat gesagt.:"
    bio = following is not None and norm(block_text(following)).startswith(byline)
    return not (block["type"] == "heading" and not before and bio)


def block_flags(block: dict, following: dict | None, headings: set[str],
                captions: set[str]) -> Iterator[Flag]:
    """The flags of one block of the body (its repeats, title and byline aside)."""
    kind, text = block["type"], block_text(block)
    if kind == "heading":
        yield from heading_flags(block, following)
    elif kind == "list":
        items = item_texts(block)
        if len(items) == 1:
            yield "list: one item", items[0]
        shared = sum(1 for item in items if norm(item) in headings)
        if shared >= 2 and shared * 2 >= len(items):
            yield "list: the headings again (contents)", " | ".join(items[:4])
    elif kind == "paragraph":
        if len(re.sub(r"\W", "", text)) < 2:
            yield "paragraph: empty", repr(text)
        if ADDRESS.match(text.strip()):
            yield "paragraph: a bare address", text
        if norm(text) in captions and len(text.split()) >= 3:
            yield "caption: said again as a paragraph", text
    elif kind == "figure" and FILE_NAME.search((block.get("alt") or "").strip()):
        yield "figure: alt text a file name", block["alt"]
    if kind in ("paragraph", "heading", "note", "figure") and LABEL.match(text.strip()):
        yield "caption: a credit's label alone", text


STEP = re.compile(r"^(\d{1,2})[.)]\s+\S")


def numbered_flags(blocks: list[dict]) -> Iterator[Flag]:
    """A run of numbered steps ("1. Gather the seeds", "2. Peel off …") read part as headings,
    part as paragraphs: each number one more than the last one's, blocks between allowed."""
    runs: list[list[dict]] = []
    for block in blocks:
        step = STEP.match(block.get("text") or "") if block["type"] in ("heading", "paragraph") else None
        if step is None:
            continue
        if not runs or int(step[1]) != int(STEP.match(runs[-1][-1]["text"])[1]) + 1:
            runs.append([])
        runs[-1].append(block)
    for run in runs:
        if len({b["type"] for b in run}) > 1:
            yield "numbered steps: mixed", " | ".join(b["text"][:40] for b in run)


def decoration(block: dict) -> bool:
    """A paragraph or heading with no letter or digit ("* * *", "------"), which access.clean.clean
    drops before anyone reads the document (access.clean.is_decoration)."""
    return block["type"] in ("paragraph", "heading") and not any(c.isalnum() for c in block_text(block))


def flags(doc: dict) -> list[Flag]:
    """Every flag of a cleaned document (its JSON form)."""
    blocks = [block for block in doc.get("blocks", []) if not decoration(block)]
    title, byline = norm(doc.get("title")), norm(doc.get("byline"))
    headings = {norm(b["text"]) for b in blocks if b["type"] == "heading"}
    captions = {norm(b.get("caption")) for b in blocks if b["type"] == "figure" and b.get("caption")}
    found: list[Flag] = []
    said: Counter[str] = Counter()
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        found += block_flags(block, following, headings, captions)
        text = block_text(block)
        if block["type"] in ("paragraph", "list", "quote") and len(text.split()) >= REPEAT_WORDS:
            said[norm(text)] += 1
            if said[norm(text)] == 2:
                found.append(("paragraph: said twice", text))
        if index < TOP and title and norm(text) == title:
            found.append(("title again at the top", text))
        if byline and byline_again(block, following, byline):
            found.append(("byline again in the body", text))
    found += numbered_flags(blocks)
    shown = Counter(norm(b.get("caption")) for b in blocks if b["type"] == "figure" and b.get("caption"))
    found += [("caption: two pictures'", caption) for caption, times in shown.items() if times > 1]
    return found


def inputs(sets: list[str], modes: list[str]) -> Iterator[tuple[str, str, Callable[[], str | None]]]:
    """(set/mode, page, its input) for each page of the sets asked for."""
    from benchmarks import devscore, heldout, readability_suite
    if "dev" in sets:
        for page in devscore.page_ids():
            for mode, kind in (("saved", "html"), ("copied", "text")):
                if mode in modes:
                    yield f"dev/{mode}", page[:16], lambda p=page, k=kind: devscore.page_input(p, k)
    if "traf" in sets:
        for item in heldout.items().values():
            if "saved" in modes:
                yield "traf/saved", item["file"], lambda i=item: heldout.page_markup(i)
            if "copied" in modes:
                yield "traf/copied", item["file"], lambda i=item: heldout.copied_text(i)
    if "read" in sets:
        for page in readability_suite.pages():
            for mode, name in (("saved", "source.html"), ("copied", "copied.txt")):
                if mode in modes and (page / name).is_file():
                    yield f"read/{mode}", page.name, lambda f=page / name: f.read_text(
                        encoding="utf-8", errors="replace")


def run(sets: list[str], modes: list[str], show: str = "") -> dict[str, dict[str, list[int]]]:
    """kind → set/mode → [flags, pages]; prints the flags of ``show`` as it goes."""
    from access.clean.html import clean_html
    from access.clean.text import clean_text
    table: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for name, page, read in inputs(sets, modes):
        text = read()
        if text is None:
            continue
        try:
            doc = (clean_html if name.endswith("saved") else clean_text)(text)
        except AccessError:
            continue
        kinds = set()
        for kind, example in flags(json.loads(to_json(doc))):
            table[kind][name][0] += 1
            kinds.add(kind)
            if kind == show:
                print(f"{name} {page[:40]}: {' / '.join(example.splitlines())[:160]}")
        for kind in kinds:
            table[kind][name][1] += 1
    return table


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", help="dev, traf, read (default: all three)")
    parser.add_argument("--mode", choices=["saved", "copied"], help="one mode only")
    parser.add_argument("--show", default="", help="print every flag of this kind")
    args = parser.parse_args(argv)
    if unknown := set(args.sets) - {"dev", "traf", "read"}:
        parser.error(f"unknown sets: {', '.join(sorted(unknown))}")
    args.sets = args.sets or ["dev", "traf", "read"]
    table = run(args.sets, [args.mode] if args.mode else ["saved", "copied"], args.show)
    names = sorted({name for row in table.values() for name in row})
    totals = {kind: [sum(c[i] for c in row.values()) for i in (0, 1)] for kind, row in table.items()}
    print(f"{'kind':38}" + "".join(f"{name:>14}" for name in names) + f"{'total':>14}")
    for kind in sorted(table, key=lambda k: -totals[k][0]):
        cells = [table[kind].get(name, [0, 0]) for name in [*names]] + [totals[kind]]
        print(f"{kind:38}" + "".join(f"{n:>8} ({p:>3})" for n, p in cells))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
