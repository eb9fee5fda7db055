"""The cleaner on pages from sites it was never tuned on: trafilatura's public evaluation set.

    python -m benchmarks.heldout [saved|copied|both] [--worst N] [--versus LIBRARY] [--leaks]
    python -m benchmarks.heldout copied --misses [--under R]

The set (github.com/adbar/trafilatura, tests/eval and tests/evaldata.json) lives outside the
repository, at ``$ACCESS_HELDOUT`` (default /work/heldout/trafeval); each page has up to six
"with" snippets the article must contain and up to six "without" snippets of boilerplate it
must not. Scored as trafilatura scores it (whitespace-normalised substring tests): precision,
recall, F1 and accuracy over all snippets, plus the pages where access keeps under half of
the "with" snippets (its catastrophes) and how many of those a library gets. Pages from a dev
site are left out. ``copied`` needs ``text/<file>.txt`` (the page's innerText in Chromium).
trafilatura was tuned on this set, so its figure here flatters it. ``--versus "trafilatura
default"`` lists the pages where access keeps fewer snippets minus leaked ones than that
library, worst first, with both pages' counts: the losses to read by kind. ``--misses`` lists,
for each copied page keeping under ``--under`` (1.0) of its "with" snippets, where each missed one
stands against the kept body: "title" (the headline, which the scorer skips), "absent" (not in
the copied text at all: a paywall, a consent wall, ruby text), "above", "inside" (a line dropped
between kept ones) or "below", with how many characters of the copied text part it from the body,
and a count of each place.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path
from urllib.parse import urlparse

from access.document import to_json
from access.errors import AccessError
from access.read.source import decode
from benchmarks.devscore import SHARED

HELDOUT = Path(os.environ.get("ACCESS_HELDOUT", "/work/heldout/trafeval"))
SKIPPED = {"title", "caption", "figure", "image", "byline", "date", "metadata"}  # as score.py
Counts = tuple[int, int, int, int]  # true positives, false positives, false negatives, true negatives


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _host(url: str) -> str:
    return urlparse(url).netloc.lower().removeprefix("www.")


@cache
def dev_hosts() -> frozenset[str]:
    """The sites of the dev pages (none when the dev set is not beside the checkout)."""
    truth = SHARED / "dev" / "ground-truth.json"
    if not truth.is_file():
        return frozenset()
    return frozenset(_host(v["url"]) for v in json.loads(truth.read_text()).values())


def items() -> dict[str, dict]:
    """url → annotation with its page's ``path``, for every page whose file is present and
    whose site is not a dev site."""
    data = json.loads((HELDOUT / "evaldata.json").read_text(encoding="utf-8"))
    found = {}
    for url, item in sorted(data.items()):
        if _host(url) in dev_hosts():
            continue
        for folder in ("cache", "eval"):
            path = HELDOUT / folder / item["file"]
            if path.is_file():
                found[url] = {**item, "path": path}
                break
    return found


def page_markup(item: dict) -> str:
    data = item["path"].read_bytes()
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    return decode(data, is_html=True)


def copied_text(item: dict) -> str | None:
    path = HELDOUT / "text" / (item["file"] + ".txt")
    return path.read_text(encoding="utf-8") if path.is_file() else None


def block_text(block: dict) -> str:
    if str(block.get("type", "")).lower() in SKIPPED:
        return ""
    parts = [block["text"]] if isinstance(block.get("text"), str) else []
    for key in ("items", "children", "blocks", "rows", "cells"):
        parts += [block_text(c) if isinstance(c, dict) else str(c) for c in block.get(key) or []]
    return "\n".join(p for p in parts if p)


def body_text(doc) -> str:
    """The article body of a cleaned document, as the dev scorer reads it."""
    return "\n".join(block_text(b) for b in json.loads(to_json(doc)).get("blocks", []))


def count(item: dict, result: str | None) -> Counts:
    """(tp, fp, fn, tn) of one page's snippets in ``result``."""
    text = norm(result or "")
    tp = sum(1 for w in item["with"] if norm(w) in text) if text else 0
    fp = sum(1 for w in item["without"] if norm(w) in text) if text else 0
    return tp, fp, len(item["with"]) - tp, len(item["without"]) - fp


