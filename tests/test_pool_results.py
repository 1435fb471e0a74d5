"""The pool of a `--jobs` build: results come back whole, whatever ends a worker."""
from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from cli_helpers import ROOT

# a parent that runs policykg's pool on workers returning 30 MB each, as a build's per-report results are
# megabytes; Ctrl-C may then reach a worker while it sends one
_BIG = """
import sys, time
from policykg.corpus.pool import progress_bar, run_parallel

def big(i):
    time.sleep(0.1)
    return bytes([i]) * 30_000_000

if __name__ == "__main__":
    try:
        got = run_parallel(big, [(i,) for i in range(8)], 2, progress_bar(8, False))
        print("done", [len(g) for g in got] == [30_000_000] * 8, [g[0] for g in got] == list(range(8)))
    except KeyboardInterrupt:
        print("interrupted")
"""


def test_ctrl_c_while_a_worker_sends_its_result_ends_the_run(tmp_path):
    """A worker ended by Ctrl-C while it wrote a multi-megabyte result into the pool's pipe left half a
    message there; the pool's manager thread waited for the rest for ever, and `build --jobs 2` with it
    (seen in CI as a Ctrl-C test timing out). Every Ctrl-C ends the run, whenever it comes."""
    script = tmp_path / "big.py"
    script.write_text(_BIG)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for delay in [0.4 + 0.1 * i for i in range(12)]:
        proc = subprocess.Popen([sys.executable, str(script)], cwd=tmp_path, env=env, start_new_session=True,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            proc.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGINT)
        try:
            out, err = proc.communicate(timeout=90)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            pytest.fail(f"Ctrl-C {delay:.1f} s in: the run hung")
        assert out.decode() in ("interrupted\n", "done True True\n"), (delay, out, err)


@pytest.mark.unit
def test_results_and_errors_come_back_in_order(tmp_path, monkeypatch):
    """Results in the order of the items; a worker's error raised in the parent; the folder the results
    travelled through removed either way."""
    import tempfile
    from policykg.corpus.pool import progress_bar, run_parallel

    (tmp_path / "tmp").mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))

    paths = []
    for i in range(4):
        paths.append(tmp_path / f"{i}.txt")
        paths[-1].write_text("x" * (i + 1))
    assert run_parallel(os.path.getsize, [(str(p),) for p in paths], 2, progress_bar(4, False)) == [1, 2, 3, 4]
    with pytest.raises(FileNotFoundError):
        run_parallel(os.path.getsize, [(str(paths[0]),), (str(tmp_path / "missing"),)], 2, progress_bar(2, False))
    # multiprocessing's own folder (policykg-mp-*, pool_mp) lives as long as the process, as its pymp-* did
    assert not [p for p in os.listdir(tmp_path / "tmp") if p.startswith("policykg-") and not p.startswith("policykg-mp-")]


# a parent whose Ctrl-C comes as the hold around the pool's submissions ends (the signal held there is
# raised then); each item that runs leaves a line in ran.txt
_HELD = """
import contextlib, sys, time
from concurrent.futures import ProcessPoolExecutor
from policykg.corpus import pool

def slow(i):
    time.sleep(0.5)
    with open("ran.txt", "a") as f:
        f.write(f"{i}\\n")

submitted, raised = [], []
submit = ProcessPoolExecutor.submit

def recorded(self, *a, **k):
    submitted.append(1)
    return submit(self, *a, **k)

ProcessPoolExecutor.submit = recorded
held = pool._starting_held

@contextlib.contextmanager
def interrupted_at_release():
    with held():
        yield
    if submitted and not raised:   # the hold the items were submitted in
        raised.append(1)
        raise KeyboardInterrupt

pool._starting_held = interrupted_at_release
if __name__ == "__main__":
    try:
        pool.run_parallel(slow, [(i,) for i in range(16)], 2, pool.progress_bar(16, False))
    except KeyboardInterrupt:
        print("interrupted")
"""


@pytest.mark.unit
def test_ctrl_c_held_while_submitting_drops_the_queued_items(tmp_path):
    """A Ctrl-C held while the items were submitted was raised when the hold ended, outside the wait that
    cancels the queued items: the pool's shutdown then ran every queued report before the run ended."""
    (tmp_path / "held.py").write_text(_HELD)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "held.py"], cwd=tmp_path, env=env, capture_output=True, timeout=300)
    assert proc.stdout.decode() == "interrupted\n", proc.stderr.decode()[-2000:]
    ran = (tmp_path / "ran.txt").read_text().split() if (tmp_path / "ran.txt").exists() else []
    assert len(ran) < 16, "every queued item ran after the interrupt"
