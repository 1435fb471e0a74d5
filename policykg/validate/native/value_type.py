"""Value type constraint components: sh:class, sh:datatype, sh:nodeKind.

Where pyshacl, not the letter of the spec, decides (mirrored from pyshacl 0.40's source):
``sh:datatype`` — ill-typed literals fail, a plain literal matches ``xsd:string`` but a
language-tagged one does not, unknown datatypes only need the IRI to match."""
from __future__ import annotations

import datetime
from decimal import Decimal

from rdflib import BNode, Literal
from rdflib.namespace import RDF, RDFS, XSD

from ..results import SH
from .common import Context, Unsupported, every, one

PARAMETERS = frozenset({SH["class"], SH.datatype, SH.nodeKind})

_ACTUAL = {  # pyshacl's DatatypeConstraintComponent._assert_actual_datatype
    XSD.string: (str, bytes), RDF.langString: (str, bytes), XSD.integer: int, XSD.float: float,
    XSD.decimal: Decimal, XSD.boolean: bool, XSD.date: datetime.date,
    XSD.time: datetime.time, XSD.dateTime: datetime.datetime}
_IRI = frozenset({SH.IRI, SH.IRIOrLiteral, SH.BlankNodeOrIRI})
_BNODE = frozenset({SH.BlankNode, SH.BlankNodeOrLiteral, SH.BlankNodeOrIRI})
_LITERAL = frozenset({SH.Literal, SH.BlankNodeOrLiteral, SH.IRIOrLiteral})


def compile(ctx: Context) -> None:
    sg, node = ctx.sg, ctx.node
    if SH["class"] in ctx.params:
        ctx.add(SH.ClassConstraintComponent, class_check(list(sg.objects(node, SH["class"]))))
    if SH.datatype in ctx.params:
        ctx.add(SH.DatatypeConstraintComponent, datatype_check(one(sg, node, SH.datatype, "sh:datatype")))
    if SH.nodeKind in ctx.params:
        ctx.add(SH.NodeKindConstraintComponent, node_kind_check(one(sg, node, SH.nodeKind, "sh:nodeKind")))


def class_check(classes):
    def check(idx, f, vs):
        for v in vs:
            for c in classes:
                if not idx.is_instance(v, c):
                    return False
        return True
    return check


def datatype_check(rule):
    # pyshacl's DatatypeConstraintComponent.evaluate; IRIs compared as str (a Literal's datatype is
    # always a URIRef, so this is rdflib's term equality, minus its Python-level __eq__)
    actual = _ACTUAL.get(rule)
    rule_s = str(rule)
    any_literal = rule == RDFS.Literal
    any_typed = rule == RDFS.Datatype
    plain_ok = rule == XSD.string
    lang_ok = rule == RDF.langString

    def matches(v) -> bool:
        if not isinstance(v, Literal):
            return False
        dt = v.datatype
        if dt is not None and str.__eq__(dt, rule_s):
            if getattr(v, "ill_typed", None) is True:
                return False
        elif any_literal:
            return True
        elif any_typed and dt:
            return True
        elif not ((plain_ok and dt is None and v.language is None) or (lang_ok and v.language)):
            return False
        return actual is None or isinstance(v.value, actual)

    return every(matches)


def node_kind_check(kind):
    if kind not in _IRI | _BNODE | _LITERAL:
        raise Unsupported(f"sh:nodeKind {kind}")

    def check(idx, f, vs):
        for v in vs:
            if kind not in (_BNODE if isinstance(v, BNode) else _LITERAL if isinstance(v, Literal) else _IRI):
                return False
        return True
    return check
