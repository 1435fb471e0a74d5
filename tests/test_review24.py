"""Review 24: the pool's results by file (corpus/pool.py) attacked — a failing report, a parent interrupted on
its own, a parent killed, a worker's error that does not survive the trip. Runs the pool itself; no wall-clock
assertion (counts of work done, generous timeouts)."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from cli_helpers import ROOT


def _fail_first_or_mark(name: str, folder: str) -> None:
    """Worker: the first item fails at once, every other one takes a while and leaves a file in folder."""
    if name == "item-0":
        raise ValueError("report item-0 is unreadable")
    time.sleep(0.3)
    with open(os.path.join(folder, name), "w"):
        pass


@pytest.mark.unit
def test_a_failing_report_stops_the_reports_not_yet_started(tmp_path):
    """A worker's error came back as a result (through its file) and was raised without cancelling the
    queued items: `build --jobs 2` with a bad report first ran every other report before saying so."""
    from policykg.corpus.pool import progress_bar, run_parallel

    n = 30
    with pytest.raises(ValueError, match="item-0 is unreadable"):
        run_parallel(_fail_first_or_mark, [(f"item-{i}", str(tmp_path)) for i in range(n)], 2, progress_bar(n, False))
    assert len(os.listdir(tmp_path)) < n // 2, sorted(os.listdir(tmp_path))


# a parent that runs the pool as a build does, SIGTERM raising KeyboardInterrupt in it (cli_main), on items
# that each take a while and leave a file; it says how far it got
_SLOW = """
import os, signal, sys, time
from policykg.corpus.pool import progress_bar, run_parallel

def slow(name, folder):
    time.sleep(0.5)
    open(os.path.join(folder, name), "w").close()

def interrupted(signum, frame):
    raise KeyboardInterrupt

if __name__ == "__main__":
    signal.signal(signal.SIGTERM, interrupted)
    try:
        run_parallel(slow, [(f"item-{i}", sys.argv[1]) for i in range(40)], 2, progress_bar(40, False))
        print("done")
    except KeyboardInterrupt:
        print("interrupted")
"""


def _wait_for(predicate, proc, what: str, timeout: float = 120.0) -> None:
    end = time.monotonic() + timeout
    while not predicate():
        if proc.poll() is not None or time.monotonic() > end:
            proc.kill()
            pytest.fail(f"{what}: {proc.communicate()}")
        time.sleep(0.05)


@pytest.mark.unit
def test_sigterm_to_the_parent_alone_stops_the_queued_items(tmp_path):
    """`kill PID` of a `--jobs` build (SIGTERM to the parent only, the workers go on): the interrupt left the
    queued items in the pool, whose shutdown ran every one of them before the build could say 'interrupted'."""
    marks, tmp = tmp_path / "marks", tmp_path / "tmp"
    marks.mkdir()
    tmp.mkdir()
    script = tmp_path / "slow.py"
    script.write_text(_SLOW)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(tmp)}
    proc = subprocess.Popen([sys.executable, str(script), str(marks)], cwd=tmp_path, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _wait_for(lambda: os.listdir(marks), proc, "no item finished")
    proc.send_signal(signal.SIGTERM)
    try:
        out, err = proc.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        proc.kill()
        pytest.fail("the interrupted run did not end")
    assert out == "interrupted\n", (out, err)
    assert len(os.listdir(marks)) < 20, sorted(os.listdir(marks))
    assert os.listdir(tmp) == []
