"""Shared fixtures: the bundled sample, the dev pages, and real conversions done once."""

from __future__ import annotations

import gzip
import http.server
import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from access.convert import Options, convert
from access.document import Document

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "access" / "samples" / "voa-north-korea-kursk.txt"
DEV = ROOT.parent / "shared" / "bench" / "extraction" / "dev"
DATA = Path(__file__).parent / "data"
DEV_COPIES = DATA / "dev"  # a few dev pages, with their licence (see README.txt there)
DEV_REASON = "needs the shared dev set: ../shared/bench/extraction/dev beside the checkout"
needs_dev = pytest.mark.skipif(not DEV.exists(), reason=DEV_REASON)


def run_cli(*args: str, stdin: bytes | None = None, cwd: Path | None = None):
    """Run the real `access` command in a subprocess."""
    return subprocess.run([sys.executable, "-m", "access", *args], input=stdin,
                          capture_output=True, cwd=cwd, timeout=300)


@contextmanager
def loopback(handler) -> Iterator[str]:
    """A real HTTP server on 127.0.0.1 answering with ``handler``: yields its base address."""
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


AXE_SECONDS = 60


def axe_violations(page, options: dict, reload: bool = True) -> list[dict]:
    """axe-core's violations on ``page``. Its run is raced against AXE_SECONDS: a promise that
    never settles would hold ``evaluate`` (which has no timeout) for ever, and a loaded run of
    the suite once waited there until killed; with ``reload``, an unfinished run is tried once
    more on the page reloaded (not for a page a form's answer made)."""
    from axe_playwright_python.sync_playwright import Axe

    script = Axe().axe_script
    command = (f"options => Promise.race([axe.run(document, options), new Promise((_, fail) => "
               f"setTimeout(() => fail(new Error('axe unfinished')), {AXE_SECONDS * 1000}))])")
    for attempt in (1, 2):
        page.evaluate(script)
        try:
            return page.evaluate(command, options)["violations"]
        except Exception as error:  # (playwright's Error: what the page threw)
            if "axe unfinished" not in str(error) or attempt == 2 or not reload:
                raise
            page.reload()
    return []


def until(page, expression: str, arg=None, seconds: float = 5) -> None:
    """Poll ``expression`` in ``page`` until it is true (Playwright's wait_for_function
    compiles it with eval, which the pages' Content Security Policy forbids)."""
    for _ in range(int(seconds * 20)):
        if page.evaluate(expression, arg):
            return
        page.wait_for_timeout(50)
    raise AssertionError(f"never true: {expression}")


def reload_after_writes(page, settle_ms: int = 1500) -> None:
    """Reload ``page`` once its localStorage writes have settled: Chromium hands them to its
    browser process asynchronously, so a reload at once may read the values from before (and
    the page then writes those back, so reloading again does not help). 500 ms was too short
    for one loaded CI run."""
    page.wait_for_timeout(settle_ms)
    page.reload()


def find_dev_file(page_id: str, kind: str = "txt") -> Path | None:
    """A dev page's file (``page_id`` may be a prefix): the copy in tests/data/dev, else the
    shared dev set's, else None."""
    suffix = "html.gz" if kind == "html" else "txt"
    for folder in (DEV_COPIES, DEV / "pages"):
        found = sorted(folder.glob(f"{page_id}*.{suffix}")) if folder.exists() else []
        if found:
            return found[0]
    return None


def dev_file(page_id: str, kind: str = "txt") -> Path:
    """A dev page's file; the test skips when neither tests/data/dev nor the dev set has it."""
    path = find_dev_file(page_id, kind)
    if path is None:
        pytest.skip(DEV_REASON)
    return path


def dev_page(page_id: str, kind: str = "txt") -> str:
    path = dev_file(page_id, kind)
    if kind == "html":
        return gzip.decompress(path.read_bytes()).decode("utf-8")
    return path.read_text(encoding="utf-8")


def dev_truth() -> dict:
    if not DEV.exists():
        pytest.skip(DEV_REASON)
    return json.loads((DEV / "ground-truth.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def sample_doc() -> Document:
    from access.convert import load

    return load(str(SAMPLE))


@pytest.fixture(scope="session")
def sample_output(tmp_path_factory):
    """The sample converted once into every format."""
    out = tmp_path_factory.mktemp("sample")
    return convert(str(SAMPLE), out, Options())


@pytest.fixture(scope="session")
def harbour_output(tmp_path_factory):
    """The test page with a figure, a list and a table, converted once with narration."""
    out = tmp_path_factory.mktemp("harbour")
    return convert(str(DATA / "pages" / "harbour-article.html"), out,
                   Options(formats=("html", "mp3", "epub"), fetch_images=False))


@pytest.fixture(scope="session")
def playwright_driver():
    """Playwright for the session (its sync API allows one instance per process)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        yield playwright


def launch_chromium(playwright_driver):
    """Debian's Chromium, headless, as every browser test runs it."""
    from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS

    return playwright_driver.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


@pytest.fixture(scope="session")
def browser(playwright_driver):
    """One headless Chromium for the session, shared by every folder's browser tests."""
    chromium = launch_chromium(playwright_driver)
    yield chromium
    chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1024, "height": 768})
    tab = context.new_page()
    yield tab
    context.close()