def figures(rows: list[Counts]) -> dict:
    tp, fp, fn, tn = (sum(r[i] for r in rows) for i in range(4))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4),
            "f1": round(2 * precision * recall / (precision + recall), 4) if tp else 0.0,
            "accuracy": round((tp + tn) / (tp + fp + fn + tn), 4), "pages": len(rows)}


def kept_under_half(row: Counts) -> bool:
    return row[0] * 2 < row[0] + row[2]


def run_access(extract: Callable[[dict], str | None], pages: dict[str, dict],
               leaked: dict[str, list[str]] | None = None) -> dict[str, Counts]:
    """Each page's counts; ``leaked`` collects the "without" snippets each page's output keeps."""
    rows = {}
    for url, item in pages.items():
        try:
            text = extract(item)
        except AccessError:
            text = None  # refused: every "with" snippet is lost
        rows[url] = count(item, text)
        if leaked is not None and rows[url][1]:
            leaked[f"{url} ({item['file']})"] = [w for w in item["without"] if norm(w) in norm(text or "")]
    return rows


def saved_extractors() -> dict[str, Callable[[dict], str | None]]:
    import trafilatura
    from readability import Document as ReadabilityDocument

    from access.clean.html import clean_html

    def readability_text(item: dict) -> str:
        import lxml.html
        summary = ReadabilityDocument(page_markup(item)).summary(html_partial=True)
        return lxml.html.fromstring(summary).text_content()

    return {
        "access": lambda item: body_text(clean_html(page_markup(item))),
        "trafilatura favor_precision": lambda item: trafilatura.extract(
            page_markup(item), favor_precision=True, include_comments=False),
        "trafilatura default": lambda item: trafilatura.extract(
            page_markup(item), include_comments=False),
        "readability-lxml": readability_text,
    }


def copied_extractors() -> dict[str, Callable[[dict], str | None]]:
    from access.clean.text import clean_text
    return {
        "access": lambda item: body_text(clean_text(copied_text(item))),
        "raw copied text": copied_text,
    }


def losses(ours: dict[str, Counts], theirs: dict[str, Counts], pages: dict[str, dict]) -> list[str]:
    """The pages where access scores below a library (kept minus leaked snippets), worst first:
    'access (kept/with, leaked/without) library (…) url (file)'."""
    def score(row: Counts) -> int:
        return row[0] - row[1]

    def shown(row: Counts) -> str:
        return f"{row[0]}/{row[0] + row[2]} {row[1]}/{row[1] + row[3]}"

    lost = sorted((score(ours[u]) - score(theirs[u]), u) for u in ours if score(ours[u]) < score(theirs[u]))
    return [f"{shown(ours[u])} vs {shown(theirs[u])} {u} ({pages[u]['file']})" for _, u in lost]


def report(mode: str, worst: int, only_access: bool = False, versus: str = "", leaks: bool = False) -> dict:
    pages = items()
    if mode == "copied":
        pages = {u: i for u, i in pages.items() if copied_text(i) is not None}
        extractors = copied_extractors()
    else:
        extractors = saved_extractors()
    table, ours, theirs = {}, {}, {}
    leaked: dict[str, list[str]] | None = {} if leaks else None
    for name, extract in extractors.items():
        if only_access and name not in ("access", versus):
            continue
        rows = _anchor_rows(mode, name, pages) if name != "access" else None
        if rows is None:
            rows = run_access(_guarded(extract), pages, leaked if name == "access" else None)
            if name != "access":
                _save_anchor_rows(mode, name, rows)
        ours = ours or rows
        theirs = rows if name == versus else theirs
        table[name] = {**figures(list(rows.values())),
                       "under_half": sum(map(kept_under_half, rows.values())),
                       "rows": rows}
    for name, entry in table.items():
        rows = entry.pop("rows")
        if name != "access":
            entry["access_under_half_it_keeps"] = sum(
                1 for u in rows if kept_under_half(ours[u]) and not kept_under_half(rows[u]))
    out = {"mode": mode, "table": table, **({"leaks": leaked} if leaks else {})}
    if worst:
        lost = sorted((r[0] / max(r[0] + r[2], 1), u) for u, r in ours.items())
        out["worst"] = [f"{share:.2f} {u} ({pages[u]['file']})" for share, u in lost[:worst]]
    if theirs:
        out["losses_to_" + versus.replace(" ", "_")] = losses(ours, theirs, pages)
    return out


