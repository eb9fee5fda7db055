"""Hostile input, a fourth pass: a disk that fills in the middle of a batch, a narration
engine that hangs, a conversion killed mid-write, combining marks written as references,
numbers and addresses longer than an utterance, pages sent compressed in other ways. Each
converts, or fails in one line with no traceback and nothing half-written left behind."""

from __future__ import annotations

import http.server
import json
import os
import resource
import signal
import subprocess
import sys
import threading
import time
import unicodedata
import zlib
from collections.abc import Iterator
from importlib.util import find_spec
from pathlib import Path

import pytest

from .conftest import ROOT, loopback
from .test_hostile import assert_one_line_failure, page_of

PARAGRAPHS = "".join(
    f"<p>Paragraph {n}: the council met on Tuesday to discuss the new library hours, and "
    "residents spoke for and against the plan at some length.</p>" for n in range(6))


def run(*args: str, seconds: float = 120, limit_bytes: int | None = None) -> subprocess.CompletedProcess:
    """The real `access` command, given ``seconds``; ``limit_bytes``: the largest file it may
    write (RLIMIT_FSIZE: a write past it fails as on a full disk, EFBIG)."""
    def limited() -> None:
        if limit_bytes is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit_bytes, limit_bytes))

    return subprocess.run([sys.executable, "-m", "access", *args], capture_output=True,
                          stdin=subprocess.DEVNULL, timeout=seconds, preexec_fn=limited,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})


def test_a_batch_whose_disk_fills_fails_that_article_and_goes_on(tmp_path):
    """An article too large for the room left stopped the whole batch with one line: the
    articles after it were never written and no summary came. Now that article fails with
    its reason, the others convert, and the summary and the index say so."""
    small = tmp_path / "a-small.html"
    small.write_text(page_of(PARAGRAPHS, title="Small news"), encoding="utf-8")
    large = tmp_path / "b-large.html"
    large.write_text(page_of(PARAGRAPHS * 1000, title="Large news"), encoding="utf-8")
    later = tmp_path / "c-later.html"
    later.write_text(page_of(PARAGRAPHS, title="Later news"), encoding="utf-8")
    out = tmp_path / "out"
    result = run("convert", str(small), str(large), str(later), "-o", str(out), "-f", "json",
                 "-j", "1", limit_bytes=400_000)
    err = result.stderr.decode()
    assert result.returncode == 1 and "Traceback" not in err, err
    assert "1 failed" in result.stdout.decode() and "2 converted" in result.stdout.decode()
    assert "b-large.html: cannot write" in err and "File too large" in err
    assert sorted(p.name for p in out.iterdir()) == ["index.html", "later-news", "small-news"]


def test_an_index_that_finds_no_room_is_a_warning_after_the_summary(tmp_path):
    """The index (a quarter of a megabyte with its styles) written last on a full disk was the
    batch's one line: no summary, though every article was written."""
    pages = []
    for name in ("first", "second"):
        pages.append(tmp_path / f"{name}.html")
        pages[-1].write_text(page_of(PARAGRAPHS, title=f"{name.title()} news"), encoding="utf-8")
    out = tmp_path / "out"
    result = run("convert", *map(str, pages), "-o", str(out), "-f", "json", "-j", "1",
                 limit_bytes=100_000)
    err = result.stderr.decode()
    assert result.returncode == 1 and "Traceback" not in err, err
    assert result.stdout.decode().endswith("2 converted, 0 up to date, 0 failed\n")
    assert err.startswith("access: warning: the index was not updated: cannot write ")
    assert len(err.splitlines()) == 1
    assert sorted(p.name for p in out.iterdir()) == ["first-news", "second-news"]


def test_the_index_is_as_readable_as_the_articles(tmp_path):
    """index.html came from a private temporary file (mode 0600): a web server or another
    user reading the output folder got 'Permission denied' for the index alone."""
    from access.files import write_atomic

    old = os.umask(0o022)
    try:
        write_atomic(tmp_path / "index.html", "<p>the index</p>")
        (tmp_path / "article.html").write_text("<p>an article</p>", encoding="utf-8")
    finally:
        os.umask(old)
    assert (tmp_path / "index.html").stat().st_mode & 0o777 == 0o644
    assert (tmp_path / "article.html").stat().st_mode & 0o777 == 0o644


KILLED_WRITING = """
import os, signal, sys
from pathlib import Path
from access import files

real = files._swap_in


def killed(stage, target):  # SIGKILL with the article's files staged, before the swap
    os.kill(os.getpid(), signal.SIGKILL)


files._swap_in = killed
sys.argv = ["access", "convert", *sys.argv[1:]]
from access.cli import main
main()
"""


