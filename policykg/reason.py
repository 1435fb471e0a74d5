"""Stage 5 — reason: the OWL RL closure, kept apart from the asserted facts (DESIGN.md §2).

Engines: ``reference`` is owlrl; ``default`` is ``reason_native`` (OWL RL rules for the constructs the
ontology uses, run in Python over plain triples), falling back to ``reasonable`` (Rust) for graphs
with other constructs. All three give the same inferred graph (tests/test_engines.py, benchmarks/).

The inferred graph is the closure minus what was asserted, restricted to IRI subjects and to
``pkg:`` predicates or ``rdf:type pkg:*`` triples, so every OWL RL reasoner yields the same graph.
"""
from __future__ import annotations

from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from .namespaces import PKG

_NS = str(PKG)
_TYPE = frozenset({RDF.type})


def keep(s, p, o) -> bool:
    if type(s) is not URIRef and not isinstance(s, URIRef):
        return False
    if p in _TYPE:
        return isinstance(o, URIRef) and o.startswith(_NS)
    return p.startswith(_NS)


def infer_reference(data: Graph, ontology: Graph) -> Graph:
    """owlrl's OWL RL closure (the user's named stack)."""
    import owlrl

    closure = Graph()
    for t in ontology:
        closure.add(t)
    for t in data:
        closure.add(t)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics, axiomatic_triples=False, datatype_axioms=False).expand(closure)
    return _restrict(closure, data)


def _restrict(closure, data: Graph) -> Graph:
    inferred = Graph()
    for s, p, o in closure:
        if keep(s, p, o) and (s, p, o) not in data:
            inferred.add((s, p, o))
    return inferred


def infer(data: Graph, ontology: Graph, engine: str = "default") -> Graph:
    """The inferred graph. ``default``: the rule chainer of reason_native, or reasonable when the
    graphs use a construct the chainer does not cover; ``reference``: owlrl."""
    if engine == "reference":
        return infer_reference(data, ontology)
    from .reason_native import infer_native
    found = infer_native(data, ontology)
    if found is None:
        from .reason_fast import infer_fast
        return infer_fast(data, ontology)
    inferred = Graph()
    for t in found:
        inferred.add(t)
    return inferred
