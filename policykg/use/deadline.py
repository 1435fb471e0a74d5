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
from contextlib import contextmanager

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

    deadline = time.monotonic() + timeout if timeout else None
    t = _started(work)
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


_BATCH = 256   # rows handed over at once: a queue operation per row cost more than the row


def stream(fn, timeout: float | None = None, message: str = "cancelled after {s} s (--timeout)"):
    """fn() → an object with a ``rows`` iterator (query_format.Rows), made and iterated in a daemon thread;
    returned here with ``rows`` a Fed iterator of that thread's rows, so the caller writes each row as it
    comes and a reader that went away (`| head -1`) stops the work at the first write. ``timeout`` counts
    the time since the start but the time the caller spends inside its writes (``Fed.writing``: a reader
    paging slowly is no slow query); Ctrl-C ends a wait at once. Closing the iterator stops the thread at
    its next row."""
    fed = Fed(timeout, message)
    fed.start(fn)
    _, head = fed.receive()
    head.rows = fed
    return head


class Fed:
    """The rows a worker thread sends through a bounded queue (stream)."""

    def __init__(self, timeout: float | None, message: str):
        import queue
        self.handover: queue.Queue = queue.Queue(maxsize=8)
        self.stop = threading.Event()
        self.timeout, self.message = timeout, message
        self.started_at, self.written = time.monotonic(), 0.0
        self.pending: list = []
        self.ended = False

    def start(self, fn) -> None:
        def work():
            batch: list = []
            try:
                head = fn()
                rows = head.rows   # taken before head is handed over: the caller replaces head.rows
                if not self._put(("head", head)):
                    return
                for row in rows:
                    batch.append(row)
                    if len(batch) >= _BATCH:
                        if not self._put(("rows", batch)):
                            return
                        batch = []
                self._put(("rows", batch)) and self._put(("end", None))
            except BaseException as exc:  # noqa: BLE001 — handed to the waiting thread
                traceback.clear_frames(exc.__traceback__)   # pyoxigraph results: freed by this thread
                if not batch or self._put(("rows", batch)):   # the rows taken before it, then it
                    self._put(("error", exc))
        self.thread = _started(work)

    def _put(self, item) -> bool:
        import queue
        while not self.stop.is_set():
            try:
                self.handover.put(item, timeout=0.05)
                return True
            except queue.Full:
                continue
        return False

    def receive(self):
        """The thread's next message, waited for in short steps; an error it sent raised here."""
        import queue
        try:
            while True:
                try:
                    kind, value = self.handover.get(timeout=0.05)
                except queue.Empty:
                    kind = value = None
                    if not self.thread.is_alive() and self.handover.empty():
                        raise RuntimeError("the query's thread ended without an answer")
                if self.timeout and time.monotonic() - self.started_at - self.written >= self.timeout:
                    raise Cancelled(self.message.format(s=f"{self.timeout:g}"))
                if kind == "error":
                    raise value
                if kind is not None:
                    return kind, value
        except BaseException:
            self.close()
            raise

    def __iter__(self):
        return self

    def __next__(self):
        while not self.pending:
            if self.ended:
                raise StopIteration
            kind, value = self.receive()
            if kind == "end":
                self.ended = True
                self.close()
            else:
                self.pending = value[::-1]
        return self.pending.pop()

    @contextmanager
    def writing(self):
        """Time the caller spends writing: not counted against the timeout."""
        start = time.monotonic()
        try:
            yield
        finally:
            self.written += time.monotonic() - start

    def close(self) -> None:
        self.stop.set()
        self.thread.join(0.2)
        if self.thread.is_alive() and self.thread not in _ABANDONED:   # inside pyoxigraph: os._exit ends it
            _ABANDONED.append(self.thread)


def _started(work) -> threading.Thread:
    """work started in a daemon thread on a large stack (pyoxigraph recurses on it: sparql_form.shape_problem)."""
    t = threading.Thread(target=work, name="policykg-work", daemon=True)
    with _STACK_LOCK:      # the size is process-wide: serve's threads set it one at a time
        size = threading.stack_size(STACK)
        try:
            t.start()
        except RuntimeError:   # no room for a large stack (an address-space limit): the default one
            threading.stack_size(size)
            t = threading.Thread(target=work, name="policykg-work", daemon=True)
            t.start()
        finally:
            threading.stack_size(size)
    return t
