"""Names and paths longer than the file system takes, refused before any work in policykg's own words (the
OS said a bare 'PATH: File name too long', often after the work)."""
from __future__ import annotations

import os

from .errors import UsageError
from .options import visible


NAME_ROOM = 255   # the longest name a file system takes: a temporary or a file written inside


def no_name_too_long(path: str, option: str, folder: str) -> None:
    """Refuse a name longer than the file system takes before any work: `POLICYKG_TIMINGS` of 300 bytes
    failed after the build, `--out` and `--store` ended in a bare 'PATH: File name too long'."""
    try:
        limit = os.pathconf(folder, "PC_NAME_MAX")
    except (OSError, ValueError):
        limit = 255
    longest = max((len(os.fsencode(part)) for part in path.split(os.sep)), default=0)
    if longest > limit:
        raise UsageError(f"{option} {visible(path)}: a name in it is {longest} bytes long, above the {limit} "
                         f"bytes a name takes in {visible(folder)}; give a shorter name")
    _no_path_too_long(path, option, folder)


def _no_path_too_long(path: str, option: str, folder: str) -> None:
    """Refuse a path the kernel cannot take whole (PATH_MAX, 4096 bytes on Linux), keeping room for the
    longest name policykg writes beside or inside it: it ended in the OS's bare '…/out: File name too long'."""
    try:
        limit = os.pathconf(folder, "PC_PATH_MAX")
    except (OSError, ValueError):
        limit = 4096
    size = len(os.fsencode(os.path.abspath(path)))
    if size + NAME_ROOM >= limit:
        raise UsageError(f"{option} {visible(path)}: the path is {size} bytes long; the system takes at most "
                         f"{limit} bytes in a path, and policykg needs {NAME_ROOM} more for the names it writes "
                         f"beside and inside it; give a shorter path")
