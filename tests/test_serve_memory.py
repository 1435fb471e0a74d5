"""`policykg serve` from memory, against real servers on 127.0.0.1 started here: the SPARQL 1.1 Protocol
(GET, form POST, direct POST), content negotiation, updates refused, one-line errors, the dataset
parameters, the timeout (a clean 503, and the query really stopped) and a slow query not holding up
others. Rows are compared with the same query on the same graph in pyoxigraph here."""
from __future__ import annotations

import os
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

import pyoxigraph as ox
import pytest
import requests
from rdflib import Graph
from rdflib.compare import isomorphic

from policykg.use.serve import start

ROOT = Path(__file__).resolve().parent.parent
CQS = sorted((ROOT / "policykg" / "queries").glob("cq-*.rq"))
REPORT_GRAPH = "https://w3id.org/policykg/id/graph/jinghaiqu-2021"
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
LABELS = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?s ?label ?n WHERE { ?s rdfs:label ?label . BIND(STRLEN(?label) AS ?n) } ORDER BY ?s ?label LIMIT 200"""
FORMATS = {"application/sparql-results+json": ox.QueryResultsFormat.JSON,
           "application/sparql-results+xml": ox.QueryResultsFormat.XML,
           "text/tab-separated-values": ox.QueryResultsFormat.TSV}


@pytest.fixture(scope="module")
def trig(seed_out) -> Path:
    return seed_out / "graph.trig"


@pytest.fixture(scope="module")
def local(trig):
    store = ox.Store()
    store.bulk_load(path=str(trig), format=ox.RdfFormat.TRIG)
    return store


@pytest.fixture(scope="module")
def url(trig):
    server = start([str(trig)], port=0, timeout=60)
    try:
        yield server.url
    finally:
        server.stop()


def rows_local(store, text: str, **kw) -> list[tuple]:
    res = store.query(text, **({"use_default_graph_as_union": True} | kw))
    names = [v.value for v in res.variables]
    return [tuple(str(s[n]) if s[n] is not None else "" for n in names) for s in res]


def rows_answer(body: bytes, fmt) -> list[tuple]:
    res = ox.parse_query_results(body, format=fmt)
    names = [v.value for v in res.variables]
    return [tuple(str(s[n]) if s[n] is not None else "" for n in names) for s in res]


def children(pid: int) -> list[int]:
    """Processes whose parent is PID (Linux /proc)."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry))
    return found


def wait_children(pid: int, n: int, wait: float = 10.0) -> int:
    """The number of PID's children once it is N (or after WAIT seconds)."""
    deadline = time.monotonic() + wait
    while len(children(pid)) != n and time.monotonic() < deadline:
        time.sleep(0.05)
    return len(children(pid))


@pytest.mark.parametrize("path", CQS, ids=[p.stem for p in CQS])
def test_every_question_gives_the_local_rows(url, local, path):
    text = path.read_text(encoding="utf-8")
    r = requests.post(url + "query", data={"query": text}, headers={"Accept": "application/sparql-results+json"},
                      timeout=60)
    assert r.status_code == 200, r.text
    assert sorted(rows_answer(r.content, ox.QueryResultsFormat.JSON)) == sorted(rows_local(local, text))


def test_get_form_post_and_direct_post_agree(url, local):
    want = rows_local(local, LABELS)
    assert len(want) == 200
    asks = [requests.get(url + "query?" + urlencode({"query": LABELS}), timeout=30),
            requests.post(url + "query", data={"query": LABELS}, timeout=30),
            requests.post(url + "query", data=LABELS.encode("utf-8"), timeout=30,
                          headers={"Content-Type": "application/sparql-query"})]
    for r in asks:
        assert r.status_code == 200 and r.headers["Content-Type"] == "application/sparql-results+json"
        assert rows_answer(r.content, ox.QueryResultsFormat.JSON) == want   # ORDER BY ?s ?label: one order


@pytest.mark.parametrize("accept", sorted(FORMATS))
def test_select_in_every_results_format(url, local, accept):
    r = requests.post(url + "query", data={"query": LABELS}, headers={"Accept": accept}, timeout=30)
    assert r.status_code == 200 and r.headers["Content-Type"].startswith(accept)
    assert rows_answer(r.content, FORMATS[accept]) == rows_local(local, LABELS)


