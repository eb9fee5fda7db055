"""Cross-validate the saved-page cleaner by site: every rule, trim and threshold against its
ablation, with plain trafilatura and readability-lxml as anchors in the same run.

    python -m benchmarks.html_sitecv [VARIANT,VARIANT,…]   (default: all variants)

Variants are HtmlSettings (access/clean/html/) with one choice changed. For each site (the
host of a page's ground-truth url) the variant best on the *other* sites' pages is applied to
that site's pages: the pooled held-out figure is the site-CV F1. Each ablation is also judged
alone: "folds" is how many held-out sites' training sets prefer the ablation to the shipped
settings; an ablation that most folds prefer means the rule does not earn its place.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import replace
from urllib.parse import urlparse

import lxml.html
import trafilatura
from readability import Document as ReadabilityDocument

from access.clean.html import SETTINGS, HtmlSettings, clean_html
from access.document import to_json
from benchmarks.devscore import SHARED
from benchmarks.devscore_html import page_ids, page_markup
from benchmarks.text_sitecv import below_half, f1, load_scorer, page_figures, worst_sites

Figures = dict[str, tuple[float | None, float | None]]


def variants(base: HtmlSettings = SETTINGS) -> dict[str, HtmlSettings]:
    """The shipped settings and each one-choice change of them."""
    pick, trim = base.pick, base.trim
    return {
        "shipped": base,
        "pick=trafilatura": replace(base, pick=replace(pick, mode="trafilatura")),
        "pick=readability": replace(base, pick=replace(pick, mode="readability")),
        "readability-lxml package": replace(base, pick=replace(pick, port=False)),
        "no segment merge": replace(base, pick=replace(pick, segments=False)),
        "no main frame": replace(base, pick=replace(pick, main_frame=False)),
        "comments kept": replace(base, pick=replace(pick, uncommented=False)),
        "no editorial leads": replace(base, pick=replace(pick, leads=False)),
        "no disagree": replace(base, pick=replace(pick, disagree=0.0)),
        "disagree .3": replace(base, pick=replace(pick, disagree=0.3)),
        "shared .4": replace(base, pick=replace(pick, shared=0.4)),
        "shared .8": replace(base, pick=replace(pick, shared=0.8)),
        "scrap .3": replace(base, pick=replace(pick, scrap=0.3)),
        "scrap .5": replace(base, pick=replace(pick, scrap=0.5)),
        "no prose_apart": replace(base, pick=replace(pick, prose_apart=False)),
        "no adjoin": replace(base, pick=replace(pick, adjoin=0)),
        "no overlap": replace(base, pick=replace(pick, overlap=False)),
        "no span_fit": replace(base, pick=replace(pick, span_fit=False)),
        "no shown_gap": replace(base, pick=replace(pick, shown_gap=False)),
        "no fuller": replace(base, pick=replace(pick, fuller=False)),
        "no edge_sections": replace(base, pick=replace(pick, edge_sections=False)),
        "no lead_run": replace(base, pick=replace(pick, lead_run=0)),
        "lead_run 1": replace(base, pick=replace(pick, lead_run=1)),
        "no lead_past": replace(base, pick=replace(pick, lead_past=0)),
        "no lead_long": replace(base, pick=replace(pick, lead_long=0)),
        "no lead_boxes": replace(base, lead_boxes=False),
        "no bare_lead_boxes": replace(base, bare_lead_boxes=False),
        "no lead_under_pictures": replace(base, lead_under_pictures=False),
        "header_reach 1": replace(base, header_reach=1),
        "standfirsts": replace(base, standfirsts=True),
        "no nested_headers": replace(base, nested_headers=False),
        "no bare_holders": replace(base, bare_holders=False),
        "no lead_repeats": replace(base, lead_repeats=False),
        "fallback_apart": replace(base, pick=replace(pick, fallback_apart=True)),
        "no fallback_edges": replace(base, pick=replace(pick, fallback_edges=False)),
        "fallback_apart, scrap .5": replace(base, pick=replace(pick, fallback_apart=True, scrap=0.5)),
        "denser": replace(base, pick=replace(pick, denser=not pick.denser)),
        "edge_keep .3": replace(base, pick=replace(pick, edge_keep=0.3)),
        "edge_keep .7": replace(base, pick=replace(pick, edge_keep=0.7)),
        "no keep_prose": replace(base, pick=replace(pick, keep_prose=False)),
        "no gaps": replace(base, pick=replace(pick, gaps=False)),
        "gap_run 1": replace(base, pick=replace(pick, gap_run=1)),
        "no gap_pictures": replace(base, pick=replace(pick, gap_pictures=False)),
        "no gap_labels": replace(base, pick=replace(pick, gap_labels=False)),
        "no captions": replace(base, pick=replace(pick, captions=False)),
        "no edge_prose": replace(base, pick=replace(pick, edge_prose=False)),
        "no stamp_lines": replace(base, trim=replace(trim, stamp_lines=False)),
        "tail_heads": replace(base, pick=replace(pick, tail_heads=not pick.tail_heads)),
        "edge passes pictures only": replace(base, pick=replace(pick, edge_passes=("graphic",))),
        "edge passes pictures, headings": replace(base, pick=replace(
            pick, edge_passes=("graphic", "head"))),
        "no edge_picture": replace(base, pick=replace(pick, edge_picture=False)),
        "no lead_heads": replace(base, pick=replace(pick, lead_heads=0)),
        "no edge_gallery": replace(base, pick=replace(pick, edge_gallery=False)),
        "lead_heads 20": replace(base, pick=replace(pick, lead_heads=20)),
        "no edge_run": replace(base, pick=replace(pick, edge_run=0)),
        "edge_run 3": replace(base, pick=replace(pick, edge_run=3)),
        "no edge_other": replace(base, pick=replace(pick, edge_other=0.0)),
        "edge_other .1": replace(base, pick=replace(pick, edge_other=0.1)),
        "edge_other .5": replace(base, pick=replace(pick, edge_other=0.5)),
        "no short_shared": replace(base, pick=replace(pick, short_shared=False)),
        "no repeats_unshared": replace(base, pick=replace(pick, repeats_unshared=False)),
        "no repeats_whole": replace(base, pick=replace(pick, repeats_whole=False)),
        "no repeats": replace(base, pick=replace(pick, repeats=False)),
        "no fallback": replace(base, pick=replace(pick, fallback=False)),
        "caption_beside 40": replace(base, caption_beside=40),
        "caption_share .6": replace(base, caption_share=0.6),
        "no caption_below": replace(base, caption_below=False),
        "no caption_again": replace(base, caption_again=False),
        "no loose_captions": replace(base, loose_captions=False),
        "no labelled_captions": replace(base, labelled_captions=0),
        "no credit_again": replace(base, credit_again=False),
        "no controls": replace(base, controls=False),
        "no dialogs": replace(base, dialogs=False),
        "comments kept in the page": replace(base, comments_out=False),
        "no caption_classes": replace(base, caption_classes=False),
        "no credit_lines": replace(base, credit_lines=False),
        "no title_captions": replace(base, title_captions=False),
        "no lone_items": replace(base, lone_items=False),
        "no item_parts": replace(base, item_parts=False),
        "no step_numbers": replace(base, step_numbers=False),
        "no quantities": replace(base, quantities=False),
        "no byline_again": replace(base, byline_again=False),
        "no byline_beside": replace(base, byline_beside=False),
        "no teaser_lines": replace(base, teaser_lines=False),
        "no teaser_labels": replace(base, teaser_labels=False),
        "no blank_line_paragraphs": replace(base, blank_line_paragraphs=False),
        "no blank_line_heads": replace(base, blank_line_heads=False),
        "no blank_line_speakers": replace(base, blank_line_speakers=False),
        "no disclosures": replace(base, disclosures=False),
        "no file_notes": replace(base, file_notes=False),
        "no closing_pitch": replace(base, closing_pitch=False),
        "no pitch_run": replace(base, pitch_run=False),
        "no pitch_words": replace(base, pitch_words=0),
        "no pitch_label": replace(base, pitch_label=False),
        "no pitch_opening": replace(base, pitch_opening=False),
        "no link_tail": replace(base, link_tail=False),
        "no more_brackets": replace(base, more_brackets=False),
        "no marks": replace(base, marks=False),
        "no chrome_quotes": replace(base, chrome_quotes=False),
        "no dangling_heading": replace(base, trim=replace(trim, dangling_heading=False)),
        "no empty_sections": replace(base, trim=replace(trim, empty_sections=False)),
        "caption_share 1": replace(base, caption_share=1.0),
        "no alt_prose": replace(base, alt_prose=False),
        "no empty_tails": replace(base, empty_tails=False),
        "no recall_retry": replace(base, recall_retry=False),
        "recall_below 150": replace(base, recall_below=150),
        "no retry_no_prose": replace(base, retry_no_prose=False),
        "no retry_prose": replace(base, retry_prose=0),
        "retry_prose 40": replace(base, retry_prose=40),
        "retry_lines 1": replace(base, retry_lines=1),
        "no escalate": replace(base, escalate=False),
        "no prose_heads": replace(base, prose_heads=0),
        "no header_lead": replace(base, header_lead=False),
        "no residue": replace(base, residue=False),
        "no promo_ends": replace(base, promo_ends=False),
        "no stop_before_most": replace(base, stop_before_most=False),
        "no inline_images": replace(base, inline_images=False),
        "no math": replace(base, math=False),
        "no loose_lines": replace(base, loose_lines=False),
        "no prose_divs": replace(base, prose_divs=False),
        "no item_blocks": replace(base, item_blocks=False),
        "no class_boxes": replace(base, class_boxes=False),
        "no repeated_captions": replace(base, trim=replace(trim, repeated_captions=False)),
    }


def _readability_text(markup: str) -> str:
    summary = ReadabilityDocument(markup).summary(html_partial=True)
    return lxml.html.fromstring(summary).text_content() if summary.strip() else ""


ANCHORS: dict[str, Callable[[str], str]] = {
    "trafilatura favor_precision": lambda m: trafilatura.extract(m, favor_precision=True) or "",
    "trafilatura default": lambda m: trafilatura.extract(m) or "",
    "readability-lxml": _readability_text,
}


def site_of(url: str) -> str:
    return (urlparse(url).hostname or "").removeprefix("www.")


def held_out(figures: dict[str, Figures], names: list[str], ids: list[str],
             site: dict[str, str]) -> tuple[Figures, dict[str, str]]:
    """Leave one site out: each site's pages scored with the variant best on the others."""
    out: Figures = {}
    chosen: dict[str, str] = {}
    for s in sorted(set(site.values())):
        train = [i for i in ids if site[i] != s]
        best = max(names, key=lambda n: (f1([figures[n][i] for i in train])["f1"], n == names[0]))
        chosen[s] = best
        out.update({i: figures[best][i] for i in ids if site[i] == s})
    return out, chosen


