"""Title, byline and date on the held-out pages (benchmarks.heldout), truth read from each
page's HTML as benchmarks.metadata_score reads the dev pages'.

    python -m benchmarks.heldout_metadata [--show N]

Both modes of access, with trafilatura's metadata as the saved-page anchor and the first line
of the copied text as the copied-text anchor for titles.
"""

from __future__ import annotations

import argparse
import json
import sys

import lxml.etree

from access.clean.html.prepare import XML_DECLARATION
from benchmarks import heldout
from benchmarks.metadata_score import FIELDS, page_row, page_truth, predict, summary


def trafilatura_metadata(markup: str) -> tuple[str, str, str]:
    import trafilatura
    found = trafilatura.extract_metadata(markup)
    return (found.title or "", found.author or "", found.date or "") if found else ("", "", "")


def first_line(text: str) -> tuple[str, str, str]:
    return next((line.strip() for line in text.splitlines() if line.strip()), ""), "", ""


def declared_truth(markup: str) -> dict[str, str]:
    """What the page declares; nothing for a page lxml cannot parse."""
    try:
        return page_truth(XML_DECLARATION.sub("", markup, count=1))
    except (lxml.etree.ParserError, ValueError):
        return {f: "" for f in FIELDS}


def run(show: int = 0) -> dict:
    pages = heldout.items()
    truth = {u: declared_truth(heldout.page_markup(i)) for u, i in pages.items()}
    modes = {
        "saved page": lambda i: predict("html", heldout.page_markup(i)),
        "anchor: trafilatura metadata": lambda i: trafilatura_metadata(heldout.page_markup(i)),
        "copied text": lambda i: predict("text", heldout.copied_text(i) or ""),
        "anchor: copied text's first line": lambda i: first_line(heldout.copied_text(i) or ""),
    }
    report = {}
    for name, guess in modes.items():
        rows, misses = [], []
        for url, item in pages.items():
            pred = guess(item)
            row = page_row(pred, truth[url])
            rows.append(row)
            misses += [(item["file"], f, pred[0] if f.startswith("title") else
                        pred[1] if f == "byline" else pred[2], truth[url][f])
                       for f, v in row.items() if v < 0.5 and f in FIELDS]
        report[name] = {**summary(rows), "pages": {f: sum(f in r for r in rows) for f in FIELDS}}
        if show:
            report[name]["misses"] = misses[:show]
    return report


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="list this many misses per mode")
    args = parser.parse_args(argv)
    print(json.dumps(run(args.show), indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
