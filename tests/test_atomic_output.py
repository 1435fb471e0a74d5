"""Reliability, atomic output: errors and signals leave the previous out/ byte for byte, and no temporary
folder. Full builds are expensive (validation), so the few that are needed are small."""
from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS

from cli_helpers import ROOT, SEED, run_cli
from reliability_helpers import GBK_REPORT, snapshot, strays


# ---------------------------------------------------------------------------------------------
# Atomic output: errors and signals leave the previous out/ byte for byte, and no temp folder.

def _tiny_result():
    from policykg.corpus.build import BuildResult
    g = Graph()
    g.add((URIRef("https://w3id.org/policykg/id/x"), RDFS.label, Literal("x", lang="zh")))
    return BuildResult(reports=[], asserted=g, inferred=Graph(), results=[])


@pytest.fixture
def previous_out(tmp_path):
    """A previous build's folder (small: what matters is that not one byte of it changes)."""
    from policykg.corpus.build import write_outputs
    from policykg.corpus.marker import write_marker
    out = tmp_path / "out"
    write_outputs(_tiny_result(), str(out))
    (out / "texts").mkdir()
    (out / "texts" / "previous.txt").write_text("各位代表：……\n", encoding="utf-8")
    write_marker(out)  # as a build that wrote texts/ would have
    return out, snapshot(out)


def test_a_swallowed_signal_does_not_swap_the_new_output_in(previous_out, tmp_path, monkeypatch):
    """A signal the handler recorded but whose KeyboardInterrupt the interpreter swallowed (raised inside a
    __del__ or a callback) let a build run on and replace the previous output, then end "interrupted" (CI's
    sigint-early case from a fresh checkout). The output is now not swapped in."""
    import policykg.cli_main as cli_main
    from policykg.corpus.build import write_outputs
    out, before = previous_out
    monkeypatch.setattr(cli_main, "_SIGNALLED", [signal.SIGINT])
    monkeypatch.setattr(cli_main, "_RUNNING", [True])
    with pytest.raises(KeyboardInterrupt):
        write_outputs(_tiny_result(), str(out))
    assert snapshot(out) == before
    assert strays(tmp_path) == []


def test_a_signal_recorded_after_a_command_ended_does_not_stop_a_later_write(previous_out, monkeypatch):
    """In one process (a test's) the handlers outlive a command: a signal they record then is no news for a
    write that runs outside any command."""
    import policykg.cli_main as cli_main
    from policykg.corpus.build import write_outputs
    out, _ = previous_out
    monkeypatch.setattr(cli_main, "_SIGNALLED", [signal.SIGINT])
    monkeypatch.setattr(cli_main, "_RUNNING", [])
    write_outputs(_tiny_result(), str(out))
    assert (out / "graph.ttl").is_file()


@pytest.mark.parametrize("failure", [RuntimeError("disk on fire"), KeyboardInterrupt()])
def test_write_error_leaves_previous_out(previous_out, monkeypatch, failure):
    import policykg.emit.serialise as serialise
    from policykg.corpus.build import write_outputs

    out, before = previous_out
    real, calls = serialise.turtle, []

    def turtle(graph):
        calls.append(1)
        if len(calls) == 3:  # some files are already written in the temporary folder
            raise failure
        return real(graph)
    monkeypatch.setattr(serialise, "turtle", turtle)
    with pytest.raises(type(failure)):
        write_outputs(_tiny_result(), str(out))
    monkeypatch.setattr(serialise, "turtle", real)
    assert len(calls) == 3 and snapshot(out) == before
    assert strays(out.parent) == []


def test_failed_swap_puts_previous_out_back(previous_out, monkeypatch):
    import policykg.corpus.build as build
    import policykg.corpus.outdir as outdir

    out, before = previous_out
    real, calls = os.rename, []

    def rename(a, b):
        calls.append((a, b))
        if len(calls) == 2:  # the rename of the new folder into place
            raise OSError(28, "No space left on device")
        return real(a, b)
    monkeypatch.setattr(outdir.os, "rename", rename)
    from policykg.errors import UsageError
    with pytest.raises(UsageError, match=r"cannot write the output \(No space left on device\); previous output"):
        build.write_outputs(_tiny_result(), str(out))
    monkeypatch.setattr(outdir.os, "rename", real)
    assert len(calls) == 3 and snapshot(out) == before
    assert strays(out.parent) == []


