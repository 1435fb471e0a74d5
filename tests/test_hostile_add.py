"""Hostile tests of `policykg add`: a built out/ that was edited, damaged or crafted is refused in one line
(exit 2) and left as it was, nothing is written outside it, and odd but valid calls still give the files
of a full build."""
from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cli_helpers import ROOT, one_line, run_cli
from reliability_helpers import resummed, snapshot
from test_add import A, B, C, same_files


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("base") / "out"
    r = run_cli("build", A, B, "--out", out, "--quiet", "--jobs", "1")
    assert r.returncode == 0, r.stderr
    return out


@pytest.fixture(scope="module")
def full(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("full") / "out"
    r = run_cli("build", A, B, C, "--out", out, "--quiet", "--jobs", "1")
    assert r.returncode == 0, r.stderr
    return out


def copy(base: Path, where: Path) -> Path:
    out = where / "out"
    shutil.copytree(base, out)
    return out


def edit_summary(out: Path, edit) -> None:
    path = out / "summary.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(edit(lines)), encoding="utf-8")


@pytest.mark.parametrize("edit", [lambda ls: ls[:2], lambda ls: ls[:1], lambda ls: []],
                         ids=["row-deleted", "header-only", "emptied"])
def test_a_report_summary_csv_lost_is_not_dropped_without_a_word(tmp_path, base, edit):
    """Regression: a report whose row was gone from summary.csv was silently left out of the new output
    (its graph was in graph.trig all along)."""
    out = copy(base, tmp_path)
    edit_summary(out, edit)
    before = snapshot(resummed(out))
    r = run_cli("add", C, "--out", out, "--jobs", "1")
    one_line(r, 2, r"graph\.trig holds the report hailaerqu-201[23], which summary\.csv does not list")
    assert snapshot(out) == before


def test_a_crafted_report_id_cannot_write_outside_the_output(tmp_path, base):
    """Regression: a summary.csv row (and graph) named ../../escaped made add read and write
    shared/../../escaped.nt, outside the output folder."""
    out = copy(base, tmp_path / "deep")
    trig = out / "graph.trig"
    trig.write_text(trig.read_text(encoding="utf-8").replace("id/graph/hailaerqu-2013>", "id/graph/../../escaped>"),
                    encoding="utf-8")
    edit_summary(out, lambda ls: [ln.replace("hailaerqu-2013,", "../../escaped,") for ln in ls])
    planted = tmp_path / "escaped.nt"
    planted.write_bytes((out / "shared" / "hailaerqu-2013.nt").read_bytes() + b"\n")
    before, mtime = snapshot(resummed(out)), planted.stat().st_mtime_ns
    r = run_cli("add", C, "--out", out, "--jobs", "1")
    one_line(r, 2, r"summary\.csv lists '\.\./\.\./escaped', which is not a report id")
    assert snapshot(out) == before
    assert planted.stat().st_mtime_ns == mtime and planted.read_bytes().endswith(b"\n\n")
    assert sorted(p.name for p in (tmp_path / "deep").iterdir()) == ["out"]


def test_a_report_listed_twice_is_named_as_summary_csv(tmp_path, base):
    out = copy(base, tmp_path)
    edit_summary(out, lambda ls: ls + ls[2:])
    resummed(out)
    one_line(run_cli("add", C, "--out", out), 2, r"summary\.csv lists hailaerqu-2013 twice")


@pytest.mark.parametrize("rid", ["shared", "inferred"])
def test_a_report_id_cannot_take_the_name_of_a_graph_the_build_writes(tmp_path, rid):
    """Regression: --report-id shared gave the report the IRI of the shared graph (id/graph/shared),
    two GRAPH blocks of one name in graph.trig."""
    out = tmp_path / "out"
    one_line(run_cli("build", A, "--report-id", rid, "--out", out), 2, rf"--report-id '{rid}': is the name of")
    assert not out.exists()


def test_out_that_is_a_file_is_named_as_a_file(tmp_path):
    f = tmp_path / "out"
    f.write_text("mine\n", encoding="utf-8")
    one_line(run_cli("add", C, "--out", f), 2, r"--out .*out: is a file, not a folder")
    assert f.read_text(encoding="utf-8") == "mine\n"


def _full_pipe() -> tuple[int, int]:
    """A pipe whose buffer is full: a process given its write end as stdout blocks at its first line."""
    read_end, write_end = os.pipe()
    os.set_blocking(write_end, False)
    try:
        while True:
            os.write(write_end, b"x" * 4096)
    except BlockingIOError:
        pass
    os.set_blocking(write_end, True)  # the flag is the pipe's, shared with the child: it must block there
    return read_end, write_end


def _bytes_or_none(path):
    """The file's bytes, or None while the swap has out/ renamed aside (two renames, a moment apart)."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def test_an_interrupt_after_the_swap_does_not_claim_the_old_output_was_kept(tmp_path, base, full):
    """Regression: SIGINT after the new output was in place (while the command was still reporting)
    said 'previous output left as it was'. A full stdout pipe holds add at its first line, right after the
    swap (a POLICYKG_TIMINGS FIFO held it so; a FIFO is now refused, since one no process read blocked for
    good)."""
    out = copy(base, tmp_path)
    env = {k: v for k, v in os.environ.items() if k not in ("POLICYKG_DEBUG", "POLICYKG_TIMINGS")}
    read_end, write_end = _full_pipe()
    p = subprocess.Popen([sys.executable, "-m", "policykg.cli", "add", str(C), "--out", str(out), "--jobs", "1"],
                         cwd=ROOT, env=env, stdout=write_end, stderr=subprocess.PIPE, text=True)
    os.close(write_end)
    try:
        deadline = time.monotonic() + 240
        while _bytes_or_none(out / "void.ttl") != (full / "void.ttl").read_bytes():
            assert p.poll() is None and time.monotonic() < deadline, p.communicate()
            time.sleep(0.05)
        time.sleep(0.5)  # now blocked writing its first line
        assert p.poll() is None
        p.send_signal(signal.SIGINT)
        with os.fdopen(read_end, "rb") as pipe:  # drained, so that its exit can flush
            read_end = None
            pipe.read()
        stderr = p.communicate(timeout=60)[1]
    finally:
        if read_end is not None:
            os.close(read_end)
        if p.poll() is None:
            p.kill()
    assert p.returncode == 130
    assert re.fullmatch(r"policykg: interrupted; the new output was already written to [^\n]*out\n", stderr), stderr
    same_files(out, full)


def test_add_through_a_symlink_and_the_same_report_twice_equal_a_full_build(tmp_path, base, full):
    real = copy(base, tmp_path)
    link = tmp_path / "link"
    link.symlink_to(real, target_is_directory=True)
    r = run_cli("add", C, C, "--out", link, "--quiet", "--jobs", "1")
    assert r.returncode == 0, r.stderr
    assert link.is_symlink()
    same_files(real, full)
