"""held_signals serves outdir's swap and the pool's start of processes alike (tidy26): a signal held is acted on
after the block, an ignored one stays ignored for the processes started in it, and the mask is put back
as it was even when the block changed it (multiprocessing's resource tracker unblocks SIGINT itself)."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time

import pytest

from policykg.corpus.held_signals import hold_signals, release_signals, signals_held

pytestmark = pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="needs signal masks")


def test_a_sigint_to_another_thread_waits_for_the_end_of_the_pools_block():
    """The pool's block (SIGHUP and SIGINT) held SIGINT by the mask alone: one a progress bar's thread took
    still raised KeyboardInterrupt in the main thread inside it, between making the results folder and
    locking it."""
    go, sent = threading.Event(), threading.Event()

    def sender():   # started before the block, so its own mask lets the signal in
        go.wait(60)
        os.kill(os.getpid(), signal.SIGINT)
        sent.set()
    thread = threading.Thread(target=sender)
    thread.start()
    done_inside = False
    with pytest.raises(KeyboardInterrupt):
        with signals_held((signal.SIGHUP, signal.SIGINT)):
            go.set()
            assert sent.wait(60), "the other thread did not send SIGINT"
            thread.join(60)
            for _ in range(200):   # bytecode boundaries where a handler could run
                time.sleep(0.001)
            done_inside = True
    assert done_inside


def test_an_ignored_signal_stays_ignored_inside_the_block():
    """A process started in the block inherits an ignored signal ignored (nohup, a background job's Ctrl-C);
    a handler swapped in would reach it at its default after exec."""
    before = signal.signal(signal.SIGHUP, signal.SIG_IGN)
    try:
        with signals_held((signal.SIGHUP, signal.SIGINT)):
            assert signal.getsignal(signal.SIGHUP) == signal.SIG_IGN
            code = "import signal; print(signal.getsignal(signal.SIGHUP) == signal.SIG_IGN)"
            out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60).stdout
            assert out.strip() == "True"
        assert signal.getsignal(signal.SIGHUP) == signal.SIG_IGN
    finally:
        signal.signal(signal.SIGHUP, before)


def test_the_mask_is_put_back_as_it_was_whatever_the_block_did():
    """The resource tracker's start unblocks SIGINT and SIGTERM inside the pool's block; an outer hold
    (outdir's) must find them blocked again after it."""
    outer = hold_signals()
    try:
        with signals_held((signal.SIGHUP, signal.SIGINT)):
            signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT, signal.SIGTERM})
        blocked = signal.pthread_sigmask(signal.SIG_BLOCK, set())
        assert {signal.SIGINT, signal.SIGTERM} <= blocked and signal.SIGHUP not in blocked
    finally:
        release_signals(outer)
    assert not {signal.SIGINT, signal.SIGTERM, signal.SIGHUP} & signal.pthread_sigmask(signal.SIG_BLOCK, set())


def test_ignore_interrupts_leaves_a_second_ctrl_c_without_effect():
    """The entry point and the command's end share one helper: after it, SIGINT, SIGTERM and SIGHUP do nothing."""
    code = ("import os, signal; from policykg.corpus.held_signals import ignore_interrupts; ignore_interrupts(); "
            "[os.kill(os.getpid(), s) for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)]; print('alive')")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                       cwd=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    assert (r.returncode, r.stdout, r.stderr) == (0, "alive\n", "")
