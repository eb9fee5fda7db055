"""Give every held-out page its copied text: ``document.body.innerText`` in Debian's Chromium,
scripts off and no network (what a reader's select-all-and-copy of the saved page holds).

    python -m benchmarks.heldout_render [--limit N]

Writes ``$ACCESS_HELDOUT/text/<file>.txt`` for each page that has none yet (atomic writes, so
a stopped run resumes).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

from access.files import write_atomic
from benchmarks.heldout import HELDOUT, items

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update",
         "--disable-sync"]


def render(todo: list[tuple[Path, Path]], utf8: bool = False) -> None:
    """Write each page's copied text (``document.body.innerText``) to its output path
    (``utf8``: the file is read as UTF-8, whatever charset its markup declares)."""
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        context = browser.new_context(java_script_enabled=False,
                                      viewport={"width": 1280, "height": 900})
        context.route("**/*", lambda route: route.continue_()
                      if route.request.url.startswith(("file:", "data:")) else route.abort())
        page = context.new_page()
        for source, target in todo:
            try:
                if utf8:
                    page.set_content(source.read_text(encoding="utf-8", errors="replace"),
                                     wait_until="domcontentloaded", timeout=20000)
                else:
                    page.goto(source.resolve().as_uri(), wait_until="domcontentloaded", timeout=20000)
                text = page.evaluate("document.body ? document.body.innerText : ''")
            except Exception as error:  # a page that will not render is skipped
                print(f"skipped {source}: {str(error).splitlines()[0]}", file=sys.stderr)
                continue
            write_atomic(target, text.encode("utf-8"))
        browser.close()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args(argv)
    out = HELDOUT / "text"
    out.mkdir(exist_ok=True)
    todo = [(i["path"], out / (i["file"] + ".txt")) for i in items().values()
            if not (out / (i["file"] + ".txt")).exists()]
    render(todo[:args.limit] if args.limit else todo)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
