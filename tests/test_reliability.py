"""Reliability: byte-identical builds across hash seeds, report order and --jobs; signals held during the
output swap; graph paths that are empty or folders named so. Bad inputs, reading and atomic output are in
test_bad_inputs.py, test_decoding.py and test_atomic_output.py."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from cli_helpers import ROOT, SEED
from reliability_helpers import GBK_REPORT, snapshot


# ---------------------------------------------------------------------------------------------
# Determinism: byte-identical files across hash seeds, report order and --jobs.

def test_builds_are_byte_identical(tmp_path):
    runs = [("0", [GBK_REPORT, SEED], "1"),
            ("1", [SEED, GBK_REPORT], "1"),
            ("12345", [GBK_REPORT, SEED], "2")]
    procs = []
    for i, (seed, reports, jobs) in enumerate(runs):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        env.pop("POLICYKG_DEBUG", None)
        procs.append(subprocess.Popen(
            [sys.executable, "-m", "policykg.cli", "build", *map(str, reports), "--out", str(tmp_path / f"out{i}"),
             "--jobs", jobs, "--quiet"], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
    results = [(p.communicate(timeout=900), p.returncode) for p in procs]
    for (stdout, stderr), code in results:
        assert code in (0, 1), stderr
        assert "Traceback" not in stderr
    first = snapshot(tmp_path / "out0")
    assert {"graph.ttl", "graph.trig", "validation.ttl"} <= set(first)
    for i in (1, 2):
        other = snapshot(tmp_path / f"out{i}")
        assert sorted(other) == sorted(first)
        for name in first:
            assert other[name] == first[name], f"out{i}/{name} differs from out0/{name}"


def test_signal_taken_by_another_thread_is_deferred_until_release():
    """Regression: with only a signal mask, a SIGINT delivered to another thread (validation and
    progress bars start threads) still ran the main thread's handler inside the critical section,
    leaving a stray temporary folder (seen in test_signal_leaves_previous_out[sigterm-writing])."""
    import threading

    from policykg.corpus.outdir import hold_signals as _hold_signals, release_signals as _release_signals

    go, done = threading.Event(), threading.Event()

    def killer():  # started before the hold, so its own mask lets the signal in
        go.wait()
        os.kill(os.getpid(), signal.SIGINT)
        done.set()
    t = threading.Thread(target=killer)
    t.start()
    state = _hold_signals()
    try:
        go.set()
        assert done.wait(60), "the other thread did not send SIGINT"   # a loaded machine can be slow
        t.join(60)
        for _ in range(200):  # plenty of bytecode boundaries where a handler could run
            time.sleep(0.001)
    except KeyboardInterrupt:
        _release_signals(state)
        pytest.fail("SIGINT handled inside the held section")
    with pytest.raises(KeyboardInterrupt):
        _release_signals(state)


@pytest.mark.parametrize("args, message", [
    (["query", "--graph", "", "cq-01"], "the graph name is empty; give a graph file name"),
    (["query", "--graph", "{tmp}", "cq-01"], "is a folder, not a graph file"),
    (["push", "--graph", "{tmp}", "--endpoint", "http://127.0.0.1:9/store"], "is a folder, not a graph file"),
    (["serve", "--graph", "{tmp}", "--port", "0"], "is a folder, not a graph file"),
])
def test_graph_path_that_is_empty_or_a_folder_is_named_so(tmp_path, args, message):
    """Regression: an empty --graph or a folder was reported as "no such file"."""
    (tmp_path / "notes.txt").write_text("keep", encoding="utf-8")
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    done = subprocess.run([sys.executable, "-m", "policykg.cli", *args], capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and message in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "keep"
