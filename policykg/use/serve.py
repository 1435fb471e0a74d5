"""`policykg serve`: graph files as a read-only SPARQL 1.1 endpoint on a loopback address.

Decision (issue 15, "fast queries everywhere"): by default the graphs are held in an in-memory
pyoxigraph store behind policykg's own small SPARQL Protocol server (serve_http, serve_workers,
serve_answer). oxigraph's own server has no read-only in-memory mode, and on its RocksDB store the
questions whose answers grow with the corpus took 7.6–46 s on 1,000 reports, 5–12× the same query in
memory; the query shapes were not the cause (benchmarks/README.md). From memory every competency
question answers as fast through `serve` as `policykg query --graph` does locally, plus the HTTP
transfer. What our server adds over oxigraph's: each query runs in a worker process forked from the
store (copy-on-write), so ``--timeout`` really stops a query and answers 503 — never a 200 with a
cut body — and a slow query holds up no other; SERVICE is refused, so the server makes no requests
of its own; it listens on loopback addresses only (no ``--allow-remote``). What it costs: the graphs
are loaded at every start (~20 s for 1,000 reports) and held in memory; the query page is a small
one of ours instead of YASGUI.

``--store DIR`` keeps the previous mode for a persistent store: oxigraph's server on a RocksDB folder
that is reused across runs (serve_oxigraph), with YASGUI and, with ``--allow-remote``, another address.
"""
from __future__ import annotations

import os
import socket
import threading
from dataclasses import dataclass

from ..errors import InputError, UsageError, require_file
from .serve_oxigraph import (LOAD_FORMATS, STORE_MARKER, Server, bind_address, free_port,  # noqa: F401
                             is_loopback, is_store, load_store, oxigraph_binary)
from .serve_oxigraph import start as start_oxigraph


@dataclass
class MemoryServer:
    """The in-memory endpoint: the HTTP server (in a thread of this process) and its query workers."""
    http: object
    workers: object
    thread: threading.Thread
    url: str

    def wait(self) -> int:
        """Block until the workers' keeper ends (it should not); its exit code."""
        return self.workers.process.wait()

    def last_error(self) -> str:
        return self.workers.last_error()

    def stop(self) -> None:
        """Stop answering, close the socket, stop the workers (a query running is ended)."""
        self.http.shutdown()
        self.http.server_close()
        self.workers.stop()


def start(graphs=(), host: str = "127.0.0.1", port: int = 7878, store: str | None = None,
          timeout: float | None = 60, allow_remote: bool = False, union_default_graph: bool = True,
          wait: float = 30.0, log=None):
    """Start serving GRAPHS (default out/graph.trig) and return once the endpoint answers: from memory,
    or with STORE from oxigraph's server on that persistent store (serve_oxigraph.start)."""
    if store is not None:
        return start_oxigraph(graphs, host, port, store, timeout, allow_remote, union_default_graph, wait, log)
    return start_memory(graphs, host, port, timeout, allow_remote, union_default_graph, log)


def start_memory(graphs=(), host: str = "127.0.0.1", port: int = 7878, timeout: float | None = 60,
                 allow_remote: bool = False, union_default_graph: bool = True, log=None) -> MemoryServer:
    """Load GRAPHS into memory (in the workers' keeper) and answer on HOST:PORT (0 = any free port)."""
    from .query import competency_questions
    from .serve_http import LOOPBACK_NAMES, App, page
    from .serve_workers import Workers

    log = log or (lambda msg: None)
    if not is_loopback(host):
        raise UsageError(f"--host {host} is not a loopback address: policykg serve answers on loopback only "
                         f"(no authentication or TLS); oxigraph's server can listen elsewhere with --store DIR "
                         f"--allow-remote")
    if host.lower() not in LOOPBACK_NAMES:  # its Host check would answer every request 403
        raise UsageError(f"--host {host}: policykg serve answers as 127.0.0.1, ::1 or localhost only; "
                         f"listen on one of them")
    paths = _graph_files(graphs)
    http = _listen("127.0.0.1" if host.lower() == "localhost" else host.strip("[]"), port)
    try:
        log(f"loading {', '.join(paths)} into memory")
        workers = Workers.start(paths)
    except BaseException:
        http.server_close()
        raise
    questions = {q.name[:-3]: q.read_text(encoding="utf-8") for q in competency_questions()}
    http.app = App(workers, timeout, union_default_graph, page(questions, timeout))
    thread = threading.Thread(target=http.serve_forever, name="policykg-serve", daemon=True)
    thread.start()
    name, bound = http.server_address[:2]
    shown = f"[{name}]" if ":" in name else name
    return MemoryServer(http, workers, thread, f"http://{shown}:{bound}/")


def _graph_files(graphs) -> list[str]:
    explicit = bool(graphs)
    paths = [str(g) for g in graphs] or ["out/graph.trig"]
    for p in paths:
        require_file(p, "" if explicit else " (run `policykg build` first, or pass --graph)")
        if os.path.splitext(p)[1].lower() not in LOAD_FORMATS:
            raise InputError(f"{p}: unknown graph format (use .ttl, .nt, .trig, .nq, .rdf or .jsonld)")
    return paths


def _listen(host: str, port: int):
    from .serve_http import Handler, Server

    class Bound(Server):
        address_family = socket.AF_INET6 if ":" in host else socket.AF_INET

    try:
        return Bound((host, port), Handler)
    except OSError as exc:
        raise UsageError(f"cannot listen on {bind_address(host, port)}: {exc.strerror or exc}; pick another "
                         f"--port (0 = any free port)") from None


def serve(graphs=(), host: str = "127.0.0.1", port: int = 7878, store: str | None = None,
          timeout: float | None = 60, allow_remote: bool = False, union_default_graph: bool = True,
          echo=print) -> int:
    """Run until Ctrl-C / SIGTERM (which the CLI turns into KeyboardInterrupt); returns the exit code."""
    server = start(graphs, host, port, store, timeout, allow_remote, union_default_graph, log=echo)
    what = "oxigraph server" if store is not None else "query workers"
    try:
        echo(f"serving {server.url}  (query page)")
        echo(f"SPARQL endpoint {server.url}query  (read-only; /update refused"
             f"{f'; queries cancelled after {timeout:g} s' if timeout else ''})")
        echo("press Ctrl-C to stop")
        code = server.wait()
        err = server.last_error()
        raise UsageError(f"the {what} stopped unexpectedly (code {code})" + (f": {err}" if err else ""))
    except KeyboardInterrupt:
        echo("stopping")
        return 0
    finally:
        server.stop()
