"""Which single files policykg wrote: the ledger that lets a command replace its own output, and only that.

`export`, `validate`, `table`, `POLICYKG_TIMINGS` and the scripts' output files replace an existing file only
when policykg wrote it and no one changed it since: every file written through ``safefile.write_atomic`` is
recorded here as (its path, the SHA-256 of its bytes). A file the user owns (report.txt, a .csv or .ttl of
their own, one edited since) is not in the ledger and is refused; the user removes it or names another.

The ledger is one JSON line per write in ``$XDG_STATE_HOME/policykg/written.jsonl`` (else
``~/.local/state/policykg/``; a relative setting is skipped, as for the cache). A ledger that cannot be
read or written only makes the next run refuse more (never replace more), and the refusal says so
(``not_ours``). Lines are appended in one write each, under a shared flock; past ``MAX_BYTES`` the ledger is
compacted under an exclusive one to the newest entries (half of ``MAX_BYTES``) whose file still holds what
was recorded: an output written thousands of writes ago is then refused, never a user's file replaced.
"""
from __future__ import annotations

import fcntl
import hashlib
import json
import os
import stat
import time

MAX_BYTES = 1 << 20      # a ledger past this is compacted (about 3,500 writes: each notes its temporary file too)
_NAME = "written.jsonl"
TEMPORARY = "temporary"   # the value of an entry noting a temporary (no SHA-256 is that)


def ledger_path() -> str | None:
    """$XDG_STATE_HOME/policykg/written.jsonl, else ~/.local/state/policykg/written.jsonl; None if neither
    is an absolute path, or HOME is no folder: a missing HOME is never made (HOME=/nonexistent, as services
    and system users have it, made /nonexistent/.local/state for a command run as root)."""
    xdg = os.environ.get("XDG_STATE_HOME") or ""
    if os.path.isabs(xdg):
        return os.path.join(xdg, "policykg", _NAME)
    from ..cachefiles import usable_home
    home = usable_home()
    return None if home is None else os.path.join(home, ".local", "state", "policykg", _NAME)


def key(path: str) -> str:
    """The path as recorded: its folder resolved as the kernel resolves it (links, then ..), its own name as
    given. Not abspath first: it drops `link/..` by spelling, so `--out a/../x.nt` (a a link to a folder
    elsewhere) was recorded beside `a`, not where the file went."""
    return os.path.join(os.path.realpath(os.path.dirname(path) or "."), os.path.basename(path))


