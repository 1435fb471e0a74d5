"""Atomic output folders: a build writes into a fresh folder beside ``--out`` and swaps it in whole.

What a build may remove or replace is only what it can prove it made itself:

* ``--out DIR`` is replaced only when it is missing, empty, or a previous policykg output — it holds the
  marker file ``.policykg-output`` (every build writes one) and nothing but the files the marker lists,
  each as its SHA-256 there says policykg wrote it (see marker). Anything else (a project folder, the
  folder that holds the inputs, a file, the current folder, a previous output the user put a file into
  or edited, an output older than the marker or its sums, which nothing proves unchanged) is refused
  with one line before any work is done, and looked at again just before the swap.
* Temporary folders are named ``.<out>.tmp-<pid>-<token>`` / ``.work-`` / ``.old-`` (a fresh random
  token each), noted in the ledger before they are made and holding ``.policykg-work`` naming the token
  (corpus.temporaries); a later build removes one only when its process is gone and that proves it ours,
  so a build killed with SIGKILL leaves nothing for long (at most an empty folder, without a ledger).
"""
from __future__ import annotations

import errno
import glob
import os
import shutil
import stat
from contextlib import contextmanager
from pathlib import Path

from ..errors import UsageError
from ..out_paths import check_out_path
from .held_signals import hold_signals, release_signals  # noqa: F401 — tests import them from here
from .made_folders import Made, make_parents, remove_made
from .outlock import SIDE_KINDS, claim, moved_folder, release, side_name
from .marker import MARKER, MARKER_TEXT, changed_entry, foreign_entry, marker_kind, unproved_entry, whose_entry, write_marker  # noqa: F401 — MARKER is used by others
from . import temporaries
from .temporaries import WORK_MARKER  # noqa: F401 — tests import it from here
from .swap import WRITTEN, refuse_changed, swap  # noqa: F401 — WRITTEN and swap are used by others


# -- what may be replaced --------------------------------------------------------------------------

def check_out(out_dir: str, inputs=(), kind: str = "build", verb: str = "") -> Path:
    """The resolved --out folder, after refusing every folder a build must not replace (UsageError); kind is
    the output's (the marker's), verb the command named in messages (`add` writes a build's output)."""
    verb = verb or kind
    check_out_path(out_dir)
    _refuse_dangling_link(str(out_dir))
    out = Path(os.path.realpath(out_dir))  # not Path.resolve: a symbolic-link loop raises RuntimeError
    if out.parent == out:
        raise UsageError(f"--out {out_dir}: is the root folder; give a folder of its own")
    cwd = Path.cwd().resolve()
    if out == cwd or out in cwd.parents:
        raise UsageError(f"--out {out_dir}: is the current folder (or holds it); {verb} replaces its "
                         f"output folder whole, so give a folder of its own, e.g. --out out")
    for p in inputs:
        src = Path(os.path.realpath(p))
        if out == src:   # `impact --out graph.ttl`: it said the file 'holds' itself, and that 'a build' wrote
            raise UsageError(f"--out {out_dir}: is the input {p} itself, which {verb} would replace with "
                             f"its output folder; give a new folder name")
        if out in src.parents:
            raise UsageError(f"--out {out_dir}: holds the input {p}; {verb} replaces its output folder "
                             f"whole, so give another folder")
    if out.exists() or out.is_symlink():
        if not out.is_dir():
            raise UsageError(f"--out {out_dir}: exists and is not a folder; not replacing it")
        if os.path.ismount(out):  # the swap renames --out, which a mount point refuses (after writing in it)
            raise UsageError(f"--out {out_dir}: is a mount point, which the output cannot replace; give a "
                             f"folder inside it")
        try:
            foreign = foreign_entry(out)
        except OSError as exc:
            raise UsageError(f"--out {out_dir}: cannot read it ({exc.strerror})") from None
        if foreign is not None and not (out / MARKER).is_file():
            raise UsageError(f"--out {out_dir}: folder is not empty and is not a previous policykg output "
                             f"(no {MARKER} in it); not replacing it")
        if foreign is not None:
            whose = whose_entry(out / foreign)
            raise UsageError(f"--out {out_dir}: holds {foreign}, {whose}; the output is replaced whole, so move it "
                             f"away or give another --out")
        refuse_changed(out, out_dir)
        other = marker_kind(out)
        if other not in (None, kind):
            raise UsageError(f"--out {out_dir}: holds the output of policykg {other}; {verb} would replace it "
                             f"whole, so give another folder")
    claim(out, out_dir)
    return out


