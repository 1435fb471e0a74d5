"""Review 24: the pool's results by file (corpus/pool.py) attacked — a failing report, a parent interrupted on
its own, a parent killed, a worker's error that does not survive the trip. Runs the pool itself; no wall-clock
assertion (counts of work done, generous timeouts)."""
from __future__ import annotations

import os
import re
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


def _slow_run_started(tmp_path, before=None):
    """The slow `--jobs 2` run (_SLOW) started with TMPDIR tmp_path/tmp, once its first item has finished:
    (the process, the folder of marks, the temporary folder). ``before(tmp)`` prepares the folder first."""
    marks, tmp = tmp_path / "marks", tmp_path / "tmp"
    marks.mkdir()
    tmp.mkdir()
    if before:
        before(tmp)
    script = tmp_path / "slow.py"
    script.write_text(_SLOW)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(tmp)}
    proc = subprocess.Popen([sys.executable, str(script), str(marks)], cwd=tmp_path, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _wait_for(lambda: os.listdir(marks), proc, "no item finished")
    return proc, marks, tmp


@pytest.mark.unit
def test_sigterm_to_the_parent_alone_stops_the_queued_items(tmp_path):
    """`kill PID` of a `--jobs` build (SIGTERM to the parent only, the workers go on): the interrupt left the
    queued items in the pool, whose shutdown ran every one of them before the build could say 'interrupted'."""
    proc, marks, tmp = _slow_run_started(tmp_path)
    proc.send_signal(signal.SIGTERM)
    try:
        out, err = proc.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        proc.kill()
        pytest.fail("the interrupted run did not end")
    assert out == "interrupted\n", (out, err)
    assert len(os.listdir(marks)) < 20, sorted(os.listdir(marks))
    assert os.listdir(tmp) == []


@pytest.mark.unit
def test_the_results_folder_of_a_killed_parent_is_removed_by_the_next_run(tmp_path):
    """kill -9 of a `--jobs` build left its policykg-results-* folder (and the multi-megabyte results in it)
    in the temporary folder for good: a new name each run, never looked at again. The next run removes it;
    a live run's folder, and a folder of that name the run did not make, are left alone."""
    from policykg.corpus.pool import progress_bar, run_parallel

    def someones_folder(tmp):   # someone's own folder: no lock of a run in it
        (tmp / "policykg-results-notes").mkdir()
        (tmp / "policykg-results-notes" / "keep.txt").write_text("mine")

    proc, marks, tmp = _slow_run_started(tmp_path, someones_folder)
    script = tmp_path / "slow.py"
    proc.kill()
    proc.communicate(timeout=120)
    killed = sorted(set(os.listdir(tmp)) - {"policykg-results-notes"})
    assert [n for n in killed if n.startswith("policykg-results-")], killed

    import tempfile
    old = tempfile.tempdir
    tempfile.tempdir = str(tmp)
    try:
        assert run_parallel(os.path.getsize, [(str(script),), (str(script),)], 2, progress_bar(2, False)) == \
            [len(_SLOW)] * 2
    finally:
        tempfile.tempdir = old
    assert not [n for n in os.listdir(tmp) if n.startswith("policykg-results-") and n != "policykg-results-notes"]
    assert (tmp / "policykg-results-notes" / "keep.txt").read_text() == "mine"


def _big_under_a_file_size_limit(name: str) -> bytes:
    """Worker: files it writes may hold 64 KiB (ulimit -f; EFBIG instead of the SIGXFSZ that ends a
    process), its result is a megabyte: its result file cannot be written, as in a full TMPDIR."""
    import resource
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (1 << 16, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))
    return name.encode() * (1 << 20)


@pytest.mark.unit
def test_a_result_file_that_cannot_be_written_is_named(tmp_path, monkeypatch):
    """A full (or size-capped) temporary folder ended a `--jobs` build in 'cannot write the output: No space
    left on device' while --out had room: the error of the worker's result file came back without the
    file's name. It names the file in the temporary folder now, which is where the room is missing."""
    import tempfile
    from policykg.corpus.pool import progress_bar, run_parallel

    (tmp_path / "tmp").mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    with pytest.raises(OSError) as caught:
        run_parallel(_big_under_a_file_size_limit, [("a",), ("b",)], 2, progress_bar(2, False))
    assert caught.value.filename and caught.value.filename.startswith(str(tmp_path / "tmp" / "policykg-results-"))
    assert os.listdir(tmp_path / "tmp") == []


