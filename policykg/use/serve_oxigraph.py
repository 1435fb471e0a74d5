"""`policykg serve --store DIR`: graph files loaded into a persistent oxigraph store (RocksDB) and
served by oxigraph's own read-only server.

Without --store, `serve` answers from memory instead (serve.py). This mode is for a store kept across
runs: oxigraph's server ships a YASGUI query page at `/`, SPARQL at `/query`, and `serve-read-only`
refuses `/update`. This module only finds the binary, fills a store folder with `oxigraph load`, starts
`oxigraph serve-read-only` on a loopback address, waits until it answers, and stops it on Ctrl-C or
SIGTERM. Large answers are slower here than from memory: the server reads each stored string back
from RocksDB (benchmarks/README.md, 1,000 reports: 5–12× for answers of 24,000–50,000 rows).

Query timeout: passed to the server as `--timeout-s`. Measured on oxigraph 0.5.13, it cancels query
evaluation, but it is checked only at some points of evaluation (an aggregate over a huge join ran
~30 s with a 2 s limit) and it does not cut a result that is already streaming (a `SELECT *` over a
cross product streamed for minutes). It protects against slow queries, not against huge answers;
serve only to people you trust with the machine's CPU (which is why the default is loopback only).
A cancelled query is answered with HTTP 200 and a body that stops part-way; `policykg query --endpoint`
reports that as "cancelled after N s".

Federated queries: oxigraph's server evaluates SPARQL `SERVICE <url>` itself, so anyone who can send it
a query can make this machine send HTTP requests to any address it can reach (including other services
on 127.0.0.1). oxigraph has no switch to turn that off; serve only to people you would let do that
(another reason for loopback only). `policykg query` on graph files refuses SERVICE unless asked.

Stores: `--store DIR` keeps the store; what may be rebuilt, the swap and the lock: serve_store.
"""
from __future__ import annotations

import errno
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from ..corpus.temporaries import make_folder
from ..errors import InputError, UsageError, require_file
from .addresses import bind_address, check_port, free_port, is_loopback
from .serve_store import (STORE_MARKER, beside, check_store, discard, is_store, lock_store,  # noqa: F401
                          mark_store, remove_stale, share_lock, swap_store as _swap_store, unlock_store)
from .xmlguard import check_rdfxml

# by extension, the media type oxigraph's loader should use (the CLI guesses some, not .owl or .json)
LOAD_FORMATS = {".ttl": "text/turtle", ".nt": "application/n-triples", ".trig": "application/trig",
                ".nq": "application/n-quads", ".rdf": "application/rdf+xml", ".owl": "application/rdf+xml",
                ".n3": "text/n3", ".jsonld": "application/ld+json", ".json": "application/ld+json"}


def oxigraph_binary() -> str:
    """The `oxigraph` executable of the PyPI package: next to this Python first, then on PATH."""
    here = Path(sys.executable).parent / ("oxigraph.exe" if os.name == "nt" else "oxigraph")
    if here.is_file() and os.access(here, os.X_OK):
        return str(here)
    found = shutil.which("oxigraph")
    if found:
        return found
    raise UsageError("the oxigraph server is not installed (pip install 'oxigraph>=0.4')")


