"""`policykg serve`'s SPARQL Protocol pieces without a server: content negotiation, request parsing and
the answer of one query on a small in-memory store (serve_answer, serve_http.read_request)."""
from __future__ import annotations

import io
import json

import pyoxigraph as ox
import pytest

from policykg.use.serve_answer import accepted, answer, negotiate
from policykg.use.serve_http import READ_ONLY, HttpError, read_request

RESULTS = [("application/sparql-results+json", "JSON"), ("application/sparql-results+xml", "XML"),
           ("text/csv", "CSV")]


def test_accept_order_q_values_and_wildcards():
    assert [m for m, _ in accepted("text/csv;q=0.5, application/sparql-results+xml")] == \
        ["application/sparql-results+xml", "text/csv"]
    assert [m for m, _ in accepted("*/*;q=0.9, text/*, text/csv")] == ["text/csv", "text/*", "*/*"]
    assert accepted("text/csv;q=0, nonsense, text/tsv;q=x") == []
    assert negotiate(None, RESULTS) == RESULTS[0]
    assert negotiate("text/*", RESULTS) == ("text/csv", "CSV")
    assert negotiate("text/csv;q=0.2, application/*;q=0.5", RESULTS) == RESULTS[0]
    assert negotiate("image/png", RESULTS) is None


def _store() -> ox.Store:
    s = ox.Store()
    g = ox.NamedNode("urn:g")
    s.add(ox.Quad(ox.NamedNode("urn:a"), ox.NamedNode("urn:p"), ox.Literal("甲", language="zh"), g))
    s.add(ox.Quad(ox.NamedNode("urn:b"), ox.NamedNode("urn:p"), ox.Literal("2", datatype=ox.NamedNode(
        "http://www.w3.org/2001/XMLSchema#integer")), ox.NamedNode("urn:h")))
    return s


def test_answer_formats_and_dataset():
    store = _store()
    q = {"query": "SELECT ?s ?o WHERE { ?s <urn:p> ?o } ORDER BY ?s", "accept": None, "union": True}
    status, media, body = answer(store, q)
    assert status == 200 and media == "application/sparql-results+json"
    rows = json.loads(body)["results"]["bindings"]
    assert [r["s"]["value"] for r in rows] == ["urn:a", "urn:b"] and rows[0]["o"]["xml:lang"] == "zh"
    assert answer(store, dict(q, union=False))[2].count(b'"s"') == 1          # only the head: no rows
    one = json.loads(answer(store, dict(q, default=["urn:h"]))[2])["results"]["bindings"]
    assert [r["s"]["value"] for r in one] == ["urn:b"]
    status, media, body = answer(store, dict(q, accept="text/tab-separated-values"))
    assert media.startswith("text/tab-separated-values") and body.splitlines()[1] == b'<urn:a>\t"\xe7\x94\xb2"@zh'
    status, media, body = answer(store, {"query": "ASK { ?s ?p ?o }", "accept": "application/sparql-results+xml",
                                         "union": False})
    assert status == 200 and b"<boolean>false</boolean>" in body   # the default graph alone is empty
    status, media, body = answer(store, {"query": "CONSTRUCT WHERE { ?s <urn:p> ?o }", "union": True,
                                         "accept": "application/n-triples"})
    assert media.startswith("application/n-triples") and len(body.splitlines()) == 2
    status, media, body = answer(store, {"query": "CONSTRUCT WHERE { ?s ?p ?o }", "accept": "text/csv"})
    assert status == 406 and b"text/turtle" in body and body.count(b"\n") == 1
    status, media, body = answer(store, {"query": "INSERT DATA { <urn:x> <urn:y> <urn:z> }"})
    assert status == 400 and body.startswith(b"query does not parse") and body.count(b"\n") == 1
    assert len(store) == 2


def _request(method="GET", qs="", body=b"", ctype=None, **headers):
    h = dict(headers)
    if method == "POST":
        h["Content-Length"] = str(len(body))
        if ctype:
            h["Content-Type"] = ctype
    return read_request(method, qs, h, io.BytesIO(body))


def test_read_request_forms():
    text = "SELECT * WHERE { ?s ?p \"é&=\" }"
    from urllib.parse import urlencode
    assert _request(qs=urlencode({"query": text}))["query"] == text
    form = _request("POST", body=urlencode({"query": text, "named-graph-uri": "urn:g"}).encode(),
                    ctype="application/x-www-form-urlencoded; charset=UTF-8")
    assert form == {"query": text, "default": [], "named": ["urn:g"]}
    direct = _request("POST", qs="default-graph-uri=urn%3Ah", body=text.encode(), ctype="application/sparql-query")
    assert direct == {"query": text, "default": ["urn:h"], "named": []}


@pytest.mark.parametrize("kwargs, status, words", [
    (dict(qs="update=DROP%20ALL"), 403, READ_ONLY),
    (dict(method="POST", body=b"DROP ALL", ctype="application/sparql-update"), 403, READ_ONLY),
    (dict(method="POST", body=b"update=DROP+ALL", ctype="application/x-www-form-urlencoded"), 403, READ_ONLY),
    (dict(qs=""), 400, "give one SPARQL query"),
    (dict(qs="query=ASK%7B%7D&query=ASK%7B%7D"), 400, "give one SPARQL query"),
    (dict(method="POST", qs="query=ASK%7B%7D", body=b"ASK {}", ctype="application/sparql-query"), 400, "one"),
    (dict(method="POST", body=b"ASK {}", ctype="text/plain"), 415, "application/sparql-query"),
    (dict(method="POST", body=b"\xff\xfe", ctype="application/sparql-query"), 400, "not UTF-8"),
    (dict(qs="query=%FF"), 400, "UTF-8"),
    (dict(qs="query=ASK%7B%7D&default-graph-uri=not%20an%20iri"), 400, "not an IRI"),
], ids=["get-update", "sparql-update", "form-update", "no-query", "two-queries", "query-twice", "media",
        "body-bytes", "url-bytes", "graph-iri"])
def test_read_request_refusals(kwargs, status, words):
    with pytest.raises(HttpError) as err:
        _request(**kwargs)
    assert err.value.status == status and words in err.value.message and "\n" not in err.value.message


def test_read_request_needs_a_length():
    with pytest.raises(HttpError) as err:
        read_request("POST", "", {"Content-Type": "application/sparql-query", "Transfer-Encoding": "chunked"},
                     io.BytesIO(b""))
    assert err.value.status == 411
    with pytest.raises(HttpError) as err:
        read_request("POST", "", {"Content-Type": "application/sparql-query", "Content-Length": str(1 << 30)},
                     io.BytesIO(b""))
    assert err.value.status == 413
