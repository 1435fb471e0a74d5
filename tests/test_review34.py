"""Review 34: a second reading of hostile37, names68/69 and the income-name decision (docs/checks/review34.md)."""
from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from cli_helpers import ROOT, SEED, run_cli


def _killed_in_the_late_check(out):
    """out/ (a previous output holding the user's notes.txt, saved during the build) renamed aside by a swap
    whose process then died (SIGKILL inside the late check): the state such a kill leaves."""
    from policykg.corpus import temporaries
    from policykg.corpus.outlock import side_name

    gone = subprocess.Popen(["true"])
    gone.wait()
    token = temporaries.new_token()
    old = out.with_name(f".{side_name(out)}.old-{gone.pid}-{token}")
    temporaries.note(old)
    temporaries.write_proof(out, token)
    (out / "notes.txt").write_text("mine\n", encoding="utf-8")
    os.rename(out, old)
    temporaries.made(old)
    return old


@pytest.mark.unit
@pytest.mark.parametrize("command", ["build", "make clean"])
def test_a_users_file_in_a_killed_swaps_old_output_is_not_removed(tmp_path, command):
    """Regression: a build killed while it judged out/ renamed aside left `.out.old-…` holding a note the user
    had saved into out/. With no out/ the next run puts it back and refuses it; but once out/ was there again
    (`mkdir out`, an editor saving into it) the next build or `make clean` removed the old folder as a stale one
    of ours, the note with it."""
    out = tmp_path / "out"
    assert run_cli("build", SEED, "--out", out, "--quiet", "--jobs", "1").returncode == 0
    old = _killed_in_the_late_check(out)
    out.mkdir()
    if command == "build":
        r = run_cli("build", SEED, "--out", out, "--quiet", "--jobs", "1", cwd=tmp_path)
    else:
        r = subprocess.run([sys.executable, str(ROOT / "scripts" / "clean_out.py"), "out"], cwd=tmp_path,
                           capture_output=True, text=True, timeout=120)
    assert r.returncode == 2 and r.stdout == "" and r.stderr.count("\n") == 1, r.stderr
    assert re.search(rf"{old.name} beside it \(the previous output, left by a build stopped while replacing it\) "
                     r"holds notes\.txt, which policykg did not write; move that file away, then run again\n$", r.stderr)
    assert (old / "notes.txt").read_text(encoding="utf-8") == "mine\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([old.name, "out"])

