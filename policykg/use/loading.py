"""Load graph files given on the command line, by extension; a clear error for unreadable ones."""
from __future__ import annotations

import json
import os

from rdflib import Dataset, Graph

from ..errors import InputError, require_file
from .xmlguard import check_rdfxml

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
        if fmt == "json-ld":
            check_jsonld(p)
        elif fmt == "xml":
            check_rdfxml(p)
        try:
            ds.parse(p, format=fmt)
        except Exception as exc:  # noqa: BLE001 — parsers raise many types
            raise InputError(f"{p}: not a readable {fmt} graph ({type(exc).__name__})") from None
    return ds


def check_jsonld(path: str) -> None:
    """An InputError for a JSON-LD file whose @context (or @import) names a document: rdflib would fetch
    it from the network or read it from another file, from a command that reads only its --graph files."""
    try:
        with open(path, "rb") as fh:
            ref = _context_ref(json.load(fh))
    except (OSError, ValueError, RecursionError):
        return  # the parser names what is wrong
    if ref is not None:
        raise InputError(f"{path}: its @context names {ref[:200]}, which policykg does not fetch (network or "
                         f"other files); put the context itself in the file")


def _context_ref(node) -> str | None:
    if isinstance(node, list):
        return next((r for r in map(_context_ref, node) if r is not None), None)
    if not isinstance(node, dict):
        return None
    for key, value in node.items():
        if key in ("@context", "@import"):
            items = value if isinstance(value, list) else [value]
            ref = next((v for v in items if isinstance(v, str)), None)
            if ref is not None:
                return ref
        ref = _context_ref(value)
        if ref is not None:
            return ref
    return None


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
