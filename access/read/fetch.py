"""Fetch a URL with a timeout and a size limit, reporting failures in one line."""

from __future__ import annotations

import urllib.error
import urllib.request

from access import __version__
from access.errors import AccessError

TIMEOUT_SECONDS = 20
USER_AGENT = f"access/{__version__} (+accessible article converter)"


def fetch_url(url: str, max_bytes: int) -> tuple[bytes, str, str | None]:
    """Return the body, the final URL and the declared charset of ``url``."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
            data = response.read(max_bytes + 1)
            final_url = response.geturl()
            charset = response.headers.get_content_charset()
    except urllib.error.HTTPError as exc:
        raise AccessError(f"{url}: the server answered {exc.code} {exc.reason}") from exc
    except urllib.error.URLError as exc:
        raise AccessError(f"{url}: cannot reach it ({exc.reason})") from exc
    except (TimeoutError, OSError) as exc:
        raise AccessError(f"{url}: cannot reach it ({exc})") from exc
    if len(data) > max_bytes:
        raise AccessError(f"{url}: larger than {max_bytes // 2**20} MB; is it an article?")
    return data, final_url, charset
