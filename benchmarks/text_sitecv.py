"""Cross-validate the text cleaner's prose weights by site: tune on the other sites, score the held-out one.

    python -m benchmarks.text_sitecv

The weights (access/clean/text/settings.py ``Weights``) are the only fitted numbers in the text cleaner.
For each site (the domain of a page's ground-truth url) the best point of a small grid is chosen
on the other sites' pages and used for that site's pages; the figures are score.py's (mean
precision and recall over pages, F1 of the two), so they compare with the dev figure.

Each rule in ``ABLATIONS`` (a TextSettings field switched off) is judged the same way against the shipped
cleaner: "folds_preferring" is how many held-out sites' training sets prefer it switched off.
"""

from __future__ import annotations

import importlib.util
import itertools
import json
import statistics
import sys
from collections import Counter
from dataclasses import replace
from urllib.parse import urlparse

from access.clean.text import SETTINGS, WEIGHTS, Weights, clean_text
from access.document import to_json
from benchmarks.devscore import SCORER, SHARED, page_ids, page_input

ABLATIONS: dict[str, dict] = {
    "no join_wrapped": {"wrapped": False},
    "no meta_unwrapped": {"meta_unwrapped": False},
    "no backlinks": {"backlinks": False},
    "no quoted_stops": {"quoted_stops": False},
    "no glyph_lines": {"glyph_lines": False},
    "no list_above": {"list_above": False},
    "no recipe_cards": {"recipe_cards": False},
    "no promo_boxes": {"promo_boxes": False},
    "no promo_inside": {"promo_inside": False},
    "no sentence_fallback": {"sentence_fallback": False},
    "no safety_net": {"safety_net": False},
    "no net_lead": {"net_lead": False},
    "no net_above": {"net_above": False},
    "no header_only": {"header_only": False},
    "no consent": {"consent": False},
    "no scored notices": {"scored_notices": False},
    "no lead_above": {"lead_above": False},
    "no code_blocks": {"code_blocks": False},
    "no prose_items": {"prose_items": False},
    "no tables": {"tables": False},
    "no gap_most": {"gap_most": False},
    "no templates": {"templates": False},
    "no comments": {"comments": False},
    "no dated_feed": {"dated_feed": False},
    "no linked_feed": {"linked_feed": False},
    "no net_stop": {"net_stop": False},
    "no announced_lists": {"announced_lists": False},
    "no next_label": {"next_label": False},
    "no byline_inside": {"byline_inside": False},
    "no records": {"records": False},
    "no short_records": {"short_records": False},
    "no notes": {"notes": False},
    "no dated_lead": {"dated_lead": False},
    "no signed_verse": {"signed_verse": False},
    "no quotations": {"quotations": False},
    "no headed_lead": {"headed_lead": False},
    "no feed_days": {"feed_days": False},
    "no menu_top": {"menu_top": False},
    "no bio_top": {"bio_top": False},
    "no closing_pitch": {"closing_pitch": False},
    "no pitch_run": {"pitch_run": False},
    "no pitch_label": {"pitch_label": False},
    "no standing_notes": {"standing_notes": False},
    "no newsletter_pitch": {"newsletter_pitch": False},
    "no donation_pitch": {"donation_pitch": False},
    "no disclosures": {"disclosures": False},
    "no sponsored_notes": {"sponsored_notes": False},
    "no bare_more": {"bare_more": False},
    "no more_brackets": {"more_brackets": False},
    "no empty_headings": {"empty_headings": False},
    "no marks": {"marks": False},
    "no day_headings": {"day_headings": False},
    "no step_numbers": {"step_numbers": False},
    "no quantities": {"quantities": False},
    "no byline_again": {"byline_again": False},
    "no byline_beside": {"byline_beside": False},
    "no opening_repeats": {"opening_repeats": False},
    "no dated_lines": {"dated_lines": False},
    "no lone_numbers": {"lone_numbers": False},
    "no label_credits": {"label_credits": False},
    "no credited_captions": {"credited_captions": False},
    "no credit_over_caption": {"credit_over_caption": False},
    "no glued_credits": {"glued_credits": False},
    "no label_buttons": {"label_buttons": False},
    "no credits": {"credits": False},
    "no short_body": {"short_body": False},
    "no numbers": {"numbers": False},
    "no step_runs": {"step_runs": False},
    "no sentence_lists": {"sentence_lists": False},
    "no nested_steps": {"nested_steps": False},
    "no sign_offs": {"sign_offs": False},
    "no announced_links": {"announced_links": False},
    "no threads": {"threads": False},
    "no inner_lists": {"inner_lists": False},
    "no list_below": {"list_below": False},
    "no list_over": {"list_over": False},
    "no fact_sheet": {"fact_sheet": False},
    "no label_below": {"label_below": False},
    "no footnotes": {"footnotes": False},
    "no spaced_lists": {"spaced_lists": False},
    "no sources_below": {"sources_below": False},
    "no grouped_items": {"grouped_items": False},
    "no postscripts": {"postscripts": False},
    "no contents_reach": {"contents_reach": False},
    "no contents_run": {"contents_run": False},
    "no list_labels": {"list_labels": False},
    "no announced_above": {"announced_above": False},
    "no embeds": {"embeds": False},
    "no placings": {"placings": False},
    "no author_box": {"author_box": False},
    "no byline_bios": {"byline_bios": False},
    "no closing_bios": {"closing_bios": False},
    "no teaser_rails": {"teaser_rails": False},
    "no teaser_boxes": {"teaser_boxes": False},
    "no dated_rails": {"dated_rails": False},
    "no dated_cards": {"dated_cards": False},
    "no lead_under_title": {"lead_under_title": False},
    "no standfirst": {"standfirst": 0},
    "no header_standfirst": {"header_standfirst": False},  # the header's field: no F1 moves
    "no dek_over_byline": {"dek_over_byline": False},
    "no line_over_lead": {"line_over_lead": False},
    "no quote_dashes": {"quote_dashes": False},
    "no framed_labels": {"framed_labels": False},
    "no later_parts": {"later_parts": False},
    "no lone_lines": {"lone_lines": False},
}
GRID = {
    "packed_factor": (0.1, 0.2, 0.3),
    "short": (-2.0, -1.5, -1.0),
    "short_paragraph": (0.3, 0.6, 0.9),
    "long_words": (12, 15, 18),
}


