"""The Source: what was read, decoded, and whether it is HTML or copied text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from bs4.dammit import UnicodeDammit

from access.errors import AccessError

Kind = Literal["html", "text"]

HTML_SIGNS = re.compile(
    rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<(article|div|p|meta|title)[\s>/]",
    re.IGNORECASE,
)
BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


@dataclass(frozen=True)
class Source:
    text: str
    kind: Kind
    name: str  # file name, URL or "-"
    url: str = ""  # the page's address when it came from the web


def sniff_kind(data: bytes, name: str = "") -> Kind:
    """HTML if the bytes look like markup near the start; the extension only breaks ties."""
    head = data[:4096].lstrip()
    if HTML_SIGNS.search(head):
        return "html"
    if name.lower().endswith((".html", ".htm", ".xhtml")) and head.startswith(b"<"):
        return "html"
    return "text"


def looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if any(sample.startswith(bom) for bom, _ in BOMS):
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls > len(sample) * 0.05


def decode(data: bytes, declared: str | None = None, is_html: bool = False) -> str:
    """Decode bytes with Beautiful Soup's UnicodeDammit: a BOM, the server's charset, the
    page's own <meta charset>, UTF-8, then detection by charset-normalizer."""
    dammit = UnicodeDammit(data, known_definite_encodings=[declared] if declared else [],
                           user_encodings=["utf-8"], is_html=is_html)
    if dammit.unicode_markup is None:
        raise AccessError("could not work out the text encoding; save the article as UTF-8")
    return dammit.unicode_markup.lstrip("\ufeff")


def make_source(data: bytes, name: str, url: str = "", declared: str | None = None) -> Source:
    """Check, decode and classify raw bytes."""
    if not data.strip():
        raise AccessError(f"{name}: the input is empty")
    if looks_binary(data):
        raise AccessError(f"{name}: this is not text or HTML (it looks like a binary file)")
    kind = sniff_kind(data, name)
    return Source(text=decode(data, declared, is_html=kind == "html"), kind=kind, name=name,
                  url=url)
