"""Write what the rule tables read of their patterns to ``STORED_FILE``, for this Python's
regex engine, and the JSON copies of the TOML files: ``python -m access.clean.rules`` after
changing a rule (``--check``: write nothing, fail if a file is not what it would write)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from access.clean.rules import (
    ASKED,
    ENGINE,
    STORED_FILE,
    TOML_COPIED,
    analysed,
    load_rules,
    stored_form,
    toml_copy,
)


def stored_text() -> str:
    """The file's text: each pattern a fresh process's tables ask for, analysed, one a line."""
    load_rules()
    lines = [f"{json.dumps(f'{flags} {pattern}', ensure_ascii=False)}: "
             f"{json.dumps(stored_form(analysed(pattern, flags)), ensure_ascii=False)}"
             for pattern, flags in sorted(ASKED)]
    return f'{{"engine": {json.dumps(ENGINE)}, "patterns": {{\n' + ",\n".join(lines) + "\n}}\n"


def main(argv: list[str]) -> int:
    folder = Path(__file__).parent
    files = {STORED_FILE: stored_text(), **{f"{name}.json": toml_copy(name) for name in TOML_COPIED}}
    stale = [name for name, text in files.items()
             if not (folder / name).exists() or (folder / name).read_text(encoding="utf-8") != text]
    if "--check" in argv:
        print(f"stale: {', '.join(stale)} (run python -m access.clean.rules)" if stale else "up to date")
        return 1 if stale else 0
    for name in stale:
        (folder / name).write_text(files[name], encoding="utf-8")
    print(f"wrote {', '.join(stale) or 'nothing'} ({len(ASKED)} patterns)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
