"""Value range constraint components: sh:minInclusive, sh:minExclusive, sh:maxInclusive,
sh:maxExclusive.

As pyshacl decides: a string never compares with a non-string, other pairs use rdflib's literal
order (its ``eq``, then ``>``) and a ``TypeError`` fails; IRIs and blank nodes never pass."""
from __future__ import annotations

import datetime

from rdflib import Literal
from rdflib.namespace import XSD

from ..results import SH
from .common import Context, Unsupported, every_pair

PARAMETERS = frozenset({SH.minInclusive, SH.minExclusive, SH.maxInclusive, SH.maxExclusive})
_BOUNDS = (
    (SH.minInclusive, SH.MinInclusiveConstraintComponent, lambda c: c >= 0),
    (SH.minExclusive, SH.MinExclusiveConstraintComponent, lambda c: c > 0),
    (SH.maxInclusive, SH.MaxInclusiveConstraintComponent, lambda c: c <= 0),
    (SH.maxExclusive, SH.MaxExclusiveConstraintComponent, lambda c: c < 0))
_FORCE_COMPARE_VALUE = (datetime.datetime, datetime.time)
_XSD_INTEGER = str(XSD.integer)


def compile(ctx: Context) -> None:
    for param, component, op in _BOUNDS:
        if param in ctx.params:
            bounds = list(ctx.sg.objects(ctx.node, param))
            if not all(isinstance(b, Literal) for b in bounds):
                raise Unsupported(f"{ctx.node}: {param} not a literal")
            ctx.add(component, range_check(bounds, op))


def plain_int(lit):
    """The int of a well-typed xsd:integer literal, else None."""
    dt = lit.datatype
    if dt is not None and str.__eq__(dt, _XSD_INTEGER) and not lit.ill_typed:
        x = lit.value
        if type(x) is int:
            return x
    return None


def compare_literal(l1, l2) -> int:
    """-1, 0 or 1 as pyshacl.rdfutil.compare.compare_literal orders two literals."""
    # two well-typed xsd:integers (the common case) compare as ints, which is what rdflib's eq / > do
    a = plain_int(l1)
    if a is not None:
        b = plain_int(l2)
        if b is not None:
            return (a > b) - (a < b)
    if l1.eq(l2):
        return 0
    if l1.value.__class__ in _FORCE_COMPARE_VALUE:
        if l1.value == l2.value:
            return 0
        elif l1.value > l2.value:
            return 1
    elif l1 > l2:
        return 1
    return -1


def range_check(bounds, op):
    def ok(v, b) -> bool:
        if not isinstance(v, Literal):
            return False
        if isinstance(b.value, str) != isinstance(v.value, str):
            return False
        try:
            return op(compare_literal(v, b))
        except (TypeError, NotImplementedError):
            return False

    return every_pair(ok, lambda idx, f: bounds)
