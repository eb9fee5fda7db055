"""The JSON API and the refusals, against the real server on loopback (httpx)."""

from __future__ import annotations

import http.server
import ipaddress
import json
import time
from typing import ClassVar

import pytest

from access.errors import AccessError
from access.read.fetch import fetch_url, is_public
from tests.conftest import ROOT
from tests.web.conftest import ARTICLE, SHORT_TEXT, TITLE, serve_site, wait_done

pytestmark = pytest.mark.xdist_group("web-api")
FAST = {"formats": ["html", "json"]}


def submit(client, **fields):
    response = client.post("/api/convert", data={**FAST, **fields})
    assert response.status_code == 202, response.text
    return response.json()


def test_convert_text_gives_a_job_whose_files_are_served(server):
    with server.client() as client:
        answer = submit(client, text=SHORT_TEXT)
        assert set(answer) == {"id", "status_url"}
        assert answer["status_url"] == f"{server.url}/api/jobs/{answer['id']}"
        job = wait_done(client, answer["status_url"])
        assert job["status"] == "done", job
        assert job["progress"] == 1 and job["stage"] == "done" and job["error"] is None
        assert set(job["files"]) == {"html", "json", "manifest"}
        page = client.get(job["files"]["html"])
        assert page.headers["content-type"].startswith("text/html")
        assert "The boats came back early on Tuesday" in page.text
        doc = client.get(job["files"]["json"]).json()
        assert doc["title"] == "A quiet morning in the harbour"
        assert all(url.startswith(f"{server.url}/jobs/{answer['id']}/")
                   for url in job["files"].values())


def test_text_sent_as_a_file_part_is_the_files_text(server):
    """`curl -F text=@copied.txt` (the README's example) converted the part's description
    ("UploadFile(filename='copied.txt', …)") as the article."""
    with server.client() as client:
        response = client.post("/api/convert", data=FAST,
                               files={"text": ("copied.txt", SHORT_TEXT.encode("utf-8"), "text/plain")})
        assert response.status_code == 202, response.text
        job = wait_done(client, response.json()["status_url"])
        assert job["status"] == "done", job
        assert job["title"] == "A quiet morning in the harbour"


def test_a_warning_a_terminal_would_show_is_on_the_job_and_its_page(server):
    """A Khmer article: no voice reads it, so no narration (a warning on stderr in the terminal;
    the web user saw a finished job with no MP3 and no reason)."""
    khmer = (ROOT / "tests" / "data" / "scripts" / "km.txt").read_text(encoding="utf-8")
    with server.client() as client:
        answer = submit(client, text=khmer, formats=["html", "mp3"])
        job = wait_done(client, answer["status_url"])
        assert job["status"] == "done", job
        assert "mp3" not in job["files"]
        assert any("no narration is made" in warning for warning in job["warnings"]), job
        page = client.get(f"{server.url}/jobs/{answer['id']}").text
        assert "Please note" in page and "no narration is made" in page


def test_form_errors_are_one_line_each_and_tied_to_their_field(server):
    with server.client() as client:
        nothing = client.post("/api/convert", data=FAST)
        assert nothing.status_code == 400 and set(nothing.json()["errors"]) == {"text"}
        two = client.post("/api/convert", data={**FAST, "text": "x", "url": "https://example.org/"})
        assert set(two.json()["errors"]) == {"url"}
        bad = client.post("/api/convert", data={**FAST, "url": "file:///etc/passwd"})
        assert "http://" in bad.json()["errors"]["url"]
        none_ticked = client.post("/api/convert", data={"text": "x", "formats": [""]})
        assert set(none_ticked.json()["errors"]) == {"formats"}
        for field in ("theme", "text_size", "page_size", "voice"):
            wrong = client.post("/api/convert", data={**FAST, "text": "x", field: "nonsense"})
            assert set(wrong.json()["errors"]) == {field}
        assert all("\n" not in message for message in wrong.json()["errors"].values())


