"""Browser fixtures: one headless Chromium for the session, and the pages under test rendered once."""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from pathlib import Path

import pytest

from access.clean import clean
from access.read.source import make_source
from access.render.html import render_html
from tests.conftest import DATA, ROOT, find_dev_file

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SCREENSHOTS = ROOT / "output" / "screenshots"
SCRIPTS = DATA / "scripts"
# Dev pages tried in order; the first whose cleaned form has the wanted structure is used,
# so a change in the cleaners picks another page rather than failing the test.
STRUCTURED = ("f81c6c05d9cbc93316992fa23ef74ec405194e292611f2e94f6a814868903665",
              "f105de6e63ca91ea482f60193f6252092557f969f2fd128ff68c0d4d6b90dd7d",
              "c00962aabe7bdd1fca78f5360ea7fa93cd7674863b05157e00827506a7aa58c4",
              "ec3878db7e49b1ed354c511b132e3de5f773ff4fc8014163df58c22fffd93d2f",
              "9cb8224b660f36c932823ab613fb76a07928fcbc41956c4c1f96f4ecab9202aa")
PROSE = ("c58aa507c4deebd660f69905f9abb8f96d935f6e7210f597ed4cd32b3f39f7f7",
         "c7e39ac49fa1235f5d50f83bf2444248bd3aa4e6df044377916c812dd109ba23",
         "8b194530308204139d9c8f7d495a26b117c78756ac1802cfc3c0a8bfdf2c0d50")
STRUCTURE_TYPES = {"list", "table", "figure"}
HARBOUR = DATA / "pages" / "harbour-article.html"  # a figure, a list and a table


@dataclass(frozen=True)
class PageFile:
    name: str
    path: Path
    block_types: frozenset[str]


def _clean_dev(page_id: str):
    path = find_dev_file(page_id, "html")
    if path is None:
        return None
    try:
        return clean(make_source(gzip.decompress(path.read_bytes()), path.name[:-3]))
    except Exception:  # a candidate the current cleaner rejects: try the next one
        return None


def _pick(candidates: tuple[str, ...], wanted) -> object:
    for page_id in candidates:
        doc = _clean_dev(page_id)
        if doc is not None and wanted(doc):
            return doc
    raise AssertionError(f"no candidate dev page fits: {candidates}")


def _types(doc) -> frozenset[str]:
    from access.document.serialize import to_dict

    return frozenset(block["type"] for block in to_dict(doc)["blocks"])


@pytest.fixture(scope="session")
def pages(tmp_path_factory, sample_output, harbour_output) -> dict[str, PageFile]:
    """The sample and harbour pages (with audio and read-along), two cleaned dev pages, and the
    Arabic (right-to-left) and Chinese pages of tests/data/scripts, written to files once."""
    out = tmp_path_factory.mktemp("browser")
    structured = _pick(STRUCTURED, lambda d: bool(_types(d) & STRUCTURE_TYPES))
    prose = _pick(PROSE, lambda d: len(d.blocks) >= 5)
    result = {"sample": PageFile("sample", sample_output.files["html"],
                                 frozenset({"paragraph"})),
              "harbour": PageFile("harbour", harbour_output.files["html"],
                                  _types(clean(make_source(HARBOUR.read_bytes(), HARBOUR.name))))}
    arabic, chinese = (clean(make_source((SCRIPTS / f"{lang}.html").read_bytes(), f"{lang}.html"))
                       for lang in ("ar", "zh"))
    for name, doc in (("structured", structured), ("prose", prose), ("arabic", arabic),
                      ("chinese", chinese)):
        path = out / f"{name}.html"
        path.write_text(render_html(doc), encoding="utf-8")
        result[name] = PageFile(name, path, _types(doc))
    return result


# `browser` and `page` are in tests/conftest.py: Playwright's sync API allows one instance per
# process, so every folder's browser tests share that one.
