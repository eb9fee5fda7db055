"""Embed a document's images as data URIs, when reachable and small, for page and PDF alike."""

from __future__ import annotations

import base64
import threading
import time
from concurrent.futures import ThreadPoolExecutor

from access.document import Document, Figure
from access.errors import AccessError

MAX_IMAGE_BYTES = 2 * 1024 * 1024  # each picture
MAX_ARTICLE_IMAGE_BYTES = 10 * 1024 * 1024  # all of an article's pictures: the rest left out
TIMEOUT_SECONDS = 8  # for all the article's pictures
IMAGE_TYPES = ("image/png", "image/jpeg", "image/gif", "image/webp", "image/svg+xml")


class _Budget:
    """The bytes of pictures an article may still embed, taken by one picture at a time."""

    def __init__(self, total: int) -> None:
        self.left, self._lock = total, threading.Lock()

    def take(self, size: int) -> bool:
        with self._lock:
            if size > self.left:
                return False
            self.left -= size
            return True


def _fetch(url: str, deadline: float, budget: _Budget, public: bool = False) -> str | None:
    """The picture at ``url`` as a data URI, if it comes whole before ``deadline`` (a server
    trickling it is cut off there), is a raster image of ``MAX_IMAGE_BYTES`` at most and fits
    in what is ``budget`` left; ``public``: only from public addresses."""
    from access.read.fetch import fetch_with_headers, is_public  # http.client, ssl: for pictures online

    left = deadline - time.monotonic()
    if left <= 0 or budget.left <= 0:
        return None
    try:
        data, _, headers = fetch_with_headers(url, min(MAX_IMAGE_BYTES, budget.left), left,
                                              is_public if public else None)
    except AccessError:
        return None
    kind = headers.get_content_type()
    if kind not in IMAGE_TYPES or kind == "image/svg+xml" or not budget.take(len(data)):
        return None  # SVG can carry scripts: never embedded
    return f"data:{kind};base64,{base64.b64encode(data).decode('ascii')}"


def embed_images(doc: Document, fetch: bool = True, public: bool = False) -> dict[str, str]:
    """Figure address → data URI for every image that can be embedded, up to
    ``MAX_ARTICLE_IMAGE_BYTES`` in all (a picture left out is read by its alt text);
    ``public``: fetched from public addresses only (a web app's article must not make it
    reach its own network)."""
    sources = list(dict.fromkeys(b.src for b in doc.blocks if isinstance(b, Figure) and b.src))
    budget = _Budget(MAX_ARTICLE_IMAGE_BYTES)
    embedded = {src: src for src in sources  # a data: URI's picture: about ¾ of its text
                if src.startswith("data:image/") and not src.startswith("data:image/svg")
                and budget.take(len(src.partition(",")[2]) * 3 // 4)}
    remote = sorted(src for src in sources if src.startswith(("http://", "https://")))
    if fetch and remote:
        with ThreadPoolExecutor(4) as pool:
            deadline = time.monotonic() + TIMEOUT_SECONDS  # for all of them together
            found = pool.map(lambda src: _fetch(src, deadline, budget, public), remote)
            for src, data in zip(remote, found, strict=True):
                if data:
                    embedded[src] = data
    return embedded
