"""Fetch a URL within one overall deadline and a size limit, reporting failures in one line.

With an address check (the web app's: a page served to the world must not make the server
reach its own machine or network), every redirect hop's host is resolved here, each of its
addresses checked, and the connection made to the checked address itself, so a second DNS
answer cannot swap in a private one. Such a fetch goes direct, ignoring http_proxy and
https_proxy: through a proxy the check would see the proxy's address, not the site's."""

from __future__ import annotations

import http.client
import io
import ipaddress
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from email.message import Message

from access import __version__
from access.errors import AccessError
from access.read import TIMEOUT_SECONDS

USER_AGENT = f"access/{__version__} (+accessible article converter)"
CHUNK = 64 * 1024
Address = ipaddress.IPv4Address | ipaddress.IPv6Address
AddressCheck = Callable[[Address], bool]


class _DeadlineReader(io.RawIOBase):
    """A socket's bytes, each read allowed only the time left before the deadline, so a
    server that trickles one byte a second is cut off at the deadline, not after every byte."""

    def __init__(self, sock: socket.socket, deadline: float) -> None:
        super().__init__()
        self._sock, self._deadline = sock, deadline
        self._raw = sock.makefile("rb", buffering=0)  # keeps the socket open while read

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        left = self._deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("deadline passed")
        self._sock.settimeout(left)
        return self._raw.readinto(buffer)

    def close(self) -> None:
        self._raw.close()
        super().close()


class _DeadlineSocket:
    """A connected socket whose response stream keeps to the deadline."""

    def __init__(self, sock: socket.socket, deadline: float) -> None:
        self._sock, self._deadline = sock, deadline

    def makefile(self, mode: str = "rb", *args, **kwargs):
        return io.BufferedReader(_DeadlineReader(self._sock, self._deadline))

    def __getattr__(self, name: str):
        return getattr(self._sock, name)


# IPv6 prefixes that carry an IPv4 address in their last 32 bits, reaching it through a
# translator: NAT64's well-known prefix (RFC 6052), IPv4-compatible addresses (RFC 4291) and
# SIIT's IPv4-translated ones (RFC 2765). Python's ipaddress takes them for global whatever
# IPv4 address they carry.
CARRYING_IPV4 = (ipaddress.IPv6Network("64:ff9b::/96"), ipaddress.IPv6Network("::/96"),
                 ipaddress.IPv6Network("::ffff:0:0:0/96"))
# NAT64 prefixes for a network's own use (RFC 8215): never global, whatever they carry.
LOCAL_NAT64 = ipaddress.IPv6Network("64:ff9b:1::/48")


def is_public(address: Address) -> bool:
    """False for loopback, private, link-local, reserved, multicast and unspecified addresses,
    and for an IPv6 address that carries one of those in IPv4 ("::ffff:127.0.0.1", NAT64's
    "64:ff9b::a00:1", 6to4's "2002:7f00:1::") or a local NAT64 prefix."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    if isinstance(address, ipaddress.IPv6Address):
        if address in LOCAL_NAT64:
            return False
        carried = address.sixtofour or next(
            (ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
             for prefix in CARRYING_IPV4 if address in prefix), None)
        if carried is not None and not is_public(carried):
            return False
    return address.is_global and not address.is_multicast


class Refused(OSError):
    """A host the address check refuses."""


def checked_address(host: str, port: int, allowed: AddressCheck) -> str:
    """The first address of ``host`` once all of them pass ``allowed``; Refused otherwise."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    addresses = [ipaddress.ip_address(info[4][0].split("%")[0]) for info in infos]
    refused = [a for a in addresses if not allowed(a)]
    if refused:
        where = "" if host.strip("[]") == str(refused[0]) else f" ({refused[0]})"
        raise Refused(f"refused, {host} is a local or private address{where}; "
                      "start the server with --allow-private-urls to allow it")
    return str(addresses[0])