def test_a_conversion_killed_while_writing_leaves_no_staging_folder_after_the_next_run(tmp_path):
    """SIGKILL while an article's files were staged left a hidden folder beside the output
    (and a half-written index its hidden temporary file) for ever: the next run neither
    removed nor reused them. Now each names the process that made it, and a run removes those
    of processes no longer running."""
    page = tmp_path / "page.html"
    page.write_text(page_of(PARAGRAPHS), encoding="utf-8")
    out = tmp_path / "out"
    killed = subprocess.run([sys.executable, "-c", KILLED_WRITING, str(page), "-o", str(out), "-f", "json"],
                            capture_output=True, timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert killed.returncode == -9, killed.stderr.decode()
    from access.files import _machine

    # no such process on this machine
    (out / f".index.html.{_machine()}p999999999-abcd1234.tmp").write_text("half", encoding="utf-8")
    elsewhere = "000000" if _machine() != "000000" else "ffffff"  # another machine's, sharing the folder
    (out / f".index.html.{elsewhere}p999999999-abcd1234.tmp").write_text("live", encoding="utf-8")
    (out / ".notes").write_text("the person's own", encoding="utf-8")
    assert any(p.name.startswith(".council-news.") for p in out.iterdir())
    result = run("convert", str(page), "-o", str(out), "-f", "json")
    assert result.returncode == 0, result.stderr.decode()
    assert sorted(p.name for p in out.iterdir()) == [
        f".index.html.{elsewhere}p999999999-abcd1234.tmp", ".notes", "council-news"]


def _children() -> list[int]:
    """This thread's child processes (Linux lists them in /proc)."""
    listed = Path(f"/proc/self/task/{threading.get_native_id()}/children").read_text()
    # only narration workers: this thread may also own Playwright's driver (a stopped one hangs
    # every later browser test of the worker, and the run at its end)
    return [int(pid) for pid in listed.split()
            if b"access.render.audio.worker" in Path(f"/proc/{pid}/cmdline").read_bytes()]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="finds its child in /proc")
def test_a_speech_engine_that_hangs_leaves_its_sentence_silent_and_goes_on(monkeypatch, capsys):
    """A narration worker that hung (stopped, deadlocked: alive but silent) was waited on for
    ever: the conversion never ended. Now a worker that hands back no sentence within
    HANG_SECONDS is killed; its sentence is left silent with a warning, a fresh one goes on."""
    from access.render.audio import synthesis
    from access.render.audio.engines import EngineSpec
    from access.render.audio.voices import choose_voice

    monkeypatch.setattr(synthesis, "HANG_SECONDS", 15)
    spec = EngineSpec("pyttsx3", choose_voice("pyttsx3", None, "en").id)
    texts = ["The council met on Tuesday.", "It voted on the budget.", "The meeting ended."]
    clips: list[bytes] = []

    def put(sample_rate: int, clip: bytes) -> None:
        if not clips:  # the worker stops (SIGSTOP) once it has spoken the first sentence
            for pid in _children():
                os.kill(pid, signal.SIGSTOP)
        clips.append(clip)

    started = time.monotonic()
    synthesis._spoken(spec, texts, put, warn=True)
    assert time.monotonic() - started < 60
    assert len(clips) == 3 and clips[0].strip(b"\0") and clips[2].strip(b"\0")
    assert not clips[1].strip(b"\0")
    assert "the speech engine hung on a sentence ('It voted on the budget.')" in capsys.readouterr().err


def test_combining_marks_written_as_references_are_capped_too(tmp_path):
    """A letter under 10,000 accents written as character references (&#x301;, &#769;) kept
    them all: the cap on combining marks ran before the parser turned references into marks.
    Now 30 in a row stay, whichever way they are written, and an accent written so stays."""
    page = tmp_path / "zalgo.html"
    body = PARAGRAPHS + "<p>Le conseil e&#x301;lu a vote\u0301 Z" + "&#769;\u0301&#x0301;" * 4000 + ".</p>"
    page.write_text(page_of(body, title="Z" + "&#x301;" * 10_000), encoding="utf-8")
    out = tmp_path / "out"
    result = run("convert", str(page), "-o", str(out), "-f", "json")
    assert result.returncode == 0, result.stderr.decode()
    doc = json.loads((out / "z" / "z.json").read_text(encoding="utf-8"))
    assert doc["title"] == "Z" + "\u0301" * 30
    said = unicodedata.normalize("NFD", doc["blocks"][-1]["text"])
    assert said == "Le conseil e\u0301lu a vote\u0301 Z" + "\u0301" * 30 + "."


