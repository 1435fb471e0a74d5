"""Helper processes die with the process that started them, even when it is killed with SIGKILL.

Linux: ``prctl(PR_SET_PDEATHSIG)`` (through ctypes) asks the kernel to send a signal to this process when
its parent goes away. A build with ``--jobs N`` runs a multiprocessing forkserver (a child of policykg)
that forks the workers: the forkserver imports ``policykg.corpus.lifeline_forkserver`` (a preload module), so it
dies with policykg, and each worker calls ``die_with_parent`` (the pool's initializer), so it dies with
the forkserver; the resource tracker then sees its last pipe close and exits by itself. The oxigraph
server of ``policykg serve`` gets the same call before it runs. Elsewhere this is a no-op.
"""
from __future__ import annotations

import os
import signal
import sys

PR_SET_PDEATHSIG = 1


def die_with_parent(sig: int = signal.SIGKILL) -> None:
    """Ask for ``sig`` when the parent process ends; exit at once if it already has. SIGHUP is then
    ignored (and stays ignored across an exec: the oxigraph server of ``serve``): the helper ends with its
    parent, not with a hangup of the process group."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, int(sig), 0, 0, 0)
    except (OSError, AttributeError):  # best effort: no prctl, nothing to do
        return
    if os.getppid() == 1:  # the parent died before the call: adopted by init
        os._exit(128 + int(sig))
    try:  # a hangup (the terminal closed) reaches the whole process group: the helper ends with its parent
        signal.signal(signal.SIGHUP, signal.SIG_IGN)
    except ValueError:  # not the main thread of this process: leave it
        pass
