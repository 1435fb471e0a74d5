"""The compaction of the ledger of written files (``written``): past ``written.MAX_BYTES`` it keeps the
newest entries whose file still holds what was recorded, written aside and renamed under an exclusive lock."""
from __future__ import annotations

import fcntl
import json
import os
import tempfile

from . import written as w


def compact(ledger: str) -> None:
    """Keep the newest entries (the last one per path, up to half of MAX_BYTES) whose file still holds what
    was recorded: written aside and renamed under an exclusive lock, so a reader sees the old ledger or
    the new one and no append is lost. Half: a ledger of live entries alone was compacted, every file in
    it hashed again, on every later write."""
    fd = w._open_current(ledger, os.O_RDONLY, fcntl.LOCK_EX)
    if fd is None:
        return
    held = os.dup(fd)   # the lock stays while _lines_of closes fd
    try:
        _rewrite(ledger, _newest_live(w._lines_of(fd)))
    finally:
        os.close(held)


def _newest_live(entries) -> list[str]:
    """The ledger lines to keep, oldest first: the newest entry per path whose file still holds it."""
    last: dict[str, str] = {}
    for path, sha in entries:
        last.pop(path, None)
        last[path] = sha
    lines, size = [], 0
    for path, sha in reversed(last.items()):
        line = json.dumps([path, sha]) + "\n"
        if size + len(line) > w.MAX_BYTES // 2:
            break
        if (_temporary_kept(path) if sha == w.TEMPORARY else w.digest(path) == sha):
            lines.append(line)
            size += len(line)
    return lines[::-1]


def _temporary_kept(path: str) -> bool:
    """A temporary's note stays while its leftover is there to remove, or while the process that noted it runs:
    it notes a temporary before making it, and a compaction in between dropped the note, so a kill after
    left the temporary with no proof."""
    from .temporaries import maker_running
    return os.path.lexists(path) or maker_running(path)


def _rewrite(ledger: str, lines: list[str]) -> None:
    """The ledger replaced by lines (written aside, then renamed)."""
    tmp = None
    try:   # mkstemp: a new file of mode 600 (as the ledger is made), never one a link or another process left
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(ledger), prefix=f".{w._NAME}.", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="ascii") as fh:
            fh.writelines(lines)
        os.replace(tmp, ledger)
    except OSError:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
