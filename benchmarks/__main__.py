"""Run every benchmarks/bench_*.py (or those named on the command line) and print figures."""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).parent


def main(names: list[str]) -> int:
    modules = names or sorted(p.stem for p in HERE.glob("bench_*.py"))
    for name in modules:
        module = importlib.import_module(f"benchmarks.{name}")
        print(f"== {name}: {module.__doc__.strip().splitlines()[0]}", flush=True)
        figures = module.run()
        print(module.table(figures) if hasattr(module, "table") else json.dumps(figures, indent=2),
              flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
