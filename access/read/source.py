"""The Source: what was read, decoded, and whether it is HTML or copied text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from charset_normalizer import from_bytes

from access.errors import AccessError

Kind = Literal["html", "text"]

HTML_SIGNS = re.compile(
    rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<(article|div|p|meta|title)[\s>/]",
    re.IGNORECASE,
)
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w:.-]+)""", re.IGNORECASE)
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


def decode(data: bytes, declared: str | None = None) -> str:
    """Decode bytes using a BOM, a declared charset, UTF-8, then detection."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data.decode(encoding).lstrip("\ufeff")
    candidates = [declared] if declared else []
    meta = META_CHARSET.search(data[:4096])
    if meta:
        candidates.append(meta.group(1).decode("ascii", "ignore"))
    candidates.append("utf-8")
    for encoding in candidates:
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    best = from_bytes(data).best()
    if best is None:
        raise AccessError("could not work out the text encoding; save the article as UTF-8")
    return str(best)


def make_source(data: bytes, name: str, url: str = "", declared: str | None = None) -> Source:
    """Check, decode and classify raw bytes."""
    if not data.strip():
        raise AccessError(f"{name}: the input is empty")
    if looks_binary(data):
        raise AccessError(f"{name}: this is not text or HTML (it looks like a binary file)")
    text = decode(data, declared)
    return Source(text=text, kind=sniff_kind(data, name), name=name, url=url)
