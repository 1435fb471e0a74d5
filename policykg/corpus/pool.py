"""Running the per-report work of a build in worker processes (largest reports first), with a progress bar."""
from __future__ import annotations

import os
import sys


def default_jobs() -> int:
    """Processes a build uses unless told otherwise: the CPUs this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def progress_bar(total: int, enabled: bool, what: str = "reports"):
    """A tqdm bar on stderr, or a no-op stand-in when disabled."""
    if enabled:
        from tqdm import tqdm
        return tqdm(total=total, unit=" " + what, file=sys.stderr, dynamic_ncols=True, leave=False)

    class _Null:
        def update(self, n=1):
            pass

        def close(self):
            pass

    return _Null()


def largest_first(paths) -> list[int]:
    """Indices of paths, biggest file first: the long reports start early, so workers finish together."""
    def size(p):
        try:
            return os.path.getsize(p)
        except (OSError, TypeError):  # the streaming build's second phase passes slugs, not paths
            return 0
    return sorted(range(len(paths)), key=lambda i: (-size(paths[i]), i))


def _pool(jobs: int):
    """A ProcessPoolExecutor of `jobs` workers, forked by a forkserver (spawned where there is none or where
    TMPDIR is too long for its socket), each ending with this process."""
    import multiprocessing as mp
    import threading
    from concurrent.futures import ProcessPoolExecutor

    # not fork: a child forked from a process that has started threads can hang on a lock one of
    # those threads held. forkserver forks from a clean single-threaded server; spawn where that is
    # missing.
    from .lifeline import die_with_parent

    methods = mp.get_all_start_methods()
    ctx = mp.get_context("forkserver" if "forkserver" in methods else "spawn")
    # the forkserver and the workers die with us, even on SIGKILL (lifeline); the kernel ties the
    # forkserver to the thread that starts it, so only when that is the main thread
    if "forkserver" in methods and threading.current_thread() is threading.main_thread():
        ctx.set_forkserver_preload(["__main__", "policykg.corpus.lifeline_forkserver"])
    _quiet_tracker()
    from .pool_mp import own_folder
    with _starting_held():
        if not own_folder(lambda: _results_folder(_MP)):
            ctx = mp.get_context("spawn")     # a TMPDIR too long for the forkserver's socket: no socket
    return ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=die_with_parent)


def _quiet_tracker() -> None:
    """Start multiprocessing's resource tracker with its 'leaked semaphore objects' warning off: after a
    kill -9 of policykg it unlinks the pool's semaphores, as it should, then printed that on the terminal."""
    import sys
    from multiprocessing import resource_tracker

    quiet = "ignore:resource_tracker:UserWarning"   # -W, which the tracker's command line takes from warnoptions
    sys.warnoptions.append(quiet)
    # SIGHUP blocked in the tracker it starts (the tracker unblocks only SIGINT and SIGTERM, which it
    # ignores): a hangup of the process group killed it, and its relaunch printed KeyError tracebacks
    try:
        with _starting_held():
            resource_tracker.ensure_running()
    finally:
        sys.warnoptions.remove(quiet)


def _starting_held():
    """SIGHUP and SIGINT held (held_signals) around making the results folder and starting processes.
    Those started in it (the resource tracker, the forkserver, the workers) inherit the mask, so a hangup
    of the process group cannot kill one before it sets SIGHUP ignored (die_with_parent; under load that
    took over a second), nor a Ctrl-C one before it ends quietly on SIGINT (lifeline_forkserver): the
    forkserver, interrupted while it imported its preload, printed a KeyboardInterrupt traceback. The
    parent acts on a signal that came meanwhile after the block."""
    import signal

    from .held_signals import signals_held
    return signals_held((signal.SIGHUP, signal.SIGINT))


def run_parallel(fn, args: list[tuple], jobs: int, bar) -> list:
    """fn(*a) for every a in args, in processes when jobs > 1; results in the order of args. jobs is capped
    at the CPUs and the items: --jobs 10000 on a folder of reports started one process per report."""
    jobs = min(jobs, len(args), default_jobs())
    if jobs <= 1 or len(args) <= 1:
        return _one_by_one(fn, args, bar)
    import shutil
    from concurrent.futures import as_completed

    out: list = [None] * len(args)
    with _starting_held():   # a Ctrl-C between making the folder and locking it left one no run removes
        folder, lock = _results_folder()
    try:
        try:
            pool = _pool(jobs)
        except OSError as exc:
            if exc.filename is not None:   # a file of ours (a full TMPDIR): said as it is
                raise
            sys.stderr.write(f"policykg: --jobs: no named semaphores for a process pool ({exc.strerror or exc}; "
                             "/dev/shm missing, read-only or full?): the reports are read in this process\n")
            return _one_by_one(fn, args, bar)
        with pool:
            try:
                with _starting_held():   # a signal held here is raised as the block ends: inside the try
                    futures = {pool.submit(_result_by_file, folder, i, fn, *args[i]): i
                               for i in largest_first([a[0] for a in args])}
                for f in as_completed(futures):
                    out[futures[f]] = _read_result(f.result())
                    bar.update()
            except BaseException:
                # the items not started are dropped, whatever ended the wait: a report's error (it comes
                # back as a result) or an interrupt of this process alone (`kill PID`) made the pool's
                # shutdown run every queued report first
                pool.shutdown(wait=True, cancel_futures=True)
                raise
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        os.close(lock)
    return out


def _one_by_one(fn, args: list[tuple], bar) -> list:
    """fn(*a) for every a in args, in this process."""
    out: list = []
    for a in args:
        out.append(fn(*a))
        bar.update()
    return out


