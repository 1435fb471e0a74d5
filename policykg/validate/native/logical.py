"""Logical constraint components: sh:not, sh:and, sh:or, sh:xone — each value node must conform to
none / all / at least one / exactly one of the shapes given (sh:xone counts a shape listed twice
twice, as the spec and pyshacl do)."""
from __future__ import annotations

from ..results import SH
from .common import Context, Unsupported


def _none(members, idx, v) -> bool:
    return not any(m.evaluate(idx, v, None) for m in members)


def _all(members, idx, v) -> bool:
    return all(m.evaluate(idx, v, None) for m in members)


def _any(members, idx, v) -> bool:
    return any(m.evaluate(idx, v, None) for m in members)


def _exactly_one(members, idx, v) -> bool:
    return sum(1 for m in members if m.evaluate(idx, v, None)) == 1


PARAMETERS = frozenset({SH["not"], SH["and"], SH["or"], SH.xone})
_LISTS = ((SH["and"], SH.AndConstraintComponent, _all),
          (SH["or"], SH.OrConstraintComponent, _any),
          (SH.xone, SH.XoneConstraintComponent, _exactly_one))


def compile(ctx: Context) -> None:
    for negated in sorted(ctx.sg.objects(ctx.node, SH["not"]), key=str):
        ctx.add(SH.NotConstraintComponent, members_check([ctx.shape(negated)], _none))
    for param, component, rule in _LISTS:
        if param not in ctx.params:
            continue
        for lst in sorted(ctx.sg.objects(ctx.node, param), key=str):
            members = [ctx.shape(m) for m in ctx.sg.items(lst)]
            if not members:
                raise Unsupported(f"{ctx.node}: empty {param} list")
            ctx.add(component, members_check(members, rule))


def members_check(members, rule):
    """A check that every value node satisfies ``rule(members, idx, value)``."""
    def check(idx, f, vs):
        return all(rule(members, idx, v) for v in vs)
    return check