def place(missed: str, raw: str, kept: list[str], title: str) -> str:
    """Where a missed snippet stands in the copied text ``raw`` against the kept blocks ``kept``
    (all normalised): "title", "absent", "above(N)", "inside" or "below(N)", N characters away."""
    spans, cursor = [], 0
    for block in kept:
        at = raw.find(block, cursor)
        at = at if at >= 0 else raw.find(block)
        if at >= 0:
            spans.append((at, at + len(block)))
            cursor = at
    at = raw.find(missed)
    if title and missed in title:
        return "title"
    if at < 0 or not spans:
        return "absent" if at < 0 else "no body"
    low, high = min(a for a, _ in spans), max(b for _, b in spans)
    return f"above({low - at})" if at < low else f"below({at - high})" if at > high else "inside"


def misses(under: float) -> dict:
    """Per copied page keeping under ``under`` of its snippets, where each missed one stands."""
    from collections import Counter

    from access.clean.text import clean_text
    pages, counts = {}, Counter()
    for url, item in items().items():
        raw = copied_text(item)
        if raw is None:
            continue
        doc = clean_text(raw)
        text = body_text(doc)
        tp, _, fn, _ = count(item, text)
        if not fn or tp / (tp + fn) >= under:
            continue
        kept = [norm(b) for b in text.split("\n") if norm(b)]
        found = norm(text)
        rows = [f"{place(norm(w), norm(raw), kept, norm(doc.title))} {w[:80]}"
                for w in item["with"] if norm(w) not in found]
        counts.update(row.split("(")[0].split()[0] for row in rows)
        pages[f"{tp}/{tp + fn} {url} ({item['file']})"] = rows
    return {"places": dict(counts.most_common()), "pages": pages}


def _anchor_file(mode: str, name: str) -> Path:
    """Where a library's rows are kept: they change only with its version."""
    from importlib.metadata import version
    package = {"trafilatura": "trafilatura", "readability-lxml": "readability-lxml"}.get(
        name.split()[0], "")
    tag = version(package) if package else "-"
    return HELDOUT / "anchors" / f"{mode}-{name.replace(' ', '_')}-{tag}.json"


def _anchor_rows(mode: str, name: str, pages: dict[str, dict]) -> dict[str, Counts] | None:
    path = _anchor_file(mode, name)
    if not path.is_file():
        return None
    rows = {u: tuple(r) for u, r in json.loads(path.read_text()).items()}
    return {u: rows[u] for u in pages} if set(pages) <= set(rows) else None


def _save_anchor_rows(mode: str, name: str, rows: dict[str, Counts]) -> None:
    from access.files import write_atomic
    write_atomic(_anchor_file(mode, name), json.dumps(rows))


def _guarded(extract: Callable[[dict], str | None]) -> Callable[[dict], str | None]:
    """A library's crash on an odd page costs its snippets, as in trafilatura's own run."""
    def run(item: dict) -> str | None:
        try:
            return extract(item)
        except AccessError:
            raise
        except Exception:  # the libraries raise anything on hostile markup
            return None
    return run


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", nargs="?", default="saved", choices=["saved", "copied", "both"])
    parser.add_argument("--worst", type=int, default=0)
    parser.add_argument("--misses", action="store_true", help="copied: where each missed snippet "
                        "stands against the kept body (title, absent, above, inside, below)")
    parser.add_argument("--under", type=float, default=1.0, help="--misses: pages keeping under this share")
    parser.add_argument("--only-access", action="store_true", help="skip the anchors")
    parser.add_argument("--versus", default="", help="list the pages where access scores below "
                        "this library (e.g. 'trafilatura default')")
    parser.add_argument("--leaks", action="store_true",
                        help="per page, the \"without\" snippets access keeps")
    args = parser.parse_args(argv)
    if not (HELDOUT / "evaldata.json").is_file():
        print(f"no held-out set at {HELDOUT} (set ACCESS_HELDOUT)", file=sys.stderr)
        return 2
    if args.misses:
        print(json.dumps(misses(args.under), indent=1, ensure_ascii=False))
        return 0
    for mode in (["saved", "copied"] if args.mode == "both" else [args.mode]):
        print(json.dumps(report(mode, args.worst, args.only_access, args.versus, args.leaks), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
