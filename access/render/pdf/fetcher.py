"""The PDF's URL fetcher: embedded raster images only, never the network or the disk."""

from __future__ import annotations

from weasyprint.urls import URLFetcher

ALLOWED_PREFIX = "data:image/"
REFUSED_PREFIXES = ("data:image/svg",)  # SVG can carry scripts and external references


class OfflineFetcher(URLFetcher):
    """Serves data: images; anything else is refused (WeasyPrint then draws nothing)."""

    def __init__(self) -> None:
        super().__init__(allowed_protocols=("data",), fail_on_errors=False)

    def fetch(self, url: str, headers: dict | None = None):
        if not url.startswith(ALLOWED_PREFIX) or url.startswith(REFUSED_PREFIXES):
            raise ValueError(f"not fetched while making the PDF: {url[:80]}")
        return super().fetch(url, headers)
