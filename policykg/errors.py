"""Errors that end a command with a one-line message instead of a traceback."""


class InputError(Exception):
    """Unusable input (exit 2): the message names the file and what is wrong with it."""


class UsageError(Exception):
    """A command used wrongly or a resource that cannot be reached (exit 2)."""
