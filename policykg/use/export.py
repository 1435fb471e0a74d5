"""`policykg export`: the union of graph files as Turtle, N-Triples, N-Quads, TriG, JSON-LD or GraphML.

Every format is deterministic (the same input gives the same bytes): Turtle and TriG through
policykg.emit.serialise, N-Triples/N-Quads as sorted lines, JSON-LD with sorted nodes and values, GraphML
with nodes and edges added in sorted order and typed attributes (`to_networkx`). Blank nodes get canonical labels first
(rdflib.compare.to_canonical_graph) so their labels do not change between runs.
Literals typed ``xsd:string`` are written as plain literals (the same RDF 1.1 term; docs/contract.md).
"""
from __future__ import annotations

import json

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import RDF, RDFS, SKOS, XSD

from ..errors import InputError, UsageError
from ..emit.serialise import PREFIXES

FORMATS = ("ttl", "nt", "nq", "trig", "jsonld", "graphml")
PKG = PREFIXES["pkg"]
DCTERMS = PREFIXES["dcterms"]

# Inline JSON-LD context: readable offline (no remote @context), labels as language maps.
JSONLD_CONTEXT = {
    **{p: ns for p, ns in sorted(PREFIXES.items())},
    "label": {"@id": "rdfs:label", "@container": "@language"},
    "altLabel": {"@id": "skos:altLabel", "@container": "@language"},
}


# ---------------------------------------------------------------------------------------------
# loading

def _plain(o):
    if isinstance(o, Literal) and o.datatype == XSD.string and not o.language:
        return Literal(str(o))
    return o


def load(paths) -> Dataset:
    """The graph files as one Dataset (named graphs kept; Turtle/N-Triples go to the default graph)."""
    from .loading import load_dataset

    src = load_dataset(paths)
    out = Dataset()
    for ctx in src.graphs():
        target = out.graph(ctx.identifier) if ctx.identifier != DATASET_DEFAULT_GRAPH_ID else out.default_graph
        for s, p, o in ctx:
            target.add((s, p, _plain(o)))
    return out


def union(ds: Dataset) -> Graph:
    g = Graph()
    for ctx in ds.graphs():
        for t in ctx:
            g.add(t)
    return g


def _canonical(g: Graph) -> Graph:
    from .canon import canonical
    return canonical(g)


def _named_graphs(ds: Dataset):
    """(name, graph) for every non-empty graph: report graphs first, then ontology, then inferred,
    the order of graph.trig; the default graph (name None) before them all."""
    from ..emit import ids
    from ..vocab import ONTOLOGY_IRI

    def rank(name):
        if name == DATASET_DEFAULT_GRAPH_ID:
            return (0, "")
        if name == ONTOLOGY_IRI:
            return (2, str(name))
        if name == ids.INFERRED_GRAPH:
            return (3, str(name))
        return (1, str(name))

    graphs = [c for c in ds.graphs() if len(c)]
    return [(None if c.identifier == DATASET_DEFAULT_GRAPH_ID else c.identifier, c)
            for c in sorted(graphs, key=lambda c: rank(c.identifier))]


# ---------------------------------------------------------------------------------------------
# writers

def to_turtle(ds: Dataset) -> str:
    from ..emit.serialise import turtle
    return turtle(_canonical(union(ds)))


def to_trig(ds: Dataset) -> str:
    from ..emit.serialise import trig, turtle

    named = _named_graphs(ds)
    text = trig([(n, _canonical(g)) for n, g in named if n is not None])
    default = [g for n, g in named if n is None]
    if default:
        body = [ln for ln in turtle(_canonical(default[0])).splitlines() if not ln.startswith("PREFIX ")]
        head, _, rest = text.partition("\n\n")
        text = head + "\n\n" + "\n".join(body).strip("\n") + "\n\n" + rest
    return text


def _sorted_lines(data) -> str:
    if isinstance(data, bytes):
        data = data.decode("utf-8")
    lines = sorted({ln for ln in data.splitlines() if ln.strip()})
    return "\n".join(lines) + ("\n" if lines else "")


def to_ntriples(ds: Dataset) -> str:
    return _sorted_lines(_canonical(union(ds)).serialize(format="nt", encoding="utf-8"))


def to_nquads(ds: Dataset) -> str:
    out = Dataset()
    for name, g in _named_graphs(ds):
        target = out.default_graph if name is None else out.graph(name)
        for t in _canonical(g):
            target.add(t)
    return _sorted_lines(out.serialize(format="nquads", encoding="utf-8"))


