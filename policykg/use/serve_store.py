"""The folder of `policykg serve --store DIR`: what may be rebuilt, the swap, and one lock per store.

policykg rebuilds (replaces) only a store it made itself (marker file `.policykg-store` inside); an empty
or missing folder becomes one. The old store is moved to a name of its own (`.DIR.old-<pid>-<random>`)
before it is removed: nothing else beside it is touched.

A lock file `.DIR.lock` beside the store (made as corpus.outlock makes its own) is held shared while a server runs on the store and
exclusively while it is filled: a rebuild swapped a new store in under a running server (which went on
answering from the removed one) and two rebuilds at once removed each other's store. The last holder
removes the file (checking the inode, as corpus.outlock does).
"""
from __future__ import annotations

import fcntl
import os
import re
import shutil
import struct
from pathlib import Path

from ..corpus import temporaries, written
from ..corpus.outlock import UNLOCKABLE, open_lock, unusable_lock, remove_lock, same_file, side_name
from ..errors import UsageError
from ..out_paths import check_out_path

STORE_MARKER = ".policykg-store"
# the files of a RocksDB folder (and our marker): anything else in a store was put there by someone else
_STORE_FILE = re.compile(r"\d+\.(log|sst|blob|dbtmp)|CURRENT|IDENTITY|LOCK|LOG(\.old\.\d+)?|MANIFEST-\d+"
                         r"|OPTIONS-\d+(\.dbtmp)?|" + re.escape(STORE_MARKER))


def is_store(folder: Path) -> bool:
    return (folder / "CURRENT").is_file()  # RocksDB's marker file


def mark_store(folder: Path, token: str | None = None) -> None:
    """The marker of a store of ours; with token, also the proof that the folder named with it beside the
    store (new, or old) is ours where no ledger can say so (a store holds only a store's files)."""
    (folder / STORE_MARKER).write_text("oxigraph store made by `policykg serve`; rebuilt by the next "
                                       "`policykg serve --store` given --graph files\n"
                                       + (temporaries.proof_text(token) if token else ""), encoding="utf-8")


def _store_token(folder: Path) -> str | None:
    """The token of the proof in folder's marker (mark_store), else None."""
    try:
        with open(folder / STORE_MARKER, "rb") as fh:
            last = fh.read(4096).decode("ascii", "replace").splitlines()[-1:]
    except OSError:
        return None
    head = temporaries.proof_text("").strip()
    token = last[0][len(head) + 1:] if last and last[0].startswith(head + " ") else ""
    return token if temporaries.TOKEN.fullmatch(token) else None


def remove_store(folder: Path) -> None:
    """Remove a store folder of ours, its marker last: killed part-way, the rest is still proved ours. A file
    that cannot be removed stays, and the marker with it (the new store is in place by then: a rebuild
    that failed on it did not serve)."""
    try:
        children = [p for p in folder.iterdir() if p.name != STORE_MARKER]
    except OSError:
        children = []
    for p in children:
        try:
            if p.is_dir() and not p.is_symlink():
                shutil.rmtree(p)
            else:
                p.unlink()
        except OSError:
            pass
    if not any(os.path.lexists(p) for p in children):
        shutil.rmtree(folder, ignore_errors=True)


def beside(folder: Path, kind: str) -> str:
    """The start of a name beside folder for KIND (new, old, lock), short enough for the suffixes."""
    return f".{side_name(Path(os.path.abspath(folder)))}.{kind}"


def _lock_path(folder: Path) -> Path:
    return Path(os.path.abspath(folder)).with_name(beside(folder, "lock"))


