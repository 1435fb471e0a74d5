"""Blank nodes of graph files labelled by where they first appear, so an answer ordered by them is the same
every run.

The stores label a file's blank nodes at random on each load and order blank nodes by label, so a query
with ``ORDER BY ?b`` over blank nodes gave its rows in another order each run (query_format's b0, b1, …
relabel an answer after it is ordered). A graph holding blank nodes is loaded again with each one labelled
``f<file>b<n>`` (fixed width: the labels sort as the nodes first appear, file by file, in the order the files
are given). The cost is one more parse, linear in the files, paid only by graphs holding blank nodes (a
build's graphs hold none). The order is not canonical: the same files give the same bytes, but an isomorphic
graph written in another order may order its blank nodes otherwise (canonical labels grow steeply, see canon).
"""
from __future__ import annotations


def label(file_no: int, n: int) -> str:
    return f"f{file_no:06d}b{n:012d}"


def holds_blank_nodes(store) -> bool:
    """Whether the pyoxigraph store holds a blank node as a subject, object or graph name."""
    import pyoxigraph as ox
    if any(isinstance(g, ox.BlankNode) for g in store.named_graphs()):
        return True
    return bool(store.query("ASK { ?s ?p ?o FILTER(isBlank(?s) || isBlank(?o)) }", use_default_graph_as_union=True))


def relabelled(quads, file_no: int):
    """pyoxigraph quads (or triples) read from one file, in its order, with their blank nodes relabelled."""
    import pyoxigraph as ox
    labels: dict = {}

    def term(t):
        if isinstance(t, ox.BlankNode):
            new = labels.get(t)
            if new is None:
                new = labels[t] = ox.BlankNode(label(file_no, len(labels)))
            return new
        if isinstance(t, ox.Triple):   # RDF-star: a quoted triple's blank nodes too
            return ox.Triple(term(t.subject), t.predicate, term(t.object))
        return t
    for q in quads:
        yield ox.Quad(term(q.subject), q.predicate, term(q.object), term(getattr(q, "graph_name", ox.DefaultGraph())))


def read_in_order(path: str, fmt: str) -> list:
    """The quads of a file rdflib reads (JSON-LD, RDF/XML, N3) as pyoxigraph quads, in the order its reader
    gives them: rdflib's store keeps them in sets, listed in an order that changes from run to run."""
    import pyoxigraph as ox
    from rdflib import Dataset
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
    from rdflib.plugins.stores.memory import Memory

    from .loading import parse_file
    from .ox_terms import to_ox

    class InOrder(Memory):
        def __init__(self):
            super().__init__()
            self.order: list = []

        def add(self, triple, context, quoted=False):
            super().add(triple, context, quoted)
            if not quoted:
                self.order.append((*triple, getattr(context, "identifier", context)))

        def addN(self, quads):   # noqa: N802 — rdflib's name
            for s, p, o, c in quads:
                self.add((s, p, o), c)
    store = InOrder()
    parse_file(Dataset(store=store), path, fmt)
    return [ox.Quad(to_ox(s), to_ox(p), to_ox(o), ox.DefaultGraph() if g in (None, DATASET_DEFAULT_GRAPH_ID)
                    else to_ox(g)) for s, p, o, g in store.order]


def as_dataset(store):
    """The pyoxigraph store's quads as an rdflib Dataset (the reference engine's, when the files hold blank
    nodes: rdflib's own loads label them at random and list them in no fixed order, so only these labels
    give its ORDER BY the same rows every run, and the same as the default engine's)."""
    import pyoxigraph as ox
    from rdflib import Dataset
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

    from .ox_terms import to_rdflib
    out = Dataset()
    for q in store:
        g = DATASET_DEFAULT_GRAPH_ID if isinstance(q.graph_name, ox.DefaultGraph) else to_rdflib(q.graph_name)
        out.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object), g))
    return out
