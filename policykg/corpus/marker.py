"""The marker ``.policykg-output`` in a folder a build or impact wrote, and what it lets a later run replace.

The marker lists every file the run wrote. A later run replaces the folder whole only when nothing else
is in it: a file the user put beside the outputs (notes, an analysis, a folder of their own) makes it
refuse with one line naming that file, so no run ever removes what it did not write. Only a marker's
SHA-256 sums prove a file's bytes are policykg's: a folder whose marker has none (written before they were
kept, or copied beside a user's files) is removed or replaced by no command (unproved_entry), nor is a
non-empty folder without a marker.
"""
from __future__ import annotations

from pathlib import Path

from .inputs import walk
from .temporaries import WORK_MARKER, proof_token

MARKER = ".policykg-output"
MARKER_TEXT = "Written by `policykg build` or `policykg impact`. The next run into this folder replaces it whole.\n"
_KIND = "Command: policykg "
_OURS = "Written by `policykg build`"  # how every marker ever written starts (the first ones named only build)
_LIST_HEAD = "Files it wrote (anything else in the folder makes the next run refuse to replace it):\n"
_OUTPUT_OF = {"add": "build"}   # a command whose output is another's kind: add writes a build's output
_HASH_HEAD = "SHA-256 of each as written (a file changed since makes the next run refuse to replace it):\n"
# what a build writes: a folder holding only these is a previous output even without the marker
OUTPUT_FILES = {"graph.ttl", "graph.trig", "graph.nq", "validation.ttl", "summary.csv", "void.ttl", MARKER}
OUTPUT_DIRS = {"texts": ".txt", "reports": ".ttl", "shared": ".nt"}
MAX_MARKER = 64 << 20  # bytes: a marker lists file names (~40 bytes each); a larger file is no marker of ours


def write_marker(folder: Path, command: str = "build") -> None:
    """The marker: which command wrote folder (build, add or impact), and every file now in it (sorted, so
    the same output gives the same bytes)."""
    names = sorted(rel for rel, p in _entries(folder) if p.is_file() and not rel.startswith(".policykg-"))
    sums = "".join(f"{_sha256(folder / n)}  {n}\n" for n in names)
    (folder / MARKER).write_text(MARKER_TEXT + f"{_KIND}{command}\n" + _LIST_HEAD + "".join(f"{n}\n" for n in names)
                                 + _HASH_HEAD + sums, encoding="utf-8")


def _sha256(path: Path) -> str:
    import hashlib
    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def changed_entry(folder: Path) -> str | None:
    """The first file the marker lists whose bytes differ from those the run wrote (a user's edit of
    graph.ttl or summary.csv, which replacing the folder would lose); None when none does, or when the marker
    holds no sums (written before they were kept). A file removed since is no change: nothing is lost."""
    text = _read(folder / MARKER) or ""
    if _HASH_HEAD not in text or (folder / MARKER).is_symlink():
        return None
    listed = _listed(folder / MARKER) or set()
    for line in text.split(_HASH_HEAD, 1)[1].splitlines():
        digest, _, rel = line.partition("  ")
        p = folder / rel
        if rel in listed and p.is_file() and not p.is_symlink() and _sha256(p) != digest:
            return rel
    return None


def unproved_entry(folder: Path) -> str | None:
    """The first file of folder no SHA-256 proves policykg's, when its marker is one of ours written before
    the sums were kept (or such a marker copied beside a user's summary.csv); None when the marker holds
    sums, or folder holds nothing but the marker (and a swap's proof). Sums prove files only after the list
    every run writes before them: without it, files were judged by their names (a user's summary.csv went)."""
    marker = folder / MARKER
    text = _read(marker) or ""
    if not marker.is_file() or not text.startswith(_OURS) or _HASH_HEAD in text.partition(_LIST_HEAD)[2]:
        return None
    own = {MARKER} | ({WORK_MARKER} if proof_token(folder) else set())
    return next((rel for rel, p in _entries(folder) if rel not in own and not (p.is_dir() and not p.is_symlink())),
                None)


