"""The reading page: render time and size in Python, load-to-ready time in headless Chromium (medians)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from access.convert import load
from access.render.html import render_html
from benchmarks.timing import SAMPLE, median_seconds

RUNS = 7
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]




def _browser_load_s(path: Path) -> tuple[float, float]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        page = browser.new_page()

        def load_page() -> None:
            page.goto(path.as_uri(), wait_until="load")
            page.evaluate("document.fonts.ready")

        load_s = median_seconds(load_page, RUNS)
        size_s = median_seconds(lambda: page.click("button.size[data-size='XXL']", force=True), RUNS)
        browser.close()
    return load_s, size_s


def run() -> dict:
    doc = load(str(SAMPLE))
    html = render_html(doc)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "page.html"
        path.write_text(html, encoding="utf-8")
        load_s, size_s = _browser_load_s(path)
    return {
        "render_html_s": median_seconds(lambda: render_html(doc), RUNS),
        "page_bytes": len(html.encode("utf-8")),
        "chromium_load_s": load_s,
        "size_click_s": size_s,
    }
