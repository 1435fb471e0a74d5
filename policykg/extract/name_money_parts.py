"""Money of one work in a run of investments (names130, issue #13): a level of money named by a work alone (改造,
工程, 项目 closing it, no money word) after a figure of money named as an investment in its sentence is that work's
investment too, the 投资 written once before the first of them (投资3500万元的A改造、3800万元的B改造 → B改造投资,
hailaer-2013; 完成重点工程投资186亿元，其中交通工程72亿元 → 交通工程投资, the figs-countycity-2019 gold). The
words are data (``name_money_parts`` in data/lexicons/quantities.yaml)."""
from __future__ import annotations

import re

from ..model import Quantity, Span, starting_in
from .qlexicon import class_of_unit, qwords


def _work_only(q: Quantity) -> bool:
    """A level of money whose name closes on a work (``works``) and holds no investment word."""
    name = q.name_base
    return q.attrs.get("measure") == "level" and bool(re.search(qwords("name_money_parts", "works"), name)) \
        and qwords("name_money_parts", "investment") not in name


def own_shared_investments(sspan: Span, out: list[Quantity], rename) -> None:
    """Rule: each money figure named by a work alone, after an investment in the sentence, is its work's investment
    (see the module); one so named is an investment for the figures after it."""
    investment = qwords("name_money_parts", "investment")
    before = False      # the last money figure before this one is named as an investment
    for q in starting_in(sspan, out):
        if class_of_unit(q.unit) != "money":
            continue
        if before and _work_only(q):
            rename(q, q.name_base + investment)
        before = q.name_base.endswith(investment)