def unproved_line(folder: Path, shown: str, path: str | None = None) -> str | None:
    """The one line every command that would remove or replace folder refuses it with (unproved_entry);
    shown names the folder (`--out out`), path is what the user would remove (`out`; default: shown)."""
    import shlex
    if (rel := unproved_entry(folder)) is None:
        return None
    return (f"{shown}: its {MARKER} is from before policykg kept the SHA-256 of each file, so nothing proves "
            f"{rel} is policykg's and unchanged; nothing removed: if nothing in it is yours, remove it "
            f"yourself (rm -r {shlex.quote(str(shown if path is None else path))}) or give another folder")


def marker_kind(folder: Path) -> str | None:
    """build or impact: the kind of output folder holds, from the command its marker names (an add's is a
    build's; None: no marker, or an older one)."""
    command = marker_command(folder)
    return _OUTPUT_OF.get(command, command)


def marker_command(folder: Path) -> str | None:
    """The command that last wrote folder (build, add or impact), as its marker says."""
    text = _read(folder / MARKER)
    if text is None:
        return None
    return next((ln[len(_KIND):].strip() for ln in text.splitlines() if ln.startswith(_KIND)), None)


def is_output(folder: Path) -> bool:
    """Whether folder holds a marker policykg wrote (an empty or foreign file under its name is none)."""
    marker = folder / MARKER
    return marker.is_file() and (_read(marker) or "").startswith(_OURS)


def foreign_entry(folder: Path) -> str | None:
    """The first entry of folder (relative path) a previous run did not write; None when it holds only
    what a build or impact wrote (or nothing)."""
    marker = folder / MARKER
    if marker.is_file() and not (_read(marker) or "").startswith(_OURS):  # a file of the user's under our name
        return MARKER
    listed = _listed(marker) if marker.is_file() and not marker.is_symlink() else None
    own = {MARKER} | ({WORK_MARKER} if proof_token(folder) else set())   # a swap killed outright left its proof
    if listed is not None:
        dirs = {parent.as_posix() for n in listed for parent in Path(n).parents} - {"."}
        for rel, p in _entries(folder):
            if p.is_dir() and not p.is_symlink():  # its files are judged one by one
                ok = rel in dirs or rel in OUTPUT_DIRS or rel in _impact_names()[1]
            else:
                ok = rel in own or (rel in listed and p.is_file() and not p.is_symlink())
            if not ok:
                return rel
        return None
    if not marker.is_file():   # no marker, no proof: an output older than it is judged as the user's
        return next((p.name for p in sorted(folder.iterdir())), None)
    impact_files, impact_dirs = _impact_names()
    return _unknown_name(folder, OUTPUT_FILES | own | impact_files, {**OUTPUT_DIRS, **impact_dirs})


def _impact_names() -> tuple[set[str], dict[str, str]]:
    """What impact writes (for markers written before they listed the files), from impact itself;
    imported only when needed: it loads networkx."""
    from ..use.impact import output_names
    return output_names()


def _entries(folder: Path) -> list[tuple[str, Path]]:
    """Every entry under folder (hidden ones too; symbolic links not followed) with its relative path."""
    out = []
    for here, dirs, files in walk(folder):
        for name in dirs + files:
            p = Path(here, name)
            out.append((p.relative_to(folder).as_posix(), p))
    return sorted(out)


def listed_files(marker: Path) -> set[str]:
    """The files a marker lists as written (empty for a marker without a list: an early one)."""
    return _listed(marker) or set()


