"""The cleaner in one table: both modes × dev F1, site-CV F1, worst sites, pages below .5, metadata,
the held-out set of other sites (benchmarks.heldout: snippet F1, pages keeping under half) and
Mozilla Readability's test pages (benchmarks.readability_suite: mean F1, below .5, title)."""

from __future__ import annotations

from benchmarks import heldout, html_sitecv, metadata_score, metadata_sitecv, readability_suite, text_sitecv

# Saved pages: the site-CV chooses between the candidate modes per held-out site (all the
# ablations: python -m benchmarks.html_sitecv, several minutes on a shared machine).
HTML_VARIANTS = ["pick=trafilatura", "pick=readability"]


def run() -> dict:
    html = html_sitecv.run(only=HTML_VARIANTS)
    text = text_sitecv.run()
    truth = metadata_score.truths()
    meta = {kind: {**metadata_score.score(kind, truth=truth),
                   "cv": metadata_sitecv.run(kind)["site_cv_all_variants"]} for kind in ("html", "text")}
    rows = {
        "saved page": {"dev_f1": html["shipped_dev"]["f1"], "site_cv_f1": html["site_cv_all_variants"]["f1"],
                       "worst_sites": html["worst_sites"], "below_half": html["below_half"],
                       **_meta(meta["html"])},
        "copied text": {"dev_f1": text["shipped_weights_on_dev"]["f1"], "site_cv_f1": text["site_cv"]["f1"],
                        "worst_sites": text["worst_sites"], "below_half": text["below_half"],
                        **_meta(meta["text"])},
    }
    rows.update({f"anchor: {name}": {"dev_f1": a["dev"]["f1"], "below_half": a["below_half"]}
                 for name, a in html["anchors"].items()})
    for mode, ours in (("saved", "saved page"), ("copied", "copied text")):
        for name, figures in _held_out(mode).items():
            row = rows[ours] if name == "access" else rows.setdefault(f"anchor: {name}", {})
            row.update({"held_out_f1": figures["f1"], "held_out_under_half": figures["under_half"]})
        for name, figures in _suite(mode).items():
            row = rows[ours] if name == "access" else rows.setdefault(f"anchor: {name}", {})
            row.update({"suite_f1": figures["mean_f1"], "suite_below_half": figures["below_half"],
                        "suite_title": figures["title_f1"]})
    return rows


def _suite(mode: str) -> dict[str, dict]:
    """Each extractor's figures on Mozilla Readability's test pages; none when they are not here."""
    if not readability_suite.SUITE.is_dir():
        return {}
    return readability_suite.report(mode)["table"]


def _held_out(mode: str) -> dict[str, dict]:
    """Each extractor's figures on the held-out pages; none when the set is not here."""
    if not (heldout.HELDOUT / "evaldata.json").is_file():
        return {}
    return heldout.report(mode, 0)["table"]


def _meta(scores: dict) -> dict:
    cv = scores["cv"]
    return {"title_f1": scores["title"], "title_shown_f1": scores["title_visible"],
            "byline_acc": scores["byline"], "date_acc": scores["date"],
            "meta_site_cv": "/".join(f"{cv[f]:.3f}" for f in ("title", "title_visible", "byline", "date"))}


def table(rows: dict) -> str:
    """The figures as one plain-text table."""
    head = ["mode", "dev F1", "site-CV F1", "<.5", "held-out F1", "<½ kept", "suite F1", "suite <.5",
            "suite title", "title F1",
            "shown title", "byline", "date", "site-CV title/shown/byline/date", "worst five sites"]
    lines = []
    for mode, r in rows.items():
        worst = ", ".join(f"{s} {f:.2f}" for s, f in r.get("worst_sites", []))
        lines.append([mode, _fmt(r.get("dev_f1")), _fmt(r.get("site_cv_f1")),
                      str(r.get("below_half", "-")), _fmt(r.get("held_out_f1")),
                      str(r.get("held_out_under_half", "-")), _fmt(r.get("suite_f1")),
                      str(r.get("suite_below_half", "-")), _fmt(r.get("suite_title"), 3),
                      _fmt(r.get("title_f1"), 3), _fmt(r.get("title_shown_f1"), 3),
                      _fmt(r.get("byline_acc"), 3), _fmt(r.get("date_acc"), 3),
                      r.get("meta_site_cv", "-"), worst])
    widths = [max(len(x[i]) for x in [head, *lines]) for i in range(len(head))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
                     for row in [head, *lines])


def _fmt(value: float | None, digits: int = 4) -> str:
    return "-" if value is None else f"{value:.{digits}f}"
