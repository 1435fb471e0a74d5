"""What the tagger's, the pinyin tables' and the parsed resources' cache files share: the folders in order,
the private temp folder, the checked mmap and the atomic write.

Both files are loaded with ``marshal``, which trusts what it reads, so a file another local user could
have planted must never be loaded. The last-resort folder in the shared temp folder is therefore one per
user, made with mode 0700 and used only while it is a real folder owned by this user that no one else
can write to; otherwise nothing is cached and the tables are built in memory. For the same reason a
file is read only when this user owns it and no one else may write it (a folder named by POLICYKG_CACHE
or XDG_CACHE_HOME may be a shared one). Each kind of file is kept to FAMILY_BYTES, the oldest removed
when a new one is written.
"""
from __future__ import annotations

import os
import re
import stat

_HEX_BIN = re.compile(r"[0-9a-f]+\.bin")


def user_cache_dirs() -> list[str]:
    """$POLICYKG_CACHE, $XDG_CACHE_HOME/policykg and ~/.cache/policykg, in that order. A relative
    POLICYKG_CACHE, XDG_CACHE_HOME or HOME is skipped (the XDG spec calls it invalid): it put a cache folder
    of 5 MB into whatever folder the command was run from. So is a HOME that is no folder: HOME=/nonexistent
    (services, system users) made /nonexistent/.cache for a command run as root."""
    env = os.environ
    own = env.get("POLICYKG_CACHE") or ""
    out = [own] if os.path.isabs(own) else []
    xdg = env.get("XDG_CACHE_HOME") or ""
    if os.path.isabs(xdg):
        out.append(os.path.join(xdg, "policykg"))
    home = usable_home()
    if home is not None:
        out.append(os.path.join(home, ".cache", "policykg"))
    return out


def usable_home() -> str | None:
    """HOME when it is an absolute path to a folder, else None: a missing HOME (/nonexistent) is never made
    (the caches here, the ledger of corpus.written)."""
    home = os.path.expanduser("~")
    return home if os.path.isabs(home) and os.path.isdir(home) else None


def private_temp_dir() -> str | None:
    """``<temp>/policykg-<uid>``, created with mode 0700; None when it cannot be made or is not safely ours."""
    getuid = getattr(os, "getuid", None)
    if getuid is None:          # no owner to check (Windows): do not cache in a shared folder
        return None
    import tempfile  # last resort only: importing tempfile costs milliseconds
    d = os.path.join(tempfile.gettempdir(), f"policykg-{getuid()}")
    try:
        os.mkdir(d, 0o700)
    except FileExistsError:
        pass
    except OSError:
        return None
    try:
        st = os.lstat(d)        # lstat: a link planted under this name is refused, not followed
    except OSError:
        return None
    if not stat.S_ISDIR(st.st_mode) or not only_ours(st):
        return None
    return d if os.access(d, os.W_OK | os.X_OK) else None


def cache_dirs():
    """The cache folders in order of preference: user_cache_dirs(), then the private temp folder (looked
    up only if reached)."""
    yield from user_cache_dirs()
    tmp = private_temp_dir()
    if tmp is not None:
        yield tmp


def usable_dir(d: str) -> bool:
    """d made when missing; True when a cache file can be written into it."""
    try:
        os.makedirs(d, exist_ok=True)
    except OSError:
        return False
    return os.access(d, os.W_OK | os.X_OK)


def map_file(path: str):
    """A read-only mmap of the regular file at path; OSError for anything else: a FIFO under a cache
    file's name made every command hang on open, so it is opened non-blocking and checked first. A file
    another user owns or may write is refused too: $POLICYKG_CACHE or $XDG_CACHE_HOME naming a shared
    folder (/tmp) let any local user plant a cache file there, which was loaded (the open file is checked,
    so a swap after the check changes nothing)."""
    import mmap
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise OSError(f"{path}: not a regular file")
        if not only_ours(st):
            raise OSError(f"{path}: owned or writable by another user")
        return mmap.mmap(fd, 0, access=mmap.ACCESS_READ)
    finally:
        os.close(fd)


