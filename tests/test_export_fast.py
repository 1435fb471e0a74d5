"""The fast path of `policykg export` (pyoxigraph reading): the same bytes as the rdflib path in every
format, and the rdflib path for the inputs it cannot read exactly."""
from __future__ import annotations

import pytest

from policykg.use import export as E
from policykg.use import export_fast as F

TTL = """@prefix ex: <http://example.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
ex:a ex:p [ ex:q "x" ; ex:r [ ex:s "y"^^xsd:string ] ] ; ex:list ( 1 2 "three"@en ex:b ) .
_:n1 ex:knows _:n2 . _:n2 ex:knows _:n1 .
ex:c ex:v "01"^^xsd:integer , "1e3"^^xsd:double , "1.50"^^xsd:decimal , "tab\\there"^^xsd:string ,
    "q\\"uote\\\\ back\\nnl\\r\\u0001\\u2028\\u00e9 中文 \\U0001F600" , "<=”“>"@zh , "2020"^^xsd:gYear .
[] a ex:Thing ; ex:label "无名"@zh .
"""
TRIG = """@prefix ex: <http://example.org/> .
ex:d ex:p "default" .
ex:g1 { ex:s ex:p "one" , "two"^^<http://www.w3.org/2001/XMLSchema#string> . ex:s ex:q [ ex:r 1 ] . }
ex:g2 { ex:s ex:p "one" . ex:t ex:p ex:s . }
"""
NQ = ('<http://example.org/s> <http://example.org/p> "a\\u00e9\\t\\"b" <http://example.org/g1> .\n'
      '<http://example.org/s> <http://example.org/p> "d" .\n'
      '_:x <http://example.org/p> "5"^^<http://www.w3.org/2001/XMLSchema#integer> <http://example.org/g2> .\n')


def _write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def _rdflib_path(paths, fmt):
    return E.WRITERS[fmt](E.load(paths))


@pytest.mark.parametrize("fmt", E.FORMATS)
def test_fast_path_gives_the_rdflib_bytes(tmp_path, fmt):
    paths = [_write(tmp_path, "c.nq", NQ), _write(tmp_path, "a.ttl", TTL), _write(tmp_path, "b.trig", TRIG)]
    assert F.read(paths) is not None
    assert E.render(paths, fmt) == _rdflib_path(paths, fmt)


def test_typed_literals_normalised_and_strings_plain(tmp_path):
    q = F.read([_write(tmp_path, "a.ttl", TTL)])
    text = F.lines(F.union(q))
    assert '"1"^^<http://www.w3.org/2001/XMLSchema#integer>' in text
    assert '"1000.0"^^<http://www.w3.org/2001/XMLSchema#double>' in text
    assert '"tab\there" .' in text and "XMLSchema#string" not in text


def test_same_blank_label_in_two_files_is_two_nodes(tmp_path):
    one = _write(tmp_path, "one.nt", '_:b <http://example.org/p> "1" .\n')
    two = _write(tmp_path, "two.nt", '_:b <http://example.org/p> "2" .\n')
    subjects = {s for s, _, _ in F.union(F.read([one, two]))}
    assert len(subjects) == 2
    assert E.render([one, two], "nt") == _rdflib_path([one, two], "nt")


@pytest.mark.parametrize("name, text", [
    ("tag.ttl", '<http://example.org/a> <http://example.org/p> "colour"@en-GB .\n'),
    ("base.ttl", '@base <http://example.org/> .\n<a> <p> "x" .\n'),
    ("relative.ttl", '<a> <http://example.org/p> "x" .\n'),
    ("bom.nt", '\ufeff<http://example.org/a> <http://example.org/p> "x" .\n'),
    ("later.nq", None),
    ("doc.jsonld", '{"@id": "http://example.org/a", "http://example.org/p": "x"}'),
])
def test_rdflib_path_for_what_the_fast_path_cannot_read_exactly(tmp_path, name, text):
    paths = [_write(tmp_path, name, text)] if text else [_write(tmp_path, "a.trig", TRIG), _write(tmp_path, name, NQ)]
    assert F.read(paths) is None
    if name != "bom.nt":
        assert E.render(paths, "nt") == _rdflib_path(paths, "nt")


def test_capitalised_language_tag_kept(tmp_path):
    path = _write(tmp_path, "tag.ttl", '<http://example.org/a> <http://example.org/p> "colour"@en-GB .\n')
    assert '"colour"@en-GB' in E.render([path], "nt")


