"""One writer per --out: a lock file ``.<out>.lock`` beside the folder, held (flock) from the first look at
--out until the output is swapped in. Two builds started at once for the same new --out both found it
missing, both built, and the later one replaced the other's output; now the second ends at once.

The kernel drops the lock when the process dies (even by SIGKILL), so a stale lock file never blocks;
the holder removes the file when it is done (checking the inode, so a file a waiting process opened
just before is never mistaken for a held lock).
"""
from __future__ import annotations

import atexit
import os
from pathlib import Path

from ..errors import UsageError

_HELD: dict[Path, int] = {}  # out folder → descriptor of its locked file


def side_name(out: Path) -> str:
    """out's name as the start of the names beside it (lock, temporary folders): a name near the 255-byte
    limit is shortened (with a digest, so two such names stay apart) to leave room for the suffixes."""
    raw = out.name.encode("utf-8", "surrogateescape")
    if len(raw) <= 160:
        return out.name
    import hashlib
    return raw[:120].decode("utf-8", "ignore") + "~" + hashlib.sha256(raw).hexdigest()[:16]


def lock_path(out: Path) -> Path:
    return out.with_name(f".{side_name(out)}.lock")


def claim(out: Path, out_dir: str) -> None:
    """Hold the lock of out (no-op when this process holds it, or out's parent does not exist yet);
    a UsageError when another process holds it."""
    import fcntl

    if out in _HELD or not out.parent.is_dir():
        return
    path = lock_path(out)
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o644)
    except OSError:
        return  # a read-only parent: the write itself will say so
    if not a_lock(fd):
        os.close(fd)
        raise UsageError(f"--out {out_dir}: {path} beside it is no policykg lock (it holds other data); "
                         f"move it away or give another --out")
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        if os.stat(path, follow_symlinks=False).st_ino != os.fstat(fd).st_ino:
            raise BlockingIOError  # the holder removed it after we opened it: it just finished
    except OSError:
        holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
        os.close(fd)
        raise UsageError(f"--out {out_dir}: another policykg command{f' (pid {holder})' if holder else ''} "
                         f"is writing it now; try again when it has ended") from None
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
    _HELD[out] = fd


def a_lock(fd: int) -> bool:
    """Whether the file open on fd is one a lock holder wrote: empty (just made) or its holder's pid. The
    holder removes the file when done, so anything else under that name is the user's."""
    import re
    import stat

    st = os.fstat(fd)
    if not stat.S_ISREG(st.st_mode) or st.st_size > 32:
        return False
    return re.fullmatch(rb"\d*\n?", os.pread(fd, 32, 0)) is not None


def release(out: Path) -> None:
    """Remove and unlock out's lock file, when this process holds it."""
    fd = _HELD.pop(out, None)
    if fd is None:
        return
    try:
        os.unlink(lock_path(out))
    except OSError:
        pass
    os.close(fd)


@atexit.register
def _release_all() -> None:
    for out in list(_HELD):
        release(out)
