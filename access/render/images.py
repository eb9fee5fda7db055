"""Embed a document's images as data URIs, when reachable and small, for page and PDF alike."""

from __future__ import annotations

import base64
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

from access.document import Document, Figure
from access.read.fetch import USER_AGENT

MAX_IMAGE_BYTES = 2 * 1024 * 1024
TIMEOUT_SECONDS = 8
IMAGE_TYPES = ("image/png", "image/jpeg", "image/gif", "image/webp", "image/svg+xml")


def _fetch(url: str) -> str | None:
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
            kind = response.headers.get_content_type()
            data = response.read(MAX_IMAGE_BYTES + 1)
    except (urllib.error.URLError, OSError, ValueError):
        return None
    if kind not in IMAGE_TYPES or len(data) > MAX_IMAGE_BYTES or kind == "image/svg+xml":
        return None  # SVG can carry scripts: never embedded
    return f"data:{kind};base64,{base64.b64encode(data).decode('ascii')}"


def embed_images(doc: Document, fetch: bool = True) -> dict[str, str]:
    """Figure address → data URI for every image that can be embedded."""
    sources = {b.src for b in doc.blocks if isinstance(b, Figure) and b.src}
    embedded = {src: src for src in sources
                if src.startswith("data:image/") and not src.startswith("data:image/svg")}
    remote = sorted(src for src in sources if src.startswith(("http://", "https://")))
    if fetch and remote:
        with ThreadPoolExecutor(4) as pool:
            for src, data in zip(remote, pool.map(_fetch, remote), strict=True):
                if data:
                    embedded[src] = data
    return embedded