def _listed(marker: Path) -> set[str] | None:
    """The files the marker lists, keeping only names a build or impact writes: a marker written by hand
    (or copied with a folder) that lists a user's files must not let a run remove them. A marker holding
    sums lists only the files it has a sum of: every run writes both, so a name listed without its sum was
    added by hand (reports/mine.ttl, which no sum then checked, went with make clean)."""
    text = _read(marker) or ""
    if _LIST_HEAD not in text:
        return None
    names, sep, sums = text.split(_LIST_HEAD, 1)[1].partition(_HASH_HEAD)
    summed = {ln.partition("  ")[2] for ln in sums.splitlines()} if sep else None
    return {ln for ln in names.splitlines() if ln and _writable(ln) and (summed is None or ln in summed)}


def _read(marker: Path) -> str | None:
    """The marker's text, as written whatever an editor did to its line ends or first bytes (saved with CRLF,
    its list and sums went unseen, and an edited graph.ttl was replaced); None when it cannot be read or is
    larger than any marker (a file of gigabytes under that name was read whole into memory)."""
    try:
        with open(marker, "rb") as fh:
            data = fh.read(MAX_MARKER + 1)
    except OSError:
        return None
    if len(data) > MAX_MARKER:
        return None
    return data.decode("utf-8", errors="replace").removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def _writable(rel: str) -> bool:
    """Whether a run may have written rel: a top-level output file, or a file of an output folder with
    that folder's suffix (impact's names are looked up only for names a build does not write)."""
    return _fits(rel, OUTPUT_FILES, OUTPUT_DIRS) or _fits(rel, *_impact_names())


def _fits(rel: str, files: set[str], dirs: dict[str, str]) -> bool:
    parts = rel.split("/")
    if len(parts) == 1:
        return rel in files
    return len(parts) == 2 and parts[0] in dirs and parts[1].endswith(dirs[parts[0]]) \
        and parts[1] != dirs[parts[0]]


def _unknown_name(folder: Path, files: set[str], dirs: dict[str, str]) -> str | None:
    for p in sorted(folder.iterdir()):
        if p.is_symlink():
            return p.name
        if p.is_file() and p.name in files:
            continue
        suffix = dirs.get(p.name)
        if suffix and p.is_dir():
            odd = [c for c in sorted(p.iterdir()) if not c.is_file() or c.is_symlink() or c.suffix != suffix]
            if not odd:
                continue
            return f"{p.name}/{odd[0].name}"
        return p.name
    return None


def output_holding(path: str) -> tuple[Path, str] | None:
    """(folder, relative name) when path is a file a policykg output folder lists as its own (or its
    marker): writing another command's output there would leave that folder looking whole but broken."""
    import os
    p = Path(os.path.realpath(os.path.dirname(os.path.abspath(path))), os.path.basename(path))
    for folder in list(p.parents)[:2]:  # top-level files, and those of shared/, texts/, reports/, …
        marker = folder / MARKER
        if not marker.is_file() or not (_read(marker) or "").startswith(_OURS):
            continue
        rel = p.relative_to(folder).as_posix()
        listed = _listed(marker)
        if rel == MARKER or (rel in listed if listed is not None else _writable(rel)):
            return folder, rel
    return None


def whose_entry(entry: Path) -> str:
    """Who wrote an entry of a previous output that the output does not list (foreign_entry's), in words."""
    from .written import wrote   # `table --out out/t.csv`: policykg wrote it, yet it is no file of out
    if wrote(str(entry)):
        return "which is no file of this output (another policykg command wrote it)"
    inner = marker_kind(entry) if entry.is_dir() and not entry.is_symlink() else None
    if inner:   # `impact --out out/net` wrote an output of its own into the build's: 'policykg did not write'
        return f"the output of policykg {inner} written into it, which is no part of this output"
    if entry.is_dir() and not entry.is_symlink() and _store_made(entry):   # `serve --store out/st`: the same
        return "a store policykg serve made in it, which is no part of this output"
    return "which policykg did not write"


def _store_made(folder: Path) -> bool:
    from ..use.serve_store import STORE_MARKER, is_store   # the use layer imports corpus: imported here
    return is_store(folder) and (folder / STORE_MARKER).is_file()
