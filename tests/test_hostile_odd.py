"""Odd inputs through the real command, a third pass: a named pipe nothing writes to, a file
name that is not UTF-8, JSON-LD nested past Python's recursion limit, words wider than a
page. Each converts, or fails in one line with no traceback and nothing left behind."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

from .conftest import ROOT
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