def _refuse_dangling_link(out_dir: str) -> None:
    """A link to nowhere (itself or the first part of the path that exists) would have the build create its
    target, missing parents and all, somewhere the command line does not show."""
    p = out_dir.rstrip(os.sep) or out_dir
    while p and not os.path.lexists(p):
        p = os.path.dirname(p)
    if p and os.path.islink(p) and not os.path.exists(p):
        link = "is" if p == out_dir.rstrip(os.sep) else f"is under {p}, which is"
        from .safefile import link_target_missing
        raise UsageError(f"--out {out_dir}: {link} {link_target_missing(p)}; give an existing folder or a new name")


def prepare_out(out_dir: str, inputs=(), kind: str = "build", made: list | None = None) -> Path:
    """check_out, then create the parent folder (each folder made is added to ``made`` with its device and
    inode, outermost first) and remove dead builds' leftovers."""
    out = check_out(out_dir, inputs, kind)
    try:
        missing = make_parents(out.parent)
    except OSError as exc:
        raise UsageError(f"--out {out_dir}: cannot create its parent folder ({exc.strerror})") from None
    if made is not None:
        made.extend(missing)
    try:
        claim(out, out_dir)
        if remove_stale(out):  # a killed run's previous output, back at out: judged as one found there
            check_out(out_dir, inputs, kind)
    except BaseException:
        if missing:   # nothing was there to put back: the lock alone is in what was made
            release(out)
            remove_made(missing)
        raise
    return out


# -- temporary folders -------------------------------------------------------------------------------

def make_tmp(out: Path, out_dir: str, kind: str = "tmp") -> Path:
    """A fresh marked folder beside out (named with our pid), 0700 with out's set-group-ID bit (its files take
    out's group) while it is filled; staged gives it out's mode once it is out. Given a read-only mode (out
    0500) at once, it could not be filled nor removed: each run left one beside out."""
    try:
        tmp, _ = temporaries.make_folder(out.parent, f".{side_name(out)}.{kind}-{os.getpid()}-")
        _same_group(tmp, out)
        os.chmod(tmp, 0o700 | (_dir_mode(out) & stat.S_ISGID))
    except OSError as exc:
        raise UsageError(f"--out {out_dir}: cannot write beside it ({exc.strerror})") from None
    return tmp


def _same_group(tmp: Path, out: Path) -> None:
    """tmp in out's group, when out is there and this user may give it (a member of that group): a folder
    shared through its group (chgrp research out; chmod g+s out) came back in the user's own group."""
    try:
        gid = out.stat().st_gid if out.is_dir() else None
        if gid is not None and gid != tmp.stat().st_gid:
            os.chown(tmp, -1, gid)
    except PermissionError:
        pass


def _dir_mode(out: Path) -> int:
    if out.is_dir():
        return out.stat().st_mode & 0o7777
    mask = os.umask(0)
    os.umask(mask)
    return 0o777 & ~mask


def remove_stale(out: Path) -> bool:
    """Temporary, work and old folders left by a build that was killed outright (SIGKILL, power loss):
    only those proved ours (corpus.temporaries: a folder merely named like ours is the user's) and only
    when the process named in them is gone. An old folder with no out/ beside it is the previous output
    of a build killed between the swap's two renames: it is put back, not removed (True then); one that holds a
    file of the user's with an out/ beside it is refused (UsageError), not removed."""
    put_back = False
    for kind in SIDE_KINDS:
        prefix = f".{side_name(out)}.{kind}-"
        for p in sorted(out.parent.glob(glob.escape(prefix) + "*")):
            pid, _, token = p.name[len(prefix):].partition("-")
            if dead(pid) and temporaries.proved_folder(p, token):
                if kind == "old" and not os.path.lexists(out) and _put_back(p, out):
                    put_back = True
                    continue
                if kind == "old":
                    _refuse_users_in_old(p, out)
                temporaries.remove_folder(p)
    return put_back


def _refuse_users_in_old(old: Path, out: Path) -> None:
    """UsageError when a previous output left aside by a killed swap holds a file of the user's (saved into out/
    during that build) and a new out/ stands in its way: removing it would lose that file."""
    if not (old / MARKER).is_file():   # the swap marks out before the rename: a removal of it cut short
        return
    try:
        why = (f"{e}, which policykg did not write" if (e := foreign_entry(old)) is not None else
               f"{e}, changed since policykg wrote it" if (e := changed_entry(old)) is not None else
               f"{e}, which no SHA-256 in its marker proves policykg's" if (e := unproved_entry(old)) else None)
    except OSError as exc:
        why = f"files it cannot read ({exc.strerror})"
    if why is not None:
        raise UsageError(f"{out}: {old.name} beside it (the previous output, left by a build stopped while "
                         f"replacing it) holds {why}; move that file away, then run again")