def test_negotiation_csv_ask_construct_and_406(url, local):
    ask = lambda accept: requests.post(url + "query", data={"query": q}, headers={"Accept": accept}, timeout=30)  # noqa: E731
    q = LABELS
    r = ask("text/csv;q=0.4, application/sparql-results+xml;q=0.2")
    assert r.headers["Content-Type"] == "text/csv; charset=utf-8"
    lines = r.content.decode("utf-8").splitlines()
    assert lines[0] == "s,label,n" and len(lines) == 201
    assert ask("*/*").headers["Content-Type"] == "application/sparql-results+json"
    r = ask("image/png")
    assert r.status_code == 406 and r.headers["Content-Type"].startswith("text/plain") and r.text.count("\n") == 1
    q = "ASK { ?s ?p ?o }"
    assert ask("application/sparql-results+json").json() == {"head": {}, "boolean": True}
    assert b"<boolean>true</boolean>" in ask("application/sparql-results+xml").content
    q = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{REPORT_GRAPH}> {{ ?s ?p ?o }} }}"
    want = Graph().parse(data=b"".join(str(t).encode() + b" .\n" for t in local.query(q)), format="nt")
    for accept, fmt in (("text/turtle", "turtle"), ("application/n-triples", "nt"), ("application/rdf+xml", "xml")):
        r = ask(accept)
        assert r.status_code == 200 and r.headers["Content-Type"].startswith(accept)
        assert isomorphic(Graph().parse(data=r.content, format=fmt), want), accept
    assert ask(None).headers["Content-Type"].startswith("text/turtle")   # no Accept: Turtle for triples


def test_dataset_parameters(url, local):
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    in_report = rows_local(local, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{REPORT_GRAPH}> {{ ?s ?p ?o }} }}")
    r = requests.get(url + "query?" + urlencode({"query": count, "default-graph-uri": REPORT_GRAPH}), timeout=30)
    assert rows_answer(r.content, ox.QueryResultsFormat.JSON) == in_report
    graphs = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    r = requests.post(url + "query", data={"query": graphs, "named-graph-uri": REPORT_GRAPH}, timeout=30)
    assert rows_answer(r.content, ox.QueryResultsFormat.JSON) == [(f"<{REPORT_GRAPH}>",)]


