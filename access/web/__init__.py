"""`access serve`: a local web app for people who do not use a terminal.

Starlette on uvicorn: a few pages and two JSON routes need routing, form and upload parsing,
file responses and a lifespan, which Starlette has; FastAPI's additions (pydantic models,
OpenAPI) are not needed here and would bring pydantic. uvicorn stops cleanly on Ctrl-C and
SIGTERM, and its pure-Python HTTP parser (h11) needs nothing compiled."""

from __future__ import annotations

import contextlib
import os
import socket
from pathlib import Path

from access.errors import AccessError
from access.read.fetch import TIMEOUT_SECONDS

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def serve(host: str, port: int, out_dir: Path, allow_private_urls: bool = False,
          announce=print, timeout: float = TIMEOUT_SECONDS) -> None:
    """Run the app until Ctrl-C or SIGTERM; jobs write under ``out_dir`` and fetch a URL
    within ``timeout`` seconds in all."""
    import uvicorn

    from access.web.app import create_app

    sock = listen(host, port)
    app = create_app(out_dir, allow_private_urls, loopback_only=host in LOOPBACK, timeout=timeout)
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on",
                            timeout_graceful_shutdown=5)
    server = uvicorn.Server(config)
    shown = f"[{host}]" if ":" in host else host
    announce(f"access: serving on http://{shown}:{sock.getsockname()[1]}/ (Ctrl-C to stop)")
    # After a clean stop uvicorn re-raises the signal that asked for it, or returns when the
    # signal came while it was already stopping: stopped either way.
    with contextlib.suppress(KeyboardInterrupt):
        server.run(sockets=[sock])
    announce("access: stopped")


def listen(host: str, port: int) -> socket.socket:
    """The listening socket, or a one-line error (a busy port, an unknown address)."""
    try:
        family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
        return socket.create_server((host, port), family=family)
    except OSError as exc:
        reason = os.strerror(exc.errno) if exc.errno and exc.errno > 0 else exc.strerror or exc
        raise AccessError(f"cannot listen on {host}:{port} ({reason})") from exc
