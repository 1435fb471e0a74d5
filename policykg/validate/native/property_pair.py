"""Property pair constraint components: sh:equals and sh:disjoint (the value nodes equal / share
nothing with the focus node's values of another property), sh:lessThan and sh:lessThanOrEquals
(property shapes only).

As pyshacl decides: IRIs and string literals compare as Python strings, a string never compares with
a non-string, other pairs use rdflib's ``<``/``<=``. One deliberate difference: pyshacl *raises*
when a value is a blank node; here, as the spec says, a blank node cannot be compared, so each pair
with one is a violation."""
from __future__ import annotations

from rdflib import BNode, Literal, URIRef

from ..results import SH
from .common import Context, Unsupported, every_pair
from .value_range import plain_int

PARAMETERS = frozenset({SH.equals, SH.disjoint, SH.lessThan, SH.lessThanOrEquals})
_PAIRS = ((SH.lessThan, SH.LessThanConstraintComponent, False),
          (SH.lessThanOrEquals, SH.LessThanOrEqualsConstraintComponent, True))


def compile(ctx: Context) -> None:
    for param, component, same in ((SH.equals, SH.EqualsConstraintComponent, True),
                                   (SH.disjoint, SH.DisjointConstraintComponent, False)):
        for other in sorted(ctx.sg.objects(ctx.node, param), key=str):
            if not isinstance(other, URIRef):
                raise Unsupported(f"{ctx.node}: {param} not an IRI")
            ctx.add(component, set_check(str(other), same), same)
    for param, component, or_equal in _PAIRS:
        if param in ctx.params:
            ctx.need_path(str(param))
            others = list(ctx.sg.objects(ctx.node, param))
            if not all(isinstance(o, URIRef) for o in others):
                raise Unsupported(f"{ctx.node}: {param} not an IRI")
            ctx.add(component, pair_check(others, or_equal))


def _side(x):
    if isinstance(x, URIRef):
        return str(x), True
    if isinstance(x, Literal) and isinstance(x.value, str):
        return x.value, True
    return x, False


def less(v, c, or_equal: bool) -> bool:
    """Whether ``v`` < ``c`` (or ≤) as sh:lessThan(OrEquals) compares them."""
    if isinstance(v, BNode) or isinstance(c, BNode):
        return False
    if isinstance(v, Literal) and isinstance(c, Literal):
        x = plain_int(v)
        if x is not None:
            y = plain_int(c)
            if y is not None:  # rdflib's numeric fast path, without its overhead
                return x <= y if or_equal else x < y
    a, a_str = _side(v)
    b, b_str = _side(c)
    if a_str != b_str:
        return False
    try:
        return bool(a <= b) if or_equal else bool(a < b)
    except TypeError:
        return False


def set_check(other: str, same: bool):
    """sh:equals (``same``) or sh:disjoint against the focus node's values of ``other``."""
    def check(idx, f, vs):
        others = set((idx.spo.get(f) or {}).get(other, ()))
        return set(vs) == others if same else others.isdisjoint(vs)
    return check


def pair_check(others, or_equal: bool):
    keys = [str(p) for p in others]
    return every_pair(lambda v, c: less(v, c, or_equal),
                      lambda idx, f: [c for p in keys for c in (idx.spo.get(f) or {}).get(p, ())])
