"""The quads `policykg table` keeps: every asserted triple of the graph files, the ontology and inferred
graphs left out, read without relabelling blank nodes when no kept quad holds one.

query.load_store loads a file twice when it holds a blank node anywhere (the ontology's class expressions
do), the second time with each blank node relabelled in reading order (blank_order): 2 of a table's 3.3 s
on the 37-report graph.trig, for labels of nodes the table then drops. The labels reach a table only
through a kept quad; ``kept`` reads the files once, as load_store's first load does, and answers None
(the relabelling path then runs) when a kept quad holds a blank node or a quoted triple. Both paths list
the same quads in the same order: a pyoxigraph store lists its quads in reverse insertion order, and a
parse inserts them in reading order whatever the labels, so the table's queries give the same rows.
"""
from __future__ import annotations

import os


def skipped() -> set[str]:
    """The graph names whose triples no table reads: the ontology and the inferred graph."""
    from ..emit import ids
    from ..vocab import ONTOLOGY_IRI
    return {str(ONTOLOGY_IRI), str(ids.INFERRED_GRAPH)}


def kept(paths: list[str]) -> list | None:
    """The kept quads (moved to the default graph) of files pyoxigraph reads, or None when one holds a
    blank node or quoted triple, or a file is read by rdflib (its quads come in another order)."""
    import pyoxigraph as ox

    from .query import _OX_FORMATS, _drop_repeated_defaults, _load
    if not all(os.path.splitext(str(p))[1].lower() in _OX_FORMATS for p in paths):
        return None
    store = _load(paths)
    if len(paths) > 1:
        _drop_repeated_defaults(store)
    return _plain_quads(store.quads_for_pattern(None, None, None), skipped(), ox)


def _plain_quads(quads, skip: set[str], ox) -> list | None:
    out, kinds, quad = [], set(), ox.Quad
    for q in quads:
        if getattr(q.graph_name, "value", None) in skip:
            continue
        s, o = q.subject, q.object
        kinds.add(type(s))
        kinds.add(type(o))
        out.append(quad(s, q.predicate, o))
    return None if ox.BlankNode in kinds or ox.Triple in kinds else out
