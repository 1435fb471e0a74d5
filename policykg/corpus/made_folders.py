"""The parent folders a run makes for a new --out, and their removal when the run wrote nothing (hostile30):
removed only while empty and still the folder made (same device and inode), so a link or another folder put
at its name meanwhile is neither followed nor removed (review27)."""
from __future__ import annotations

import os
from pathlib import Path

from .held_signals import signals_held

Made = tuple[Path, tuple[int, int]]


def make_parents(folder: Path) -> list[Made]:
    """Create folder and its missing parents, outermost first; the ones made here, with their identity (one
    another process made meanwhile is not among them). OSError, or an interrupt, after removing those made:
    a Ctrl-C among the mkdirs of a deep --out left the folders made before it (hostile32)."""
    missing: list[Made] = []
    try:
        for p in [p for p in (folder, *folder.parents) if not p.exists()][::-1]:
            try:
                with signals_held():   # made and noted, or neither
                    p.mkdir()
                    missing.append((p, _identity(p)))
            except FileExistsError:
                pass
    except BaseException:
        remove_made(missing)
        raise
    return missing


def remove_made(made: list[Made]) -> None:
    """The folders make_parents made, innermost first, while empty and still the ones made: an interrupted
    `build --out a/b/out` left a/b behind."""
    for folder, identity in reversed(made):
        try:
            if _identity(folder) != identity:
                return   # moved away meanwhile: what is at its name now is not ours
            folder.rmdir()
        except OSError:
            return   # the user put something there meanwhile (or it is gone): it and its parents stay


def _identity(folder: Path) -> tuple[int, int]:
    st = os.lstat(folder)
    return st.st_dev, st.st_ino
