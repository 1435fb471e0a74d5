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

import pytest

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


@pytest.mark.unit
def test_a_ledger_hard_linked_to_a_users_file_gets_no_line(tmp_path, monkeypatch):
    """A hard link of the user's notes.txt at $XDG_STATE_HOME/policykg/written.jsonl got a JSON line appended
    by every write (O_NOFOLLOW stops a symbolic link, not a hard one). A ledger of more than one name is
    neither written nor trusted."""
    from policykg.corpus import written
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    (tmp_path / "state" / "policykg").mkdir(parents=True)
    notes = write_file(tmp_path, "notes.txt", "my notes\n")
    os.link(notes, tmp_path / "state" / "policykg" / "written.jsonl")
    out = write_file(tmp_path, "out.nt", "a\n")
    written.record(str(out), b"a\n")
    assert notes.read_text() == "my notes\n"
    assert not written.wrote(str(out))
    assert "cannot read its record" in written.not_ours(str(out))


def test_an_output_named_as_the_ledger_is_refused(tmp_path):
    """`export --out $XDG_STATE_HOME/policykg/written.jsonl` wrote the export there, then appended its ledger
    line to it: the output was not what export wrote, and the record of files was an N-Triples file."""
    state = tmp_path / "state"
    (state / "policykg").mkdir(parents=True)
    one_line(run_cli("export", "--format", "nt", "--graph", PARK_CHAIN, "--out", "policykg/../policykg/written.jsonl",
                     cwd=state, env={"XDG_STATE_HOME": str(state)}, timeout=120), 2,
             r"written\.jsonl: is policykg's record of the files it writes; give another name")
    assert os.listdir(state / "policykg") == []


def test_a_state_home_that_is_a_file_is_named_in_the_refusal(tmp_path):
    """With XDG_STATE_HOME a file, no ledger can be kept: `export --out x.nt` twice said of its own output
    'exists and policykg did not write it'. The refusal stays, and its line says why."""
    state = write_file(tmp_path, "state", "not a folder\n")
    out = tmp_path / "x.nt"
    env = {"XDG_STATE_HOME": str(state)}
    assert run_cli("export", "--format", "nt", "--graph", PARK_CHAIN, "--out", out, env=env, timeout=120).returncode == 0
    one_line(run_cli("export", "--format", "nt", "--graph", PARK_CHAIN, "--out", out, env=env, timeout=120), 2,
             r"x\.nt: exists, and policykg cannot keep its record of the files it writes \(\S+state is no folder\)")
    assert state.read_text() == "not a folder\n"
