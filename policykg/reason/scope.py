"""What the inferred graph keeps (docs/contract.md), shared by both reasoning engines.

The inferred graph is the closure minus what was asserted, restricted to IRI subjects and to
``pkg:`` predicates or ``rdf:type pkg:*`` triples, so every OWL RL reasoner yields the same graph.
"""
from __future__ import annotations

from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from ..vocab import PKG

_NS = str(PKG)
_TYPE = frozenset({RDF.type})


def keep(s, p, o) -> bool:
    """Whether an inferred triple belongs in the inferred graph."""
    if type(s) is not URIRef and not isinstance(s, URIRef):
        return False
    # str.startswith, not rdflib's: Identifier.startswith is Python code (str(self) each call)
    if p in _TYPE:
        return isinstance(o, URIRef) and str.startswith(o, _NS)
    return str.startswith(p, _NS)


def inferred_graph(closure, asserted) -> Graph:
    """The triples of ``closure`` that ``keep`` accepts and ``asserted`` does not hold, as a Graph."""
    inferred = Graph()
    for t in closure:
        if keep(*t) and t not in asserted:
            inferred.add(t)
    return inferred
