"""Odd inputs through the real command, a third pass: a named pipe nothing writes to, a file
name that is not UTF-8, JSON-LD nested past Python's recursion limit, words wider than a
page. Each converts, or fails in one line with no traceback and nothing left behind."""

from __future__ import annotations

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
