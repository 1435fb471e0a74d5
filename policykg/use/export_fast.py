"""The fast path of `policykg export`: pyoxigraph reads the files, N-Triples/N-Quads lines are written here.

rdflib's TriG reader and Memory store cost most of an export (~0.05 ms a triple to add, then copies of
the Dataset); pyoxigraph parses in Rust. Each term becomes the rdflib term rdflib's own reader makes
(``Literal(lexical, lang, datatype)``, which normalises typed lexical forms, "01"^^xsd:integer → "1"),
cached, so the output is byte-identical to the rdflib path. Blank nodes get their canonical labels from
canon.canonical on the triples that hold them only (rdflib.compare colours a blank node by its
neighbours alone, so the labels are those of the whole graph).

``read`` returns None, and export takes the rdflib path, when the fast path could differ from it:
- a file that is not Turtle, N-Triples, TriG or N-Quads (JSON-LD, RDF/XML, N3 have checks of their own);
- a file pyoxigraph refuses: rdflib's reader then reads it or gives the error message export pins;
- an N-Quads file after the first: rdflib's N-Quads reader replaces the default graph read before it
  (its triples are lost on that path); the rdflib path keeps today's output until that is settled;
- a graph named by a blank node (rdflib's Dataset gives it a label of its own);
- a quoted triple (RDF-star): rdflib's terms hold none (it ended in 'internal error');
- a language tag with a capital letter (pyoxigraph lowercases it, rdflib keeps it);
- a relative IRI (pyoxigraph reads without a base IRI and refuses them) or a line that starts with
  @base or BASE: rdflib's resolution and pyoxigraph's can differ.
"""
from __future__ import annotations

import os
import re

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.plugins.serializers.nt import _quoteLiteral

from .loading import FORMATS
from .ox_terms import xsd_spelt

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
# the rdflib path reads these: see the module docstring
_RDFLIB_ONLY = re.compile(rb"""["']@[a-z0-9-]*[A-Z]|(?m:^[ \t]*(?:@base|[Bb][Aa][Ss][Ee])\b)""")
_OX_FORMATS = {"turtle": "TURTLE", "nt": "N_TRIPLES", "trig": "TRIG", "nquads": "N_QUADS"}


class Quads(dict):
    """graph name (None: the default graph) → set of (s, p, o) rdflib terms, as export.load would hold."""


def read(paths) -> Quads | None:
    """The files as Quads, or None when the rdflib path must read them (see the module docstring)."""
    import pyoxigraph as ox

    fmts = [FORMATS.get(os.path.splitext(str(p))[1].lower()) for p in paths]
    if not paths or any(f not in _OX_FORMATS for f in fmts) or not all(os.path.isfile(p) for p in paths):
        return None
    if "nquads" in fmts[1:]:
        return None
    out, cache = Quads(), {}
    for path, fmt in zip(paths, fmts):
        bnodes: dict = {}   # per file: the same label in two files names two nodes, as in rdflib
        try:
            with open(path, "rb") as fh:
                data = fh.read()
            if data.startswith(b"\xef\xbb\xbf") or _RDFLIB_ONLY.search(data):
                return None
            quads = ox.parse(data, getattr(ox.RdfFormat, _OX_FORMATS[fmt]))
            if not _add(out, quads, cache, bnodes, ox):
                return None
        except (SyntaxError, ValueError, OSError, UnicodeError):
            return None
    return out


def _add(out: Quads, quads, cache: dict, bnodes: dict, ox) -> bool:
    default = ox.DefaultGraph()
    named, blank = ox.NamedNode, ox.BlankNode

    def term(t):
        r = cache.get(t)
        if r is None:
            if type(t) is blank:
                r = bnodes.get(t)
                if r is None:
                    r = bnodes[t] = BNode()
                return r
            r = cache[t] = URIRef(t.value) if type(t) is named else _literal(t)
        return r

    for q in quads:
        if type(q.subject) is ox.Triple or type(q.object) is ox.Triple:
            return False   # a quoted triple (RDF-star), which rdflib's reader refuses in its own words
        g = q.graph_name
        if g == default:
            name = None
        elif type(g) is named:
            name = term(g)
        else:
            return False
        target = out.get(name)
        if target is None:
            target = out[name] = set()
        target.add((term(q.subject), term(q.predicate), term(q.object)))
    return True


