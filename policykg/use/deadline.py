"""Run slow work so that Ctrl-C, SIGTERM and a deadline stop it at once.

pyoxigraph evaluates a query in Rust without returning to Python (it releases the GIL), so a signal
handler would run only when the whole evaluation is done — minutes for a runaway join. ``run`` does
the work in a daemon thread and waits for it in the calling thread in short steps: a signal
(KeyboardInterrupt) or the deadline ends the wait, and the thread is abandoned. A process that
abandoned a thread must end with ``os._exit`` (the CLI does, see ``abandoned``): the thread may still be
inside pyoxigraph or a socket read, and normal interpreter shutdown could wait on it or free what it uses.
The same runner gives ``query --endpoint`` and ``push`` a total deadline (a store that trickles one byte
a second never trips a per-read socket timeout).
"""
from __future__ import annotations

import threading
import time
import traceback

from ..errors import UsageError

_ABANDONED: list[threading.Thread] = []
_STACK_LOCK = threading.Lock()
STACK = 512 << 20  # address space, taken only as deep as the work goes


class Cancelled(UsageError):
    """The work did not finish within its deadline (exit 2; the message says after how long)."""


def abandoned() -> bool:
    """True when a thread was left running (the process should end with os._exit)."""
    return any(t.is_alive() for t in _ABANDONED)


def run(fn, timeout: float | None = None, message: str = "cancelled after {s} s (--timeout)"):
    """fn() in a daemon thread, waited for here; Cancelled(message) after ``timeout`` seconds (None or 0:
    no deadline); KeyboardInterrupt as soon as it arrives. fn's own exception is raised here."""
    box: dict = {}

    def work():
        try:
            box["value"] = fn()
        except BaseException as exc:  # noqa: BLE001 — handed to the waiting thread
            # drop the frames' locals here: some (pyoxigraph results) must be freed by this thread
            traceback.clear_frames(exc.__traceback__)
            box["error"] = exc

    t = threading.Thread(target=work, name="policykg-work", daemon=True)
    deadline = time.monotonic() + timeout if timeout else None
    with _STACK_LOCK:      # the size is process-wide: serve's threads set it one at a time
        size = threading.stack_size(STACK)  # pyoxigraph recurses on the stack (sparql_form.shape_problem)
        try:
            t.start()
        except RuntimeError:   # no room for a large stack (an address-space limit): the default one
            threading.stack_size(size)
            t = threading.Thread(target=work, name="policykg-work", daemon=True)
            t.start()
        finally:
            threading.stack_size(size)
    try:
        while t.is_alive():
            step = 0.05 if deadline is None else max(0.0, min(0.05, deadline - time.monotonic()))
            t.join(step)
            if deadline is not None and t.is_alive() and time.monotonic() >= deadline:
                raise Cancelled(message.format(s=f"{timeout:g}"))
    except BaseException:
        if t.is_alive():
            _ABANDONED.append(t)
        raise
    if "error" in box:
        raise box["error"]
    return box.get("value")
