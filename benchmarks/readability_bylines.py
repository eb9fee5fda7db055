"""Bylines on Mozilla Readability's test pages, against the byline Readability.js reads there.

    python -m benchmarks.readability_bylines [--show]

A second held-out notion of the byline beside benchmarks.heldout_metadata's: trafilatura's set
takes the truth from what a page declares (JSON-LD authors), a third of which name a site, an
outlet or an account ("admin", "Deutsche Welle"); here the truth is the byline shown on the page
as Readability reads it (``expected-metadata.json``), cut at its first line break ("By Kelli
Miller" over the day below it). Scored as benchmarks.metadata_score scores bylines
(``byline_right``), over the pages with one, in both modes; also counted: the pages with no
expected byline that get one (a wrong one there costs nothing in the accuracy).
"""

from __future__ import annotations

import argparse
import json
import sys

from access.clean.html import clean_html
from access.clean.text import clean_text
from access.errors import AccessError
from benchmarks.metadata_score import byline_right
from benchmarks.readability_suite import pages


def expected_byline(page) -> str:
    meta = json.loads((page / "expected-metadata.json").read_text(encoding="utf-8"))
    return (meta.get("byline") or "").strip().split("\n")[0].strip()


def found_byline(page, mode: str) -> str:
    name = "copied.txt" if mode == "copied" else "source.html"
    if not (page / name).is_file():
        return ""
    text = (page / name).read_text(encoding="utf-8")
    try:
        return (clean_text(text) if mode == "copied" else clean_html(text)).byline
    except AccessError:
        return ""


def run(show: bool = False) -> dict:
    report = {}
    for mode in ("copied", "saved"):
        right, wrong, extra = [], [], []
        for page in pages():
            want, got = expected_byline(page), found_byline(page, mode)
            if want:
                (right if byline_right(got, want) else wrong).append((page.name, got, want))
            elif got:
                extra.append((page.name, got))
        report[mode] = {"pages": len(right) + len(wrong), "right": len(right),
                        "accuracy": round(len(right) / max(1, len(right) + len(wrong)), 3),
                        "given_where_none_expected": len(extra)}
        if show:
            report[mode] |= {"misses": wrong, "given_where_none": extra}
    return report


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list the misses and the extra bylines")
    print(json.dumps(run(parser.parse_args(argv).show), indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
