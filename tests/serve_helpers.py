"""Helpers shared by the serve and push tests (test_serve, test_push, test_push_virtuoso, test_hostile_net):
the policykg command, waiting for a server, a writable oxigraph server, reading graphs back from a store
and comparing them with ours by RDF term value (stores respell "38.0" → 38, zh-Hans → zh-hans)."""
from __future__ import annotations

import functools
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from decimal import Decimal
from pathlib import Path

from rdflib import Graph, Literal, XSD
from rdflib.compare import isomorphic

from policykg.use.serve import free_port, oxigraph_binary
from policykg.use.serve_oxigraph import end_process

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
POLICYKG = [str(BIN / "policykg")] if (BIN / "policykg").exists() else [sys.executable, "-m", "policykg.cli"]
CQ01 = ROOT / "policykg" / "queries" / "cq-01-park-project-target.rq"
REPORT_GRAPH = "https://w3id.org/policykg/id/graph/jinghaiqu-2021"
NUMERIC = {str(XSD[t]) for t in ("decimal", "integer", "int", "long", "nonNegativeInteger", "positiveInteger")}


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


def listening_of(pids) -> set[tuple[str, int]]:
    """(address, port) of the LISTEN sockets the processes PIDS hold, IPv4 and IPv6 (Linux /proc)."""
    inodes = set()
    for pid in pids:
        try:
            inodes |= {os.readlink(f"/proc/{pid}/fd/{fd}")[8:-1] for fd in os.listdir(f"/proc/{pid}/fd")}
        except OSError:
            continue
    found = set()
    for table, family in (("tcp", socket.AF_INET), ("tcp6", socket.AF_INET6)):
        for line in Path(f"/proc/net/{table}").read_text().splitlines()[1:]:
            fields = line.split()
            addr, port = fields[1].split(":")
            if fields[3] == "0A" and fields[9] in inodes:
                raw = b"".join(bytes.fromhex(addr[i:i + 8])[::-1] for i in range(0, len(addr), 8))
                found.add((socket.inet_ntop(family, raw), int(port, 16)))
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


def exchange(port: int, data: bytes, wait: float = 5.0) -> bytes:
    """Send DATA on one connection to 127.0.0.1:PORT; every byte the server sends back until it closes
    or falls silent for WAIT seconds."""
    got = b""
    with socket.create_connection(("127.0.0.1", port), timeout=wait) as s:
        s.sendall(data)
        try:
            while chunk := s.recv(65536):
                got += chunk
        except TimeoutError:
            pass
    return got
