"""Hostile use, round 22: what round 21 knew and left (a number beyond a float's range shown as `inf`, a
SELECT naming a variable twice, report ids differing only in case), then what a new hostile user tried.

The CLI runs as a real subprocess where the case is about the command line.
"""
from __future__ import annotations

import json
import re

import pytest

from cli_helpers import ROOT, one_line, run_cli, write_file

BEYOND = ("@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
          '<urn:a> <urn:v> "1e99999"^^xsd:double .\n'
          "<urn:b> <urn:v> -1e99999 .\n"
          '<urn:c> <urn:v> "NaN"^^xsd:double .\n')
VALUES = "SELECT ?s ?v WHERE { ?s <urn:v> ?v } ORDER BY ?s\n"


@pytest.mark.unit
@pytest.mark.parametrize("engine", ["default", "reference"])
@pytest.mark.parametrize("fmt", ["csv", "json", "table"])
def test_a_double_beyond_a_floats_range_is_shown_in_xsds_spelling(tmp_path, engine, fmt):
    """`"1e99999"^^xsd:double` in a graph was shown as `inf` by `query` in every format on both engines
    (rdflib's str() of the float), which no xsd:double reads back: an answer's JSON was not RDF. Decided:
    such a value is shown as XSD spells it, INF / -INF / NaN (the engines keep no other form of it)."""
    graph = write_file(tmp_path, "g.ttl", BEYOND)
    r = run_cli("query", write_file(tmp_path, "q.rq", VALUES), "--graph", graph, "--format", fmt, "--engine", engine)
    assert r.returncode == 0, r.stderr
    shown = r.stdout
    if fmt == "json":
        shown = " ".join(b["v"]["value"] for b in json.loads(r.stdout)["results"]["bindings"])
    assert "inf" not in shown
    assert shown.count("-INF") == 1 and shown.count("INF") == 2 and "NaN" in shown and "nan" not in shown


@pytest.mark.unit
@pytest.mark.parametrize("value, shown", [("1e99999", "INF"), ("-1e400", "-INF"), ('"1e40"^^xsd:float', "INF"),
                                          ('"INF"^^xsd:double', "INF")])
def test_a_param_beyond_its_types_range_is_bound_and_shown_as_inf(tmp_path, value, shown):
    """`--param p=1e99999` was bound as INF (round 15 kept that: a double beyond the range is INF in XSD,
    and INF compares) but its answer was shown as `inf`: it is shown as XSD spells it."""
    query = write_file(tmp_path, "q.rq", "SELECT ?x WHERE { BIND(?p AS ?x) }\n")
    r = run_cli("query", query, "--graph", write_file(tmp_path, "g.ttl", BEYOND), "--param", f"p={value}",
                "--format", "csv")
    assert (r.returncode, r.stdout) == (0, f"x\n{shown}\n"), r.stderr


@pytest.mark.unit
def test_graphml_keeps_a_double_beyond_a_floats_range_as_text(tmp_path):
    """`export --format graphml` wrote `inf` into a double attribute (no GraphML reader's double): the
    value is kept as text, as an integer beyond 64 bits is."""
    graph = write_file(tmp_path, "g.ttl", "@prefix pkg: <https://w3id.org/policykg/ontology#> .\n"
                                          "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
                                          '<urn:a> a pkg:Target ; pkg:value "1e99999"^^xsd:double .\n'
                                          "<urn:b> a pkg:Target ; pkg:value 2.5 .\n")
    out = tmp_path / "g.graphml"
    r = run_cli("export", "--format", "graphml", "--graph", graph, "--out", out)
    assert r.returncode == 0, r.stderr
    text = out.read_text(encoding="utf-8")
    assert ">inf<" not in text and ">INF<" in text and ">2.5<" in text


@pytest.mark.unit
@pytest.mark.parametrize("engine", ["default", "reference"])
@pytest.mark.parametrize("fmt", ["csv", "json", "table"])
def test_a_select_naming_a_variable_twice_is_refused_on_every_engine(tmp_path, engine, fmt):
    """`SELECT ?s ?s` showed the column twice on --engine reference (and JSON's head named it twice), and
    the default engine refused it in pyoxigraph's words ('expected one of Duplicated variable name in
    SELECT, ['0'..='9'], [_]'): both now say which variable, before any output."""
    graph = write_file(tmp_path, "g.ttl", BEYOND)
    query = write_file(tmp_path, "q.rq", "SELECT ?s ?s ?v WHERE { ?s <urn:v> ?v }\n")
    one_line(run_cli("query", query, "--graph", graph, "--engine", engine, "--format", fmt), 2,
             r"the query's SELECT names \?s twice; name each variable once$")