def test_memoised_longturtle_names_a_subject_by_a_prefix_bound_after_it():
    """Subjects in a ring of namespaces, each bound (ns1, ns2, …) by the predicate of another triple:
    whatever order longturtle reads them in, one subject is looked up before its namespace has a
    prefix. It is named with that prefix all the same, as by rdflib's own longturtle."""
    from rdflib import BNode, Literal, URIRef

    from policykg.emit.serialise import turtle

    ns = [f"http://example.org/{i}/" for i in range(6)]
    triples = [(URIRef(ns[i] + "s"), URIRef(ns[(i + 1) % 6] + "p"), Literal("x")) for i in range(6)]
    triples.append((BNode("b"), URIRef(ns[0] + "p"), Literal("y")))
    text = F.turtle(triples)
    assert text == turtle(triples)
    assert "<http://example.org/" not in text.split("\n\n", 1)[1]


@pytest.mark.parametrize("fmt", ["nq", "ttl"])
def test_an_nquads_file_after_a_turtle_file_keeps_the_turtle_files_triples(tmp_path, fmt):
    """rdflib's N-Quads reader replaced the default graph read so far: --graph a.ttl --graph b.nq lost a.ttl."""
    ttl = _write(tmp_path, "a.ttl", '<http://example.org/a> <http://example.org/p> "A" .\n')
    nq = _write(tmp_path, "b.nq", NQ)
    text = E.render([str(ttl), str(nq)], fmt)
    assert '"A"' in text and '"d"' in text
    from policykg.use.loading import load_dataset
    assert len(list(load_dataset([str(ttl), str(nq)]).quads())) == 4


# rdflib orders literals of different datatypes by value when both are numbers and by datatype IRI
# otherwise ("1"^^integer < "1.5"^^decimal < "2020"^^gYear < "1"^^integer), and longturtle numbers
# the namespaces of predicates (ns1, ns2, …) as it meets them: both followed the order a graph's
# triples came in, which is hash order, so it changed with new blank-node ids and PYTHONHASHSEED.
GRAPH = """@prefix ex: <http://example.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
[] ex:v "01"^^xsd:integer , "1e3"^^xsd:double , "1.50"^^xsd:decimal , "2020"^^xsd:gYear , "x" , "y"@zh .
""" + "".join(f"[] <http://example.org/{i}/p> {i} .\n" for i in range(5))


@pytest.mark.parametrize("fmt", ["ttl", "trig"])
def test_turtle_export_is_the_same_under_any_hash_seed(tmp_path, fmt):
    """`policykg export` in two processes: canonical blank-node labels are fixed, the hash order is not."""
    import os
    import subprocess
    import sys

    from cli_helpers import ROOT

    graph = _write(tmp_path, "a.ttl", GRAPH)
    texts = []
    for seed in ("1", "2"):
        out = tmp_path / f"out{seed}.{fmt}"
        subprocess.run([sys.executable, "-m", "policykg.cli", "export", "--format", fmt, "--graph", graph,
                        "--out", str(out)], cwd=ROOT, env=dict(os.environ, PYTHONHASHSEED=seed), check=True)
        texts.append(out.read_text(encoding="utf-8"))
    assert texts[0] == texts[1] == E.render([graph], fmt)
    assert "ns5:" in texts[0]


def test_longturtle_bytes_do_not_depend_on_the_order_triples_come_in():
    """The writer of graphs with blank nodes, given the same triples in every rotation of one order
    (they gave different texts before): one text, that of emit.serialise.turtle."""
    from rdflib import BNode, Graph

    from policykg.emit.serialise import turtle

    parsed = sorted(Graph().parse(data=GRAPH, format="turtle"), key=lambda t: tuple(map(str, t)))
    names = {b: BNode(f"b{i}") for i, b in enumerate(sorted({s for s, _, _ in parsed}))}
    triples = [(names[s], p, o) for s, p, o in parsed]
    texts = {F.turtle(triples[k:] + triples[:k]) for k in range(len(triples))}
    assert texts == {turtle(F.as_graph(triples))}


def test_graphml_values_equal_in_python_are_kept_apart():
    """1, 1.0 and true are equal in Python: the set of a property's values kept the one read first."""
    from rdflib import Literal
    from rdflib.namespace import XSD

    from policykg.use.export_graphml import _attr_value

    values = [Literal("1", datatype=XSD.integer), Literal("1.0", datatype=XSD.double),
              Literal("true", datatype=XSD.boolean)]
    assert _attr_value(values) == _attr_value(values[::-1]) == "1; 1.0; True"
    assert _attr_value(values[1:2] * 2) == 1.0