def load_store(folder: Path, graphs, binary: str | None = None) -> None:
    """`oxigraph load` each file into FOLDER: named graphs of TriG/N-Quads kept, triples → default graph."""
    from .loading import check_text, graph_format, skip_bom
    binary = binary or oxigraph_binary()
    for g in graphs:
        fmt = LOAD_FORMATS.get(Path(g).suffix.lower())
        if fmt is None:
            raise InputError(f"{g}: unknown graph format (use .ttl, .nt, .trig, .nq, .rdf or .jsonld)")
        if Path(g).suffix.lower() in (".rdf", ".owl"):
            check_rdfxml(g)
        elif Path(g).suffix.lower() not in (".jsonld", ".json"):
            check_text(str(g), graph_format(str(g)))
        # absolute paths: oxigraph's command line takes a value starting with '-' for an option. A UTF-8
        # byte-order mark is skipped, as the other readers skip it: the rest goes on stdin (unbuffered, so
        # oxigraph reads the descriptor from where we stopped)
        with open(g, "rb", buffering=0) as fh:
            bom = skip_bom(fh, str(g))
            source = [] if bom else ["--file", os.path.abspath(g)]
            done = subprocess.run([binary, "load", "--location", os.path.abspath(folder), "--format", fmt, *source],
                                  stdin=fh if bom else subprocess.DEVNULL, capture_output=True, text=True,
                                  errors="replace")
        if done.returncode < 0:   # killed, the graph not to blame: it said "not loadable into oxigraph"
            raise UsageError(f"{g}: cannot fill the store: {_ended_by(-done.returncode)}; nothing replaced")
        if done.returncode != 0:
            lines = [ln for ln in done.stderr.splitlines() if ln.strip()]
            why = next((ln for ln in lines if "rror" in ln), lines[0] if lines else "oxigraph load failed")
            store_fault = _store_fault(done.stderr)
            if store_fault:   # the store's disk, not the graph: it said "g.trig: not loadable into oxigraph"
                raise UsageError(f"--store {folder}: cannot fill the store ({store_fault}); nothing replaced")
            raise InputError(f"{g}: not loadable into oxigraph: {why.strip()}")


def _store_fault(stderr: str) -> str | None:
    """The system's words for a store file that could not be written (a full disk, a quota, a read-only or
    unwritable folder) when oxigraph load's error says so, else None."""
    faults = (errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES, errno.EFBIG, errno.EIO)
    return next((os.strerror(e) for e in faults if os.strerror(e) in stderr), None)


def _ended_by(sig: int) -> str:
    if sig == signal.SIGXFSZ:
        return "a store file passed the file size limit (ulimit -f)"
    return f"oxigraph load was ended by {({s.value: s.name for s in signal.Signals}).get(sig, f'signal {sig}')}"


