"""The query workers of `policykg serve`: each query runs in a process of its own, forked from one that
holds the graphs in an in-memory pyoxigraph store, so a query can really be stopped at its deadline.

pyoxigraph cannot cancel a query, and a thread running one can only be abandoned, still using a core
(deadline.py). So `serve` starts a *keeper* (``python -m policykg.use.serve_workers``): it loads the
graphs, says ``ready`` on stdout, and keeps SPARE idle workers forked from itself, which share the
store's memory copy-on-write (the fork, ~0.2 s for 1,000 reports, is paid before a query comes). An
idle worker waits on a shared SOCK_SEQPACKET socket. The HTTP thread with a query makes a socket
pair and passes one end there (SCM_RIGHTS); one idle worker takes it, tells the keeper (which forks
a replacement), reads the request, arms a real-time timer whose signal ends the process at the
deadline, evaluates and serialises the whole answer (serve_answer), disarms the timer, sends a
header (status, media type, length) and the body, and exits. A worker the timer ends sends nothing, so
the HTTP thread sees the stream end before any header and answers 503, never a 200 with a cut body.

Every process here ignores SIGINT (Ctrl-C reaches the whole process group; the server stops them) and
dies with its parent (Linux: PR_SET_PDEATHSIG; elsewhere the keeper ends when its stdin closes, and
idle workers when the job socket closes).
"""
from __future__ import annotations

import json
import os
import select
import signal
import socket
import subprocess
import sys
import tempfile
import threading

from . import deadline
from .serve_oxigraph import end_process

HEADER = 4  # bytes of the header's length, big-endian
WAITING_BYTES = 2 << 30  # answers computed but not yet taken by their clients, held by workers without a slot


def _worker(store, jobs: socket.socket, taken: int) -> None:
    """Take one job from JOBS, answer it, return (the caller exits)."""
    from .serve_answer import answer

    try:
        _, fds, _, _ = socket.recv_fds(jobs, 16, 1)
    except OSError:
        return
    if not fds:  # the server closed the job socket: nothing more will come
        return
    try:
        os.write(taken, b"t")
    except OSError:
        pass
    jobs.close()
    with socket.socket(fileno=fds[0]) as conn:
        request = json.loads(_read_to_end(conn))
        if request.get("timeout"):
            signal.setitimer(signal.ITIMER_REAL, float(request["timeout"]))
        status, media, body = deadline.run(lambda: answer(store, request))  # a thread with a large stack
        signal.setitimer(signal.ITIMER_REAL, 0)
        head = json.dumps({"status": status, "type": media, "length": len(body)}).encode()
        conn.sendall(len(head).to_bytes(HEADER, "big") + head)
        conn.sendall(body)


def _read_to_end(conn: socket.socket) -> bytes:
    parts = []
    while chunk := conn.recv(1 << 16):
        parts.append(chunk)
    return b"".join(parts)


def _spawn(store, jobs: socket.socket, taken: int) -> None:
    """Fork one idle worker."""
    if os.fork() == 0:
        code = 0
        try:
            from ..corpus.lifeline import die_with_parent
            die_with_parent(signal.SIGKILL)
            for sig in (signal.SIGTERM, signal.SIGALRM, signal.SIGCHLD):
                signal.signal(sig, signal.SIG_DFL)
            os.close(0)
            _worker(store, jobs, taken)
        except BaseException:  # noqa: BLE001 — a worker never prints; the server sees no header
            code = 1
        os._exit(code)


def keep(graphs: list[str], spare: int, jobs_fd: int) -> None:
    """The keeper's life: load GRAPHS, say ready, keep SPARE idle workers until stdin closes."""
    from ..corpus.lifeline import die_with_parent
    from . import serve_answer  # noqa: F401 — imported once here, not in every worker
    from .query import load_store

    die_with_parent(signal.SIGTERM)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    jobs = socket.socket(fileno=jobs_fd)
    store = load_store(graphs)
    print("ready", flush=True)
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # finished workers are reaped by the kernel
    taken_r, taken_w = os.pipe()
    for _ in range(spare):
        _spawn(store, jobs, taken_w)
    while True:
        ready, _, _ = select.select([taken_r, 0], [], [])
        if 0 in ready and not os.read(0, 1 << 10):
            return  # the server went away or stopped us
        if taken_r in ready:
            for _ in os.read(taken_r, 1 << 10):
                _spawn(store, jobs, taken_w)


def main() -> None:
    """``python -m policykg.use.serve_workers JOBS_FD SPARE GRAPH...`` (started by Workers.start)."""
    args = sys.argv[1:]
    if len(args) < 2 or not all(a.isdigit() for a in args[:2]):
        print("error usage: python -m policykg.use.serve_workers JOBS_FD SPARE GRAPH... (policykg serve starts it)",
              flush=True)
        sys.exit(2)
    try:
        keep(args[2:], int(args[1]), int(args[0]))
    except Exception as exc:  # noqa: BLE001 — one line for the server to show
        print(f"error {' '.join(str(exc).split()) or type(exc).__name__}", flush=True)
        sys.exit(2)


class Cancelled(Exception):
    """The query's worker ended without an answer (its deadline, or it was killed)."""


