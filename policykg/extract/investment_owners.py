"""Whose a bare investment or fund is. An investment (计划投资, 完成投资) that its sentence ties to a work, a
project, a group of projects or a zone is named after them, as the annotation guideline decides
(docs/annotation-guideline.md, "A project's own investment")."""
from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Quantity, Span, starting_in
from .earlier_clauses import split_at
from .qlexicon import qwords, class_of_unit


def _w(key: str):
    return qwords("owners", key)


def _is_money(q: Quantity) -> bool:
    return class_of_unit(q.unit) == "money"


def _group(q: Quantity) -> str:
    """The projects a count counts (重点项目数量 → 重点项目), or ''; a bare 项目 names no group."""
    base = str(q.attrs.get("indicator_base") or "")
    if q.attrs.get("measure") != "count" or not base.endswith(_w("group_heads")):
        return ""
    return base if len(base) > max(len(h) for h in _w("group_heads") if base.endswith(h)) else _made_group(q, base)


def _made_group(q: Quantity, base: str) -> str:
    """Bare projects counted by the act that makes them (开工项目N个 → 项目开工数量: names126) are the act's projects, a
    group all the same (开工项目超1万个、完成投资… → 开工项目投资), or ''."""
    act = str(q.attrs.get("action") or "")
    return act + base if re.fullmatch(qwords("name_flows", "after_acts"), act) else ""


def _counted_group(text: str, mine: list[Quantity], i: int) -> str:
    """Rule: a count of projects right before or after the investment, in the same or the next clause
    (实施重点项目N个，完成投资… / 计划投资…，实施N个X项目 / 投资…实施X项目N个), owns it."""
    q = mine[i]
    if owned := _group_money_before(text, mine, i):
        return owned
    for p in (mine[i - 1] if i > 0 else None, mine[i + 1] if i + 1 < len(mine) else None):
        if p is None or not (group := _group(p)):
            continue
        gap = text[min(p.span.end, q.span.end):max(p.span.start, q.span.start)]
        if len(gap) <= _w("max_gap") and len(re.findall(_w("clause_marks"), gap)) <= 1:
            return group
    return ""


def _group_money_before(text: str, mine: list[Quantity], i: int) -> str:
    """Rule: the group whose money is the figure right before, the group counted right before that (实施重点项目N个，
    总投资…，年内完成投资… → 重点项目投资; names123: the probes county-2015 and banner-2021), each a
    clause on from the last; a part counted after (其中X项目N个) owns none of it."""
    if i < 2 or not _is_money(money := mine[i - 1]) or not (group := _group(mine[i - 2])) \
            or not money.indicator.startswith(group):
        return ""
    gap = text[money.span.end:mine[i].span.start]
    return group if len(gap) <= _w("max_gap") and len(re.findall(_w("clause_marks"), gap)) <= 1 else ""


def _clause_owner(clause: str) -> str:
    """The project or programme a clause is about (X工程一期全面完工, 大力实施X行动, X合作持续深化 → X), or ''."""
    m = re.fullmatch(_w("project_subject"), clause)
    return m.group("name") if m and m.group("name") != clause else ""


def _project_subject(text: str, sspan: Span, q: Quantity, mine: list[Quantity]) -> str:
    """Rule: a project or programme that the clause before the investment is about (X工程一期全面完工，
    完成投资… / X合作持续深化，完成投资…) owns it, when that clause holds no figure of its own."""
    clauses, own = split_at(text, sspan, q.span.start, _w("clause_marks"))
    if not clauses or len(own.strip()) > _w("max_lead"):
        return ""       # the investment opens its clause (after 全年, 年内 at most)
    clause, start, _ = clauses[-1]
    if any(start <= p.span.start < q.span.start for p in mine if p is not q):
        return ""
    return _clause_owner(clause)


