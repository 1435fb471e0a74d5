"""Review 36: a second reading of hostile38 (the IRI pre-check, SERVICE over http(s)) (docs/checks/review36.md)."""
from __future__ import annotations

import pytest

from cli_helpers import one_line, run_cli, write_file

LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
PARK = "<https://w3id.org/policykg/id/park/jinghaiqu/ziya>"


@pytest.mark.unit
def test_an_escaped_iri_after_a_line_end_inside_it_is_refused_not_written_out(tmp_path):
    """Regression: the text pre-check looked from '<' only up to a space, line end or '"', but rdflib takes those
    inside <…>: an IRI holding a line end, then the escape of '>', was never checked, and `export --format ttl`
    wrote it raw (one triple read back as three, one an injected label). Literals holding "<=" still load."""
    injected = f'>.{PARK}<{LABEL}>"INJECTED";<http://ex/q><http://ex/b'
    injected = "".join(f"\\u{ord(c):04X}" if c in '<>"' else c for c in injected)   # each an escape
    write_file(tmp_path, "g.ttl", f'{PARK} <{LABEL}> "子牙 <=" ;\n  <http://ex/p> <http://ex/a\n{injected}> .\n')
    r = run_cli("export", "--format", "ttl", "--graph", tmp_path / "g.ttl", "--out", tmp_path / "e.ttl")
    one_line(r, 2, r"g\.ttl: not a readable turtle graph \(the IRI 'http://ex/a\\n>.* holds U\+000A '\\n', which no "
                   r"IRI may hold\)")
    assert not (tmp_path / "e.ttl").exists()
    write_file(tmp_path, "ok.ttl", f'{PARK} <{LABEL}> "子牙 <=", "<http://ex/a b>", """<x\n\\u003E>""" .\n')
    r = run_cli("export", "--format", "nt", "--graph", tmp_path / "ok.ttl", "--out", tmp_path / "ok.nt")
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "ok.nt").read_text(encoding="utf-8").count("\n") == 3


@pytest.mark.unit
def test_a_service_holding_a_graph_is_not_sent_elsewhere_by_the_reference_engine(tmp_path):
    """Regression: rdflib's evaluator takes a SERVICE's endpoint as the clause's text up to the last '> {', so
    `SERVICE <e/sparql>{GRAPH<g>{…}}` was sent to 'e/sparql>{GRAPH<g', without its GRAPH, and that answer shown
    (exit 0). The endpoint as written is still queried."""
    import json

    from fake_http import fake_server, reply

    rows = {"head": {"vars": ["x"]}, "results": {"bindings": [{"x": {"type": "literal", "value": "子牙"}}]}}
    with fake_server(lambda h, _: reply(h, body=json.dumps(rows).encode())) as (url, seen):
        write_file(tmp_path, "g.nt", f'{PARK} <{LABEL}> "子牙"@zh .\n')
        write_file(tmp_path, "q.rq", f"SELECT ?x WHERE {{ SERVICE <{url}/sparql>{{GRAPH<http://ex/g>{{?x ?p ?o}}}} }}\n")
        args = ("--graph", tmp_path / "g.nt", "--allow-service", "--engine", "reference", "--format", "csv")
        r = run_cli("query", tmp_path / "q.rq", *args, "--timeout", "30", timeout=60)
        one_line(r, 2, r"--engine reference \(rdflib\) would send 'SERVICE <http://127\.0\.0\.1:\d+/sparql>\{GRAPH.* to "
                       r"'http://127\.0\.0\.1:\d+/sparql>\{GRAPH<http://ex/g', not to <http://127\.0\.0\.1:\d+/sparql> as written")
        assert seen == []
        write_file(tmp_path, "q.rq", f"SELECT ?x WHERE {{ SERVICE <{url}/sparql> {{ ?x ?p ?o }} }}\n")
        r = run_cli("query", tmp_path / "q.rq", *args, "--timeout", "30", timeout=60)
        assert (r.returncode, r.stdout.split()) == (0, ["x", "子牙"]), r.stderr
        assert [path.split("?")[0] for _, path, _, _ in seen] == ["/sparql"]


@pytest.mark.unit
def test_an_iri_holding_a_control_or_a_special_is_refused_not_exported(tmp_path):
    """Regression: rdflib takes an IRI holding DEL, a C1 control (U+0085) or a special (U+FFFD), which RFC 3987
    and pyoxigraph refuse: `export` wrote them out (exit 0) as a file `policykg query` then could not read. A
    no-break space or a CJK character is a character an IRI may hold."""
    for n, ch in enumerate(("\x7f", "\x85", "\ufffd")):
        write_file(tmp_path, f"g{n}.jsonld", '{"@id": "http://ex/s", "http://ex/p": {"@id": "http://ex/a%sb"}}' % ch)
        r = run_cli("export", "--format", "ttl", "--graph", tmp_path / f"g{n}.jsonld", "--out", tmp_path / "e.ttl")
        one_line(r, 2, rf"g{n}\.jsonld: not a readable json-ld graph \(the IRI 'http://ex/a.+b' holds U\+{ord(ch):04X} ")
        assert not (tmp_path / "e.ttl").exists()
    write_file(tmp_path, "ok.ttl", f'{PARK} <http://ex/p> <http://ex/a\xa0园区b>, "\ufffd\x85" .\n')
    r = run_cli("export", "--format", "nt", "--graph", tmp_path / "ok.ttl", "--out", tmp_path / "ok.nt")
    assert r.returncode == 0, r.stderr
