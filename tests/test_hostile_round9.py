"""Hostile use, round 9: lock files a user made, a lock turning from exclusive to shared, big inputs for
the span passes and `impact`, and the further cases found by attacking every verb again.

The CLI runs as a real subprocess where the case is about the command line; what must survive is
compared byte for byte.
"""
from __future__ import annotations

import os
import select
import subprocess
import sys
import threading

import pytest

from cli_helpers import ROOT, SEED, one_line, run_cli, tree


@pytest.mark.unit
@pytest.mark.parametrize("content", [b"", b"1234\n", b"policykg lock pid 12x\n"])
def test_a_users_file_named_like_the_out_lock_is_refused_and_kept(tmp_path, content):
    """An empty file (or a bare pid) under the lock's name was taken for a lock of ours, written into and
    removed at the end; only a file holding our tag is ours."""
    lock = tmp_path / ".out.lock"
    lock.write_bytes(content)
    before = tree(tmp_path)
    r = run_cli("build", SEED, "--out", tmp_path / "out", "--quiet", timeout=120)
    one_line(r, 2, r"--out \S+out: \S*\.out\.lock beside it is no policykg lock")
    assert tree(tmp_path) == before


@pytest.mark.unit
def test_a_users_empty_file_named_like_the_store_lock_is_refused_and_kept(tmp_path):
    from policykg.errors import UsageError
    from policykg.use.serve_store import _lock_path, lock_store

    store = tmp_path / "st"
    store.mkdir()
    lock = _lock_path(store)
    lock.write_bytes(b"")
    with pytest.raises(UsageError, match="no policykg lock"):
        lock_store(store, str(store), exclusive=True)
    assert lock.read_bytes() == b"" and sorted(p.name for p in tmp_path.iterdir()) == [lock.name, "st"]


@pytest.mark.unit
def test_a_lock_file_replaced_by_the_user_while_held_is_not_removed(tmp_path):
    """The holder removed whatever bore the lock's name at the end, even a file put there meanwhile."""
    from policykg.corpus.outlock import claim, lock_path, release

    out = tmp_path / "out"
    claim(out, "out")
    lock = lock_path(out)
    assert lock.read_bytes() == b"policykg lock pid %d\n" % os.getpid()
    lock.unlink()
    lock.write_text("mine\n")
    release(out)
    assert lock.read_text() == "mine\n"


_WAITER = """
import os, sys
from policykg.use.serve_store import _set_lock
import fcntl
fd = os.open(sys.argv[1], os.O_RDWR)
print("waiting", flush=True)
_set_lock(fd, fcntl.F_WRLCK, wait=True)
print("got", flush=True)
"""


@pytest.mark.unit
def test_a_store_turning_from_filled_to_served_lets_no_rebuild_in_between(tmp_path):
    """flock turns an exclusive lock into a shared one by dropping it first (the kernel lets waiters run
    in between): a rebuild waiting for the store's lock could get it then and swap its store in under
    the server that had just filled it. Any unlock-then-lock conversion fails this test."""
    from policykg.use.serve_store import _lock_path, lock_store, share_lock, unlock_store

    store = tmp_path / "st"
    store.mkdir()
    fd = lock_store(store, "st", exclusive=True)
    waiter = subprocess.Popen([sys.executable, "-c", _WAITER, str(_lock_path(store))], cwd=ROOT,
                              stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        assert waiter.stdout.readline().strip() == "waiting"
        select.select([], [], [], 0.3)  # the waiter is blocked on the lock now
        done = threading.Thread(target=share_lock, args=(fd,), daemon=True)
        done.start()
        done.join(5)
        assert not done.is_alive(), "share_lock blocked: the waiter took the lock in between"
        ready, _, _ = select.select([waiter.stdout], [], [], 0.5)
        assert not ready, "a rebuild got the lock while the store was being served"
        unlock_store(store, fd)
        ready, _, _ = select.select([waiter.stdout], [], [], 5)
        assert ready and waiter.stdout.readline().strip() == "got"
    finally:
        waiter.kill()
        waiter.wait()
