"""The shapes graph compiled into a ``Program``: one ``Shape`` per shape node, its checks built by the
constraint family modules (one module per family, as in pySHACL). Anything in the ``sh:`` namespace
the families do not implement raises ``Unsupported`` here, before any data is read."""
from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS

from ..results import SH
from ..shapes import shape_messages
from . import cardinality, logical, other, property_pair, shape_based, string, value_range, value_type
from .common import SH_NS, Context, Unsupported
from .shape import Program, Shape
from .sparql import EVIDENCE, sparql_plan

FAMILIES = (value_type, cardinality, other, logical, value_range, string, property_pair, shape_based)
# sh: terms that structure or annotate shapes (everything else on a shape is a constraint parameter)
_STRUCTURE = frozenset(SH[x] for x in (
    "targetClass", "path", "deactivated", "severity", "name", "description", "order", "group", "message",
    "select"))
PARAMETERS = frozenset().union(*(f.PARAMETERS for f in FAMILIES)) | {SH.property, SH.sparql}
SUPPORTED_PREDICATES = PARAMETERS | _STRUCTURE
SUPPORTED_TYPES = frozenset({SH.NodeShape, SH.PropertyShape, SH.SPARQLConstraint})


def _check_vocabulary(sg: Graph) -> None:
    for s, p, o in sg:
        if isinstance(p, URIRef) and str(p).startswith(SH_NS) and p not in SUPPORTED_PREDICATES:
            raise Unsupported(f"{p} (on {s})")
        if p == RDF.type and isinstance(o, URIRef) and str(o).startswith(SH_NS) and o not in SUPPORTED_TYPES:
            raise Unsupported(f"{s} a {o}")


def _shape_nodes(sg: Graph) -> set:
    """Every node used as a shape; Unsupported for shapes that are classes or have several paths."""
    class_types = {RDFS.Class} | set(sg.transitive_subjects(RDFS.subClassOf, RDFS.Class))
    node_shapes = set(sg.subjects(RDF.type, SH.NodeShape))
    prop_shapes = set(sg.subjects(RDF.type, SH.PropertyShape))
    candidates = (node_shapes | prop_shapes | set(sg.subjects(SH.targetClass, None))
                  | set(sg.subjects(SH.property, None)) | set(sg.objects(None, SH.property))
                  | set(sg.objects(None, SH.qualifiedValueShape)))
    for lst in sg.objects(None, SH["or"]):
        candidates.update(sg.items(lst))
    for s in candidates:
        if any(t in class_types for t in sg.objects(s, RDF.type)):
            raise Unsupported(f"{s} is a shape and a class (implicit class target)")
        n_paths = len(list(sg.objects(s, SH.path)))
        if (s in node_shapes and n_paths) or (s in prop_shapes and n_paths != 1) or n_paths > 1:
            raise Unsupported(f"{s}: ill-formed shape ({n_paths} sh:path)")
    return candidates


def compile_shapes(sg: Graph) -> Program:
    """The shapes graph as a program for ``native.run``; raises ``Unsupported`` for anything not implemented."""
    _check_vocabulary(sg)
    candidates = _shape_nodes(sg)
    messages = shape_messages(sg)
    known_sparql, complete = sparql_plan(sg)
    if not complete:
        raise Unsupported("a sh:sparql constraint other than the known pkgsh:EvidenceQuoteLength query")
    compiled: dict = {}
    in_progress: set = set()

    def shape(node) -> Shape:
        if node in compiled:
            return compiled[node]
        if node in in_progress:
            raise Unsupported(f"recursive shapes through {node}")
        in_progress.add(node)
        compiled[node] = compile_one(sg, node, messages, shape, known_sparql)
        in_progress.discard(node)
        return compiled[node]

    top = []
    for node in sorted(candidates, key=str):
        s = shape(node)
        classes = sorted(sg.objects(node, SH.targetClass), key=str)
        if classes:
            top.append((s, classes))
    return Program(top, _sparql_shapes(sg, known_sparql, compiled))


def _sparql_shapes(sg: Graph, known_sparql: dict, compiled: dict) -> list:
    sparql = []
    for node, template in known_sparql.items():
        if node not in compiled or set(sg.objects(node, SH.targetClass)) != {EVIDENCE}:
            raise Unsupported(f"{node}: the SPARQL shape must target exactly pkg:Evidence")
        if (None, SH.property, node) in sg or (None, SH.qualifiedValueShape, node) in sg or any(
                node in set(sg.items(lst)) for lst in sg.objects(None, SH["or"])):
            raise Unsupported(f"{node}: a SPARQL shape used inside another shape")
        if not compiled[node].deactivated:
            sparql.append((node, template))
    return sparql


def _deactivated(sg: Graph, node) -> bool:
    vals = list(sg.objects(node, SH.deactivated))
    if not vals:
        return False
    if len(vals) > 1 or not isinstance(vals[0], Literal):
        raise Unsupported(f"{node}: sh:deactivated")
    return bool(vals[0].value)


def _path(sg: Graph, node):
    paths = list(sg.objects(node, SH.path))
    if not paths:
        return None
    if not isinstance(paths[0], URIRef):
        raise Unsupported(f"{node}: a property path other than an IRI")
    return paths[0]


def compile_one(sg: Graph, node, messages: dict, shape, known_sparql: dict) -> Shape:
    """One shape node: its checks from every constraint family, then its property shapes."""
    deactivated = _deactivated(sg, node)
    if any(v != SH.Violation for v in sg.objects(node, SH.severity)):
        raise Unsupported(f"{node}: a severity other than sh:Violation")
    path = _path(sg, node)
    s = Shape(node, path, messages.get(node), deactivated)
    params = {p for p in sg.predicates(node) if p in PARAMETERS}
    if SH.sparql in params and node not in known_sparql:
        raise Unsupported(f"{node}: sh:sparql")
    ctx = Context(sg, node, path, params, s.add, shape)
    for family in FAMILIES:
        family.compile(ctx)
    for p in sorted(sg.objects(node, SH.property), key=str):
        ps = shape(p)
        if ps.path is None:
            raise Unsupported(f"{node}: sh:property {p} is not a property shape")
        s.props.append(ps)
    s.finish()
    return s