def only_ours(st: os.stat_result) -> bool:
    """True when the file is owned by this user and no one else may write it (always, without owners)."""
    getuid = getattr(os, "getuid", None)
    return getuid is None or (st.st_uid == getuid() and not st.st_mode & 0o022)


def write_atomic(path: str, blob: bytes, prefix: str) -> bool:
    """Write blob to path through a temporary file in its folder (named with our pid) and a rename, then keep
    its family within FAMILY_BYTES (``prune_family``: older cache files of its kind may be removed); False when
    the write fails. A dead run's temporary of this kind is removed first (``_remove_dead_temporaries``)."""
    import tempfile
    _remove_dead_temporaries(os.path.dirname(path), prefix, blob[:8])
    try:
        fd, tmp = tempfile.mkstemp(prefix=f"{prefix}{os.getpid()}-", suffix=".tmp", dir=os.path.dirname(path))
    except OSError:
        return False
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(blob)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException as exc:        # an interrupt too: no temporary file left behind
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            return False
        raise
    prune_family(path, blob[:8])
    return True


_TEMPORARY = re.compile(r"(\d+)-[a-z0-9_]{8}\.tmp")   # write_atomic's: our pid, mkstemp's 8 characters


def _remove_dead_temporaries(folder: str, prefix: str, magic: bytes) -> None:
    """Remove the temporaries of prefix's kind whose writer no longer runs (killed outright between mkstemp and the
    rename: every such kill left a file of megabytes in the cache for good), when ours (``_ours``: this user's,
    beginning with magic). One of a running process, or not yet holding its magic, is left."""
    try:
        names = os.listdir(folder)
    except OSError:
        return
    for name in names:
        m = _TEMPORARY.fullmatch(name[len(prefix):]) if name.startswith(prefix) else None
        if m and _gone(int(m[1])) and _ours(os.path.join(folder, name), magic):
            try:
                os.unlink(os.path.join(folder, name))
            except OSError:
                pass


def _gone(pid: int) -> bool:
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except (PermissionError, OverflowError, ValueError):
        pass
    return False


FAMILY_BYTES = 64 << 20   # 13 tagger tables of 4.7 MB, thousands of lexicon parses of a few KB


def prune_family(path: str, magic: bytes) -> None:
    """Remove the older cache files of path's family (its name up to the last '-': the kind and the
    versions; a hex digest after it) past FAMILY_BYTES, the newest first and path always kept. Every edit
    of a lexicon left another file for good: 19 tagger tables of 4.7 MB each in a day's work. Only
    regular files of this user that begin with path's magic are removed (policykg's own); one still
    mapped by a running command stays readable to it."""
    folder, name = os.path.split(path)
    family = name.rsplit("-", 1)[0] + "-"
    try:
        total = os.stat(path).st_size
        with os.scandir(folder) as entries:
            found = sorted(((e.stat(follow_symlinks=False), e.name) for e in entries
                            if e.name != name and _HEX_BIN.fullmatch(e.name[len(family):])
                            and e.name.startswith(family)), key=lambda f: (f[0].st_mtime_ns, f[1]), reverse=True)
    except OSError:
        return
    for st, old in found:
        if not _ours(os.path.join(folder, old), magic):
            continue
        total += st.st_size
        if total > FAMILY_BYTES:
            try:
                os.unlink(os.path.join(folder, old))
            except OSError:
                pass


def _ours(path: str, magic: bytes) -> bool:
    """A regular file of this user's, no one else may write, that begins with magic."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return False
    try:
        st = os.fstat(fd)
        return stat.S_ISREG(st.st_mode) and only_ours(st) and os.read(fd, len(magic)) == magic
    except OSError:
        return False
    finally:
        os.close(fd)
