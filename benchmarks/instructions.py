"""Instructions per page (valgrind's cachegrind) for saved pages or copied text, a speed figure
the shared machine's load does not move: compare two versions of the cleaner by it, not by seconds.

    python -m benchmarks.instructions [saved|copied] [--passes N] [--cold]

A child Python cleans the 116 dev pages (their saved HTML, or their copied text) once
(imports, rule tables, caches) and then N more times, under cachegrind; it is run once with no
more passes and once with N, and the difference over N × 116 pages is one page's instructions.
With ``--cold`` there is no warm-up pass: the figure is a fresh process's first pass, with what
the cleaner builds once (rule tables, joined patterns, caches) spread over its pages, as
``python -m benchmarks bench_text_clean`` times it.
Python's string hashing is seeded (0) so the two runs hash alike. Needs valgrind
(``apt-get install valgrind``); each run takes a few minutes.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys

from benchmarks.devscore import page_ids, page_input

REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def child(mode: str, passes: int, cold: bool = False) -> None:
    """The work measured: a warm-up pass over the dev pages (none if ``cold``), then ``passes`` more."""
    from access.clean.html import clean_html
    from access.clean.text import clean_text

    clean = clean_html if mode == "saved" else clean_text
    pages = [page_input(page_id, "html" if mode == "saved" else "text") for page_id in page_ids()]
    for _ in range(passes + (0 if cold else 1)):
        for page in pages:
            clean(page)


def instructions(mode: str, passes: int, cold: bool = False) -> int:
    """Instructions the child executes with ``passes`` passes after its warm-up (none if ``cold``)."""
    command = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
               sys.executable, "-m", "benchmarks.instructions", mode, "--child", str(passes)]
    command += ["--cold"] if cold else []
    result = subprocess.run(command, capture_output=True, text=True, check=True,
                            env={**os.environ, "PYTHONHASHSEED": "0"})
    found = REFS.search(result.stderr)
    if found is None:
        raise RuntimeError(f"no instruction count in valgrind's report:\n{result.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def run(mode: str = "saved", passes: int = 1, cold: bool = False) -> dict:
    base, measured = instructions(mode, 0, cold), instructions(mode, passes, cold)
    pages = passes * len(page_ids())
    return {"pages": pages, "instructions_per_page": round((measured - base) / pages)}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", nargs="?", choices=("saved", "copied"), default="saved")
    parser.add_argument("--passes", type=int, default=1)
    parser.add_argument("--cold", action="store_true", help="measure a fresh process's first pass")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child is not None:
        child(args.mode, args.child, args.cold)
        return 0
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        return 1
    figures = run(args.mode, args.passes, args.cold)
    print(f"{figures['instructions_per_page'] / 1e6:.1f} M instructions per {args.mode} page "
          f"({figures['pages']} pages measured{', a cold pass' if args.cold else ''})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
