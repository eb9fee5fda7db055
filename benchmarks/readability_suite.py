"""The cleaner on Mozilla Readability's own test pages: 130 pages of mixed sites, languages and
edge cases, each with the article Readability.js extracts and the metadata it reads.

    python -m benchmarks.readability_suite [saved|copied|both] [--render] [--worst N]

The pages (github.com/mozilla/readability, test/test-pages) live outside the repository, at
``$ACCESS_READABILITY`` (default /work/heldout/readability): ``<page>/source.html``,
``expected.html``, ``expected-metadata.json``, and ``copied.txt`` (the page's innerText in
Chromium; ``--render`` writes the missing ones). Every file is UTF-8, whatever charset a page
declares (the suite's own harness reads them so). A page's F1 is score.py's (4-word shingles)
against the text of expected.html; the figure is the mean page F1, with the pages below .5,
and the title's token F1 against the expected title. Anchors in the same run: trafilatura
(favor_precision) and readability-lxml for saved pages, the raw copied text for copied text.
Measured only, never tuned on: it is one of the sets the issue's acceptance is judged on.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
from collections.abc import Callable
from pathlib import Path

import lxml.html

from access.document import to_json
from access.errors import AccessError
from benchmarks.metadata_score import token_f1
from benchmarks.text_sitecv import load_scorer, page_f1, page_figures

SUITE = Path(os.environ.get("ACCESS_READABILITY", "/work/heldout/readability"))
Extract = Callable[[str], tuple[str, str]]  # input → (body JSON, title)


def pages() -> list[Path]:
    return sorted(p for p in SUITE.iterdir() if (p / "source.html").is_file())


def expected_text(page: Path) -> str:
    return lxml.html.fromstring((page / "expected.html").read_text(encoding="utf-8")).text_content()


def expected_title(page: Path) -> str:
    return json.loads((page / "expected-metadata.json").read_text(encoding="utf-8")).get("title") or ""


def _as_body(text: str | None) -> str:
    return json.dumps({"blocks": [{"type": "paragraph", "text": text or ""}]})


def _access(clean: Callable) -> Extract:
    def run(text: str) -> tuple[str, str]:
        try:
            doc = clean(text)
        except AccessError:  # refused: nothing kept
            return _as_body(""), ""
        return to_json(doc), doc.title
    return run


def saved_extractors() -> dict[str, Extract]:
    import trafilatura
    from readability import Document as ReadabilityDocument

    from access.clean.html import clean_html

    def readability(markup: str) -> tuple[str, str]:
        document = ReadabilityDocument(markup)
        summary = document.summary(html_partial=True)
        text = lxml.html.fromstring(summary).text_content() if summary.strip() else ""
        return _as_body(text), document.short_title()

    def traf(markup: str) -> tuple[str, str]:
        text = trafilatura.extract(markup, favor_precision=True, include_comments=False)
        meta = trafilatura.extract_metadata(markup)
        return _as_body(text), (meta.title or "") if meta else ""

    return {"access": _access(clean_html), "trafilatura favor_precision": traf,
            "readability-lxml": readability}


def copied_extractors() -> dict[str, Extract]:
    from access.clean.text import clean_text

    def raw(text: str) -> tuple[str, str]:
        return _as_body(text), next((line.strip() for line in text.splitlines() if line.strip()), "")

    return {"access": _access(clean_text), "raw copied text": raw}


def _guarded(extract: Extract) -> Extract:
    def run(text: str) -> tuple[str, str]:
        try:
            return extract(text)
        except Exception:  # a library's crash on an odd page costs that page
            return _as_body(""), ""
    return run


def report(mode: str, worst: int = 0) -> dict:
    scorer = load_scorer()
    found = pages()
    if mode == "copied":
        found = [p for p in found if (p / "copied.txt").is_file()]
        extractors, source = copied_extractors(), "copied.txt"
    else:
        extractors, source = saved_extractors(), "source.html"
    inputs = {p.name: (p / source).read_text(encoding="utf-8", errors="replace") for p in found}
    truths = {p.name: (expected_text(p), expected_title(p)) for p in found}
    table = {}
    for name, extract in extractors.items():
        extract = _guarded(extract) if name != "access" else extract
        rows, titles = {}, []
        for page, text in inputs.items():
            body, title = extract(text)
            rows[page] = page_f1(page_figures(scorer, truths[page][0], body))
            if truths[page][1]:
                titles.append(token_f1(title, truths[page][1]))
        table[name] = {"mean_f1": round(statistics.fmean(rows.values()), 4),
                       "below_half": sum(f < 0.5 for f in rows.values()),
                       "title_f1": round(statistics.fmean(titles), 3) if titles else None,
                       "pages": len(rows)}
        if worst and name == "access":
            ranked = sorted(rows.items(), key=lambda row: row[1])[:worst]
            table[name]["worst"] = [f"{f:.2f} {p}" for p, f in ranked]
    return {"mode": mode, "table": table}


def render_missing() -> None:
    from benchmarks.heldout_render import render
    render([(p / "source.html", p / "copied.txt") for p in pages() if not (p / "copied.txt").exists()],
           utf8=True)  # the suite's pages are UTF-8, as its own harness reads them


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", nargs="?", default="both", choices=["saved", "copied", "both"])
    parser.add_argument("--render", action="store_true", help="write the missing copied texts first")
    parser.add_argument("--worst", type=int, default=0)
    args = parser.parse_args(argv)
    if not SUITE.is_dir():
        print(f"no Readability test pages at {SUITE} (set ACCESS_READABILITY)", file=sys.stderr)
        return 2
    if args.render:
        render_missing()
    for mode in (["saved", "copied"] if args.mode == "both" else [args.mode]):
        print(json.dumps(report(mode, args.worst), indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
