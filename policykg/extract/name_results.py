"""Results a reform brings (N项创新成果, N个典型案例) counted in the clause right after the clause that carries the reform
out are that reform's (names84; docs/checks/names-strict-names84.md): 开展自贸试验区重点产业系统集成改革，形成N项以上
创新成果 → 自贸试验区重点产业系统集成改革创新成果数量 (shandong 2026); 深化职务科技成果权属改革，形成N个以上典型案例 →
职务科技成果权属改革典型案例数量 (hainan 2026). The words are data (``name_results`` in data/lexicons/quantities.yaml)."""
from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Quantity, Span, starting_in
from .qlexicon import qwords


def _w(key: str) -> str:
    return qwords("name_results", key)


def reform_before(text: str, sspan: Span, q: Quantity) -> str:
    """The reform (``reform``) the clause right before ``q``'s carries out, when ``q``'s clause opens with the act
    bringing results (``brings``) and with its quote; or ''."""
    clauses = re.split(_w("clause_marks"), text[sspan.start:q.span.start])
    if len(clauses) < 2 or clauses[-1] or not re.match(_w("brings"), text[q.span.start:q.span.end]):
        return ""
    m = re.fullmatch(_w("reform"), clauses[-2])
    return m.group("reform") if m else ""


def own_reform_results(text: str, sspan: Span, out: list[Quantity], rename: Callable[[Quantity, str], None]) -> None:
    """Rule: a count of generic results (``results``) with no owner, in a clause right after one carrying out a
    reform, is named by the reform (X改革，形成N项创新成果 → X改革创新成果)."""
    for q in starting_in(sspan, out):
        if q.attrs.get("measure") != "count" or not re.fullmatch(_w("results"), q.name_base):
            continue
        if reform := reform_before(text, sspan, q):
            rename(q, reform + q.name_base)
