"""Many articles: real files through the real `access convert`, resumable, interrupted by a real
SIGTERM, an index page, no process left behind, and the same outputs from a Dask cluster."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import unquote

import pytest
from bs4 import BeautifulSoup

from access import __version__
from access.pipeline import manifest

from .conftest import DATA, SAMPLE, run_cli

PAGES = DATA / "pages"
# Copied texts of dev pages kept in tests/data/dev, so the batch tests need no ../shared.
SHORT_DEV_PAGES = ("85439e26c41c75901820d01a13e8cea7836abb58635ea3986f71a163ab0311d3",
                   "f8ff621a0b9b7646cc0d57d37416feabba2bf78ef5dd0bfc5b080f9f97bbe584")
COPIED_TEXTS = sorted([*(DATA / "dev").glob("*[0-9a-f].txt"), *(DATA / "scripts").glob("??.txt")])
QUICK = ("-f", "html", "-f", "json")
AUDIO_FORMATS = ("html", "json", "mp3")  # mp3 brings vtt and timings


@pytest.fixture()
def inputs(tmp_path) -> Path:
    """A folder of real articles: two saved pages, the same page again under another name
    (same title), two copied texts from the dev set, and one file with no article."""
    folder = tmp_path / "reading-list"
    (folder / "more").mkdir(parents=True)
    shutil.copy(PAGES / "harbour-article.html", folder / "harbour.html")
    shutil.copy(PAGES / "harbour-article.html", folder / "more" / "harbour-again.htm")
    shutil.copy(PAGES / "museum-reopens.html", folder / "museum.html")
    for name in SHORT_DEV_PAGES:
        shutil.copy(DATA / "dev" / f"{name}.txt", folder / "more" / f"{name[:8]}.txt")
    (folder / "menu.txt").write_text("Home\nMenu\nSearch\nSign in\n", encoding="utf-8")
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4 not an article input")  # not picked up
    return folder


def session_processes(session: int) -> list[str]:
    """Every live process of a session, as "pid command"."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        fields = text[text.rindex(")") + 2:].split()
        if int(fields[3]) == session and fields[0] != "Z":
            found.append(f"{stat.parent.name} {text[:text.rindex(')') + 1]}")
    return found


