"""The evaluation scripts added in the tenth session (and miss_causes.py of projrec18) refuse a bad option
or a missing build with exit 2 and a message naming it, before any long work (placement_misses.py ignored unknown options and ran its whole
leave-one-report-out; park_ablation.py ran every report for a --keys list that does not exist;
sample_entities.py ended in a FileNotFoundError traceback; park_misses.py --only with no dev report's name
printed an empty table)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, timeout=120)


@pytest.mark.unit
@pytest.mark.parametrize("args, named", [
    (("placement_misses.py", "--bogus"), "--bogus"),
    (("park_ablation.py", "--keys", "no_such_list"), "no_such_list"),
    (("sample_entities.py", "{tmp}", "--any", "3"), "summary.csv"),
    (("miss_causes.py", "--examples", "many"), "--examples"),
    (("loro_projects.py", "sample", "{tmp}/none.csv"), "none.csv"),      # projprec18: was a traceback
    (("loro_projects.py", "sample", "{tmp}/dump.csv", "--reports", "no-such-report"), "no-such-report"),  # was empty
    (("park_misses.py", "--only", "nowhere-2026"), "nowhere-2026"),
    (("rule_counts.py", "{tmp}"), "policykg/data"),
])
def test_a_script_refuses_a_bad_option_or_a_missing_build(tmp_path, args, named):
    args = tuple(a.format(tmp=tmp_path) for a in args)
    (tmp_path / "dump.csv").write_text("report,label,alts,gold,start,quote,sentence\n"
                                       "anhui-2026,合肥西站,,required,1,合肥西站,合肥西站建成运营。\n", encoding="utf-8")
    r = _run(str(SCRIPTS / args[0]), *args[1:])
    assert r.returncode == 2 and named in r.stderr and "Traceback" not in r.stderr
    assert r.stdout == ""


@pytest.mark.unit
@pytest.mark.parametrize("args", [("act_list_gaps.py", "--out", "{file}"),
                                  ("shapes_check.py", "--work", "{folder}", "--only", "md-bold")])
def test_a_script_leaves_a_users_file_or_folder_as_it_was(tmp_path, args):
    """act_list_gaps.py opened its --out for writing at once (a user's file of that name emptied);
    shapes_check.py wrote its variants by name into any --work folder (a user's file written over)."""
    folder = tmp_path / "work"
    folder.mkdir()
    mine = folder / "hailaer2013-md-bold.txt"
    mine.write_text("mine")
    args = tuple(a.format(file=mine, folder=folder) for a in args)
    r = subprocess.run([sys.executable, str(SCRIPTS / args[0]), *args[1:]], capture_output=True, text=True,
                       timeout=120, cwd=SCRIPTS.parent, env={**os.environ, "PYTHONPATH": str(SCRIPTS.parent)})
    assert r.returncode == 2 and str(folder) in r.stderr and "Traceback" not in r.stderr
    assert mine.read_text() == "mine" and sorted(p.name for p in folder.iterdir()) == [mine.name]
