"""cli_main.end_process: a build run as the process's entry point ends without the interpreter's teardown
(freeing its graphs one object at a time), with its whole output flushed, its exit code and its lock
released; other commands, and callers in the same process, end as before."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from cli_helpers import ROOT, SEED

# an exit handler registered before the command runs last: it shows whether the teardown ran
ENTRY = ("import atexit, sys\n"
         "atexit.register(lambda: sys.stderr.write('TEARDOWN\\n'))\n"
         "sys.argv = ['policykg', *sys.argv[1:]]\n"
         "from policykg.cli import main\n"
         "from policykg.cli_main import run_as_process\n"
         "run_as_process(main)\n")


def _entry(*args):
    env = {k: v for k, v in os.environ.items() if k != "POLICYKG_DEBUG"}
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.run([sys.executable, "-c", ENTRY, *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=300)


def test_a_build_ends_without_teardown_and_with_its_whole_output(tmp_path):
    out = tmp_path / "out"
    r = _entry("build", SEED, "--out", out)
    assert r.returncode == 0, r.stderr
    assert "TEARDOWN" not in r.stderr
    assert r.stdout.startswith("built 1 report(s) into ") and r.stdout.endswith("SHACL: conforms\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]          # no lock file, no staging folder
    assert (out / "graph.ttl").read_text(encoding="utf-8").startswith("PREFIX ")


def test_other_commands_and_failed_builds_end_as_before(tmp_path):
    r = _entry("--version")
    assert r.returncode == 0 and "TEARDOWN" in r.stderr
    r = _entry("build", tmp_path / "missing.txt", "--out", tmp_path / "out")
    assert r.returncode == 2 and r.stderr.endswith("TEARDOWN\n")


@pytest.mark.unit
def test_in_the_same_process_end_process_returns(monkeypatch):
    """A test (or any caller) that runs the command line in its own process is never ended by it."""
    import policykg.cli_main as cm

    monkeypatch.setattr(cm, "_TEARDOWN_SKIPPABLE", False)
    assert cm.end_process(0) is None
    monkeypatch.setattr(cm, "_TEARDOWN_SKIPPABLE", True)
    monkeypatch.setitem(sys.modules, "multiprocessing", sys.modules.get("multiprocessing") or object())
    assert cm.end_process(0) is None            # workers may have run: their exit handlers must
    monkeypatch.delitem(sys.modules, "multiprocessing")
    assert cm.end_process("a message") is None  # SystemExit with a text: Python prints it
