"""Checks on an output path before any work (--out, --store, OUT_DIR, POLICYKG_TIMINGS): an unexpanded ~, a
control character, a file above it, a name or a path longer than the file system takes. Each failure is a
UsageError (exit 2) whose one line names the option and the problem."""
from __future__ import annotations

import os

from .errors import UsageError, empty_name
from .options import visible


def check_out_path(path: str, option: str = "--out", what: str = "folder") -> None:
    """The checks every output path passes, WHAT (a folder or a file) named alike in every verb: not empty, no
    '-', then no_tilde, no_control_characters, no_file_above."""
    no_empty_name(path, option, what)
    if str(path) == "-":   # the usual name of stdout: serve --store - made a folder '-', add --out - looked for one
        raise UsageError(f"{option} -: policykg writes no output {what} to stdout through '-'; give a {what} name "
                         f"(./- for a {what} named '-')")
    no_tilde(path, option)
    no_control_characters(path, option)
    no_edge_spaces(path, option)
    no_file_above(path, option)


def no_empty_name(path: str, option: str = "--out", what: str = "folder") -> None:
    """Refuse an empty or blank output name (an unset variable) in one wording for every verb: build said
    "--out is empty", serve "--store '': is empty, the root or the current folder", add "not a policykg build
    output" (Path('') is the current folder)."""
    if not str(path).strip():
        raise empty_name(option, f"a {what} name", UsageError)


def no_tilde(path: str, option: str = "--out") -> None:
    """Refuse a path that starts with an unexpanded ~ (quoted, or from a script's variable): it would
    make a folder literally named '~' here, which a later `rm -rf ~` meant for it confuses with home.
    Not expanded either: policykg writes where the name says, and ./~ still names such a folder."""
    head = str(path).split("/", 1)[0]
    if head.startswith("~"):
        raise UsageError(f"{option} {visible(str(path))}: starts with '~', which no shell expanded (it was "
                         f"quoted); give the full path (e.g. $HOME/…), or ./{visible(str(path))} for a folder "
                         f"named {visible(head)!r} here")


def no_control_characters(path: str, option: str = "--out") -> None:
    """Refuse an output path holding a control character: a name read from a file with Windows line ends
    (`out\r`) made a folder that `ls` shows as out, beside the real one; a line break or an escape makes a
    name no listing shows as typed. policykg writes only names that read as they are."""
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in str(path)):
        raise UsageError(f"{option} {visible(str(path))}: holds a control character (a line break, carriage "
                         f"return, tab or escape); give the name without it")


def no_edge_spaces(path: str, option: str = "--out") -> None:
    """Refuse a new name (a part of the path that does not exist yet) starting or ending with whitespace, or
    holding an invisible character: `--out 'out '` (a variable read with its trailing space) made a folder `ls`
    shows as out, beside the real one, and a message's one line drops the space; `--out e<U+200B>.nt` made a
    file `ls` shows as e.nt, which `validate e.nt` did not find, and U+202E showed a name's tail reversed. A
    folder that exists already keeps its name."""
    parts = str(path).split(os.sep)
    for k, part in enumerate(parts):
        if os.path.lexists(os.sep.join(parts[:k + 1])):
            continue
        if part != part.strip():
            raise UsageError(f"{option} '{visible(str(path))}': the name '{visible(part)}' starts or ends "
                             f"with whitespace, which a listing does not show; give the name without it")
        hidden = next((c for c in part if _invisible(c)), None)
        if hidden:
            raise UsageError(f"{option} '{visible(str(path))}': the name '{visible(part)}' holds an invisible "
                             f"character (U+{ord(hidden):04X}), which a listing does not show; give the name "
                             f"without it")


def _invisible(c: str) -> bool:
    """A format character (zero-width, bidirectional: category Cf) or a C1 control; not the zero-width
    (non-)joiners U+200C/U+200D, which Persian and Indic words and emoji sequences hold."""
    import unicodedata
    return (unicodedata.category(c) == "Cf" and c not in "\u200c\u200d") or 0x80 <= ord(c) <= 0x9F


def no_file_above(path: str, option: str = "--out") -> None:
    """Refuse a path under a file (`--out notes.txt/out`): each command named it in its own words, none of
    them the cause ('cannot create its parent folder (File exists)', 'cannot check it (Not a directory)',
    '.x.lock beside it is no policykg lock'); then, the folder found, a name or the whole path longer than
    the system takes there (both ended in the OS's bare 'File name too long')."""
    _no_dotdot_past_missing(str(path), option)
    folder = os.path.dirname(os.path.abspath(str(path)))
    while not os.path.lexists(folder) and os.path.dirname(folder) != folder:
        folder = os.path.dirname(folder)
    if os.path.lexists(folder) and not os.path.isdir(folder):
        what = "a symbolic link to no folder" if os.path.islink(folder) else "a file, not a folder"
        raise UsageError(f"{option} {visible(str(path))}: {visible(folder)} is {what}; give a path in a folder")
    _no_name_too_long(str(path), option, folder)
    _no_path_too_long(str(path), option, folder)


_NAME_ROOM = 255   # the longest name a file system takes: a temporary or a file written inside


def _no_name_too_long(path: str, option: str, folder: str) -> None:
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


def _no_path_too_long(path: str, option: str, folder: str) -> None:
    """Refuse a path the kernel cannot take whole (PATH_MAX, 4096 bytes on Linux), keeping room for the
    longest name policykg writes beside or inside it: it ended in the OS's bare '…/out: File name too long'."""
    try:
        limit = os.pathconf(folder, "PC_PATH_MAX")
    except (OSError, ValueError):
        limit = 4096
    size = len(os.fsencode(os.path.abspath(path)))
    if size + _NAME_ROOM >= limit:
        raise UsageError(f"{option} {visible(path)}: the path is {size} bytes long; the system takes at most "
                         f"{limit} bytes in a path, and policykg needs {_NAME_ROOM} more for the names it writes "
                         f"beside and inside it; give a shorter path")


def _no_dotdot_past_missing(path: str, option: str) -> None:
    """Refuse `missing/../x`: the kernel finds no folder there, but the name, tidied by spelling
    (abspath), was ./x, which build and impact made while export said 'No such file or directory'."""
    prefix = ""
    for part in path.split(os.sep):
        if part == ".." and prefix and not os.path.isdir(prefix):
            raise UsageError(f"{option} {visible(path)}: {visible(prefix)} is no folder, so {visible(prefix)}/.. "
                             f"names none; give the path without it")
        prefix = os.path.join(prefix, part) if prefix or part else os.sep