def test_a_body_over_20_mb_gets_413_with_a_message(server):
    big = b"a" * (20 * 2**20 + 1)
    with server.client() as client:
        api = client.post("/api/convert", files={"file": ("big.txt", big)})
        assert api.status_code == 413 and "20 MB" in api.json()["error"]
        form = client.post("/convert", files={"file": ("big.txt", big)})
        assert form.status_code == 413 and "20 MB" in form.text and "<h1>" in form.text

        def chunks():  # no Content-Length: counted as it arrives
            for _ in range(21):
                yield b"a" * 2**20

        streamed = client.post("/api/convert", content=chunks(),
                               headers={"Content-Type": "application/x-www-form-urlencoded"})
        assert streamed.status_code == 413
        assert client.get("/").status_code == 200


def test_a_post_from_another_origin_is_refused_and_no_origin_is_fine(server):
    port = server.url.rsplit(":", 1)[1]
    with server.client() as client:
        for origin in ("http://evil.example", f"http://127.0.0.1:{int(port) + 1}", "null",
                       f"https://127.0.0.1:{port}"):
            refused = client.post("/api/convert", data={**FAST, "text": SHORT_TEXT},
                                  headers={"Origin": origin})
            assert refused.status_code == 403, origin
            assert "another site" in refused.json()["error"]
            form = client.post("/convert", data={**FAST, "text": SHORT_TEXT}, headers={"Origin": origin})
            assert form.status_code == 403 and "another site" in form.text
        same = client.post("/api/convert", data={**FAST, "text": SHORT_TEXT},
                           headers={"Origin": server.url})
        assert same.status_code == 202
        assert client.post("/api/convert", data={**FAST, "text": SHORT_TEXT}).status_code == 202


def test_a_loopback_server_answers_only_to_its_own_names(server):
    with server.client() as client:
        rebound = client.get("/", headers={"Host": f"evil.example:{server.url.rsplit(':', 1)[1]}"})
        assert rebound.status_code == 400
        assert client.get("/", headers={"Host": "localhost"}).status_code == 200


def test_private_urls_are_refused_by_default_and_allowed_with_the_flag(server, open_server,
                                                                      article_site):
    url = f"{article_site}/hop"  # a redirect, then the article
    with server.client() as client:
        job = wait_done(client, submit(client, url=url)["status_url"])
        assert job["status"] == "failed"
        assert "refused" in job["error"] and "--allow-private-urls" in job["error"]
    with open_server.client() as client:
        job = wait_done(client, submit(client, url=url)["status_url"])
        assert job["status"] == "done", job
        assert job["title"] == TITLE


def test_every_redirect_hop_is_checked(article_site):
    """127.0.0.1 stands for a public site, 127.0.0.2 for a private one; the second hop is refused."""
    private = serve_site("127.0.0.2")
    try:
        target = f"http://127.0.0.2:{private.server_address[1]}/article.html"
        only_first = {"127.0.0.1"}.__contains__

        def allowed(address):
            return only_first(str(address))

        data, final, charset = fetch_url(f"{article_site}/hop", 2**20, 5, allowed)
        assert TITLE.encode() in data and final.endswith("/article.html") and charset == "utf-8"
        assert fetch_url(target, 2**20, 5)[1] == target
        with pytest.raises(AccessError, match=r"refused, 127\.0\.0\.2 is a local or private address"):
            fetch_url(f"{article_site}/hop-to?{target}", 2**20, 5, allowed)
    finally:
        private.shutdown()


