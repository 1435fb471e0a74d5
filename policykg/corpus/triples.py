"""A set of rdflib triples that crosses process boundaries cheaply.

Pickling an rdflib Graph (or a list of rdflib terms) is slow on both ends: for the 37 shipped
reports (191k triples) unpickling the report graphs took ~13 s in the parent, more than building
them. ``TripleSet`` pickles as a table of distinct terms (plain strings) plus the triples as an
array of term indices, and comes back as a set of equal rdflib terms (IRIs rebuilt without
re-validation, literals through rdflib's constructor so values and equality are rdflib's own).
"""
from __future__ import annotations

from array import array

from rdflib import BNode, Literal, URIRef


class TripleSet(set):
    """A plain set of (s, p, o) rdflib terms with a compact pickle form."""

    def __reduce__(self):
        index: dict = {}
        terms: list = []
        flat = array("I")
        for triple in self:
            for t in triple:
                i = index.get(t)
                if i is None:
                    i = index[t] = len(terms)
                    terms.append(_pack(t))
                flat.append(i)
        return _unpack, (terms, flat.tobytes())


def _pack(t):
    if type(t) is URIRef:
        return str(t)
    if isinstance(t, Literal):
        dt = t.datatype
        return ("l", str(t), None if dt is None else str(dt), t.language)
    if isinstance(t, BNode):
        return ("b", str(t))
    return ("u", str(t))  # a URIRef subclass


def _unpack(terms: list, flat: bytes) -> TripleSet:
    new_iri = str.__new__
    made = []
    for x in terms:
        if type(x) is str:
            made.append(new_iri(URIRef, x))
        elif x[0] == "l":
            made.append(Literal(x[1], lang=x[3], datatype=None if x[2] is None else URIRef(x[2])))
        elif x[0] == "b":
            made.append(BNode(x[1]))
        else:
            made.append(URIRef(x[1]))
    idx = array("I")
    idx.frombytes(flat)
    it = iter(map(made.__getitem__, idx))
    return TripleSet(zip(it, it, it))
