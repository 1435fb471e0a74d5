"""Regression (hostile40): `export` of two graph.trig files — two builds, or one file given twice — ran for
hours in rdflib's blank-node labelling, each file bringing its own copy of the ontology's blank nodes.
Twins (the same structure below, the same parents) are folded first (policykg.use.bnode_twins)."""
from __future__ import annotations

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, RDF, RDFS

from cli_helpers import run_cli
from policykg.use.bnode_twins import without_twins

X = "http://example.org/"


def _restricted(g: Graph, cls: str, value: str) -> BNode:
    r = BNode()
    g.add((URIRef(X + cls), RDFS.subClassOf, r))
    g.add((r, RDF.type, OWL.Restriction))
    g.add((r, OWL.onProperty, URIRef(X + "p")))
    g.add((r, OWL.hasValue, Literal(value)))
    return r


def test_a_twin_under_the_same_parent_is_folded_and_the_graph_stays_equivalent():
    g = Graph()
    _restricted(g, "A", "1")
    _restricted(g, "A", "1")
    folded = without_twins(g)
    assert len(folded) == 4 and len(g) == 8
    single = Graph()
    _restricted(single, "A", "1")
    assert isomorphic(folded, single)


def test_equal_structures_under_other_parents_or_on_a_cycle_stay_apart():
    g = Graph()
    _restricted(g, "A", "1")
    _restricted(g, "B", "1")      # the same restriction on another class: not the same node
    a, b = BNode(), BNode()
    g.add((a, URIRef(X + "next"), b))
    g.add((b, URIRef(X + "next"), a))
    assert without_twins(g) is g


def test_export_of_one_build_given_twice_ends_and_equals_its_own_export(tmp_path, seed_out):
    once, twice = tmp_path / "once.nt", tmp_path / "twice.nt"
    trig = seed_out / "graph.trig"
    assert run_cli("export", "--format", "nt", "--graph", trig, "--out", once, timeout=120).returncode == 0
    r = run_cli("export", "--format", "nt", "--graph", trig, "--graph", trig, "--out", twice, timeout=120)
    assert r.returncode == 0, r.stderr
    assert sorted(twice.read_text().splitlines()) == sorted(once.read_text().splitlines())