def test_a_private_ipv4_address_written_in_ipv6_is_refused(article_site):
    """The loopback written as IPv4-mapped IPv6 reaches the site on 127.0.0.1, and is refused;
    so are private IPv4 addresses behind NAT64 (64:ff9b::/96), 6to4 (2002::/16), the old
    IPv4-compatible form (::/96) or SIIT's IPv4-translated one (::ffff:0:0:0/96), and a local
    NAT64 prefix (64:ff9b:1::/48), all of which Python's ipaddress calls global; the same forms
    of a public address pass."""
    port = article_site.rsplit(":", 1)[1]
    mapped = f"http://[::ffff:127.0.0.1]:{port}/article.html"
    assert TITLE.encode() in fetch_url(mapped, 2**20, 5)[0]
    for host in ("::ffff:127.0.0.1", "64:ff9b::7f00:1", "64:ff9b::a00:1", "64:ff9b:1::808:808",
                 "2002:7f00:1::", "2002:c0a8:101::1", "::127.0.0.1", "::a00:1", "::ffff:0:7f00:1"):
        with pytest.raises(AccessError, match=r"refused, .* is a local or private address"):
            fetch_url(f"http://[{host}]:{port}/article.html", 2**20, 5, is_public)
    for host in ("::ffff:8.8.8.8", "64:ff9b::808:808", "2002:808:808::1", "::ffff:0:808:808",
                 "2606:4700::1111"):
        assert is_public(ipaddress.ip_address(host)), host


class _Proxy(http.server.BaseHTTPRequestHandler):
    """A forward proxy that answers every request itself, noting what it was asked for."""

    asked: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        self.asked.append(self.path)
        body = ARTICLE.replace(TITLE, "Through the proxy").encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


