"""The index of an output folder in headless Chromium: axe in every theme at the smallest and
largest text size, no sideways scrolling at 320 px, and every link leads to a file."""

from __future__ import annotations

import shutil
from pathlib import Path
from urllib.parse import urlparse
from urllib.request import url2pathname

import pytest

from tests.browser.conftest import SCREENSHOTS
from tests.browser.test_reading_page import SHOW_SETTINGS, choose_setting, violations_in_every_theme
from tests.conftest import DATA, SAMPLE, run_cli


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    """A real batch: two pages, the same page again (same title), the sample, one failure."""
    inputs = tmp_path_factory.mktemp("inputs")
    shutil.copy(DATA / "pages" / "harbour-article.html", inputs / "harbour.html")
    shutil.copy(DATA / "pages" / "harbour-article.html", inputs / "harbour-copy.html")
    shutil.copy(DATA / "pages" / "museum-reopens.html", inputs / "museum.html")
    shutil.copy(SAMPLE, inputs / "sample.txt")
    (inputs / "menu.txt").write_text("Home\nMenu\nSearch\n", encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    result = run_cli("convert", str(inputs), "-o", str(out), "-f", "html", "-f", "json", "-j", "1")
    assert result.returncode == 1 and b"4 converted, 0 up to date, 1 failed" in result.stdout
    return out / "index.html"


def test_index_is_axe_clean_in_every_theme_and_size(page, index):
    page.emulate_media(color_scheme="dark")
    page.goto(index.as_uri())
    page.evaluate(SHOW_SETTINGS)
    assert violations_in_every_theme(page) == {}


def test_index_reflows_at_320px_and_its_links_open_files(page, index):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(index.as_uri())
    page.evaluate(SHOW_SETTINGS)
    choose_setting(page, "size", "XXL")
    widths = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert widths[0] <= widths[1]
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "index-320-xxl.png"), full_page=True)
    hrefs = page.eval_on_selector_all(".articles a", "links => links.map(a => a.href)")
    assert len(hrefs) == 4 * 3  # per article: its title, the reading page and the JSON
    for href in hrefs:
        assert Path(url2pathname(urlparse(href).path)).is_file(), href
