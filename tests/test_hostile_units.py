"""Hostile use, unit part: how the CLI ends when a signal comes after the work is done."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_LATE_SIGNAL = '''
import atexit, os, signal, sys, time, click
from policykg.cli_main import run

@click.group()
def g():
    pass

@g.command()
def done():
    click.echo("written")
    atexit.register(lambda: (os.kill(os.getpid(), signal.SIG), time.sleep(0.3)))

sys.argv = ["policykg", "done"]
run(g)
'''


def test_a_signal_during_shutdown_after_a_complete_output_is_ignored():
    """Ctrl-C or SIGTERM while the interpreter tears down (the output written, its line printed) used to
    end the process with 130 and no line, or print a traceback from the exit handlers."""
    for sig in ("SIGINT", "SIGTERM"):
        r = subprocess.run([sys.executable, "-c", _LATE_SIGNAL.replace("signal.SIG)", f"signal.{sig})")],
                           capture_output=True, text=True, cwd=ROOT, timeout=60)
        assert (r.returncode, r.stdout, r.stderr) == (0, "written\n", ""), (sig, r.returncode, r.stderr)
