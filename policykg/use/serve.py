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
that is reused across runs (serve_oxigraph), with YASGUI. On loopback it sits behind a front that checks
every request's Host as ours does (serve_front); with ``--allow-remote``, on another address, it listens itself.
"""
from __future__ import annotations

import json
import os
import socket
import threading
from dataclasses import dataclass

from ..errors import InputError, UsageError, require_file
from .addresses import cannot_listen, free_port, is_loopback  # noqa: F401 (free_port: the tests' import)
from .serve_oxigraph import (LOAD_FORMATS, STORE_MARKER, Server, is_store, load_store,  # noqa: F401
                             oxigraph_binary)
from .serve_oxigraph import start as start_oxigraph


@dataclass
class Endpoint:
    """What serve answers with: an HTTP server in a thread of this process (ours, or serve_front's front)
    and the BACKEND it hands queries to (the query workers, or oxigraph's server), which has wait() →
    its exit code (it should not end), last_error() and stop()."""
    http: object
    backend: object
    url: str

    def wait(self) -> int:
        return self.backend.wait()

    def last_error(self) -> str:
        return self.backend.last_error()

    def stop(self) -> None:
        """Stop answering, close the socket, stop the backend (a query running is ended)."""
        self.http.shutdown()
        self.http.server_close()
        self.backend.stop()


def start(graphs=(), host: str = "127.0.0.1", port: int = 7878, store: str | None = None,
          timeout: float | None = 60, allow_remote: bool = False, union_default_graph: bool = True,
          wait: float = 30.0, log=None):
    """Start serving GRAPHS (default out/graph.trig) and return once the endpoint answers: from memory,
    or with STORE from oxigraph's server on that persistent store, behind a front that checks every
    request's Host (serve_front); on another address than loopback (--allow-remote) oxigraph's alone."""
    if store is not None and not is_loopback(host):
        return start_oxigraph(graphs, host, port, store, timeout, allow_remote, union_default_graph, wait, log)
    _check_host(host)
    if store is not None:
        from .serve_front import Front, Handler, start as start_front
        front = _listen(host, port, Front, Handler)
        return start_front(front, graphs, store, timeout, union_default_graph, wait, log)
    return start_memory(graphs, host, port, timeout, union_default_graph, log)


def start_memory(graphs=(), host: str = "127.0.0.1", port: int = 7878, timeout: float | None = 60,
                 union_default_graph: bool = True, log=None) -> Endpoint:
    """Load GRAPHS into memory (in the workers' keeper) and answer on HOST:PORT (0 = any free port), a
    loopback name ``start`` has checked."""
    from .query_files import competency_questions
    from .serve_http import App, Handler, Server
    from .serve_workers import Workers

    log = log or (lambda msg: None)
    paths = _graph_files(graphs)
    http = _listen(host, port, Server, Handler)
    try:
        log(f"loading {', '.join(paths)} into memory")
        workers = Workers.start(paths)
    except BaseException:
        http.server_close()
        raise
    questions = {q.name[:-3]: q.read_text(encoding="utf-8") for q in competency_questions()}
    http.app = App(workers, timeout, union_default_graph, page(questions, timeout))
    return answer(http, workers, "policykg-serve")


def answer(http, backend, name: str) -> Endpoint:
    """Serve HTTP's requests in a thread named NAME; the endpoint."""
    threading.Thread(target=http.serve_forever, name=name, daemon=True).start()
    host, port = http.server_address[:2]
    return Endpoint(http, backend, f"http://{f'[{host}]' if ':' in host else host}:{port}/")


def _check_host(host: str) -> None:
    """A loopback name the Host check accepts: any other would have every request refused."""
    from .serve_target import LOOPBACK_NAMES

    if not is_loopback(host):
        from ..options import spaced
        raise UsageError(f"--host {spaced(host)} is not a loopback address: policykg serve answers on loopback only "
                         f"(no authentication or TLS); oxigraph's server can listen elsewhere with --store DIR "
                         f"--allow-remote")
    if host.lower() not in LOOPBACK_NAMES:  # its Host check would answer every request 403
        raise UsageError(f"--host {host}: policykg serve answers as 127.0.0.1, ::1 or localhost only; "
                         f"listen on one of them")


def _graph_files(graphs) -> list[str]:
    explicit = bool(graphs)
    paths = [str(g) for g in graphs] or ["out/graph.trig"]
    for p in paths:
        require_file(p, "" if explicit else " (run `policykg build` first, or pass --graph)")
        if os.path.splitext(p)[1].lower() not in LOAD_FORMATS:
            raise InputError(f"{p}: unknown graph format (use .ttl, .nt, .trig, .nq, .rdf or .jsonld)")
    return paths


def _listen(host: str, port: int, server_class, handler):
    """SERVER_CLASS bound to HOST:PORT (localhost as 127.0.0.1), or a UsageError naming the address."""
    from .serve_http import MAX_OPEN

    host = "127.0.0.1" if host.lower() == "localhost" else host.strip("[]")

    class Bound(server_class):
        address_family = socket.AF_INET6 if ":" in host else socket.AF_INET
        # socketserver's backlog of 5 dropped the SYNs of a burst of clients, retried 1, 3, 7 s later
        request_queue_size = MAX_OPEN

    try:
        return Bound((host, port), handler)
    except OSError as exc:
        raise cannot_listen(host, port, exc) from None


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


def page(questions: dict[str, str], timeout: float | None) -> bytes:
    """The query page with the competency questions (name → text) in its menu."""
    from importlib.resources import files

    html = (files("policykg.use") / "serve_page.html").read_text(encoding="utf-8")
    data = json.dumps(questions, ensure_ascii=False).replace("</", "<\\/")
    note = f"queries are cancelled after {timeout:g} s" if timeout else "queries run without a time limit"
    return html.replace("{{QUESTIONS}}", data).replace("{{NOTE}}", note).encode("utf-8")
