"""The shapes graph compiled into a ``Program``: one ``Shape`` per shape node, its checks built by the
constraint family modules (one module per family, as in pySHACL). Anything in the ``sh:`` namespace
the families do not implement raises ``Unsupported`` here, before any data is read."""
from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF

from ..results import SH
from ..shapes import shape_messages
from . import cardinality, logical, other, property_pair, shape_based, string, value_range, value_type
from .common import SH_NS, Context, Unsupported
from .shape import Program, Shape
from .sparql import EVIDENCE, sparql_plan
from .targets import PREDICATES as TARGETS, class_types, targets_of

FAMILIES = (value_type, cardinality, other, logical, value_range, string, property_pair, shape_based)
# sh: terms that structure or annotate shapes (everything else on a shape is a constraint parameter)
_STRUCTURE = TARGETS | frozenset(SH[x] for x in (
    "path", "deactivated", "severity", "name", "description", "order", "group", "message",
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


def nested_shapes(sg: Graph) -> set:
    """Every node another shape refers to as a shape (property, qualified, node, not, logical lists)."""
    found = {o for p in (SH.property, SH.qualifiedValueShape, SH.node, SH["not"]) for o in sg.objects(None, p)}
    for p in (SH["or"], SH["and"], SH.xone):
        for lst in sg.objects(None, p):
            found.update(sg.items(lst))
    return found


def _shape_nodes(sg: Graph) -> set:
    """Every node used as a shape; Unsupported for shapes with several paths."""
    node_shapes = set(sg.subjects(RDF.type, SH.NodeShape))
    prop_shapes = set(sg.subjects(RDF.type, SH.PropertyShape))
    candidates = node_shapes | prop_shapes | set(sg.subjects(SH.property, None)) | nested_shapes(sg)
    for p in TARGETS:
        candidates.update(sg.subjects(p, None))
    for s in candidates:
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
    classes_of_classes = class_types(sg)
    for node in sorted(candidates, key=str):
        s = shape(node)
        targets = targets_of(sg, node, classes_of_classes)
        if targets:
            top.append((s, targets))
    return Program(top, _sparql_shapes(sg, known_sparql, compiled))


def _sparql_shapes(sg: Graph, known_sparql: dict, compiled: dict) -> list:
    sparql = []
    for node, template in known_sparql.items():
        t = targets_of(sg, node, class_types(sg))
        if node not in compiled or t.classes != [EVIDENCE] or t.nodes or t.subjects_of or t.objects_of:
            raise Unsupported(f"{node}: the SPARQL shape must target exactly pkg:Evidence")
        if node in nested_shapes(sg):
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
