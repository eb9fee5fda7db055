"""The one exception type for failures a user can act on."""


class AccessError(Exception):
    """A user-facing failure; its message is one line that says what to do."""
