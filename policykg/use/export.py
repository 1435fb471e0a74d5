"""`policykg export`: the union of graph files as Turtle, N-Triples, N-Quads, TriG, JSON-LD or GraphML.

Every format is deterministic (the same input gives the same bytes): Turtle and TriG through
policykg.emit.serialise, N-Triples/N-Quads as sorted lines, JSON-LD with sorted nodes and values,
GraphML with nodes and edges added in sorted order and typed attributes (`to_networkx`, built by
export_graphml). Blank nodes get canonical labels first (rdflib.compare.to_canonical_graph) so their
labels do not change between runs.
Literals typed ``xsd:string`` are written as plain literals (the same RDF 1.1 term; docs/contract.md).
"""
from __future__ import annotations

import json
import os

from rdflib import Dataset, Graph, Literal
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import XSD

from ..errors import InputError, UsageError, require_file
from ..emit.serialise import PREFIXES
from .export_graphml import graph_to_networkx
from .ox_terms import xsd_spelt

FORMATS = ("ttl", "nt", "nq", "trig", "jsonld", "graphml")
PKG = PREFIXES["pkg"]

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
    return xsd_spelt(o)


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


def _rank(name):
    """Report graphs first, then ontology, then inferred (the order of graph.trig); the default graph
    (name None) before them all."""
    from ..emit import ids
    from ..vocab import ONTOLOGY_IRI

    if name is None:
        return (0, "")
    return ({ONTOLOGY_IRI: 2, ids.INFERRED_GRAPH: 3}.get(name, 1), str(name))


def _named_graphs(ds: Dataset):
    """(name, graph) for every non-empty graph (name None: the default graph), in _rank order."""
    named = [(None if c.identifier == DATASET_DEFAULT_GRAPH_ID else c.identifier, c) for c in ds.graphs() if len(c)]
    return sorted(named, key=lambda ng: _rank(ng[0]))


# ---------------------------------------------------------------------------------------------
# writers

def to_turtle(ds: Dataset) -> str:
    from ..emit.serialise import turtle
    return turtle(_canonical(union(ds)))


def to_trig(ds: Dataset) -> str:
    return _trig(_named_graphs(ds), _canonical)


def _trig(named, canonical) -> str:
    from ..emit.serialise import text_lines, trig, turtle

    text = trig([(n, canonical(g)) for n, g in named if n is not None])
    default = [g for n, g in named if n is None]
    if default:
        body = [ln for ln in text_lines(turtle(canonical(default[0]))) if not ln.startswith("PREFIX ")]
        head, _, rest = text.partition("\n\n")
        text = head + "\n\n" + "\n".join(body).strip("\n") + "\n\n" + rest
    return text


def _sorted_lines(data) -> str:
    if isinstance(data, bytes):
        data = data.decode("utf-8")
    from ..emit.serialise import text_lines
    lines = sorted({ln for ln in text_lines(data) if ln.strip()})
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
    return _jsonld(_canonical(union(ds)))


_NOT_FINITE = {"Infinity": "INF", "-Infinity": "-INF", "NaN": "NaN"}


class _NotFinite(str):
    """An INF or NaN double read from rdflib's JSON-LD (written there as Infinity or NaN, no JSON)."""


def _spelt(node):
    """NODE with each _NotFinite as an XSD-spelt typed value (a bare one was a native, i.e. double, number)."""
    if isinstance(node, _NotFinite):
        return {"@type": "xsd:double", "@value": str(node)}
    if isinstance(node, dict):
        return {k: str(v) if k == "@value" and isinstance(v, _NotFinite) else _spelt(v) for k, v in node.items()}
    return [_spelt(v) for v in node] if isinstance(node, list) else node


def _jsonld(g: Graph) -> str:
    g.bind("pkg", PKG)  # harmless; the context below is what counts
    # rdflib writes an INF or NaN double as the JavaScript constant, which is no JSON: the XSD spelling
    data = _spelt(json.loads(g.serialize(format="json-ld", context=JSONLD_CONTEXT, auto_compact=True),
                             parse_constant=lambda c: _NotFinite(_NOT_FINITE[c])))
    if isinstance(data, dict) and "@graph" not in data and "@context" in data:
        ctx = data.pop("@context")
        data = {"@context": ctx, "@graph": [data] if data else []}
    data["@context"] = JSONLD_CONTEXT
    data["@graph"] = sorted((_sort_json(n) for n in data.get("@graph", [])),
                            key=lambda n: (str(n.get("@id", "")), json.dumps(n, sort_keys=True, ensure_ascii=False)))
    return json.dumps({"@context": data["@context"], "@graph": data["@graph"]},
                      ensure_ascii=False, indent=1) + "\n"


def to_networkx(source):
    """The graph as a networkx MultiDiGraph, from an rdflib Graph or Dataset, a graph file or a list of
    them (their union, as `export` reads them), or a GraphML file this module wrote (read back typed)."""
    import networkx as nx
    from pathlib import Path

    if isinstance(source, Dataset):
        return graph_to_networkx(union(source))
    if isinstance(source, Graph):
        return graph_to_networkx(source)
    paths = [source] if isinstance(source, (str, Path)) else list(source)
    if len(paths) == 1 and str(paths[0]).lower().endswith(".graphml"):
        return nx.read_graphml(str(paths[0]), force_multigraph=True)
    from . import export_fast as fast
    paths = [str(p) for p in paths]
    # export --format graphml's reader: rdflib's parse and two copies took 16 s on the 37-report graph.ttl
    quads = fast.read(paths)
    return graph_to_networkx(union(load(paths)) if quads is None else fast.union(quads))


