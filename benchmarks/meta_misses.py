"""Why the copied-text byline or date misses: each miss classified, and shown with the truth,
the chosen value, where the truth's line sits against the title and the body, and the lines
around the header.

    python -m benchmarks.meta_misses [byline|date|title] [--show N] [--kind KIND] [--dev] [--saved]

``title`` is benchmarks.title_misses (its kinds, and where the chosen line stands against the
true headline).

A miss is a page whose byline or date is wrong (benchmarks.metadata_score's byline_right and
date_right). Its kind: ``absent`` (no line of the copied text names the true people, or the
true day, as fields.bylines.byline_names / fields.dates.iso_date read it), else ``wrong`` (another value was
chosen) or ``none`` (nothing was), each with where the first line holding the truth sits:
``above`` the title, in the ``header`` (between the title and the body), in the ``body``,
``below`` it. ``--saved`` keeps only the pages the saved-page cleaner gets right (the truth
is reachable). ``--dev`` reads the dev pages instead.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass

from access.clean import text as text_module
from access.clean.fields.bylines import byline_names
from access.clean.fields.dates import iso_date
from access.clean.html import clean_html
from access.clean.rules import load_rules
from access.clean.text import clean_text, read_lines
from benchmarks.metadata_score import byline_right, date_right, word_tokens


@dataclass
class Seen:
    """Where the header search placed the title and the body on one page."""

    lines: list[str]
    title_at: int = -1
    body_start: int = -1


def _watch(seen: Seen) -> None:
    """Record the title's line of the first header search and the body's final start."""
    header, after = text_module.header_above, text_module.after_byline

    def watched_header(lines, start, rules, settings=text_module.HEADER):
        found = header(lines, start, rules, settings)
        if not seen.lines:
            seen.lines, seen.title_at = lines, found[3]
        return found

    def watched_after(*args, **kwargs):
        seen.body_start = after(*args, **kwargs)
        return seen.body_start
    text_module.header_above, text_module.after_byline = watched_header, watched_after


def pages(dev: bool) -> dict[str, tuple[str, str, dict[str, str]]]:
    """name → (copied text, saved markup, truth)."""
    if dev:
        from benchmarks.devscore import page_ids, page_input
        from benchmarks.metadata_score import truths
        truth = truths()
        return {i[:8]: (page_input(i, "text"), page_input(i, "html"), truth[i]) for i in page_ids()}
    from benchmarks import heldout
    from benchmarks.heldout_metadata import declared_truth
    found = {}
    for item in heldout.items().values():
        text = heldout.copied_text(item)
        if text is not None:
            markup = heldout.page_markup(item)
            found[item["file"]] = (text, markup, declared_truth(markup))
    return found


def _holds(line: str, field: str, truth: str) -> bool:
    """Whether ``line`` names the true people (every word of a true name) or the true day."""
    if field == "date":
        return len(line.split()) <= 30 and date_right(iso_date(line), truth)
    words = set(word_tokens(line))
    people = [set(word_tokens(p)) - {"and", "by"} for p in truth.replace(" and ", ",").split(",")]
    return bool(people[0]) and people[0] <= words


def _where(at: int, seen: Seen) -> str:
    if at < 0:
        return "absent"
    if at < seen.title_at:
        return "above"
    if at < seen.body_start:
        return "header"
    return "body"


def examine(name: str, text: str, markup: str, truth: dict, field: str) -> dict | None:
    want = truth[field]
    seen = Seen([])
    original = text_module.header_above, text_module.after_byline
    _watch(seen)
    try:
        doc = clean_text(text)
        got = doc.byline if field == "byline" else doc.date
    except Exception:  # a refusal: nothing, as benchmarks.metadata_score.predict scores it
        got = ""
    finally:
        text_module.header_above, text_module.after_byline = original
    right = byline_right if field == "byline" else date_right
    if right(got, want):
        return None
    lines = seen.lines or read_lines(text).text
    at = next((i for i, line in enumerate(lines) if _holds(line, field, want)), -1)
    where = _where(at, seen)
    kind = "absent" if at < 0 else ("wrong" if got else "none") + "/" + where
    try:
        saved = clean_html(markup)
        saved_right = right(saved.byline if field == "byline" else saved.date, want)
    except Exception:
        saved_right = False
    top = min(x for x in (at, seen.title_at, seen.body_start) if x >= 0) if lines else 0
    return {"name": name, "kind": kind, "truth": want, "got": got, "saved_right": saved_right,
            "title_at": seen.title_at, "body_start": seen.body_start, "true_at": at,
            "true_line": lines[at][:160] if at >= 0 else "",
            "names_read": byline_names(lines[at]) if at >= 0 and field == "byline" else "",
            "around": [(i, lines[i][:110]) for i in range(max(0, top - 3),
                                                          min(len(lines), max(at, seen.body_start) + 3))]}


def run(field: str, dev: bool = False) -> tuple[int, list[dict]]:
    load_rules()
    found = pages(dev)
    scored = [(n, t, m, truth) for n, (t, m, truth) in sorted(found.items()) if truth[field]]
    misses = [row for n, t, m, truth in scored if (row := examine(n, t, m, truth, field))]
    return len(scored), misses


def main(argv: list[str]) -> int:
    if argv[:1] == ["title"]:
        from benchmarks import title_misses
        return title_misses.main(argv[1:])
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("field", choices=("byline", "date", "title"))
    parser.add_argument("--show", type=int, default=0, help="print this many misses in full")
    parser.add_argument("--kind", default="", help="only misses whose kind starts so")
    parser.add_argument("--dev", action="store_true", help="the dev pages")
    parser.add_argument("--saved", action="store_true", help="only misses the saved page gets right")
    args = parser.parse_args(argv)
    total, misses = run(args.field, args.dev)
    print(json.dumps({"pages": total, "misses": len(misses),
                      "kinds": Counter(r["kind"] for r in misses),
                      "saved_right": Counter(r["kind"] for r in misses if r["saved_right"])}))
    shown = [r for r in misses if r["kind"].startswith(args.kind) and (r["saved_right"] or not args.saved)]
    for row in shown[:args.show]:
        print(json.dumps(row, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
