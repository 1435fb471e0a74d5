"""Signals held off around steps a signal must not cut in two — outdir's swap and cleanup, the store's swap in
serve_store, the pool's start of its helper processes — recorded while held, acted on when released; and
the interrupting signals ignored for good once a command has written its last line."""
from __future__ import annotations

import os
import signal
from contextlib import contextmanager

INTERRUPTS = (signal.SIGINT, signal.SIGTERM)


def hold_signals(signals=INTERRUPTS):
    """Defer ``signals``: block them in this thread (processes started meanwhile inherit the mask) and,
    on the main thread, swap their Python handlers for one that only records them (other threads —
    validation, progress bars — would still take a blocked signal and have the main thread run its
    handler). Returns the state to release."""
    import threading

    deferred: list[int] = []
    handlers = None
    if threading.current_thread() is threading.main_thread():
        # only blocked: an ignored signal (a process started meanwhile inherits it ignored, not at its
        # default as a handler would leave it after exec), and one handled outside Python (None: no way back)
        handlers = {s: h for s in signals if (h := signal.getsignal(s)) not in (None, signal.SIG_IGN)}
        for s in handlers:
            signal.signal(s, lambda signum, frame: deferred.append(signum))
    try:
        mask = signal.pthread_sigmask(signal.SIG_BLOCK, signals)
    except (AttributeError, OSError, ValueError):  # no sigmask on this platform
        mask = None
    return mask, handlers, deferred


def release_signals(state) -> None:
    """Undo hold_signals (the mask as it was before, whatever the held step changed in it), then act on a
    signal that came meanwhile as its handler would have."""
    mask, handlers, deferred = state
    if mask is not None:
        try:
            signal.pthread_sigmask(signal.SIG_SETMASK, mask)
        except (AttributeError, OSError, ValueError):
            pass
    if handlers is None:
        return
    for s, h in handlers.items():
        signal.signal(s, h)
    pending = list(dict.fromkeys(deferred))
    deferred.clear()
    for s in pending:
        h = handlers[s]
        if callable(h):
            h(s, None)  # e.g. raises KeyboardInterrupt
        elif h == signal.SIG_DFL:
            os.kill(os.getpid(), s)


@contextmanager
def signals_held(signals=INTERRUPTS):
    """hold_signals around a block, released after it however it ends."""
    state = hold_signals(signals)
    try:
        yield
    finally:
        release_signals(state)


def ignore_interrupts() -> None:
    """SIGINT, SIGTERM and SIGHUP ignored from now on: once a command's last line is written (or due), a
    second Ctrl-C must not end the process by a traceback or the signal itself."""
    for sig in (*INTERRUPTS, signal.SIGHUP):
        signal.signal(sig, signal.SIG_IGN)


def forget_caught_interrupts() -> None:
    """Call when a command ends, its interrupt (if any) reported. CPython 3.11 notes a KeyboardInterrupt that
    leaves code run by exec() or eval() of a string — the code dataclasses and namedtuple generate at import —
    as unhandled even when a caller catches it; under ``python -m`` the process then ends by SIGINT (-2, not
    130 or 0) after its one line (hostile32). The next such exec clears that note."""
    exec("None")   # noqa: S102 — a string, not a code object: only that path clears the note
