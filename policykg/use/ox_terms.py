"""Terms between rdflib and pyoxigraph: kept apart from ``use.query`` so that a build, which writes the
shared parts' N-Triples through pyoxigraph (corpus.parts), does not import the query machinery."""
from __future__ import annotations

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD

from ..errors import UsageError


def _ox():
    import pyoxigraph
    return pyoxigraph


def to_rdflib(term):
    """pyoxigraph term → rdflib term (xsd:string literals become plain literals)."""
    if term is None:
        return None
    ox = _ox()
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        if dt == str(XSD.string):
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(dt))
    raise UsageError(f"unsupported term in results: {term!r}")


def to_ox(term):
    """rdflib term → pyoxigraph term."""
    ox = _ox()
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise UsageError(f"cannot bind {term!r}")
