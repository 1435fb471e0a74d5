"""review41: a second reading of names84–87 and hostile43 (docs/checks/review41.md)."""
from __future__ import annotations

import pytest


@pytest.mark.unit
def test_a_push_lock_planted_by_another_user_refuses_no_push(tmp_path, monkeypatch):
    """Regression: with a shared state folder (XDG_STATE_HOME=/tmp), another user made the store's lock file
    (mode 0666, 'pid 4242' in it) and held its flock: every push of ours was refused, exit 2, "another policykg push
    (pid 4242) is sending graphs to this store now". A lock file that is not only ours is not used."""
    import fcntl
    import os

    from policykg.use.push_lock import lock_path, one_push
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    endpoint = "http://127.0.0.1:18741/store"
    path = lock_path(endpoint)
    os.makedirs(os.path.dirname(path))
    planted = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
    try:
        os.fchmod(planted, 0o666)
        os.write(planted, b"4242")
        fcntl.flock(planted, fcntl.LOCK_EX)
        with one_push(endpoint):
            pass
        assert open(path, "rb").read() == b"4242"   # not written into either
    finally:
        os.close(planted)
