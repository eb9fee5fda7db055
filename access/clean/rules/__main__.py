"""Write what the rule tables read of their patterns to ``STORED_FILE``, for this Python's
regex engine: ``python -m access.clean.rules`` after changing a pattern (``--check``: write
nothing, fail if the file is not what it would write)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from access.clean.rules import ASKED, ENGINE, STORED_FILE, analysed, load_rules, stored


def stored_text() -> str:
    """The file's text: each pattern a fresh process's tables ask for, analysed, one a line."""
    load_rules()
    lines = [f"{json.dumps(f'{flags} {pattern}', ensure_ascii=False)}: "
             f"{json.dumps(stored(analysed(pattern, flags)), ensure_ascii=False)}"
             for pattern, flags in sorted(ASKED)]
    return f'{{"engine": {json.dumps(ENGINE)}, "patterns": {{\n' + ",\n".join(lines) + "\n}}\n"


def main(argv: list[str]) -> int:
    path = Path(__file__).with_name(STORED_FILE)
    text = stored_text()
    if "--check" in argv:
        fresh = path.exists() and path.read_text(encoding="utf-8") == text
        print(f"{path.name} is {'up to date' if fresh else 'stale: run python -m access.clean.rules'}")
        return 0 if fresh else 1
    path.write_text(text, encoding="utf-8")
    print(f"wrote {path.name}: {len(ASKED)} patterns")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
