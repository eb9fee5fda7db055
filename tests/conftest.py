"""Shared fixtures: the bundled sample, the dev pages, and real conversions done once."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

from access.convert import Options, convert
from access.document import Document

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "access" / "samples" / "voa-north-korea-kursk.txt"
DEV = ROOT.parent / "shared" / "bench" / "extraction" / "dev"
DATA = Path(__file__).parent / "data"


def run_cli(*args: str, stdin: bytes | None = None, cwd: Path | None = None):
    """Run the real `access` command in a subprocess."""
    return subprocess.run([sys.executable, "-m", "access", *args], input=stdin,
                          capture_output=True, cwd=cwd, timeout=300)


def dev_page(page_id: str, kind: str = "txt") -> str:
    path = DEV / "pages" / f"{page_id}.{'html.gz' if kind == 'html' else 'txt'}"
    if kind == "html":
        return gzip.decompress(path.read_bytes()).decode("utf-8")
    return path.read_text(encoding="utf-8")


def dev_truth() -> dict:
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
def browser():
    """One headless Chromium for the session, shared by every folder's browser tests
    (Playwright's sync API allows one instance per process)."""
    from playwright.sync_api import sync_playwright

    from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1024, "height": 768})
    tab = context.new_page()
    yield tab
    context.close()
