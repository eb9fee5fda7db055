"""Try a learned headline ranker for copied text against the rules, by site-grouped CV.

    python -m benchmarks.train_title_model

Pages: the dev pages and the held-out pages of benchmarks.heldout (other sites), each with its
title truth read from its HTML (benchmarks.metadata_score: the visible headline, else the
declared one). The candidates of each page's headline search (access.clean.text
title_candidates, plus the body's first two lines) are labelled headline when their words
match the truth (token F1 ≥ .8). A pairwise logistic regression over line features
(scikit-learn, needed only here: pip install -e '.[train]'; the rules' own choice is one
feature) is fitted on the other sites' pages in 5 site-grouped folds and picks one candidate on
each held-out site's page; the count of right picks is compared with the rules' on the same
pages, and with the best any ranker of these candidates could do. Measured: the model does not
beat the rules enough to ship (see the note of issue 11).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter

import access.clean.text.header.assembly as header_assembly
from access.clean.fields.titles import clean_title
from access.clean.rules import load_rules
from access.clean.text import HEADER, Candidate, clean_text, title_candidates
from access.clean.text.header.meta import meta_line
from access.document.model import count_words as word_count
from access.errors import AccessError
from benchmarks import heldout
from benchmarks.devscore import page_ids, page_input
from benchmarks.heldout_metadata import declared_truth
from benchmarks.metadata_score import sites, token_f1, truths

FOLDS = 5
MATCH = 0.8
SPAN_LINES = 2
WORD = re.compile(r"\w+")


def pages() -> list[dict]:
    """Every page with copied text: its site, text and metadata truth."""
    found = []
    if heldout.dev_hosts():
        dev_truth, dev_site = truths(), sites()
        found += [{"site": dev_site[i], "text": page_input(i, "text"), "truth": dev_truth[i]}
                  for i in page_ids()]
    for url, item in heldout.items().items():
        if copied := heldout.copied_text(item):
            found.append({"site": heldout._host(url), "text": copied,
                          "truth": declared_truth(heldout.page_markup(item))})
    return found


def _words(text: str) -> set[str]:
    return {w for w in WORD.findall(text.casefold()) if len(w) > 3}


def features(lines: list[str], c: Candidate, at: int, rule_best: bool, repeats: Counter) -> list[float]:
    line, words = lines[c.at], word_count(lines[c.at])
    meta_below = meta_line(lines[c.at + 1: c.at + 3], load_rules())
    own = _words(line)
    below = lines[c.at + 1] if c.at + 1 < len(lines) else ""
    above = lines[c.at - 1] if c.at else ""
    letters = [ch for ch in line if ch.isalpha()]
    return [float(rule_best), c.score / 20, min(words, 30) / 30, (at - 1 - c.at) / 45,
            float(c.at >= at), float(meta_below),
            float(bool(letters) and sum(ch.isupper() for ch in letters) > 0.8 * len(letters)),
            float(line.endswith(("?", "!"))), min(repeats[line] - 1, 2) / 2,
            float(word_count(below) > words and len(_words(below) & own) >= 2),
            float(0 < word_count(above) < words and len(_words(above) & own) >= 2),
            c.at / len(lines)]


def candidate_rows(page: dict) -> tuple[list[list[float]], list[int], int]:
    """The features and labels of the page's first headline search, and the rules' pick."""
    seen: list[tuple[list[str], int]] = []
    original = header_assembly.pick_title

    def spy(lines, at, rules, header=HEADER):
        seen.append((lines, at))
        return original(lines, at, rules, header)

    header_assembly.pick_title = spy
    try:
        clean_text(page["text"])
    except AccessError:
        pass
    finally:
        header_assembly.pick_title = original
    truth = page["truth"]["title_visible"] or page["truth"]["title"]
    if not seen or not truth:
        return [], [], -1
    lines, at = seen[0]
    found = title_candidates(lines, at, load_rules(), HEADER, SPAN_LINES)
    above = [n for n, c in enumerate(found) if c.at < at]
    best = max(above, key=lambda n: found[n].score) if above else -1
    repeats = Counter(lines)
    rows = [features(lines, c, at, n == best, repeats) for n, c in enumerate(found)]
    return rows, [int(token_f1(clean_title(lines[c.at]), truth) >= MATCH) for c in found], best


def run() -> dict:
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    every = pages()
    extracted = [candidate_rows(p) for p in every]
    site_list = sorted({p["site"] for p in every})
    fold_of = {s: n % FOLDS for n, s in enumerate(site_list)}
    right = {"rules": 0, "model, site CV": 0}
    for fold in range(FOLDS):
        pairs, signs = [], []
        for page, (rows, labels, _) in zip(every, extracted, strict=True):
            if fold_of[page["site"]] == fold:
                continue
            for a in (r for r, y in zip(rows, labels, strict=True) if y):
                for b in (r for r, y in zip(rows, labels, strict=True) if not y):
                    pairs += [np.subtract(a, b), np.subtract(b, a)]
                    signs += [1, 0]
        model = LogisticRegression(C=0.1, max_iter=3000, fit_intercept=False).fit(pairs, signs)
        for page, (rows, labels, best) in zip(every, extracted, strict=True):
            if fold_of[page["site"]] == fold and rows:
                right["model, site CV"] += labels[int(np.argmax(model.decision_function(rows)))]
                right["rules"] += labels[best] if best >= 0 else 0
    return {"pages": len(every), "sites": len(site_list),
            "pages whose headline is a candidate": sum(1 for _, y, _ in extracted if any(y)),
            "right picks": right}


def main(argv: list[str]) -> int:
    print(json.dumps(run(), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
