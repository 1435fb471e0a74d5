"""Hostile round 37: `build` and the make targets against a hostile user (docs/checks/hostile37.md)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from cli_helpers import ROOT, SEED, one_line, run_cli, seed_copy, write_file

needs_make = pytest.mark.skipif(not shutil.which("make"), reason="needs make")


def make_clean(cwd, *makefile):
    return subprocess.run(["make", *makefile, "clean", f"PYTHON={sys.executable}"], cwd=cwd, capture_output=True,
                          text=True, timeout=120)


@pytest.mark.unit
def test_two_files_of_one_report_are_refused_before_any_report_is_extracted(tmp_path):
    """Regression: a folder of 2,000 copies of one report was extracted whole (about 45 minutes on two
    cores) before the build refused it as "the same report"; the check ran on the extracted results."""
    from policykg.corpus.inputs import check_inputs, collect_inputs
    from policykg.errors import InputError

    folder = tmp_path / "copies"
    for name in ("a.txt", "b.txt", "c.txt"):
        seed_copy(folder, name)
    paths = collect_inputs([str(folder)])
    with pytest.raises(InputError, match=r"copies/b\.txt: the same report \(jinghaiqu-2021\) as \S+copies/a\.txt"):
        check_inputs([str(folder)], paths, {})
    check_inputs([str(folder)], paths[:1], {})   # one of them alone is a report like any other


@pytest.mark.unit
def test_a_report_reached_again_through_a_hard_link_is_built_once(tmp_path):
    """Regression: a file named twice is built once, but a hard link to it (a `cp -al` backup beside the
    reports, a bind mount) was a second file, so the build was refused as holding "the same report" twice."""
    from policykg.corpus.inputs import collect_inputs

    folder = tmp_path / "reports"
    first = seed_copy(folder, "a.txt")
    os.link(first, folder / "b.txt")
    assert collect_inputs([str(folder)]) == [str(first)]
    assert collect_inputs([str(folder / "b.txt"), str(folder)]) == [str(folder / "b.txt")]
    other = str(shutil.copy(SEED, tmp_path / "copy.txt"))   # the same text in another file is still another file
    assert collect_inputs([str(first), other]) == [str(first), other]


@needs_make
def test_make_clean_from_another_folder_leaves_that_folders_caches(tmp_path):
    """Regression: `make -f path/to/policykg/Makefile clean` run in a project of the user's removed that
    project's own .pytest_cache and .hypothesis (Hypothesis's example database); only its out/ was meant."""
    for cache in (".pytest_cache", ".hypothesis"):
        (tmp_path / cache).mkdir()
        write_file(tmp_path / cache, "mine", "the user's\n")
    assert run_cli("build", SEED, "--out", tmp_path / "out", "--quiet", "--jobs", "1").returncode == 0
    r = make_clean(tmp_path, "-f", str(ROOT / "Makefile"))
    assert r.returncode == 0, r.stderr
    assert not (tmp_path / "out").exists()   # the folder's out/, a build's output, goes as before
    for cache in (".pytest_cache", ".hypothesis"):
        assert (tmp_path / cache / "mine").read_text(encoding="utf-8") == "the user's\n"


@needs_make
def test_make_clean_in_a_checkout_whose_path_holds_a_space(tmp_path):
    """Regression: in a checkout under `my projects/`, make cut the Makefile's path into words and ran
    `python …/ projects/policykg/scripts/clean_out.py out`: the folder before the space as a script (exit 2,
    out/ left; a `__main__.py` there would have run)."""
    checkout = tmp_path / "my projects" / "policykg"
    checkout.mkdir(parents=True)
    shutil.copy(ROOT / "Makefile", checkout / "Makefile")
    (checkout / "scripts").symlink_to(ROOT / "scripts")   # clean_out.py imports policykg from ROOT
    (checkout / ".pytest_cache").mkdir()
    assert run_cli("build", SEED, "--out", checkout / "out", "--quiet", "--jobs", "1").returncode == 0
    r = make_clean(checkout)
    assert r.returncode == 0, r.stderr
    assert not (checkout / "out").exists() and not (checkout / ".pytest_cache").exists()


@pytest.mark.unit
def test_an_empty_report_name_is_named_as_empty(tmp_path):
    """Regression: `policykg build "$REPORTS" --out out` with REPORTS unset said only "policykg: : no such
    file", naming nothing."""
    one_line(run_cli("build", SEED, "", "--out", tmp_path / "out"), 2,
             r"^policykg: the report name is empty; give a report file or folder name\n$")
    assert not (tmp_path / "out").exists()


@pytest.mark.unit
@pytest.mark.parametrize("late", ["notes.md", "graph.ttl"])
def test_a_file_put_into_out_while_the_swap_looks_at_it_is_kept(tmp_path, monkeypatch, late):
    """Regression: the swap looked at out/ (a walk, then a hash of every file: seconds for a large output),
    then renamed it aside and removed it. A note saved into out/ (or an edit of graph.ttl) in between went with
    it. out/ is now judged again once renamed, and put back when something of the user's is in it."""
    from policykg.corpus import outdir, temporaries
    from policykg.errors import UsageError

    out = tmp_path / "out"
    assert run_cli("build", SEED, "--out", out, "--quiet", "--jobs", "1").returncode == 0
    write_proof = temporaries.write_proof

    def user_writes_meanwhile(folder, token):   # called between the swap's first look and its rename
        write_proof(folder, token)
        if folder == out:
            with open(out / late, "a", encoding="utf-8") as fh:
                fh.write("mine\n")

    monkeypatch.setattr(temporaries, "write_proof", user_writes_meanwhile)
    with pytest.raises(UsageError, match=rf"--out \S+out: (holds {late}, changed since policykg wrote it|{late} appeared in it during the build)"):
        with outdir.staged(str(out)) as tmp:
            (tmp / "graph.ttl").write_text("new\n", encoding="utf-8")
    assert (out / late).read_text(encoding="utf-8").endswith("mine\n")
    assert (out / "summary.csv").is_file() and not (out / outdir.WORK_MARKER).exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


@pytest.mark.unit
def test_a_report_folder_holding_a_stray_marker_file_is_still_read(tmp_path):
    """Regression: a subfolder of the reports holding any file named .policykg-output (empty, or the user's)
    was taken for a previous output and skipped: its reports left out of the build without a word. Only a
    marker policykg wrote makes a folder an output."""
    from policykg.corpus.inputs import folder_reports
    from policykg.corpus.marker import MARKER, MARKER_TEXT

    reports = tmp_path / "reports"
    kept = [seed_copy(reports / "2021", "a.txt"), seed_copy(reports / "2022", "b.txt")]
    write_file(reports / "2022", MARKER, "")
    seed_copy(reports / "out" / "texts", "x.txt")
    write_file(reports / "out", MARKER, MARKER_TEXT)   # a build's output inside: skipped as before
    assert folder_reports(str(reports)) == [str(p) for p in kept]
