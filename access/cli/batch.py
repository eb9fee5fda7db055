"""`access convert` for one article or many: the progress people see, the summary, the index."""

from __future__ import annotations

import signal
import sys
from collections.abc import Callable
from pathlib import Path

import click

from access.errors import AccessError, warn
from access.pipeline import Options
from access.pipeline.batch import (
    INDEX,
    Outcome,
    default_jobs,
    expand_inputs,
    read_list,
    run_batch,
    write_index,
)


def _stop_on_sigterm() -> None:
    """SIGTERM unwinds like Ctrl-C: the article being written is removed, workers stopped."""

    def stop(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)


def run_command(arguments: list[str], listed: str | None, out_dir: Path, options: Options,
                jobs: int | None, scheduler: str | None, force: bool) -> int:
    """Convert, tell, write the index; the exit status: 0 when nothing failed, 1 otherwise."""
    _stop_on_sigterm()
    inputs = expand_inputs([*arguments, *read_list(listed or "")])
    single = len(inputs) == 1 and len(arguments) == 1 and listed is None
    if not inputs:
        raise AccessError("no article files found in the inputs given")
    if single:
        outcomes = run_batch(inputs, out_dir, options, jobs or default_jobs(), scheduler, force)
    else:
        with Display(len(inputs)) as display:
            outcomes = run_batch(inputs, out_dir, options, jobs or default_jobs(), scheduler,
                                 force, report=display.tell)
    failures = [o for o in outcomes if o.status == "failed"]
    if single:  # as ever: only the article's folder (an index already there is kept current)
        indexed = not (out_dir / INDEX).exists() or _indexed(lambda: write_index(out_dir, []))
        return max(_tell_single(outcomes[0]), 0 if indexed else 1)
    indexed = _indexed(lambda: _write_index(out_dir, failures))
    counts = {status: sum(o.status == status for o in outcomes)
              for status in ("converted", "up to date", "failed")}
    click.echo(", ".join(f"{n} {status}" for status, n in counts.items()))
    for failure in failures:
        click.echo(f"  failed: {failure.detail}", err=True)
    return 1 if failures or not indexed else 0


def _indexed(write: Callable[[], object]) -> bool:
    """Whether the index was written; when not (a full disk), a warning: the articles
    written stay, and the summary still comes."""
    try:
        write()
    except AccessError as error:
        warn(f"the index was not updated: {error}")
        return False
    return True


def _tell_single(outcome: Outcome) -> int:
    """One article, as `access convert` has always told it: its files, or one error line."""
    if outcome.status == "failed":  # (writing its folder: the error names that)
        raise AccessError(outcome.reason if outcome.folder else outcome.detail)
    if outcome.result:
        for kind, path in outcome.result.files.items():
            click.echo(f"{kind:9} {path}")
    else:
        click.echo(f"up to date {outcome.folder} (--force converts it again)")
    return 0


def _write_index(out_dir: Path, failures: list[Outcome]) -> None:
    from access.pipeline.manifest import article_folders

    if article_folders(out_dir) or failures:
        write_index(out_dir, failures)


class Display:
    """A rich progress bar on a terminal; one plain line per article otherwise."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.done = 0
        self.bar = None
        if sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            self.bar = Progress(MofNCompleteColumn(), BarColumn(), TimeRemainingColumn(),
                                TextColumn("{task.description}"),
                                console=Console(stderr=True), transient=False)
            self.task = self.bar.add_task("converting", total=total)

    def __enter__(self) -> Display:
        if self.bar:
            self.bar.start()
        return self

    def __exit__(self, *exc) -> None:
        if self.bar:
            self.bar.stop()

    def tell(self, outcome: Outcome) -> None:
        self.done += 1
        what = outcome.folder.name if outcome.folder else outcome.input
        line = f"{outcome.status:10} {what}" + (f": {outcome.reason}" if outcome.reason else "")
        if self.bar:
            self.bar.update(self.task, advance=1, description=line[:70])
        else:
            click.echo(f"[{self.done}/{self.total}] {line}")
