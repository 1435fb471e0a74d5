"""Standard output that cannot be written: /dev/full is named in one line (exit 2), a closed pipe ends
quietly as `| head` expects; what a verb wrote elsewhere (its --out) stays written."""
from __future__ import annotations

import errno
import os
import subprocess
import sys

import pytest

from conftest import ROOT, SEED
from policykg.stdout import StdoutError, echo, guard, write_bytes

GRAPH = ROOT / "tests" / "fixtures" / "park-chain.ttl"
FULL = "policykg: cannot write to standard output (No space left on device)"


def _run(stdout, *args) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "POLICYKG_DEBUG"}
    return subprocess.run([sys.executable, "-m", "policykg.cli", *map(str, args)], stdout=stdout,
                          stderr=subprocess.PIPE, text=True, env=env, timeout=300, cwd=ROOT)


def on_full(*args) -> subprocess.CompletedProcess:
    with open("/dev/full", "w") as full:
        return _run(full, *args)


def on_closed_pipe(*args) -> subprocess.CompletedProcess:
    """The reader end is closed before the command starts: every write to stdout fails with EPIPE."""
    read, write = os.pipe()
    os.close(read)
    try:
        return _run(write, *args)
    finally:
        os.close(write)


needs_full = pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
PRINTING = {
    "table": ["table", "targets", "--graph", GRAPH],
    "query": ["query", "cq-01-park-project-target", "--graph", GRAPH, "--format", "json"],
    "help": ["build", "--help"],
    "query help": ["query", "--help"],   # its own command class, with the competency questions
}


@needs_full
@pytest.mark.parametrize("verb", sorted(PRINTING))
def test_a_full_stdout_is_named(verb):
    r = on_full(*PRINTING[verb])
    assert (r.returncode, r.stderr) == (2, FULL + "\n")


@pytest.mark.parametrize("verb", sorted(PRINTING))
def test_a_closed_pipe_ends_quietly(verb):
    r = on_closed_pipe(*PRINTING[verb])
    assert (r.returncode, r.stderr) == (0, "")


@needs_full
def test_build_names_stdout_and_says_its_output_was_written(tmp_path):
    """Build with stdout on /dev/full said 'cannot write the output: No space left on device' though the
    output folder was written whole: the user went looking at the disk of --out."""
    out = tmp_path / "out"
    r = on_full("build", SEED, "--out", out)
    assert r.returncode == 2
    assert r.stderr == f"{FULL}; the output was written to {os.path.realpath(out)}\n"
    assert (out / "graph.ttl").stat().st_size > 0


def test_build_into_a_closed_pipe_ends_quietly_with_its_output(tmp_path):
    out = tmp_path / "out"
    r = on_closed_pipe("build", SEED, "--out", out)
    assert (r.returncode, r.stderr) == (0, "")
    assert (out / "graph.ttl").stat().st_size > 0


@pytest.mark.parametrize("on", [pytest.param(on_full, marks=needs_full), on_closed_pipe])
def test_export_writes_its_file_and_nothing_on_stdout(tmp_path, on):
    out = tmp_path / "g.nt"
    r = on("export", "--format", "nt", "--graph", GRAPH, "--out", out)
    assert (r.returncode, r.stderr) == (0, "")
    assert out.read_text(encoding="utf-8").count(" .\n") > 10


def test_a_closed_stdout_is_named_rather_than_dropped():
    """Started with stdout closed (>&-), Python has no sys.stdout and click.echo printed nothing, exit 0."""
    r = subprocess.run([sys.executable, "-m", "policykg.cli", "query", "cq-01-park-project-target", "--graph",
                        str(GRAPH)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                       timeout=300, preexec_fn=lambda: os.close(1))
    assert (r.returncode, r.stderr) == (2, "policykg: cannot write to standard output (it is closed)\n")


def test_guard_tells_a_closed_pipe_from_another_failure():
    with pytest.raises(StdoutError) as full, guard():
        raise OSError(errno.ENOSPC, "No space left on device")
    with pytest.raises(StdoutError) as pipe, guard():
        raise BrokenPipeError(errno.EPIPE, "Broken pipe")
    assert (full.value.reason, full.value.closed) == ("No space left on device", False)
    assert (pipe.value.reason, pipe.value.closed) == ("Broken pipe", True)


def test_guard_lets_other_errors_through():
    with pytest.raises(ValueError), guard():
        raise ValueError("not a write")


def test_echo_and_write_bytes_keep_their_order(capfdbinary):
    echo("one")
    write_bytes(b"two\n")
    echo("three", nl=False)
    assert capfdbinary.readouterr().out == b"one\ntwo\nthree"
