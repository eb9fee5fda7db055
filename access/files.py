"""Atomic writes: a temp file or folder beside the target, then a rename into place. A write
that fails (no room left, no permission, a file where a folder should be) is one AccessError
naming the target, and leaves what was there before."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import socket
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from functools import cache
from pathlib import Path

from access.errors import AccessError


@contextmanager
def _told(target: Path) -> Iterator[None]:
    """An OSError while writing ``target`` as one line that names it."""
    try:
        yield
    except OSError as error:
        reason = ("a file stands where a folder should" if isinstance(error, FileExistsError)
                  else error.strerror or type(error).__name__)
        raise AccessError(f"cannot write {target}: {reason}") from error


def write_atomic(path: Path, data: bytes | str) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the whole new one."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    with _told(path):
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=_prefix(path), suffix=".tmp", dir=path.parent)
        try:
            os.chmod(fd, 0o666 & ~_umask())  # as open() makes a file, not mkstemp's 0600
            with os.fdopen(fd, "wb") as handle:
                handle.write(payload)
            os.replace(temp, path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise


# What a write leaves behind when its process is killed (SIGKILL, a power cut): a hidden
# staging folder or temporary file named ".<target>.<machine>p<pid>-<tempfile's 8 letters>[.tmp]".
# The machine (a hash of its name) keeps a folder shared over the network, or with a container,
# from losing another machine's live files: a process number means something on its own machine only.
STAGED = re.compile(r"\..+\.([0-9a-f]{6})p(\d+)-[a-z0-9_]{8}(?:\.tmp)?")


@cache
def _machine() -> str:
    """This machine's mark in staging names: six hex digits of a hash of its host name."""
    return hashlib.blake2s(socket.gethostname().encode("utf-8", "replace"), digest_size=3).hexdigest()


def _prefix(target: Path) -> str:
    """The start of a staging name beside ``target``: hidden, naming this machine and process."""
    return f".{target.name}.{_machine()}p{os.getpid()}-"


def remove_stale(folder: Path) -> None:
    """Remove from ``folder`` what writes killed half-way left (``STAGED``): those of this
    machine's processes no longer running; nothing else is touched."""
    with suppress(OSError):
        for entry in os.scandir(folder):
            found = STAGED.fullmatch(entry.name)
            if found and found[1] == _machine() and not _running(int(found[2])):
                if entry.is_dir(follow_symlinks=False):
                    shutil.rmtree(entry.path, ignore_errors=True)
                else:
                    with suppress(OSError):
                        os.unlink(entry.path)


def _running(pid: int) -> bool:
    """Whether a process ``pid`` runs on this machine (one of another user's included)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, ValueError):
        return True
    return True


def _umask() -> int:
    """The process's umask: Linux shows it in /proc; elsewhere it is set and put back."""
    with suppress(OSError, StopIteration, ValueError), open("/proc/self/status", encoding="ascii") as status:
        return int(next(line for line in status if line.startswith("Umask:")).split()[1], 8)
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@contextmanager
def staged_folder(target: Path) -> Iterator[Path]:
    """Yield a temp folder beside ``target``; on success it replaces ``target`` whole."""
    with _told(target):
        target.parent.mkdir(parents=True, exist_ok=True)
        stage = Path(tempfile.mkdtemp(prefix=_prefix(target), dir=target.parent))
        try:
            yield stage
            stage.chmod(0o755)
            _swap_in(stage, target)
        except BaseException:
            shutil.rmtree(stage, ignore_errors=True)
            raise


def _swap_in(stage: Path, target: Path) -> None:
    """``stage`` renamed to ``target``, the folder there before removed. Where the system can
    swap two names in one step (Linux) one of the two folders is at ``target`` at every
    instant, a kill included; elsewhere the folder there before is set aside, and when a
    rename fails it is back in place and no folder set aside is left."""
    if not target.exists():
        os.replace(stage, target)
        return
    if _exchanged(stage, target):
        _remove(stage)  # (what was there before, now at stage)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old.", dir=target.parent))
    try:
        os.replace(target, old / target.name)
        try:
            os.replace(stage, target)
        except BaseException:  # the folder there before goes back
            os.replace(old / target.name, target)
            raise
    except BaseException:
        with suppress(OSError):
            old.rmdir()  # (only when empty: never the folder there before)
        raise
    shutil.rmtree(old, ignore_errors=True)


def _remove(path: Path) -> None:
    """``path`` gone, whether a folder or what else stood at the target (a file, a link: the
    link alone, never the folder it points to), as the two renames' way removes it."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        with suppress(OSError):
            path.unlink(missing_ok=True)


RENAME_EXCHANGE, AT_FDCWD = 2, -100  # from Linux's <linux/fs.h> and <fcntl.h>


def _exchanged(first: Path, second: Path) -> bool:
    """Whether the two folders swapped names in one step (renameat2 RENAME_EXCHANGE, Linux
    3.15 and glibc 2.28 on); False, nothing changed, where the system or file system cannot."""
    renameat2 = _renameat2()
    return renameat2 is not None and renameat2(AT_FDCWD, os.fsencode(first), AT_FDCWD,
                                               os.fsencode(second), RENAME_EXCHANGE) == 0


@cache
def _renameat2():
    """The C library's renameat2, or None (not Linux, or a C library without it)."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    function = getattr(ctypes.CDLL(None, use_errno=True), "renameat2", None)
    if function is not None:
        function.argtypes = (ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p,
                             ctypes.c_uint)
    return function