def test_a_checked_fetch_goes_direct_whatever_the_proxy(article_site, monkeypatch):
    """With http_proxy set, the check looked at the proxy's address, not the site's: behind a
    private proxy every article was refused, and behind a public one a private site was let
    through. 127.0.0.1 stands for a public address, 127.0.0.2 for a private one."""
    for name in ("no_proxy", "NO_PROXY", "HTTP_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    allowed = {"127.0.0.1"}.__contains__
    private_proxy, public_proxy = serve_site("127.0.0.2", _Proxy), serve_site("127.0.0.1", _Proxy)
    private = serve_site("127.0.0.2")
    try:
        monkeypatch.setenv("http_proxy", f"http://127.0.0.2:{private_proxy.server_address[1]}")
        data, _, _ = fetch_url(f"{article_site}/article.html", 2**20, 5, lambda a: allowed(str(a)))
        assert TITLE.encode() in data and _Proxy.asked == []
        monkeypatch.setenv("http_proxy", f"http://127.0.0.1:{public_proxy.server_address[1]}")
        target = f"http://127.0.0.2:{private.server_address[1]}/article.html"
        with pytest.raises(AccessError, match=r"refused, 127\.0\.0\.2 is a local or private"):
            fetch_url(target, 2**20, 5, lambda a: allowed(str(a)))
        assert _Proxy.asked == []
        assert b"Through the proxy" in fetch_url(target, 2**20, 5)[0]  # no check: the proxy is used
        assert _Proxy.asked == [target]
    finally:
        for server in (private_proxy, private, public_proxy):
            server.shutdown()


def test_no_path_trick_reaches_a_file_outside_the_jobs_folder(server):
    with server.client() as client:
        job = wait_done(client, submit(client, text=SHORT_TEXT)["status_url"])
        base = job["files"]["json"].rsplit("/", 1)[0].removeprefix(server.url)
        assert client.get(f"{base}/manifest.json").status_code == 200
        for trick in ("/..%2F..%2F..%2Fetc%2Fpasswd", "/%2e%2e/%2e%2e/etc/passwd",
                      "/..%5C..%5Cmanifest.json", "/manifest.json%00", "/%2e%2e",
                      "/%2Fetc%2Fpasswd", "/..%2Fmanifest.json"):
            answer = client.get(base + trick)
            assert answer.status_code == 404, trick
            assert "root:" not in answer.text
        for trick in ("/jobs/..%2F..%2Fetc/passwd", "/jobs/%2e%2e/manifest.json",
                      "/static/..%2F..%2Fapp.py", "/static/%2e%2e%2Fapp.py"):
            assert client.get(trick).status_code == 404, trick


def test_a_failing_input_fails_its_job_in_one_line_and_the_server_goes_on(server):
    with server.client() as client:
        binary = client.post("/api/convert", data=FAST,
                             files={"file": ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00" * 50)})
        job = wait_done(client, binary.json()["status_url"])
        assert job["status"] == "failed" and job["error"] and "\n" not in job["error"]
        assert "Traceback" not in job["error"]
        page = client.get(f"/jobs/{binary.json()['id']}")
        assert job["error"] in page.text.replace("&#39;", "'") and "Traceback" not in page.text
        after = wait_done(client, submit(client, text=SHORT_TEXT)["status_url"])
        assert after["status"] == "done"


def test_jobs_run_at_most_one_per_core_and_the_rest_wait(server):
    import os

    cores = len(os.sched_getaffinity(0))
    with server.client() as client:
        ids = [submit(client, text=SHORT_TEXT)["id"] for _ in range(cores + 2)]
        jobs = [wait_done(client, f"/api/jobs/{i}") for i in ids]
    assert [job["status"] for job in jobs] == ["done"] * len(ids)
    # the rest waited: read from the jobs' own times, not from a status snapshot (a quiet
    # machine may finish the first jobs before the snapshot is taken)
    waited = [j for j in jobs if any(o["ended"] <= j["started"] for o in jobs if o is not j)]
    assert len(waited) >= 2
    # the most jobs running at one moment, from their start and end times
    events = sorted([(job["started"], 1) for job in jobs] + [(job["ended"], -1) for job in jobs])
    running = most = 0
    for _when, step in events:
        running += step
        most = max(most, running)
    assert most <= cores


def test_an_unknown_job_is_404_in_json(server):
    with server.client() as client:
        answer = client.get("/api/jobs/no-such-job")
        assert answer.status_code == 404 and json.loads(answer.text)["error"]


def _descendants(pid: int) -> set[int]:
    """Every process below ``pid`` (the fork server, job processes, narration workers)."""
    from pathlib import Path

    parents = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(stat.parent.name)] = int(fields[1])
    found, todo = set(), [pid]
    while todo:
        parent = todo.pop()
        children = {child for child, ppid in parents.items() if ppid == parent}
        found |= children
        todo += children
    return found


def test_ctrl_c_stops_the_server_with_its_running_job(tmp_path):
    import signal

    from tests.conftest import SAMPLE
    from tests.web.conftest import start_server

    running = start_server(tmp_path)
    with running.client() as client:
        job = submit(client, text=SAMPLE.read_text(encoding="utf-8"), formats=["mp3"])
        deadline = time.monotonic() + 120
        while client.get(job["status_url"]).json()["stage"] != "narrating":
            assert time.monotonic() < deadline
            time.sleep(0.2)
    below = _descendants(running.process.pid)
    assert len(below) >= 3  # the fork server, the job, at least one narration worker
    running.process.send_signal(signal.SIGINT)
    out, err = running.process.communicate(timeout=30)
    assert "Traceback" not in out + err
    assert running.process.returncode == 0 and "access: stopped" in out
    time.sleep(1)
    assert not {pid: _state(pid) for pid in below if _state(pid) not in ("", "Z")}


def _state(pid: int) -> str:
    """The process's state letter and command line; "" once it is gone, "Z" for a zombie."""
    from pathlib import Path

    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
        line = (Path("/proc") / str(pid) / "cmdline").read_bytes().replace(b"\0", b" ")
    except OSError:
        return ""
    return "Z" if state == "Z" else f"{state} {line.decode(errors='replace')[:200]}"


def test_serve_on_a_busy_port_is_a_one_line_error():
    import socket

    from tests.conftest import run_cli

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        result = run_cli("serve", "--port", str(busy.getsockname()[1]))
    assert result.returncode == 1
    assert result.stderr.decode().strip().startswith("access: error: cannot listen on 127.0.0.1:")
    assert len(result.stderr.decode().strip().splitlines()) == 1
