"""Hostile use, round 17: the ledger of written files and the serve store under paths the kernel reads
otherwise than their spelling (`link/..`), and what a new hostile user tried on every verb and script.

The CLI runs as a real subprocess where the case is about the command line; what must survive is compared
byte for byte.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from cli_helpers import ROOT, one_line, run_cli, write_file

PARK_CHAIN = ROOT / "tests" / "fixtures" / "park-chain.ttl"


def _link_and_dotdot(tmp_path):
    """tmp/work/a -> tmp/other/deep: `a/../NAME` from work is tmp/other/NAME to the kernel, work/NAME by
    its spelling."""
    work, deep = tmp_path / "work", tmp_path / "other" / "deep"
    work.mkdir()
    deep.mkdir(parents=True)
    os.symlink(deep, work / "a")
    return work, tmp_path / "other"


def test_an_output_through_a_link_and_dotdot_is_recorded_where_it_went(tmp_path):
    """`export --out a/../x.nt` (a: a link to a folder elsewhere) wrote other/x.nt but recorded work/x.nt (the
    path's folder was spelled out before the links were followed), so the next export to other/x.nt refused
    policykg's own output, and its temporary file was made in work/ (a rename across disks failed)."""
    work, other = _link_and_dotdot(tmp_path)
    env = {"XDG_STATE_HOME": str(tmp_path / "state")}
    r = run_cli("export", "--format", "nt", "--graph", PARK_CHAIN, "--out", "a/../x.nt", cwd=work, env=env,
                timeout=120)
    assert r.returncode == 0 and r.stderr == "", r.stderr
    assert (other / "x.nt").is_file() and sorted(os.listdir(work)) == ["a"]
    r = run_cli("export", "--format", "nt", "--graph", PARK_CHAIN, "--out", other / "x.nt", env=env, timeout=120)
    assert r.returncode == 0 and r.stderr == "", r.stderr
    mine = write_file(work, "x.nt", "the user's own x.nt\n")   # where the spelling pointed: never ours
    one_line(run_cli("export", "--format", "nt", "--graph", PARK_CHAIN, "--out", "x.nt", cwd=work, env=env,
                     timeout=120), 2, r"exists and policykg did not write it")
    assert mine.read_text() == "the user's own x.nt\n"


def test_serve_store_through_a_link_and_dotdot_is_the_folder_the_kernel_finds(tmp_path):
    """`serve --store a/../st` loaded oxigraph into work/st (a folder of the user's, by the spelling), then
    ended in 'a/../st/.policykg-store: No such file or directory'; its lock was beside the link, so a serve
    of other/st (the same folder to the kernel) ran at once. The store is the folder the kernel finds."""
    work, other = _link_and_dotdot(tmp_path)
    (work / "st").mkdir()
    notes = write_file(work / "st", "notes.txt", "the user's\n")
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    first = subprocess.Popen([sys.executable, "-m", "policykg", "serve", "--port", "0", "--store", "a/../st",
                              "--graph", str(PARK_CHAIN)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True, env={**env, "PYTHONPATH": str(ROOT)}, cwd=work)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            line = first.stdout.readline()
            assert line, first.stderr.read()
            if line.startswith("press Ctrl-C"):
                break
        assert (other / "st" / "CURRENT").is_file()
        assert sorted(os.listdir(work / "st")) == ["notes.txt"] and notes.read_text() == "the user's\n"
        one_line(run_cli("serve", "--port", "0", "--store", other / "st", "--graph", PARK_CHAIN, env=env,
                         timeout=60), 2, r"another policykg serve is using it now")
    finally:
        first.send_signal(signal.SIGTERM)
        first.communicate(timeout=30)
    assert first.returncode == 0
