"""Speech engines behind one interface, found by module: a third engine is one new module here.

Each module in this package that defines ``NAME``, ``voices()`` and ``Engine`` is an engine.
``voices()`` lists its installed voices without speaking; ``Engine(spec)`` speaks with the
voice the spec names (its id already resolved by ``pick_voice``), text in, 16-bit mono PCM out.
Workers get only the small, picklable ``EngineSpec`` and build their own engine from it."""

from __future__ import annotations

import pkgutil
from dataclasses import dataclass
from functools import cache
from importlib import import_module
from types import ModuleType
from typing import Protocol

from access.errors import AccessError

DEFAULT_ENGINE = "pyttsx3"
DEFAULT_RATE = 175  # words per minute


@dataclass(frozen=True)
class VoiceInfo:
    id: str
    name: str
    languages: tuple[str, ...]
    engine: str = DEFAULT_ENGINE


@dataclass(frozen=True)
class EngineSpec:
    """What every worker needs to build the same engine: small and picklable."""

    engine: str
    voice: str  # a voice id the engine lists
    rate: int = DEFAULT_RATE
    volume: float = 1.0


class Engine(Protocol):
    sample_rate: int

    def __init__(self, spec: EngineSpec) -> None: ...

    def synthesize(self, text: str) -> bytes: ...


@cache
def engine_names() -> tuple[str, ...]:
    """Every engine module here, the default first; found without importing them."""
    names = sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_"))
    return (DEFAULT_ENGINE, *(n for n in names if n != DEFAULT_ENGINE))


def engine_module(name: str) -> ModuleType:
    if name not in engine_names():
        raise AccessError(f"unknown engine {name!r}; choose one of: {', '.join(engine_names())}")
    return import_module(f"{__name__}.{name}")


def build(spec: EngineSpec) -> Engine:
    """The engine a spec names, ready to speak."""
    return engine_module(spec.engine).Engine(spec)
