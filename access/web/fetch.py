"""A guarded fetch for the web app: every redirect hop resolved and checked before connecting.

A page served to the world must not be able to make this server reach its own machine or
network (the router's admin page, another local service). Each hop's host is resolved here,
every address checked, and the connection made to the checked address itself, so a second
DNS answer cannot swap in a private one between the check and the connection."""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
from collections.abc import Callable
from urllib.parse import urljoin, urlsplit

from access import __version__
from access.errors import AccessError
from access.read import Source, make_source
from access.read.fetch import is_public

TIMEOUT_SECONDS = 20
USER_AGENT = f"access/{__version__} (+accessible article converter)"
MAX_REDIRECTS = 5
REDIRECTS = {301, 302, 303, 307, 308}
Address = ipaddress.IPv4Address | ipaddress.IPv6Address
AddressCheck = Callable[[Address], bool]


def any_address(address: Address) -> bool:
    return True


def fetch_source(url: str, max_bytes: int, allowed: AddressCheck = is_public) -> Source:
    """Fetch ``url`` (following up to five redirects, each hop checked) as a Source."""
    data, final_url, charset = fetch_checked(url, max_bytes, allowed)
    return make_source(data, url, url=final_url, declared=charset)


def fetch_checked(url: str, max_bytes: int, allowed: AddressCheck = is_public
                  ) -> tuple[bytes, str, str | None]:
    """The body, final URL and declared charset of ``url``; a one-line AccessError otherwise."""
    current = url
    for _hop in range(MAX_REDIRECTS + 1):
        response, connection = _request(current, allowed)
        try:
            location = response.getheader("Location")
            if response.status in REDIRECTS and location:
                current = urljoin(current, location)
                continue
            if response.status >= 400:
                raise AccessError(f"{url}: the server answered {response.status} {response.reason}")
            data = response.read(max_bytes + 1)
            charset = response.msg.get_content_charset()
        except (OSError, http.client.HTTPException) as exc:
            raise AccessError(f"{url}: the connection failed ({exc})") from exc
        finally:
            connection.close()
        if len(data) > max_bytes:
            raise AccessError(f"{url}: larger than {max_bytes // 2**20} MB; is it an article?")
        return data, current, charset
    raise AccessError(f"{url}: more than {MAX_REDIRECTS} redirects")


def _request(url: str, allowed: AddressCheck):
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise AccessError(f"{url}: only http:// and https:// addresses can be fetched")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as exc:
        raise AccessError(f"{url}: the port is not a number") from exc
    address = _checked_address(url, parts.hostname, port, allowed)
    kind = _PinnedHTTPS if parts.scheme == "https" else _PinnedHTTP
    connection = kind(parts.hostname, port, address)
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    try:
        connection.request("GET", path, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
        return connection.getresponse(), connection
    except (OSError, http.client.HTTPException) as exc:
        connection.close()
        reason = exc.reason if isinstance(exc, ssl.SSLError) else exc
        raise AccessError(f"{url}: cannot reach it ({reason})") from exc


def _checked_address(url: str, host: str, port: int, allowed: AddressCheck) -> str:
    """The first address of ``host``, after every one of its addresses passed ``allowed``."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise AccessError(f"{url}: cannot find the host {host!r}") from exc
    addresses = [ipaddress.ip_address(info[4][0].split("%")[0]) for info in infos]
    refused = [a for a in addresses if not allowed(a)]
    if refused:
        where = "" if host.strip("[]") == str(refused[0]) else f" ({refused[0]})"
        raise AccessError(f"{url}: refused, {host} is a local or private address{where}; "
                          "start the server with --allow-private-urls to allow it")
    return str(addresses[0])


class _PinnedHTTP(http.client.HTTPConnection):
    """An HTTP connection to an address already checked, whatever the name resolves to now."""

    def __init__(self, host: str, port: int, address: str) -> None:
        super().__init__(host, port, timeout=TIMEOUT_SECONDS)
        self.address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((self.address, self.port), self.timeout)


class _PinnedHTTPS(http.client.HTTPSConnection):
    """The same for HTTPS; the certificate is still checked against the host's name."""

    def __init__(self, host: str, port: int, address: str) -> None:
        super().__init__(host, port, timeout=TIMEOUT_SECONDS, context=ssl.create_default_context())
        self.address = address

    def connect(self) -> None:
        sock = socket.create_connection((self.address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)
