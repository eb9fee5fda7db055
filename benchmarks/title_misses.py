"""Why the copied-text title misses on held-out pages: each miss classified, and shown with
the true title, the chosen line, the candidates with their scores and where the body starts.

    python -m benchmarks.title_misses [--show N] [--kind KIND] [--dev]

A miss is a page whose title token F1 is under .5. Its kind: ``absent`` (no line of the
copied text matches the truth at .5), ``below`` (the best-matching line is at or below the
line the header search starts from), ``far`` (more than ``lookback`` lines above it),
``rejected`` (in range, but the rules refuse it), ``outscored`` (a candidate, beaten).
``--dev`` reads the dev pages instead (their truth as benchmarks.metadata_score reads it).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field

from access.clean import text as text_module
from access.clean.rules import load_rules
from access.clean.text import HEADER, HeaderSettings, clean_text, read_lines
from benchmarks.metadata_score import token_f1


@dataclass
class Seen:
    """What the header search saw on one page: its lines, where it started, its candidates."""

    lines: list[str] = field(default_factory=list)
    start: int = -1
    candidates: list = field(default_factory=list)


def _watch(seen: Seen) -> None:
    """Record the first header search of the next clean_text (the one that places the title)."""
    original = text_module._header

    def header(lines, start, rules, settings=HEADER):
        if seen.start < 0:
            seen.lines, seen.start = lines, start
            seen.candidates = text_module.title_candidates(lines, start, rules, settings)
        return original(lines, start, rules, settings)
    text_module._header = header


def pages(dev: bool) -> dict[str, tuple[str, str]]:
    """name → (copied text, true title)."""
    if dev:
        from benchmarks.devscore import page_ids, page_input
        from benchmarks.metadata_score import truths
        truth = truths()
        return {i[:8]: (page_input(i, "text"), truth[i]["title"]) for i in page_ids()}
    from benchmarks import heldout
    from benchmarks.heldout_metadata import _truth
    found = {}
    for item in heldout.items().values():
        text = heldout.copied_text(item)
        if text is not None:
            found[item["file"]] = (text, _truth(heldout.page_markup(item))["title"])
    return found


def examine(name: str, text: str, truth: str, header: HeaderSettings) -> dict:
    seen = Seen()
    original = text_module._header
    _watch(seen)
    try:
        got = clean_text(text, header=header).title
    except Exception:  # a refusal: no title, as benchmarks.metadata_score.predict scores it
        got = ""
    finally:
        text_module._header = original
    f1 = token_f1(got, truth)
    lines = seen.lines or read_lines(text).text
    scored = [(token_f1(line, truth), i) for i, line in enumerate(lines)]
    best_f1, best_at = max(scored, key=lambda s: (s[0], -abs(s[1] - seen.start))) if scored else (0, -1)
    ats = {c.at for c in seen.candidates}
    if f1 >= 0.5:
        kind = "hit"
    elif best_f1 < 0.5:
        kind = "absent"
    elif best_at >= seen.start:
        kind = "below"
    elif best_at < seen.start - header.lookback:
        kind = "far"
    elif best_at not in ats:
        kind = "rejected"
    else:
        kind = "outscored"
    return {"name": name, "kind": kind, "f1": round(f1, 2), "truth": truth, "got": got,
            "start": seen.start, "true_at": best_at, "true_f1": round(best_f1, 2),
            "candidates": [(c.at, round(c.score, 1), lines[c.at][:90]) for c in
                           sorted(seen.candidates, key=lambda c: -c.score)[:8]],
            "around": [(i, lines[i][:100]) for i in range(max(0, min(best_at, seen.start) - 3),
                                                         min(len(lines), seen.start + 3))]}


def run(dev: bool = False, header: HeaderSettings = HEADER) -> list[dict]:
    load_rules()
    return [examine(n, t, truth, header) for n, (t, truth) in sorted(pages(dev).items()) if truth]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="print this many misses in full")
    parser.add_argument("--kind", default="", help="only misses of this kind")
    parser.add_argument("--dev", action="store_true", help="the dev pages")
    args = parser.parse_args(argv)
    rows = run(args.dev)
    print(json.dumps({"pages": len(rows), "mean_f1": round(sum(r["f1"] for r in rows) / len(rows), 3),
                      "kinds": Counter(r["kind"] for r in rows)}))
    misses = [r for r in rows if r["kind"] != "hit" and (not args.kind or r["kind"] == args.kind)]
    for row in misses[:args.show]:
        print(json.dumps(row, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
