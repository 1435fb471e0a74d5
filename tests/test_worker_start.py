"""A --jobs worker that fails while it starts (forked just as the build was interrupted, its semaphores
already removed) prints nothing: its traceback came after the build's one-line "interrupted"."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from cli_helpers import ROOT

pytestmark = pytest.mark.unit

# a process whose arguments cannot be rebuilt in the child: it fails in the forkserver's child before it runs
CHILD = r"""
import multiprocessing as mp

def gone():
    raise FileNotFoundError(2, "No such file or directory")

class Semaphore:
    def __reduce__(self):
        return (gone, ())

if __name__ == "__main__":
    ctx = mp.get_context("forkserver")
    ctx.set_forkserver_preload(["policykg.corpus.lifeline_forkserver"])
    p = ctx.Process(target=print, args=(Semaphore(),))
    p.start()
    p.join()
    print("exit", p.exitcode)
"""


def _start_failing_worker(tmp_path, debug: str) -> subprocess.CompletedProcess:
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "POLICYKG_DEBUG": debug}
    return subprocess.run([sys.executable, str(script)], capture_output=True, text=True, env=env, timeout=300)


@pytest.mark.skipif("forkserver" not in __import__("multiprocessing").get_all_start_methods(),
                    reason="no forkserver on this platform")
def test_a_worker_that_fails_to_start_prints_nothing(tmp_path):
    quiet = _start_failing_worker(tmp_path, "")
    assert quiet.stdout.startswith("exit ") and quiet.stdout != "exit 0\n"
    assert quiet.stderr == ""
    shown = _start_failing_worker(tmp_path, "1")   # POLICYKG_DEBUG keeps the traceback
    assert "FileNotFoundError" in shown.stderr
