"""WeasyPrint, imported on Linux without its library search's forty-odd processes.

WeasyPrint opens each of its libraries under several names, Windows' and macOS' first; cffi
hands every name the loader refuses to ``ctypes.util.find_library``, which on Linux runs
ldconfig, gcc and ld for each (a quarter of a second of CPU before the first page). On Linux
that search can only answer a soname for the loader to open, and WeasyPrint's lists hold the
sonames ("libpango-1.0.so.0"), so the import is tried first with the search answering "none"
in this thread; should a library then be missing, the import is made again with the search."""

from __future__ import annotations

import ctypes.util
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType

_PATCHING = threading.Lock()  # one thread at a time swaps ``find_library`` and puts it back


@contextmanager
def _no_library_search() -> Iterator[None]:
    """``find_library`` answering None in this thread (other threads search as ever). One
    thread at a time: two overlapping would put back each other's stand-in, leaving it for
    good (and a later thread given the same id found no library)."""
    with _PATCHING:
        search, here = ctypes.util.find_library, threading.get_ident()

        def find_library(name: str) -> str | None:
            return None if threading.get_ident() == here else search(name)

        ctypes.util.find_library = find_library
        try:
            yield
        finally:
            ctypes.util.find_library = search


def weasyprint() -> ModuleType:
    """The ``weasyprint`` module, imported once."""
    if "weasyprint" not in sys.modules and sys.platform.startswith("linux"):
        try:
            with _no_library_search():
                import weasyprint
        except OSError:  # a library under a soname WeasyPrint does not list: searched for
            pass
    import weasyprint

    from access.render.pdf.actual_text import install

    install(weasyprint)
    return weasyprint
