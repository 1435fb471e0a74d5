"""Fast SHACL validation (the default engine); ``validate.py`` holds the reference (pyshacl).

Split of the work:

* **SHACL Core** — every Core constraint of ``shapes/policykg.ttl`` runs in pyrudof (Rust), on the
  data graph handed over as N-Triples.
* **SHACL-SPARQL** — the one ``sh:sparql`` constraint, ``pkgsh:EvidenceQuoteLength``, is checked here
  in Python over the evidence triples (``quote_length_results``), because its result message must be
  formatted exactly as pyshacl formats it (``{?value}`` → the lexical form of the quote), which
  pyrudof's own SPARQL results (values in N-Triples spelling) do not give us. The check is the
  constraint's query evaluated by hand with SPARQL 1.1 semantics::

      SELECT $this ?value WHERE { $this pkg:start ?start ; pkg:end ?end ; pkg:quote ?value .
                                  FILTER (STRLEN(?value) != ?end - ?start) }

  for every focus node ``$this`` that is a SHACL instance of ``pkg:Evidence`` (``rdf:type`` /
  ``rdfs:subClassOf*`` in the data graph). STRLEN is defined for string literals (plain, ``xsd:string``
  or language-tagged) and counts code points; ``-`` needs numeric literals (integers, decimals,
  floats; float wins in mixed arithmetic); anything else is an error, and an error makes the FILTER
  false. The query text is checked against the shapes file at run time: if anyone edits the
  constraint (or adds another ``sh:sparql``), this engine falls back to pyshacl for the SPARQL shapes
  rather than silently checking something else.

Results are the same ``validate.Result`` tuples as the reference; messages come from the shapes'
``sh:message`` (``validate.shape_messages``) in both engines, so ``validation.ttl`` is byte-identical.
"""
from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from .validate import SH, Result, generic_message, shape_messages, shapes_graph

PKGSH = "https://w3id.org/policykg/shapes#"
PKG = "https://w3id.org/policykg/ontology#"
QUOTE_LENGTH = URIRef(PKGSH + "EvidenceQuoteLength")
_QUOTE_LENGTH_QUERY = (
    "SELECT $this ?value WHERE { "
    "$this <https://w3id.org/policykg/ontology#start> ?start ; "
    "<https://w3id.org/policykg/ontology#end> ?end ; "
    "<https://w3id.org/policykg/ontology#quote> ?value . "
    "FILTER (STRLEN(?value) != ?end - ?start) }")
_SPARQL_COMPONENT = "http://www.w3.org/ns/shacl#SPARQLConstraintComponent"

