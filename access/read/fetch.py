"""Fetch a URL within one overall deadline and a size limit, reporting failures in one line."""

from __future__ import annotations

import http.client
import io
import ipaddress
import socket
import time
import urllib.error
import urllib.request
from email.message import Message

from access import __version__
from access.errors import AccessError
from access.read import TIMEOUT_SECONDS

USER_AGENT = f"access/{__version__} (+accessible article converter)"
CHUNK = 64 * 1024


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


def public_only(host: str, port: int) -> str:
    """The first address of ``host`` once all of them are public (not this machine, nor a
    private, link-local or reserved network); OSError otherwise."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    addresses = [ipaddress.ip_address(info[4][0].split("%")[0]) for info in infos]
    for address in addresses:
        mapped = address.ipv4_mapped if isinstance(address, ipaddress.IPv6Address) else None
        if not (mapped or address).is_global or address.is_multicast:
            raise OSError(f"refused, {host} is a local or private address")
    return str(addresses[0])


def _connection(base: type[http.client.HTTPConnection]) -> type[http.client.HTTPConnection]:
    class DeadlineConnection(base):
        def __init__(self, *args, deadline: float, public: bool = False, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self.deadline, self.public = deadline, public

        def connect(self) -> None:
            left = self.deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("deadline passed")
            self.timeout = left
            if self.public:  # each hop's address checked, and connected to as checked
                self._create_connection = lambda where, *args: socket.create_connection(
                    (public_only(*where), where[1]), *args)
            super().connect()
            self.sock = _DeadlineSocket(self.sock, self.deadline)

    return DeadlineConnection


_HTTP = _connection(http.client.HTTPConnection)
_HTTPS = _connection(http.client.HTTPSConnection)


def _opener(deadline: float, public: bool = False) -> urllib.request.OpenerDirector:
    class HTTPHandler(urllib.request.HTTPHandler):
        def http_open(self, req):
            return self.do_open(_HTTP, req, deadline=deadline, public=public)

    class HTTPSHandler(urllib.request.HTTPSHandler):
        def https_open(self, req):
            return self.do_open(_HTTPS, req, context=self._context, deadline=deadline,
                                public=public)

    return urllib.request.build_opener(HTTPHandler, HTTPSHandler)


def _one_line(value: object) -> str:
    return " ".join(str(value).split())


def fetch_url(url: str, max_bytes: int,
              timeout: float = TIMEOUT_SECONDS) -> tuple[bytes, str, str | None]:
    """Return the body, the final URL and the declared charset of ``url``, all within
    ``timeout`` seconds."""
    data, final_url, headers = fetch_with_headers(url, max_bytes, timeout)
    return data, final_url, headers.get_content_charset()


def fetch_with_headers(url: str, max_bytes: int, timeout: float = TIMEOUT_SECONDS,
                       public: bool = False) -> tuple[bytes, str, Message]:
    """The body, the final URL and the headers of ``url``, all within ``timeout`` seconds;
    ``public``: from public addresses only, each redirect's checked too."""
    deadline = time.monotonic() + timeout
    try:
        request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
        with _opener(deadline, public).open(request, timeout=timeout) as response:
            chunks, size = [], 0
            while size <= max_bytes and (chunk := response.read1(CHUNK)):
                chunks.append(chunk)
                size += len(chunk)
            final_url = response.geturl()
            headers = response.headers
    except urllib.error.HTTPError as exc:
        if str(exc.reason).startswith(urllib.request.HTTPRedirectHandler.inf_msg):
            raise AccessError(f"{url}: too many redirects (they go round in a loop)") from exc
        raise AccessError(f"{url}: the server answered {exc.code} {_one_line(exc.reason)}") from exc
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, TimeoutError):
            raise _late(url, timeout) from exc
        raise AccessError(f"{url}: cannot reach it ({_one_line(exc.reason)})") from exc
    except TimeoutError as exc:
        raise _late(url, timeout) from exc
    except (OSError, http.client.HTTPException, ValueError) as exc:
        reason = _one_line(exc) or type(exc).__name__
        raise AccessError(f"{url}: cannot fetch it ({reason})") from exc
    data = b"".join(chunks)
    if len(data) > max_bytes:
        raise AccessError(f"{url}: larger than {max_bytes // 2**20} MB; is it an article?")
    return data, final_url, headers


def _late(url: str, timeout: float) -> AccessError:
    return AccessError(f"{url}: no complete answer within {timeout:g} s (see --timeout)")
