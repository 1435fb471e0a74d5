"""Hostile use, round 25: the store and server leftovers of rounds 23-24 (the dataset of named-graph-uri alone,
push's loopback check, long paths in messages, cut answers, the 404 page's path, an empty list member).

Stores are fake servers on 127.0.0.1 (fake_http) or a small in-memory pyoxigraph store.
"""
from __future__ import annotations

import json

import pytest

from cli_helpers import ROOT, one_line, run_cli

PARK_CHAIN = ROOT / "tests" / "fixtures" / "park-chain.ttl"


def _two_graph_store():
    import pyoxigraph as ox
    store = ox.Store()
    for g in ("urn:g", "urn:h"):
        store.add(ox.Quad(ox.NamedNode(f"{g}-s"), ox.NamedNode("urn:p"), ox.Literal(g), ox.NamedNode(g)))
    return store


def _rows(body: bytes) -> list[dict]:
    return json.loads(body)["results"]["bindings"]


@pytest.mark.unit
def test_named_graph_uri_alone_gives_an_empty_default_graph():
    """With named-graph-uri alone `serve` kept the union of all graphs as the default graph: SPARQL 1.1
    Protocol §2.1.4 makes the dataset those named graphs and an empty default graph."""
    from policykg.use.serve_answer import answer
    store = _two_graph_store()
    q = {"query": "SELECT ?o WHERE { ?s ?p ?o }", "accept": None, "union": True, "named": ["urn:g"]}
    status, _, body = answer(store, q)
    assert status == 200 and _rows(body) == []
    graphs = answer(store, dict(q, query="SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"))[2]
    assert [r["g"]["value"] for r in _rows(graphs)] == ["urn:g"]


@pytest.mark.unit
def test_named_graph_uri_with_default_graph_uri_and_neither_are_as_before():
    from policykg.use.serve_answer import answer
    store = _two_graph_store()
    q = {"query": "SELECT ?o WHERE { ?s ?p ?o }", "accept": None, "union": True}
    assert sorted(r["o"]["value"] for r in _rows(answer(store, q)[2])) == ["urn:g", "urn:h"]
    both = answer(store, dict(q, default=["urn:h"], named=["urn:g"]))[2]
    assert [r["o"]["value"] for r in _rows(both)] == ["urn:h"]


@pytest.mark.unit
@pytest.mark.parametrize("host", ["127.1", "localhost.", "[::ffff:127.0.0.1]", "127.0.0.2"])
def test_push_takes_any_loopback_spelling_without_allow_remote(host):
    """`push --endpoint http://127.1:…/store` was refused as 'not a loopback address' though the proxy check
    (reaches_loopback, round 24) knew it connects to this machine: push asks the one check for both."""
    r = run_cli("push", "--endpoint", f"http://{host}:9/store", "--graph", PARK_CHAIN, "--graph-iri", "urn:g",
                "--retries", "0", "--timeout", "20", "--quiet", timeout=60)
    one_line(r, 2, r"cannot reach http://\S+/store while pushing graph <urn:g> ")


@pytest.mark.unit
def test_push_still_refuses_another_machine_without_allow_remote():
    r = run_cli("push", "--endpoint", "http://192.0.2.1:9/store", "--graph", PARK_CHAIN, "--graph-iri", "urn:g",
                "--retries", "0", "--timeout", "20", "--quiet", timeout=60)
    one_line(r, 2, r"not a loopback address .*--allow-remote")


@pytest.mark.unit
def test_a_long_path_keeps_its_file_name_in_a_message(tmp_path):
    """A missing path of 300 characters was cut to its first 60 ('/tmp/…/xxxx…[300 characters]: no such
    file'): which file was missing could not be read. The shortening keeps the run's start and its end."""
    name = tmp_path / ("x" * 250) / "report-2020.txt"
    r = run_cli("build", name, "--out", tmp_path / "out")
    one_line(r, 2, r"…\[\d+ characters\]…x+/report-2020\.txt: no such file$")
    assert len(r.stderr) < 200


@pytest.mark.unit
def test_shortening_keeps_start_end_quotes_and_length():
    from policykg.options import shortened
    value = "a" + "园" * 498 + "z"
    assert shortened(f"no park named '{value}' here") == \
        f"no park named 'a{'园' * 39}…[500 characters]…{'园' * 39}z' here"
    assert shortened("short 'value' stays") == "short 'value' stays"


@pytest.mark.unit
def test_an_answer_shorter_than_its_content_length_is_named_as_cut():
    """An answer of 30 bytes of JSON under 'Content-Length: 100', then a close, was reported as 'query
    cancelled after 0 s … (an endpoint timeout)': the wording for a server that cancelled the query."""
    from fake_http import fake_server, then_close

    short = then_close(b'{"head": {"vars": ["x"]}, "res', [("Content-Type", "application/sparql-results+json"), ("Content-Length", "100")])
    with fake_server(short) as (base, _):
        r = run_cli("query", "cq-01", "--endpoint", base + "/sparql", timeout=60)
    one_line(r, 2, r"/sparql: the answer stops part-way \(30 of the 100 bytes its Content-Length states, "
                   r"then the connection closed\)$")


@pytest.mark.unit
@pytest.mark.parametrize("target, shown", [("/园区é".encode(), "/园区é"), (b"/%E5%85%AC%E5%9B%AD", "/公园"),
                                           (b"/a%1B%5B2J%FF", r"/a\x1b[2J\xff")])
def test_serves_404_page_shows_the_path_as_sent(target, shown):
    """`GET /园区é` got a 404 naming the path in mojibake ('/Ã©' for the é): http.server reads the request
    line as Latin-1. The path is shown decoded as UTF-8 (raw or percent-escaped), with control characters
    and bad bytes escaped."""
    import socket

    from policykg.use.serve import start
    server = start([str(PARK_CHAIN)], port=0, timeout=30)
    try:
        host, port = server.url.split("//")[1].rstrip("/").rsplit(":", 1)
        with socket.create_connection((host, int(port)), timeout=20) as s:
            s.sendall(b"GET " + target + b" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            answer = b""
            while chunk := s.recv(65536):
                answer += chunk
    finally:
        server.stop()
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 404") and body.decode() == f"no such page: {shown} (the endpoint is /query)\n"


@pytest.mark.unit
def test_an_empty_list_member_is_left_unchanged():
    """parallel_head('', …) raised IndexError (pos_of('') has no first word); complete_member would then
    have given an empty member the last member's head word. Nothing passes an empty member today."""
    from policykg.extract.list_parallel import parallel_head
    from policykg.extract.lists import complete_member
    assert parallel_head("", "农村居民人均可支配收入") is None
    assert complete_member("", "农村居民人均可支配收入") == ""
    assert complete_member("城镇", "农村居民人均可支配收入") == "城镇居民人均可支配收入"
