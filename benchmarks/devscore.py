"""Score the cleaners on the extraction dev set with the team's score.py.

    python -m benchmarks.devscore text|html [PRED_DIR]
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from access.clean import clean_html, clean_text
from access.document import to_json

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "bench" / "extraction"
DEV_PAGES = SHARED / "dev" / "pages"
SCORER = SHARED / "score.py"


def page_ids() -> list[str]:
    return sorted(p.name.removesuffix(".txt") for p in DEV_PAGES.glob("*.txt"))


def page_input(page_id: str, kind: str) -> str:
    if kind == "html":
        return gzip.decompress((DEV_PAGES / f"{page_id}.html.gz").read_bytes()).decode("utf-8")
    return (DEV_PAGES / f"{page_id}.txt").read_text(encoding="utf-8")


def clean_page(page_id: str, kind: str):
    text = page_input(page_id, kind)
    return clean_html(text) if kind == "html" else clean_text(text)


def predict(kind: str, out_dir: Path) -> None:
    """Write one cleaned document per dev page into ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for page_id in page_ids():
        (out_dir / f"{page_id}.json").write_text(to_json(clean_page(page_id, kind)), encoding="utf-8")


def score(out_dir: Path) -> dict:
    """score.py's figures (pages, empty, precision, recall, f1) for ``out_dir``."""
    result = subprocess.run([sys.executable, str(SCORER), str(out_dir), "--json"],
                            capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def main(argv: list[str]) -> int:
    kind = argv[0] if argv else "text"
    out_dir = Path(argv[1]) if len(argv) > 1 else Path(tempfile.mkdtemp(prefix=f"dev-{kind}-"))
    predict(kind, out_dir)
    print(json.dumps({"kind": kind, "predictions": str(out_dir), **score(out_dir)}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
