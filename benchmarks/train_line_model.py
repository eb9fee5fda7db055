"""Train the copied-text line model and judge it against the rules by site-grouped CV.

    python -m benchmarks.train_line_model

Each line of a dev page's copied text is labelled article when most of its 4-word shingles
(or, for a short line, its words in order) are in the page's true body. A logistic regression
(scikit-learn, needed only here: pip install -e '.[train]') is fitted on the other sites' pages
in 5 site-grouped folds and used to clean the held-out pages; the pooled F1 is compared with
the rules' F1 on the same pages. Blends of the rule score and the model's log-odds are tried
too. Measured: the model does not beat the rules under site CV (best blend .933 against the
rules' .949), so none ships; were one to win, its coefficients (a few hundred bytes of JSON)
would be applied in plain Python through clean_text's ``line_scores``.
"""

from __future__ import annotations

import json
import math
import re
import sys
from dataclasses import dataclass
from functools import partial

from access.clean.rules import Rules, load_rules
from access.clean.text import WEIGHTS, Lines, Weights, clean_text, prose_score, read_lines
from access.document import to_json
from access.document.model import count_words
from benchmarks.devscore import SHARED, page_ids, page_input
from benchmarks.html_sitecv import site_of
from benchmarks.text_sitecv import f1, load_scorer, page_figures

WORD = re.compile(r"\w+")
TERMINAL = re.compile(r"[.!?…:;\"”’)\]。！？」』）、]$")
MAX_LOGIT = 8.0


def line_features(lines: list[str], paragraph: list[bool], blank_before: list[bool],
                  repeated: set[int], rules: Rules) -> list[list[float]]:
    """One feature row per line: its shape, its neighbours' and what the rule tables say of it."""
    words = [count_words(line) for line in lines]
    n = max(len(lines), 1)
    rows = []
    for i, line in enumerate(lines):
        w = words[i]
        prev_w = words[i - 1] if i else 0
        next_w = words[i + 1] if i + 1 < len(lines) else 0
        chars = max(len(line), 1)
        rows.append([
            math.log1p(w), math.log1p(prev_w), math.log1p(next_w),
            float(bool(TERMINAL.search(line))), float(paragraph[i]), float(blank_before[i]),
            i / n, float(i in repeated),
            sum(c.isdigit() for c in line) / chars, sum(c.isupper() for c in line) / chars,
            line.count(",") / max(w, 1), float(line.endswith(":")),
            float(rules.is_residue(line) or rules.is_inline_residue(line)),
            float(rules.is_stop(line)), float(rules.is_soft_stop(line)),
            float(rules.is_caption(line)), float(rules.is_byline(line) or rules.is_date(line)),
            float(w >= 15 and not paragraph[i]),
        ])
    return rows


@dataclass(frozen=True)
class LineModel:
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float
    blend: float = 1.0  # 0: the rules alone; 1: the model alone

    def logit(self, row: list[float]) -> float:
        z = self.intercept + sum(c * (x - m) / s for c, x, m, s in
                                 zip(self.coef, row, self.mean, self.scale, strict=True))
        return max(-MAX_LOGIT, min(MAX_LOGIT, z))


def model_from(data: dict) -> LineModel:
    return LineModel(tuple(data["mean"]), tuple(s or 1.0 for s in data["scale"]),
                     tuple(data["coef"]), float(data["intercept"]), float(data.get("blend", 1.0)))



def model_scores(model: LineModel, read: Lines, rules: Rules, weights: Weights = WEIGHTS) -> list[float]:
    """The rule scores blended with the model's log-odds; residue-table lines keep their rule score."""
    rows = line_features(read.text, read.paragraph, read.blank_before, read.repeated, rules)
    scores = []
    for line, p, row in zip(read.text, read.paragraph, rows, strict=True):
        rule = prose_score(line, rules, weights, p)
        scores.append(rule if rule <= weights.residue else
                      (1 - model.blend) * rule + model.blend * model.logit(row))
    return scores


FOLDS = 5
BLENDS = (0.25, 0.5, 0.75, 1.0)


def _tokens(text: str) -> list[str]:
    return [w.casefold() for w in WORD.findall(text)]


def labels(lines: list[str], truth: str) -> list[int]:
    toks = _tokens(truth)
    grams = {tuple(toks[i:i + 4]) for i in range(len(toks) - 3)}
    joined = " " + " ".join(toks) + " "
    out = []
    for line in lines:
        own = _tokens(line)
        if len(own) >= 4:
            mine = [tuple(own[i:i + 4]) for i in range(len(own) - 3)]
            out.append(int(sum(g in grams for g in mine) >= 0.5 * len(mine)))
        else:
            out.append(int(bool(own) and f" {' '.join(own)} " in joined))
    return out


def page_rows(text: str, truth: str, rules) -> tuple[list[list[float]], list[int]]:
    read = read_lines(text)
    return (line_features(read.text, read.paragraph, read.blank_before, read.repeated, rules),
            labels(read.text, truth))


def fit(rows: list[list[float]], ys: list[int]) -> dict:
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    scaler = StandardScaler().fit(rows)
    clf = LogisticRegression(C=1.0, max_iter=2000, class_weight="balanced")
    clf.fit(scaler.transform(rows), ys)
    return {"mean": scaler.mean_.tolist(), "scale": scaler.scale_.tolist(),
            "coef": clf.coef_[0].tolist(), "intercept": float(clf.intercept_[0])}


def run() -> dict:
    from sklearn.model_selection import GroupKFold

    rules = load_rules()
    scorer = load_scorer()
    truth = json.loads((SHARED / "dev" / "ground-truth.json").read_text(encoding="utf-8"))
    ids = page_ids()
    texts = {i: page_input(i, "text") for i in ids}
    data = {i: page_rows(texts[i], truth[i]["articleBody"], rules) for i in ids}
    groups = [site_of(truth[i]["url"]) for i in ids]
    rows_by_blend: dict[float, dict] = {b: {} for b in BLENDS}
    rule_rows = {}
    for train, test in GroupKFold(n_splits=FOLDS).split(ids, groups=groups):
        xs = [row for k in train for row in data[ids[k]][0]]
        ys = [y for k in train for y in data[ids[k]][1]]
        params = fit(xs, ys)
        for k in test:
            i = ids[k]
            for b in BLENDS:
                scores = partial(model_scores, model_from({**params, "blend": b}))
                rows_by_blend[b][i] = page_figures(scorer, truth[i]["articleBody"],
                                                   to_json(clean_text(texts[i], line_scores=scores)))
            rule_rows[i] = page_figures(scorer, truth[i]["articleBody"], to_json(clean_text(texts[i])))
    report = {"folds": FOLDS, "lines": sum(len(v[1]) for v in data.values()),
              "model_site_cv_by_blend": {b: f1(list(r.values()))["f1"] for b, r in rows_by_blend.items()},
              "rules_same_pages": f1(list(rule_rows.values()))}
    # The blend is chosen on the held-out figures, so this is optimistic by one choice of five.
    blend = max(BLENDS, key=lambda b: report["model_site_cv_by_blend"][b])
    beats = report["model_site_cv_by_blend"][blend] > report["rules_same_pages"]["f1"]
    report["model_beats_rules"] = beats
    return report


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
    sys.exit(0)
