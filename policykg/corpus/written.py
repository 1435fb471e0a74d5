"""Which single files policykg wrote: the ledger that lets a command replace its own output, and only that.

`export`, `validate`, `table`, `POLICYKG_TIMINGS` and the scripts' output files replace an existing file only
when policykg wrote it and no one changed it since: every file written through ``safefile.write_atomic`` is
recorded here as (its path, the SHA-256 of its bytes). A file the user owns (report.txt, a .csv or .ttl of
their own, one edited since) is not in the ledger and is refused; the user removes it or names another.

The ledger is one JSON line per write in ``$XDG_STATE_HOME/policykg/written.jsonl`` (else
``~/.local/state/policykg/``; a relative setting is skipped, as for the cache). A ledger that cannot be
read or written only makes the next run refuse more (never replace more), and the refusal says so
(``not_ours``). Lines are appended in one write each; past ``MAX_BYTES`` the ledger keeps only entries whose
file still holds what was recorded.
"""
from __future__ import annotations

import hashlib
import json
import os
import stat
import tempfile

MAX_BYTES = 1 << 20      # a ledger past this is compacted (about 7,000 writes)
_NAME = "written.jsonl"


def ledger_path() -> str | None:
    """$XDG_STATE_HOME/policykg/written.jsonl, else ~/.local/state/policykg/written.jsonl; None if neither
    is an absolute path."""
    xdg = os.environ.get("XDG_STATE_HOME") or ""
    if os.path.isabs(xdg):
        return os.path.join(xdg, "policykg", _NAME)
    home = os.path.expanduser("~")
    return os.path.join(home, ".local", "state", "policykg", _NAME) if os.path.isabs(home) else None


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
    """(path, sha256) of every well-formed line of the ledger; nothing when it is no regular file or far
    larger than a ledger of ours grows."""
    try:
        fd = os.open(ledger, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError:
        return
    st = os.fstat(fd)
    if not _ledger_like(st) or st.st_size > 16 * MAX_BYTES:   # not grown so by us: not read
        os.close(fd)   # before fdopen: a folder there made it raise 'Is a directory' (fd 3 as the file's name)
        return
    with os.fdopen(fd, "rb") as fh:
        for line in fh:
            try:
                path, sha = json.loads(line)
            except (ValueError, TypeError, RecursionError):
                continue   # a line cut by a full disk, or not ours (RecursionError: [[[[… nested past Python's limit)
            if isinstance(path, str) and isinstance(sha, str):
                yield path, sha


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
    ledger = ledger_path()
    if ledger is None:
        return ("exists, and policykg keeps no record of the files it writes (neither XDG_STATE_HOME nor HOME is "
                "an absolute path)")
    if wrote(path):
        return ""
    if os.path.lexists(ledger) and not _regular(ledger):
        return f"exists, and policykg cannot read its record of the files it wrote ({ledger})"
    if (blocker := _not_a_folder_above(ledger)) is not None:
        return f"exists, and policykg cannot keep its record of the files it writes ({blocker} is no folder)"
    return "exists and policykg did not write it (or it was changed since)"


def is_ledger(path: str) -> bool:
    """path names the ledger itself (an output written there would get a ledger line appended)."""
    ledger = ledger_path()
    return ledger is not None and key(path) == key(ledger)


def _ledger_like(st: os.stat_result) -> bool:
    """A regular file of one name: a hard link of a user's file at the ledger's name would get our lines."""
    return stat.S_ISREG(st.st_mode) and st.st_nlink == 1


def _not_a_folder_above(ledger: str) -> str | None:
    """The nearest existing folder on the ledger's path when it is no folder (XDG_STATE_HOME a file)."""
    folder = os.path.dirname(ledger)
    while not os.path.lexists(folder) and os.path.dirname(folder) != folder:
        folder = os.path.dirname(folder)
    return None if os.path.isdir(folder) else folder


def _regular(path: str) -> bool:
    """path is a regular file of one name (as a ledger of ours is) that this process can open for reading."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError:
        return False
    try:
        return _ledger_like(os.fstat(fd))
    finally:
        os.close(fd)


def record(path: str, data: bytes) -> None:
    """Record that path now holds data, written by policykg; a ledger that cannot be written is skipped."""
    ledger = ledger_path()
    if ledger is None:
        return
    # ASCII JSON: a name that is no UTF-8 (its bytes as surrogates) is kept exactly, as \udcff escapes
    line = (json.dumps([key(path), hashlib.sha256(data).hexdigest()]) + "\n").encode("ascii")
    try:
        os.makedirs(os.path.dirname(ledger), mode=0o700, exist_ok=True)
        fd = os.open(ledger, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC | os.O_NONBLOCK,
                     0o600)
    except OSError:
        return
    try:
        if _ledger_like(os.fstat(fd)):
            os.write(fd, line)   # one write: concurrent writers append whole lines
            big = os.fstat(fd).st_size > MAX_BYTES
        else:
            big = False
    except OSError:
        big = False
    finally:
        os.close(fd)
    if big:
        _compact(ledger)


def _compact(ledger: str) -> None:
    """Keep the entries whose file still holds what was recorded (the last one per path): written aside and
    renamed, so a reader sees the old ledger or the new one; a write racing it may be lost (refused later)."""
    keep: dict[str, str] = {}
    for path, sha in _entries(ledger):
        keep[path] = sha
    lines = [json.dumps([p, s]) + "\n" for p, s in sorted(keep.items()) if digest(p) == s]
    tmp = None
    try:   # mkstemp: a new file of mode 600 (as the ledger is made), never one a link or another process left
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(ledger), prefix=f".{_NAME}.", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="ascii") as fh:
            fh.writelines(lines)
        os.replace(tmp, ledger)
    except OSError:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
