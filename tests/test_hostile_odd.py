"""Odd inputs through the real command, a third pass: a named pipe nothing writes to, a file
name that is not UTF-8, JSON-LD nested past Python's recursion limit, words wider than a
page. Each converts, or fails in one line with no traceback and nothing left behind."""

from __future__ import annotations

import gzip
import http.server
import json
import os
import subprocess
import sys
import time
import unicodedata
from collections.abc import Iterator

import pytest

from access.errors import AccessError

from .conftest import ROOT, loopback
from .test_hostile import assert_one_line_failure, page_of

PARAGRAPHS = "".join(
    f"<p>Paragraph {n}: the council met on Tuesday to discuss the new library hours, and "
    "residents spoke for and against the plan at some length.</p>" for n in range(6))


def run(*args: str, cwd=None, seconds: float = 60) -> subprocess.CompletedProcess:
    """The real `access` command, given ``seconds`` (a hang fails the test, not the run)."""
    return subprocess.run([sys.executable, "-m", "access", *args], capture_output=True,
                          stdin=subprocess.DEVNULL, cwd=cwd, timeout=seconds,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})


def test_a_named_pipe_nothing_writes_to_is_empty_not_a_hang(tmp_path):
    """Opening a FIFO waited for a writer for ever."""
    pipe = tmp_path / "page.html"
    os.mkfifo(pipe)
    out = tmp_path / "out"
    err = assert_one_line_failure(run("convert", str(pipe), "-o", str(out), "-f", "json",
                                      seconds=30), out)
    assert "page.html: the input is empty" in err


def test_a_symlink_loop_is_named_as_such(tmp_path):
    (tmp_path / "a.html").symlink_to("b.html")
    (tmp_path / "b.html").symlink_to("a.html")
    out = tmp_path / "out"
    err = assert_one_line_failure(run("convert", str(tmp_path / "a.html"), "-o", str(out)), out)
    assert "a.html: cannot read it (Too many levels of symbolic links)" in err