def digest(path: str) -> str | None:
    """SHA-256 of the regular file at path (None if it is none or cannot be read)."""
    h = hashlib.sha256()
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        with os.fdopen(os.dup(fd), "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
    except OSError:
        return None
    finally:
        os.close(fd)
    return h.hexdigest()


def _entries(ledger: str):
    """(path, sha256) of every well-formed line of the ledger (of its newest part when it is far larger than
    a ledger of ours grows); nothing when it is no ledger of ours."""
    try:   # O_NOFOLLOW: a link is neither read nor written (record opens it so)
        fd = os.open(ledger, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC | os.O_NOFOLLOW)
    except OSError:
        return
    yield from _lines_of(fd)


def _lines_of(fd: int):
    """The entries read from fd (closed after), when it is a ledger of ours; of one grown past what we
    grow it to, its newest 16 * MAX_BYTES only (all were skipped, so compaction emptied it and the entry
    just added was lost: the next run refused that output without saying why)."""
    st = os.fstat(fd)
    if not _ledger_like(st):
        os.close(fd)   # before fdopen: a folder there made it raise 'Is a directory' (fd 3 as the file's name)
        return
    with os.fdopen(fd, "rb") as fh:
        if st.st_size > 16 * MAX_BYTES:
            fh.seek(st.st_size - 16 * MAX_BYTES)
            fh.readline()   # the rest of a line cut by the seek
        for line in fh:
            try:
                path, sha = _entry(line)
            except (ValueError, TypeError, RecursionError):
                continue   # not ours (RecursionError: [[[[… nested past Python's limit)
            if isinstance(path, str) and isinstance(sha, str):
                yield path, sha


def _entry(line: bytes):
    """The entry of a ledger line; one appended after a line a full disk cut short is read from its own
    '["' on (JSON escapes every quote inside a string, so '["' opens an entry only)."""
    try:
        return json.loads(line)
    except ValueError:
        start = line.rfind(b'["')
        if start <= 0:
            raise
        return json.loads(line[start:])


def wrote(path: str) -> bool:
    """True when policykg recorded writing path with exactly the bytes it holds now."""
    ledger = ledger_path()
    if ledger is None:
        return False
    name = key(path)
    recorded = {sha for p, sha in _entries(ledger) if p == name}
    return bool(recorded) and digest(path) in recorded   # a file never recorded is not read at all


def not_ours(path: str) -> str:
    """Why an existing file at path is not to be replaced ('' when policykg wrote it, unchanged since): a
    clause naming the ledger when there is none to read, for 'policykg did not write it' would be a guess."""
    if wrote(path):
        return ""
    return ledger_problem() or "exists and policykg did not write it (or it was changed since)"


def ledger_problem() -> str:
    """Why the ledger cannot tell whether policykg wrote a file, as a clause after the file's name ('' when it can):
    there is none, it is not trusted (a link, another user's), or it cannot be kept."""
    ledger = ledger_path()
    if ledger is None:
        home = os.path.expanduser("~")
        why = (f"XDG_STATE_HOME is no absolute path and HOME, {home}, is no folder" if os.path.isabs(home)
               else "neither XDG_STATE_HOME nor HOME is an absolute path")
        return f"exists, and policykg keeps no record of the files it writes ({why})"
    if os.path.lexists(ledger) and (untrusted := _untrusted(ledger)):
        return (f"exists, and policykg does not trust its record of the files it wrote, {ledger}: {untrusted}, "
                f"so the record could list a file policykg did not write; remove it (a new one is made)")
    if (blocker := _cannot_keep(ledger)) is not None:
        return f"exists, and policykg cannot keep its record of the files it writes ({blocker})"
    return ""


def is_ledger(path: str) -> bool:
    """path names the ledger itself (an output written there would get a ledger line appended)."""
    ledger = ledger_path()
    return ledger is not None and key(path) == key(ledger)


def _ledger_like(st: os.stat_result) -> bool:
    """A regular file of one name (a hard link of a user's file at the ledger's name would get our lines),
    this user's, that no one else may write: XDG_STATE_HOME naming a shared folder (/tmp) let another user
    plant a ledger listing the user's notes.nt with its hash, and `export --out notes.nt` replaced it."""
    from ..cachefiles import only_ours
    return stat.S_ISREG(st.st_mode) and st.st_nlink == 1 and only_ours(st)


def _cannot_keep(ledger: str) -> str | None:
    """Why no line can be added to the ledger (XDG_STATE_HOME a file, a read-only disk), else None: its own
    output was then refused as a file 'policykg did not write'."""
    folder = os.path.dirname(ledger)
    while not os.path.lexists(folder) and os.path.dirname(folder) != folder:
        folder = os.path.dirname(folder)
    if not os.path.isdir(folder):
        return f"{folder} is no folder"
    where = ledger if os.path.lexists(ledger) else folder
    if os.access(where, os.W_OK):
        return None
    # "read-only" only of a read-only disk: a folder of another user's (root's, run as nobody) was called so too
    read_only = os.statvfs(where).f_flag & os.ST_RDONLY
    return f"{where} is read-only" if read_only else f"{where} is not writable by this user"


def _untrusted(path: str) -> str:
    """Why the file at path is no ledger of ours ('' when it is one): it said only 'cannot read its record
    (PATH)', whatever the reason — another user's file, one anyone may write, a link, a folder."""
    if os.path.islink(path):   # never written through (O_NOFOLLOW): its own output was 'not written by policykg'
        return f"it is a symbolic link (to {os.readlink(path)})"
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as exc:
        return f"it cannot be opened ({exc.strerror})"
    try:
        st = os.fstat(fd)
    finally:
        os.close(fd)
    if _ledger_like(st):
        return ""
    if not stat.S_ISREG(st.st_mode):
        return "it is no regular file"
    if st.st_nlink != 1:
        return f"it is a file of {st.st_nlink} names (a hard link)"
    if hasattr(os, "getuid") and st.st_uid != os.getuid():
        return f"it belongs to another user (uid {st.st_uid})"
    return f"users other than its owner may write it (mode {stat.S_IMODE(st.st_mode):o})"


def record(path: str, data: bytes, compact: bool = True) -> str:
    """Record that path holds data, written by policykg: '' when recorded or when there is no ledger to
    keep (the next refusal says why), else why a ledger that took the line could not keep it whole (a full
    disk): the caller then leaves its output out of place, for an output in place but not recorded was
    refused by the next run as a file 'policykg did not write'."""
    return _append(path, hashlib.sha256(data).hexdigest(), compact)


def note_temporary(path: str) -> None:
    """Note, before making it, that path is a temporary file or folder of policykg's (corpus.temporaries):
    the proof that lets a later run remove it if this one is killed."""
    _append(path, TEMPORARY, False)


def made_temporary(path: str) -> bool:
    """Whether path was noted as a temporary of policykg's (note_temporary)."""
    ledger = ledger_path()
    name = key(path)
    return ledger is not None and any(p == name and sha == TEMPORARY for p, sha in _entries(ledger))


def _append(path: str, value: str, compact: bool) -> str:
    """Append the entry [path, value] to the ledger (see record)."""
    ledger = ledger_path()
    if ledger is None:
        return ""
    # ASCII JSON: a name that is no UTF-8 (its bytes as surrogates) is kept exactly, as \udcff escapes
    line = (json.dumps([key(path), value]) + "\n").encode("ascii")
    try:
        os.makedirs(os.path.dirname(ledger), mode=0o700, exist_ok=True)
    except OSError:
        return ""
    fd = _open_current(ledger, os.O_WRONLY | os.O_APPEND | os.O_CREAT, fcntl.LOCK_SH)
    if fd is None:
        return ""
    try:
        done = os.write(fd, line)   # one write: concurrent writers append whole lines
        big = os.fstat(fd).st_size > MAX_BYTES
    except OSError as exc:
        return f"cannot add to {ledger} ({exc.strerror})"
    finally:
        os.close(fd)
    if done != len(line):
        return f"cannot add to {ledger} (only {done} of {len(line)} bytes written: a full disk?)"
    if big and compact:
        _compact(ledger)
    return ""


def compact_if_big() -> None:
    """Compact the ledger when past MAX_BYTES (after a write recorded with compact=False is in place)."""
    ledger = ledger_path()
    try:
        big = ledger is not None and os.stat(ledger).st_size > MAX_BYTES
    except OSError:
        return
    if big:
        _compact(ledger)


def _open_current(ledger: str, flags: int, lock: int) -> int | None:
    """A descriptor on the ledger now at its name, flock-ed (shared to append, exclusive to compact): one
    opened just before a compaction renamed a new ledger in is opened again, or its line went to the old
    file and was lost. None when no ledger of ours can be opened there, or its lock is not had in 5 s."""
    for _ in range(20):
        try:
            fd = os.open(ledger, flags | os.O_NOFOLLOW | os.O_CLOEXEC | os.O_NONBLOCK, 0o600)
        except OSError:
            return None
        try:
            locked = _lock(fd, lock)
            st, now = os.fstat(fd), os.lstat(ledger)
        except OSError:
            locked = False
        if locked and (st.st_dev, st.st_ino) != (now.st_dev, now.st_ino):
            os.close(fd)   # a compaction renamed a new ledger in meanwhile (this one has no name left)
            continue
        if locked and _ledger_like(st):
            return fd
        os.close(fd)
        return None
    return None


def _lock(fd: int, lock: int, wait: float = 5.0) -> bool:
    """flock fd, waiting at most `wait` seconds: a process holding the ledger's lock forever (`flock FILE
    sleep …`) costs the record, never the command."""
    deadline = time.monotonic() + wait
    while True:
        try:
            fcntl.flock(fd, lock | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            if time.monotonic() > deadline:
                return False
            time.sleep(0.01)


from .written_compact import compact as _compact  # noqa: E402  (it reads this module's names when called)
