"""Cross-validate the metadata choices by site: each title, byline and date rule or threshold
against its change, judged on held-out sites.

    python -m benchmarks.metadata_sitecv [text|html]   (default: both)

Variants are the shipped settings with one choice changed: HeaderSettings
(access/clean/text/settings.py) for copied text, MetaSettings (access/clean/html/meta.py) for saved
pages. Truth and figures are benchmarks/metadata_score.py's. For each site (the host of a
page's ground-truth url) the variant best on the *other* sites' pages (by the sum of title
F1 on both notions, byline and date accuracy) is applied to that site's pages: the pooled
held-out figures are the site-CV ones. Each change is also judged alone against the shipped
settings: "folds_preferring" counts the held-out sites whose training sites prefer it; a
change most folds prefer means the shipped choice does not earn its place. Saved pages are
read with read_meta (what the title choice sees); clean_html only adds a first-heading
title where the page declares none.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import replace

from access.clean.html.meta import META, MetaSettings, read_meta, shown_byline
from access.clean.html.prepare import prepare
from access.clean.rules import load_rules
from access.clean.text import HEADER, HeaderSettings, clean_text
from benchmarks.devscore import page_ids, page_input
from benchmarks.metadata_score import FIELDS, byline_right, page_row, sites, summary, truths

Rows = dict[str, dict[str, float]]


def text_variants(base: HeaderSettings = HEADER) -> dict[str, HeaderSettings]:
    return {
        "shipped": base,
        "lookback 16": replace(base, lookback=16),
        "lookback 30": replace(base, lookback=30),
        "lookback 60": replace(base, lookback=60),
        "distance_cost .25": replace(base, distance_cost=0.25),
        "distance_cost 1": replace(base, distance_cost=1.0),
        "full_words 10": replace(base, full_words=10),
        "full_words 20": replace(base, full_words=20),
        "max_words 18": replace(base, max_words=18),
        "max_words 22": replace(base, max_words=22),
        "opening_weight 0": replace(base, opening_weight=0.0),
        "opening_weight 10": replace(base, opening_weight=10.0),
        "opening_weight 20": replace(base, opening_weight=20.0),
        "opening_lines 2": replace(base, opening_lines=2),
        "no far_lookback": replace(base, far_lookback=0),
        "far_lookback 100": replace(base, far_lookback=100),
        "far_score 25": replace(base, far_score=25.0),
        "near_repeat 0": replace(base, near_repeat=0.0),
        "near_repeat 10": replace(base, near_repeat=10.0),
        "repeat_reach 2": replace(base, repeat_reach=2),
        "repeat_reach 5": replace(base, repeat_reach=5),
        "no tag_prefix": replace(base, tag_prefix=False),
        "opening_lines 3": replace(base, opening_lines=3),
        "no beside_date": replace(base, beside_date=False),
        "no span_trail": replace(base, span_trail=False),
        "no meta_block": replace(base, meta_block=False),
        "no by_over_name_body": replace(base, by_over_name_body=False),
        "no author_links": replace(base, author_links=False),
        "no reviewer_by": replace(base, reviewer_by=False),
        "no bracketed_role": replace(base, bracketed_role=False),
        "no said_above": replace(base, said_above=False),
        "no numbered_over_byline": replace(base, numbered_over_byline=False),
        "no stop_over_meta": replace(base, stop_over_meta=0),
        "no quoted_repeat": replace(base, quoted_repeat=0.0),
        "no span_quoted": replace(base, span_quoted=False),
        "stop_over_meta 8": replace(base, stop_over_meta=8),
        "no name_lines": replace(base, name_lines=False),
        "name_lookahead 2": replace(base, name_lookahead=2),
        "name_lookahead 4": replace(base, name_lookahead=4),
        "name_after_title 3": replace(base, name_after_title=3),
        "name_after_title 2": replace(base, name_after_title=2),
        "no name_apart": replace(base, name_apart=0),
        "no listed_dates": replace(base, listed_dates=False),
        "name_apart 5": replace(base, name_apart=5),
        "name_apart 10": replace(base, name_apart=10),
        "no signature": replace(base, signature=False),
        "no written_dates": replace(base, written_dates=False),
        "no title_in_span": replace(base, title_in_span=False),
        "above_byline 0": replace(base, above_byline=0.0),
        "above_byline 2.5": replace(base, above_byline=2.5),
        "above_byline 10": replace(base, above_byline=10.0),
        "no title_case_stop": replace(base, title_case_stop=False),
        "no quoted_stop": replace(base, quoted_stop=False),
        "no repeat_by_byline": replace(base, repeat_by_byline=False),
        "no labels": replace(base, labels=False),
        "no dek": replace(base, dek_words=0),
        "dek_words 12": replace(base, dek_words=12),
        "dek_words 18": replace(base, dek_words=18),
        "dek_headline_words 3": replace(base, dek_headline_words=3),
        "dek_reach 1": replace(base, dek_reach=1),
        "no standfirst": replace(base, standfirst_words=0),
        "dek_score 0": replace(base, dek_score=0.0),
        "dek_score 10": replace(base, dek_score=10.0),
        "head_shared 1": replace(base, head_shared=1),
        "head_shared 3": replace(base, head_shared=3),
        "standfirst_words 3": replace(base, standfirst_words=3),
        "standfirst_words 5": replace(base, standfirst_words=5),
        "no kicker": replace(base, kicker_words=0),
        "kicker_words 2": replace(base, kicker_words=2),
        "kicker_words 4": replace(base, kicker_words=4),
        "kicker_reach 1": replace(base, kicker_reach=1),
        "no kicker_names": replace(base, kicker_names=False),
        "no lone_word": replace(base, lone_word=False),
        "no under_meta": replace(base, under_meta=False),
        "under_reach 1": replace(base, under_reach=1),
        "under_reach 2": replace(base, under_reach=2),
        "no chrome_over_meta": replace(base, chrome_over_meta=False),
        "no stop_under": replace(base, stop_under=False),
        "no name_runs": replace(base, name_runs=False),
        "no tag_cloud": replace(base, tag_cloud=0),
        "no menu_line": replace(base, menu_line=0),
        "no thread_title": replace(base, thread_title=False),
        "no newsroom_by": replace(base, newsroom_by=False),
        "no meta_split_score": replace(base, meta_split_score=False),
        "no meta_reach": replace(base, meta_reach=0),
        "meta_reach 3": replace(base, meta_reach=3),
        "meta_reach 9": replace(base, meta_reach=9),
        "no dek_nearest": replace(base, dek_nearest=False),
        "no dek_below": replace(base, dek_below=False),
        "no between_copies": replace(base, between_copies=False),
        "no one_line_meta": replace(base, one_line_meta=False),
        "no trail_end": replace(base, trail_end=0.0),
        "trail_end 10": replace(base, trail_end=10.0),
        "trail_end 30": replace(base, trail_end=30.0),
        "trail_words 3": replace(base, trail_words=3),
        "trail_words 6": replace(base, trail_words=6),
        "no post_links": replace(base, post_links=False),
        "no colon_end": replace(base, colon_end=False),
        "no colon_kicker": replace(base, colon_kicker=0),
        "no trail_label": replace(base, trail_label=False),
        "no taglines": replace(base, taglines=False),
        "colon_kicker 2": replace(base, colon_kicker=2),
        "colon_kicker 5": replace(base, colon_kicker=5),
        "no recipe_labels": replace(base, recipe_labels=False),
        "no symbol_stop": replace(base, symbol_stop=False),
        "span_lines 0": replace(base, span_lines=0),
        "span_lines 2": replace(base, span_lines=2),
        "no dated_meta": replace(base, dated_meta=False),
        "opening_wide 0": replace(base, opening_wide=0.0),
        "opening_wide 2.5": replace(base, opening_wide=2.5),
        "opening_wide 7.5": replace(base, opening_wide=7.5),
        "wide_lines 4": replace(base, wide_lines=4),
        "wide_lines 10": replace(base, wide_lines=10),
        "no written_bylines": replace(base, written_bylines=False),
        "no outlet_bylines": replace(base, outlet_bylines=False),
        "no bracket_notes": replace(base, bracket_notes=False),
        "no name_shape": replace(base, name_shape=False),
        "no dated_names": replace(base, dated_names=False),
        "no chrome_words": replace(base, chrome_words=False),
        "no body_byline": replace(base, body_byline=False),
        "no short_dates": replace(base, short_dates=False),
        "no asking_title": replace(base, asking_title=False),
        "no span_heading": replace(base, span_heading=0),
        "span_heading 3": replace(base, span_heading=3),
        "no opening_head": replace(base, opening_head=0),
        "opening_head 3": replace(base, opening_head=3),
        "no year_digits": replace(base, year_digits=False),
        "no below_first": replace(base, below_first=False),
        "every dated line no headline": replace(base, dateline_words=999),
        "dateline_words 30": replace(base, dateline_words=30),
        "dateline_words 20": replace(base, dateline_words=20),
        "no dated_headlines": replace(base, dated_headlines=False),
        "above_title 0": replace(base, above_title=0),
        "above_title 5": replace(base, above_title=5),
        "no by_over_name": replace(base, by_over_name=False),
        "no name_by_date": replace(base, name_by_date=False),
        "no name_over_title": replace(base, name_over_title=False),
        "no closing_byline": replace(base, closing_byline=False),
        "no people_only": replace(base, people_only=False),
        "no untitled": replace(base, untitled=False),
        "no thread_starter": replace(base, thread_starter=False),
        "no relative_days": replace(base, relative_days=False),
        "no glued_days": replace(base, glued_days=False),
        "no listed_by": replace(base, listed_by=False),
        "no day_word_end": replace(base, day_word_end=False),
        "no relative_names": replace(base, relative_names=False),
        "no agency_yields": replace(base, agency_yields=False),
        "no piped_by": replace(base, piped_by=False),
        "body_lines 0": replace(base, body_lines=0),
        "body_lines 3": replace(base, body_lines=3),
        "dated_body 0": replace(base, dated_body=0),
        "dated_body 4": replace(base, dated_body=4),
        "no day_first": replace(base, day_first=False),
        "header_date_words 0": replace(base, header_date_words=0),
        "header_date_words 20": replace(base, header_date_words=20),
        "header_date_words 40": replace(base, header_date_words=40),
        "no published_first": replace(base, published_first=False),
        "no body_dates": replace(base, body_dates=False),
        "no opening_days": replace(base, opening_days=False),
        "no within_day": replace(base, within_day=False),
        "no posted_footers": replace(base, posted_footers=False),
        "no yearless_dates": replace(base, yearless_dates=False),
        "no meta_top": replace(base, meta_top=False),
    }


def html_variants(base: MetaSettings = META) -> dict[str, MetaSettings]:
    return {
        "shipped": base,
        "h1=substring": replace(base, h1="substring"),
        "h1=off": replace(base, h1="off"),
        "no confirm": replace(base, confirm=False),
        "no shown": replace(base, shown=False),
        "no document_title": replace(base, document_title=False),
        "no shown_byline": replace(base, shown_byline=False),
        "no beside": replace(base, beside=False),
        "no shown_whole": replace(base, shown_whole=False),
        "no article_ld": replace(base, article_ld=False),
        "no people": replace(base, people=False),
        "no heading_part": replace(base, heading_part=False),
        "no people_only": replace(base, people_only=False),
        "no untitled": replace(base, untitled=False),
        "no extended_byline": replace(base, extended_byline=False),
        "no untagged": replace(base, untagged=False),
        "no cased_classes": replace(base, cased_classes=False),
        "no role_tail": replace(base, role_tail=False),
        "no dash_end": replace(base, dash_end=False),
        "no shown_date": replace(base, shown_date=False),
    }


def objective(rows: list[dict[str, float]]) -> float:
    figures = summary(rows)
    return sum(figures[f] for f in FIELDS)


def held_out(figures: dict[str, Rows], names: list[str], site: dict[str, str]) -> tuple[Rows, dict]:
    """Leave one site out: each site's pages scored with the variant best on the others
    (ties go to the first name, the shipped settings)."""
    out: Rows = {}
    chosen: dict[str, str] = {}
    for s in sorted(set(site.values())):
        train = [i for i in site if site[i] != s]
        best = max(names, key=lambda n: (round(objective([figures[n][i] for i in train]), 6),
                                         n == names[0]))
        chosen[s] = best
        out.update({i: figures[best][i] for i in site if site[i] == s})
    return out, chosen


def _text_predictor(settings: HeaderSettings) -> Callable[[str], tuple[str, str, str]]:
    def predict(page_id: str) -> tuple[str, str, str]:
        doc = clean_text(page_input(page_id, "text"), header=settings)
        return doc.title, doc.byline, doc.date
    return predict


def run(kind: str) -> dict:
    ids = page_ids()
    site = sites()
    truth = truths()
    if kind == "text":
        table = {name: _text_predictor(s) for name, s in text_variants().items()}
    else:
        trees = {i: prepare(page_input(i, "html"), load_rules()) for i in ids}

        def html_predictor(settings: MetaSettings) -> Callable[[str], tuple[str, str, str]]:
            def predict(page_id: str) -> tuple[str, str, str]:
                meta = read_meta(trees[page_id], settings=settings, markup=page_input(page_id, "html"))
                return meta.title, meta.byline, meta.date
            return predict
        table = {name: html_predictor(s) for name, s in html_variants().items()}
    figures = {name: {i: page_row(predict(i), truth[i]) for i in ids} for name, predict in table.items()}
    extra = {}
    if kind == "html":  # the shown-byline fallback, judged where the page also declares its author
        shown = {i: shown_byline(trees[i]) for i in ids if truth[i]["byline"]}
        extra["shown_byline_where_declared"] = {
            "pages": len(shown), "right": sum(byline_right(b, truth[i]["byline"]) for i, b in shown.items()),
            "wrong": sum(bool(b) and not byline_right(b, truth[i]["byline"]) for i, b in shown.items()),
            "empty": sum(not b for b in shown.values())}
    names = list(table)
    cv_rows, chosen = held_out(figures, names, site)
    ablations = {}
    for name in names[1:]:
        rows, picks = held_out(figures, ["shipped", name], site)
        ablations[name] = {"dev": summary(list(figures[name].values())),
                           "site_cv_vs_shipped": summary(list(rows.values())),
                           "folds_preferring": sum(p == name for p in picks.values())}
    return {"kind": kind, "sites": len(set(site.values())), "pages": len(ids),
            "shipped_dev": summary(list(figures["shipped"].values())),
            "site_cv_all_variants": summary(list(cv_rows.values())),
            "chosen_per_fold": {n: sum(c == n for c in chosen.values()) for n in names
                                if any(c == n for c in chosen.values())},
            "ablations": ablations, **extra}


if __name__ == "__main__":
    for kind in sys.argv[1:] or ["text", "html"]:
        print(json.dumps(run(kind), indent=1))
    sys.exit(0)
