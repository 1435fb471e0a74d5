"""SHACL results as both engines give them, and the deterministic results graph built from them."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF

from ..vocab import VALIDATION

SH = Namespace("http://www.w3.org/ns/shacl#")
SPARQL_COMPONENT = str(SH.SPARQLConstraintComponent)


@dataclass(frozen=True, order=True)
class Result:
    """One violation: what pyshacl's results collapse to per (focus node, shape, path, message)."""
    focus: str
    shape: str
    path: str
    message: str


def generic_message(component: str) -> str:
    """The message of a Core result whose shape has no sh:message (the same in both engines)."""
    return f"{component.rsplit('#', 1)[-1] or 'constraint'} violated."


def report_graph(results: list[Result]) -> Graph:
    """Deterministic sh:ValidationReport: result nodes are IRIs derived from their content."""
    g = Graph()
    g.bind("sh", SH)
    rep = VALIDATION.report
    g.add((rep, RDF.type, SH.ValidationReport))
    g.add((rep, SH.conforms, Literal(not results)))
    for r in sorted(results):
        h = hashlib.sha1("|".join((r.focus, r.shape, r.path)).encode()).hexdigest()[:16]
        node = VALIDATION[f"result/{h}"]
        g.add((rep, SH.result, node))
        g.add((node, RDF.type, SH.ValidationResult))
        g.add((node, SH.focusNode, URIRef(r.focus)))
        g.add((node, SH.sourceShape, URIRef(r.shape) if not r.shape.startswith("_:") else BNode()))
        if r.path:
            g.add((node, SH.resultPath, URIRef(r.path)))
        g.add((node, SH.resultMessage, Literal(r.message)))
        g.add((node, SH.resultSeverity, SH.Violation))
    return g
