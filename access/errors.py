"""The one exception type for failures a user can act on, and the one way to warn."""

from __future__ import annotations

import sys
from collections.abc import Callable

LISTENERS: list[Callable[[str], None]] = []  # besides stderr: the web app's job, told each warning


class AccessError(Exception):
    """A user-facing failure; its message is one line that says what to do."""


def warn(message: str) -> None:
    """One line on stderr ("access: warning: …"), and to each listener: the web app's job
    page shows what a terminal would (no narration made, a sentence left silent)."""
    print(f"access: warning: {message}", file=sys.stderr)
    for listener in LISTENERS:
        listener(message)