def test_a_file_name_that_is_not_utf8_converts_and_is_named_readably(tmp_path):
    """A name's bytes that are not UTF-8 (Latin-1 "café") failed writing the manifest
    ("unexpected UnicodeEncodeError"); a batch failing on one failed writing the index."""
    page = tmp_path / os.fsdecode(b"caf\xe9.html")
    page.write_text(page_of(PARAGRAPHS), encoding="utf-8")
    out = tmp_path / "out"
    result = run("convert", str(page), "-o", str(out), "-f", "json")
    assert result.returncode == 0, result.stderr.decode()
    manifest = json.loads((out / "council-news" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["source"].endswith("caf\\xe9.html")
    again = run("convert", str(page), "-o", str(out), "-f", "json")
    assert again.stdout.decode().startswith("up to date")

    picture = tmp_path / os.fsdecode(b"photo\xff.html")
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    batch = run("convert", str(page), str(picture), "-o", str(out), "-f", "json")
    assert batch.returncode == 1
    err = batch.stderr.decode()
    assert "Traceback" not in err and "unexpected" not in err
    assert err.strip().endswith("photo\\xff.html: this is a binary file (PNG image), not an article")
    assert "photo\\xff.html" in (out / "index.html").read_text(encoding="utf-8")


def test_a_number_wider_than_many_lines_makes_its_pdf_in_time_linear(tmp_path):
    """WeasyPrint broke a run wider than a line by laying out the rest of its text again for
    each line: 8,000 digits took 5 s, 100,000 hours (killed at 120 s)."""
    copied = tmp_path / "figures.txt"
    copied.write_text("Budget figures for the year\n\n" + "\n\n".join(
        f"Paragraph {n}: the council met on Tuesday to discuss the figures, and residents spoke "
        "for and against the plan at some length." for n in range(4))
        + f"\n\nThe total came to {'9' * 60_000} dollars, the treasurer said.\n", encoding="utf-8")
    out = tmp_path / "out"
    started = time.monotonic()
    result = run("convert", str(copied), "-o", str(out), "-f", "pdf", seconds=100)
    assert result.returncode == 0, result.stderr.decode()
    assert time.monotonic() - started < 60
    assert (out / "budget-figures-for-the-year" / "budget-figures-for-the-year.pdf").stat().st_size


def test_only_long_texts_get_places_to_break_and_addresses_stay_whole():
    from access.render.pdf import breakable

    address = "https://www.nytimes.com/2016/07/30/business/dealbook/yahoos-sale-to-verizon.html"
    short = f"<html><head><style>a{{}}</style></head><body><p>See {address} today.</p></body></html>"
    assert breakable(short) == short
    long = f"<body><p><a href='{'x' * 2000}'>{'9' * 2000}</a> and &amp;{'&amp;' * 1000} 東京{'東' * 2000}</p>"
    broken = breakable(long)
    assert broken.count("\u200b") == (2000 // 16 - 1) + (1001 // 16)  # between pieces
    assert f"href='{'x' * 2000}'" in broken and "東" * 2000 in broken
    assert broken.replace("\u200b", "") == long


def test_json_ld_nested_too_deep_or_listing_millions_is_passed_over(tmp_path):
    """JSON nested deeper than Python recurses was 'unexpected RecursionError'; a list of
    three million values was walked from its front, each step moving the rest (minutes)."""
    deep = "[" * 100_000 + "]" * 100_000
    wide = "[" + ",".join(["[1,2,3,4,5,6,7,8,9,0]"] * 300_000) + "]"
    for name, data in (("deep.html", deep), ("wide.html", wide)):
        page = tmp_path / name
        page.write_text(page_of(PARAGRAPHS).replace(
            "</head>", f"<script type='application/ld+json'>{data}</script></head>"), encoding="utf-8")
        result = run("clean", str(page), seconds=60)
        assert result.returncode == 0, result.stderr.decode()
        assert result.stdout.decode().startswith("Council news\n")



# --- compressed pages: a saved .gz, a server sending gzip unasked, a bomb ------------------


class _Odd(http.server.BaseHTTPRequestHandler):
    """A page sent gzipped without being asked to (Content-Encoding: gzip), a gzip bomb, a
    page cut short of its Content-Length, and answers that are not HTTP."""

    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:
        page = page_of(PARAGRAPHS).encode()
        if self.path in ("/not-http", "/http-0.9"):  # bytes, or the page alone with no header
            self.wfile.write(b"\x00\xffNOT HTTP\r\n\r\n" if self.path == "/not-http" else page)
            return
        if self.path == "/cut":
            self.send_response(200)
            self.send_header("Content-Length", str(len(page) * 10))
            self.end_headers()
            self.wfile.write(page)
            return
        body = (gzip.compress(page) if self.path == "/page"
                else gzip.compress(b"<p>" + b" " * 200_000_000))
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def odd_server() -> Iterator[str]:
    with loopback(_Odd) as address:
        yield address


def test_a_gzipped_page_or_answer_converts_and_a_bomb_is_refused(tmp_path, odd_server):
    """Both were 'a binary file (gzip archive)'; 200 MB of spaces in 200 KB is refused
    unpacking no more than the size limit, and a .gz cut short is never taken for whole."""
    saved = tmp_path / "page.html.gz"
    saved.write_bytes(gzip.compress(page_of(PARAGRAPHS).encode()))
    for article in (str(saved), f"{odd_server}/page"):
        result = run("clean", article)
        assert result.returncode == 0, result.stderr.decode()
        assert result.stdout.decode().startswith("Council news\n")
    out = tmp_path / "out"
    err = assert_one_line_failure(run("convert", f"{odd_server}/bomb", "-o", str(out)), out)
    assert err.strip().endswith("/bomb: larger than 20 MB unpacked; is it an article?")
    cut = tmp_path / "cut.html.gz"
    cut.write_bytes(saved.read_bytes()[:-40])
    err = assert_one_line_failure(run("convert", str(cut), "-o", str(out)), out)
    assert "cut.html.gz: a gzip archive cut short, not a whole article" in err


def test_a_gzip_file_of_several_members_is_read_whole():
    """A .gz of two members (``cat a.gz b.gz``, bgzip, a server's gzip stream flushed in
    parts) was its first member alone: the article's end went unsaid, with no error."""
    from access.read.source import make_source

    first, second = "<p>The first half of the article.</p>", "<p>The second half, its end.</p>"
    data = gzip.compress(f"<html><body>{first}".encode()) + gzip.compress(f"{second}</body></html>".encode())
    assert make_source(data, "two.html.gz").text == f"<html><body>{first}{second}</body></html>"
    assert make_source(data + bytes(512), "padded.html.gz").text.endswith(second + "</body></html>")
    with pytest.raises(AccessError, match="a damaged gzip archive"):
        make_source(data + b"not gzip", "tail.html.gz")


def test_a_gzip_file_of_many_empty_members_is_read_in_linear_time():
    """Each member's rest was copied whole (zlib's unused_data): 400,000 empty members (8 MB)
    took about a minute, a 20 MB file of them minutes."""
    from access.read.source import make_source

    data = gzip.compress(b"<p>The article.</p>", mtime=0) + gzip.compress(b"", mtime=0) * 400_000
    started = time.process_time()
    assert make_source(data, "many.html.gz").text == "<p>The article.</p>"
    assert time.process_time() - started < 10



@pytest.mark.parametrize("path, reason", [
    ("/cut", "the server's answer was cut short"),  # was converted as if whole
    ("/not-http", "the server's answer is not HTTP"),  # was its bytes, a NUL among them
    ("/http-0.9", "the server's answer is not HTTP"),  # was the page's first line, all of it
])
def test_an_answer_cut_short_or_not_http_is_one_short_line(tmp_path, odd_server, path, reason):
    out = tmp_path / "out"
    err = assert_one_line_failure(run("convert", f"{odd_server}{path}", "-o", str(out)), out)
    assert err.strip().endswith(f"{path}: cannot fetch it ({reason})")


def test_a_flood_of_combining_marks_is_capped_and_the_pdf_comes(tmp_path):
    """A title's letter under 100,000 accents ("zalgo"): the PDF never came (killed at 120 s).
    Unicode's stream-safe form keeps 30 in a row; an accented word keeps its accent."""
    page = tmp_path / "zalgo.html"
    body = PARAGRAPHS.replace("council", "conseil e\u0301lu")  # an accent as a combining mark
    page.write_text(page_of(body, title="Z" + "\u0301" * 100_000), encoding="utf-8")
    out = tmp_path / "out"
    result = run("convert", str(page), "-o", str(out), "-f", "pdf", "-f", "json", seconds=100)
    assert result.returncode == 0, result.stderr.decode()
    doc = json.loads((out / "z" / "z.json").read_text(encoding="utf-8"))
    assert doc["title"] == "Z" + "\u0301" * 30
    assert "conseil \u00e9lu" in unicodedata.normalize("NFC", json.dumps(doc, ensure_ascii=False))


ENCODE_UNDER_LIMIT = """
import resource, sys
from access.render.audio.encode import Mp3Encoder
pcm = bytes(int(sys.argv[1]))
status = open("/proc/self/status").read()
size = int(next(l for l in status.splitlines() if l.startswith("VmSize")).split()[1]) * 1024
resource.setrlimit(resource.RLIMIT_AS, (size + 2 * len(pcm),) * 2)
encoder = Mp3Encoder(22_050)
encoder.encode(pcm)
assert encoder.finish()
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/status")
def test_a_long_utterance_is_encoded_without_gigabytes_more():
    """LAME takes buffers several times the PCM it is given at once: a 100,000-digit number read
    out (one utterance, 1.7 GB of PCM) failed "can't allocate in_buffer buffer", then
    'unexpected RuntimeError' (the CLI, 53 s and 2.4 GB in). Here: 50 MB of PCM, with room
    for twice that and no more."""
    result = subprocess.run([sys.executable, "-c", ENCODE_UNDER_LIMIT, "50000000"],
                            capture_output=True, timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 0, result.stderr.decode()[-300:]


UNDER_RUSAGE = """
import resource, subprocess, sys
code = subprocess.run([sys.executable, "-m", "access", *sys.argv[1:]], stdin=subprocess.DEVNULL,
                      stdout=subprocess.DEVNULL).returncode
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(code, usage.ru_utime + usage.ru_stime, usage.ru_maxrss)
"""


def test_a_pathological_sentence_is_narrated_in_bounded_time_memory_and_utterances(tmp_path):
    """A 20,001-digit number was read digit by digit, one utterance of an hour and a half held
    whole (24 s of CPU, 0.8 GB; 100,000 digits: past 200 s and 2.9 GB); a 30,000-letter run
    with no space was one utterance of nearly four minutes. The number is said by its length,
    and no utterance is longer than UTTERANCE_CHARS, each with its own cue."""
    page = tmp_path / "odd.txt"
    page.write_text("Odd numbers\n\nThe number is 1" + "0" * 20_000 + " and the word is "
                    + "M" * 30_000 + ", and that is all.\n\n" + "The council met on Tuesday. " * 3,
                    encoding="utf-8")
    out = tmp_path / "out"
    result = subprocess.run([sys.executable, "-c", UNDER_RUSAGE, "convert", str(page), "-o",
                             str(out), "-f", "mp3"], capture_output=True, timeout=300,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    code, cpu, peak_kb = result.stdout.split()
    assert int(code) == 0, result.stderr.decode()[-300:]
    assert float(cpu) < 15 and int(peak_kb) < 400_000, (cpu, peak_kb)  # now 4 s, 0.15 GB
    cues = json.loads(next(out.glob("*/*.timings.json")).read_text(encoding="utf-8"))
    assert max(cue["end"] - cue["start"] for cue in cues) < 60  # seconds: about 20 now
