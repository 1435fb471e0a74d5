"""Canonical blank-node labels for export (rdflib.compare), so labels do not change between runs.

rdflib's refinement takes time growing with the square of the longest chain of blank nodes (each
naming the next): 2,000 took 80 s, 20,000 ran for hours. Chains longer than MAX_CHAIN are refused.
"""
from __future__ import annotations

from rdflib import BNode, Graph

from .bnode_twins import without_twins
from .walks import finish_order


class ChainTooLong(ValueError):
    """A graph whose blank nodes chain deeper than MAX_CHAIN (the message says how deep)."""

MAX_CHAIN = 500  # blank nodes in a row; an RDF list of N items is a chain of N (500 took ~5 s)


def canonical(g: Graph) -> Graph:
    """G with canonical blank-node labels (G itself when it has none); ChainTooLong for a chain too long."""
    if not any(isinstance(t, BNode) for triple in g for t in triple):
        return g
    g = without_twins(g)   # two builds' copies of the ontology's blank nodes made rdflib's labelling run for hours
    depth = longest_chain(g)
    if depth > MAX_CHAIN:
        raise ChainTooLong(f"blank nodes nest {depth} deep (more than {MAX_CHAIN}); policykg cannot give "
                         f"them stable labels in reasonable time — name the nodes with IRIs")
    from rdflib.compare import to_canonical_graph
    out = Graph()
    for t in to_canonical_graph(g):
        out.add(t)
    return out


def longest_chain(g: Graph) -> int:
    """Blank nodes on the longest path of blank node → blank node edges (a cycle counts once round)."""
    edges: dict[BNode, list[BNode]] = {}
    for s, _, o in g:
        if isinstance(s, BNode) and isinstance(o, BNode):
            edges.setdefault(s, []).append(o)
    depth: dict[BNode, int] = {}
    for node in finish_order(edges, lambda n: edges.get(n, ())):
        depth[node] = 1 + max((depth.get(c, 0) for c in edges.get(node, ())), default=0)
    return max(depth.values(), default=1 if any(isinstance(s, BNode) for s in g.subjects()) else 0)


def canonical_ox(quads: list) -> list:
    """pyoxigraph QUADS (of the default graph) with the canonical blank-node labels export gives them."""
    import pyoxigraph as ox

    from .export_fast import canonical as canonical_set
    from .ox_terms import to_ox, to_rdflib
    triples = canonical_set({(to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)) for q in quads})
    return [ox.Quad(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in triples]
