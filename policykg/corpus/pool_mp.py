"""What multiprocessing leaves behind when a `--jobs` run is killed with its process group (kill -9 of the
group, `timeout -s KILL`, a cancelled job), which also kills the resource tracker that would clean up: its
pymp-* folder (the forkserver's socket) in TMPDIR and the pool's named semaphores (/dev/shm/sem.mp-*), five
more of each for good at every kill. The folder is made as a results folder of policykg's (corpus.pool:
locked while this process lives, removed by the next run once its maker is dead), and the name of each
semaphore registered meanwhile is noted in it, for that run to unlink them."""
from __future__ import annotations

import os

SEMAPHORES = "semaphores"   # in the folder: one semaphore name a line


def own_folder(make_folder) -> bool:
    """multiprocessing's temporary folder made by make_folder() -> (folder, lock descriptor), and its
    semaphores noted there; left to multiprocessing where it has a folder already. True when the forkserver's
    socket fits in the folder (AF_UNIX paths end at 107 bytes): under a longer TMPDIR every --jobs run failed
    with "AF_UNIX path too long", pymp-* folder or not (review38), and the pool is then spawned."""
    from multiprocessing import process, resource_tracker, util

    config = process.current_process()._config   # where multiprocessing.util.get_temp_dir keeps it
    if config.get("tempdir") is not None:
        return socket_fits(config["tempdir"])
    folder, lock = make_folder()
    config["tempdir"] = folder
    util.Finalize(None, _drop, args=(folder, lock), exitpriority=-100)   # as get_temp_dir's own
    register = resource_tracker.register

    def noted(name, rtype):   # synchronize.SemLock looks register up in resource_tracker at each call
        if rtype == "semaphore" and config.get("tempdir") == folder:
            try:
                with open(os.path.join(folder, SEMAPHORES), "a", encoding="utf-8") as fh:
                    fh.write(name + "\n")
            except OSError:   # the folder removed (a tmp cleaner): every Lock of the process failed (review38)
                pass
        register(name, rtype)
    resource_tracker.register = noted
    return socket_fits(folder)


def socket_fits(folder: str) -> bool:
    """Does a socket named in folder (+ /listener-XXXXXXXX) fit in an AF_UNIX path?"""
    return len(os.fsencode(folder)) + 18 <= 107


def unlink_noted(folder: str) -> None:
    """Unlink the semaphores a dead run noted in folder (one already gone is passed over)."""
    try:
        with open(os.path.join(folder, SEMAPHORES), encoding="utf-8") as fh:
            names = [n for n in fh.read().split("\n") if n.startswith("/mp-")]
    except (OSError, ValueError):
        return
    from _multiprocessing import sem_unlink
    for name in names:
        try:
            sem_unlink(name)
        except OSError:
            pass


def _drop(folder: str, lock: int) -> None:
    import shutil
    from multiprocessing import process

    shutil.rmtree(folder, ignore_errors=True)
    os.close(lock)
    if process.current_process()._config.get("tempdir") == folder:
        process.current_process()._config["tempdir"] = None
