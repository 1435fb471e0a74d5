"""TripleSet: what crosses from the build's worker processes comes back as equal rdflib terms."""
from __future__ import annotations

import pickle
from pathlib import Path

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD

from policykg.corpus.triples import TripleSet

ROOT = Path(__file__).resolve().parents[1]


def test_round_trip_keeps_every_kind_of_term():
    s, p = URIRef("https://example.org/s"), URIRef("https://example.org/p")
    objects = [URIRef("https://example.org/o"), BNode("b1"), Literal("静海区", lang="zh"), Literal("plain"),
               Literal("3", datatype=XSD.integer), Literal("2.50", datatype=XSD.decimal),
               Literal("true", datatype=XSD.boolean), Literal("2021-01-20", datatype=XSD.date),
               Literal("x\n\"y\"\\", datatype=XSD.string), Literal("not a number", datatype=XSD.integer)]
    before = TripleSet((s, p, o) for o in objects)
    after = pickle.loads(pickle.dumps(before))
    assert type(after) is TripleSet and after == before
    for o in objects:
        twin = next(t[2] for t in after if t[2] == o)
        assert type(twin) is type(o) and twin.n3() == o.n3()
        if isinstance(o, Literal):
            assert (twin.datatype, twin.language, twin.ill_typed) == (o.datatype, o.language, o.ill_typed)


def test_round_trip_of_a_built_report_graph():
    from policykg.corpus.build import process

    g = process(str(ROOT / "data" / "reports" / "jinghai-2021.txt")).graph
    before = TripleSet(g)
    after = pickle.loads(pickle.dumps(before))
    assert len(after) == len(g) > 4000
    assert after == set(g)
