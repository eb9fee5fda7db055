"""Each article folder's manifest.json: what it was made from, so a rerun can skip it.

A folder is up to date when its manifest names the same input (where it was read from and a
hash of what was read), the same options and the same build of access (its version and a hash
of the package's own files, so an edited checkout converts again), and every file it lists is
there with its size. Two inputs with the same title get distinct folders
(``slug``, ``slug-2``, …): a folder belongs to the input its manifest names."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

from access import __version__
from access.read import Source, readable

MANIFEST = "manifest.json"


@cache
def build() -> str:
    """This build of access: its version and a short hash of every file in the package."""
    return f"{__version__}+{package_digest(files('access'))}"


def package_digest(folder: Traversable) -> str:
    """A short hash of every file under ``folder``: any edit to code or rules changes it."""
    digest = hashlib.sha256()
    for name, data in _package_files(folder):
        digest.update(f"{name}\n{len(data)}\n".encode())
        digest.update(data)
    return digest.hexdigest()[:12]


def _package_files(folder: Traversable, prefix: str = "") -> list[tuple[str, bytes]]:
    """(path, bytes) of each file under ``folder`` in name order, without byte-code caches."""
    found = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        name = f"{prefix}{entry.name}"
        if entry.is_dir():
            if entry.name != "__pycache__":
                found += _package_files(entry, name + "/")
        elif not entry.name.endswith((".pyc", ".pyo")):
            found.append((name, entry.read_bytes()))
    return found


@dataclass(frozen=True)
class Key:
    """What decides whether an article must be made again."""

    source: str  # where it was read from: an absolute path, a URL, or the Source's name
    input_sha256: str
    options_sha256: str
    version: str = field(default_factory=build)


def source_name(location: str | Source) -> str:
    """A stable name for where an input comes from: files by their absolute path."""
    if isinstance(location, Source):
        return location.url or location.name
    if location == "-" or location.startswith(("http://", "https://")):
        return location
    return readable(str(Path(location).resolve()))


def make_key(location: str | Source, source: Source, options: object) -> Key:
    """The key of ``source`` (read from ``location``) converted with ``options`` (a dataclass)."""
    text = hashlib.sha256(f"{source.kind}\n{source.url}\n{source.text}".encode()).hexdigest()
    settings = json.dumps(asdict(options), sort_keys=True)  # type: ignore[arg-type]
    return Key(source_name(location), text, hashlib.sha256(settings.encode()).hexdigest())


def read_manifest(folder: Path) -> dict | None:
    """The folder's manifest, or None when it has none that can be read."""
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def is_complete(folder: Path, manifest: dict) -> bool:
    """Every file the manifest lists is in the folder, at its recorded size."""
    try:
        return all((folder / f["name"]).stat().st_size == f["bytes"]
                   for f in manifest.get("files", {}).values())
    except (OSError, KeyError, TypeError):
        return False


def key_of(manifest: dict) -> Key | None:
    try:
        return Key(**manifest["key"])
    except (KeyError, TypeError):
        return None


def article_folders(out_dir: Path) -> list[Path]:
    """Every visible sub-folder of ``out_dir``: each is an article."""
    if not out_dir.is_dir():
        return []
    return sorted(p for p in out_dir.iterdir() if p.is_dir() and not p.name.startswith("."))


def choose_folder(out_dir: Path, slug: str, source: str, taken: set[str] = frozenset()) -> Path:
    """``slug``, or ``slug-2``, ``slug-3``…: the first that is free or already this input's
    (and not in ``taken`` by another article of this run)."""
    count = 1
    while True:
        name = slug if count == 1 else f"{slug}-{count}"
        folder = out_dir / name
        if name not in taken:
            manifest = read_manifest(folder) if folder.exists() else None
            owner = key_of(manifest).source if manifest and key_of(manifest) else None
            if not folder.exists() or owner == source:
                return folder
        count += 1