def check_store(store: str, explicit: bool) -> Path:
    """--store DIR: a folder that is missing, empty or an oxigraph store; rebuilt only if policykg made it."""
    check_out_path(store, "--store")
    real = Path(os.path.realpath(store))
    if real.parent == real or real in (Path.cwd().resolve(), *Path.cwd().resolve().parents):
        # a rebuild renames the store aside and removes it, and puts its new one beside it
        raise UsageError(f"--store {store!r}: is the root or the current folder (or holds it); give "
                         f"a folder of its own for the store, e.g. --store store")
    if os.path.islink(store) and not os.path.exists(store):
        from ..corpus.safefile import link_target_missing
        raise UsageError(f"--store {store}: is {link_target_missing(store)}; give an existing folder or a new name")
    # resolved: through a link, the store it names (a rebuild replaced the link itself with a folder); through
    # `link/..`, the folder the kernel finds (the lock and oxigraph's --location were put beside the link)
    folder = Path(os.path.realpath(store))
    if folder.exists() and not folder.is_dir():
        raise UsageError(f"--store {store}: not a folder")
    if folder.exists() and any(folder.iterdir()) and not is_store(folder):
        raise UsageError(f"--store {store}: folder is not empty and is not an oxigraph store")
    if explicit and is_store(folder) and not (folder / STORE_MARKER).is_file():
        raise UsageError(f"--store {store}: an oxigraph store policykg did not make (no {STORE_MARKER}); "
                         f"not rebuilding it from --graph files: serve it as it is (no --graph) or give "
                         f"a new --store folder")
    other = next((p.name for p in sorted(folder.iterdir()) if not _STORE_FILE.fullmatch(p.name)
                  or not p.is_file() or p.is_symlink()), None) if explicit and is_store(folder) else None
    if other is not None:  # the rebuild removes the old folder whole
        raise UsageError(f"--store {store}: holds {other}, which neither oxigraph nor policykg wrote; not "
                         f"rebuilding it: move it away or give a new --store folder")
    return folder


def discard(folder: Path, keep: bool) -> None:
    """Remove a store we were filling; keep=True: the folder was there (empty) before, so empty it."""
    if not keep:
        remove_store(folder)
        return
    for p in folder.iterdir() if folder.is_dir() else ():
        shutil.rmtree(p, ignore_errors=True) if p.is_dir() and not p.is_symlink() else p.unlink(missing_ok=True)


def swap_store(new: Path, folder: Path) -> None:
    """Put the freshly loaded store in folder's place; the old one goes to a name nobody else uses. Ctrl-C
    and SIGTERM wait until both renames are done (between them, --store was missing and both stores
    were left beside it under names no run looks at), not while the old store is removed (gigabytes:
    an interrupt then leaves it for the next rebuild's ``remove_stale``)."""
    from ..corpus.held_signals import hold_signals, release_signals

    token = temporaries.new_token()
    old = folder.with_name(f"{beside(folder, 'old')}-{os.getpid()}-{token}")
    temporaries.note(old)   # the proof a later rebuild needs to remove it if this one is killed
    held, swapped = hold_signals(), False
    try:
        try:
            if (folder / STORE_MARKER).is_file():   # the proof where there is no ledger
                mark_store(folder, token)
            folder.rename(old)
        except OSError:  # a mount point, a busy folder: the new store must not be left beside it
            shutil.rmtree(new, ignore_errors=True)
            raise
        finally:
            temporaries.made(old)
        try:
            new.rename(folder)
        except BaseException:
            old.rename(folder)
            raise
        swapped = True
        try:
            mark_store(folder)   # the new store's proof: its own name beside the store is gone
        except OSError:
            pass
    finally:
        try:
            release_signals(held)
        finally:
            if swapped:
                remove_store(old)


