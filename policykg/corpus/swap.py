"""The swap of a build's output: a fresh folder put in --out's place by two renames, the previous output
judged again once renamed aside (corpus.outdir makes the folder and decides what may be replaced)."""
from __future__ import annotations

import os
from pathlib import Path

from ..errors import UsageError
from . import temporaries
from .held_signals import hold_signals, release_signals
from .marker import MARKER, MARKER_TEXT, changed_entry, foreign_entry, unproved_line
from .outlock import side_name
from .temporaries import WORK_MARKER

WRITTEN: list[Path] = []  # the outputs this process swapped in (an interrupt after that leaves them new)


def refuse_changed(out: Path, out_dir: str) -> None:
    """UsageError when a file of the previous output was changed since it was written (an edit lost), or
    when its marker holds no sums to tell (marker.unproved_line)."""
    try:
        changed = changed_entry(out)
        unproved = unproved_line(out, f"--out {out_dir}", out_dir)  # rm -r takes the folder, not "--out …"
    except OSError as exc:
        raise UsageError(f"--out {out_dir}: cannot read it ({exc.strerror})") from None
    if unproved is not None:
        raise UsageError(unproved)
    if changed is not None:
        raise UsageError(f"--out {out_dir}: holds {changed}, changed since policykg wrote it; the output is "
                         f"replaced whole, so move that file (or the folder) away or give another --out")


def swap(tmp: Path, out: Path, mode: int | None = None) -> None:
    """Put tmp in out's place: two renames, with SIGINT/SIGTERM held off until both are done and the
    old folder is gone (an interrupt in between would leave no out/, or a stray old folder); then give
    it ``mode``, last, as a read-only one would keep tmp's proof in it."""
    old = None
    previous = hold_signals()
    try:   # tmp keeps its proof until it is out/: killed before, it is still a leftover a later build removes
        if out.exists():
            _refuse_foreign(out, out)  # put there while this build ran
            # a name nobody else uses, proved ours (ledger, proof file) in case we die right here
            token = temporaries.new_token()
            old = out.with_name(f".{side_name(out)}.old-{os.getpid()}-{token}")
            temporaries.note(old)
            marker_added = not (out / MARKER).exists()
            if marker_added:
                (out / MARKER).write_text(MARKER_TEXT, encoding="utf-8")
            try:
                temporaries.write_proof(out, token)
                os.rename(out, old)
            except OSError:
                (out / WORK_MARKER).unlink(missing_ok=True)
                if marker_added:  # the folder stays the user's, as it was
                    (out / MARKER).unlink(missing_ok=True)
                raise
            finally:
                temporaries.made(old)
            _refuse_late(old, out, marker_added)
        try:
            os.rename(tmp, out)
        except BaseException as exc:
            if old is not None:
                _put_back(old, out, marker_added, exc)
            raise
        WRITTEN.append(out)
        try:
            (out / WORK_MARKER).unlink()   # tmp's proof; one left here is known as ours (marker.foreign_entry)
        except OSError:
            pass
        if old is not None:
            temporaries.remove_folder(old)
        if mode is not None:
            os.chmod(out, mode)
    finally:
        release_signals(previous)


def _refuse_foreign(folder: Path, out: Path) -> None:
    if (foreign := foreign_entry(folder)) is not None:
        raise UsageError(f"--out {out}: {foreign} appeared in it during the build; not replacing it")


def _refuse_late(old: Path, out: Path, marker_added: bool) -> None:
    """out judged again once renamed to old, out of reach by its name: a file put into out (or edited) after
    the first look went with old. Refused, old goes back to out as it was."""
    try:
        _refuse_foreign(old, out)
        refuse_changed(old, str(out))
    except BaseException as exc:
        _put_back(old, out, marker_added, exc)
        raise


def _put_back(old: Path, out: Path, marker_added: bool, why: BaseException) -> None:
    """old back at out as it was. A new out made meanwhile (another process) is in the way: UsageError naming
    where the previous output stays (it said only 'Directory not empty', and the user's file there went unsaid)."""
    try:
        os.rename(old, out)
    except OSError as exc:
        first = str(why) if isinstance(why, UsageError) else f"--out {out}: the new output cannot go in"
        raise UsageError(f"{first}; a new {out.name} was made meanwhile ({exc.strerror}), so the previous output "
                         f"is left as {old.name} beside it") from None
    (out / WORK_MARKER).unlink(missing_ok=True)
    if marker_added:   # the folder stays the user's, as it was
        (out / MARKER).unlink(missing_ok=True)
