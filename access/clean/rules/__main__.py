"""Write what the rule tables read of their patterns to ``STORED_FILE``, for this Python's
regex engine, and the JSON copies of the TOML files (``access.tomlcopy.COPIED``):
``python -m access.clean.rules`` after changing a rule or a phrase (``--check``: write nothing,
fail if a file is not what it would write)."""

from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path

from access.clean.rules import (
    ASKED,
    BUILT,
    ENGINE,
    STORED_FILE,
    analysed,
    load_rules,
    stored_form,
)
from access.tomlcopy import COPIED, toml_copy


def stored_text() -> str:
    """The file's text: each pattern a fresh process's tables ask for, analysed, one a line."""
    load_rules()
    import access.clean.text  # noqa: F401  (its modules' patterns built once: ``built_once``)

    for build in BUILT:
        build()
    lines = [f"{json.dumps(f'{flags} {pattern}', ensure_ascii=False)}: "
             f"{json.dumps(stored_form(analysed(pattern, flags)), ensure_ascii=False)}"
             for pattern, flags in sorted(ASKED)]
    return f'{{"engine": {json.dumps(ENGINE)}, "patterns": {{\n' + ",\n".join(lines) + "\n}}\n"


def main(argv: list[str]) -> int:
    folder = Path(__file__).parent
    files = {folder / STORED_FILE: stored_text(),
             **{Path(str(resources.files(package))) / f"{name}.json": toml_copy(package, name)
                for package, names in COPIED.items() for name in names}}
    stale = [path for path, text in files.items()
             if not path.exists() or path.read_text(encoding="utf-8") != text]
    if "--check" in argv:
        print(f"stale: {', '.join(p.name for p in stale)} (run python -m access.clean.rules)"
              if stale else "up to date")
        return 1 if stale else 0
    for path in stale:
        path.write_text(files[path], encoding="utf-8")
    print(f"wrote {', '.join(p.name for p in stale) or 'nothing'} ({len(ASKED)} patterns)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