_RESULTS = "policykg-results-"   # the start of a results folder's name in the temporary folder
_MP = "policykg-mp-"             # and of multiprocessing's own folder (pool_mp), swept alike
_LOCK = ".held"                  # in a results folder: locked (flock) by the run that made it while it runs
_HELD_BY = b"policykg pid "      # how .held starts once its run holds the lock: only such folders are swept


def _results_folder(prefix: str = _RESULTS) -> tuple[str, int]:
    """A new folder in the temporary folder for the workers' result files, and the descriptor that holds
    its lock while this run lives. Folders of runs killed with SIGKILL are removed first: a new name each
    run, they stayed for good, with the results in them."""
    import fcntl
    import tempfile

    _remove_abandoned(tempfile.gettempdir())
    folder, lock = tempfile.mkdtemp(prefix=prefix), -1
    try:
        lock = os.open(os.path.join(folder, _LOCK), os.O_CREAT | os.O_EXCL | os.O_RDWR | os.O_CLOEXEC, 0o600)
        try:
            fcntl.flock(lock, fcntl.LOCK_EX)
        except OSError:   # a file system without locks: .held stays empty, so no run takes it for abandoned
            return folder, lock
        os.write(lock, _HELD_BY + f"{os.getpid()}\n".encode())   # written once locked: see _remove_abandoned
    except BaseException as exc:
        import shutil
        shutil.rmtree(folder, ignore_errors=True)
        if lock >= 0:
            os.close(lock)
        if isinstance(exc, OSError) and not exc.filename:   # a full TMPDIR: say where
            raise OSError(exc.errno, exc.strerror, os.path.join(folder, _LOCK)) from None
        raise
    return folder, lock


def _remove_abandoned(tmp: str) -> None:
    """Remove the results folders in tmp that this user's runs made (a lock file in it) and no live run
    holds (the kernel drops a lock when its process dies). A folder without that file, a link, or one whose
    file does not start as a run writes it once locked (empty: a run between making and locking it) is left
    alone: not ours, or one being made."""
    import fcntl
    import shutil
    import stat

    try:
        names = [n for n in os.listdir(tmp) if n.startswith((_RESULTS, _MP))]
    except OSError:
        return
    for name in names:
        folder = os.path.join(tmp, name)
        try:
            fd = os.open(os.path.join(folder, _LOCK), os.O_RDWR | os.O_NOFOLLOW | os.O_CLOEXEC)
        except OSError:
            continue
        try:
            st = os.lstat(folder)
            if stat.S_ISDIR(st.st_mode) and os.fstat(fd).st_uid == st.st_uid == os.geteuid():
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                if os.read(fd, 64).startswith(_HELD_BY):   # written by a run, once it held the lock
                    if name.startswith(_MP):
                        from .pool_mp import unlink_noted
                        unlink_noted(folder)
                    shutil.rmtree(folder, ignore_errors=True)
        except OSError:   # held: a live run's
            pass
        finally:
            os.close(fd)


def _result_by_file(folder: str, i: int, fn, *a) -> str:
    """Worker: fn(*a) pickled into a file of folder; only its short path goes back through the pool's pipe.

    Why: a worker ended mid-message (Ctrl-C reaches it too; the kernel's OOM killer) left the pipe with part
    of a multi-megabyte result, and the pool's manager thread waited for the rest for ever (the parent holds
    the pipe's write end too): `build --jobs 2` hung on Ctrl-C. A message under PIPE_BUF is written whole."""
    import pickle

    import multiprocessing

    from .. import regex_cache
    in_worker = multiprocessing.parent_process() is not None   # not a caller's thread (a test's pool)
    try:
        with regex_cache.kept(in_worker):   # a worker's patterns built from the cache, as its parent's
            value = (True, fn(*a), "")
    except Exception as exc:   # noqa: BLE001 — it goes back to the parent, raised there
        import traceback
        value = (False, _portable(exc), "".join(traceback.format_exception(exc)))
    path = os.path.join(folder, str(i))
    try:
        with open(path + ".part", "wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
    except OSError as exc:   # a full TMPDIR: the file's name, or the build said it could not write its output
        raise OSError(exc.errno, exc.strerror, exc.filename or path + ".part") from None
    os.replace(path + ".part", path)
    return path


def _portable(exc: Exception) -> Exception:
    """exc when it comes out of pickle as it went in; else a RuntimeError with its class name and message: an
    error that cannot be pickled, or made again from its pickle (an __init__ wanting other arguments),
    ended the run in pickle's own TypeError, the worker's message lost."""
    import pickle
    try:
        pickle.loads(pickle.dumps(exc, protocol=pickle.HIGHEST_PROTOCOL))
        return exc
    except Exception:   # noqa: BLE001 — any failure of the round trip
        return RuntimeError(f"{type(exc).__name__}: {exc}")


class WorkerTraceback(Exception):
    """The traceback of an error raised in a worker, as text: the cause of that error when the parent
    raises it (POLICYKG_DEBUG=1 shows where in the worker it happened, as the pool's pipe did)."""

    def __str__(self) -> str:
        return "\n" + self.args[0]


def _read_result(path: str):
    """The value _result_by_file left at path (the file removed), or the exception it caught, raised."""
    import pickle
    with open(path, "rb") as fh:
        ok, value, worker_traceback = pickle.load(fh)
    os.unlink(path)
    if not ok:
        raise value from WorkerTraceback(worker_traceback)
    return value


def per_path(overrides, n: int) -> list:
    """overrides: one dict for every report, or a list of dicts, one per path (benchmarks replicate
    reports under distinct IRIs with report_id)."""
    if isinstance(overrides, (list, tuple)):
        if len(overrides) != n:
            raise ValueError("one overrides dict per path")
        return list(overrides)
    return [overrides] * n