class Workers:
    """The server's side: the keeper process and the job socket; ``ask`` runs one query."""

    def __init__(self, process: subprocess.Popen, jobs: socket.socket, errfile, limit: int):
        self.process, self.jobs, self.errfile = process, jobs, errfile
        self.slots = threading.BoundedSemaphore(limit)
        self.limit = limit
        self.waiting, self._lock = 0, threading.Lock()   # bytes of computed answers not yet taken

    @classmethod
    def start(cls, graphs, limit: int | None = None, spare: int = 2) -> "Workers":
        """Start the keeper on GRAPHS and wait until it has loaded them (UsageError/InputError if not)."""
        from ..errors import UsageError

        limit = limit or max(2, os.cpu_count() or 2)
        try:
            mine, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
            socket.send_fds  # noqa: B018 — Unix only, like os.fork
        except (AttributeError, OSError):
            raise UsageError("serving from memory needs fork and Unix sockets that pass file descriptors "
                             "(Linux); here use --store DIR (oxigraph's server)") from None
        errfile = tempfile.TemporaryFile(mode="w+", encoding="utf-8", errors="replace")
        cmd = [sys.executable, "-m", "policykg.use.serve_workers", str(theirs.fileno()), str(min(spare, limit)),
               *map(str, graphs)]
        try:
            proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=errfile,
                                    pass_fds=(theirs.fileno(),), text=True)
        finally:
            theirs.close()
        workers = cls(proc, mine, errfile, limit)
        try:
            workers._wait_ready()
        except BaseException:
            workers.stop()
            raise
        return workers

    def _wait_ready(self) -> None:
        from ..errors import InputError, UsageError

        line = self.process.stdout.readline().strip()
        if line == "ready":
            return
        if line.startswith("error "):
            raise InputError(line[len("error "):])
        raise UsageError(f"the query workers did not start: {self.last_error() or 'no answer'}")

    def wait(self) -> int:
        """Block until the keeper ends (it should not); its exit code."""
        return self.process.wait()

    def last_error(self) -> str:
        self.errfile.seek(0)
        lines = [ln.strip() for ln in self.errfile.read().splitlines() if ln.strip()]
        return lines[-1] if lines else ""

    def ask(self, request: dict, timeout: float | None):
        """(status, media type, length, socket to read the body from) for REQUEST; Cancelled when its
        worker ends without an answer; TimeoutError when no worker is free within TIMEOUT seconds."""
        if not self.slots.acquire(timeout=timeout or None):
            raise TimeoutError(f"{self.limit} queries are running; none finished within {timeout:g} s")
        try:
            conn = self._send(dict(request, timeout=timeout or 0))
        except BaseException:
            self.slots.release()
            raise
        try:
            conn.settimeout(timeout + 30 if timeout else None)  # the worker's own timer ends it first
            status, media, length = self._header(conn)
            conn.settimeout(60)
        except BaseException:
            conn.close()
            self.slots.release()
            raise
        return status, media, length, _Body(conn, self._free_slot(length))

    def _free_slot(self, length: int):
        """The computing is done: the slot goes to the next query while the answer waits for its client (two
        clients that never read held both slots, and every other query got '503 busy'), unless answers
        waiting so already hold WAITING_BYTES of the workers' memory. → what the body's close releases."""
        with self._lock:
            if self.waiting + length > WAITING_BYTES:
                return self.slots.release
            self.waiting += length
        self.slots.release()

        def taken():
            with self._lock:
                self.waiting -= length
        return taken

    def _send(self, request: dict) -> socket.socket:
        mine, theirs = socket.socketpair()
        mine.settimeout(60)  # a request too large for the socket's buffer waits for its worker to read it
        try:
            socket.send_fds(self.jobs, [b"q"], [theirs.fileno()])
        except BaseException:
            mine.close()
            raise
        finally:
            theirs.close()
        mine.sendall(json.dumps(request).encode("utf-8"))
        mine.shutdown(socket.SHUT_WR)
        return mine

    @staticmethod
    def _header(conn: socket.socket) -> tuple[int, str, int]:
        try:
            size = int.from_bytes(_read_exactly(conn, HEADER), "big")
            head = json.loads(_read_exactly(conn, size))
        except (EOFError, TimeoutError, ValueError, OSError):
            raise Cancelled from None
        return int(head["status"]), str(head["type"]), int(head["length"])

    def stop(self, grace: float = 5.0) -> None:
        """Stop the keeper (its workers die with it) and close the job socket."""
        self.jobs.close()
        end_process(self.process, grace)
        for f in (self.process.stdin, self.process.stdout, self.errfile):
            f.close()


def _read_exactly(conn: socket.socket, n: int) -> bytes:
    buf = bytearray()
    while len(buf) < n:
        chunk = conn.recv(min(n - len(buf), 1 << 20))
        if not chunk:
            raise EOFError
        buf += chunk
    return bytes(buf)


class _Body:
    """The body of one answer, read from its worker in chunks; RELEASE()d (its slot or bytes) when closed."""

    def __init__(self, conn: socket.socket, release):
        self.conn, self.release = conn, release

    def chunks(self, length: int, size: int = 1 << 20):
        left = length
        while left:
            chunk = self.conn.recv(min(size, left))
            if not chunk:
                raise EOFError("the worker stopped part-way")
            left -= len(chunk)
            yield chunk

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None
            self.release()


if __name__ == "__main__":
    main()
