"""Cardinality constraint components: sh:minCount, sh:maxCount (property shapes only)."""
from __future__ import annotations

from ..results import SH
from .common import Context, int_param

PARAMETERS = frozenset({SH.minCount, SH.maxCount})


def compile(ctx: Context) -> None:
    if SH.minCount in ctx.params:
        ctx.need_path("sh:minCount")
        n = int_param(ctx.sg, ctx.node, SH.minCount, "sh:minCount")
        ctx.add(SH.MinCountConstraintComponent, lambda idx, f, vs, n=n: len(vs) >= n, n > 0)
    if SH.maxCount in ctx.params:
        ctx.need_path("sh:maxCount")
        n = int_param(ctx.sg, ctx.node, SH.maxCount, "sh:maxCount")
        ctx.add(SH.MaxCountConstraintComponent, lambda idx, f, vs, n=n: len(vs) <= n)
