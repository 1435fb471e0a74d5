"""Deterministic serialisations: the same graph gives the same bytes on every run.

rdflib's ``longturtle`` sorts subjects and nests blank nodes, so its output is stable; rdflib's
TriG writer is not (graph order and blank-node labels vary between runs), so TriG is assembled
here from one ``longturtle`` body per named graph.
"""
from __future__ import annotations

from rdflib import Graph, URIRef

PREFIXES = {
    "pkg": "https://w3id.org/policykg/ontology#",
    "id": "https://w3id.org/policykg/id/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "sh": "http://www.w3.org/ns/shacl#",
    "void": "http://rdfs.org/ns/void#",
    "dcat": "http://www.w3.org/ns/dcat#",
    "prov": "http://www.w3.org/ns/prov#",
    "org": "http://www.w3.org/ns/org#",
    "oa": "http://www.w3.org/ns/oa#",
    "vann": "http://purl.org/vocab/vann/",
}


def _fresh(g: Graph) -> Graph:
    out = Graph(bind_namespaces="none")
    for p, ns in PREFIXES.items():
        out.bind(p, ns)
    for t in g:
        out.add(t)
    return out


def turtle(g: Graph) -> str:
    return _fresh(g).serialize(format="longturtle")


def trig(graphs: list[tuple[URIRef, Graph]]) -> str:
    """Named graphs in the given order, each body written as longturtle."""
    lines = [f"PREFIX {p}: <{ns}>" for p, ns in sorted(PREFIXES.items())]
    parts = ["\n".join(lines), ""]
    for name, g in graphs:
        body = [ln for ln in turtle(g).splitlines() if not ln.startswith("PREFIX ")]
        while body and not body[0].strip():
            body.pop(0)
        parts.append(f"GRAPH <{name}> {{")
        parts.extend(("    " + ln) if ln else "" for ln in body)
        parts.append("}")
        parts.append("")
    return "\n".join(parts)
