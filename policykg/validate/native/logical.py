"""Logical constraint components: sh:or (each member a shape the value node may conform to)."""
from __future__ import annotations

from ..results import SH
from .common import Context, Unsupported

PARAMETERS = frozenset({SH["or"]})


def compile(ctx: Context) -> None:
    if SH["or"] not in ctx.params:
        return
    alternatives = []
    for lst in ctx.sg.objects(ctx.node, SH["or"]):
        members = [ctx.shape(m) for m in sorted(set(ctx.sg.items(lst)), key=str)]
        if not members:
            raise Unsupported(f"{ctx.node}: empty sh:or list")
        alternatives.append(members)
    ctx.add(SH.OrConstraintComponent, or_check(alternatives))


def or_check(alternatives):
    def check(idx, f, vs):
        for members in alternatives:
            for v in vs:
                if not any(m.evaluate(idx, v, None) for m in members):
                    return False
        return True
    return check
