"""The real `access serve` on loopback (a subprocess on a free port), and a local article site."""

from __future__ import annotations

import http.server
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import pytest

TITLE = "River rises over the old town bridge"
ARTICLE = ("<!doctype html><html lang='en'><head><title>{title}</title></head><body><article>"
           "<h1>{title}</h1>{paras}</article></body></html>").format(
    title=TITLE, paras="".join(
        f"<p>Paragraph {n} tells how the river rose over the old town bridge, and what the "
        "people living beside it did next to keep their homes dry.</p>" for n in range(1, 7)))
SHORT_TEXT = """A quiet morning in the harbour

The boats came back early on Tuesday, before the sun was fully up over the old stone harbour \
wall. The fishermen said the sea had been calm all night and the catch was the best of the season.

By noon the market had sold every fish on its tables, and the traders who had driven in from the \
villages along the coast went home with empty crates and full pockets.

The harbour master said the calm weather would hold until the weekend, when a storm is expected \
to come in from the west and keep the boats in port for several days."""


@dataclass
class Server:
    url: str
    process: subprocess.Popen

    def client(self) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=30)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(out_dir, *flags: str) -> Server:
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "access", "serve", "--port", str(port),
                                "--out", str(out_dir), *flags],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            httpx.get(url + "/", timeout=2)
            return Server(url, process)
        except httpx.TransportError:
            if process.poll() is not None:
                raise AssertionError(f"the server stopped: {process.stderr.read()}") from None
            time.sleep(0.2)
    process.kill()
    raise AssertionError("the server did not answer within 30 s")


def stop_server(server: Server) -> tuple[int, str, str]:
    """SIGTERM, as a service manager would send it; the exit code and what it printed."""
    server.process.send_signal(signal.SIGTERM)
    out, err = server.process.communicate(timeout=30)
    return server.process.returncode, out, err


@pytest.fixture(scope="session")
def server(tmp_path_factory) -> Iterator[Server]:
    running = start_server(tmp_path_factory.mktemp("serve"))
    yield running
    code, out, err = stop_server(running)
    assert code == -signal.SIGTERM, err  # uvicorn shuts down, then re-raises the signal
    assert "Traceback" not in out + err


@pytest.fixture(scope="module")
def browser(playwright_driver):
    """A Chromium of the web pages' own: in full runs of the suite, the session's Chromium,
    after every reading-page test, stalled for minutes creating these tests' pages (calls
    with no timeout), while the same tests pass on a fresh one."""
    from tests.conftest import launch_chromium

    chromium = launch_chromium(playwright_driver)
    yield chromium
    chromium.close()


@pytest.fixture(scope="session")
def open_server(tmp_path_factory) -> Iterator[Server]:
    """A server started with --allow-private-urls, and a fetch limit long enough for a test
    to hold a job at reading (test_pages)."""
    running = start_server(tmp_path_factory.mktemp("serve-open"), "--allow-private-urls",
                           "--timeout", "600")
    yield running
    stop_server(running)


SLOW_HANDLERS: dict = {}  # path → handler(request), for tests that need a slow answer


class _Site(http.server.BaseHTTPRequestHandler):
    """/article.html, /hop (a redirect to the article), /hop-to?url (a redirect anywhere)."""

    def do_GET(self) -> None:
        if self.path in SLOW_HANDLERS:
            SLOW_HANDLERS[self.path](self)
        elif self.path == "/article.html":
            body = ARTICLE.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path.startswith("/hop-to?"):
            self.send_response(302)
            self.send_header("Location", self.path.split("?", 1)[1])
            self.end_headers()
        elif self.path == "/hop":
            self.send_response(301)
            self.send_header("Location", "/article.html")
            self.end_headers()
        else:
            self.send_error(404)

    def log_message(self, *args) -> None:
        pass


def serve_site(host: str, handler: type[http.server.BaseHTTPRequestHandler] | None = None
               ) -> http.server.ThreadingHTTPServer:
    """A real HTTP server on ``host`` (the article site, or ``handler``'s), serving in a thread."""
    site = http.server.ThreadingHTTPServer((host, 0), handler or _Site)
    threading.Thread(target=site.serve_forever, daemon=True).start()
    return site


@pytest.fixture(scope="session")
def article_site() -> Iterator[str]:
    """A real HTTP server on 127.0.0.1 serving an article: a private address."""
    site = serve_site("127.0.0.1")
    yield f"http://127.0.0.1:{site.server_address[1]}"
    site.shutdown()


def wait_done(client: httpx.Client, status_url: str, seconds: float = 120) -> dict:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        job = client.get(status_url).json()
        if job["status"] in ("done", "failed"):
            return job
        time.sleep(0.3)
    raise AssertionError(f"the job did not finish in {seconds} s: {job}")