class _TwoArguments(Exception):
    """An error class a library may define: pickled, it cannot be made again (its __init__ wants two)."""

    def __init__(self, what, where):
        super().__init__(f"{what} at {where}")


def _deep_in_the_worker(name: str):
    raise _TwoArguments(f"{name} is unreadable", "line 3")


def _value_error_deep_in_the_worker(name: str):
    raise ValueError(f"{name} is unreadable")


@pytest.mark.unit
def test_an_error_that_cannot_be_unpickled_comes_back_in_words(tmp_path, monkeypatch):
    """An error that pickles but cannot be unpickled ended the run in the parent's TypeError ('__init__()
    missing 1 required positional argument'), the worker's message lost; it comes back as its class name and
    message."""
    import tempfile
    from policykg.corpus.pool import progress_bar, run_parallel

    (tmp_path / "tmp").mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    with pytest.raises(Exception) as caught:
        run_parallel(_deep_in_the_worker, [("a",), ("b",)], 2, progress_bar(2, False))
    assert re.search(r"_TwoArguments: [ab] is unreadable at line 3", str(caught.value)), repr(caught.value)
    assert os.listdir(tmp_path / "tmp") == []


@pytest.mark.unit
def test_a_workers_error_keeps_the_workers_traceback(tmp_path, monkeypatch):
    """POLICYKG_DEBUG=1 promises the details of an internal error; since the results travel by file the
    error of a `--jobs` worker came back without its traceback (the pool's pipe had attached it as the
    cause), so the details showed only the parent's wait. The worker's traceback is the cause again."""
    import tempfile
    import traceback
    from policykg.corpus.pool import progress_bar, run_parallel

    (tmp_path / "tmp").mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    with pytest.raises(ValueError, match="unreadable") as caught:
        run_parallel(_value_error_deep_in_the_worker, [("a",), ("b",)], 2, progress_bar(2, False))
    shown = "".join(traceback.format_exception(caught.value))
    assert "in _value_error_deep_in_the_worker" in shown, shown


@pytest.mark.corpus
def test_a_streaming_build_is_byte_identical_run_after_run(tmp_path):
    """graph.nq of a streaming build held the ontology's blank nodes under rdflib's random labels: the same
    input gave a different file each run (any --jobs). They are labelled from the graph's content now."""
    from cli_helpers import SEED, run_cli, tree

    for out in ("a", "b"):
        r = run_cli("build", SEED, "--out", tmp_path / out, "--stream", "--jobs", "1", "--quiet")
        assert r.returncode == 0, r.stderr
    a, b = tree(tmp_path / "a"), tree(tmp_path / "b")
    assert a.keys() == b.keys()
    assert [k for k in a if a[k] != b[k]] == []
    assert b"_:" in a["graph.nq"]


@pytest.mark.unit
def test_a_folder_named_like_a_results_folder_but_not_written_by_a_run_stays(tmp_path, monkeypatch):
    """The sweep of results folders left by killed runs removes only folders a run wrote (.held starting
    as a run writes it once locked), never one a user named alike, nor a link to a folder."""
    import tempfile
    from policykg.corpus import pool

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    mine = tmp_path / "policykg-results-mine"
    mine.mkdir()
    (mine / ".held").write_text("my notes\n")
    target = tmp_path / "elsewhere"
    target.mkdir()
    (target / ".held").write_text("policykg pid 1\n")
    (tmp_path / "policykg-results-link").symlink_to(target)
    left = tmp_path / "policykg-results-left"
    left.mkdir()
    (left / ".held").write_text("policykg pid 1\n")
    folder, lock = pool._results_folder()
    os.close(lock)
    assert mine.is_dir() and (target / ".held").exists() and not left.exists()
    import shutil
    shutil.rmtree(folder)
