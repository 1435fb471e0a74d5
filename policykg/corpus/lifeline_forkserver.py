"""Imported by the multiprocessing forkserver of a ``--jobs`` build (a preload module): from then on the
forkserver dies with the policykg process that started it (see policykg.corpus.lifeline), and a worker it
forks that fails before it starts says nothing, and one interrupted (Ctrl-C) ends without a word.

Why silent: a worker forked just as the build is interrupted finds the pool's semaphores already removed
and ended in a FileNotFoundError traceback printed after the build's one-line "interrupted" (seen under
load). The forkserver prints such a failure through ``sys.excepthook``; the parent reports a worker that
did not start (a broken pool) in its own words, so the worker's own traceback only repeats it.
POLICYKG_DEBUG keeps it."""
import os
import signal
import sys

from .lifeline import die_with_parent


def _silent(kind, value, tb) -> None:
    """sys.excepthook of the forkserver and the workers it forks: print nothing."""


def _end_quietly(signum, frame) -> None:
    """SIGINT (Ctrl-C reaches the whole process group) in the forkserver or a worker: end at once, as a
    forked worker of the build does; the build reports it. A worker interrupted while it took its first
    task ended in multiprocessing's own 'Process ForkServerProcess-2:' and KeyboardInterrupt traceback."""
    os._exit(128 + signum)


die_with_parent()
# the forkserver keeps this handler for the workers it forks; it was started with SIGINT blocked (pool.py).
# A SIGINT the build's caller ignores (`trap '' INT`), and so the forkserver inherited ignored, stays ignored:
# a Ctrl-C to the process group killed the workers of a build told to ignore it
if signal.getsignal(signal.SIGINT) != signal.SIG_IGN:
    signal.signal(signal.SIGINT, _end_quietly)
if hasattr(signal, "pthread_sigmask"):
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
if os.environ.get("POLICYKG_DEBUG", "").strip().lower() in ("", "0", "false", "no", "off"):
    sys.excepthook = _silent
