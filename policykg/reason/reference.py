"""The reference reasoning engine: owlrl's OWL RL closure, restricted as ``scope`` says."""
from __future__ import annotations

from rdflib import Graph

from .scope import inferred_graph


def infer(data, ontology: Graph) -> Graph:
    """The inferred graph of ``data`` (a Graph or any iterable of triples) under ``ontology``."""
    import owlrl

    closure = Graph()
    for t in ontology:
        closure.add(t)
    asserted = data if isinstance(data, (Graph, set, frozenset)) else set(data)
    for t in asserted:
        closure.add(t)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics, axiomatic_triples=False, datatype_axioms=False).expand(closure)
    return inferred_graph(closure, asserted)
