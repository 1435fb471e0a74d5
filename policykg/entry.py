"""The `policykg` command (and ``python -m policykg``): the command line imported under a guard.

Importing the command line (click, rdflib's pieces, the verbs) takes a few tenths of a second, before
cli_main installs its signal handlers; a Ctrl-C or SIGTERM then ended in a KeyboardInterrupt traceback
through importlib. Here it ends as any interrupt does: one line, exit 130, nothing written.
"""
from __future__ import annotations

import signal
import sys

from .corpus.held_signals import forget_caught_interrupts, ignore_interrupts   # light: the standard library only


def _interrupted(signum, frame):
    raise KeyboardInterrupt


def main() -> None:
    for sig in (signal.SIGTERM, signal.SIGHUP):
        if signal.getsignal(sig) == signal.SIG_DFL:   # one the caller ignores (nohup) stays ignored
            signal.signal(sig, _interrupted)
    try:
        from .cli import main as run_cli
        from .cli_main import run_as_process
    except KeyboardInterrupt:
        ignore_interrupts()   # a second one must not undo the line
        sys.stderr.write("policykg: interrupted before it started; nothing written\n")
        forget_caught_interrupts()
        sys.exit(130)
    run_as_process(run_cli)
