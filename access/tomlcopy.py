"""TOML data files read through a JSON copy beside them (``residue.toml.json``), written by
``python -m access.clean.rules`` (reading TOML, in Python, costs ten times as much). A copy
not written from the file as it is now, or not of that shape, is passed over: the file itself is read."""

from __future__ import annotations

import hashlib
import json
import tomllib
from importlib import resources

COPIED = {"access.clean.rules": ("residue.toml", "bylines.toml", "months.toml", "world_months.toml"),
          "access.document": ("phrases.toml",)}


def read_toml(package: str, name: str) -> dict:
    """The tables of ``package``'s TOML file ``name``: its JSON copy's when the copy was
    written from the file as it is (``toml_copy``), else the file's own."""
    folder = resources.files(package)
    text = folder.joinpath(name).read_text(encoding="utf-8")
    try:
        copy = json.loads(folder.joinpath(f"{name}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        copy = None
    if not isinstance(copy, dict) or not isinstance(copy.get("tables"), dict):
        copy = None  # JSON, but no copy: "[]", no tables
    if copy is not None and copy.get("digest") == _digest(text):
        return copy["tables"]
    return tomllib.loads(text)


def toml_copy(package: str, name: str) -> str:
    """The text of the JSON copy of ``package``'s ``name``: a digest of the file's text and its tables."""
    text = resources.files(package).joinpath(name).read_text(encoding="utf-8")
    return json.dumps({"digest": _digest(text), "tables": tomllib.loads(text)}, ensure_ascii=False) + "\n"


def _digest(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()
