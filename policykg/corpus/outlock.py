"""One writer per --out: a lock file ``.<out>.lock`` beside the folder, held (flock) from the first look at
--out until the output is swapped in. Two builds started at once for the same new --out both found it
missing, both built, and the later one replaced the other's output; now the second ends at once.

A lock file is created with O_EXCL and holds ``policykg lock pid N``: that content is what proves it is
ours. A file of any other content under that name (even an empty one) is the user's: refused, never
truncated or removed; only an empty file another process holds locked is a lock being made (its maker
holds it until the tag is written), waited for. The kernel drops the lock when the process dies (even by SIGKILL), so a stale lock
file never blocks; the holder removes the file when it is done (checking the inode and the content, so a
file a waiting process opened just before, or one a user put there meanwhile, is never removed).
"""
from __future__ import annotations

import atexit
import errno
import fcntl
import os
import re
import time
from pathlib import Path

from ..errors import UsageError

_HELD: dict[Path, int] = {}  # out folder → descriptor of its locked file
_FOLDERS: dict[Path, int] = {}  # out folder → descriptor of the folder its lock file was made in
_TAG = re.compile(rb"policykg lock pid (\d+)\n")
UNLOCKABLE = (errno.EROFS, errno.EACCES, errno.EPERM, errno.ENOSPC, errno.EDQUOT)  # no lock file can be made


def side_name(out: Path) -> str:
    """out's name as the start of the names beside it (lock, temporary folders): a name near the 255-byte
    limit is shortened (with a digest, so two such names stay apart) to leave room for the suffixes."""
    from ..ostext import raw as os_bytes
    raw = os_bytes(out.name)   # the name's bytes, not its UTF-8 under the locale: one lock name under every locale
    if len(raw) <= 160:
        return out.name
    import hashlib
    return os.fsdecode(raw[:120].decode("utf-8", "ignore").encode("utf-8")) + "~" + hashlib.sha256(raw).hexdigest()[:16]


def lock_path(out: Path) -> Path:
    return out.with_name(f".{side_name(out)}.lock")


SIDE_KINDS = ("tmp", "work", "old")   # the folders a run keeps beside out (outdir): .<out>.<kind>-<pid>-…


def is_beside(path: Path, out: Path) -> bool:
    """Whether path names out's lock or one of the temporary, work or old folders a run keeps beside it."""
    side = f".{side_name(out)}."
    return path.parent == out.parent and (path == lock_path(out) or
                                          path.name.startswith(tuple(f"{side}{k}-" for k in SIDE_KINDS)))


def open_lock(path: Path) -> int:
    """A descriptor on the lock file at path: made here (O_EXCL, with our tag) or one another policykg
    process made. OSError from open (a read-only folder, a link, a folder under that name); ValueError
    when the file there is not one of ours."""
    flags = os.O_RDWR | os.O_NOFOLLOW | os.O_CLOEXEC | os.O_NONBLOCK
    for _ in range(50):
        try:
            return _made(path, flags)
        except FileExistsError:
            pass
        try:
            fd = os.open(path, flags)
        except FileNotFoundError:
            continue  # its holder removed it between our two opens
        for _ in range(400):  # its maker writes the tag just after creating it, whatever the machine's load
            if a_lock(fd):
                return fd
            if os.fstat(fd).st_size or not _being_made(fd):
                if a_lock(fd):  # its maker wrote the tag (and let go) between our first look and these
                    return fd
                break
            time.sleep(0.005)
        os.close(fd)
        raise ValueError(path)
    raise OSError(f"{path} keeps being created and removed")


def _made(path: Path, flags: int) -> int:
    """A new lock file at path holding our tag; FileExistsError when a file is there. Signals wait until it
    is whole (one that came during the open itself was raised before its descriptor was kept), and the file
    is removed when it cannot be (Ctrl-C, a full disk): an empty file would read as the user's ever after."""
    from .held_signals import signals_held

    fd = -1
    try:
        with signals_held():
            fd = os.open(path, flags | os.O_CREAT | os.O_EXCL, 0o644)
            # held while the file is empty: others wait for the tag instead of calling it the user's
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            stamp(fd)
            fcntl.flock(fd, fcntl.LOCK_UN)
    except BaseException:
        if fd >= 0:
            os.unlink(path)
            os.close(fd)
        raise
    return fd


def _being_made(fd: int) -> bool:
    """Whether another process holds the (empty) file open on fd locked: a maker about to write its tag,
    or a holder rewriting it (``stamp``)."""
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    fcntl.flock(fd, fcntl.LOCK_UN)
    return False


