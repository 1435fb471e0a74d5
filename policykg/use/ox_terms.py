"""Terms between rdflib and pyoxigraph: kept apart from ``use.query`` so that a build, which writes the
shared parts' N-Triples through pyoxigraph (corpus.parts), does not import the query machinery."""
from __future__ import annotations

import math

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD

from ..errors import UsageError


def xsd_spelt(term):
    """TERM, but a double or float beyond a float's range (1e99999, INF) or NaN spelt as XSD spells it,
    INF / -INF / NaN: rdflib's normalised form is Python's 'inf', which no xsd:double reads back (export
    wrote "inf"^^xsd:double, query showed inf)."""
    v = term.value if isinstance(term, Literal) else None
    if not isinstance(v, float) or math.isfinite(v):
        return term
    return Literal("NaN" if math.isnan(v) else "INF" if v > 0 else "-INF", datatype=term.datatype, normalize=False)


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
    if isinstance(term, ox.Triple):   # it was shown as pyoxigraph's repr, <Triple subject=<NamedNode value=…>…>
        raise UsageError(f"the results hold a quoted triple (RDF-star: << {term} >>), which policykg's output "
                         f"formats cannot carry; select its parts with SUBJECT(), PREDICATE() and OBJECT()")
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
