"""Whose a figure is when the clause before it in its sentence states the owner's own figure (issue #13, names129).
A zone opening a clause as its subject and named in that clause's figure (衡水工业新区新入驻企业43家 →
衡水工业新区新入驻企业数量) owns the figure opening the clause right after, when that figure is named without it (完成投资
62亿元 → 衡水工业新区投资; 其中工业投资410亿元 → 综合保税区和双福工业园区工业投资). Only an owner ending in a word of
``owner_heads`` (a thing the figure measures: not a place, a time, a programme or the government), only from the clause
right before, and never across ；or 。 (the clause's closing mark must be one of ``joins``)."""
from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Quantity, Span, starting_in
from .earlier_clauses import joined_clause_before
from .qlexicon import qwords


def _w(key: str):
    return qwords("sibling_owners", key)


def clause_owner(clause: str, names: list[str]) -> str:
    """The longest owner (ending in an ``owner_heads`` word) that opens both ``clause`` and the name of one of its
    figures (``names``), the name going on past it; or ''."""
    clause = clause.strip()
    best = ""
    for name in names:
        for m in re.finditer(_w("owner_heads"), name):
            owner = name[:m.end()]
            if len(owner) > len(best) and len(name) > len(owner) and clause.startswith(owner) \
                    and not re.search(_w("not_owner"), owner):
                best = owner
    return best


def own_sibling_owners(text: str, sspan: Span, out: list[Quantity], rename: Callable[[Quantity, str], None]) -> None:
    """Rule: a figure opening its clause (only ``lead`` words before it) and named without the owner whose figure
    the clause right before states takes that owner (X新入驻企业43家，完成投资62亿元 → X投资)."""
    figures = starting_in(sspan, out)
    for q in figures:
        before = joined_clause_before(text, sspan, q.span.start, "sibling_owners")
        if before is None:
            continue
        clause, a, b = before
        owner = clause_owner(clause, [p.name_base for p in figures if a <= p.span.start < b])
        if owner and owner not in q.name_base:
            rename(q, owner + q.name_base)
