"""SIGINT/SIGTERM held off around steps an interrupt must not cut in two (outdir's swap and cleanup, the
store's swap in serve_store): recorded while held, acted on when released."""
from __future__ import annotations

import os
import signal

_SIGNALS = {signal.SIGINT, signal.SIGTERM}


def hold_signals():
    """Defer SIGINT/SIGTERM: block them in this thread and, on the main thread, swap their Python
    handlers for one that only records them (other threads — validation, progress bars — would still
    take a blocked signal and have the main thread run its handler). Returns the state to release."""
    import threading

    deferred: list[int] = []
    handlers = None
    if threading.current_thread() is threading.main_thread():
        handlers = {s: signal.getsignal(s) for s in _SIGNALS}
        for s in _SIGNALS:
            signal.signal(s, lambda signum, frame: deferred.append(signum))
    try:
        mask = signal.pthread_sigmask(signal.SIG_BLOCK, _SIGNALS)
    except (AttributeError, OSError, ValueError):  # no sigmask on this platform
        mask = None
    return mask, handlers, deferred


def release_signals(state) -> None:
    """Undo hold_signals, then act on a signal that came meanwhile as its handler would have."""
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
