"""`access serve`: a local web app for people who do not use a terminal.

Starlette on uvicorn: a few pages and two JSON routes need routing, form and upload parsing,
file responses and a lifespan, which Starlette has; FastAPI's additions (pydantic models,
OpenAPI) are not needed here and would bring pydantic. uvicorn stops cleanly on Ctrl-C and
SIGTERM, and its pure-Python HTTP parser (h11) needs nothing compiled."""

from __future__ import annotations

from pathlib import Path

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def serve(host: str, port: int, out_dir: Path, allow_private_urls: bool = False,
          announce=print) -> None:
    """Run the app until Ctrl-C or SIGTERM; jobs write under ``out_dir``."""
    import uvicorn

    from access.web.app import create_app

    app = create_app(out_dir, allow_private_urls, loopback_only=host in LOOPBACK)
    config = uvicorn.Config(app, host=host, port=port, log_level="warning", access_log=False,
                            lifespan="on", timeout_graceful_shutdown=5)
    server = uvicorn.Server(config)
    shown = f"[{host}]" if ":" in host else host
    announce(f"access: serving on http://{shown}:{port}/ (Ctrl-C to stop)")
    try:
        server.run()  # after a clean shutdown uvicorn re-raises the signal that asked for it
    except KeyboardInterrupt:
        announce("access: stopped")