def test_a_huge_number_or_address_is_said_once_by_its_length_or_site(tmp_path):
    """A 20,001-digit number was cut into utterances of 2,000 characters before it was read:
    'a number of one thousand, nine hundred ninety-nine digits', nine times 'a number of two
    thousand digits', then 'zero'. A 50 kB address: its site, then 25 utterances of its query
    read out letter by letter (a "?" inside it ended the sentence). Each is now said once."""
    page = tmp_path / "odd.txt"
    page.write_text("Odd words\n\nThe number is 1" + "0" * 20_000 + " and that is all.\n\n"
                    "The link is https://example.com/path?q=" + "abcdefghij" * 5_000 + " and that is all.\n\n"
                    "Read it at https://example.com/story?id=5 today.\n\n"
                    + "The council met on Tuesday. " * 3, encoding="utf-8")
    result = run("script", str(page))
    assert result.returncode == 0, result.stderr.decode()
    lines = result.stdout.decode().splitlines()
    assert lines[1:7] == ["The number is", "a number of twenty thousand one digits", "and that is all.",
                          "The link is", "example dot com", "and that is all."]
    assert lines[7] == "Read it at example dot com today."


class _Compressing(http.server.BaseHTTPRequestHandler):
    """The page sent compressed though nobody asked (Content-Encoding deflate, raw deflate,
    brotli), a deflate bomb, and an encoding nothing here unpacks."""

    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:
        page = page_of(PARAGRAPHS).encode()
        raw = zlib.compressobj(wbits=-15)
        bodies = {"/deflate": ("deflate", zlib.compress(page)),
                  "/raw-deflate": ("deflate", raw.compress(page) + raw.flush()),
                  "/br": ("br", _brotli(page)),
                  "/bomb": ("deflate", zlib.compress(b"<p>" + b" " * 200_000_000, 9)),
                  "/zstd": ("zstd", b"(\xb5/\xfd" + bytes(64)),
                  "/mislabelled": ("deflate", page)}
        encoding, body = bodies[self.path]
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Encoding", encoding)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def _brotli(page: bytes) -> bytes:
    import brotli  # (fonttools' for WeasyPrint)

    return brotli.compress(page)


@pytest.fixture(scope="module")
def compressing() -> Iterator[str]:
    with loopback(_Compressing) as address:
        yield address


@pytest.mark.parametrize("path", ["/deflate", "/raw-deflate", "/mislabelled", pytest.param(
    "/br", marks=pytest.mark.skipif(not find_spec("brotli"), reason="needs brotli"))])
def test_a_page_sent_deflated_or_in_brotli_converts(compressing, path):
    """Each was 'this is a binary file, not an article' (deflate, brotli): the server's
    Content-Encoding was never read. A body labelled deflate but sent plain is read as sent."""
    result = run("clean", f"{compressing}{path}")
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout.decode().startswith("Council news\n")


@pytest.mark.parametrize("path, error", [
    ("/bomb", "/bomb: larger than 20 MB unpacked; is it an article?"),
    ("/zstd", "/zstd: the server sent it compressed as 'zstd', which cannot be unpacked here"),
])
def test_a_deflate_bomb_or_an_unknown_encoding_is_one_line(tmp_path, compressing, path, error):
    out = tmp_path / "out"
    result = run("convert", f"{compressing}{path}", "-o", str(out))
    err = assert_one_line_failure(result, out)
    assert err.strip().endswith(error)