def test_updates_are_refused_and_change_nothing(url):
    count = {"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"}
    before = requests.post(url + "query", data=count, timeout=30).json()
    drop = "DROP ALL"
    refused = [requests.post(url + "update", data=drop, headers={"Content-Type": "application/sparql-update"}),
               requests.post(url + "update", data={"update": drop}),
               requests.post(url + "query", data={"update": drop}),
               requests.post(url + "query", data=drop, headers={"Content-Type": "application/sparql-update"}),
               requests.get(url + "query?" + urlencode({"update": drop})),
               requests.put(url + "store?default", data="<urn:a> <urn:b> <urn:c> .",
                            headers={"Content-Type": "application/n-triples"}),
               requests.delete(url + f"store?graph={REPORT_GRAPH}"),
               requests.patch(url + "query", data=drop)]
    for r in refused:
        assert r.status_code == 403 and r.text.count("\n") == 1 and "read-only" in r.text, r.request.method
    r = requests.post(url + "query", data={"query": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"})
    assert r.status_code == 400 and r.text.startswith("query does not parse")
    assert requests.post(url + "query", data=count, timeout=30).json() == before


def test_errors_are_one_line_and_service_is_refused(url):
    from fake_http import fake_server, reply

    with fake_server(lambda h, b: reply(h, body=b"{}")) as (elsewhere, seen):
        r = requests.post(url + "query", data={"query": f"SELECT * WHERE {{ SERVICE <{elsewhere}/sparql> "
                                                        f"{{ ?s ?p ?o }} }}"}, timeout=30)
        assert r.status_code == 400 and "SERVICE is refused" in r.text
    assert seen == []
    for r, status in ((requests.post(url + "query", data={"query": "SELEKT *"}), 400),
                      (requests.get(url + "query"), 400),
                      (requests.get(url + "sparql"), 404),
                      (requests.post(url, data={"query": "ASK {}"}), 405),
                      (requests.post(url + "query", data="ASK {}", headers={"Content-Type": "text/plain"}), 415),
                      (requests.get(url, headers={"Host": "policykg.example:80"}), 403)):
        assert r.status_code == status and r.headers["Content-Type"] == "text/plain; charset=utf-8"
        assert r.text.count("\n") == 1, r.text
    page = requests.get(url, timeout=10)
    assert page.status_code == 200 and page.headers["Content-Type"].startswith("text/html")
    assert "cq-01-park-project-target" in page.text
    assert "src=" not in page.text and "<link" not in page.text   # nothing fetched from elsewhere: works offline


def test_timeout_answers_503_and_ends_the_query(trig, tmp_path):
    import subprocess
    import sys

    server = start([str(trig)], port=0, timeout=1)
    keeper = server.backend.process.pid
    try:
        idle = wait_children(keeper, 2)
        r = requests.post(server.url + "query", data={"query": RUNAWAY}, timeout=120)
        assert r.status_code == 503 and r.headers["Content-Type"].startswith("text/plain")
        assert r.text.startswith("query cancelled after 1 s") and r.text.count("\n") == 1
        assert wait_children(keeper, idle) == idle == 2  # the worker that ran it is gone: only idle ones left
        (tmp_path / "q.rq").write_text(RUNAWAY)
        done = subprocess.run([sys.executable, "-m", "policykg.cli", "query", str(tmp_path / "q.rq"), "--endpoint",
                               server.url + "query"], capture_output=True, text=True, timeout=120, cwd=ROOT)
        assert done.returncode == 2 and done.stderr.count("\n") == 1
        assert "query cancelled after 1 s" in done.stderr and "HTTP 503" in done.stderr
        assert requests.post(server.url + "query", data={"query": "ASK { ?s ?p ?o }"}, timeout=30).json()["boolean"]
    finally:
        server.stop()
    assert not children(keeper)


def test_a_slow_query_does_not_hold_up_others(trig):
    server = start([str(trig)], port=0, timeout=120)
    keeper = server.backend.process.pid
    idle = wait_children(keeper, 2)
    slow: dict = {}
    thread = threading.Thread(target=lambda: slow.setdefault("r", requests.post(
        server.url + "query", data={"query": RUNAWAY}, timeout=300)), daemon=True)
    try:
        thread.start()
        wait_children(keeper, idle + 1)  # the runaway took a worker and the keeper forked a spare for it
        r = requests.post(server.url + "query", data={"query": LABELS}, timeout=60)
        assert r.status_code == 200 and len(r.json()["results"]["bindings"]) == 200
        assert thread.is_alive() and "r" not in slow, "the runaway query should still be running"
    finally:
        server.stop()   # ends the runaway with the workers
    assert not children(keeper)


def _status(port: int, head: bytes) -> int:
    """The status code a real connection gets for a raw request head."""
    import socket

    with socket.create_connection(("127.0.0.1", port), timeout=30) as s:
        s.sendall(head + b"\r\n")
        line = s.makefile("rb").readline()
    return int(line.split()[1])


@pytest.mark.unit
@pytest.mark.parametrize("store", [False, True], ids=["memory", "store"])
def test_host_header_is_required_once_and_must_be_loopback(tmp_path, store):
    """RFC 9112 §3.2: an HTTP/1.1 request without Host, with two or a malformed one gets 400; a Host
    naming another machine gets 403 (a page on a DNS name rebound to 127.0.0.1 cannot read the graph).
    With --store too: oxigraph's own server answered any Host."""
    graph = tmp_path / "g.ttl"
    graph.write_text("<urn:a> <urn:p> <urn:b> .\n", encoding="utf-8")
    server = start([str(graph)], port=0, timeout=30, store=str(tmp_path / "store") if store else None)
    port = int(server.url.rstrip("/").rsplit(":", 1)[1])
    ask = b"GET /query?query=ASK%7B%7D HTTP/1.1\r\n"
    try:
        assert _status(port, ask) == 400
        assert _status(port, ask + b"Host: 127.0.0.1\r\nHost: 127.0.0.1\r\n") == 400
        for bad in (b"127.0.0.1/x", b"127.0.0.1:80@evil.example", b"local host"):
            assert _status(port, ask + b"Host: " + bad + b"\r\n") == 400, bad
        for other in (b"evil.example", b"evil.example:%d" % port, b"127.0.0.1.evil.example", b"10.0.0.1",
                      b"localhost.evil.example:%d" % port, b""):
            assert _status(port, ask + b"Host: " + other + b"\r\n") == 403, other
        for own in (b"127.0.0.1:%d" % port, b"localhost:%d" % port, b"LOCALHOST", b"127.0.0.1"):
            assert _status(port, ask + b"Host: " + own + b"\r\n") == 200, own
        # Host is HTTP/1.1's; oxigraph's server wants one from HTTP/1.0 too
        assert _status(port, b"GET /query?query=ASK%7B%7D HTTP/1.0\r\n") == (400 if store else 200)
    finally:
        server.stop()