def run(with_ablations: bool = True, only: list[str] | None = None) -> dict:
    scorer = load_scorer()
    truth = json.loads((SHARED / "dev" / "ground-truth.json").read_text(encoding="utf-8"))
    ids = page_ids()
    pages = {i: page_markup(i) for i in ids}
    site = {i: site_of(truth[i]["url"]) for i in ids}
    table = variants() if with_ablations else {"shipped": SETTINGS}
    table = {k: v for k, v in table.items() if not only or k == "shipped" or k in only}
    figures: dict[str, Figures] = {}
    for name, settings in table.items():
        figures[name] = {i: page_figures(scorer, truth[i]["articleBody"],
                                         to_json(clean_html(pages[i], settings=settings)))
                         for i in ids}
    anchors = {}
    for name, extract in ANCHORS.items():
        rows = {}
        for i in ids:
            body = extract(pages[i])
            doc = json.dumps({"blocks": [{"type": "paragraph", "text": body}]})
            rows[i] = page_figures(scorer, truth[i]["articleBody"], doc)
        anchors[name] = {"dev": f1(list(rows.values())), "below_half": below_half(rows)}
    shipped = figures["shipped"]
    report = {
        "sites": len(set(site.values())), "pages": len(ids),
        "shipped_dev": f1(list(shipped.values())),
        "worst_sites": worst_sites(shipped, site),
        "below_half": below_half(shipped),
        "anchors": anchors,
    }
    if with_ablations:
        names = list(table)
        cv_rows, chosen = held_out(figures, names, ids, site)
        report["site_cv_all_variants"] = f1(list(cv_rows.values()))
        report["chosen_per_fold"] = {n: sum(c == n for c in chosen.values()) for n in names
                                     if any(c == n for c in chosen.values())}
        ablations = {}
        for name in names[1:]:
            rows, picks = held_out(figures, ["shipped", name], ids, site)
            ablations[name] = {"dev": f1(list(figures[name].values()))["f1"],
                               "site_cv_vs_shipped": f1(list(rows.values()))["f1"],
                               "folds_preferring": sum(p == name for p in picks.values())}
        report["ablations"] = ablations
    return report


if __name__ == "__main__":
    print(json.dumps(run(only=[n for n in sys.argv[1].split(",")] if len(sys.argv) > 1 else None),
                     indent=2))
    sys.exit(0)
