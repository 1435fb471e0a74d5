"""Hostile use, round 3 continued: graph files that rdflib misreads or fails on (ill-typed literals, N3
formulas, bare JSON values, escaped half surrogates, plain JSON or empty files) are read without a
traceback, or refused in one line with the folder left as it was.
"""
from __future__ import annotations

import pytest

from cli_helpers import one_line, run_cli, tree


@pytest.mark.parametrize("command", ["validate", "export", "query"])
def test_a_graph_with_an_ill_typed_literal_is_read_without_a_traceback(tmp_path, command):
    """"abc"^^xsd:integer is legal RDF, yet validate, export and query printed rdflib's 'Failed to
    convert Literal lexical form to value' with a traceback for each such value."""
    graph = tmp_path / "g.ttl"
    graph.write_text('<http://x/a> <http://x/p> "abc"^^<http://www.w3.org/2001/XMLSchema#integer> .\n')
    (tmp_path / "all.rq").write_text("SELECT * WHERE { ?s ?p ?o }\n")
    args = {"validate": ["validate", graph], "query": ["query", tmp_path / "all.rq", "--graph", graph],
            "export": ["export", "--format", "nt", "--graph", graph, "--out", tmp_path / "g.nt"]}[command]
    r = run_cli(*args, timeout=60)
    assert r.returncode == 0 and r.stderr == "", r.stderr


def _export_refused(tmp_path, graph, fmt: str, message: str) -> None:
    """export of GRAPH to FMT exits 2 with one line matching MESSAGE, and the folder is left as it was."""
    before = tree(tmp_path)
    r = run_cli("export", "--format", fmt, "--graph", graph, "--out", tmp_path / f"o.{fmt}", timeout=60)
    one_line(r, 2, message)
    assert tree(tmp_path) == before


@pytest.mark.parametrize("fmt", ["nt", "trig"])
def test_an_n3_file_with_formulas_or_variables_is_refused(tmp_path, fmt):
    """A .n3 rule file ({ ?x :p ?y } => { ?y :q ?x }) was exported as N-Triples holding '?x' and
    '{_:_:Formula2}', which no reader takes back, and as TriG ended in 'internal error: AttributeError'."""
    rules = tmp_path / "rules.n3"
    rules.write_text("@prefix : <http://x/> .\n{ ?x :p ?y } => { ?y :q ?x } .\n:a :p :b .\n")
    _export_refused(tmp_path, rules, fmt, r"rules.n3: holds N3 formulas or variables .* which are not RDF")


def test_a_json_ld_file_that_is_a_bare_json_value_is_named(tmp_path):
    """A .jsonld holding a bare string said '(UnboundLocalError: cannot access local variable
    'resources' …)', rdflib's own failure, not what is wrong with the file."""
    graph = tmp_path / "g.jsonld"
    graph.write_text('"a string"\n')
    one_line(run_cli("validate", graph, timeout=60), 2,
             r"g.jsonld: not a readable json-ld graph \(the document is a JSON string, not an object or array\)")


@pytest.mark.parametrize("fmt", ["nt", "ttl"])
def test_a_graph_escaping_half_a_surrogate_pair_is_refused(tmp_path, fmt):
    """"bad\\uD800x" in N-Triples (no Unicode character) was read by rdflib as a lone surrogate, and export
    to nt or ttl ended in 'internal error: UnicodeEncodeError' (exit 3)."""
    graph = tmp_path / "g.nt"
    graph.write_text('<http://x/a> <http://www.w3.org/2000/01/rdf-schema#label> "bad\\uD800x" .\n')
    _export_refused(tmp_path, graph, fmt,
                    r"g.nt: not a readable nt graph \(an escape names U\+D800, half of a UTF-16 surrogate pair")


@pytest.mark.parametrize("name, content, pattern", [
    ("package.json", '{"name": "x", "version": "1.0", "dependencies": {"a": "^1"}}\n',
     r"package.json: not a JSON-LD graph \(no @context, @graph or @id anywhere\)"),
    ("empty.ttl", "", r"empty.ttl: holds no triples; nothing to validate"),
    ("empty.jsonld", "[]\n", r"empty.jsonld: holds no triples; nothing to validate")])
def test_validate_refuses_a_file_that_holds_no_graph(tmp_path, name, content, pattern):
    """validate package.json said 'conforms (0 triples)' (rdflib reads any JSON as JSON-LD, and plain JSON as
    nothing); so did an empty graph file: a pass where nothing was checked."""
    graph = tmp_path / name
    graph.write_text(content)
    one_line(run_cli("validate", graph, timeout=60), 2, pattern)