def _connection(base: type[http.client.HTTPConnection]) -> type[http.client.HTTPConnection]:
    class DeadlineConnection(base):
        def __init__(self, *args, deadline: float, allowed: AddressCheck | None = None,
                     **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self.deadline, self.allowed = deadline, allowed

        def connect(self) -> None:
            left = self.deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("deadline passed")
            self.timeout = left
            if self.allowed:  # each hop's address checked, and connected to as checked
                self._create_connection = lambda where, *args: socket.create_connection(
                    (checked_address(*where, self.allowed), where[1]), *args)
            super().connect()
            self.sock = _DeadlineSocket(self.sock, self.deadline)

    return DeadlineConnection


_HTTP = _connection(http.client.HTTPConnection)
_HTTPS = _connection(http.client.HTTPSConnection)


class _WebRedirects(urllib.request.HTTPRedirectHandler):
    """Redirects followed to web addresses only: urllib follows one to ftp:// too, where no
    deadline and no address check (``allowed``) reach (an ftp:// picture on the local network)."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if urllib.parse.urlsplit(newurl).scheme not in ("http", "https"):
            raise urllib.error.HTTPError(newurl, code, f"{msg}: a redirect to {newurl} (not a web address)",
                                         headers, fp)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _opener(deadline: float, allowed: AddressCheck | None = None) -> urllib.request.OpenerDirector:
    """An opener keeping to ``deadline``; with ``allowed``, checking each hop and going direct
    (the environment's proxies are used only when there is no check)."""
    class HTTPHandler(urllib.request.HTTPHandler):
        def http_open(self, req):
            return self.do_open(_HTTP, req, deadline=deadline, allowed=allowed)

    class HTTPSHandler(urllib.request.HTTPSHandler):
        def https_open(self, req):
            return self.do_open(_HTTPS, req, context=self._context, deadline=deadline,
                                allowed=allowed)

    direct = [urllib.request.ProxyHandler({})] if allowed else []
    return urllib.request.build_opener(HTTPHandler, HTTPSHandler, _WebRedirects, *direct)


REASON_CHARACTERS = 120  # of a library's reason, which may quote what the server sent


def _one_line(value: object) -> str:
    """``value`` as one line of printable text (a server's bytes may be anything)."""
    return " ".join("".join(c if c.isprintable() else " " for c in str(value)).split())


def fetch_url(url: str, max_bytes: int, timeout: float = TIMEOUT_SECONDS,
              allowed: AddressCheck | None = None) -> tuple[bytes, str, str | None]:
    """Return the body, the final URL and the declared charset of ``url``, all within
    ``timeout`` seconds; ``allowed``: the check every hop's addresses must pass."""
    data, final_url, headers = fetch_with_headers(url, max_bytes, timeout, allowed)
    return data, final_url, headers.get_content_charset()


def fetch_with_headers(url: str, max_bytes: int, timeout: float = TIMEOUT_SECONDS,
                       allowed: AddressCheck | None = None) -> tuple[bytes, str, Message]:
    """The body, the final URL and the headers of ``url``, all within ``timeout`` seconds;
    ``allowed``: the check every hop's addresses must pass (``is_public``: public ones only)."""
    deadline = time.monotonic() + timeout
    try:
        request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
        with _opener(deadline, allowed).open(request, timeout=timeout) as response:
            chunks, size = [], 0
            while size <= max_bytes and (chunk := response.read1(CHUNK)):
                chunks.append(chunk)
                size += len(chunk)
            if size <= max_bytes and response.length:  # closed before its Content-Length
                raise http.client.IncompleteRead(b"", response.length)
            final_url = response.geturl()
            headers = response.headers
    except urllib.error.HTTPError as exc:
        if str(exc.reason).startswith(urllib.request.HTTPRedirectHandler.inf_msg):
            raise AccessError(f"{url}: too many redirects (they go round in a loop)") from exc
        raise AccessError(f"{url}: the server answered {exc.code} {_one_line(exc.reason)}") from exc
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, Refused):
            raise AccessError(f"{url}: {exc.reason}") from exc
        if isinstance(exc.reason, TimeoutError):
            raise _late(url, timeout) from exc
        raise AccessError(f"{url}: cannot reach it ({_one_line(exc.reason)})") from exc
    except TimeoutError as exc:
        raise _late(url, timeout) from exc
    except http.client.BadStatusLine as exc:  # its first line, a page's worth, is not shown
        raise AccessError(f"{url}: cannot fetch it (the server's answer is not HTTP)") from exc
    except http.client.IncompleteRead as exc:
        raise AccessError(f"{url}: cannot fetch it (the server's answer was cut short)") from exc
    except (OSError, http.client.HTTPException, ValueError) as exc:
        reason = _one_line(exc)[:REASON_CHARACTERS] or type(exc).__name__
        raise AccessError(f"{url}: cannot fetch it ({reason})") from exc
    data = b"".join(chunks)
    if len(data) > max_bytes:
        raise AccessError(f"{url}: larger than {max_bytes // 2**20} MB; is it an article?")
    return unpacked(data, headers.get("Content-Encoding", ""), url, max_bytes), final_url, headers


def unpacked(data: bytes, encoding: str, url: str, max_bytes: int) -> bytes:
    """The body as it was before the server compressed it (its Content-Encoding, though none
    was asked for), unpacked no further than ``max_bytes``. gzip is left to ``make_source``,
    which knows it by its first bytes; a body that does not unpack is kept as sent (servers
    label plain pages wrongly), for ``make_source`` to judge."""
    for coding in reversed([c.strip().lower() for c in encoding.split(",")]):
        if coding in ("", "identity", "gzip", "x-gzip"):
            continue
        if coding not in ("deflate", "br"):
            raise AccessError(f"{url}: the server sent it compressed as {_one_line(coding)[:20]!r}, "
                              "which cannot be unpacked here")
        inflated = _inflated(data, max_bytes) if coding == "deflate" else _unbrotlied(data, max_bytes, url)
        if inflated is not None and len(inflated) > max_bytes:
            raise AccessError(f"{url}: larger than {max_bytes // 2**20} MB unpacked; is it an article?")
        data = data if inflated is None else inflated
    return data


def _inflated(data: bytes, max_bytes: int) -> bytes | None:
    """``data`` inflated (zlib's wrapper, or raw deflate as some servers send), at most one
    byte past ``max_bytes``; None when it is neither."""
    import zlib

    for wbits in (15, -15):
        try:
            inflater = zlib.decompressobj(wbits=wbits)
            return inflater.decompress(data, max_bytes + 1)
        except zlib.error:
            continue
    return None


def _unbrotlied(data: bytes, max_bytes: int, url: str) -> bytes | None:
    """``data`` unpacked from brotli, at most about ``max_bytes`` past it; None when it is not."""
    try:
        import brotli
    except ImportError as exc:
        raise AccessError(f"{url}: the server sent it compressed as 'br', which cannot be unpacked "
                          "here (pip install brotli)") from exc
    try:
        return brotli.Decompressor().process(data, output_buffer_limit=max_bytes + 1)
    except brotli.error:
        return None


def _late(url: str, timeout: float) -> AccessError:
    return AccessError(f"{url}: no complete answer within {timeout:g} s (see --timeout)")
