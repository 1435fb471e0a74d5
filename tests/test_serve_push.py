"""`policykg serve` and `policykg push` against real servers on 127.0.0.1 (policykg serve from memory,
with --store oxigraph's server; oxigraph, Virtuoso 7). More on serve's protocol in test_serve_memory.py.

Every server is started by a fixture on a free loopback port and stopped after. Graphs read back from a
store are compared with ours by RDF term value (stores respell "38.0" → 38, zh-Hans → zh-hans).
"""
from __future__ import annotations

import functools
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Graph, Literal, XSD
from rdflib.compare import isomorphic

from policykg.use.push import PushError, push, read_graphs, remote_count
from policykg.use.push_auth import Auth as _Auth
from policykg.use.serve import free_port, oxigraph_binary
from policykg.use.serve_oxigraph import end_process

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
POLICYKG = [str(BIN / "policykg")] if (BIN / "policykg").exists() else [sys.executable, "-m", "policykg.cli"]
CQ01 = ROOT / "policykg" / "queries" / "cq-01-park-project-target.rq"
REPORT_GRAPH = "https://w3id.org/policykg/id/graph/jinghaiqu-2021"
NUMERIC = {str(XSD[t]) for t in ("decimal", "integer", "int", "long", "nonNegativeInteger", "positiveInteger")}


# ------------------------------------------------------------------------------------------ helpers

def wait_http(url: str, timeout: float, proc: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode} before answering {url}")
        try:
            urllib.request.urlopen(url, timeout=2).close()
            return
        except urllib.error.HTTPError:
            return  # it answers
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{url} did not answer within {timeout} s")


def stop(proc: subprocess.Popen, grace: float = 15) -> None:
    end_process(proc, grace)


def norm_literal(lit: Literal) -> Literal:
    if lit.language:
        return Literal(str(lit), lang=lit.language.lower())
    dt = str(lit.datatype) if lit.datatype else None
    if dt in NUMERIC:
        return Literal(format(Decimal(str(lit)).normalize(), "f"), datatype=XSD.decimal)
    if dt == str(XSD.string):
        return Literal(str(lit))
    return lit


def norm(graph) -> Graph:
    out = Graph()
    for s, p, o in graph:
        out.add((s, p, norm_literal(o) if isinstance(o, Literal) else o))
    return out


@functools.lru_cache(maxsize=4)
def local_graphs(trig: Path) -> dict[str, Graph]:
    """Our named graphs (parsed once per file; callers must not modify them)."""
    from rdflib import Dataset
    ds = Dataset()
    ds.parse(trig, format="trig")
    return {str(g.identifier): g for g in ds.graphs() if len(g)}


def construct(sparql: str, iri: str, auth=None) -> Graph:
    """The whole graph in one CONSTRUCT (blank nodes stay linked; the Virtuoso fixture lifts ResultSetMaxRows)."""
    from SPARQLWrapper import DIGEST, TURTLE, SPARQLWrapper
    w = SPARQLWrapper(sparql)
    w.setQuery(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}")
    w.setReturnFormat(TURTLE)
    if auth:
        w.setHTTPAuth(DIGEST)
        w.setCredentials(*auth)
    data = w.query().response.read()
    return Graph().parse(data=data, format="turtle")


def assert_round_trip(sparql: str, trig: Path) -> None:
    fetched = {}
    for iri, mine in local_graphs(trig).items():
        theirs = fetched[iri] = construct(sparql, iri)
        assert len(theirs) == len(mine), iri
        assert isomorphic(norm(mine), norm(theirs)), f"{iri}: store's graph differs from ours"
    # Chinese labels with their language tags survive byte for byte
    report = fetched[REPORT_GRAPH]
    zh = {str(o) for o in report.objects() if isinstance(o, Literal) and o.language == "zh"}
    assert any("静海" in z for z in zh)
    mine_zh = {str(o) for o in local_graphs(trig)[REPORT_GRAPH].objects()
               if isinstance(o, Literal) and o.language == "zh"}
    assert zh == mine_zh


def run_cli(*args, env=None, timeout=120) -> subprocess.CompletedProcess:
    return subprocess.run([*POLICYKG, *args], capture_output=True, text=True, env={**os.environ, **(env or {})},
                          timeout=timeout, cwd=ROOT)


# ------------------------------------------------------------------------------------------ fixtures

