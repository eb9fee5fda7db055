"""The job queue: each conversion in its own process, at most one per core, the rest waiting.

A process per job keeps the server alive whatever an input does (an exception, a crash in a
native library), uses every core, and can be stopped as a whole at shutdown: the job process
leads its own process group, so its narration workers stop with it. Job processes are forked
from a fork server that has already imported the converter, so a job starts at once instead
of spending seconds on imports."""

from __future__ import annotations

import contextlib
import json
import os
import queue
import secrets
import signal
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from multiprocessing import forkserver, get_context
from pathlib import Path

from access.convert import Options
from access.read.fetch import TIMEOUT_SECONDS

Status = str  # "queued" | "running" | "done" | "failed"
PRELOAD = ["access.convert", "access.clean", "access.render.html", "access.render.images",
           "access.render.pdf", "access.render.audio", "access.speech", "access.read.fetch"]


@dataclass(frozen=True)
class Input:
    """What to convert: pasted text, a URL or an uploaded file's bytes."""

    kind: str  # "text" | "url" | "file"
    value: str = ""
    data: bytes = b""

    @property
    def label(self) -> str:
        return {"text": "Pasted text", "url": self.value, "file": self.value}[self.kind]


@dataclass
class Job:
    id: str
    input: Input
    options: Options
    created: float = field(default_factory=time.time)
    started: float | None = None
    ended: float | None = None
    status: Status = "queued"
    stage: str = "queued"
    progress: float = 0.0
    error: str | None = None
    title: str | None = None
    files: dict[str, Path] = field(default_factory=dict)  # kind → file in the job's folder
    warnings: list[str] = field(default_factory=list)  # what a terminal would have said

    @property
    def finished(self) -> bool:
        return self.status in ("done", "failed")

    def file_named(self, name: str) -> Path | None:
        """The output called ``name``: only the job's own files, looked up, never a built path."""
        return next((path for path in self.files.values() if path.name == name), None)


def core_count() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


class JobQueue:
    """Holds this server's jobs in memory and runs them, ``workers`` at a time."""

    def __init__(self, out_dir: Path, allow_private_urls: bool = False,
                 workers: int | None = None, timeout: float = TIMEOUT_SECONDS) -> None:
        self.out_dir = out_dir
        self.allow_private_urls = allow_private_urls
        self.timeout = timeout  # for fetching a URL in all
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()
        self._running: dict[str, object] = {}
        self._closed = False
        self._pool = ThreadPoolExecutor(workers or core_count(), thread_name_prefix="access-job")
        self._context = get_context("forkserver")
        self._context.set_forkserver_preload(PRELOAD)
        threading.Thread(target=forkserver.ensure_running, daemon=True).start()  # warm it now

    def submit(self, job_input: Input, options: Options) -> Job:
        job = Job(secrets.token_urlsafe(12), job_input, options)
        with self._lock:
            self._jobs[job.id] = job
        self._pool.submit(self._run, job)
        return job

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    def history(self) -> list[Job]:
        """Every job of this server, newest first."""
        with self._lock:
            return sorted(self._jobs.values(), key=lambda job: job.created, reverse=True)

    def ahead_of(self, job: Job) -> int:
        """How many queued jobs were submitted before ``job``."""
        with self._lock:
            return sum(1 for other in self._jobs.values()
                       if other.status == "queued" and other.created < job.created)

    def close(self) -> None:
        """Stop: queued jobs never start, running ones are ended with their workers."""
        self._closed = True
        with self._lock:
            processes = list(self._running.values())
        for process in processes:
            _stop(process)
        self._pool.shutdown(wait=True, cancel_futures=True)

    def _run(self, job: Job) -> None:
        if self._closed:
            return
        messages = self._context.Queue()
        process = self._context.Process(target=_work, name=f"access-job-{job.id}",
                                  args=(job.input, job.options, self.out_dir / job.id,
                                        self.allow_private_urls, self.timeout, messages))
        job.status, job.stage, job.started = "running", "starting", time.time()
        process.start()
        with self._lock:
            self._running[job.id] = process
        try:
            self._follow(job, process, messages)
        finally:
            with self._lock:
                self._running.pop(job.id, None)
            process.join(5)
            messages.close()

    def _follow(self, job: Job, process, messages) -> None:
        """Take the job's messages until it says it is done or failed, or its process ends."""
        while True:
            try:
                message = messages.get(timeout=0.5)
            except queue.Empty:
                if process.is_alive():
                    continue
                try:  # it may have ended just after its last message
                    message = messages.get(timeout=0.5)
                except queue.Empty:
                    code = process.exitcode
                    self._fail(job, "the conversion stopped unexpectedly"
                               + ("" if self._closed else f" (exit code {code})"))
                    return
            kind = message[0]
            if kind == "progress":
                job.stage, job.progress = message[1], max(job.progress, min(1.0, message[2]))
            elif kind == "warning":
                job.warnings.append(message[1])
            elif kind == "done":
                self._finish(job, message[1], message[2])
                return
            else:
                self._fail(job, message[1])
                return

    def _finish(self, job: Job, title: str, files: dict[str, str]) -> None:
        folder = (self.out_dir / job.id).resolve()
        paths = {kind: Path(name).resolve() for kind, name in files.items()}
        job.files = {kind: path for kind, path in paths.items() if path.is_relative_to(folder)}
        job.title, job.stage, job.progress, job.ended = title, "done", 1.0, time.time()
        job.status = "done"

    @staticmethod
    def _fail(job: Job, error: str) -> None:
        job.error, job.stage, job.ended, job.status = error, "failed", time.time(), "failed"


