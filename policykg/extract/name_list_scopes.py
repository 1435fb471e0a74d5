"""A scope written once before the first number of a list whose members follow their numbers is every member's
(names88; hailaer-2014, hailaer-2017): 完成了老城区8条、12.3公里道路提升改造 → 老城区道路提升改造数量, 老城区道路提升改造
里程; 确保中心城区68公里供水、15公里雨水管网二期工程 → 中心城区供水管网二期工程长度, 中心城区雨水管网二期工程长度. The scope
is the nouns between the clause's act and the first number; a member with no words of its own takes the last member's
thing, one with one noun of its own the last member's head after it (list_parallel.word_cut). The marks and tags are
data (``name_list_scopes`` in data/lexicons/quantities.yaml)."""
from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from ..model import Quantity, Span, starting_in
from .list_parallel import word_cut
from .qlexicon import pos_of, qwords


def _w(key: str):
    return qwords("name_list_scopes", key)


def _figure(n: str, at: int, mine: list[Quantity]) -> Quantity | None:
    """The figure whose quote holds the number ``n`` written at ``at``."""
    try:
        value = Decimal(n)
    except InvalidOperation:
        return None
    return next((q for q in mine if q.span.start <= at < q.span.end and q.value == value), None)


def _members(text: str, at: int, end: int, mine: list[Quantity]) -> list[tuple[Quantity, str]]:
    """(figure, its own words after its unit) of each member of the list whose first number is at ``at``; the
    last member's words are the thing after its unit, to the clause's end. Empty when a unit is not as written."""
    out: list[tuple[Quantity, str]] = []
    while (m := re.compile(_w("member")).match(text, at, end)) or (m := re.compile(_w("last")).match(text, at, end)):
        q = _figure(m["n"], at, mine)
        words = m.groupdict().get("words")
        rest = words if words is not None else re.split(_w("clause_marks"), text[m.end():end])[0]
        if q is None or not rest.startswith(q.unit):
            return []
        out.append((q, rest[len(q.unit):]))
        if words is None:
            return out
        at = m.end()
    return out


def _scope(before: str) -> str:
    """The nouns closing ``before`` (the clause up to the first number) right after its act, or ''."""
    words = list(pos_of(before)) if before else []
    k = len(words)
    while k and re.match(_w("scope_tags"), words[k - 1][1]):
        k -= 1
    act = k - 1 - (k > 1 and re.match(_w("after_act"), words[k - 1][1]) is not None)
    if k == len(words) or act < 0 or not re.match(_w("act_tags"), words[act][1]):
        return ""
    return "".join(w for w, _ in words[k:])


def _thing(q: Quantity, own: str, scope: str, last: Quantity) -> str:
    """A member's thing under the scope: the last member's thing, or its own noun and that thing's head when it is a
    modifier of it (a length, an area: not things counted, 辐射全国75个城市、164个铁路站点), else ''."""
    head = last.name_base
    if not own:
        return scope + head
    if q.unit != last.unit or q.attrs.get("measure") == _w("counted") or len(pos_of(own)) != 1 \
            or not pos_of(own)[0][1].startswith("n"):
        return ""
    cut = word_cut(own, head)
    return scope + own + head[cut:] if 2 <= cut < len(head) else ""


def own_list_scopes(text: str, sspan: Span, out: list[Quantity], rename: Callable[[Quantity, str], None]) -> None:
    """Rule: VERB SCOPE N1U1[X1]、N2U2 X2 — the scope is each member's (SCOPE+X2; SCOPE+X1+X2's head), when X2 is a
    noun; members already opening with the scope are left as they are."""
    mine = starting_in(sspan, out)
    pos = sspan.start
    while (m := re.compile(_w("member")).search(text, pos, sspan.end)):
        pos = m.end()
        clause = re.split(_w("clause_marks"), text[sspan.start:m.start()])[-1]
        scope = _scope(clause)
        members = _members(text, m.start(), sspan.end, mine) if scope else []
        if len(members) < 2 or not members[-1][1] or not re.match(_w("thing_tags"), pos_of(members[-1][1])[0][1]):
            continue
        last = members[-1][0]
        names = [(q, _thing(q, own, scope, last)) for q, own in members[:-1]] + [(last, scope + last.name_base)]
        if not all(name for _, name in names):
            continue    # members naming things of their own: no list of one thing
        for q, name in names:
            if name != q.name_base and not (q.name_base.startswith(scope) and q.name_base != scope):
                rename(q, name)
