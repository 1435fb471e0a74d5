"""Whose the capacity a newly opened work adds is (issue #13, names129). A clause stating only that a hospital building,
a plant or a line opened (县人民医院新院区正式启用, 酒业园区技改项目竣工投产) owns the figure opening the clause right
after when that figure counts what the opening adds (新增床位300张, 开放床位1200张, 新增白酒产能3万吨): the work's
新增床位数量, 开放床位数量, not the place's. The adding word written before the number stays in the name (开放床位,
as 新增床位). Only from the clause right before, never across ；or 。."""
from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Quantity, Span, starting_in
from .earlier_clauses import joined_clause_before
from .qlexicon import qwords


def _w(key: str):
    return qwords("opened_owners", key)


def opened_work(clause: str) -> str:
    """The work ``clause`` says opened (X正式启用 → X), when the clause says nothing else; or ''."""
    m = re.fullmatch(_w("opened"), clause.strip())
    return m["work"] if m and not re.search(_w("not_work"), m["work"]) else ""


def own_opened_works(text: str, sspan: Span, out: list[Quantity], rename: Callable[[Quantity, str], None]) -> None:
    """Rule: a figure whose clause opens with an adding word (``adds``: 新增, 开放) right after a clause stating that a
    work opened is that work's (X启用，新增床位N张 → X新增床位数量)."""
    for q in starting_in(sspan, out):
        before = joined_clause_before(text, sspan, q.span.start, "opened_owners")
        work = opened_work(before[0]) if before is not None else ""
        add = re.match(_w("adds"), text[q.span.start:q.span.end])
        if not work or add is None or work in q.name_base:
            continue
        base = q.name_base if q.name_base.startswith(add.group()) else add.group() + q.name_base
        rename(q, work + base)