def to_graphml(ds: Dataset) -> str:
    return _graphml(to_networkx(ds))


def _graphml(G) -> str:
    import networkx as nx

    from .xmlguard import check_xml_chars

    check_xml_chars(G)
    return "\n".join(nx.generate_graphml(G, encoding="utf-8", prettyprint=True)) + "\n"


def _escaped(write):
    """WRITE with a literal's NUL, ESC or other C0 control as a \\u escape: rdflib writes them as they are,
    and no reader (policykg's own) took the file back."""
    def escaped(graphs) -> str:
        from ..emit.serialise import CONTROL_CHAR, CONTROLS
        text = write(graphs)   # translate costs 0.4 s on the 37-report Turtle, which holds no control
        return text.translate(CONTROLS) if CONTROL_CHAR.search(text) else text
    return escaped


WRITERS = {"ttl": _escaped(to_turtle), "nt": _escaped(to_ntriples), "nq": _escaped(to_nquads),
           "trig": _escaped(to_trig), "jsonld": to_jsonld, "graphml": to_graphml}


def _fast_nq(q) -> str:
    from .export_fast import canonical, lines
    return _sorted_lines("".join(lines(canonical(t), "" if n is None else n.n3()) for n, t in q.items()))


def _fast_trig(q) -> str:
    from .export_fast import canonical
    return _trig(sorted(q.items(), key=lambda ng: _rank(ng[0])), canonical)


def _fast_writers():
    from . import export_fast as f

    return {"ttl": _escaped(lambda q: f.turtle(f.canonical(f.union(q)))),
            "nt": _escaped(lambda q: _sorted_lines(f.lines(f.canonical(f.union(q))))),
            "nq": _escaped(_fast_nq), "trig": _escaped(_fast_trig),
            "jsonld": lambda q: _jsonld(f.as_graph(f.canonical(f.union(q)))),
            "graphml": lambda q: _graphml(graph_to_networkx(f.union(q)))}


def render(paths, fmt: str) -> str:
    if fmt not in WRITERS:
        raise UsageError(f"--format {fmt}: use one of {', '.join(FORMATS)}")
    from .canon import ChainTooLong
    from .xmlguard import NotXml
    from . import export_fast as fast
    from .loading import check_text, graph_format
    from .preload import check_fits
    check_fits(paths, store=False)   # pyoxigraph aborts the process when memory runs out: refused before loading
    for p in paths:  # binary data is named before the fast path reads it whole and rdflib reads it again
        require_file(str(p))   # first, as the loaders do: an empty --graph was "'': unknown graph format"
        if graph_format(str(p)) not in ("json-ld", "xml"):
            check_text(str(p), graph_format(str(p)))
    try:
        quads = fast.read(paths)
        return WRITERS[fmt](load(paths)) if quads is None else _fast_writers()[fmt](quads)
    except (ChainTooLong, NotXml) as exc:
        raise InputError(f"{', '.join(map(str, paths))}: {exc}") from None


def export(paths, fmt: str, out_file: str) -> None:
    """Write the union of ``paths`` in ``fmt`` to ``out_file`` (atomically, and only over a regular
    file: see safefile.write_atomic)."""
    from ..corpus.safefile import check_target, write_atomic

    check_target(out_file, inputs=paths, only_ours=True)  # before the work: a bad --out costs nothing
    check_suffix(out_file, fmt)
    write_atomic(out_file, render(paths, fmt), only_ours=True)


# what the reader an extension picks (loading.FORMATS) can parse of the formats export writes
_READS = {"turtle": {"ttl", "nt"}, "n3": {"ttl", "nt"}, "trig": {"ttl", "nt", "trig"}, "nt": {"nt"},
          "nquads": {"nt", "nq"}, "json-ld": {"jsonld"}, "xml": set(), "graphml": {"graphml"},
          "a table": set()}
# the names of tables (what `policykg table` writes, what pandas and spreadsheets open): no graph is one
TABLE_SUFFIXES = (".csv", ".tsv", ".parquet", ".xlsx")


def check_suffix(out_file: str, fmt: str, what: str | None = None) -> None:
    """--format ttl --out x.nt wrote Turtle that every verb, reading x.nt as N-Triples, then refused; --out
    x.csv wrote a graph that pandas, a spreadsheet or policykg read as a table."""
    from .loading import FORMATS as READERS

    ext = os.path.splitext(out_file)[1].lower()
    reader = "graphml" if ext == ".graphml" else "a table" if ext in TABLE_SUFFIXES else READERS.get(ext)
    if reader is not None and fmt not in _READS[reader]:
        raise UsageError(f"--out {out_file}: policykg reads a {ext} file as {reader}, and "
                         f"{what or f'--format {fmt}'} is not that; name it .{fmt}"
                         + ("" if what or reader == "a table" else ", or give the --format the name says"))
