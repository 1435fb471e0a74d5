"""The temporary files and folders a run makes beside its output, and the proof that a leftover is ours.

A name shaped like ours (``.<out>.tmp-<pid>-…``, ``.<name>.<pid>.….tmp``) with a dead pid is no proof: a
user's folder or file so named was removed by the next run. Each temporary now ends in a fresh random
token, and before it is made its path is noted in the ledger of written files (``written.note_temporary``);
a folder also holds ``.policykg-work`` naming the token (the proof where there is no ledger). A leftover is
removed only when one of the two proves it ours; an empty folder without a ledger line is left.
"""
from __future__ import annotations

import os
import re
import secrets
import shutil
from pathlib import Path

from . import written

WORK_MARKER = ".policykg-work"
TOKEN = re.compile(r"[0-9a-f]{16}")
_MAKER = re.compile(r"[.-](\d+)[.-][0-9a-f]{16}(?:\.tmp)?\Z")   # the pid in every name above
_PENDING: set[str] = set()   # what this process noted and has not tried to make yet (maker_running)


def new_token() -> str:
    return secrets.token_hex(8)


def note(path: Path | str) -> None:
    """Note path in the ledger as a temporary of ours: called before it is made (then ``made``)."""
    _PENDING.add(written.key(str(path)))
    written.note_temporary(str(path))


def made(path: Path | str) -> None:
    """The make of a noted path was tried (made, renamed to it, or failed): from now on its note is kept
    while the path is there, as any other process's."""
    _PENDING.discard(written.key(str(path)))


def maker_running(path: str) -> bool:
    """Whether the process named in a temporary's name may yet make the temporary it noted (it runs; this
    process: the make is still to come), so a compaction of the ledger keeps that note though nothing is at
    the path yet."""
    m = _MAKER.search(os.path.basename(path))
    if m is None:
        return False
    pid = int(m.group(1))
    if pid == os.getpid():   # a note of ours, or of an earlier process under our pid (each run in a container is 1)
        return written.key(path) in _PENDING
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, OverflowError):
        return False
    except PermissionError:   # another user's process runs under that pid
        return True
    return True


def proof_text(token: str) -> str:
    return f"policykg temporary {token}\n"


def write_proof(folder: Path, token: str) -> None:
    (folder / WORK_MARKER).write_text(proof_text(token), encoding="utf-8")


def proved_folder(folder: Path, token: str) -> bool:
    """Whether folder (a real folder, not a link) is one policykg made with token."""
    if folder.is_symlink() or not folder.is_dir() or not TOKEN.fullmatch(token):
        return False
    return written.made_temporary(str(folder)) or _holds_proof(folder, token)


def _holds_proof(folder: Path, token: str) -> bool:
    return proof_token(folder) == token


def proof_token(folder: Path) -> str | None:
    """The token of the proof folder holds (None: none there). In a previous output it is the one a build's
    swap writes just before renaming it aside, left there when the build was killed outright in between."""
    marker = folder / WORK_MARKER
    try:
        if marker.is_symlink() or not marker.is_file():
            return None
        with open(marker, "rb") as fh:
            text = fh.read(128)
    except OSError:
        return None
    token = text[len(proof_text("")) - 1:-1].decode("ascii", "replace")
    return token if TOKEN.fullmatch(token) and text == proof_text(token).encode("ascii") else None


def proved_file(path: str, token: str) -> bool:
    """Whether path (a regular file) is a temporary file policykg noted before making it."""
    return bool(TOKEN.fullmatch(token)) and not os.path.islink(path) and os.path.isfile(path) \
        and written.made_temporary(path)


def remove_folder(folder: Path) -> None:
    """Remove a folder of ours, its proof last: killed part-way, what is left can still be proved ours. One left
    read-only (an earlier version gave a temporary out's mode 0500 at once) is made writable first."""
    try:
        if not folder.is_symlink() and folder.is_dir():
            os.chmod(folder, 0o700 | (folder.stat().st_mode & 0o7777))
        children = [p for p in folder.iterdir() if p.name != WORK_MARKER]
    except OSError:
        children = []
    for p in children:
        if p.is_dir() and not p.is_symlink():
            shutil.rmtree(p, ignore_errors=True)
        else:
            try:
                p.unlink()
            except OSError:
                pass
    shutil.rmtree(folder, ignore_errors=True)


def make_folder(parent: Path, stem: str, proof: bool = True) -> tuple[Path, str]:
    """A new folder ``<stem><token>`` in parent (mode 700, holding its proof unless ``proof`` is False: a
    store, which must hold only a store's files), noted before it is made."""
    for _ in range(10):
        token = new_token()
        path = parent / f"{stem}{token}"
        note(path)
        try:
            os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        finally:
            made(path)
        try:
            if proof:
                write_proof(path, token)
        except BaseException:
            remove_folder(path)
            raise
        return path, token
    raise FileExistsError(f"{parent / stem}…: every name tried exists")


def make_file(folder: str, stem: str) -> tuple[int, str]:
    """A new file ``<stem><token>.tmp`` in folder (O_EXCL, mode 600, as mkstemp makes one), open for writing,
    noted in the ledger before it is made: (descriptor, path)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC
    for _ in range(10):
        path = os.path.join(folder, f"{stem}{new_token()}.tmp")
        note(path)
        try:
            return os.open(path, flags, 0o600), path
        except FileExistsError:
            continue
        finally:
            made(path)
    raise FileExistsError(f"{os.path.join(folder, stem)}….tmp: every name tried exists")
