"""Things counted whose part is treated (N个X的Y改造; names76): the count is of the things whose part the work
treats, named by the part and the treatment before them (实施36个老旧小区的既有建筑节能改造 → 既有建筑节能改造老旧小区数量,
hailaer-2017's gold; 改造提升超5000个自然村的生活污水治理设施 → 生活污水治理设施改造提升自然村数量, guangdong's), not
by the things alone nor by the things with the treatment after them; things after a modifier and 的 keep both
(建成4座现代化的垃圾中转站 → 现代化垃圾中转站建成数量). The words are data (``treated_of`` in data/lexicons/quantities.yaml)."""
from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from ..model import Quantity, Span, starting_in
from .qlexicon import pos_of, qwords, treating_acts


def _w(key: str) -> str:
    return qwords("treated_of", key)


def own_treated_parts(text: str, sspan: Span, out: list[Quantity], rename: Callable[[Quantity, str], None]) -> None:
    """Rule: a count whose clause reads [treatment] N量 X 的 Y [treatment], the treatment (``treating_acts``) right
    before the number or closing Y, is named Y + treatment + X."""
    clause_end = re.compile(_w("clause_marks"))
    for q in starting_in(sspan, out):
        if q.attrs.get("measure") != "count":
            continue
        end = clause_end.search(text, q.span.start, sspan.end)
        m = re.match(_w("clause"), text[q.span.start:end.start() if end else sspan.end])
        if not m or Decimal(m["n"]) != abs(q.value):
            continue
        named = _treated_part(m["lead"], m["things"], m["part"])
        if named:
            rename(q, named)


def _treated_part(lead: str, things: str, part: str) -> str | None:
    """Y + treatment + X of the words around a count's number, or None when no treatment is written right before the
    number or closing the part, or the part is one word (240栋建筑物的立面修复, 9条道路路灯的升级改造)."""
    after = re.search("(?:" + treating_acts() + ")$", part)
    body = part[:after.start()] if after else part
    if len(pos_of(body)) < 2 or re.search(_w("part_not"), body):
        return None     # one word (立面, 升级): the treatment is the things' own (hailaer-2018's gold 建筑物修复数量)
    if after:
        return part + things
    before = re.search("(?:" + treating_acts() + ")$", lead)
    return part + before.group() + things if before else None


def own_modified_things(text: str, sspan: Span, out: list[Quantity], rename: Callable[[Quantity, str], None]) -> None:
    """Rule: a count whose things follow a modifier and 的 (建成4座现代化的垃圾中转站, 320家承包或委托经营的中小学食堂), named
    by the modifier alone, is named by the modifier and the things (现代化垃圾中转站建成数量: the act after them stays)."""
    for q in starting_in(sspan, out):
        m = re.match(_w("modified"), text[q.span.start:sspan.end])
        if q.attrs.get("measure") != "count" or not m or Decimal(m["n"]) != abs(q.value) or m["things"] in q.indicator:
            continue
        mod, things = pos_of(m["mod"]), pos_of(m["things"])
        if q.indicator.startswith(m["mod"]) and re.match(_w("modifier_tags"), mod[-1][1]) and things[-1][1].startswith("n"):
            rename(q, m["mod"] + m["things"] + q.indicator[len(m["mod"]):])     # the act after it stays (建成数量)
