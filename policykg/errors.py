"""Errors that end a command with a one-line message instead of a traceback."""


class InputError(Exception):
    """Unusable input (exit 2): the message names the file and what is wrong with it."""


class UsageError(Exception):
    """A command used wrongly or a resource that cannot be reached (exit 2)."""


def require_file(path: str, hint: str = "") -> None:
    """An InputError naming what a graph or data path is instead of a readable file: an empty value,
    a folder, or nothing at all (``hint`` is added to the last)."""
    import os

    if not str(path).strip():
        raise InputError("a graph path is empty; give the name of a file")
    if os.path.isdir(path):
        raise InputError(f"{path}: is a folder, not a graph file")
    if not os.path.isfile(path):
        raise InputError(f"{path}: no such file{hint}")


def run_module(main, prog: str) -> int:
    """Run the main() of a ``python -m`` tool: an InputError, UsageError or OSError ends in one line
    on stderr and exit 2 (as the policykg commands do), never a traceback."""
    import sys

    try:
        return main()
    except (InputError, UsageError) as exc:
        msg = str(exc)
    except OSError as exc:
        msg = f"{exc.filename}: {exc.strerror or exc}" if exc.filename else str(exc.strerror or exc)
    print(f"{prog}: {' '.join(msg.split())}", file=sys.stderr)
    return 2