def end_process(process: subprocess.Popen, grace: float) -> None:
    """SIGTERM, then SIGKILL when the process is still there after GRACE seconds; reaped either way."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(grace)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@dataclass
class Server:
    process: subprocess.Popen
    url: str
    store: Path
    temporary: bool
    errfile: object = None
    lock: int | None = None  # the store's lock, held shared while serving (serve_store)

    def last_error(self) -> str:
        if self.errfile is None:
            return ""
        self.errfile.seek(0)
        lines = [ln.strip() for ln in self.errfile.read().splitlines() if ln.strip()]
        return lines[-1] if lines else ""

    def wait(self) -> int:
        """Block until the server process ends (it should not); its exit code."""
        return self.process.wait()

    def stop(self, grace: float = 5.0) -> None:
        """Stop the server (SIGTERM, then SIGKILL after GRACE seconds); remove a temporary store."""
        try:
            end_process(self.process, grace)
        finally:
            if self.errfile is not None:
                self.errfile.close()
                self.errfile = None
            if self.temporary:
                shutil.rmtree(self.store, ignore_errors=True)
            unlock_store(self.store, self.lock)
            self.lock = None


def _die_with_parent() -> None:  # pragma: no cover — runs in the child
    """Linux: the server gets SIGTERM if policykg itself is killed hard, instead of living on."""
    from ..corpus.lifeline import die_with_parent
    die_with_parent(signal.SIGTERM)


def start(graphs=(), host: str = "127.0.0.1", port: int = 7878, store: str | None = None,
          timeout: float | None = 60, allow_remote: bool = False, union_default_graph: bool = True,
          wait: float = 30.0, log=None) -> Server:
    """Load GRAPHS into a store and start `oxigraph serve-read-only`; returns once it answers.

    STORE: a folder kept after exit; an existing store is served as it is when no GRAPHS are given,
    and rebuilt from GRAPHS (into a fresh folder, swapped in only when loading succeeded) when they are
    — only a store policykg made. Without STORE a temporary folder is used and removed by `Server.stop()`.
    """
    log = log or (lambda msg: None)
    if not is_loopback(host) and not allow_remote:
        from ..options import spaced
        raise UsageError(f"--host {spaced(host)} is not a loopback address: oxigraph's server has no "
                         f"authentication or TLS; add --allow-remote if you really want that")
    binary = oxigraph_binary()
    explicit = bool(graphs)
    graphs = [str(g) for g in graphs] or ["out/graph.trig"]
    port = port or free_port(host)
    check_port(host, port)
    temporary = store is None
    folder = Path(tempfile.mkdtemp(prefix="policykg-store-")) if temporary else check_store(store, explicit)
    fill = temporary or not is_store(folder) or explicit
    lock = None if temporary else lock_store(folder, store, exclusive=fill)
    try:
        if not temporary:
            check_store(store, explicit)  # again, now that no other serve can change it
        if fill:
            _fill_store(folder, graphs, explicit, temporary, binary, log)
            share_lock(lock)
        else:
            log(f"reusing store {folder}")
        cmd = [binary, "serve-read-only", "--location", os.path.abspath(folder), "--bind", bind_address(host, port)]
        if timeout:
            cmd += ["--timeout-s", str(max(1, round(timeout)))]
        if union_default_graph:
            cmd.append("--union-default-graph")
        # stderr to a file, not a pipe: a pipe nobody reads could fill up and stall the server
        errfile = tempfile.TemporaryFile(mode="w+", encoding="utf-8", errors="replace")
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=errfile,
                                preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None)
        shown = f"[{host.strip('[]')}]" if ":" in host else host
        server, lock = Server(proc, f"http://{shown}:{port}/", folder, temporary, errfile, lock), None
        _wait_until_listening(server, host, port, wait)
        return server
    except BaseException:
        if temporary:
            shutil.rmtree(folder, ignore_errors=True)
        unlock_store(folder, lock)
        raise


def _fill_store(folder: Path, graphs, explicit: bool, temporary: bool, binary: str, log) -> None:
    """Load the graph files into folder — into a fresh folder swapped in whole when one is there."""
    for g in graphs:
        require_file(g, " (run `policykg build` first, or pass --graph)" if not explicit else "")
    if not temporary:
        remove_stale(folder)  # under the exclusive lock: no rebuild of ours is running
    existed = folder.exists()
    target, token = (folder, None) if temporary or not is_store(folder) else _new_store(folder)
    try:
        log(f"loading {', '.join(graphs)} into {'a temporary store' if temporary else folder}")
        load_store(target, graphs, binary)
    except BaseException:
        discard(target, keep=not temporary and target == folder and existed)
        raise
    if not temporary:
        mark_store(target, token)
    if target != folder:  # rebuilt an existing store: swap in whole
        _swap_store(target, folder)


def _new_store(folder: Path) -> tuple[Path, str]:
    """A fresh folder beside folder for its rebuilt store, with the store's mode (made 0700), holding its
    marker with the proof of its token (a rebuild killed outright, without a ledger, left it for good)."""
    target, token = make_folder(folder.parent, f"{beside(folder, 'new')}-{os.getpid()}-", proof=False)
    try:
        mark_store(target, token)
        os.chmod(target, folder.stat().st_mode & 0o7777)
    except BaseException:
        discard(target, keep=False)
        raise
    return target, token


def _wait_until_listening(server: Server, host: str, port: int, wait: float) -> None:
    deadline = time.monotonic() + wait
    while True:
        if server.process.poll() is not None:
            err = server.last_error()
            server.stop()
            raise UsageError(f"oxigraph server exited: {err or 'code ' + str(server.process.returncode)}")
        try:
            with socket.create_connection((host.strip("[]"), port), timeout=0.5):
                return
        except OSError:
            if time.monotonic() > deadline:
                server.stop()
                raise UsageError(f"oxigraph server did not answer on {server.url} within {wait:.0f} s")
            time.sleep(0.05)
