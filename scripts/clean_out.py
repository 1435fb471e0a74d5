"""Remove a build's output folder (`make clean`) only when policykg wrote all of it.

    python scripts/clean_out.py [OUT]      # default: out

OUT is removed when its marker `.policykg-output` is one policykg wrote and nothing else is in it (the
check a build makes before it replaces a folder); otherwise it is left as it is, with one line saying
why. `make clean` ran `rm -rf out` whenever `out/.policykg-output` existed: a file the user had put in
the output (notes, an analysis), or a folder with a hand-made empty marker, went with it.
"""
import os
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run by make from any folder

from script_cli import parser, run  # noqa: E402


def main() -> int:
    from policykg.corpus.marker import MARKER, foreign_entry
    ap = parser(__doc__)
    ap.add_argument("out", nargs="?", default="out")
    out = Path(ap.parse_args().out)
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
            why = f"holds {odd}, which policykg did not write"
    if why:
        print(f"make clean: {out} {why}; left as it is", file=sys.stderr)
        return 0
    shutil.rmtree(out)
    return 0


if __name__ == "__main__":
    run(main)
