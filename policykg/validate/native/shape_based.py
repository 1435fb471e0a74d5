"""Shape-based constraint components: sh:node (every value node conforms to the shape) and
sh:qualifiedValueShape with sh:qualifiedMinCount / sh:qualifiedMaxCount (property shapes only)."""
from __future__ import annotations

from ..results import SH
from .common import Context, Unsupported, int_param

PARAMETERS = frozenset({SH.node, SH.qualifiedValueShape, SH.qualifiedMinCount, SH.qualifiedMaxCount})


def compile(ctx: Context) -> None:
    for node in sorted(ctx.sg.objects(ctx.node, SH.node), key=str):
        ctx.add(SH.NodeConstraintComponent, node_check(ctx.shape(node)))
    _compile_qualified(ctx)


def node_check(shape):
    def check(idx, f, vs):
        return all(shape.evaluate(idx, v, None) for v in vs)
    return check


def _compile_qualified(ctx: Context) -> None:
    params, sg, node = ctx.params, ctx.sg, ctx.node
    if params & {SH.qualifiedMinCount, SH.qualifiedMaxCount} and SH.qualifiedValueShape not in params:
        raise Unsupported(f"{node}: qualified count without sh:qualifiedValueShape")
    if SH.qualifiedValueShape not in params:
        return
    ctx.need_path("sh:qualifiedValueShape")
    value_shapes = [ctx.shape(v) for v in sorted(set(sg.objects(node, SH.qualifiedValueShape)), key=str)]
    lo = hi = None
    if SH.qualifiedMinCount in params:
        lo = int_param(sg, node, SH.qualifiedMinCount, "sh:qualifiedMinCount")
    if SH.qualifiedMaxCount in params:
        hi = int_param(sg, node, SH.qualifiedMaxCount, "sh:qualifiedMaxCount")
    if lo is None and hi is None:
        raise Unsupported(f"{node}: sh:qualifiedValueShape without a count")
    if hi is not None:
        ctx.add(SH.QualifiedMaxCountConstraintComponent, qualified_check(value_shapes, None, hi))
    if lo is not None:
        ctx.add(SH.QualifiedMinCountConstraintComponent, qualified_check(value_shapes, lo, None), lo > 0)


def qualified_check(value_shapes, lo, hi):
    def check(idx, f, vs):
        if not vs and (lo is None or lo < 1):
            return True
        for q in value_shapes:
            n = sum(1 for v in vs if q.evaluate(idx, v, None))
            if (hi is not None and n > hi) or (lo is not None and n < lo):
                return False
        return True
    return check