_INTEGER_TYPES = {XSD[t] for t in (
    "integer", "nonPositiveInteger", "negativeInteger", "long", "int", "short", "byte",
    "nonNegativeInteger", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte", "positiveInteger")}
_NUMERIC_TYPES = _INTEGER_TYPES | {XSD.decimal, XSD.float, XSD.double}


def _squash(q: str) -> str:
    return " ".join(q.split())


@cache
def _sparql_plan() -> tuple[dict[URIRef, str], bool]:
    """({shape: message template} for the SPARQL constraints we check by hand, whether that is all)."""
    sg = shapes_graph()
    known: dict[URIRef, str] = {}
    complete = True
    for shape, constraint in sg.subject_objects(SH.sparql):
        query = sg.value(constraint, SH.select)
        messages = sorted(str(m) for m in sg.objects(constraint, SH.message))
        if (shape == QUOTE_LENGTH and query is not None and _squash(str(query)) == _squash(_QUOTE_LENGTH_QUERY)
                and not list(sg.objects(constraint, SH.prefixes)) and len(messages) <= 1):
            known[shape] = messages[0] if messages else ""
        else:
            complete = False
    return known, complete


@cache
def _rudof_shapes() -> str:
    from .validate import SHAPES
    return SHAPES.read_text(encoding="utf-8")


CHUNK_TRIPLES = 8000


def _chunks(data: Graph, size: int = CHUNK_TRIPLES):
    """Split the data graph into pieces that validate exactly like the whole, for pyrudof (whose time
    grows faster than linearly with the graph: 28 s for the 37-report union in one go).

    Every constraint of our shapes reads only the focus node's own triples, plus the rdf:type of its
    value nodes (sh:class) and rdfs:subClassOf triples. So a piece = the triples of a set S of
    subjects (a focus node's triples are never split), the rdf:type triples of their IRI/blank
    objects, and every rdfs:subClassOf triple; only results whose focus node is in S are kept (the
    objects' type triples make them targets too, with their other triples missing). Yields
    (N-Triples text, S as strings)."""
    from rdflib.plugins.serializers.nt import _nt_row

    subclass = [_nt_row(t) for t in data.triples((None, RDFS.subClassOf, None))]
    subjects = sorted(set(data.subjects()), key=str)
    lines: list[str] = []
    focus: set[str] = set()
    typed: set = set()
    for s in subjects:
        for t in data.triples((s, None, None)):
            lines.append(_nt_row(t))
            o = t[2]
            if not isinstance(o, Literal) and o not in typed:
                typed.add(o)
                lines.extend(_nt_row(x) for x in data.triples((o, RDF.type, None)))
        focus.add(_term(s) if isinstance(s, URIRef) else s.n3())
        if len(lines) >= size:
            yield "".join(lines + subclass), focus
            lines, focus, typed = [], set(), set()
    if lines:
        yield "".join(lines + subclass), focus


def _rudof_results(data: Graph) -> list[tuple[str, str, str, str, str]]:
    """(focus, source shape, path, constraint component, message) from pyrudof's Core engine."""
    import pyrudof

    shapes = _rudof_shapes()
    out = []
    for nt, focus in _chunks(data):
        rudof = pyrudof.Rudof(pyrudof.RudofConfig())  # one per piece: a session accumulates state
        rudof.read_shacl(shapes, format=pyrudof.ShaclFormat.Turtle, reader_mode=pyrudof.ReaderMode.Strict)
        rudof.read_data(nt, format=pyrudof.RDFFormat.NTriples, reader_mode=pyrudof.ReaderMode.Strict)
        for e in rudof.validate_shacl().violations:
            f = _term(e.focus_node)
            if f in focus:
                out.append((f, _term(e.source_shape), _term(e.path), str(e.constraint_component), str(e.message)))
    return out


def _term(t) -> str:
    if t is None:
        return ""
    s = str(t)
    return s[1:-1] if s.startswith("<") and s.endswith(">") else s


def _instances(data: Graph, cls: URIRef):
    classes = {cls}
    todo = [cls]
    while todo:
        for sub in data.subjects(RDFS.subClassOf, todo.pop()):
            if sub not in classes:
                classes.add(sub)
                todo.append(sub)
    seen = set()
    for c in classes:
        for s in data.subjects(RDF.type, c):
            if s not in seen:
                seen.add(s)
                yield s


def _strlen(v) -> int | None:
    if isinstance(v, Literal) and (v.datatype is None or v.datatype == XSD.string):
        return len(str(v))
    return None


def _number(v):
    if not isinstance(v, Literal) or v.datatype not in _NUMERIC_TYPES or v.ill_typed:
        return None
    x = v.toPython()
    if isinstance(x, bool) or not isinstance(x, (int, float, Decimal)):
        return None
    return x


def quote_length_results(data: Graph, template: str) -> list[Result]:
    """pkgsh:EvidenceQuoteLength by hand (see the module docstring for the semantics)."""
    out = []
    p_start, p_end, p_quote = URIRef(PKG + "start"), URIRef(PKG + "end"), URIRef(PKG + "quote")
    for ev in _instances(data, URIRef(PKG + "Evidence")):
        quotes = [(q, _strlen(q)) for q in data.objects(ev, p_quote)]
        quotes = [(q, n) for q, n in quotes if n is not None]
        if not quotes:
            continue
        for s in data.objects(ev, p_start):
            a = _number(s)
            if a is None:
                continue
            for e in data.objects(ev, p_end):
                b = _number(e)
                if b is None:
                    continue
                if isinstance(a, float) or isinstance(b, float):
                    diff = float(b) - float(a)
                else:
                    diff = b - a
                for q, n in quotes:
                    if n != diff:
                        out.append(Result(str(ev), str(QUOTE_LENGTH), "", _format(template, ev, q)))
    return out


def _format(template: str, this, value) -> str:
    # exactly pyshacl's ConstraintComponent._format_sparql_based_result_message (re.sub, str(term))
    msg = template
    for var, val in (("this", this), ("value", value)):
        msg = re.sub("{{[?$]{}}}".format(var), str(val), msg)
    return msg


def validate_fast(data: Graph) -> list[Result]:
    known, complete = _sparql_plan()
    messages = shape_messages()
    results: set[Result] = set()
    for focus, shape, path, component, message in _rudof_results(data):
        if component == _SPARQL_COMPONENT:
            continue  # SPARQL constraints: below
        key = URIRef(shape) if not shape.startswith("_:") else BNode(shape[2:])
        msg = messages.get(key)
        if msg is None:
            msg = generic_message(component)
        results.add(Result(focus, shape, path, msg))
    for shape, template in known.items():
        if shape == QUOTE_LENGTH:
            results.update(quote_length_results(data, template))
    if not complete:
        # a SPARQL constraint we do not know: pyshacl decides those, nothing is skipped
        from .validate import results_pyshacl
        sparql_shapes = {str(s) for s in shapes_graph().subjects(SH.sparql, None)} - {str(s) for s in known}
        results.update(r for r in results_pyshacl(data, shapes_graph()) if r.shape in sparql_shapes)
    return sorted(results)
