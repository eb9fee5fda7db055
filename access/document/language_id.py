"""Language identification with py3langid, its model unpacked once into a cache and mapped.

py3langid ships its model LZMA-compressed and unpacks it on every start (about half a second).
The first start here writes the unpacked arrays to the user's cache folder; later ones map them
(``mmap``), so a conversion starts fast and parallel workers share one copy in memory. Without a
writable cache it falls back to py3langid's own loading: slower, the same answers."""

from __future__ import annotations

import contextlib
import functools
import json
import lzma
import os
import shutil
import tempfile
from array import array
from pathlib import Path

import numpy as np
import py3langid
from py3langid import langid

MAPPED = ("ptc", "pc", "out_feat")  # numpy arrays, mapped
WALKED = ("nextmove", "nextmove_row")  # the automaton, read into stdlib arrays
TYPECODES = {2: "H", 4: "I", 8: "L"}  # unsigned item size → stdlib array type


def cache_root() -> Path:
    """Where access keeps what it can rebuild: ``ACCESS_CACHE_DIR``, else the XDG cache."""
    explicit = os.environ.get("ACCESS_CACHE_DIR")
    if explicit:
        return Path(explicit)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "access"


def _model_file() -> Path:
    return langid.MODEL_DIR / langid.MODEL_FILE


def _unpacked_folder() -> Path:
    """The cache folder of this py3langid version's model."""
    model = _model_file()
    return cache_root() / f"py3langid-{py3langid.__version__}-{model.stat().st_size}"


def _unpack(folder: Path) -> None:
    """Write the model's arrays to ``folder`` as plain files, all or nothing."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=folder.parent, prefix=".unpacking-"))
    try:
        npz = staging / "model.npz"
        with lzma.open(_model_file()) as packed, open(npz, "wb") as out:
            shutil.copyfileobj(packed, out, length=1 << 20)
        with np.load(npz, allow_pickle=False) as model:
            for name in MAPPED:
                np.save(staging / f"{name}.npy", model[name], allow_pickle=False)
            for name in WALKED:
                model[name].tofile(staging / f"{name}.bin")
            meta = {"classes": model["classes"].tolist(),
                    "typecodes": {name: TYPECODES[model[name].dtype.itemsize] for name in WALKED}}
        (staging / "meta.json").write_text(json.dumps(meta))
        npz.unlink()
        with contextlib.suppress(OSError):  # another process may have unpacked it first
            staging.rename(folder)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _read_array(path: Path, typecode: str) -> array:
    values = array(typecode)
    with path.open("rb") as stream:
        values.fromfile(stream, path.stat().st_size // values.itemsize)
    return values


def _mapped(folder: Path) -> langid.LanguageIdentifier:
    meta = json.loads((folder / "meta.json").read_text())
    mapped = {name: np.load(folder / f"{name}.npy", mmap_mode="r", allow_pickle=False)
              for name in MAPPED}
    walked = {name: _read_array(folder / f"{name}.bin", meta["typecodes"][name])
              for name in WALKED}
    return langid.LanguageIdentifier(mapped["ptc"], np.asarray(mapped["pc"]), meta["classes"],
                                     walked["nextmove"], mapped["out_feat"].tolist(),
                                     tk_row=walked["nextmove_row"])


@functools.cache
def identifier() -> langid.LanguageIdentifier:
    """The process's one identifier: mapped from the cache, unpacking it the first time."""
    try:
        folder = _unpacked_folder()
        if not (folder / "meta.json").exists():
            _unpack(folder)
        return _mapped(folder)
    except (OSError, ValueError, KeyError):
        return langid._get_identifier()


def classify(text: str) -> tuple[str, float]:
    """The most likely language of ``text`` (ISO 639-1 where there is one) and its score."""
    return identifier().classify(text)