def test_the_same_file_named_three_ways_in_a_batch_is_converted_once(tmp_path):
    """page.html, ./page.html and its full path (or a link to it) were three articles: three
    folders of the same files (council-news, council-news-2, council-news-3)."""
    (tmp_path / "page.html").write_text(page_of(PARAGRAPHS), encoding="utf-8")
    (tmp_path / "link.html").symlink_to(tmp_path / "page.html")
    out = tmp_path / "out"
    result = subprocess.run([sys.executable, "-m", "access", "convert", "page.html", "./page.html",
                             str(tmp_path / "page.html"), "link.html", "-o", "out", "-f", "json"],
                            capture_output=True, cwd=tmp_path, timeout=120, stdin=subprocess.DEVNULL,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout.decode().endswith("1 converted, 0 up to date, 0 failed\n")
    assert sorted(p.name for p in out.iterdir()) == ["council-news", "index.html"]


def test_a_huge_number_stays_cut_where_no_rules_say_it_short():
    """Where the speech has no rules for the language (Hindi), the engine reads the number as
    written: kept whole it would be one utterance of an hour and a half, held whole."""
    from access.document.sentences import UTTERANCE_CHARS, utterances

    text = "The number is 1" + "0" * 20_000 + " and that is all."
    assert max(map(len, utterances(text, "hi"))) <= UTTERANCE_CHARS
    assert max(map(len, utterances(text, "en"))) == 20_001


SVG = ('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100">'
       '<text x="10" y="50">The council met on Tuesday to discuss the new library hours.</text>'
       '<text x="10" y="70">Residents spoke for and against the plan at some length.</text></svg>\n')
SITEMAP = ('<?xml version="1.0" encoding="UTF-8"?>\n<!-- made by a plugin -->\n<urlset xmlns='
           '"http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://example.com/a</loc></url></urlset>\n')


@pytest.mark.parametrize("name, data, refused", [
    ("picture.svg", SVG, "this is an SVG image, not an article"),
    ("picture.txt", SVG.split("\n", 1)[1], "this is an SVG image, not an article"),
    ("sitemap.xml", SITEMAP, "this is XML data (<urlset>), not an article"),
])
def test_an_svg_picture_or_xml_data_is_refused_in_one_line(tmp_path, name, data, refused):
    """An SVG picture or a sitemap given as the article was read as copied text: its markup,
    tags and all, became the article (its title '<?xml version="1.0"?>'), and was read out."""
    path = tmp_path / name
    path.write_text(data, encoding="utf-8")
    out = tmp_path / "out"
    err = assert_one_line_failure(run("convert", str(path), "-o", str(out)), out)
    assert err.startswith("access: error: ") and err.endswith(f"/{name}: {refused}\n")


def test_an_xhtml_page_with_an_xml_declaration_still_converts(tmp_path):
    page = tmp_path / "page.xhtml"
    page.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n'
                    + page_of(PARAGRAPHS).replace("<!DOCTYPE html>", ""), encoding="utf-8")
    result = run("clean", str(page))
    assert result.returncode == 0 and result.stdout.decode().startswith("Council news\n"), result.stderr


def test_a_listed_name_with_a_nul_byte_or_too_long_fails_that_input_alone(tmp_path):
    """A list's line holding a NUL byte, or a name longer than the system allows, ended the
    whole batch as 'unexpected ValueError: embedded null byte (please report this)' or
    'unexpected OSError: [Errno 36] File name too long: …' (exit 2)."""
    (tmp_path / "page.html").write_text(page_of(PARAGRAPHS), encoding="utf-8")
    listing = tmp_path / "list.txt"
    listing.write_bytes(b"page.html\na\0b.html\n" + b"x" * 5000 + b".html\n")
    result = subprocess.run([sys.executable, "-m", "access", "convert", "--from", "list.txt", "-o", "out",
                             "-f", "json"], capture_output=True, cwd=tmp_path, timeout=120,
                            stdin=subprocess.DEVNULL, env={**os.environ, "PYTHONPATH": str(ROOT)})
    err = result.stderr.decode()
    assert result.returncode == 1 and "unexpected" not in err, err
    assert result.stdout.decode().endswith("1 converted, 0 up to date, 2 failed\n")
    assert "a\\x00b.html: not a file name (it holds a NUL byte)" in err
    assert "xxxx.html: cannot read it (File name too long)" in err

    result = run("clean", "no\nsuch.html")  # a name with a line end: still one line
    assert result.returncode == 1 and result.stderr == b"access: error: no\\nsuch.html: no such file\n"


PEAK = """
import resource, subprocess, sys
code = subprocess.run([sys.executable, "-m", "access", *sys.argv[1:]], stdin=subprocess.DEVNULL,
                      stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
print(code.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code.stderr.decode().strip())
"""


def test_a_million_tiny_paragraphs_are_refused_before_parsing(tmp_path):
    """A million '<p>a</p>' (8 MB) were parsed whole before the element limit refused them:
    12 s and 470 MB. Now the tags are counted first (page.toml's limits.tags)."""
    page = tmp_path / "tiny.html"
    page.write_text("<html><body>" + "<p>a</p>" * 1_000_000 + "</body></html>", encoding="utf-8")
    result = subprocess.run([sys.executable, "-c", PEAK, "clean", str(page)], capture_output=True,
                            timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})
    code, peak_kb, error = result.stdout.decode().strip().split(maxsplit=2)
    assert code == "1" and error.endswith("tiny.html: the page is too large to be an article: "
                                          "1,000,002 elements (at most 50,000)"), error
    assert int(peak_kb) < 300_000, peak_kb