def _stop(process) -> None:
    """End a job process and the workers it started (its process group)."""
    with contextlib.suppress(ProcessLookupError, PermissionError, TypeError):
        os.killpg(process.pid, signal.SIGTERM)


def _work(job_input: Input, options: Options, folder: Path, allow_private_urls: bool,
          timeout: float, messages) -> None:
    """The job process: read, convert, and report every stage, the result or the error."""
    os.setpgrp()  # a group of its own: stopped as a whole, and out of the terminal's Ctrl-C
    from access.convert import convert
    from access.errors import LISTENERS, AccessError

    def progress(stage: str, fraction: float) -> None:
        messages.put(("progress", stage, fraction))

    LISTENERS.append(lambda warning: messages.put(("warning", " ".join(warning.split()))))

    try:
        progress("reading", 0.0)
        source = read_input(job_input, allow_private_urls, timeout)
        options = replace(options, public_images=not allow_private_urls)  # its pictures too
        result = convert(source, folder, options, progress=progress)
        title = _title(result.files.get("manifest"))
        messages.put(("done", title, {kind: str(path) for kind, path in result.files.items()}))
    except AccessError as error:
        messages.put(("failed", " ".join(str(error).split())))
    except Exception as error:  # a bug: still one line, never a traceback on a page
        summary = " ".join(str(error).split())[:200]
        messages.put(("failed", f"unexpected {type(error).__name__}: {summary} (please report this)"))
    finally:
        messages.close()
        messages.join_thread()


def read_input(job_input: Input, allow_private_urls: bool, timeout: float = TIMEOUT_SECONDS):
    """The Source for a job's input; a URL fetched within ``timeout`` seconds in all, from
    public addresses only (every redirect's checked) unless ``allow_private_urls``."""
    from access.read import MAX_BYTES, make_source
    from access.read.fetch import fetch_url, is_public

    if job_input.kind == "url":
        data, url, charset = fetch_url(job_input.value, MAX_BYTES, timeout,
                                       None if allow_private_urls else is_public)
        return make_source(data, job_input.value, url=url, declared=charset)
    if job_input.kind == "file":
        return make_source(job_input.data, job_input.value)
    return make_source(job_input.value.encode("utf-8"), "pasted text")


def _title(manifest: Path | None) -> str:
    if manifest is None:
        return ""
    return json.loads(manifest.read_text(encoding="utf-8")).get("title") or ""