def run_in_session(*args: str) -> tuple[subprocess.CompletedProcess, list[str]]:
    """Run `access` in a session of its own; what of that session is still alive after it."""
    process = subprocess.Popen([sys.executable, "-m", "access", *args], start_new_session=True,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = process.communicate(timeout=300)
    time.sleep(0.5)
    left = session_processes(process.pid)
    return subprocess.CompletedProcess(process.args, process.returncode, out, err), left


def article_folders(out: Path) -> list[Path]:
    return sorted(p for p in out.iterdir() if p.is_dir())


def assert_complete(folder: Path) -> dict:
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    for entry in manifest["files"].values():
        assert (folder / entry["name"]).stat().st_size == entry["bytes"]
    return manifest


def test_a_folder_and_a_list_convert_in_parallel_with_a_summary_and_nothing_left(inputs,
                                                                                  tmp_path):
    out = tmp_path / "out"
    listing = tmp_path / "list.txt"
    listing.write_text(f"# my list\n\n{SAMPLE}\n", encoding="utf-8")
    result, left = run_in_session("convert", str(inputs), "--from", str(listing), "-o", str(out),
                                  "--jobs", "2", *QUICK)
    stdout = result.stdout.decode()
    assert result.returncode == 1, result.stderr
    assert "6 converted, 0 up to date, 1 failed" in stdout
    assert "menu.txt: no article found" in result.stderr.decode()
    assert "Traceback" not in result.stderr.decode()
    assert left == []  # no worker outlives the command
    folders = article_folders(out)
    assert len(folders) == 6 and not [p for p in out.iterdir() if p.name.startswith(".")]
    harbour = [f.name for f in folders if f.name.startswith("harbour")]
    assert len(harbour) == 2 and harbour[1] == f"{harbour[0]}-2"  # same title, two folders
    for folder in folders:
        assert set(assert_complete(folder)["files"]) == {"html", "json"}


def test_the_index_lists_every_article_with_working_links_and_the_failures(inputs, tmp_path):
    out = tmp_path / "out"
    run_cli("convert", str(inputs), "-o", str(out), "-j", "1", *QUICK)
    index = out / "index.html"
    soup = BeautifulSoup(index.read_text(encoding="utf-8"), "html.parser")
    entries = soup.select("ul.articles > li")
    assert len(entries) == len(article_folders(out)) == 5
    for li in entries:
        for link in li.select("a[href]"):
            assert (out / unquote(link["href"])).is_file()
        assert li.get("lang") and li.find("h2")
    assert "menu.txt" in soup.select_one(".failures").get_text()
    assert soup.find("style") and not soup.select("link[rel=stylesheet], script[src]")
    assert soup.select("button.theme") and soup.select("button.size")  # the reading settings
    labels = [a.get_text() for a in soup.select(".formats a")]
    assert len(labels) == len(set(labels))  # each link names its article for screen readers


def test_a_rerun_skips_what_is_up_to_date_and_redoes_what_changed(inputs, tmp_path):
    out = tmp_path / "out"
    (inputs / "menu.txt").unlink()
    first = run_cli("convert", str(inputs), "-o", str(out), "-j", "2", *QUICK)
    assert first.returncode == 0 and "5 converted, 0 up to date, 0 failed" in first.stdout.decode()
    made = {f.name: (f / "manifest.json").stat().st_mtime_ns for f in article_folders(out)}
    again = run_cli("convert", str(inputs), "-o", str(out), "-j", "2", *QUICK)
    assert again.returncode == 0 and "0 converted, 5 up to date, 0 failed" in again.stdout.decode()
    assert {f.name: (f / "manifest.json").stat().st_mtime_ns for f in article_folders(out)} == made
    museum = inputs / "museum.html"
    museum.write_bytes(museum.read_bytes().replace(b"</p>", b" Entry is free.</p>", 1))
    changed = run_cli("convert", str(inputs), "-o", str(out), *QUICK)
    assert "1 converted, 4 up to date, 0 failed" in changed.stdout.decode()
    assert sorted(f.name for f in article_folders(out)) == sorted(made)  # redone in place
    other = run_cli("convert", str(inputs), "-o", str(out), "-f", "html", "--force")
    assert "5 converted, 0 up to date" in other.stdout.decode()


def test_an_edited_package_is_a_new_build(tmp_path):
    """A checkout whose rules changed converts again: the manifest keys on the package's files."""
    package = Path(manifest.__file__).resolve().parent.parent
    copy = tmp_path / "access"
    shutil.copytree(package, copy)
    assert manifest.build() == f"{__version__}+{manifest.package_digest(copy)}"
    assert manifest.package_digest(copy) == manifest.package_digest(package)
    rules = copy / "clean" / "rules" / "residue.toml"
    rules.write_text(rules.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    edited = manifest.package_digest(copy)
    assert edited != manifest.package_digest(package)
    compiled = copy / "pipeline" / "__pycache__" / "extra.cpython-311.pyc"
    compiled.parent.mkdir(exist_ok=True)
    compiled.write_bytes(b"byte code is not the build")
    assert manifest.package_digest(copy) == edited


def test_sigterm_midway_leaves_only_whole_articles_and_a_rerun_finishes(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    pages = COPIED_TEXTS[:8]
    for page in pages:
        shutil.copy(page, folder / page.name)
    out = tmp_path / "out"
    args = [sys.executable, "-m", "access", "convert", str(folder), "-o", str(out), "-j", "2",
            "-f", "html", "-f", "mp3"]
    process = subprocess.Popen(args, start_new_session=True, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    deadline = time.monotonic() + 240
    while not (out.exists() and list(out.glob("*/manifest.json"))):
        assert process.poll() is None and time.monotonic() < deadline, process.stderr.read()
        time.sleep(0.05)
    process.send_signal(signal.SIGTERM)
    _out, err = process.communicate(timeout=60)
    assert process.returncode == 130 and "Traceback" not in err.decode(), err
    time.sleep(0.5)
    assert session_processes(process.pid) == []
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no half-written folder
    finished = article_folders(out)
    assert 1 <= len(finished) < len(pages)
    for done in finished:
        assert_complete(done)
    rerun = run_cli("convert", str(folder), "-o", str(out), "-j", "2", "-f", "html", "-f", "mp3")
    summary = f"{len(pages) - len(finished)} converted, {len(finished)} up to date, 0 failed"
    assert rerun.returncode == 0 and summary in rerun.stdout.decode()
    assert len(article_folders(out)) == len(pages)
    for done in article_folders(out):
        assert_complete(done)


@pytest.fixture(scope="module")
def cluster():
    """A real Dask cluster on loopback: a scheduler and two worker processes (daemonic, as
    Dask starts them: narration there starts its engines' children with subprocess, which a
    daemonic process may, where multiprocessing could not)."""
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=":0", silence_logs=50) as local:
        yield local


def test_a_dask_cluster_gives_the_same_files_as_a_local_run(cluster, tmp_path):
    from distributed import Client

    from access.pipeline import Options
    from access.pipeline.batch import run_batch

    inputs = [str(PAGES / "harbour-article.html"), str(DATA / "dev" / f"{SHORT_DEV_PAGES[1]}.txt")]
    options = Options(formats=AUDIO_FORMATS)
    local = run_batch(inputs, tmp_path / "local", options, jobs=2)
    remote = run_batch(inputs, tmp_path / "dask", options, scheduler=cluster.scheduler_address)
    with Client(cluster) as client:
        worker_pids = set(client.run(os.getpid).values())
    assert [o.status for o in remote] == ["converted", "converted"]
    assert {o.worker["pid"] for o in remote} <= worker_pids  # the work ran on the workers
    assert os.getpid() not in {o.worker["pid"] for o in remote}
    for here, there in zip(local, remote, strict=True):
        assert here.folder.name == there.folder.name
        assert set(here.result.files) == {"html", "json", "mp3", "vtt", "timings", "manifest"}
        for kind in ("html", "json", "mp3", "vtt", "timings", "manifest"):
            assert here.result.files[kind].read_bytes() == there.result.files[kind].read_bytes(), kind


def test_the_cli_sends_the_work_to_the_scheduler(cluster, tmp_path):
    result = run_cli("convert", str(PAGES / "museum-reopens.html"), str(SAMPLE), "-o",
                     str(tmp_path), "--scheduler", cluster.scheduler_address, *QUICK)
    assert result.returncode == 0, result.stderr
    assert "2 converted, 0 up to date, 0 failed" in result.stdout.decode()


def test_an_unreachable_scheduler_is_one_line(tmp_path):
    result = run_cli("convert", str(SAMPLE), str(PAGES / "museum-reopens.html"), "-o", str(tmp_path),
                     "--scheduler", "tcp://127.0.0.1:9", *QUICK)
    err = result.stderr.decode()
    assert result.returncode == 1 and len(err.strip().splitlines()) == 1, err
    assert "Dask scheduler" in err
