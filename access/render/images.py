"""Embed a document's images as data URIs, when reachable and small, for page and PDF alike."""

from __future__ import annotations

import base64
import time
from concurrent.futures import ThreadPoolExecutor

from access.document import Document, Figure
from access.errors import AccessError

MAX_IMAGE_BYTES = 2 * 1024 * 1024
TIMEOUT_SECONDS = 8  # for all the article's pictures
IMAGE_TYPES = ("image/png", "image/jpeg", "image/gif", "image/webp", "image/svg+xml")


def _fetch(url: str, deadline: float, public: bool = False) -> str | None:
    """The picture at ``url`` as a data URI, if it comes whole before ``deadline`` (a server
    trickling it is cut off there) and is a raster image of ``MAX_IMAGE_BYTES`` at most;
    ``public``: only from public addresses."""
    from access.read.fetch import fetch_with_headers  # http.client and ssl: only for pictures online

    left = deadline - time.monotonic()
    if left <= 0:
        return None
    try:
        data, _, headers = fetch_with_headers(url, MAX_IMAGE_BYTES, left, public)
    except AccessError:
        return None
    kind = headers.get_content_type()
    if kind not in IMAGE_TYPES or kind == "image/svg+xml":
        return None  # SVG can carry scripts: never embedded
    return f"data:{kind};base64,{base64.b64encode(data).decode('ascii')}"


def embed_images(doc: Document, fetch: bool = True, public: bool = False) -> dict[str, str]:
    """Figure address → data URI for every image that can be embedded; ``public``: fetched
    from public addresses only (a web app's article must not make it reach its own network)."""
    sources = {b.src for b in doc.blocks if isinstance(b, Figure) and b.src}
    embedded = {src: src for src in sources
                if src.startswith("data:image/") and not src.startswith("data:image/svg")}
    remote = sorted(src for src in sources if src.startswith(("http://", "https://")))
    if fetch and remote:
        with ThreadPoolExecutor(4) as pool:
            deadline = time.monotonic() + TIMEOUT_SECONDS  # for all of them together
            found = pool.map(lambda src: _fetch(src, deadline, public), remote)
            for src, data in zip(remote, found, strict=True):
                if data:
                    embedded[src] = data
    return embedded
