"""SHACL-SPARQL: the one ``sh:sparql`` constraint, ``pkgsh:EvidenceQuoteLength``, checked by hand.

Its result message must be formatted exactly as pyshacl formats it (``{?value}`` → the lexical form of
the quote). The check is the constraint's query evaluated with SPARQL 1.1 semantics::

    SELECT $this ?value WHERE { $this pkg:start ?start ; pkg:end ?end ; pkg:quote ?value .
                                FILTER (STRLEN(?value) != ?end - ?start) }

for every focus node ``$this`` that is a SHACL instance of ``pkg:Evidence`` (``rdf:type`` /
``rdfs:subClassOf*`` in the data graph). STRLEN is defined for string literals (plain, ``xsd:string``
or language-tagged) and counts code points; ``-`` needs numeric literals (integers, decimals, floats;
float wins in mixed arithmetic); anything else is an error, and an error makes the FILTER false.
``sparql_plan`` compares the query text with the shapes graph's: any other (or an edited)
``sh:sparql`` constraint makes the native engine hand the shapes to the reference engine.
"""
from __future__ import annotations

import re
from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from ...vocab import PKG, SHAPES
from ..results import SH, Result

QUOTE_LENGTH = SHAPES.EvidenceQuoteLength
EVIDENCE = PKG.Evidence
QUOTE_LENGTH_QUERY = (
    "SELECT $this ?value WHERE { "
    f"$this <{PKG.start}> ?start ; <{PKG.end}> ?end ; <{PKG.quote}> ?value . "
    "FILTER (STRLEN(?value) != ?end - ?start) }")

_INTEGER_TYPES = {XSD[t] for t in (
    "integer", "nonPositiveInteger", "negativeInteger", "long", "int", "short", "byte",
    "nonNegativeInteger", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte", "positiveInteger")}
_NUMERIC_TYPES = _INTEGER_TYPES | {XSD.decimal, XSD.float, XSD.double}


def _squash(q: str) -> str:
    return " ".join(q.split())


def sparql_plan(sg: Graph) -> tuple[dict, bool]:
    """({shape: message template} for the SPARQL constraints checked here, whether that is all of them)."""
    known: dict = {}
    complete = True
    for shape, constraint in sg.subject_objects(SH.sparql):
        query = sg.value(constraint, SH.select)
        messages = sorted(str(m) for m in sg.objects(constraint, SH.message))
        if (shape == QUOTE_LENGTH and query is not None and _squash(str(query)) == _squash(QUOTE_LENGTH_QUERY)
                and not list(sg.objects(constraint, SH.prefixes)) and len(messages) <= 1):
            known[shape] = messages[0] if messages else ""
        else:
            complete = False
    return known, complete


def _instances(data, cls: URIRef):
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


def _offset_differences(data, ev):
    """``?end - ?start`` for every pair of numeric offsets of ``ev`` (float wins in mixed arithmetic)."""
    p_start, p_end = URIRef(PKG + "start"), URIRef(PKG + "end")
    for s in data.objects(ev, p_start):
        a = _number(s)
        if a is None:
            continue
        for e in data.objects(ev, p_end):
            b = _number(e)
            if b is not None:
                yield float(b) - float(a) if isinstance(a, float) or isinstance(b, float) else b - a


def quote_length_results(data, template: str) -> list[Result]:
    """pkgsh:EvidenceQuoteLength on ``data`` (a Graph or a ``DataIndex``); see the module docstring."""
    out = []
    p_quote = URIRef(PKG + "quote")
    for ev in _instances(data, EVIDENCE):
        quotes = [(q, _strlen(q)) for q in data.objects(ev, p_quote)]
        quotes = [(q, n) for q, n in quotes if n is not None]
        if not quotes:
            continue
        for diff in _offset_differences(data, ev):
            out.extend(Result(str(ev), str(QUOTE_LENGTH), "", _format(template, ev, q))
                       for q, n in quotes if n != diff)
    return out


def _format(template: str, this, value) -> str:
    # exactly pyshacl's ConstraintComponent._format_sparql_based_result_message (re.sub, str(term))
    msg = template
    for var, val in (("this", this), ("value", value)):
        msg = re.sub("{{[?$]{}}}".format(var), str(val), msg)
    return msg
