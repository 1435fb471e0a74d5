"""One push at a time to a store from this user: a lock file per store in policykg's state folder, flock-ed while
a push sends and reads back its graphs (released by the kernel however the push ends).

Two pushes of one build to one store at once left the ontology graph with its blank-node triples twice (oxigraph
clears and loads a PUT's graph in steps, so two PUTs of a graph interleave: 612 triples became 1018), and each
push ended in an unexplained "read-back mismatch". Pushes from other users or machines are not seen.
"""
from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import stat
from urllib.parse import urlsplit

from ..errors import UsageError


@contextlib.contextmanager
def one_push(endpoint: str):
    """Hold the store's lock for the block; UsageError when another push holds it. Without a usable state
    folder (HOME unset, read-only) the push runs unlocked, as it did."""
    fd = _open(endpoint)
    if fd is None:
        yield
        return
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            from ..options import redact
            holder = os.pread(fd, 20, 0).decode("ascii", "replace").strip()
            who = f" (pid {holder})" if holder.isdigit() else ""
            raise UsageError(f"--endpoint {redact(endpoint)}: another policykg push{who} is sending graphs to this "
                             f"store now; push again when it is done (two at once may leave a graph's blank nodes "
                             f"in the store twice)") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode("ascii"), 0)
        yield
    finally:
        os.close(fd)


def lock_path(endpoint: str) -> str | None:
    """The store's lock file in the ledger's folder (None without one): one per scheme, host, port and path."""
    from ..corpus.written import ledger_path
    ledger = ledger_path()
    if ledger is None:
        return None
    parts = urlsplit(endpoint)
    port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    store = f"{parts.scheme.lower()}://{(parts.hostname or '').lower()}:{port}{parts.path}"
    return os.path.join(os.path.dirname(ledger), f"push-{hashlib.sha256(store.encode()).hexdigest()[:20]}.lock")


def _open(endpoint: str) -> int | None:
    """The store's lock file, open (made 0600), or None when it cannot be had or is not only ours: another user's
    file planted in a shared state folder (XDG_STATE_HOME=/tmp), flock-ed by them, refused every push of ours."""
    from ..cachefiles import only_ours
    path = lock_path(endpoint)
    if path is None:
        return None
    try:
        os.makedirs(os.path.dirname(path), 0o700, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC | getattr(os, "O_NOFOLLOW", 0), 0o600)
    except OSError:
        return None
    st = os.fstat(fd)
    if not stat.S_ISREG(st.st_mode) or not only_ours(st):
        os.close(fd)
        return None
    return fd
