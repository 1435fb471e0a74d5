"""Other constraint components: sh:in (RDF term equality, as pyshacl: ``"1"`` is not
``"1"^^xsd:string``) and sh:hasValue (one of the value nodes is the term given)."""
from __future__ import annotations

from ..results import SH
from .common import Context, one

PARAMETERS = frozenset({SH["in"], SH.hasValue})


def compile(ctx: Context) -> None:
    if SH["in"] in ctx.params:
        members = frozenset(ctx.sg.items(one(ctx.sg, ctx.node, SH["in"], "sh:in")))
        ctx.add(SH.InConstraintComponent, lambda idx, f, vs, m=members: all(v in m for v in vs))
    for value in ctx.sg.objects(ctx.node, SH.hasValue):
        ctx.add(SH.HasValueConstraintComponent, lambda idx, f, vs, x=value: x in vs, True)
