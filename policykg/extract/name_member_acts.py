"""A later member of a 、 list written as acts alone, with its number (治理排危4968处, 累计招生117.6万人), names
what the list's member before it is about: the nouns opening that member's name, the owner of its act
(地质灾害避险搬迁5万余户、治理排危4968处 → 地质灾害治理排危数量, sichuan; 全疆普通高等学校达66所、累计招生117.6万人 →
全疆普通高等学校招生人数, xinjiang; figures48). Without it the member is named by its acts alone (排危治理数量)."""
from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Quantity, Span, starting_in
from .earlier_clauses import opening_run
from .qlexicon import pos_of, qwords, class_of_unit


def _w(key: str):
    return qwords("member_acts", key)


def _written_acts(text: str, prev: Quantity, q: Quantity) -> str:
    """The words between the 、 after ``prev`` and q's number when every one is an act (by the tagger), a lead
    such as 累计 left out; else ''."""
    digit = re.search(r"\d", q.label)
    m = re.fullmatch(_w("gap"), text[prev.span.end:q.span.start] + (q.label[:digit.start()] if digit else "#"))
    tags = pos_of(m["acts"]) if m else ()
    return m["acts"] if tags and all(tag in _w("act_tags") for _, tag in tags) else ""


def _owner(prev: Quantity) -> str:
    """The nouns opening the name of the member before (地质灾害 of 地质灾害避险搬迁), '' when fewer than two."""
    base = str(prev.attrs.get("indicator_base") or "")
    owner = opening_run(list(pos_of(base)), lambda i, word, tag: tag in _w("owner_tags"))[0] if base else ""
    return owner if len(owner) >= 2 else ""


def own_member_acts(text: str, sspan: Span, out: list[Quantity], rename: Callable[[Quantity, str], None]) -> None:
    """Rule: a member named by its acts alone right after 、 and the figure before takes that figure's owner."""
    mine = starting_in(sspan, out)
    for prev, q in zip(mine, mine[1:]):
        if q.attrs.get("source") != "left" or _class(q) == _class(prev):
            continue        # one kind of unit: the same figure said again or its change (may_inherit names it)
        acts, owner = _written_acts(text, prev, q), _owner(prev)
        if acts and owner and owner not in str(q.attrs.get("indicator_base") or ""):
            rename(q, owner + acts)


def _class(q: Quantity) -> str:
    return class_of_unit(q.unit)
