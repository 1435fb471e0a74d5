"""For child scripts of the signal tests: send this process a signal the moment a module is first imported.

Deterministic where a timed signal is not: one sent after a delay often lands in Python's own start-up,
which ends any program with its own message. A child runs as ``python -c``, which finds only its working
folder: it imports this module after ``CHILD_PATH`` (prepend it to the script) has put tests/ on sys.path.
Only the standard library is imported here, so nothing the child trips on loads before the trip is set.
"""
from __future__ import annotations

import os
import sys

TESTS = os.path.dirname(os.path.abspath(__file__))
CHILD_PATH = f"import sys; sys.path.append({TESTS!r})\n"


class Trip:
    """A meta path finder that sends ``sig`` to this process when ``module`` is looked for, once: it takes
    itself off sys.meta_path first, and finds nothing (the import goes on as usual)."""

    def __init__(self, module: str, sig: int):
        self.module, self.sig = module, sig

    def find_spec(self, name, path=None, target=None):
        if name == self.module:
            sys.meta_path.remove(self)
            os.kill(os.getpid(), self.sig)
        return None


def trip_on_import(module: str, sig: int) -> None:
    """Send ``sig`` to this process as soon as ``module`` is first imported."""
    sys.meta_path.insert(0, Trip(module, sig))
