"""Deterministic serialisations: the same graph gives the same bytes on every run.

Graphs without blank nodes (every data graph policykg builds) are written by ``fast_turtle``, a
small writer in rdflib's ``longturtle`` layout that is an order of magnitude faster on large graphs
(rdflib's serialiser costs ~0.5 ms a triple); graphs with blank nodes (the ontology's class
expressions) go through rdflib's ``longturtle``, which sorts subjects and nests blank nodes, made
independent of the order the store yields triples in (``StableLongTurtle``). rdflib's TriG writer is
not stable (graph order and blank-node labels vary between runs), so TriG is assembled here from one
Turtle body per named graph.
"""
from __future__ import annotations

import re
from itertools import chain

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD
from rdflib.plugins.serializers.longturtle import LongTurtleSerializer

from ..vocab import ID, PKG

PREFIXES = {
    "pkg": str(PKG),
    "id": str(ID),
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
    if has_blank_node(g):
        return longturtle(_fresh(g))
    return fast_turtle(g)


def has_blank_node(g) -> bool:
    """Whether a term of G is a blank node (the types of its terms collected in C, then checked)."""
    return any(issubclass(t, BNode) for t in set(map(type, chain.from_iterable(g))))


def longturtle(g: Graph, serializer=None) -> str:
    """G through rdflib's longturtle, made independent of the order G holds its triples in
    (StableLongTurtle, or the subclass of it given)."""
    from io import BytesIO

    stream = BytesIO()
    try:
        (serializer or StableLongTurtle)(g).serialize(stream, base=None, encoding="utf-8")
    except RecursionError:  # rdflib nests one call per blank node: a graph read from a file can hold any depth
        from ..errors import InputError
        raise InputError("a graph to write holds blank nodes nested deeper than the Turtle writer can follow; "
                         "name the nodes with IRIs") from None
    return stream.getvalue().decode("utf-8")


class StableLongTurtle(LongTurtleSerializer):
    """longturtle whose bytes do not depend on the order the store yields triples in (hash order, which
    changes with PYTHONHASHSEED and blank-node ids). rdflib's writer follows that order in two places:
    the prefixes ns1, ns2, … it makes for namespaces of predicates, numbered as it meets them, and the
    order of an object list, sorted by rdflib's term order, which is not total (it compares literals of
    numeric datatypes by value and others by datatype IRI: 1 < 1.5 < "2020"^^gYear < 1)."""

    def preprocess(self) -> None:
        triples = list(self.store)
        for p in sorted({p for _, p, _ in triples if p not in self.keywords}, key=str):
            self.get_pname(p, gen_prefix=True)  # the only call that makes a prefix: in IRI order
        for triple in triples:
            self.preprocessTriple(triple)

    def sortProperties(self, properties):
        for objects in properties.values():
            if len(objects) > 1:
                objects.sort(key=_term_key)  # then rdflib's sort starts from the same order every time
        return super().sortProperties(properties)


def _term_key(t) -> tuple:
    """A total order of terms in plain strings."""
    if isinstance(t, Literal):
        return (2, str(t), str(t.datatype or ""), t.language or "")
    return (isinstance(t, URIRef), str(t), "", "")


_STRING = str(XSD.string)
_TYPE_IRI = str(RDF.type)
_LOCAL = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")
_BARE = {str(XSD.integer): re.compile(r"^[+-]?\d+$"), str(XSD.decimal): re.compile(r"^[+-]?\d*\.\d+$"),
         str(XSD.boolean): re.compile(r"^(?:true|false)$")}   # datatype IRIs as plain str: compared in C
# the other C0 controls and DEL as \u escapes: written raw (NUL, ESC), policykg's readers and others refuse the file
CONTROLS = {c: f"\\u{c:04X}" for c in (*range(0x20), 0x7F) if chr(c) not in "\t\n\r"}
CONTROL_CHAR = re.compile("[" + "".join(map(chr, CONTROLS)) + "]")   # a character CONTROLS escapes
_ESCAPES = str.maketrans({**CONTROLS, "\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t",
                          "\b": "\\b", "\f": "\\f"})


def text_lines(text: str) -> list[str]:
    """The lines of serialised RDF, split at LF alone: str.splitlines also splits at U+2028, U+0085, \\v, \\f
    and \\x1c–\\x1e, which a literal may hold as they are, and cut such a literal into pieces."""
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n") if text else []


def _by_subject(g: Graph) -> dict:
    """subject IRI → predicate IRI → its objects (IRIs as plain str, objects as terms)."""
    by_subject: dict = {}
    for s, p, o in g:
        preds = by_subject.get(s := str(s))
        if preds is None:
            preds = by_subject[s] = {}
        objs = preds.get(p := str(p))
        if objs is None:
            preds[p] = [o]
        else:
            objs.append(o)
    return by_subject


def fast_turtle(g: Graph) -> str:
    """Deterministic Turtle for a graph without blank nodes: subjects sorted, ``a`` first, then
    predicates and objects sorted; the prefixes actually used, sorted."""
    iri, term, used = _turtle_writers()
    by_subject = _by_subject(g)
    blocks = [_subject_block(s, by_subject[s], iri, term) for s in sorted(by_subject)]
    head = "\n".join(f"PREFIX {p}: <{PREFIXES[p]}>" for p in sorted(used))
    return head + "\n\n" + "\n\n".join(blocks) + "\n"


def _turtle_writers():
    """(iri, term, used): how an IRI (as plain str) and an object are written in Turtle, and the set of
    prefixes the names written so far use."""
    namespaces = sorted(PREFIXES.items(), key=lambda kv: -len(kv[1]))
    used: set[str] = set()
    names: dict[str, str] = {}

    # IRIs are handled as plain str (str(u)): rdflib compares terms in Python, plain strings in C
    def iri(u: str) -> str:
        name = names.get(u)
        if name is None:
            name = f"<{u}>"
            for p, ns in namespaces:
                if u.startswith(ns) and _LOCAL.match(u[len(ns):]):
                    name = f"{p}:{u[len(ns):]}"
                    used.add(p)
                    break
            names[u] = name
        return name

    def term(o) -> str:
        if type(o) is URIRef or isinstance(o, URIRef):   # the type test first: isinstance goes through abc
            return iri(str(o))
        lex = str(o)
        dt = o.datatype
        if dt is not None:
            dt = str(dt)
            bare = _BARE.get(dt)
            if bare is not None and bare.match(lex):
                return lex
        quoted = '"' + lex.translate(_ESCAPES) + '"'
        if o.language:
            return f"{quoted}@{o.language}"
        if dt is not None and dt != _STRING:
            return f"{quoted}^^{iri(dt)}"
        return quoted

    return iri, term, used


def _subject_block(s: str, preds: dict, iri, term) -> str:
    """One subject's Turtle: ``a`` first, then predicates by name, each with its objects sorted."""
    lines = [iri(s)]
    for p in sorted(preds, key=lambda p: (p != _TYPE_IRI, iri(p))):
        objs = sorted(map(term, preds[p]))
        name = "a" if p == _TYPE_IRI else iri(p)
        if len(objs) == 1:
            lines.append(f"    {name} {objs[0]} ;")
        else:
            lines.append(f"    {name}")
            lines.extend(f"        {o} ," for o in objs[:-1])
            lines.append(f"        {objs[-1]} ;")
    lines.append(".")
    return "\n".join(lines)


def trig(graphs: list[tuple[URIRef, Graph]]) -> str:
    """Named graphs in the given order, each body written as Turtle."""
    return trig_from_bodies([(name, turtle(g)) for name, g in graphs])


def trig_from_bodies(bodies) -> str:
    """TriG from already rendered Turtle bodies [(graph name, Turtle text)], so that each body can
    be rendered in its own process and still give the same bytes as ``trig``."""
    return "".join(trig_parts(bodies))


def trig_parts(bodies):
    """trig_from_bodies's text in pieces, one graph at a time: BODIES may be a generator, and a body is
    held only while its piece is made (a file is written piece by piece, never as one string)."""
    yield "\n".join(f"PREFIX {p}: <{ns}>" for p, ns in sorted(PREFIXES.items())) + "\n"
    for name, text in bodies:
        yield f"\nGRAPH <{name}> {{\n"
        yield from _indented(text)
        yield "}\n"


_LINE_START = re.compile("(?m)^(?=[^\n])")


def _indented(text: str):
    """TEXT's lines (text_lines) without PREFIX lines and leading blank lines, each non-empty one indented by
    four spaces, each followed by LF, without splitting TEXT into a list of lines unless a PREFIX line
    follows its first kept line."""
    t = text[:-1] if text.endswith("\n") else text
    at = 0
    while at < len(t):      # the head: PREFIX and blank lines
        end = t.find("\n", at)
        end = len(t) if end < 0 else end
        if not (t.startswith("PREFIX ", at) or not t[at:end].strip()):
            break
        at = end + 1
    rest = t[at:]
    if "\nPREFIX " in rest:    # a PREFIX line further down is dropped too
        yield "".join(("    " + ln if ln else "") + "\n" for ln in rest.split("\n") if not ln.startswith("PREFIX "))
    elif rest:
        yield _LINE_START.sub("    ", rest)
        yield "\n"
