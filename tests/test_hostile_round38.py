"""Hostile round 38: query, table and export after a build, against a hostile user (docs/checks/hostile38.md)."""
from __future__ import annotations

import json
import os

import pytest

from cli_helpers import one_line, run_cli, write_file
from fake_http import fake_server, reply

PKG = "https://w3id.org/policykg/ontology#"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
GRAPH = f'<https://w3id.org/policykg/id/park/jinghaiqu/ziya> <{LABEL}> "子牙经济技术开发区"@zh .\n'


@pytest.mark.unit
def test_an_error_while_the_rows_are_taken_is_one_line():
    """Regression: pyoxigraph evaluates a SELECT as its rows are taken, outside the try around store.query: a
    SERVICE whose endpoint is a variable left unbound ended in 'internal error: RuntimeError' (exit 3), a
    SERVICE that failed in a bare 'invalid format'."""
    import pyoxigraph as ox

    from policykg.errors import UsageError
    from policykg.use.query import _evaluate

    with pytest.raises(UsageError, match=r"^query failed: .*service name is unbound"):
        _evaluate(ox.Store(), "SELECT * WHERE { SERVICE ?endpoint { ?s ?p ?o } }")


@pytest.mark.unit
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs mkfifo")
def test_allow_service_reaches_no_local_file(tmp_path):
    """Regression: with --allow-service, --engine reference opened any IRI a SERVICE named with urllib, a local
    file:// one too: a FIFO held the query until --timeout. --allow-service is for http(s) endpoints."""
    write_file(tmp_path, "g.nt", GRAPH)
    os.mkfifo(tmp_path / "fifo")
    write_file(tmp_path, "q.rq", f"SELECT * WHERE {{ SERVICE <{(tmp_path / 'fifo').as_uri()}> {{ ?s ?p ?o }} }}\n")
    for engine in ("reference", "default"):
        r = run_cli("query", tmp_path / "q.rq", "--graph", tmp_path / "g.nt", "--allow-service", "--engine", engine,
                    "--timeout", "5", timeout=60)
        one_line(r, 2, r"SERVICE names <file://\S+/fifo>: --allow-service lets the query reach SPARQL endpoints")


@pytest.mark.unit
def test_an_iri_no_iri_may_hold_is_refused_not_written_out(tmp_path):
    """Regression: rdflib's readers take an IRI holding '>' or '"' (a JSON-LD string, an escape in N-Triples),
    and its writers put it out raw: `export --format ttl` of a JSON-LD file of one triple wrote Turtle that reads
    back as three, one an injected label (exit 0); query and table ended in 'internal error' (exit 3)."""
    bad = f'http://ex/a>.<http://ex/s><{LABEL}>"INJECTED";<http://ex/q><http://ex/b'
    doc = {"@context": {"p": {"@id": "http://ex/p", "@type": "@id"}}, "@id": "http://ex/s", "p": bad}
    write_file(tmp_path, "g.jsonld", json.dumps(doc))
    r = run_cli("export", "--format", "ttl", "--graph", tmp_path / "g.jsonld", "--out", tmp_path / "e.ttl")
    one_line(r, 2, r"g\.jsonld: not a readable json-ld graph \(the IRI 'http://ex/a>.* holds U\+003E '>', which no "
                   r"IRI may hold\)")
    assert not (tmp_path / "e.ttl").exists()
    write_file(tmp_path, "q.rq", "SELECT * WHERE { ?s ?p ?o }\n")
    one_line(run_cli("query", tmp_path / "q.rq", "--graph", tmp_path / "g.jsonld"), 2, r"which no IRI may hold")


@pytest.mark.unit
def test_a_name_that_begins_several_competency_questions_is_refused():
    """Regression: `policykg query cq` ran cq-01, the first of the thirteen questions the name begins, without a
    word; a unique beginning (cq-10, 10) still names its question."""
    from policykg.errors import UsageError
    from policykg.use.query_files import query_path

    with pytest.raises(UsageError, match=r"^cq: names 13 competency questions \(cq-01-park-project-target\.rq, "):
        query_path("cq")
    assert query_path("cq-10").name == query_path("10").name == "cq-10-promise-vs-result.rq"


@pytest.mark.unit
def test_a_service_endpoint_that_redirects_is_not_followed_by_the_reference_engine(tmp_path):
    """Regression: with --allow-service, rdflib's evaluator (--engine reference) followed a SERVICE endpoint's
    redirect wherever it pointed (another host than the query named) and showed that host's rows as the answer;
    the default engine (pyoxigraph) follows none, nor does `query --endpoint`."""
    rows = {"head": {"vars": ["x"]}, "results": {"bindings": [{"x": {"type": "literal", "value": "ELSEWHERE"}}]}}
    with fake_server(lambda h, _: reply(h, body=json.dumps(rows).encode())) as (elsewhere, seen_there):
        with fake_server(lambda h, _: reply(h, 302, headers=[("Location", f"{elsewhere}/sparql")])) as (url, seen):
            write_file(tmp_path, "g.nt", GRAPH)
            write_file(tmp_path, "q.rq", f"SELECT ?x WHERE {{ SERVICE <{url}/sparql> {{ ?x ?p ?o }} }}\n")
            r = run_cli("query", tmp_path / "q.rq", "--graph", tmp_path / "g.nt", "--allow-service", "--engine",
                        "reference", "--timeout", "30", timeout=60)
            one_line(r, 2, r"/sparql: redirects to http://127\.0\.0\.1:\d+/sparql \(HTTP 302\); not followed")
            assert len(seen) == 1 and seen_there == []


@pytest.mark.unit
def test_a_service_the_reference_engine_would_skip_is_refused(tmp_path):
    """Regression: rdflib's evaluator reads a SERVICE's endpoint from the clause's text (`SERVICE <iri> {`), so
    `SERVICE SILENT <…>` or a prefixed-name endpoint was skipped: --engine reference answered no rows, exit 0,
    where the default engine queried the endpoint."""
    rows = {"head": {"vars": ["x"]}, "results": {"bindings": [{"x": {"type": "literal", "value": "子牙"}}]}}
    with fake_server(lambda h, _: reply(h, body=json.dumps(rows).encode())) as (url, seen):
        write_file(tmp_path, "g.nt", GRAPH)
        for clause in (f"SERVICE SILENT <{url}/sparql>", "SERVICE e:sparql"):
            write_file(tmp_path, "q.rq", f"PREFIX e: <{url}/>\nSELECT ?x WHERE {{ {clause} {{ ?x ?p ?o }} }}\n")
            r = run_cli("query", tmp_path / "q.rq", "--graph", tmp_path / "g.nt", "--allow-service", "--engine",
                        "reference", "--format", "csv", "--timeout", "30", timeout=60)
            one_line(r, 2, r"--engine reference \(rdflib\) runs a SERVICE only when written SERVICE <http://…> \{ … \}, "
                           r"and skips 'SERVICE ")
        assert seen == []
