"""access: turn a news or blog article into accessible HTML, tagged PDF and narrated audio."""

import sys
import types

__version__ = "0.1.0"


def clean(location: str):
    """Read and clean the article at ``location`` (path, URL or "-") into a Document."""
    from access.convert import load

    return load(location)


def convert(location: str, out_dir: str = "output", options=None):
    """Convert the article at ``location`` into every format under ``out_dir/<slug>/``
    (``options``: an ``access.convert.Options``; default: every format)."""
    from pathlib import Path

    from access.convert import convert as run

    return run(location, Path(out_dir), options)


class _CallableModule(types.ModuleType):
    """A submodule named like a package function, callable as that function."""

    def __call__(self, *args, **kwargs):
        return _API[self.__name__.rpartition(".")[2]](*args, **kwargs)


class _Package(types.ModuleType):
    """Importing the ``access.clean`` subpackage or the ``access.convert`` module puts them
    where the functions were; they stay callable as those functions, however often."""

    def __setattr__(self, name: str, value) -> None:
        if name in _API and isinstance(value, types.ModuleType):
            value.__class__ = _CallableModule
        super().__setattr__(name, value)


_API = {"clean": clean, "convert": convert}
sys.modules[__name__].__class__ = _Package
