"""Read: bring an article in from a file, a URL or stdin, decoded and classified."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

from access.errors import AccessError
from access.read.source import MAX_BYTES, Source, make_source

TIMEOUT_SECONDS = 30.0  # for a URL's whole fetch: connecting, redirects, headers and body


def read_source(location: str, timeout: float = TIMEOUT_SECONDS) -> Source:
    """Read ``location``: a path, an http(s) URL (fetched within ``timeout`` seconds in all),
    or ``-`` for standard input."""
    if location.startswith(("http://", "https://")):
        from access.read.fetch import fetch_url  # http.client, urllib and ssl: only for a URL

        data, url, charset = fetch_url(location, max_bytes=MAX_BYTES, timeout=timeout)
        return make_source(data, location, url=url, declared=charset)
    return make_source(read_bytes(location), "-" if location == "-" else readable(Path(location).name))


# Characters that would break a one-line message, or write to the terminal: shown escaped.
UNSHOWN = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def readable(name: str) -> str:
    """``name`` as text that can be written anywhere, on one line: a file name's bytes that are
    not UTF-8 (which Python keeps as lone surrogates) shown as ``\\xff``, and control
    characters (a line end, a NUL, an escape) as ``\\n``, ``\\x00``, as ``ls -b`` shows them."""
    try:
        name = name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a lone surrogate that stands for no byte
        name = name.encode("utf-8", "backslashreplace").decode("utf-8")
    return UNSHOWN.sub(lambda control: repr(control[0])[1:-1], name)


def read_bytes(location: str) -> bytes:
    """The bytes of a file or of standard input (``-``), at most ``MAX_BYTES`` (/dev/zero is
    refused, not read for ever)."""
    if location == "-":
        if sys.stdin is None:  # started with standard input closed (`<&-`)
            raise AccessError("-: standard input is closed")
        return _within_limit(sys.stdin.buffer.read(MAX_BYTES + 1), location)
    path, shown = Path(location), readable(location)  # (a name may hold a line end)
    if "\0" in location:  # no system takes it in a name
        raise AccessError(f"{shown}: not a file name (it holds a NUL byte)")
    try:
        if path.is_dir():
            raise AccessError(f"{shown}: is a folder, not an article file")
        # Not blocking on open: a named pipe nothing writes to reads as empty, not for ever.
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
        with open(descriptor, "rb") as handle:  # closed whatever happens next
            os.set_blocking(descriptor, True)
            data = handle.read(MAX_BYTES + 1)
    except FileNotFoundError as exc:
        raise AccessError(f"{shown}: no such file") from exc
    except OSError as exc:
        raise AccessError(f"{shown}: cannot read it ({exc.strerror})") from exc
    return _within_limit(data, shown)


def read_list(location: str) -> str:
    """A list of inputs, one a line, from a file or standard input: UTF-8 text within the
    size limit."""
    try:
        return read_bytes(location).decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise AccessError(f"{location}: not a list of inputs (not UTF-8 text)") from exc


def _within_limit(data: bytes, location: str) -> bytes:
    """``data``, unless it is over the size limit (read one byte past it): then one line,
    rather than the first 20 MB of it converted as if whole."""
    if len(data) > MAX_BYTES:
        raise AccessError(f"{location}: larger than {MAX_BYTES // 2**20} MB; is it an article?")
    return data


__all__ = ["MAX_BYTES", "TIMEOUT_SECONDS", "Source", "make_source", "read_bytes", "read_list", "read_source",
           "readable"]
