"""GraphML for `policykg export`: an RDF graph as a networkx MultiDiGraph with typed node attributes.

Nodes and edges are added in sorted order, so the GraphML bytes are the same on every run.
"""
from __future__ import annotations

import math

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS, XSD

from ..emit.serialise import PREFIXES
from .query_format import lexical

PKG = PREFIXES["pkg"]
DCTERMS = PREFIXES["dcterms"]


def _local(iri) -> str:
    s = str(iri)
    for sep in ("#", "/"):
        if sep in s:
            s = s.rsplit(sep, 1)[1] or s
    return s


# the most specific class first (a node typed Target and, by inference, Quantity is a "Target")
TYPE_ORDER = ["Report", "Section", "Goal", "Task", "Project", "Park", "Indicator", "Target", "Outcome",
              "Organization", "Place", "Evidence"]


_INTS = {XSD.integer, XSD.int, XSD.long, XSD.short, XSD.byte, XSD.nonNegativeInteger, XSD.positiveInteger,
         XSD.nonPositiveInteger, XSD.negativeInteger, XSD.unsignedLong, XSD.unsignedInt, XSD.unsignedShort,
         XSD.unsignedByte, XSD.gYear}
_FLOATS = {XSD.decimal, XSD.double, XSD.float}
TYPES_SEPARATOR = "; "   # between the local names of a node's `types` (and multi-valued attributes)


def _curie(iri) -> str:
    s = str(iri)
    for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
        if s.startswith(ns) and len(s) > len(ns):
            return f"{prefix}:{s[len(ns):]}"
    return s


def _typed(lit: Literal):
    """A literal as a GraphML value: xsd integers and years → int (64-bit), decimals and doubles →
    float, booleans → bool, anything else (or a lexical form that does not parse) → its string."""
    text, dt = str(lit), lit.datatype
    try:
        if dt in _INTS:
            v = int(text.strip())
            return v if -2**63 <= v < 2**63 else text
        if dt in _FLOATS:  # beyond a float's range (1e99999) kept as text: 'inf' is no GraphML double
            v = float(text.strip())
            return v if math.isfinite(v) else lexical(lit)
        if dt == XSD.boolean and text.strip() in ("true", "false", "1", "0"):
            return text.strip() in ("true", "1")
    except ValueError:
        pass
    return text


def _attr_value(values):
    """One typed value, or the sorted distinct strings joined when a property has several."""
    # keyed by type too: 1, 1.0 and True are one set member, the first one read (hash order)
    typed = {(type(t).__name__, t) for t in map(_typed, values)}
    if len(typed) == 1:
        return typed.pop()[1]
    return TYPES_SEPARATOR.join(sorted({str(t) for _, t in typed}))


def _uniform(G) -> None:
    """One GraphML type per attribute name: mixed int/float → float, any other mix → strings."""
    kinds: dict[str, set] = {}
    for _, attrs in G.nodes(data=True):
        for k, v in attrs.items():
            kinds.setdefault(k, set()).add(type(v))
    for k, ts in kinds.items():
        if len(ts) < 2:
            continue
        cast = float if ts == {int, float} else str
        for _, attrs in G.nodes(data=True):
            if k in attrs:
                attrs[k] = cast(attrs[k])


def _primary(types: list[str]) -> str:
    return min(types, key=lambda c: (TYPE_ORDER.index(c) if c in TYPE_ORDER else len(TYPE_ORDER), c))


def _node_attrs(n, props: dict, types: list[str]) -> dict:
    attrs = {}
    labels = props.pop(RDFS.label, [])
    zh = sorted(str(v) for v in labels if (v.language or "").lower().startswith("zh"))
    en = sorted(str(v) for v in labels if (v.language or "").lower().startswith("en"))
    other = sorted(str(v) for v in labels if not v.language)
    attrs["label"] = zh[0] if zh else (other[0] if other else (en[0] if en else _local(n)))
    if en:
        attrs["label_en"] = en[0]
    if types:
        pkg_types = [t for t in types if t.startswith(PKG)]
        attrs["type"] = _primary([_local(t) for t in pkg_types or types])
        attrs["types"] = TYPES_SEPARATOR.join(sorted({_local(t) for t in types}))
    alt = props.pop(SKOS.altLabel, [])
    if alt:
        attrs["altLabel"] = TYPES_SEPARATOR.join(sorted({str(v) for v in alt}))
    for p in sorted(props, key=str):
        if not (str(p).startswith(PKG) or str(p).startswith(DCTERMS)):
            continue
        name = _local(p)
        if name in ("label", "label_en", "type", "types", "altLabel"):
            name = "pkg_" + name
        attrs[name] = _attr_value(props[p])
    return attrs


def graph_to_networkx(g: Graph):
    """A MultiDiGraph: one node per IRI subject or object (blank nodes and rdf:type objects skipped)
    with typed scalar attributes, `type` (the most specific pkg class) and `types` (every rdf:type);
    one edge per object-property triple, keyed by the predicate's CURIE, attribute `predicate`."""
    import networkx as nx

    nodes: set[URIRef] = set()
    edges = set()
    types: dict[URIRef, set] = {}
    literals: dict[URIRef, dict] = {}
    rdf_type = RDF.type   # a namespace attribute is a lookup each time
    for s, p, o in g:
        if not isinstance(s, URIRef):
            continue
        nodes.add(s)
        if p == rdf_type:
            if isinstance(o, URIRef):
                types.setdefault(s, set()).add(str(o))
        elif isinstance(o, URIRef):
            nodes.add(o)
            edges.add((str(s), str(o), _curie(p), _local(p)))
        elif isinstance(o, Literal):
            literals.setdefault(s, {}).setdefault(p, []).append(o)
    G = nx.MultiDiGraph()
    for n in sorted(nodes, key=str):
        G.add_node(str(n), **_node_attrs(n, literals.get(n, {}), sorted(types.get(n, ()))))
    _uniform(G)
    for s, o, key, pred in sorted(edges):
        G.add_edge(s, o, key=key, predicate=pred)
    return G
