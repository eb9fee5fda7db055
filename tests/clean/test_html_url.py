"""`access convert URL` against a local HTTP server: redirects, charset, relative addresses."""

import http.server
import json
import shutil
from functools import partial
from pathlib import Path

import pytest

from ..conftest import loopback, run_cli

PAGES = Path(__file__).resolve().parents[1] / "data" / "pages"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """A local server with the museum page at /culture/musee/ (index.html) and the hostile page."""
    root = tmp_path_factory.mktemp("site")
    (root / "culture" / "musee").mkdir(parents=True)
    shutil.copy(PAGES / "museum-reopens.html", root / "culture" / "musee" / "index.html")
    shutil.copy(PAGES / "hostile.html", root / "hostile.html")
    handler = partial(http.server.SimpleHTTPRequestHandler, directory=str(root))
    with loopback(handler) as address:
        yield address


@pytest.fixture(scope="module")
def converted(site, tmp_path_factory):
    """The museum page converted from its URL (it redirects to the folder's address)."""
    out = tmp_path_factory.mktemp("out")
    result = run_cli("convert", f"{site}/culture/musee", "-o", str(out), "-f", "json", "-f", "html")
    assert result.returncode == 0, result.stderr.decode()
    (folder,) = out.iterdir()  # named after the title
    return folder


def test_url_converts_to_model_and_page(converted, site):
    doc = json.loads((converted / f"{converted.name}.json").read_text(encoding="utf-8"))
    assert doc["title"] == "Le musée du port rouvre ses portes" and doc["lang"] == "fr"
    assert doc["source_url"] == f"{site}/culture/musee/"  # the address after the redirect
    figures = [b for b in doc["blocks"] if b["type"] == "figure"]
    assert [f["src"] for f in figures] == [f"{site}/culture/musee/images/salle.jpg",
                                           f"{site}/images/phare.jpg"]
    hrefs = [r["href"] for b in doc["blocks"] for r in b.get("inlines", []) if "href" in r]
    assert hrefs == [f"{site}/culture/budget-2024", "mailto:contact@musee-port.example.fr"]
    page = (converted / f"{converted.name}.html").read_text(encoding="utf-8")
    assert "Le phare vu depuis l'entrée du musée" in page or "Le phare vu depuis l&#39;entrée" in page


def test_hostile_url_gives_nothing_executable(site, tmp_path):
    result = run_cli("convert", f"{site}/hostile.html", "-o", str(tmp_path), "-f", "json")
    assert result.returncode == 0, result.stderr.decode()
    (folder,) = tmp_path.iterdir()
    text = (folder / f"{folder.name}.json").read_text(encoding="utf-8").casefold()
    for needle in ("<script", "javascript:", "onerror", "onload", "data:text/html", "alert("):
        assert needle not in text, needle