@pytest.fixture(scope="session")
def seed_trig(seed_out) -> Path:
    return seed_out / "graph.trig"


class Oxigraph:
    """A writable `oxigraph serve` on a persistent --location; restartable on the same data."""

    def __init__(self, location: Path):
        self.location = location
        self.port = free_port()
        self.proc = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self):
        self.proc = subprocess.Popen([oxigraph_binary(), "serve", "--location", str(self.location),
                                      "--bind", f"127.0.0.1:{self.port}"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_http(self.base + "/query?query=ASK%7B%7D", 20, self.proc)
        return self

    def kill(self):
        if self.proc and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()

    def stop(self):
        if self.proc:
            stop(self.proc)


@pytest.fixture
def oxigraph(tmp_path):
    server = Oxigraph(tmp_path / "store").start()
    yield server
    server.stop()


VIRTUOSO_INI = """\
[Database]
DatabaseFile       = {d}/virtuoso.db
ErrorLogFile       = {d}/virtuoso.log
LockFile           = {d}/virtuoso.lck
TransactionFile    = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
ErrorLogLevel      = 7
FileExtend         = 200
MaxCheckpointRemap = 2000
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile       = {d}/virtuoso-temp.db
TransactionFile    = {d}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping           = 0

[Parameters]
ServerPort               = 127.0.0.1:{sql}
DisableUnixSocket        = 1
DisableTcpSocket         = 0
MaxClientConnections     = 10
CheckpointInterval       = 60
CaseMode                 = 2
DirsAllowed              = ., {d}, /usr/share/virtuoso-opensource-7/vad
VADInstallDir            = /usr/share/virtuoso-opensource-7/vad/
NumberOfBuffers          = 10000
MaxDirtyBuffers          = 6000
ThreadsPerQuery          = 2

[HTTPServer]
ServerPort                  = 127.0.0.1:{http}
ServerRoot                  = /var/lib/virtuoso-opensource-7/vsp
MaxClientConnections        = 10
ServerThreads               = 10
Charset                     = UTF-8
EnabledDavVSP               = 0

[SPARQL]
ResultSetMaxRows           = 1000000
MaxQueryCostEstimationTime = 400
MaxQueryExecutionTime      = 60
"""


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory):
    binary = shutil.which("virtuoso-t")
    if binary is None:
        pytest.skip("virtuoso-t not installed (make test installs virtuoso-opensource via scripts/system-deps.sh)")
    d = tmp_path_factory.mktemp("virtuoso")
    http, sql = free_port(), free_port()
    ini = d / "virtuoso.ini"
    ini.write_text(VIRTUOSO_INI.format(d=d, sql=sql, http=http), encoding="utf-8")
    proc = subprocess.Popen([binary, "+foreground", "+configfile", str(ini)], cwd=d,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{http}"
    try:
        # a fresh database installs its system packages first: ~15 s
        wait_http(base + "/sparql?query=ASK%7B%7D", 90, proc)
    except RuntimeError:
        stop(proc)
        log = (d / "virtuoso.log").read_text(errors="replace")[-2000:] if (d / "virtuoso.log").exists() else ""
        pytest.fail(f"Virtuoso did not start:\n{log}")
    # No GRANT needed: dba (password dba in a fresh database) holds every role, SPARQL_UPDATE included,
    # and /sparql-graph-crud-auth authenticates it by HTTP Digest.
    yield base
    stop(proc, grace=30)


# ------------------------------------------------------------------------------------------ serve

def start_serve(tmp_path, *args):
    port = free_port()
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    proc = subprocess.Popen([*POLICYKG, "serve", "--port", str(port), *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    lines = []
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            raise AssertionError(f"serve exited: {proc.wait()} {proc.stderr.read()}")
        lines.append(line)
        if line.startswith("press Ctrl-C"):
            return proc, port, lines
    proc.kill()
    raise AssertionError("serve did not start")


def listening_addresses(port: int) -> set[str]:
    """Local addresses of LISTEN sockets on PORT, from /proc/net/tcp (IPv4)."""
    found = set()
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        local, state = line.split()[1], line.split()[3]
        addr, p = local.split(":")
        if state == "0A" and int(p, 16) == port:
            found.add(socket.inet_ntoa(bytes.fromhex(addr)[::-1]))
    return found


def descendants(pid: int) -> list[int]:
    """Every process below PID (Linux /proc; empty elsewhere)."""
    parents = {}
    for entry in os.listdir("/proc") if os.path.isdir("/proc") else ():
        if entry.isdigit():
            try:
                parents[int(entry)] = int(Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError):
                pass
    found, todo = [], [pid]
    while todo:
        above = todo.pop()
        kids = [p for p, parent in parents.items() if parent == above]
        found += kids
        todo += kids
    return found


def alive(pid: int) -> bool:
    """PID runs (a zombie waiting for its parent to reap it does not)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def other_local_address() -> str | None:
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.connect(("10.255.255.255", 1))  # UDP: no packet is sent, only the route is looked up
            addr = s.getsockname()[0]
        return None if addr.startswith("127.") else addr
    except OSError:
        return None


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_serve_answers_queries_read_only_on_loopback_and_stops_cleanly(tmp_path, seed_trig, sig):
    import pyoxigraph as ox

    proc, port, lines = start_serve(tmp_path, "--graph", str(seed_trig))
    try:
        url = f"http://127.0.0.1:{port}/"
        assert any(url in ln for ln in lines), lines
        assert not list(tmp_path.iterdir()), "serve answers from memory: nothing written"
        helpers = descendants(proc.pid)
        assert helpers, "the query workers' keeper and its idle workers"
        # bound to loopback only
        if Path("/proc/net/tcp").exists():
            assert listening_addresses(port) == {"127.0.0.1"}
        other = other_local_address()
        if other:
            with pytest.raises(OSError):
                socket.create_connection((other, port), timeout=2).close()

        if sig == signal.SIGINT:  # the full HTTP checks once
            from SPARQLWrapper import JSON, SPARQLWrapper
            w = SPARQLWrapper(url + "query")
            w.setQuery(CQ01.read_text(encoding="utf-8"))
            w.setReturnFormat(JSON)
            rows = w.queryAndConvert()["results"]["bindings"]
            local = ox.Store()
            local.bulk_load(path=str(seed_trig), format=ox.RdfFormat.TRIG)
            expected = list(local.query(CQ01.read_text(encoding="utf-8"), use_default_graph_as_union=True))
            assert len(rows) == len(expected)
            got = {(r["parkName"]["value"], r["projectName"]["value"], r["targetName"]["value"]) for r in rows}
            want = {(s["parkName"].value, s["projectName"].value, s["targetName"].value) for s in expected}
            assert got == want
            assert all(r["parkName"].get("xml:lang") == "zh" for r in rows)

            with urllib.request.urlopen(url, timeout=5) as r:
                page = r.read().decode("utf-8")
                assert "text/html" in r.headers["Content-Type"]
            assert "cq-01-park-project-target" in page and "src=" not in page   # served whole, no CDN

            req = urllib.request.Request(url + "update", method="POST",
                                         data=b"INSERT DATA { <urn:a> <urn:b> <urn:c> }",
                                         headers={"Content-Type": "application/sparql-update"})
            with pytest.raises(urllib.error.HTTPError) as refused:
                urllib.request.urlopen(req, timeout=5)
            assert 400 <= refused.value.code < 500
    finally:
        proc.send_signal(sig)
        try:
            code = proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            raise
    assert code == 0, proc.stderr.read()
    assert proc.stderr.read() == ""
    assert not list(tmp_path.iterdir()), "nothing left behind"
    assert not [p for p in helpers if alive(p)], "the keeper and its workers end with serve"
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=1).close()


def test_serve_store_folder_persists_and_is_reused(tmp_path, seed_trig):
    store = tmp_path / "kept"
    proc, port, lines = start_serve(tmp_path, "--graph", str(seed_trig), "--store", str(store))
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(15) == 0
    assert (store / "CURRENT").is_file()
    proc, port, lines = start_serve(tmp_path, "--store", str(store))
    try:
        assert any("reusing" in ln for ln in lines)
        q = urllib.parse.quote(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{REPORT_GRAPH}> {{ ?s ?p ?o }} }}")
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/query?query={q}", timeout=5) as r:
            assert r.status == 200 and b'"n"' in r.read()
    finally:
        proc.send_signal(signal.SIGINT)
        assert proc.wait(15) == 0
    assert store.is_dir()


def test_serve_refuses_remote_host_and_missing_graph(tmp_path):
    done = run_cli("serve", "--host", "0.0.0.0", "--port", "0")
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "--allow-remote" in done.stderr
    done = run_cli("serve", "--host", "0.0.0.0", "--allow-remote", "--port", "0")   # only with --store
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and "--store" in done.stderr
    done = run_cli("serve", "--graph", str(tmp_path / "nope.trig"), "--port", "0")
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and "nope.trig" in done.stderr


# ------------------------------------------------------------------------------------------ push: oxigraph

def test_push_oxigraph_round_trip_and_idempotent(oxigraph, seed_trig):
    done = run_cli("push", "--endpoint", oxigraph.base + "/store", "--graph", str(seed_trig))
    assert done.returncode == 0, done.stderr
    assert "counts match" in done.stdout
    assert_round_trip(oxigraph.base + "/query", seed_trig)
    before = {iri: remote_count(oxigraph.base + "/query", iri, _Auth(None)) for iri in local_graphs(seed_trig)}
    push([str(seed_trig)], oxigraph.base + "/store", log=lambda m: None)  # second push: replaced, not added
    after = {iri: remote_count(oxigraph.base + "/query", iri, _Auth(None)) for iri in local_graphs(seed_trig)}
    assert before == after and all(after.values())


def test_push_turtle_needs_graph_iri(oxigraph, seed_out):
    ttl = seed_out / "graph.ttl"
    done = run_cli("push", "--endpoint", oxigraph.base + "/store", "--graph", str(ttl))
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and "--graph-iri" in done.stderr
    done = run_cli("push", "--endpoint", oxigraph.base + "/store", "--graph", str(ttl),
                   "--graph-iri", "https://example.org/g/asserted")
    assert done.returncode == 0, done.stderr
    assert remote_count(oxigraph.base + "/query", "https://example.org/g/asserted", _Auth(None)) > 0


def test_push_refused_and_mismatch_are_one_line_errors(oxigraph, seed_trig, monkeypatch, capsys):
    # the read-only server refuses the PUT: graph and status named, exit 1
    proc, port, _ = start_serve(oxigraph.location.parent, "--graph", str(seed_trig))
    try:
        done = run_cli("push", "--endpoint", f"http://127.0.0.1:{port}/store", "--graph", str(seed_trig))
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(15)
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "HTTP 403" in done.stderr and "graph <" in done.stderr
    # a store that loses triples: the read-back count check fails
    import policykg.use.push as mod
    monkeypatch.setattr(mod, "remote_count", lambda sparql, iri, auth, timeout=60: 1)
    with pytest.raises(PushError, match="mismatch"):
        push([str(seed_trig)], oxigraph.base + "/store", log=lambda m: None)


def test_push_fails_half_way_then_earlier_graph_survives_restart(oxigraph, seed_trig, monkeypatch, capsys):
    import policykg.use.push as mod
    from policykg.cli import main

    graphs = list(read_graphs([str(seed_trig)]))
    real_put, calls = mod._put, []

    def put_then_die(*args, **kwargs):  # the store dies right after the first graph went in
        if calls:
            oxigraph.kill()
        calls.append(args[2])
        return real_put(*args, **{**kwargs, "sleep": lambda s: None})

    monkeypatch.setattr(mod, "_put", put_then_die)
    monkeypatch.setattr(sys, "argv", ["policykg", "push", "--endpoint", oxigraph.base + "/store",
                                      "--graph", str(seed_trig), "--retries", "2"])
    with pytest.raises(SystemExit) as exited:
        main()
    assert exited.value.code != 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot reach" in err and graphs[1] in err

    oxigraph.start()  # same --location: what was PUT before the crash is there, in full
    local = local_graphs(seed_trig)[graphs[0]]
    assert remote_count(oxigraph.base + "/query", graphs[0], _Auth(None)) == len(local)
    assert isomorphic(norm(local), norm(construct(oxigraph.base + "/query", graphs[0])))


def test_push_credentials_never_from_url(oxigraph, seed_trig):
    done = run_cli("push", "--endpoint", f"http://dba:secret@127.0.0.1:{oxigraph.port}/store",
                   "--graph", str(seed_trig))
    assert done.returncode == 2 and "secret" not in done.stderr + done.stdout


@pytest.mark.skipif(not (ROOT / "data" / "corpus").is_dir(),
                    reason="data/corpus (the multi-report corpus) is not in this checkout yet")
def test_push_multi_report_round_trip(oxigraph, tmp_path):
    from policykg.corpus.build import build, write_outputs
    reports = sorted(p for p in (ROOT / "data" / "corpus").rglob("*") if p.suffix in (".txt", ".html", ".htm"))
    if len(reports) < 2:
        pytest.skip("data/corpus holds fewer than two reports")
    out = tmp_path / "out"
    write_outputs(build([str(p) for p in reports[:2]], jobs=2), str(out))  # two reports keep it quick
    trig = out / "graph.trig"
    push([str(trig)], oxigraph.base + "/store", log=lambda m: None)
    graphs = local_graphs(trig)
    assert sum(1 for g in graphs if "/id/graph/" in g and not g.endswith("/inferred")) >= 2
    for iri, mine in graphs.items():
        assert isomorphic(norm(mine), norm(construct(oxigraph.base + "/query", iri))), iri


# ------------------------------------------------------------------------------------------ push: Virtuoso

def test_push_virtuoso_digest_round_trip_and_idempotent(virtuoso, seed_trig):
    endpoint = virtuoso + "/sparql-graph-crud-auth"
    env = {"POLICYKG_USER": "dba", "POLICYKG_PASSWORD": "dba", "HOME": "/nonexistent"}
    done = run_cli("push", "--endpoint", endpoint, "--graph", str(seed_trig), env=env)
    assert done.returncode == 0, done.stderr
    assert "counts match" in done.stdout and "dba" not in done.stdout + done.stderr
    assert_round_trip(virtuoso + "/sparql", seed_trig)
    done = run_cli("push", "--endpoint", endpoint, "--graph", str(seed_trig), env=env)  # again: one copy
    assert done.returncode == 0, done.stderr
    for iri, mine in local_graphs(seed_trig).items():
        assert remote_count(virtuoso + "/sparql", iri, _Auth(None)) == len(mine)


def test_push_virtuoso_wrong_password_is_refused(virtuoso, seed_trig):
    env = {"POLICYKG_USER": "dba", "POLICYKG_PASSWORD": "not-the-password", "HOME": "/nonexistent"}
    done = run_cli("push", "--endpoint", virtuoso + "/sparql-graph-crud-auth", "--graph", str(seed_trig), env=env)
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "HTTP 401" in done.stderr
    assert "not-the-password" not in done.stderr + done.stdout


def test_push_sends_netrc_password_only_when_asked(tmp_path, seed_trig, monkeypatch):
    """Regression: with auth=None, requests sent ~/.netrc as Basic to a store that never asked."""
    import http.server
    import threading

    (tmp_path / ".netrc").write_text("machine 127.0.0.1 login bob password s3cret\n")
    (tmp_path / ".netrc").chmod(0o600)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("POLICYKG_USER", raising=False)
    seen = []

    class Store(http.server.BaseHTTPRequestHandler):
        def do_PUT(self):
            seen.append(self.headers.get("Authorization"))
            self.rfile.read(int(self.headers["Content-Length"]))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Store)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        push([str(seed_trig)], f"http://127.0.0.1:{server.server_port}/store", verify=False, log=lambda m: None)
    finally:
        server.shutdown()
        server.server_close()
    assert seen and seen == [None] * len(seen)


@pytest.mark.unit
def test_push_reads_jsonld_as_the_same_graphs_as_trig(tmp_path):
    """A .jsonld (read through rdflib) gives push the very terms its TriG gives: IRIs, a blank node,
    language-tagged, typed and plain literals, named graphs and the default graph."""
    from rdflib import Dataset

    trig = tmp_path / "g.trig"
    trig.write_text('<urn:a> <urn:p> "甲"@zh-Hans , "38.0"^^<http://www.w3.org/2001/XMLSchema#decimal> , '
                    '"plain" , [ <urn:q> <urn:b> ] .\n<urn:g> { <urn:b> <urn:p> <urn:c> . }\n', encoding="utf-8")
    ds = Dataset()
    ds.parse(str(trig), format="trig")
    jsonld = tmp_path / "g.jsonld"
    jsonld.write_text(ds.serialize(format="json-ld"), encoding="utf-8")

    def shape(graphs):     # blank node labels differ between parsers
        return {g: sorted(re.sub(r"_:\w+", "_:b", str(t)) for t in ts) for g, ts in graphs.items()}

    assert shape(read_graphs([str(jsonld)], "urn:d")) == shape(read_graphs([str(trig)], "urn:d"))
    assert sorted(read_graphs([str(jsonld)], "urn:d")) == ["urn:d", "urn:g"]
