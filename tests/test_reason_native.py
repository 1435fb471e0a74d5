"""The rule chainer (policykg.reason.native) draws exactly what owlrl draws (docs/contract.md), and hands
over to the reference engine (owlrl) when a graph uses a construct it does not implement."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from policykg.corpus.build import ontology_graph
from policykg import reason
from policykg.reason import infer
from policykg.reason.native import infer_native
from policykg.reason.reference import infer as infer_reference

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "tests" / "shapes").glob("*/*.ttl"))
PREFIXES = """
@prefix pkg: <https://w3id.org/policykg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix ex: <https://example.org/> .
"""


@pytest.fixture(scope="module")
def ontology():
    return ontology_graph()


@pytest.mark.parametrize("path", EXAMPLES, ids=[f"{p.parent.name}-{p.stem}" for p in EXAMPLES])
def test_examples_same_as_owlrl(path, ontology):
    g = Graph().parse(path, format="turtle")
    assert infer_native(g, ontology) == set(infer_reference(g, ontology))


CASES = {
    # partOf is transitive with inverse hasPart; hosts/locatedIn are inverses with domains/ranges
    "chains": """ex:s3 pkg:partOf ex:s2 . ex:s2 pkg:partOf ex:s1 . ex:s1 pkg:partOf ex:r .
                 ex:park pkg:hosts ex:p1 . ex:p2 pkg:locatedIn ex:park .""",
    "schema in the data": """ex:Span rdfs:subClassOf pkg:Evidence . ex:e a ex:Span .
                             ex:near rdfs:subPropertyOf pkg:locatedIn . ex:a ex:near ex:b .""",
    "literal objects": 'ex:t pkg:value 3 ; pkg:unitText "亿元" ; pkg:indicator ex:i .',
    "empty": "",
}


@pytest.mark.parametrize("ttl", CASES.values(), ids=list(CASES))
def test_cases_same_as_owlrl(ttl, ontology):
    g = Graph().parse(data=PREFIXES + ttl, format="turtle")
    native = infer_native(g, ontology)
    assert native == set(infer_reference(g, ontology))
    assert native == set(infer(g, ontology)) == set(infer(set(g), ontology, engine="native"))


def test_transitive_chain_is_closed(ontology):
    g = Graph().parse(data=PREFIXES + CASES["chains"], format="turtle")
    local = {(str(s).rsplit("/", 1)[1], str(p).rsplit("#", 1)[1], str(o).rsplit("/", 1)[1])
             for s, p, o in infer_native(g, ontology)}
    assert ("s3", "partOf", "r") in local and ("r", "hasPart", "s3") in local
    assert ("p2", "locatedIn", "park") not in local  # asserted, so not inferred
    assert ("park", "hosts", "p2") in local and ("p1", "locatedIn", "park") in local


FALLBACK = {  # a construct the chainer does not implement → the subject whose pkg:Park type owlrl draws
    "symmetric": ("ex:p a owl:SymmetricProperty . ex:a ex:p ex:b .", None),
    "equivalentClass": ("ex:A owl:equivalentClass pkg:Park . ex:x a ex:A .", "x"),
    "sameAs": ("ex:x owl:sameAs ex:y . ex:y a pkg:Park .", "x"),
}


@pytest.mark.parametrize("construct, park", FALLBACK.values(), ids=list(FALLBACK))
def test_unsupported_construct_falls_back_to_owlrl(construct, park, ontology, monkeypatch):
    g = Graph().parse(data=PREFIXES + construct, format="turtle")
    assert infer_native(g, ontology) is None
    expected = set(infer_reference(g, ontology))
    parks = {str(s).rsplit("/", 1)[1] for s, p, o in expected if str(o).endswith("#Park")}
    assert parks == ({park} if park else set())
    calls = []
    monkeypatch.setattr(reason.reference, "infer", lambda d, o: calls.append(d) or infer_reference(d, o))
    assert set(infer(g, ontology)) == expected
    assert len(calls) == 1


def test_seed_same_as_owlrl(ontology, tmp_path):
    from policykg.corpus.build import build

    g = build([str(ROOT / "data" / "reports" / "jinghai-2021.txt")]).asserted
    native = infer_native(g, ontology)
    assert len(native) > 100
    assert native == set(infer_reference(g, ontology))