def test_swap_replaces_whole_folder_and_keeps_mode(previous_out):
    from policykg.corpus.build import write_outputs
    from policykg.corpus.marker import write_marker
    out, _ = previous_out
    (out / "graph.nq").write_text("from an older (streaming) build")
    write_marker(out)  # a file the previous build wrote and this one does not
    mode = out.stat().st_mode & 0o777
    write_outputs(_tiny_result(), str(out))
    assert not (out / "graph.nq").exists()
    assert (out / "graph.ttl").read_text(encoding="utf-8").count("\nid:x\n") == 1
    assert out.stat().st_mode & 0o777 == mode
    assert strays(out.parent) == []


def test_fresh_out_is_not_private(tmp_path):
    from policykg.corpus.build import write_outputs
    write_outputs(_tiny_result(), str(tmp_path / "out"))
    mask = os.umask(0)
    os.umask(mask)
    assert (tmp_path / "out").stat().st_mode & 0o777 == 0o777 & ~mask


def test_stale_temp_folders_of_dead_builds_are_removed(tmp_path):
    from policykg.corpus.build import write_outputs
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    from policykg.corpus.temporaries import make_folder
    make_folder(tmp_path, f".out.tmp-{dead.pid}-")   # as the dead build made them
    make_folder(tmp_path, f".out.old-{dead.pid}-")
    (tmp_path / f".out.tmp-{os.getppid()}-live").mkdir()  # a live process: left alone
    write_outputs(_tiny_result(), str(tmp_path / "out"))
    assert strays(tmp_path) == [f".out.tmp-{os.getppid()}-live"]


def test_out_that_is_a_file_is_refused(tmp_path):
    from policykg.corpus.build import write_outputs
    from policykg.errors import UsageError
    f = tmp_path / "out"
    f.write_text("not a folder")
    with pytest.raises(UsageError, match="not a folder"):
        write_outputs(_tiny_result(), str(f))
    assert f.read_text() == "not a folder"


def test_error_after_processing_leaves_previous_out(tmp_path, previous_out):
    """The same report twice (under two names) is found only after processing: exit 2, nothing written."""
    out, before = previous_out
    copy = tmp_path / "copy-of-seed.txt"
    shutil.copy(SEED, copy)
    r = run_cli("build", SEED, copy, "--out", out, timeout=600)
    assert r.returncode == 2
    assert r.stdout == ""
    assert re.fullmatch(r"policykg: [^\n]*: the same report \(jinghaiqu-2021\) as [^\n]*\n", r.stderr)
    assert "copy-of-seed.txt" in r.stderr and "jinghai-2021.txt" in r.stderr
    assert snapshot(out) == before
    assert strays(tmp_path) == []


def _signal_build(tmp_path, out, sig, when, reports, jobs=1):
    proc = subprocess.Popen([sys.executable, "-m", "policykg.cli", "build", *map(str, reports), "--out", str(out),
                             "--jobs", str(jobs)], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    try:
        if when == "writing":  # the temporary folder exists: the build is writing its files
            deadline = time.monotonic() + 600
            while not list(tmp_path.glob(".out.tmp-*")) and proc.poll() is None and time.monotonic() < deadline:
                time.sleep(0.005)
        else:
            time.sleep(when)
        running = proc.poll() is None
        if running:
            proc.send_signal(sig)
        stdout, stderr = proc.communicate(timeout=600)
    finally:
        if proc.poll() is None:
            proc.kill()
    if not running:
        pytest.skip("the build finished before the signal could be sent")
    return proc.returncode, stdout, stderr


@pytest.mark.parametrize("sig, when, jobs", [
    (signal.SIGINT, 1.5, 1),        # importing / reading
    (signal.SIGTERM, 2.5, 1),       # structure, extraction, validation
    (signal.SIGINT, 2.5, 2),        # with worker processes
    (signal.SIGTERM, "writing", 1),  # while the output files are being written
], ids=["sigint-early", "sigterm-mid", "sigint-jobs2", "sigterm-writing"])
def test_signal_leaves_previous_out(tmp_path, previous_out, sig, when, jobs):
    out, before = previous_out
    # enough reports that the build is still running when the signal comes (it got faster: with eight
    # reports and two workers a signal at 2.5 s could land after the output was swapped in)
    provincial = sorted((ROOT / "data" / "corpus" / "provincial-2026").glob("*.txt"))[:8]
    reports = [GBK_REPORT] if when == "writing" else [SEED, *sorted(GBK_REPORT.parent.glob("hailaer-*.txt")),
                                                      *provincial]
    code, stdout, stderr = _signal_build(tmp_path, out, sig, when, reports, jobs)
    assert code != 0
    assert stdout == ""
    assert re.fullmatch(r"policykg: interrupted[^\n]*\n", stderr), stderr
    assert snapshot(out) == before
    assert strays(tmp_path) == []