def _sort_json(node, key=None):
    if isinstance(node, dict):
        return {k: _sort_json(v, k) for k, v in sorted(node.items())}
    if isinstance(node, list):
        items = [_sort_json(v) for v in node]
        if key == "@list":
            return items
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return node


def to_jsonld(ds: Dataset) -> str:
    g = _canonical(union(ds))
    g.bind("pkg", PKG)  # harmless; the context below is what counts
    data = json.loads(g.serialize(format="json-ld", context=JSONLD_CONTEXT, auto_compact=True))
    if isinstance(data, dict) and "@graph" not in data and "@context" in data:
        ctx = data.pop("@context")
        data = {"@context": ctx, "@graph": [data] if data else []}
    data["@context"] = JSONLD_CONTEXT
    data["@graph"] = sorted((_sort_json(n) for n in data.get("@graph", [])),
                            key=lambda n: (str(n.get("@id", "")), json.dumps(n, sort_keys=True, ensure_ascii=False)))
    return json.dumps({"@context": data["@context"], "@graph": data["@graph"]},
                      ensure_ascii=False, indent=1) + "\n"


# --- GraphML ---------------------------------------------------------------------------------

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
        if dt in _FLOATS:
            return float(text.strip())
        if dt == XSD.boolean and text.strip() in ("true", "false", "1", "0"):
            return text.strip() in ("true", "1")
    except ValueError:
        pass
    return text


def _attr_value(values):
    """One typed value, or the sorted distinct strings joined when a property has several."""
    typed = {_typed(v) for v in values}
    if len(typed) == 1:
        return typed.pop()
    return TYPES_SEPARATOR.join(sorted({str(v) for v in typed}))


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


def _graph_to_networkx(g: Graph):
    """A MultiDiGraph: one node per IRI subject or object (blank nodes and rdf:type objects skipped)
    with typed scalar attributes, `type` (the most specific pkg class) and `types` (every rdf:type);
    one edge per object-property triple, keyed by the predicate's CURIE, attribute `predicate`."""
    import networkx as nx

    nodes: set[URIRef] = set()
    edges = set()
    types: dict[URIRef, set] = {}
    literals: dict[URIRef, dict] = {}
    for s, p, o in g:
        if not isinstance(s, URIRef):
            continue
        nodes.add(s)
        if p == RDF.type:
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


def to_networkx(source):
    """The graph as a networkx MultiDiGraph, from an rdflib Graph or Dataset, a graph file or a list of
    them (their union, as `export` reads them), or a GraphML file this module wrote (read back typed)."""
    import networkx as nx
    from pathlib import Path

    if isinstance(source, Dataset):
        return _graph_to_networkx(union(source))
    if isinstance(source, Graph):
        return _graph_to_networkx(source)
    paths = [source] if isinstance(source, (str, Path)) else list(source)
    if len(paths) == 1 and str(paths[0]).lower().endswith(".graphml"):
        return nx.read_graphml(str(paths[0]), force_multigraph=True)
    return _graph_to_networkx(union(load([str(p) for p in paths])))


def to_graphml(ds: Dataset) -> str:
    import networkx as nx

    from .xmlguard import check_xml_chars

    G = to_networkx(ds)
    check_xml_chars(G)
    return "\n".join(nx.generate_graphml(G, encoding="utf-8", prettyprint=True)) + "\n"


WRITERS = {"ttl": to_turtle, "nt": to_ntriples, "nq": to_nquads, "trig": to_trig,
           "jsonld": to_jsonld, "graphml": to_graphml}


def render(paths, fmt: str) -> str:
    if fmt not in WRITERS:
        raise UsageError(f"--format {fmt}: use one of {', '.join(FORMATS)}")
    from .canon import ChainTooLong
    from .xmlguard import NotXml
    try:
        return WRITERS[fmt](load(paths))
    except (ChainTooLong, NotXml) as exc:
        raise InputError(f"{', '.join(map(str, paths))}: {exc}") from None


def export(paths, fmt: str, out_file: str) -> None:
    """Write the union of ``paths`` in ``fmt`` to ``out_file`` (atomically, and only over a regular
    file: see safefile.write_atomic)."""
    from ..corpus.safefile import check_target, write_atomic

    check_target(out_file, inputs=paths)  # before the work: a bad --out costs nothing
    write_atomic(out_file, render(paths, fmt))
