"""Many articles: read on the client, skip those up to date, render the rest in parallel
(a local pool of worker processes, or a Dask cluster), and write each one as it comes back.

The same task runs everywhere: a Source and the options in, the article's files in memory out
(``convert.render``). Workers never touch the output folder; the client writes each article
atomically (``files.staged_folder``), so an interrupted batch leaves only whole articles and a
rerun does the rest. One bad article never stops the batch: it becomes a failure with its
one-line reason."""

from __future__ import annotations

import os
import resource
import signal
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from multiprocessing import get_context
from pathlib import Path

from access.errors import AccessError
from access.files import remove_stale, write_atomic
from access.pipeline import manifest
from access.pipeline.convert import Options, Rendered, Result, check_options, render, write
from access.read import Source, read_source, readable

ARTICLE_SUFFIXES = (".html", ".htm", ".xhtml", ".txt", ".md", ".markdown")
INDEX = "index.html"
READERS = 8  # inputs read at once on the client (URLs wait on the network)


@dataclass
class Outcome:
    """What became of one input: "converted", "up to date" or "failed" (with a folder: in
    writing it)."""

    input: str
    status: str
    folder: Path | None = None
    reason: str = ""
    result: Result | None = None
    worker: dict = field(default_factory=dict)  # pid and peak memory of whoever rendered it

    @property
    def detail(self) -> str:
        """The failure as one line that names the input."""
        return self.reason if self.reason.startswith(self.input) else f"{self.input}: {self.reason}"


@dataclass(frozen=True)
class Task:
    index: int
    source: Source
    options: Options
    key: manifest.Key
    workers: int = 1  # runs of sentences narrated at once


def expand_inputs(arguments: Iterable[str]) -> list[str]:
    """Files and URLs as given; a folder becomes every article file inside it, recursively."""
    inputs: list[str] = []
    for argument in arguments:
        path = Path(argument)
        if argument != "-" and not argument.startswith(("http://", "https://")) and _is_dir(path):
            inputs += [str(p) for p in sorted(path.rglob("*"))
                       if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file()
                       and not any(part.startswith(".") for part in p.relative_to(path).parts)]
        else:
            inputs.append(argument)
    once = {_same_file(location): location for location in reversed(inputs)}  # the first naming
    return [location for location in dict.fromkeys(inputs) if once[_same_file(location)] == location]


def _same_file(location: str) -> str:
    """What ``location`` names, however spelled: a file's real path (page.html, ./page.html,
    its full path or a link to it are one article); a URL or "-" as given."""
    if location == "-" or location.startswith(("http://", "https://")):
        return location
    try:
        return os.path.realpath(location)
    except (OSError, ValueError):  # a name too long, a NUL byte: reading it says so
        return location


def _is_dir(path: Path) -> bool:
    """Whether ``path`` is a folder; False for a name that is none (reading it says why)."""
    try:
        return path.is_dir()
    except (OSError, ValueError):
        return False


