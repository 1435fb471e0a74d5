"""Write one output file atomically, replacing only a regular file (or nothing) — with ``only_ours``, only
one policykg wrote (corpus.written: the user's own report.txt was replaced by `export --out report.txt`).

``export --out`` and ``validate --out`` write through ``write_atomic``: a temporary file beside the
target, renamed over it. The target may be missing or a regular file its owner may write; a
write-protected file (chmod a-w), a symbolic link, folder, FIFO, socket or device is refused (replacing
a link or ``/dev/full`` with a regular file, or blocking on a FIFO, is never what was meant). A full or read-only disk is a UsageError naming the file. The temporary
file's name holds the writer's pid and a token noted in the ledger first, so a later write to the same target
removes what a killed one left, and only that.
"""
from __future__ import annotations

import errno
import os
import re
import stat
from pathlib import Path

from . import temporaries, written
from ..errors import UsageError
from ..out_paths import check_out_path

_KINDS = ((stat.S_ISLNK, "a symbolic link"), (stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a FIFO (named pipe)"),
          (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


def check_target(path: str, option: str = "--out", inputs=(), only_ours: bool = False) -> int | None:
    """Refuse a target that is not a regular file, or is one of the command's INPUTS (it would be lost),
    or (``only_ours``) a non-empty file policykg did not write (corpus.written); return the mode of an
    existing file (else None)."""
    check_out_path(path, option, "file")
    if written.is_ledger(path):   # the output would get the ledger's line appended, and the record be lost
        raise UsageError(f"{option} {path}: is policykg's record of the files it writes; give another name")
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        folder = os.path.dirname(written.key(path))
        if not os.path.isdir(folder):
            raise UsageError(f"{option} {path}: folder {folder} does not exist") from None
        return None
    except OSError as exc:
        raise UsageError(f"{option} {path}: cannot check it ({exc.strerror})") from None
    for test, what in _KINDS:
        if test(st.st_mode):
            raise UsageError(f"{option} {path}: is {what}, not a regular file; not replacing it")
    if only_ours and (shipped := package_file(path)):
        raise UsageError(f"{option} {path}: is {shipped}, a file shipped in the policykg package; only the "
                         f"command that makes it replaces it, so give another name")
    if not st.st_mode & stat.S_IWUSR:  # a rename replaces it all the same (as root, whatever the bits)
        raise UsageError(f"{option} {path}: is write-protected (mode {stat.S_IMODE(st.st_mode):03o}); not "
                         f"replacing it (chmod u+w it, or give another file)")
    from .marker import output_holding
    owner = output_holding(path)
    if owner is not None:
        raise UsageError(f"{option} {path}: is {owner[1]} of the policykg output in {owner[0]}; replacing it "
                         f"would leave that output broken, so write elsewhere")
    for src in inputs:
        try:
            same = os.path.samefile(src, path)
        except OSError:
            continue
        if same:
            raise UsageError(f"{option} {path}: is the input {src}; writing there would replace it, so give "
                             f"another file")
    if only_ours and st.st_size and (why := written.not_ours(path)):
        raise UsageError(f"{option} {path}: {why}; not replacing it: remove it first, or give another name")
    return stat.S_IMODE(st.st_mode)


def package_file(path: str) -> str | None:
    """path's name inside the installed policykg package when it is one of the package's files (a typo in
    `train --out` wrote the entity model over the placement model beside it), else None."""
    from .. import resources
    root = os.path.realpath(str(resources.root()))
    real = os.path.realpath(path)
    return os.path.relpath(real, os.path.dirname(root)) if real.startswith(root + os.sep) else None


def link_target_missing(path: str) -> str:
    """What is wrong with a symbolic link that leads nowhere: a link that points back to itself (or a ring of
    links) was said to point to a file that "does not exist"."""
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return f"a symbolic link to {os.readlink(path)}, which leads back to itself (a loop of links)"
    return f"a symbolic link to {os.readlink(path)}, which does not exist"


def write_atomic(path: str, text: str | bytes, option: str = "--out", record: bool = True,
                 only_ours: bool = False) -> None:
    """Write text (UTF-8, LF) or bytes to path via a temporary file in the same folder and a rename, and
    note it in the ledger of files policykg wrote; ``record``: the path is the command's output (an
    interrupt from then on names it as written); ``only_ours``: see check_target."""
    mode = check_target(path, option, only_ours=only_ours)
    data = text if isinstance(text, bytes) else text.encode("utf-8")
    group = _group(path) if mode is not None else None
    if mode is None:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    folder = os.path.dirname(written.key(path))   # where the file goes (`link/..` is the link's parent)
    from .outlock import side_name
    prefix = f".{side_name(Path(os.path.abspath(path)))}."  # a name near 255 bytes leaves room for the suffix
    _clear_leftovers(folder, prefix)
    tmp = None
    held = _hold_folder(folder)   # the temporary is removed from it even if the user moves the folder meanwhile
    try:
        fd, tmp = temporaries.make_file(folder, f"{prefix}{os.getpid()}.")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        if group is not None:
            _give_group(tmp, group)
        os.chmod(tmp, mode)
        # recorded before the rename: an output in place but not recorded is refused by the next run
        if why := written.record(path, data, compact=False):
            raise UsageError(f"{option} {path}: {why}, the record that lets a later run replace it; "
                             f"nothing replaced")
        from .held_signals import signals_held
        from .outdir import WRITTEN
        with signals_held():   # an interrupt right after the rename said "previous output left as it was"
            os.replace(tmp, path)
            tmp = None
            if record:
                WRITTEN.append(path)  # an interrupt from here on says the new file is in place
        written.compact_if_big()
    except OSError as exc:
        if tmp is not None and _moved(folder, held):
            raise UsageError(f"{option} {path}: its folder {os.path.abspath(folder)} was moved or replaced while "
                             f"the command ran; nothing written there") from None
        raise UsageError(f"{option} {path}: cannot write it ({exc.strerror}); nothing replaced") from None
    finally:
        _drop_temporary(tmp, held)


def _hold_folder(folder: str) -> int | None:
    """A descriptor on folder (None when it cannot be opened: the write then fails on its own)."""
    try:
        # O_PATH: a folder the user may write but not list (mode 0333) is held too
        return os.open(folder, getattr(os, "O_PATH", os.O_RDONLY) | os.O_DIRECTORY | os.O_CLOEXEC)
    except OSError:
        return None


def _moved(folder: str, held: int | None) -> bool:
    """Whether folder's name no longer leads to the folder held (renamed, or removed and made again)."""
    if held is None:
        return False
    try:
        now = os.stat(folder)
    except OSError:
        return True
    then = os.fstat(held)
    return (now.st_dev, now.st_ino) != (then.st_dev, then.st_ino)


def _drop_temporary(tmp: str | None, held: int | None) -> None:
    """Remove tmp (when not renamed into place) through the held folder: a folder the user renamed while the
    file was written kept `.e.nt.<pid>.<token>.tmp` (hostile66); then close the folder."""
    try:
        if tmp is not None:
            if held is None:
                if os.path.exists(tmp):
                    os.unlink(tmp)
            else:
                try:
                    os.unlink(os.path.basename(tmp), dir_fd=held)
                except FileNotFoundError:
                    pass
    finally:
        if held is not None:
            os.close(held)


def _group(path: str) -> int | None:
    try:
        return os.stat(path).st_gid
    except OSError:
        return None


def _give_group(tmp: str, gid: int) -> None:
    """tmp in the group of the file it replaces, when this user may give it (a file shared through its
    group came back in the user's own group, as the mode alone was kept)."""
    try:
        if os.stat(tmp).st_gid != gid:
            os.chown(tmp, -1, gid)
    except PermissionError:
        pass


def _clear_leftovers(folder: str, prefix: str) -> None:
    """Remove the temporary files an earlier write to the same target left when it was killed
    (``<prefix><pid>.<token>.tmp`` of a process that no longer runs, noted in the ledger before it was
    made: corpus.temporaries); anything else stays, a user's file so named too."""
    from .outdir import dead
    try:
        names = os.listdir(folder)
    except OSError:
        return
    ours = re.compile(re.escape(prefix) + r"(\d+)\.([0-9a-f]{16})\.tmp")   # what make_file names
    for name in names:
        m = ours.fullmatch(name)
        if m and dead(m.group(1)) and temporaries.proved_file(os.path.join(folder, name), m.group(2)):
            try:
                if stat.S_ISREG(os.lstat(os.path.join(folder, name)).st_mode):
                    os.unlink(os.path.join(folder, name))
            except OSError:
                pass
