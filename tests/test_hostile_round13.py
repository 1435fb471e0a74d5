"""Hostile use, round 13: a hangup during a build (the terminal closed), and the evaluation scripts run
with a typo or from outside the checkout.

The CLI runs as a real subprocess where the case is about the command line or a signal; what must
survive is compared byte for byte.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from cli_helpers import HAILAER, ROOT, SEED, tree


def test_a_hangup_of_the_process_group_during_a_jobs_build_is_one_line_and_leaves_nothing(tmp_path):
    """SIGHUP (the terminal closed, an ssh session dropped) ended a build at once and without a word, its
    lock and temporary folder left beside --out; sent to the whole process group of a --jobs build it also
    killed multiprocessing's resource tracker, whose relaunch printed KeyError tracebacks."""
    out = tmp_path / "fresh"
    proc = subprocess.Popen([sys.executable, "-m", "policykg.cli", "build", str(SEED), *map(str, HAILAER),
                             "--out", str(out), "--jobs", "2"], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)
    deadline = time.monotonic() + 120
    while proc.poll() is None and not any(p.name.startswith(".fresh.lock") for p in tmp_path.iterdir()):
        assert time.monotonic() < deadline
        time.sleep(0.01)
    time.sleep(1.5)   # the workers, forkserver and resource tracker are running
    if proc.poll() is not None:
        pytest.skip("the build finished before the hangup")
    os.killpg(proc.pid, signal.SIGHUP)
    stdout, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 130, stderr
    assert stdout == "" and stderr == "policykg: interrupted; previous output left as it was\n", stderr
    assert tree(tmp_path) == {}   # no output, no lock, no temporary folder