def read_list(text: str) -> list[str]:
    """One input a line; blank lines and # comments ignored."""
    lines = (line.strip() for line in text.splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def run_task(task: Task) -> tuple[int, Rendered | str, dict]:
    """Render one article wherever this runs; a failure comes back as its one-line reason."""
    try:
        outcome: Rendered | str = render(task.source, task.options, task.key, workers=task.workers)
    except AccessError as error:
        outcome = str(error)
    except Exception as error:  # a bug: still one line, and the batch goes on
        summary = " ".join(str(error).split())[:200]
        outcome = f"unexpected {type(error).__name__}: {summary} (please report this)"
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return task.index, outcome, {"pid": os.getpid(), "peak_rss_mb": round(peak, 1)}


def _ignore_interrupts() -> None:
    """Pool workers leave Ctrl-C to the client, which stops them."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _local(tasks: list[Task], jobs: int) -> Iterator[tuple[int, Rendered | str, dict]]:
    """The tasks in a pool of ``jobs`` worker processes (in this one for a single job)."""
    if jobs <= 1 or len(tasks) <= 1:
        for task in tasks:
            yield run_task(replace(task, workers=jobs))
        return
    pool = get_context("spawn").Pool(min(jobs, len(tasks)), initializer=_ignore_interrupts)
    try:
        yield from pool.imap_unordered(run_task, tasks)
        pool.close()
    finally:
        pool.terminate()  # nothing left running after a failure or an interrupt
        pool.join()


def _dask(tasks: list[Task], address: str) -> Iterator[tuple[int, Rendered | str, dict]]:
    """The tasks on a Dask cluster; their results come back here to be written."""
    try:
        from distributed import Client, as_completed
    except ImportError as exc:
        raise AccessError("--scheduler needs Dask: pip install 'dask[distributed]'") from exc
    try:
        client = Client(address, timeout="5s")
    except (OSError, TimeoutError) as exc:
        raise AccessError(f"cannot reach the Dask scheduler at {address}") from exc
    try:
        futures = client.map(run_task, tasks, pure=False)
        for future in as_completed(futures):
            yield future.result()
    finally:
        client.close()


def _reason(location: str, message: str) -> str:
    """The error without the input's own name in front: the summary names the input."""
    prefix = f"{readable(Path(location).name)}: "
    return message[len(prefix):] if message.startswith(prefix) else message


def _read(location: str, timeout: float) -> Source | str:
    try:
        return read_source(location, timeout=timeout)
    except AccessError as error:
        return str(error)


def run_batch(inputs: list[str], out_dir: Path, options: Options, jobs: int = 1,
              scheduler: str | None = None, force: bool = False,
              report: Callable[[Outcome], None] = lambda outcome: None) -> list[Outcome]:
    """Convert every input into ``out_dir``; ``report`` hears of each as it is settled."""
    check_options(options)
    remove_stale(out_dir)
    outcomes: dict[int, Outcome] = {}

    def settle(index: int, outcome: Outcome) -> None:
        outcome.input, outcome.reason = readable(outcome.input), readable(outcome.reason)
        outcomes[index] = outcome
        report(outcome)

    current = {} if force else _current_folders(out_dir)
    tasks: list[Task] = []
    with ThreadPoolExecutor(READERS) as readers:
        sources = readers.map(lambda location: _read(location, options.timeout), inputs)
        for index, (location, source) in enumerate(zip(inputs, sources, strict=True)):
            if isinstance(source, str):
                settle(index, Outcome(location, "failed", reason=_reason(location, source)))
                continue
            key = manifest.make_key(location, source, options)
            if key in current:
                settle(index, Outcome(location, "up to date", current[key]))
            else:
                tasks.append(Task(index, source, options, key))
    by_index = {task.index: task for task in tasks}
    taken: set[str] = set()
    results = _dask(tasks, scheduler) if scheduler else _local(tasks, jobs)
    for index, rendered, worker in results:
        location = inputs[index]
        if isinstance(rendered, str):
            settle(index, Outcome(location, "failed", reason=_reason(location, rendered),
                                  worker=worker))
            continue
        folder = manifest.choose_folder(out_dir, rendered.slug, by_index[index].key.source, taken)
        taken.add(folder.name)
        try:  # a full disk fails this article (its folder as before), not the batch
            result = write(rendered, folder)
        except AccessError as error:
            settle(index, Outcome(location, "failed", folder, reason=str(error), worker=worker))
            continue
        settle(index, Outcome(location, "converted", folder, result=result, worker=worker))
    return [outcomes[index] for index in sorted(outcomes)]


def _current_folders(out_dir: Path) -> dict[manifest.Key, Path]:
    """Key → folder for every complete article folder already in ``out_dir``."""
    found = {}
    for folder in manifest.article_folders(out_dir):
        data = manifest.read_manifest(folder)
        key = manifest.key_of(data) if data else None
        if key and manifest.is_complete(folder, data):
            found[key] = folder
    return found


def write_index(out_dir: Path, failures: list[Outcome]) -> Path:
    """``out_dir/index.html`` over every article folder in ``out_dir``, and these failures."""
    from access.render.html.index import entry, render_index

    entries = [entry(folder, data) for folder in manifest.article_folders(out_dir)
               if (data := manifest.read_manifest(folder))]
    path = out_dir / INDEX
    write_atomic(path, render_index(entries, [(f.input, f.reason) for f in failures]))
    return path


def default_jobs() -> int:
    return os.cpu_count() or 1

