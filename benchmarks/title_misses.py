"""Why the copied-text title misses on held-out pages: each miss classified, and shown with
the true title, the chosen line, the candidates with their scores and where the body starts.

    python -m benchmarks.title_misses [--show N] [--kind KIND] [--dev]

A miss is a page whose title token F1 is under .5. Its kind: ``absent`` (no line of the
copied text matches the truth at .5), ``below`` (the best-matching line is at or below the
line the header search starts from), ``far`` (more than ``lookback`` lines above it),
``rejected`` (in range, but the rules refuse it), ``outscored`` (a candidate, beaten).
A rejected or outscored miss also says where the chosen line stands (``winner``): ``under``
the true headline (one or two lines: a standfirst, a subtitle), ``over`` it (a kicker, a
section label, the site's name), ``between`` it and the body (a caption, a subheading, a
teaser), ``above`` it further up (a menu, a tagline), or ``none``. A hit under 1 is
``partial``: ``site`` (the truth is the chosen line and more after a separator: " | Site"),
``extra`` (the chosen line holds the truth and more: a kicker or a trail glued on) or
``worded`` (worded otherwise). The summary gives each kind's pages and the F1 points lost.
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
from benchmarks.metadata_score import token_f1, word_tokens


@dataclass
class Seen:
    """What the header search saw on one page: its lines, where it started, its candidates."""

    lines: list[str] = field(default_factory=list)
    start: int = -1
    candidates: list = field(default_factory=list)


def _watch(seen: Seen) -> None:
    """Record the first header search of the next clean_text (the one that places the title)."""
    original = text_module.header_above

    def header(lines, start, rules, settings=HEADER):
        if seen.start < 0:
            seen.lines, seen.start = lines, start
            seen.candidates = text_module.title_candidates(lines, start, rules, settings)
        return original(lines, start, rules, settings)
    text_module.header_above = header


def pages(dev: bool) -> dict[str, tuple[str, str]]:
    """name → (copied text, true title)."""
    if dev:
        from benchmarks.devscore import page_ids, page_input
        from benchmarks.metadata_score import truths
        truth = truths()
        return {i[:8]: (page_input(i, "text"), truth[i]["title"]) for i in page_ids()}
    from benchmarks import heldout
    from benchmarks.heldout_metadata import declared_truth
    found = {}
    for item in heldout.items().values():
        text = heldout.copied_text(item)
        if text is not None:
            found[item["file"]] = (text, declared_truth(heldout.page_markup(item))["title"])
    return found


def examine(name: str, text: str, truth: str, header: HeaderSettings) -> dict:
    seen = Seen()
    original = text_module.header_above
    _watch(seen)
    try:
        got = clean_text(text, header=header).title
    except Exception:  # a refusal: no title, as benchmarks.metadata_score.predict scores it
        got = ""
    finally:
        text_module.header_above = original
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
    got_at = next((c.at for c in seen.candidates if lines[c.at] == got), -1) if got else -1
    return {"name": name, "kind": kind, "f1": round(f1, 2), "truth": truth, "got": got,
            "winner": _winner(got_at, best_at) if kind in ("rejected", "outscored") else "",
            "partial": _partial(got, truth) if kind == "hit" and f1 < 1 else "",
            "start": seen.start, "true_at": best_at, "true_f1": round(best_f1, 2),
            "candidates": [(c.at, round(c.score, 1), lines[c.at][:90]) for c in
                           sorted(seen.candidates, key=lambda c: -c.score)[:8]],
            "around": [(i, lines[i][:100]) for i in range(max(0, min(best_at, seen.start) - 3),
                                                         min(len(lines), seen.start + 3))]}


SEPARATORS = (" | ", " - ", " – ", " — ", " » ", " › ", " : ", " · ")


def _winner(got_at: int, true_at: int) -> str:
    """Where the chosen line stands against the true headline's line."""
    if got_at < 0:
        return "none"
    if 0 < got_at - true_at <= 2:
        return "under"
    if 0 < true_at - got_at <= 2:
        return "over"
    return "between" if got_at > true_at else "above"


def _partial(got: str, truth: str) -> str:
    """How a hit under 1 differs: the truth adds a site's name after a separator, the chosen
    line adds words, or it is worded otherwise."""
    words, true_words = set(word_tokens(got)), set(word_tokens(truth))
    if words < true_words and any(sep in truth for sep in SEPARATORS):
        return "site"
    return "extra" if true_words < words else "worded"


def run(dev: bool = False, header: HeaderSettings = HEADER) -> list[dict]:
    load_rules()
    return [examine(n, t, truth, header) for n, (t, truth) in sorted(pages(dev).items()) if truth]


def full_kind(row: dict) -> str:
    """The kind with its winner or partial part ("outscored/under", "hit/site")."""
    part = row["winner"] or row["partial"]
    return f"{row['kind']}/{part}" if part else row["kind"]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="print this many misses in full")
    parser.add_argument("--kind", default="", help="only misses whose kind starts so (hits under 1: hit/…)")
    parser.add_argument("--dev", action="store_true", help="the dev pages")
    args = parser.parse_args(argv)
    rows = run(args.dev)
    lost: Counter = Counter()
    for row in rows:
        lost[full_kind(row)] += 1 - row["f1"]
    print(json.dumps({"pages": len(rows), "mean_f1": round(sum(r["f1"] for r in rows) / len(rows), 3),
                      "kinds": Counter(map(full_kind, rows)),
                      "f1_lost": {k: round(v, 1) for k, v in lost.most_common() if v}}))
    shown = [r for r in rows if r["f1"] < 1 and full_kind(r).startswith(args.kind)
             and (args.kind.startswith("hit") or r["kind"] != "hit")]
    for row in shown[:args.show]:
        print(json.dumps(row, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
