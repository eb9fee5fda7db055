"""The command line: conversions, and one-line errors with no traceback and no leftovers."""

import http.server
import json
from functools import partial

import pytest

from .conftest import SAMPLE, loopback, run_cli

NO_ARTICLE = b"Home\nMenu\nSearch\nSign in\nXS\nSM\nMD\nLG\n"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """A local HTTP server over a folder holding the sample as a page."""
    root = tmp_path_factory.mktemp("site")
    paragraphs = "".join(f"<p>{line}</p>" for line in SAMPLE.read_text().splitlines()[6:40]
                         if len(line.split()) > 8)
    (root / "article.html").write_text(
        "<!DOCTYPE html><html lang='en'><head><title>Kursk</title></head><body>"
        "<nav><a href='/'>Home</a></nav><article><h1>North Korean forces join the fight</h1>"
        f"{paragraphs}</article></body></html>", encoding="utf-8")
    handler = partial(http.server.SimpleHTTPRequestHandler, directory=str(root))
    with loopback(handler) as address:
        yield address


def assert_one_line_failure(result, out_dir=None):
    err = result.stderr.decode()
    assert result.returncode != 0
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    assert err.startswith("access: error: ")
    if out_dir is not None:
        assert not out_dir.exists() or not any(out_dir.iterdir())


def test_missing_file(tmp_path):
    assert_one_line_failure(run_cli("convert", str(tmp_path / "none.txt"), "-o",
                                    str(tmp_path / "out")), tmp_path / "out")


def test_empty_file(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    assert_one_line_failure(run_cli("convert", str(tmp_path / "empty.txt"), "-o",
                                    str(tmp_path / "out")), tmp_path / "out")


def test_binary_file(tmp_path):
    (tmp_path / "photo.jpg").write_bytes(bytes(range(256)) * 64)
    assert_one_line_failure(run_cli("convert", str(tmp_path / "photo.jpg"), "-o",
                                    str(tmp_path / "out")), tmp_path / "out")


def test_text_with_no_article(tmp_path):
    (tmp_path / "menu.txt").write_bytes(NO_ARTICLE)
    result = run_cli("convert", str(tmp_path / "menu.txt"), "-o", str(tmp_path / "out"))
    assert_one_line_failure(result, tmp_path / "out")
    assert "no article" in result.stderr.decode()


def test_unreachable_url(tmp_path):
    result = run_cli("convert", "http://127.0.0.1:9/article", "-o", str(tmp_path / "out"))
    assert_one_line_failure(result, tmp_path / "out")


def test_404(server, tmp_path):
    result = run_cli("convert", f"{server}/missing.html", "-o", str(tmp_path / "out"))
    assert_one_line_failure(result, tmp_path / "out")
    assert "404" in result.stderr.decode()


def test_unknown_voice(tmp_path):
    result = run_cli("convert", str(SAMPLE), "-o", str(tmp_path / "out"), "--voice", "nobody")
    assert_one_line_failure(result, tmp_path / "out")
    assert "access voices" in result.stderr.decode()


def test_convert_url_from_local_server(server, tmp_path):
    result = run_cli("convert", f"{server}/article.html", "-o", str(tmp_path), "-f", "json")
    assert result.returncode == 0, result.stderr.decode()
    doc = json.loads((tmp_path / "north-korean-forces-join-the-fight" /
                      "north-korean-forces-join-the-fight.json").read_text())
    assert doc["source_url"].startswith(server)
    assert doc["lang"] == "en" and len(doc["blocks"]) > 10


def test_clean_from_stdin_prints_json():
    result = run_cli("clean", "-", "--format", "json", stdin=SAMPLE.read_bytes())
    assert result.returncode == 0, result.stderr.decode()
    doc = json.loads(result.stdout)
    assert doc["title"] == "North Korean forces join Russia's fight against Ukraine"
    assert all("type" in b and "text" in b for b in doc["blocks"])


def test_failed_conversion_keeps_previous_output(tmp_path):
    ok = run_cli("convert", str(SAMPLE), "-o", str(tmp_path), "-f", "json")
    assert ok.returncode == 0
    before = sorted(p.name for p in tmp_path.rglob("*"))
    bad = run_cli("convert", str(SAMPLE), "-o", str(tmp_path), "--page-size", "B9")
    assert_one_line_failure(bad)
    assert sorted(p.name for p in tmp_path.rglob("*")) == before


def test_version_and_help():
    assert run_cli("--version").stdout.decode().startswith("access, version")
    help_text = run_cli("convert", "--help").stdout.decode()
    assert "--text-size" in help_text and "ARTICLE" in help_text


def test_voices_lists_english():
    result = run_cli("voices", "--lang", "en")
    assert result.returncode == 0 and "gmw/en" in result.stdout.decode()


def test_success_is_quiet_on_stderr(tmp_path):
    """Library warnings (trafilatura, WeasyPrint) stay out of a person's terminal."""
    page = SAMPLE.parents[2] / "tests" / "data" / "pages" / "harbour-article.html"
    result = run_cli("convert", str(page), "-o", str(tmp_path), "-f", "json", "-f", "pdf",
                     "-f", "html")
    assert result.returncode == 0 and result.stderr == b""


def test_convert_reports_progress_in_order_and_takes_a_read_source(tmp_path):
    from access.convert import Options, convert
    from access.read import make_source

    seen: list[tuple[str, float]] = []
    source = make_source(SAMPLE.read_bytes(), "pasted.txt")
    result = convert(source, tmp_path, Options(formats=("html", "json")),
                     progress=lambda stage, done: seen.append((stage, done)))
    assert [stage for stage, _ in seen] == ["reading", "html", "json", "writing", "done"]
    assert [done for _, done in seen] == sorted(done for _, done in seen)
    assert result.files["html"].exists()
