"""Review 34: a second reading of hostile37, names68/69 and the income-name decision (docs/checks/review34.md)."""
from __future__ import annotations

import os
import re
import shutil
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


@pytest.mark.unit
def test_an_old_output_whose_removal_was_cut_short_is_still_removed(tmp_path):
    """The check above must not hold back what a swap that went through left: killed while removing the old
    output (its marker gone, graph.ttl and the proof still there), it is removed by the next run."""
    from policykg.corpus.outdir import remove_stale

    out = tmp_path / "out"
    assert run_cli("build", SEED, "--out", out, "--quiet", "--jobs", "1").returncode == 0
    old = _killed_in_the_late_check(out)
    (old / "notes.txt").unlink()
    (old / ".policykg-output").unlink()
    out.mkdir()
    remove_stale(out)
    assert [p.name for p in tmp_path.iterdir()] == ["out"]


@pytest.mark.unit
def test_a_swap_that_cannot_put_the_previous_output_back_says_where_it_is(tmp_path, monkeypatch):
    """Regression: when the late check refused out/ (a note saved into it during the build) and a new out/ had
    been made meanwhile, the put-back failed with a bare "[Errno 39] Directory not empty: '…/.out.old-…' ->
    '…/out'": the note, kept in the hidden folder, went unsaid."""
    from policykg.corpus import outdir, swap
    from policykg.errors import UsageError

    monkeypatch.chdir(tmp_path)
    with outdir.staged("out") as tmp:
        (tmp / "graph.ttl").write_text("previous\n", encoding="utf-8")
    out, judge = tmp_path / "out", swap.foreign_entry

    def meanwhile(folder):   # the late check, on out/ renamed aside: the user was writing into out/ all along
        if folder != out:
            (folder / "notes.txt").write_text("mine\n", encoding="utf-8")
            out.mkdir()
            (out / "later.txt").write_text("mine too\n", encoding="utf-8")
        return judge(folder)

    monkeypatch.setattr(swap, "foreign_entry", meanwhile)
    with pytest.raises(UsageError, match=r"--out \S+out: notes\.txt appeared in it during the build; not replacing "
                                         r"it; a new out was made meanwhile \(Directory not empty\), so the previous "
                                         r"output is left as (\.out\.old-\d+-[0-9a-f]{16}) beside it$") as err:
        with outdir.staged("out") as tmp:
            (tmp / "graph.ttl").write_text("new\n", encoding="utf-8")
    old = tmp_path / err.value.args[0].rsplit(" as ", 1)[1].split()[0]
    assert (old / "notes.txt").read_text(encoding="utf-8") == "mine\n"
    assert (old / "graph.ttl").read_text(encoding="utf-8") == "previous\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([old.name, "out"])
    assert [p.name for p in out.iterdir()] == ["later.txt"]


@pytest.mark.unit
def test_an_empty_out_put_back_after_a_failed_swap_is_left_empty(tmp_path, monkeypatch):
    """Regression: an empty out/ gets a marker before it is renamed aside; when the new output then could not
    be renamed in (an I/O error), out/ was put back with that marker in it: the user's empty folder came back
    holding a .policykg-output it never had."""
    import errno

    from policykg.corpus import outdir, swap
    from policykg.errors import UsageError

    monkeypatch.chdir(tmp_path)
    (tmp_path / "out").mkdir()
    rename = os.rename

    def failing(src, dst):
        if ".out.tmp-" in str(src):
            raise OSError(errno.EIO, "Input/output error")
        rename(src, dst)

    monkeypatch.setattr(swap.os, "rename", failing)
    with pytest.raises(UsageError, match=r"cannot write the output \(Input/output error\); previous output left"):
        with outdir.staged("out") as tmp:
            (tmp / "graph.ttl").write_text("new\n", encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir()] == ["out"] and list((tmp_path / "out").iterdir()) == []


@pytest.mark.unit
def test_a_report_beside_a_copied_marker_is_read(tmp_path, monkeypatch):
    """Regression: a marker policykg wrote, copied into a folder of reports (with notes, or by `cp -a` of an
    output's files), made the folder a previous output: its reports were left out of the build without a
    word ("built 1 report(s)" of 2). Only the files an output's marker lists are its own and skipped."""
    import shutil

    from cli_helpers import seed_copy
    from policykg.corpus import outdir
    from policykg.corpus.inputs import folder_reports
    from policykg.corpus.marker import MARKER

    monkeypatch.chdir(tmp_path)
    reports = tmp_path / "reports"
    kept = [seed_copy(reports / "2021", "a.txt"), seed_copy(reports / "2022", "b.txt")]
    with outdir.staged(str(reports / "out")) as tmp:   # a real output inside the folder: its texts/ skipped
        seed_copy(tmp / "texts", "jinghaiqu-2021.txt")
    shutil.copy(reports / "out" / MARKER, reports / "2022" / MARKER)
    assert folder_reports(str(reports)) == [str(p) for p in kept]


@pytest.mark.skipif(not shutil.which("make"), reason="needs make")
def test_make_clean_in_a_checkout_whose_path_holds_a_dollar(tmp_path):
    """Regression: the recipe put the checkout's path in double quotes, so the shell expanded a `$b` in it:
    in `.../a$b/policykg`, make clean ran `.../a/policykg/scripts/clean_out.py`, another folder's script."""
    checkout, decoy = tmp_path / "a$b" / "policykg", tmp_path / "a" / "policykg" / "scripts"
    checkout.mkdir(parents=True)
    decoy.mkdir(parents=True)
    (decoy / "clean_out.py").write_text("open(__file__ + '.ran', 'w')\n", encoding="utf-8")
    shutil.copy(ROOT / "Makefile", checkout / "Makefile")
    (checkout / "scripts").symlink_to(ROOT / "scripts")
    assert run_cli("build", SEED, "--out", checkout / "out", "--quiet", "--jobs", "1").returncode == 0
    r = subprocess.run(["make", "clean", f"PYTHON={sys.executable}"], cwd=checkout, capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 0, r.stderr
    assert not (checkout / "out").exists() and not (decoy / "clean_out.py.ran").exists()
