"""A per-head rise of pay or benefits (X生活补贴全年人均增长N元; A、B和C再次提高，月人均分别提高N元、M元…; names65):
the figure is the rise of the pay each person gets, named as the dev reader of hailaer-2014 writes it: who gets
it, the per-head word, the pay, 增加额 (社区工作人员和环卫一线人员人均生活补贴增加额). The period word before 人均
(全年) is the figure's period, no part of the name; 月人均 says the pay is monthly and stays. A bare per-head
subject of a respective list takes its members from the clause right before it, which names the pays raised.
Any other rise by an amount of money (X标准每月提高N元, X增加N亿元) is named X + 增加额 too (names72).
The words are data (``name_per_head`` in data/lexicons/quantities.yaml)."""
from __future__ import annotations

import re

from ..model import Quantity
from .qlexicon import qwords, class_of_unit


def _w(key: str) -> str:
    return qwords("name_per_head", key)


def _named(thing: str, per: str) -> str:
    """who + per-head word + pay + the rise's measure (the per-head word after the thing when it ends in no pay)."""
    m = re.fullmatch(_w("pay"), thing)
    who, pay = (m.group("who"), m.group("pay")) if m and m.group("who") else ("", thing)
    return (who + per + pay if who else thing + per) + _w("rise")


def per_head_rise(name: str, unit_class: str, change: str | None) -> str:
    """The name of a per-head rise of pay written as one figure, or '' when ``name`` is none."""
    m = re.fullmatch(_w("name"), name)
    if m is None or not m.group("thing") or unit_class != "money" or change != "increase":
        return ""
    return _named(m.group("thing"), m.group("per"))


def per_head_members(before: str, subject: str, n: int, change: str | None) -> list[str] | None:
    """The ``n`` names of a respective list of rises (``change``) whose subject is only a per-head word, from
    the pays the clause closing ``before`` (its sentence up to the list) raises; None when that clause is no
    such list, or the figures are no rises (月人均分别达到N元: the pays reached, which 增加额 would misname)."""
    m = re.fullmatch(_w("name"), subject)
    if m is None or m.group("thing") or change != "increase":
        return None
    before = re.split(_w("clause_marks"), before.rstrip(_w("clause_chars")))[-1]
    raised = re.fullmatch(_w("raised"), before)
    things = re.split(_w("joins"), raised.group("things")) if raised else []
    if len(things) != n or not all(things):
        return None
    return [_named(t, m.group("per")) for t in things]


def own_money_rises(out: list[Quantity]) -> None:
    """Rule: a rise by an amount of money is no level of the thing (最低工资标准每月提高183元 → 最低工资标准增加额;
    一般公共预算收入增加近1000亿元 → 一般公共预算收入增加额): the rise's measure closes the name. A rise to a
    level (提高到N元) has measure level and keeps its name."""
    rise = _w("rise")
    for q in out:
        money = class_of_unit(q.unit) == "money"
        if money and q.attrs.get("measure") == "change" and q.attrs.get("change") == "increase" \
                and q.indicator and not q.indicator.endswith(rise):
            q.indicator += rise