def stamp(fd: int) -> None:
    """Write our tag (with our pid) into a lock file this process holds; a signal waits for the whole tag (cut
    in two, it left an empty file, which every later run refused as the user's)."""
    from .held_signals import signals_held

    with signals_held():
        os.ftruncate(fd, 0)
        os.pwrite(fd, b"policykg lock pid %d\n" % os.getpid(), 0)


def holder(fd: int) -> str:
    m = _TAG.fullmatch(os.pread(fd, 64, 0))
    return m.group(1).decode("ascii") if m else ""


def a_lock(fd: int) -> bool:
    """Whether the file open on fd is a lock file policykg wrote (a regular file holding our tag)."""
    import stat

    st = os.fstat(fd)
    return stat.S_ISREG(st.st_mode) and st.st_size <= 64 and _TAG.fullmatch(os.pread(fd, 64, 0)) is not None


def same_file(path: Path, fd: int, dir_fd: int | None = None) -> bool:
    """Whether path (a name in the folder open on dir_fd, when given) still names the file open on fd."""
    try:
        return os.stat(path, dir_fd=dir_fd, follow_symlinks=False).st_ino == os.fstat(fd).st_ino
    except OSError:
        return False


def remove_lock(path: Path, fd: int, dir_fd: int | None = None) -> None:
    """Remove the lock file at path, only if it is still the one open on fd and still holds our tag. With
    dir_fd, the name is removed from the folder it was made in, even when that folder was moved or renamed
    meanwhile (its lock was left in the user's renamed folder)."""
    name = path if dir_fd is None else path.name
    if same_file(name, fd, dir_fd) and a_lock(fd):
        try:
            os.unlink(name, dir_fd=dir_fd)
        except OSError:
            pass


def _folder_of(path: Path, fd: int) -> int | None:
    """A descriptor on the folder holding the lock file at path (open on fd), or None when it cannot be had
    or the name there is no longer that file."""
    try:
        dir_fd = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    except OSError:
        return None
    if same_file(path.name, fd, dir_fd):
        return dir_fd
    os.close(dir_fd)
    return None


def unusable_lock(path: Path, exc: OSError) -> str:
    """Why the lock file at path cannot be had: something that is none is there, or the folder takes no new
    file at all (`--out /proc/x` was 'the lock beside it is no policykg lock (No such file or directory)')."""
    if os.path.lexists(path):
        return f"{path} beside it is no policykg lock ({exc.strerror}); move it away"
    return f"cannot make its lock file {path} in {path.parent} ({exc.strerror}): the folder takes no new files"


def claim(out: Path, out_dir: str) -> None:
    """Hold the lock of out (no-op when this process holds it, or out's parent does not exist yet);
    a UsageError when another process holds it."""
    if out in _HELD or not out.parent.is_dir():
        return
    path = lock_path(out)
    try:
        fd = open_lock(path)
    except ValueError:
        raise UsageError(f"--out {out_dir}: {path} beside it is no policykg lock (it holds other data); "
                         f"move it away or give another --out") from None
    except OSError as e:
        if e.errno in UNLOCKABLE:
            return  # a read-only or full parent: the write itself will say so
        # a link or a folder under the lock's name: running unlocked would let two builds swap at once
        raise UsageError(f"--out {out_dir}: {unusable_lock(path, e)}; give another --out") from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        if not same_file(path, fd):
            raise BlockingIOError  # the holder removed it after we opened it: it just finished
    except OSError:
        pid = holder(fd)
        os.close(fd)
        raise UsageError(f"--out {out_dir}: another policykg command{f' (pid {pid})' if pid else ''} "
                         f"is writing it now; try again when it has ended") from None
    stamp(fd)  # a stale lock (its holder was killed): ours now
    _HELD[out] = fd
    if (dir_fd := _folder_of(path, fd)) is not None:
        _FOLDERS[out] = dir_fd


def moved_folder(out: Path) -> int | None:
    """A descriptor on the folder out's lock was made in, when out's parent no longer names that folder (the
    user moved or replaced it while the command ran: its temporaries lie there, not at their paths); else None."""
    dir_fd = _FOLDERS.get(out)
    if dir_fd is None:
        return None
    try:
        now = os.stat(out.parent)
    except OSError:
        return dir_fd
    held = os.fstat(dir_fd)
    return None if (now.st_dev, now.st_ino) == (held.st_dev, held.st_ino) else dir_fd


def release(out: Path) -> None:
    """Remove and unlock out's lock file, when this process holds it."""
    fd, dir_fd = _HELD.pop(out, None), _FOLDERS.pop(out, None)
    if fd is None:
        return
    remove_lock(lock_path(out), fd, dir_fd)
    os.close(fd)
    if dir_fd is not None:
        os.close(dir_fd)


@atexit.register
def release_all() -> None:
    """Every lock this process holds released (at exit; cli_main.end_process calls it too)."""
    for out in list(_HELD):
        release(out)
