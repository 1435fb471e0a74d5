"""Load graph files given on the command line, by extension; a clear error for unreadable ones."""
from __future__ import annotations

import os

from rdflib import Dataset, Graph

from ..errors import InputError, require_file

FORMATS = {".ttl": "turtle", ".nt": "nt", ".trig": "trig", ".nq": "nquads", ".jsonld": "json-ld",
           ".json": "json-ld", ".rdf": "xml", ".owl": "xml", ".n3": "n3"}
QUAD_FORMATS = {"trig", "nquads"}


def graph_format(path: str) -> str:
    fmt = FORMATS.get(os.path.splitext(path)[1].lower())
    if fmt is None:
        raise InputError(f"{path}: unknown graph format (use .ttl, .nt, .trig, .nq or .jsonld)")
    return fmt


def load_dataset(paths) -> Dataset:
    ds = Dataset()
    for p in paths:
        require_file(p)
        fmt = graph_format(p)
        try:
            ds.parse(p, format=fmt)
        except Exception as exc:  # noqa: BLE001 — parsers raise many types
            raise InputError(f"{p}: not a readable {fmt} graph ({type(exc).__name__})") from None
    return ds


def load_graph(paths, asserted_only: bool = False) -> Graph:
    """Union of all triples; with asserted_only, the ontology and inferred graphs of a TriG are left out."""
    from ..emit import ids
    from ..vocab import ONTOLOGY_IRI

    ds = load_dataset(paths)
    skip = {ONTOLOGY_IRI, ids.INFERRED_GRAPH} if asserted_only else set()
    g = Graph()
    for ctx in ds.contexts():
        if ctx.identifier in skip:
            continue
        for t in ctx:
            g.add(t)
    return g
