"""Hostile use, round 34: the reading and publishing commands (table, query, push, validate, export) against
odd graphs, queries, stores and environments. Servers run on 127.0.0.1 only."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from fake_http import fake_server, reply

BLANKS = '@prefix : <http://e/> .\n[] :p "a" ; :q [ :r "b" ] .\n[] :p "c" .\n'
ALL = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?o ?p"


def _query(*args):
    from policykg.cli import cli
    return CliRunner().invoke(cli, ["query", *args])


@pytest.mark.unit
def test_a_select_star_sent_to_an_endpoint_is_run(tmp_path):
    """`SELECT *` to `query --endpoint` ended in 'internal error: TypeError' (exit 3) before anything was
    sent: the check for a column named twice read pyparsing's answer for `*` letter by letter."""
    q = tmp_path / "star.rq"
    q.write_text("SELECT * WHERE { ?s ?p ?o } LIMIT 1")
    body = json.dumps({"head": {"vars": ["s"]}, "results": {"bindings": [
        {"s": {"type": "uri", "value": "http://e/x"}}]}}).encode()
    with fake_server(lambda h, _: reply(h, body=body)) as (url, seen):
        r = _query(str(q), "--endpoint", url + "/sparql", "--format", "csv")
    assert r.exit_code == 0, r.output
    assert r.output.splitlines() == ["s", "http://e/x"]
    assert len(seen) == 1


@pytest.mark.unit
@pytest.mark.parametrize("fmt", ["csv", "json", "table"])
def test_blank_nodes_of_a_graph_file_print_the_same_each_run(tmp_path, fmt):
    """Each load gave the graph's blank nodes new random labels, so the same query on the same file printed
    another answer every run (and the two engines two others): labels now go by first appearance."""
    g, q = tmp_path / "b.ttl", tmp_path / "all.rq"
    g.write_text(BLANKS)
    q.write_text(ALL)
    runs = [_query(str(q), "--graph", str(g), "--format", fmt, *engine)
            for engine in ([], [], ["--engine", "reference"])]
    assert all(r.exit_code == 0 for r in runs), runs[0].output
    assert runs[0].output == runs[1].output == runs[2].output
    assert "b0" in runs[0].output and "b1" in runs[0].output and "b2" in runs[0].output


def _cli(*args):
    from policykg.cli import cli
    return CliRunner().invoke(cli, list(args))


@pytest.mark.unit
@pytest.mark.parametrize("fmt", ["nt", "nq", "trig", "ttl"])
def test_a_literal_holding_nul_or_a_line_separator_is_exported_whole(tmp_path, fmt):
    """export sorted N-Triples/N-Quads lines (and set TriG bodies) with str.splitlines, which also splits at
    U+2028 and U+0085: a literal holding one was cut and its pieces sorted apart, a file no reader took back.
    A NUL or ESC was written as it is, and policykg's own commands refused the file as binary data."""
    src = tmp_path / "g.nt"
    src.write_text('<http://e/a> <http://e/p> "=H\\u0000\\u2028z\\u0085y\\u001b\\r\\n" .\n', encoding="utf-8")
    out, back = tmp_path / f"x.{fmt}", tmp_path / "back.nt"
    assert _cli("export", "--graph", str(src), "--format", fmt, "--out", str(out)).exit_code == 0
    r = _cli("export", "--graph", str(out), "--format", "nt", "--out", str(back))
    assert r.exit_code == 0, r.output
    assert back.read_text(encoding="utf-8") == \
        '<http://e/a> <http://e/p> "=H\\u0000\u2028z\x85y\\u001B\\r\\n" .\n'


BLANK_FIGURES = """PREFIX pkg: <https://w3id.org/policykg/ontology#>
BASE <https://w3id.org/policykg/id/>
<report/r-2021> a pkg:Report ; pkg:year 2021 .
""" + "".join(f"""[] a pkg:Target ; pkg:value {v} ; pkg:evidence [ pkg:inReport <report/r-2021> ; pkg:start 0 ;
    pkg:end 1 ; pkg:quote "a" ] .
""" for v in (1, 2, 3))


@pytest.mark.unit
def test_a_table_of_figures_that_are_blank_nodes_is_the_same_each_run(tmp_path):
    """pyoxigraph labels a file's blank nodes at random on each load: a table of figures that are blank nodes
    came in another order, with other iri cells, every run. They get export's canonical labels now."""
    g = tmp_path / "b.ttl"
    g.write_text(BLANK_FIGURES, encoding="utf-8")
    runs = [_cli("table", "targets", "--graph", str(g), "--format", "csv").output for _ in range(2)]
    assert runs[0] == runs[1]
    assert [line.split(",")[10] for line in runs[0].splitlines()[1:]] == ["3", "2", "1"]
    # an RDF list too long for canonical labels (no figure is one) still gives the table
    g.write_text(BLANK_FIGURES + "<http://e/x> <http://e/p> (" + " 1" * 600 + " ) .\n", encoding="utf-8")
    assert _cli("table", "targets", "--graph", str(g), "--format", "csv").output.count("\n") == 4


@pytest.mark.unit
def test_an_integer_of_5000_digits_in_a_table_is_refused_or_kept_not_a_crash(tmp_path):
    """An xsd:integer past Python's 4,300-digit int() limit ended `table` in 'internal error: ValueError'
    (exit 3): a start year is refused in one line as any value its column cannot carry, a value kept exactly."""
    year, value = tmp_path / "y.ttl", tmp_path / "v.ttl"
    head = "@prefix pkg: <https://w3id.org/policykg/ontology#> .\n<http://e/t> a pkg:Target ; "
    year.write_text(head + f"pkg:startYear {'9' * 5000} .\n", encoding="utf-8")
    value.write_text(head + f"pkg:value {'9' * 5000} .\n", encoding="utf-8")
    r = _cli("table", "targets", "--graph", str(year), "--format", "csv")
    from policykg.errors import InputError
    assert isinstance(r.exception, InputError), r.exception
    assert "its start_year is '9999" in str(r.exception) and "not a whole number" in str(r.exception)
    r = _cli("table", "targets", "--graph", str(value), "--format", "json")
    assert r.exit_code == 0 and f'"value": {"9" * 5000},' in r.output


@pytest.mark.unit
def test_export_of_a_graph_holding_a_quoted_triple_is_refused_in_one_line(tmp_path):
    """pyoxigraph reads RDF-star; export's fast path then handed the quoted triple to rdflib's terms and
    ended in 'internal error: AttributeError: pyoxigraph.Triple … language' (exit 3). It now takes the rdflib
    path, whose reader refuses the file naming it (exit 2, as validate does)."""
    from policykg.errors import InputError
    g = tmp_path / "star.nt"
    g.write_text("<http://e/a> <http://e/p> <<( <http://e/s> <http://e/p> <http://e/o> )>> .\n", encoding="utf-8")
    r = _cli("export", "--graph", str(g), "--format", "ttl", "--out", str(tmp_path / "x.ttl"))
    assert isinstance(r.exception, InputError) and "not a readable nt graph" in str(r.exception), r.exception
    assert not (tmp_path / "x.ttl").exists()