def _put_back(old: Path, out: Path) -> bool:
    try:
        os.rename(old, out)
    except OSError:
        return False
    (out / WORK_MARKER).unlink(missing_ok=True)   # the proof swap put in: no file of the output
    return True


def dead(pid: str) -> bool:
    """Whether PID names a process that no longer runs (never this one, nor one we may not signal)."""
    if not pid.isdigit() or int(pid) == os.getpid():
        return False
    try:
        os.kill(int(pid), 0)
        return False  # its build is still running
    except ProcessLookupError:
        return True
    except (PermissionError, OverflowError):
        return False


@contextmanager
def staged(out_dir: str, inputs=(), kind: str = "build", command: str = ""):
    """Yield a fresh folder to write the output into; on success it becomes out_dir (marked as ours, with the
    command that wrote it: kind's own unless given, `add` writing a build's output),
    on any error or signal it is removed and out_dir is left as it was. A full or read-only disk is a
    UsageError naming out_dir."""
    made: list[Made] = []
    out = prepare_out(out_dir, inputs, kind, made)
    tmp: Path | None = None
    held = hold_signals()  # no signal between creating tmp and having the handler that removes it
    try:
        tmp = make_tmp(out, out_dir)
        state, held = held, None
        release_signals(state)  # a signal that came meanwhile is raised here, inside the cleanup
        yield tmp
        if _swallowed_signal():
            raise KeyboardInterrupt
        write_marker(tmp, command or kind)
        swap(tmp, out, _dir_mode(out))   # out/ keeps the usual mode (or the one it had)
        made = []   # swapped in: the folders now hold the output
    except OSError as exc:
        moved = moved_folder(out)
        _cleanup(tmp, held, moved)
        held = None
        if moved is not None:   # it was "…/.out.tmp-…/validation.ttl: No such file or directory", the tmp left
            raise UsageError(f"--out {out_dir}: its folder {out.parent} was moved or replaced while the command "
                             f"ran; nothing written there (the temporary folder removed from the moved one)") from None
        if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EROFS, errno.EACCES, errno.EPERM, errno.EIO):
            left = "previous output left as it was" if os.path.lexists(out) else "nothing written"  # none was
            raise UsageError(f"--out {out_dir}: cannot write the output ({exc.strerror}); {left}") from None
        raise
    except BaseException:
        _cleanup(tmp, held, moved_folder(out))
        held = None
        raise
    finally:
        release(out)   # before remove_made: the lock file lies in the innermost folder made
        remove_made(made)
        if held is not None:
            release_signals(held)


def _swallowed_signal() -> bool:
    """Did a signal come whose KeyboardInterrupt the interpreter swallowed (raised inside a __del__ or a
    callback: the command ran on to its end)? Its output must then not replace the previous one: a Ctrl-C
    1.5 s into a build from a fresh checkout swapped a whole new output in and ended "interrupted"."""
    import sys
    cli = sys.modules.get("policykg.cli_main")   # only while a command runs: its handlers outlive it in a test
    return bool(cli is not None and getattr(cli, "_RUNNING", None) and getattr(cli, "_SIGNALLED", None))


def remove_beside(folder: Path, out: Path) -> None:
    """Remove a temporary folder a run made beside out (a streaming build's work folder), from the folder it
    was made in when out's parent was moved away meanwhile (it was left in the user's renamed folder)."""
    moved = moved_folder(out)
    if moved is not None:
        shutil.rmtree(folder.name, ignore_errors=True, dir_fd=moved)
    else:
        temporaries.remove_folder(folder)


def _cleanup(tmp, held, moved: int | None = None) -> None:
    """Remove tmp; from the folder open on MOVED when out's parent was moved away meanwhile (tmp lies there)."""
    state = held if held is not None else hold_signals()  # a second Ctrl-C must not cut it short
    try:
        if tmp is not None and moved is not None:
            shutil.rmtree(tmp.name, ignore_errors=True, dir_fd=moved)
        elif tmp is not None and tmp.exists():
            temporaries.remove_folder(tmp)
    finally:
        release_signals(state)