@pytest.mark.unit
def test_a_select_naming_a_variable_twice_is_not_sent_to_an_endpoint():
    """The endpoint's side: the query is refused before it is sent, and an endpoint answering with a
    variable twice in its head is no SPARQL results answer (each column would be shown twice)."""
    from policykg.errors import UsageError
    from policykg.use.query_endpoint import _NotResults, _rows
    from policykg.use.sparql_form import check
    with pytest.raises(UsageError, match=r"names \?a twice"):
        check("SELECT ?a (1 AS ?b) ?a WHERE { ?a ?p ?o }", endpoint=True)
    assert check("SELECT ?a ?b WHERE { ?a ?p ?b }", endpoint=True) == "SELECT"
    with pytest.raises(_NotResults, match='"a" is named twice'):
        _rows({"head": {"vars": ["a", "a"]}, "results": {"bindings": []}}, "SELECT")


@pytest.mark.unit
@pytest.mark.parametrize("rid", ["Foo", "JINGHAIQU-2021", "sHared"])
def test_a_report_id_with_capitals_is_refused_before_any_work(tmp_path, rid):
    """`--report-id Foo` and a report whose id is foo (every id policykg gives is lowercase) were two
    reports of an output whose files (shared/Foo.nt, shared/foo.nt) are one file on a case-insensitive
    disk: the second write replaced the first. Decided: --report-id takes lowercase letters only."""
    one_line(run_cli("build", ROOT / "data" / "reports" / "jinghai-2021.txt", "--report-id", rid,
                     "--out", tmp_path / "out"), 2,
             rf"--report-id '{rid}': use lowercase letters.*those of '{rid.lower()}'$")
    assert not (tmp_path / "out").exists()


@pytest.mark.unit
@pytest.mark.parametrize("source", ["ttl", "jsonld"])   # pyoxigraph's fast path and rdflib's
@pytest.mark.parametrize("fmt", ["ttl", "nt", "nq", "trig", "jsonld"])
def test_export_writes_a_double_beyond_a_floats_range_as_xsd_spells_it(tmp_path, source, fmt):
    """`export` wrote "1e99999"^^xsd:double as "inf"^^xsd:double (an ill-typed literal: rdflib's normalised
    lexical form) and JSON-LD as the bare constant Infinity (no JSON): both are now INF / -INF / NaN, typed,
    and the JSON-LD reads back as the same graph."""
    if source == "ttl":
        graph = write_file(tmp_path, "g.ttl", BEYOND)
    else:
        graph = write_file(tmp_path, "g.jsonld", json.dumps({"@graph": [
            {"@id": f"urn:{s}", "urn:v": {"@value": v, "@type": "http://www.w3.org/2001/XMLSchema#double"}}
            for s, v in (("a", "1e99999"), ("b", "-1e99999"), ("c", "NaN"))]}))
    out = tmp_path / f"x.{fmt}"
    assert run_cli("export", "--format", fmt, "--graph", graph, "--out", out).returncode == 0
    text = out.read_text(encoding="utf-8")
    assert not re.search(r"\binf\b|Infinity", text) and text.count('"-INF"') == 1 and text.count('"INF"') == 1
    assert '"NaN"' in text
    if fmt == "jsonld":
        json.loads(text, parse_constant=lambda c: pytest.fail(f"{c} in JSON"))
        back = tmp_path / "back.nt"
        assert run_cli("export", "--format", "nt", "--graph", out, "--out", back).returncode == 0
        assert back.read_text(encoding="utf-8") == (
            '<urn:a> <urn:v> "INF"^^<http://www.w3.org/2001/XMLSchema#double> .\n'
            '<urn:b> <urn:v> "-INF"^^<http://www.w3.org/2001/XMLSchema#double> .\n'
            '<urn:c> <urn:v> "NaN"^^<http://www.w3.org/2001/XMLSchema#double> .\n')


@pytest.mark.unit
def test_serve_names_the_variable_a_select_names_twice():
    """`serve` answered `SELECT ?a ?a` with HTTP 400 in pyoxigraph's words ('expected one of Duplicated
    variable name in SELECT, ['0'..='9'], [_]'); it says which variable, as `query` does."""
    import pyoxigraph as ox

    from policykg.use.serve_answer import answer
    status, _, body = answer(ox.Store(), {"query": "SELECT ?a (1 AS ?b) ?a WHERE {}", "accept": None})
    assert (status, body) == (400, b"the query's SELECT names ?a twice; name each variable once\n")
    assert answer(ox.Store(), {"query": "SELECT ?a WHERE {", "accept": None})[2].startswith(b"query does not parse: ")