def _cut_owner(q: Quantity) -> str:
    """Rule: a name cut at 、 between a clause and its investment (实施X行动、完成投资) is that clause's owner's."""
    m = re.fullmatch(_w("cut_investment"), str(q.attrs.get("indicator_base") or ""))
    return _clause_owner(str(q.attrs.get("action") or "") + m["before"]) if m else ""


def _paid_for(text: str, sspan: Span, q: Quantity, mine: list[Quantity]) -> str:
    """Rule: money followed in its clause by the work it pays for (筹措N亿元实施X工程, 投资N万元完成了X搬迁)
    is that work's; a list of works (、), a number or a long clause names no one work. A project the clause
    before is about owns money ending its clause before the next clause's work (X工程一期全面完工，完成投资…，建成Y)."""
    clauses = re.split(_w("clause_ends"), text[q.span.end:sspan.end])
    # the money ends its clause (投资N万元，完成X改造): the work is the next clause
    nxt = not clauses[0] and len(clauses) > 1 and _opens_clause(text, sspan, q)
    if nxt and (clauses[1].startswith(_w("purpose")) or _project_subject(text, sspan, q, mine)):
        return ""       # 计划投资N亿元，用于X建设: a purpose of the place's money, not its owner
    clause = clauses[1] if nxt else clauses[0]
    m = re.fullmatch(_w("paid_for"), clause)
    return m.group("work") if m and m.group("work") not in _w("group_heads") else ""   # bare 项目 names no work


def _zone_topic(text: str, sspan: Span, q: Quantity, mine: list[Quantity]) -> str:
    """Rule: the zone a sentence is about owns the bare investment opening a clause of it, with no figure
    before it in the sentence: the zone built in the clause before (全力建设X园区，全年计划投资…) or the zone
    opening the sentence before, which a sentence opening with the bare word stands for (X园区晋升为…。
    园区基础设施开工建设，…，全年完成投资…)."""
    if not _opens_clause(text, sspan, q) or any(sspan.start <= p.span.start < q.span.start for p in mine):
        return ""
    before = text[sspan.start:q.span.start]
    clauses = split_at(text, sspan, q.span.start, _w("clause_marks"))[0]
    if clauses and (m := re.fullmatch(_w("zone_built"), clauses[-1][0])):
        return m.group("zone")
    if not before.startswith(_w("zone_anaphor")):
        return ""
    prev = re.split(_w("sentence_ends"), text[max(0, sspan.start - _w("zone_reach")):sspan.start].rstrip()[:-1])[-1]
    m = re.match(_w("zone_opening"), prev.strip())
    return m.group("zone") if m else ""


def _opens_clause(text: str, sspan: Span, q: Quantity) -> bool:
    """Does q open its clause, after at most a short time word leading it (全年, 年内)?"""
    return len(re.split(_w("clause_ends"), text[sspan.start:q.span.start])[-1]) <= _w("max_lead")


def _bare_money(q: Quantity) -> str:
    """The head a bare money name takes after its owner (投资, 资金), or ''."""
    base = str(q.attrs.get("indicator_base") or "")
    if base in _w("bare_investments"):
        return _w("investment")
    return _w("funds") if base in (_w("funds"), str(q.attrs.get("action") or "") + _w("funds")) else ""


def own_investments(text: str, sspan: Span, out: list[Quantity], rename: Callable[[Quantity, str], None]) -> None:
    """Name each bare investment or fund of one sentence after the work, project or group of projects that owns it."""
    mine = starting_in(sspan, out)
    for i, q in enumerate(mine):
        if not _is_money(q):
            continue
        if owner := _cut_owner(q):
            rename(q, owner + _w("investment"))
        if not (head := _bare_money(q)):
            continue
        invested = head == _w("investment")     # a group or a zone owns investments only
        owner = _paid_for(text, sspan, q, mine) or (invested and _counted_group(text, mine, i)) \
            or _project_subject(text, sspan, q, mine) or (invested and _zone_topic(text, sspan, q, mine))
        if owner:
            rename(q, owner + head)
