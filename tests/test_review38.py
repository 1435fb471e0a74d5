"""review38: a second reading of this session's merges (docs/checks/review38.md). One regression test per fault
found; the sentences are dev sentences."""
from __future__ import annotations

import os

import pytest

from quantity_helpers import name_of

pytestmark = pytest.mark.unit


def test_a_subject_before_things_named_by_the_standard_they_reached_stays_with_the_things():
    # guangxi 2026: reached_things (names78) put the tie before the things, then own_subjects put the subject
    # 漓江 before the tie, away from its tributaries: 漓江水质达标支流数量
    assert name_of("推动漓江4条支流水质达标，基本实现“消劣返清”。", "4", "plan", 2026) == "水质达标漓江支流数量"


_POOL = """
import os
from policykg.corpus.pool import progress_bar, run_parallel
if __name__ == "__main__":
    print(run_parallel(os.path.getsize, [(__file__,), (os.devnull,)], 2, progress_bar(2, False))[1])
"""


def test_a_jobs_run_works_under_a_tmpdir_too_long_for_the_forkservers_socket(tmp_path):
    # a TMPDIR of 77 bytes or more: the forkserver's socket (TMPDIR/pymp-…/listener-…) passed AF_UNIX's 107 bytes
    # and every --jobs run ended "AF_UNIX path too long" (exit 2), before hostile39 and after it
    import subprocess
    import sys

    from cli_helpers import ROOT

    long_tmp = tmp_path / ("t" * max(1, 100 - len(str(tmp_path))))
    long_tmp.mkdir()
    script = tmp_path / "pool.py"
    script.write_text(_POOL)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(long_tmp)}
    done = subprocess.run([sys.executable, str(script)], env=env, capture_output=True, text=True, timeout=120)
    assert (done.returncode, done.stdout) == (0, "0\n"), done.stderr[-300:]
    assert os.listdir(long_tmp) == []     # its folders removed as it ended


def test_a_jobs_run_without_named_semaphores_reads_the_reports_in_its_own_process(tmp_path):
    # /dev/shm read-only (or missing, or full: a container's, a sandbox's): the pool's first semaphore failed and
    # every --jobs run ended "policykg: cannot write the output: Read-only file system" (exit 2), naming no
    # cause; the items are read in this process, as --jobs 1 reads them, with one line saying why
    import shutil
    import subprocess
    import sys

    from cli_helpers import ROOT

    if shutil.which("unshare") is None or os.geteuid() != 0:
        pytest.skip("needs unshare and root for a private read-only /dev/shm")
    script = tmp_path / "pool.py"
    script.write_text(_POOL)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(tmp_path)}
    # a new read-only tmpfs over /dev/shm in a private mount namespace: never a remount of the shared one
    shell = f"mount -t tmpfs -o ro,size=64k tmpfs /dev/shm || exit 77; exec {sys.executable} {script}"
    done = subprocess.run(["unshare", "-m", "--propagation", "private", "sh", "-c", shell], env=env,
                          capture_output=True, text=True, timeout=120)
    if done.returncode == 77 or "unshare failed" in done.stderr:
        pytest.skip("no private mount namespace here")
    assert (done.returncode, done.stdout) == (0, "0\n"), done.stderr[-300:]
    assert "no named semaphores" in done.stderr and "Read-only file system" in done.stderr


_HOST = """
import multiprocessing as mp, os, shutil
from policykg.corpus.pool import progress_bar, run_parallel
if __name__ == "__main__":
    run_parallel(os.path.getsize, [(__file__,), (os.devnull,)], 2, progress_bar(2, False))
    shutil.rmtree(mp.process.current_process()._config["tempdir"])   # a tmp cleaner, or rm -rf $TMPDIR/*
    mp.get_context("spawn").Lock()
    print("lock made")
"""


def test_a_program_using_the_pool_makes_its_own_locks_after_the_pools_folder_is_gone(tmp_path):
    # pool_mp notes every semaphore the process registers (its patch is process-wide) in its folder; with the
    # folder removed, each later Lock of a program that ran policykg's pool in-process raised FileNotFoundError
    import subprocess
    import sys

    from cli_helpers import ROOT

    script = tmp_path / "host.py"
    script.write_text(_HOST)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(tmp_path)}
    done = subprocess.run([sys.executable, str(script)], env=env, capture_output=True, text=True, timeout=120)
    assert (done.returncode, done.stdout) == (0, "lock made\n"), done.stderr[-300:]