def remove_stale(folder: Path) -> None:
    """The new and old stores a rebuild killed outright (SIGKILL, power loss) left beside folder: only
    when the process named in them is gone, the ledger noted them before they were made (a user's folder
    merely so named was removed), or, without a ledger, their marker holds the token of their name (mark_store),
    and they hold nothing but a store's files (or nothing)."""
    from ..corpus.outdir import dead

    ours = re.compile("(?:" + "|".join(re.escape(beside(folder, k)) for k in ("new", "old")) + r")-(\d+)-(\w+)")
    parent = Path(os.path.abspath(folder)).parent
    for p in sorted(parent.iterdir()) if parent.is_dir() else ():
        m = ours.fullmatch(p.name)
        if m and p.is_dir() and not p.is_symlink() and dead(m.group(1)) and \
                temporaries.TOKEN.fullmatch(m.group(2)) and _proved(p, m.group(2)) and all(
                _STORE_FILE.fullmatch(c.name) and c.is_file() and not c.is_symlink() for c in p.iterdir()):
            remove_store(p)


def _proved(folder: Path, token: str) -> bool:
    return written.made_temporary(str(folder)) or _store_token(folder) == token


def _set_lock(fd: int, kind: int, wait: bool = False) -> None:
    """Lock the whole file open on fd (F_RDLCK, F_WRLCK or F_UNLCK): an open-file-description lock where
    the kernel has them, whose change from exclusive to shared is atomic (flock's drops the lock first,
    and a rebuild could take it in between); elsewhere a POSIX lock, atomic too."""
    if hasattr(fcntl, "F_OFD_SETLK"):
        arg = struct.pack("hhqqi0q", kind, os.SEEK_SET, 0, 0, 0)  # struct flock, l_pid 0
        fcntl.fcntl(fd, fcntl.F_OFD_SETLKW if wait else fcntl.F_OFD_SETLK, arg)
        return
    how = {fcntl.F_RDLCK: fcntl.LOCK_SH, fcntl.F_WRLCK: fcntl.LOCK_EX, fcntl.F_UNLCK: fcntl.LOCK_UN}[kind]
    fcntl.lockf(fd, how | (0 if wait or kind == fcntl.F_UNLCK else fcntl.LOCK_NB))


def lock_store(folder: Path, store: str, exclusive: bool) -> int | None:
    """Hold the store's lock (shared to serve it, exclusive to fill it); its descriptor, or None where
    the folder beside the store cannot take a lock file (read-only: nothing can rebuild it either). A
    UsageError when another policykg serve holds it the other way."""
    path = _lock_path(folder)
    if not path.parent.is_dir():  # the lock's open said 'no policykg lock (No such file or directory)'
        raise UsageError(f"--store {store}: folder {path.parent} does not exist")
    for _ in range(5):  # the file was removed by its last holder between our open and our lock: again
        try:
            fd = open_lock(path)
        except ValueError:
            raise UsageError(f"--store {store}: {path} beside it is no policykg lock (it holds data); move it "
                             f"away or give another --store") from None
        except OSError as e:
            if e.errno in UNLOCKABLE:
                return None
            # a link or a folder under the lock's name: running unlocked would let a rebuild swap under a server
            raise UsageError(f"--store {store}: {unusable_lock(path, e)}; give another --store") from None
        try:
            _set_lock(fd, fcntl.F_WRLCK if exclusive else fcntl.F_RDLCK)
        except OSError:
            os.close(fd)
            doing = "using" if exclusive else "rebuilding"
            raise UsageError(f"--store {store}: another policykg serve is {doing} it now; stop it or wait, "
                             f"or give another --store") from None
        if same_file(path, fd):
            return fd
        os.close(fd)
    raise UsageError(f"--store {store}: its lock {path} keeps changing; try again")


def share_lock(fd: int | None) -> None:
    """From filling the store to serving it: the exclusive lock becomes a shared one, with no moment
    between in which another serve could take it."""
    if fd is not None:
        _set_lock(fd, fcntl.F_RDLCK, wait=True)


def unlock_store(folder: Path, fd: int | None) -> None:
    """Let go of the store's lock; the last holder removes the lock file (only while it holds our tag)."""
    if fd is None:
        return
    try:
        _set_lock(fd, fcntl.F_WRLCK)
        remove_lock(_lock_path(folder), fd)
    except OSError:  # another server still holds it shared: it removes the file
        pass
    os.close(fd)
