"""OWL RL closure with `reasonable` (Rust), filtered exactly as the reference (reason.keep)."""
from __future__ import annotations

from rdflib import Graph, Literal
from rdflib.namespace import XSD

from .reason import keep


def infer_fast(data: Graph, ontology: Graph) -> Graph:
    import reasonable

    r = reasonable.PyReasoner()
    r.from_graph(ontology)
    r.from_graph(data)
    inferred = Graph()
    for s, p, o in r.reason():
        if isinstance(o, Literal) and o.datatype == XSD.string:
            o = Literal(str(o))  # reasonable types plain strings; RDF 1.1 says they are the same term
        if keep(s, p, o) and (s, p, o) not in data:
            inferred.add((s, p, o))
    return inferred