def load_scorer():
    spec = importlib.util.spec_from_file_location("score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def page_figures(scorer, truth: str, doc_json: str) -> tuple[float | None, float | None]:
    """(precision, recall) of one page as score.py counts them; None where it skips one."""
    body = "\n".join(scorer.block_text(b) for b in json.loads(doc_json)["blocks"])
    st, sp = scorer.shingles(truth), scorer.shingles(body)
    tp, fp, fn = sum((st & sp).values()), sum((sp - st).values()), sum((st - sp).values())
    if fp == fn == 0:
        return 1.0, 1.0
    return (tp / (tp + fp) if tp + fp else None), (tp / (tp + fn) if tp + fn else None)


def f1(rows: list[tuple[float | None, float | None]]) -> dict:
    p = statistics.fmean([r[0] for r in rows if r[0] is not None] or [0.0])
    r = statistics.fmean([r[1] for r in rows if r[1] is not None] or [0.0])
    return {"precision": round(p, 4), "recall": round(r, 4),
            "f1": round(2 * p * r / (p + r) if p + r else 0.0, 4)}


def page_f1(row: tuple[float | None, float | None]) -> float:
    p, r = row[0] or 0.0, row[1] or 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def below_half(rows: dict[str, tuple[float | None, float | None]]) -> int:
    return sum(page_f1(row) < 0.5 for row in rows.values())


def worst_sites(rows: dict[str, tuple[float | None, float | None]], site: dict[str, str],
                n: int = 5) -> list[tuple[str, float]]:
    """The ``n`` sites with the lowest mean page F1."""
    by_site: dict[str, list[float]] = {}
    for i, row in rows.items():
        by_site.setdefault(site[i], []).append(page_f1(row))
    return sorted(((s, round(statistics.fmean(v), 3)) for s, v in by_site.items()),
                  key=lambda x: x[1])[:n]


def run() -> dict:
    scorer = load_scorer()
    truth = json.loads((SHARED / "dev" / "ground-truth.json").read_text(encoding="utf-8"))
    ids = page_ids()
    texts = {i: page_input(i, "text") for i in ids}
    site = {i: (urlparse(truth[i]["url"]).hostname or "").removeprefix("www.") for i in ids}
    grid = [replace(WEIGHTS, **dict(zip(GRID, values, strict=True)))
            for values in itertools.product(*GRID.values())]
    figures = {w: {i: page_figures(scorer, truth[i]["articleBody"], to_json(clean_text(texts[i], weights=w)))
                   for i in ids} for w in grid}
    held_out: dict[str, tuple] = {}
    chosen: list[Weights] = []
    for s in sorted(set(site.values())):
        train = [i for i in ids if site[i] != s]
        # an exact tie goes to the shipped weights, as in html_sitecv (not to the grid's order)
        best = max(grid, key=lambda w: (f1([figures[w][i] for i in train])["f1"], w == WEIGHTS))
        chosen.append(best)
        held_out.update({i: figures[best][i] for i in ids if site[i] == s})
    common, times = Counter(chosen).most_common(1)[0]
    shipped = f1([figures[WEIGHTS][i] for i in ids]) if WEIGHTS in figures else None
    ours = figures.get(WEIGHTS) or {i: page_figures(scorer, truth[i]["articleBody"],
                                                    to_json(clean_text(texts[i]))) for i in ids}
    rows = {i: ours[i] for i in ids}
    ablations = {}
    for name, switched in ABLATIONS.items():
        settings = replace(SETTINGS, **switched)
        other = {i: page_figures(scorer, truth[i]["articleBody"],
                                 to_json(clean_text(texts[i], settings=settings))) for i in ids}
        cv, preferring = {}, 0
        for s in sorted(set(site.values())):
            train = [i for i in ids if site[i] != s]
            better = f1([other[i] for i in train])["f1"] > f1([rows[i] for i in train])["f1"]
            preferring += better
            cv.update({i: (other if better else rows)[i] for i in ids if site[i] == s})
        ablations[name] = {"dev": f1(list(other.values()))["f1"],
                           "site_cv_vs_shipped": f1(list(cv.values()))["f1"],
                           "folds_preferring": preferring}
    return {"sites": len(set(site.values())), "pages": len(ids), "grid_points": len(grid),
            "worst_sites": worst_sites(rows, site), "below_half": below_half(rows),
            "site_cv": f1([held_out[i] for i in ids]), "shipped_weights_on_dev": shipped,
            "folds_choosing_shipped": sum(w == WEIGHTS for w in chosen),
            "most_chosen": {k: getattr(common, k) for k in GRID}, "most_chosen_folds": times,
            "ablations": ablations}


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
    sys.exit(0)
