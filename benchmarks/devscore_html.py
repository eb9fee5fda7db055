"""Score the HTML cleaner on every dev page with the team's score.py.

    python -m benchmarks.devscore_html [PRED_DIR] [--worst N]

Writes one ``<id>.json`` document per dev page (``<id>.html.gz`` → clean_html) into PRED_DIR
(a temp folder when none is given), then prints score.py's figures; ``--worst N`` also lists
the N lowest-scoring pages.
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from access.clean.html import clean_html
from access.document import to_json

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "bench" / "extraction"
DEV_PAGES = SHARED / "dev" / "pages"
SCORER = SHARED / "score.py"


def page_ids() -> list[str]:
    """Every dev page id, sorted."""
    return sorted(p.name.removesuffix(".html.gz") for p in DEV_PAGES.glob("*.html.gz"))


def page_markup(page_id: str) -> str:
    """The saved HTML of one dev page."""
    return gzip.decompress((DEV_PAGES / f"{page_id}.html.gz").read_bytes()).decode("utf-8")


def predict(out_dir: Path) -> None:
    """Write one cleaned document per dev page into ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for page_id in page_ids():
        doc = clean_html(page_markup(page_id))
        (out_dir / f"{page_id}.json").write_text(to_json(doc), encoding="utf-8")


def score(out_dir: Path, worst: int = 0) -> dict | str:
    """score.py's figures as a dict; with ``worst``, its printed report instead."""
    args = [sys.executable, str(SCORER), str(out_dir)]
    args += ["--worst", str(worst)] if worst else ["--json"]
    result = subprocess.run(args, capture_output=True, text=True, check=True)
    return result.stdout if worst else json.loads(result.stdout)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pred_dir", type=Path, nargs="?")
    parser.add_argument("--worst", type=int, default=0)
    args = parser.parse_args(argv)
    out_dir = args.pred_dir or Path(tempfile.mkdtemp(prefix="dev-html-"))
    predict(out_dir)
    figures = score(out_dir, args.worst)
    print(figures if args.worst else json.dumps({"predictions": str(out_dir), **figures}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
