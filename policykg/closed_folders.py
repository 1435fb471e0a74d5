"""Why a name this user cannot reach is unreachable (also through a symbolic link): a folder on its way
that this user may not enter (`umask 077`: a colleague's output is mode 0700). The system then says of every
file below it what it says of none, so a check by `isfile` called a file that exists "no such file"."""
from __future__ import annotations

import errno
import os


def closed_folder(path) -> str | None:
    """The first folder on PATH's way that this user may not enter (no search permission), when that is why
    PATH cannot be looked at; None when PATH can be looked at or fails for another reason."""
    try:
        os.stat(path)
        return None
    except OSError as exc:
        if exc.errno != errno.EACCES:
            return None
    for folder in _folders_on_the_way(os.fsdecode(path)):   # outermost first: it is the cause
        if os.path.isdir(folder) and not os.access(folder, os.X_OK):
            return folder
    return None


def _folders_on_the_way(path: str) -> list[str]:
    """The folders PATH passes through, outermost first, written as PATH writes them (relative stays
    relative: `priv/r.txt` gives `priv`)."""
    head = os.path.dirname(path.rstrip("/") or path)
    folders = []
    while head and head not in folders:
        folders.append(head)
        upper = os.path.dirname(head)
        if upper == head:
            break
        head = upper
    return folders[::-1]


def unreachable_reason(path) -> str | None:
    """"cannot reach it: this user may not enter FOLDER (Permission denied)" when a folder on PATH's way is
    closed to this user; else None."""
    folder = closed_folder(path)
    if folder is None:
        return None
    from .options import visible
    return f"cannot reach it: this user may not enter the folder {visible(folder)} (Permission denied)"


def broken_link(path) -> str:
    """Why the symbolic link PATH names no file: it loops, what it points to lies in a folder closed to this
    user (it said "which does not exist" of a file that exists), or what it points to does not exist (a report
    or graph so named was 'no such file', naming no reason)."""
    from .options import visible
    link = os.readlink(path)
    target = visible(link)
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:   # as safefile words it for --out
            return f"is a symbolic link to {target}, which leads back to itself (a loop of links)"
        folder = closed_folder(os.path.join(os.path.dirname(os.fspath(path)), link))
        if exc.errno == errno.EACCES and folder:
            return (f"is a symbolic link to {target}, in the folder {visible(folder)}, which this user may not "
                    f"enter (Permission denied)")
    return f"is a symbolic link to {target}, which does not exist"
