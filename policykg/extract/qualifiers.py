"""On what basis a figure is counted: a qualifier that adjusts the count (剔除虚增空转因素后, 扣除自然因素影响后) or
restates it on a comparable basis (同口径增长N%) says how the figure is reckoned, not what it measures
(docs/checks/indicator-district-names30.md)."""
from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Quantity, Span, starting_in
from .qlexicon import qwords

Rename = Callable[[Quantity, str], None]


def _w(key: str):
    return qwords("qualifiers", key)


def without_adjustment(name: str) -> str:
    """The name without the adjustment clause in it (一般公共预算收入剔除虚增空转因素后 → 一般公共预算收入), or ''."""
    kept = re.sub(_w("adjusted"), "", name)
    return kept if kept != name and len(kept) >= 2 else ""


def own_bases(sspan: Span, out: list[Quantity], rename: Rename) -> None:
    """Rule: an adjustment clause (剔除X后, 扣除X后) is left out of the name; a figure named by its basis alone
    (同口径增长N%, …（同口径增长N%）) measures the thing of the figure right before it in the sentence."""
    basis_only = re.compile(_w("basis_only"))
    prev = None
    for q in starting_in(sspan, out):
        if kept := without_adjustment(q.name_base):
            rename(q, kept)
        elif basis_only.fullmatch(q.name_base) and prev is not None:
            q.indicator = prev.indicator
            q.attrs["indicator_base"] = prev.name_base
            continue
        prev = q
