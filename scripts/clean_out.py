"""Remove a build's output folder (`make clean`) only when policykg wrote all of it.

    python scripts/clean_out.py [OUT]      # default: out

OUT is removed when its marker `.policykg-output` is one policykg wrote and nothing else is in it (the
check a build makes before it replaces a folder); otherwise it is left as it is, with one line saying
why. A file the marker lists whose bytes changed since it was written (its SHA-256 in the marker) is
refused as build refuses it: one line, exit 2, nothing removed; so is a folder whose marker holds no sums
(written before they were kept, or copied beside a user's files), as every command refuses it. `make clean` ran `rm -rf out` whenever `out/.policykg-output` existed: a file the user had put in
the output (notes, an analysis), or a folder with a hand-made empty marker, went with it.

What a killed build left beside OUT goes too, as the next build would remove it: its lock `.out.lock`
and the `.out.tmp-…`/`.out.work-…`/`.out.old-…` folders policykg proves it made (corpus.temporaries; an old
one with no OUT beside it is put back first, then judged as OUT); a user's folder so named stays. A build still writing OUT holds its lock: nothing is touched then.
"""
import os
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run by make from any folder

from script_cli import parser, run  # noqa: E402


def main() -> int:
    from policykg.corpus.outdir import remove_stale
    from policykg.corpus.outlock import claim, release
    from policykg.errors import UsageError
    ap = parser(__doc__)
    ap.add_argument("out", nargs="?", default="out")
    given = ap.parse_args().out
    if not given.strip():   # Path('') is '.': an unset OUT emptied the current folder, then failed on it
        raise UsageError("OUT is empty; give the output folder to remove (default: out)")
    out = Path(given)
    if out.is_symlink():
        return _left(out, "is a symbolic link or not a folder")
    side = Path(os.path.realpath(out))   # where a build puts its lock and folders (outdir.check_out)
    if side.parent == side:   # no lock or folder beside the root: it ended in a ValueError traceback
        return _left(out, "is the root folder")
    cwd = Path(os.path.realpath(os.getcwd()))
    if side == cwd or side in cwd.parents:   # as a build refuses --out there: '.' was emptied, then an error
        return _left(out, "is the current folder (or holds it)")
    try:
        claim(side, str(out))
    except UsageError as exc:   # a build writing it now, or a file of the user's under the lock's name
        return _left(out, str(exc).split(": ", 1)[-1].split(";")[0])
    try:
        _refuse_changed(out)   # before anything goes: a run killed beside an edited output changes nothing
        remove_stale(side)
        return _remove(out)
    finally:
        release(side)


def _left(out: Path, why: str) -> int:
    from policykg.options import message_line
    print(f"make clean: {message_line(f'{out} {why}; left as it is')}", file=sys.stderr)
    return 0


def _refuse_changed(out: Path) -> None:
    """UsageError (exit 2) when a file OUT's marker lists was changed since policykg wrote it, as build and
    add refuse such a folder: removing it would lose the user's edit."""
    from policykg.corpus.marker import changed_entry, unproved_line
    from policykg.errors import UsageError
    if not out.is_dir() or out.is_symlink():
        return
    if (changed := changed_entry(out)) is not None:
        raise UsageError(f"{out}: holds {changed}, changed since policykg wrote it; not removing the folder, "
                         f"so move that file away (or remove the folder yourself)")
    if (unproved := unproved_line(out, str(out))) is not None:   # a marker without sums proves no file ours
        raise UsageError(unproved)


def _remove(out: Path) -> int:
    """OUT removed when policykg wrote all of it; else left, with the line saying why."""
    from policykg.corpus.marker import MARKER, foreign_entry, whose_entry
    if not os.path.lexists(out):
        return 0
    why = None
    if out.is_symlink() or not out.is_dir():
        why = "is a symbolic link or not a folder"
    elif not (out / MARKER).is_file():
        why = f"is not a policykg output (no {MARKER})"
    else:
        odd = foreign_entry(out)
        if odd is not None:
            why = f"holds {odd}, {whose_entry(out / odd)}"   # an impact output or serve's store: named so
    if why:
        return _left(out, why)
    _refuse_changed(out)   # an output put back by remove_stale is judged as one found there
    _remove_marker_last(out)
    return 0


def _remove_marker_last(out: Path) -> None:
    """OUT's files and folders, then its marker, then OUT: stopped part-way (Ctrl-C, a kill), what is left is still
    an output the next make clean or build removes. shutil.rmtree took the marker in directory order (second of
    seven), leaving graph.ttl and the rest in a folder every command then refused as none of policykg's."""
    from policykg.corpus.marker import MARKER
    for p in sorted(out.iterdir()):
        if p.name == MARKER:
            continue
        if p.is_dir() and not p.is_symlink():
            shutil.rmtree(p)
        else:
            p.unlink()
    shutil.rmtree(out)


if __name__ == "__main__":
    run(main)
