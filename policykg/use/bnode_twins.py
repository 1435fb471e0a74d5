"""Blank-node twins folded into one before canonical labelling.

Two graph files of builds (or one file given twice) each bring their own copy of the ontology's blank
nodes (restrictions, lists); rdflib.compare's labelling then searches every way of pairing the copies and
ran for hours on two seed builds. A blank node whose whole structure below it equals another's and whose
parents (subject and predicate pointing at it, parents folded first) are the same adds nothing: the graph
with one of them is equivalent to the graph with both (each maps into the other), so export writes it once.
A node on a cycle of blank nodes keeps its identity.
"""
from __future__ import annotations

from rdflib import BNode, Graph

from .walks import finish_order


def without_twins(g: Graph) -> Graph:
    """G with blank-node twins folded (G itself when it has none)."""
    below: dict = {}
    above: dict = {}
    for s, p, o in g:
        if isinstance(s, BNode):
            below.setdefault(s, []).append((p, o))
        if isinstance(o, BNode):
            above.setdefault(o, []).append((s, p))
    order = list(finish_order(sorted(set(below) | set(above)), lambda n: _child_nodes(below, n)))
    shape = _shapes(order, below)
    rep: dict = {}
    first: dict = {}
    for n in reversed(order):   # every parent before its children
        key = (shape[n], frozenset((rep.get(s, s), p) for s, p in above.get(n, ())))
        rep[n] = first.setdefault(key, n)
    if all(rep[n] == n for n in rep):
        return g
    out = Graph()
    for s, p, o in g:
        out.add((rep.get(s, s), p, rep.get(o, o)))
    return out


def _child_nodes(below: dict, n) -> list:
    return [o for _, o in below.get(n, ()) if isinstance(o, BNode)]


def _shapes(order: list, below: dict) -> dict:
    """A number per blank node, equal for nodes whose structures below are equal; a node with a child not
    finished before it (a cycle) gets one of its own."""
    shape: dict = {}
    ids: dict = {}
    for n in order:
        parts = []
        for p, o in below.get(n, ()):
            if isinstance(o, BNode):
                if o not in shape:
                    parts = None
                    break
                parts.append((p, ("b", shape[o])))
            else:
                parts.append((p, o))
        key = ("cycle", n) if parts is None else frozenset(parts)
        shape[n] = ids.setdefault(key, len(ids))
    return shape