def _literal(t) -> Literal:
    if t.language:
        return Literal(t.value, lang=t.language)
    dt = t.datatype.value
    return Literal(t.value) if dt == XSD_STRING else xsd_spelt(Literal(t.value, datatype=URIRef(dt)))


def has_bnode(triples) -> bool:
    return any(type(s) is BNode or type(o) is BNode for s, _, o in triples)


def canonical(triples: set) -> set:
    """The triples with canonical blank-node labels (canon.canonical on those that hold a blank node)."""
    from .canon import canonical as canon

    with_b = [t for t in triples if type(t[0]) is BNode or type(t[2]) is BNode]
    if not with_b:
        return triples
    g = Graph()
    for t in with_b:
        g.add(t)
    plain = triples.difference(with_b)
    plain.update(canon(g))
    return plain


def union(q: Quads) -> set:
    out: set = set()
    for triples in q.values():
        out |= triples
    return out


def lines(triples, graph: str | None = None) -> str:
    """N-Triples (or, with graph: the N-Quads graph term or "" for the default graph, N-Quads) rows as
    rdflib's writers make them: literals through rdflib's own quoting, nothing escaped beyond it."""
    text: dict = {}
    tail = f" {graph} .\n" if graph is not None else " .\n"

    def n3(t):
        r = text.get(t)
        if r is None:
            r = text[t] = _quoteLiteral(t) if type(t) is Literal else t.n3()
        return r

    return "".join(f"{n3(s)} {n3(p)} {n3(o)}{tail}" for s, p, o in triples)


def as_graph(triples) -> Graph:
    g = Graph()
    for t in triples:
        g.add(t)
    return g


def turtle(triples) -> str:
    """emit.serialise.turtle's bytes; a graph with blank nodes goes through its StableLongTurtle as there,
    with the prefixed-name and label lookups of its writing pass (half its time) memoised, and the graph
    read from an index, not copied into rdflib's store (turtle_index)."""
    from ..emit.serialise import _fresh, fast_turtle, longturtle
    from .turtle_index import by_subject, indexed, list_part

    if not has_bnode(triples):
        return fast_turtle(triples)
    index = by_subject(triples)
    return longturtle(_fresh(list_part(index)), indexed(_memo_longturtle(), index))


def _memo_longturtle():
    from rdflib.plugins.serializers.longturtle import VERB

    from ..emit.serialise import StableLongTurtle

    class MemoLongTurtle(StableLongTurtle):
        """longturtle with get_pname memoised: a name once given stays (compute_qname caches it and
        addNamespace is idempotent); a None stays None until a get_pname(gen_prefix=True) runs again,
        the only call that can bind a prefix (the epoch counts them). After preprocess (every
        predicate seen) a label depends on the node and whether it is a predicate alone."""

        def __init__(self, store):
            super().__init__(store)
            self._pnames, self._epoch, self._labels = {}, 0, None

        def preprocess(self) -> None:
            super().preprocess()
            self._labels = {}

        def get_pname(self, uri, gen_prefix=True):
            key = (uri, gen_prefix)
            hit = self._pnames.get(key)
            if hit is not None and (hit[0] is not None or hit[1] == self._epoch):
                return hit[0]
            name = super().get_pname(uri, gen_prefix)
            self._epoch += bool(gen_prefix)
            self._pnames[key] = (name, self._epoch)
            return name

        def label(self, node, position):
            key = (node, position == VERB)
            text = self._labels.get(key)
            if text is None:
                text = self._labels[key] = super().label(node, position)
            return text

    return MemoLongTurtle
