"""Titles put in one shape: no control characters, no site name at either end."""

from __future__ import annotations

import unicodedata

from access.document.model import UNSPACED

SITE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ", " « ", " » ")
GLUED_SEPARATORS = ("|", "｜", "_", "-", "－")  # in a script written without spaces: "标题_百度百科"


def clean_title(text: str) -> str:
    """A title with control and format characters taken out and white space folded."""
    text = text or ""
    if not text.isprintable():  # a printable text has no control or format characters
        text = "".join(" " if unicodedata.category(c) in ("Cc", "Zl", "Zp") else c
                       for c in text if unicodedata.category(c) != "Cf")
    return " ".join(text.split())


def strip_site(title: str, site: str) -> str:
    """A <title> or og:title without the " | Site name" at its end (or start)."""
    folded = site.casefold().strip()
    for sep in SITE_SEPARATORS + (GLUED_SEPARATORS if UNSPACED.search(title) else ()):
        if sep not in title:
            continue
        head, _, tail = title.rpartition(sep)
        if folded and (tail.casefold().strip() == folded or folded.startswith(tail.casefold())):
            return head.strip()
        first, _, rest = title.partition(sep)
        if folded and first.casefold().strip() == folded:
            return rest.strip()
    return title
